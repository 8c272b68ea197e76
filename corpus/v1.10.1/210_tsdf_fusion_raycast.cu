
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


struct Volume_87600f4f
{
    wp::array_t<wp::float32> tsdf;
    wp::array_t<wp::float32> weight;
    wp::array_t<wp::vec_t<3, wp::float32>> color;
    wp::vec_t<3, wp::float32> origin;
    wp::float32 voxel;
    wp::float32 trunc;


    Volume_87600f4f() = default;
    CUDA_CALLABLE Volume_87600f4f(wp::array_t<wp::float32> const& tsdf,
    wp::array_t<wp::float32> const& weight = {},
    wp::array_t<wp::vec_t<3, wp::float32>> const& color = {},
    wp::vec_t<3, wp::float32> const& origin = {},
    wp::float32 const& voxel = {},
    wp::float32 const& trunc = {})
        : tsdf{tsdf}
        , weight{weight}
        , color{color}
        , origin{origin}
        , voxel{voxel}
        , trunc{trunc}

    {
    }

    CUDA_CALLABLE Volume_87600f4f& operator += (const Volume_87600f4f& rhs)
    {    origin += rhs.origin;
    voxel += rhs.voxel;
    trunc += rhs.trunc;

        return *this;}

};

static CUDA_CALLABLE void adj_Volume_87600f4f(wp::array_t<wp::float32> const&,
    wp::array_t<wp::float32> const&,
    wp::array_t<wp::vec_t<3, wp::float32>> const&,
    wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::array_t<wp::float32> & adj_tsdf,
    wp::array_t<wp::float32> & adj_weight,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_color,
    wp::vec_t<3, wp::float32> & adj_origin,
    wp::float32 & adj_voxel,
    wp::float32 & adj_trunc,
    Volume_87600f4f & adj_ret)
{
    adj_tsdf = adj_ret.tsdf;
    adj_weight = adj_ret.weight;
    adj_color = adj_ret.color;
    adj_origin += adj_ret.origin;
    adj_voxel += adj_ret.voxel;
    adj_trunc += adj_ret.trunc;
}

// Required when compiling adjoints.
CUDA_CALLABLE Volume_87600f4f add(const Volume_87600f4f& a, const Volume_87600f4f& b)
{
    return Volume_87600f4f();
}

CUDA_CALLABLE void adj_atomic_add(Volume_87600f4f* p, Volume_87600f4f t)
{
    wp::adj_atomic_add(&p->tsdf, t.tsdf);
    wp::adj_atomic_add(&p->weight, t.weight);
    wp::adj_atomic_add(&p->color, t.color);
    wp::adj_atomic_add(&p->origin, t.origin);
    wp::adj_atomic_add(&p->voxel, t.voxel);
    wp::adj_atomic_add(&p->trunc, t.trunc);
}



// corpus/210_tsdf_fusion_raycast.py:14
static CUDA_CALLABLE wp::vec_t<3, wp::float32> voxel_center_0(
    Volume_87600f4f var_v,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::int32 var_k)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32>* var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 0.5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    //---------
    // forward
    // def voxel_center(v: Volume, i: int, j: int, k: int) -> wp.vec3:                        <L 15>
    // return v.origin + (wp.vec3(float(i), float(j), float(k)) + wp.vec3(0.5)) * v.voxel       <L 16>
    var_0 = &(var_v.origin);
    var_1 = wp::float(var_i);
    var_2 = wp::float(var_j);
    var_3 = wp::float(var_k);
    var_4 = wp::vec_t<3, wp::float32>(var_1, var_2, var_3);
    var_6 = wp::vec_t<3, wp::float32>(var_5);
    var_7 = wp::add(var_4, var_6);
    var_8 = &(var_v.voxel);
    var_10 = wp::load(var_8);
    var_9 = wp::mul(var_7, var_10);
    var_12 = wp::load(var_0);
    var_11 = wp::add(var_12, var_9);
    return var_11;
}


// corpus/210_tsdf_fusion_raycast.py:43
static CUDA_CALLABLE wp::float32 sample_tsdf_0(
    Volume_87600f4f var_v,
    wp::vec_t<3, wp::float32> var_p)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32>* var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::float32* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.5;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::int32 var_9 = 0;
    wp::float32 var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 0;
    wp::array_t<wp::float32>* var_13;
    wp::shape_t* var_14;
    const wp::int32 var_15 = 0;
    wp::int32 var_16;
    wp::shape_t var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::int32 var_20;
    const wp::int32 var_21 = 1;
    wp::float32 var_22;
    wp::int32 var_23;
    const wp::int32 var_24 = 0;
    wp::array_t<wp::float32>* var_25;
    wp::shape_t* var_26;
    const wp::int32 var_27 = 1;
    wp::int32 var_28;
    wp::shape_t var_29;
    const wp::int32 var_30 = 1;
    wp::int32 var_31;
    wp::int32 var_32;
    const wp::int32 var_33 = 2;
    wp::float32 var_34;
    wp::int32 var_35;
    const wp::int32 var_36 = 0;
    wp::array_t<wp::float32>* var_37;
    wp::shape_t* var_38;
    const wp::int32 var_39 = 2;
    wp::int32 var_40;
    wp::shape_t var_41;
    const wp::int32 var_42 = 1;
    wp::int32 var_43;
    wp::int32 var_44;
    wp::array_t<wp::float32>* var_45;
    wp::float32* var_46;
    wp::array_t<wp::float32> var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    //---------
    // forward
    // def sample_tsdf(v: Volume, p: wp.vec3) -> float:                                       <L 44>
    // q = (p - v.origin) / v.voxel - wp.vec3(0.5)                                            <L 45>
    var_0 = &(var_v.origin);
    var_2 = wp::load(var_0);
    var_1 = wp::sub(var_p, var_2);
    var_3 = &(var_v.voxel);
    var_5 = wp::load(var_3);
    var_4 = wp::div(var_1, var_5);
    var_7 = wp::vec_t<3, wp::float32>(var_6);
    var_8 = wp::sub(var_4, var_7);
    // i = wp.clamp(int(q[0]), 0, v.tsdf.shape[0] - 1)                                        <L 46>
    var_10 = wp::extract(var_8, var_9);
    var_11 = wp::int(var_10);
    var_13 = &(var_v.tsdf);
    var_14 = &(var_13->shape);
    var_17 = wp::load(var_14);
    var_16 = wp::extract(var_17, var_15);
    var_19 = wp::sub(var_16, var_18);
    var_20 = wp::clamp(var_11, var_12, var_19);
    // j = wp.clamp(int(q[1]), 0, v.tsdf.shape[1] - 1)                                        <L 47>
    var_22 = wp::extract(var_8, var_21);
    var_23 = wp::int(var_22);
    var_25 = &(var_v.tsdf);
    var_26 = &(var_25->shape);
    var_29 = wp::load(var_26);
    var_28 = wp::extract(var_29, var_27);
    var_31 = wp::sub(var_28, var_30);
    var_32 = wp::clamp(var_23, var_24, var_31);
    // k = wp.clamp(int(q[2]), 0, v.tsdf.shape[2] - 1)                                        <L 48>
    var_34 = wp::extract(var_8, var_33);
    var_35 = wp::int(var_34);
    var_37 = &(var_v.tsdf);
    var_38 = &(var_37->shape);
    var_41 = wp::load(var_38);
    var_40 = wp::extract(var_41, var_39);
    var_43 = wp::sub(var_40, var_42);
    var_44 = wp::clamp(var_35, var_36, var_43);
    // return v.tsdf[i, j, k]                                                                 <L 49>
    var_45 = &(var_v.tsdf);
    var_47 = wp::load(var_45);
    var_46 = wp::address(var_47, var_20, var_32, var_44);
    var_49 = wp::load(var_46);
    var_48 = wp::copy(var_49);
    return var_48;
}


// corpus/210_tsdf_fusion_raycast.py:14
static CUDA_CALLABLE void adj_voxel_center_0(
    Volume_87600f4f var_v,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::int32 var_k,
    Volume_87600f4f & adj_v,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
    wp::int32 & adj_k,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32>* var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 0.5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    //---------
    // forward
    // def voxel_center(v: Volume, i: int, j: int, k: int) -> wp.vec3:                        <L 15>
    // return v.origin + (wp.vec3(float(i), float(j), float(k)) + wp.vec3(0.5)) * v.voxel       <L 16>
    var_0 = &(var_v.origin);
    var_1 = wp::float(var_i);
    var_2 = wp::float(var_j);
    var_3 = wp::float(var_k);
    var_4 = wp::vec_t<3, wp::float32>(var_1, var_2, var_3);
    var_6 = wp::vec_t<3, wp::float32>(var_5);
    var_7 = wp::add(var_4, var_6);
    var_8 = &(var_v.voxel);
    var_10 = wp::load(var_8);
    var_9 = wp::mul(var_7, var_10);
    var_12 = wp::load(var_0);
    var_11 = wp::add(var_12, var_9);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_11 += adj_ret;
    wp::adj_add(var_12, var_9, adj_0, adj_9, adj_11);
    wp::adj_mul(var_7, var_10, adj_7, adj_8, adj_9);
    adj_v.voxel += adj_8;
    wp::adj_add(var_4, var_6, adj_4, adj_6, adj_7);
    wp::adj_vec_t(var_5, adj_5, adj_6);
    wp::adj_vec_t(var_1, var_2, var_3, adj_1, adj_2, adj_3, adj_4);
    wp::adj_float(var_k, adj_k, adj_3);
    wp::adj_float(var_j, adj_j, adj_2);
    wp::adj_float(var_i, adj_i, adj_1);
    adj_v.origin += adj_0;
    // adj: return v.origin + (wp.vec3(float(i), float(j), float(k)) + wp.vec3(0.5)) * v.voxel  <L 16>
    // adj: def voxel_center(v: Volume, i: int, j: int, k: int) -> wp.vec3:                   <L 15>
    return;
}


// corpus/210_tsdf_fusion_raycast.py:43
static CUDA_CALLABLE void adj_sample_tsdf_0(
    Volume_87600f4f var_v,
    wp::vec_t<3, wp::float32> var_p,
    Volume_87600f4f & adj_v,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32>* var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::float32* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.5;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::int32 var_9 = 0;
    wp::float32 var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 0;
    wp::array_t<wp::float32>* var_13;
    wp::shape_t* var_14;
    const wp::int32 var_15 = 0;
    wp::int32 var_16;
    wp::shape_t var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::int32 var_20;
    const wp::int32 var_21 = 1;
    wp::float32 var_22;
    wp::int32 var_23;
    const wp::int32 var_24 = 0;
    wp::array_t<wp::float32>* var_25;
    wp::shape_t* var_26;
    const wp::int32 var_27 = 1;
    wp::int32 var_28;
    wp::shape_t var_29;
    const wp::int32 var_30 = 1;
    wp::int32 var_31;
    wp::int32 var_32;
    const wp::int32 var_33 = 2;
    wp::float32 var_34;
    wp::int32 var_35;
    const wp::int32 var_36 = 0;
    wp::array_t<wp::float32>* var_37;
    wp::shape_t* var_38;
    const wp::int32 var_39 = 2;
    wp::int32 var_40;
    wp::shape_t var_41;
    const wp::int32 var_42 = 1;
    wp::int32 var_43;
    wp::int32 var_44;
    wp::array_t<wp::float32>* var_45;
    wp::float32* var_46;
    wp::array_t<wp::float32> var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::array_t<wp::float32> adj_13 = {};
    wp::shape_t adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::shape_t adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::array_t<wp::float32> adj_25 = {};
    wp::shape_t adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::shape_t adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::array_t<wp::float32> adj_37 = {};
    wp::shape_t adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::shape_t adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::array_t<wp::float32> adj_45 = {};
    wp::float32 adj_46 = {};
    wp::array_t<wp::float32> adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    //---------
    // forward
    // def sample_tsdf(v: Volume, p: wp.vec3) -> float:                                       <L 44>
    // q = (p - v.origin) / v.voxel - wp.vec3(0.5)                                            <L 45>
    var_0 = &(var_v.origin);
    var_2 = wp::load(var_0);
    var_1 = wp::sub(var_p, var_2);
    var_3 = &(var_v.voxel);
    var_5 = wp::load(var_3);
    var_4 = wp::div(var_1, var_5);
    var_7 = wp::vec_t<3, wp::float32>(var_6);
    var_8 = wp::sub(var_4, var_7);
    // i = wp.clamp(int(q[0]), 0, v.tsdf.shape[0] - 1)                                        <L 46>
    var_10 = wp::extract(var_8, var_9);
    var_11 = wp::int(var_10);
    var_13 = &(var_v.tsdf);
    var_14 = &(var_13->shape);
    var_17 = wp::load(var_14);
    var_16 = wp::extract(var_17, var_15);
    var_19 = wp::sub(var_16, var_18);
    var_20 = wp::clamp(var_11, var_12, var_19);
    // j = wp.clamp(int(q[1]), 0, v.tsdf.shape[1] - 1)                                        <L 47>
    var_22 = wp::extract(var_8, var_21);
    var_23 = wp::int(var_22);
    var_25 = &(var_v.tsdf);
    var_26 = &(var_25->shape);
    var_29 = wp::load(var_26);
    var_28 = wp::extract(var_29, var_27);
    var_31 = wp::sub(var_28, var_30);
    var_32 = wp::clamp(var_23, var_24, var_31);
    // k = wp.clamp(int(q[2]), 0, v.tsdf.shape[2] - 1)                                        <L 48>
    var_34 = wp::extract(var_8, var_33);
    var_35 = wp::int(var_34);
    var_37 = &(var_v.tsdf);
    var_38 = &(var_37->shape);
    var_41 = wp::load(var_38);
    var_40 = wp::extract(var_41, var_39);
    var_43 = wp::sub(var_40, var_42);
    var_44 = wp::clamp(var_35, var_36, var_43);
    // return v.tsdf[i, j, k]                                                                 <L 49>
    var_45 = &(var_v.tsdf);
    var_47 = wp::load(var_45);
    var_46 = wp::address(var_47, var_20, var_32, var_44);
    var_49 = wp::load(var_46);
    var_48 = wp::copy(var_49);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_48 += adj_ret;
    wp::adj_copy(var_49, adj_46, adj_48);
    wp::adj_address(var_47, var_20, var_32, var_44, adj_45, adj_20, adj_32, adj_44, adj_46);
    adj_v.tsdf = adj_45;
    // adj: return v.tsdf[i, j, k]                                                            <L 49>
    wp::adj_clamp(var_35, var_36, var_43, adj_35, adj_36, adj_43, adj_44);
    wp::adj_sub(var_40, var_42, adj_40, adj_42, adj_43);
    wp::adj_extract(var_41, var_39, adj_38, adj_39, adj_40);
    adj_37.shape = adj_38;
    adj_v.tsdf = adj_37;
    wp::adj_int(var_34, adj_34, adj_35);
    wp::adj_extract(var_8, var_33, adj_8, adj_33, adj_34);
    // adj: k = wp.clamp(int(q[2]), 0, v.tsdf.shape[2] - 1)                                   <L 48>
    wp::adj_clamp(var_23, var_24, var_31, adj_23, adj_24, adj_31, adj_32);
    wp::adj_sub(var_28, var_30, adj_28, adj_30, adj_31);
    wp::adj_extract(var_29, var_27, adj_26, adj_27, adj_28);
    adj_25.shape = adj_26;
    adj_v.tsdf = adj_25;
    wp::adj_int(var_22, adj_22, adj_23);
    wp::adj_extract(var_8, var_21, adj_8, adj_21, adj_22);
    // adj: j = wp.clamp(int(q[1]), 0, v.tsdf.shape[1] - 1)                                   <L 47>
    wp::adj_clamp(var_11, var_12, var_19, adj_11, adj_12, adj_19, adj_20);
    wp::adj_sub(var_16, var_18, adj_16, adj_18, adj_19);
    wp::adj_extract(var_17, var_15, adj_14, adj_15, adj_16);
    adj_13.shape = adj_14;
    adj_v.tsdf = adj_13;
    wp::adj_int(var_10, adj_10, adj_11);
    wp::adj_extract(var_8, var_9, adj_8, adj_9, adj_10);
    // adj: i = wp.clamp(int(q[0]), 0, v.tsdf.shape[0] - 1)                                   <L 46>
    wp::adj_sub(var_4, var_7, adj_4, adj_7, adj_8);
    wp::adj_vec_t(var_6, adj_6, adj_7);
    wp::adj_div(var_1, var_5, adj_1, adj_3, adj_4);
    adj_v.voxel += adj_3;
    wp::adj_sub(var_p, var_2, adj_p, adj_0, adj_1);
    adj_v.origin += adj_0;
    // adj: q = (p - v.origin) / v.voxel - wp.vec3(0.5)                                       <L 45>
    // adj: def sample_tsdf(v: Volume, p: wp.vec3) -> float:                                  <L 44>
    return;
}



extern "C" __global__ void integrate_depth_dbd2336d_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    Volume_87600f4f var_v,
    wp::array_t<wp::float32> var_depth,
    wp::array_t<wp::vec_t<3, wp::float32>> var_rgb,
    wp::transform_t<wp::float32> var_world_to_cam,
    wp::float32 var_fx,
    wp::float32 var_fy,
    wp::float32 var_cx,
    wp::float32 var_cy,
    wp::float32 var_max_weight)
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
        wp::int32 var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::int32 var_5 = 2;
        wp::float32 var_6;
        const wp::float32 var_7 = 0.0;
        bool var_8;
        const wp::int32 var_9 = 0;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::int32 var_12 = 2;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 1;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 2;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::int32 var_26;
        const wp::int32 var_27 = 0;
        bool var_28;
        const wp::int32 var_29 = 0;
        bool var_30;
        wp::shape_t* var_31;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        wp::shape_t var_34;
        bool var_35;
        wp::shape_t* var_36;
        const wp::int32 var_37 = 0;
        wp::int32 var_38;
        wp::shape_t var_39;
        bool var_40;
        bool var_41;
        wp::float32* var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        const wp::float32 var_45 = 0.0;
        bool var_46;
        const wp::int32 var_47 = 2;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32* var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        bool var_53;
        const wp::float32 var_54 = 1.0;
        wp::float32* var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::array_t<wp::float32>* var_59;
        wp::float32* var_60;
        wp::array_t<wp::float32> var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        const wp::float32 var_64 = 1.0;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::array_t<wp::float32>* var_67;
        wp::float32* var_68;
        wp::array_t<wp::float32> var_69;
        wp::float32 var_70;
        wp::float32 var_71;
        wp::float32 var_72;
        const wp::float32 var_73 = 1.0;
        wp::float32 var_74;
        wp::float32 var_75;
        wp::array_t<wp::float32>* var_76;
        wp::array_t<wp::float32> var_77;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_78;
        wp::vec_t<3, wp::float32>* var_79;
        wp::array_t<wp::vec_t<3, wp::float32>> var_80;
        wp::vec_t<3, wp::float32> var_81;
        wp::vec_t<3, wp::float32> var_82;
        wp::vec_t<3, wp::float32>* var_83;
        wp::vec_t<3, wp::float32> var_84;
        wp::vec_t<3, wp::float32> var_85;
        const wp::float32 var_86 = 1.0;
        wp::float32 var_87;
        wp::vec_t<3, wp::float32> var_88;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_89;
        wp::array_t<wp::vec_t<3, wp::float32>> var_90;
        wp::array_t<wp::float32>* var_91;
        wp::array_t<wp::float32> var_92;
        //---------
        // forward
        // def integrate_depth(v: Volume, depth: wp.array2d(dtype=float), rgb: wp.array2d(dtype=wp.vec3), world_to_cam: wp.transform, fx: float, fy: float, cx: float, cy: float, max_weight: float):       <L 20>
        // i, j, k = wp.tid()                                                                     <L 21>
        builtin_tid3d(var_0, var_1, var_2);
        // p = wp.transform_point(world_to_cam, voxel_center(v, i, j, k))                         <L 22>
        var_3 = voxel_center_0(var_v, var_0, var_1, var_2);
        var_4 = wp::transform_point(var_world_to_cam, var_3);
        // if p[2] <= 0.0:                                                                        <L 23>
        var_6 = wp::extract(var_4, var_5);
        var_8 = (var_6 <= var_7);
        if (var_8) {
            // return                                                                             <L 24>
            continue;
        }
        // u = int(wp.round(fx * p[0] / p[2] + cx))                                               <L 25>
        var_10 = wp::extract(var_4, var_9);
        var_11 = wp::mul(var_fx, var_10);
        var_13 = wp::extract(var_4, var_12);
        var_14 = wp::div(var_11, var_13);
        var_15 = wp::add(var_14, var_cx);
        var_16 = wp::round(var_15);
        var_17 = wp::int(var_16);
        // w = int(wp.round(fy * p[1] / p[2] + cy))                                               <L 26>
        var_19 = wp::extract(var_4, var_18);
        var_20 = wp::mul(var_fy, var_19);
        var_22 = wp::extract(var_4, var_21);
        var_23 = wp::div(var_20, var_22);
        var_24 = wp::add(var_23, var_cy);
        var_25 = wp::round(var_24);
        var_26 = wp::int(var_25);
        // if u < 0 or w < 0 or u >= depth.shape[1] or w >= depth.shape[0]:                       <L 27>
        var_28 = (var_17 < var_27);
        var_30 = (var_26 < var_29);
        var_31 = &(var_depth.shape);
        var_34 = wp::load(var_31);
        var_33 = wp::extract(var_34, var_32);
        var_35 = (var_17 >= var_33);
        var_36 = &(var_depth.shape);
        var_39 = wp::load(var_36);
        var_38 = wp::extract(var_39, var_37);
        var_40 = (var_26 >= var_38);
        var_41 = var_28 || var_30 || var_35 || var_40;
        if (var_41) {
            // return                                                                             <L 28>
            continue;
        }
        // d = depth[w, u]                                                                        <L 29>
        var_42 = wp::address(var_depth, var_26, var_17);
        var_44 = wp::load(var_42);
        var_43 = wp::copy(var_44);
        // if d <= 0.0:                                                                           <L 30>
        var_46 = (var_43 <= var_45);
        if (var_46) {
            // return                                                                             <L 31>
            continue;
        }
        // sdf = d - p[2]                                                                         <L 32>
        var_48 = wp::extract(var_4, var_47);
        var_49 = wp::sub(var_43, var_48);
        // if sdf < -v.trunc:                                                                     <L 33>
        var_50 = &(var_v.trunc);
        var_52 = wp::load(var_50);
        var_51 = wp::neg(var_52);
        var_53 = (var_49 < var_51);
        if (var_53) {
            // return                                                                             <L 34>
            continue;
        }
        // t = wp.min(1.0, sdf / v.trunc)                                                         <L 35>
        var_55 = &(var_v.trunc);
        var_57 = wp::load(var_55);
        var_56 = wp::div(var_49, var_57);
        var_58 = wp::min(var_54, var_56);
        // w_old = v.weight[i, j, k]                                                              <L 36>
        var_59 = &(var_v.weight);
        var_61 = wp::load(var_59);
        var_60 = wp::address(var_61, var_0, var_1, var_2);
        var_63 = wp::load(var_60);
        var_62 = wp::copy(var_63);
        // w_new = wp.min(w_old + 1.0, max_weight)                                                <L 37>
        var_65 = wp::add(var_62, var_64);
        var_66 = wp::min(var_65, var_max_weight);
        // v.tsdf[i, j, k] = (v.tsdf[i, j, k] * w_old + t) / (w_old + 1.0)                        <L 38>
        var_67 = &(var_v.tsdf);
        var_69 = wp::load(var_67);
        var_68 = wp::address(var_69, var_0, var_1, var_2);
        var_71 = wp::load(var_68);
        var_70 = wp::mul(var_71, var_62);
        var_72 = wp::add(var_70, var_58);
        var_74 = wp::add(var_62, var_73);
        var_75 = wp::div(var_72, var_74);
        var_76 = &(var_v.tsdf);
        var_77 = wp::load(var_76);
        wp::array_store(var_77, var_0, var_1, var_2, var_75);
        // v.color[i, j, k] = (v.color[i, j, k] * w_old + rgb[w, u]) / (w_old + 1.0)              <L 39>
        var_78 = &(var_v.color);
        var_80 = wp::load(var_78);
        var_79 = wp::address(var_80, var_0, var_1, var_2);
        var_82 = wp::load(var_79);
        var_81 = wp::mul(var_82, var_62);
        var_83 = wp::address(var_rgb, var_26, var_17);
        var_85 = wp::load(var_83);
        var_84 = wp::add(var_81, var_85);
        var_87 = wp::add(var_62, var_86);
        var_88 = wp::div(var_84, var_87);
        var_89 = &(var_v.color);
        var_90 = wp::load(var_89);
        wp::array_store(var_90, var_0, var_1, var_2, var_88);
        // v.weight[i, j, k] = w_new                                                              <L 40>
        var_91 = &(var_v.weight);
        var_92 = wp::load(var_91);
        wp::array_store(var_92, var_0, var_1, var_2, var_66);
    }
}



extern "C" __global__ void integrate_depth_dbd2336d_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    Volume_87600f4f var_v,
    wp::array_t<wp::float32> var_depth,
    wp::array_t<wp::vec_t<3, wp::float32>> var_rgb,
    wp::transform_t<wp::float32> var_world_to_cam,
    wp::float32 var_fx,
    wp::float32 var_fy,
    wp::float32 var_cx,
    wp::float32 var_cy,
    wp::float32 var_max_weight,
    Volume_87600f4f adj_v,
    wp::array_t<wp::float32> adj_depth,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_rgb,
    wp::transform_t<wp::float32> adj_world_to_cam,
    wp::float32 adj_fx,
    wp::float32 adj_fy,
    wp::float32 adj_cx,
    wp::float32 adj_cy,
    wp::float32 adj_max_weight)
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
        wp::int32 var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::int32 var_5 = 2;
        wp::float32 var_6;
        const wp::float32 var_7 = 0.0;
        bool var_8;
        const wp::int32 var_9 = 0;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::int32 var_12 = 2;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 1;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 2;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::int32 var_26;
        const wp::int32 var_27 = 0;
        bool var_28;
        const wp::int32 var_29 = 0;
        bool var_30;
        wp::shape_t* var_31;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        wp::shape_t var_34;
        bool var_35;
        wp::shape_t* var_36;
        const wp::int32 var_37 = 0;
        wp::int32 var_38;
        wp::shape_t var_39;
        bool var_40;
        bool var_41;
        wp::float32* var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        const wp::float32 var_45 = 0.0;
        bool var_46;
        const wp::int32 var_47 = 2;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32* var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        bool var_53;
        const wp::float32 var_54 = 1.0;
        wp::float32* var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::array_t<wp::float32>* var_59;
        wp::float32* var_60;
        wp::array_t<wp::float32> var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        const wp::float32 var_64 = 1.0;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::array_t<wp::float32>* var_67;
        wp::float32* var_68;
        wp::array_t<wp::float32> var_69;
        wp::float32 var_70;
        wp::float32 var_71;
        wp::float32 var_72;
        const wp::float32 var_73 = 1.0;
        wp::float32 var_74;
        wp::float32 var_75;
        wp::array_t<wp::float32>* var_76;
        wp::array_t<wp::float32> var_77;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_78;
        wp::vec_t<3, wp::float32>* var_79;
        wp::array_t<wp::vec_t<3, wp::float32>> var_80;
        wp::vec_t<3, wp::float32> var_81;
        wp::vec_t<3, wp::float32> var_82;
        wp::vec_t<3, wp::float32>* var_83;
        wp::vec_t<3, wp::float32> var_84;
        wp::vec_t<3, wp::float32> var_85;
        const wp::float32 var_86 = 1.0;
        wp::float32 var_87;
        wp::vec_t<3, wp::float32> var_88;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_89;
        wp::array_t<wp::vec_t<3, wp::float32>> var_90;
        wp::array_t<wp::float32>* var_91;
        wp::array_t<wp::float32> var_92;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        bool adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        bool adj_28 = {};
        wp::int32 adj_29 = {};
        bool adj_30 = {};
        wp::shape_t adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::shape_t adj_34 = {};
        bool adj_35 = {};
        wp::shape_t adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::shape_t adj_39 = {};
        bool adj_40 = {};
        bool adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        bool adj_46 = {};
        wp::int32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        bool adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::array_t<wp::float32> adj_59 = {};
        wp::float32 adj_60 = {};
        wp::array_t<wp::float32> adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::array_t<wp::float32> adj_67 = {};
        wp::float32 adj_68 = {};
        wp::array_t<wp::float32> adj_69 = {};
        wp::float32 adj_70 = {};
        wp::float32 adj_71 = {};
        wp::float32 adj_72 = {};
        wp::float32 adj_73 = {};
        wp::float32 adj_74 = {};
        wp::float32 adj_75 = {};
        wp::array_t<wp::float32> adj_76 = {};
        wp::array_t<wp::float32> adj_77 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_78 = {};
        wp::vec_t<3, wp::float32> adj_79 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_80 = {};
        wp::vec_t<3, wp::float32> adj_81 = {};
        wp::vec_t<3, wp::float32> adj_82 = {};
        wp::vec_t<3, wp::float32> adj_83 = {};
        wp::vec_t<3, wp::float32> adj_84 = {};
        wp::vec_t<3, wp::float32> adj_85 = {};
        wp::float32 adj_86 = {};
        wp::float32 adj_87 = {};
        wp::vec_t<3, wp::float32> adj_88 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_89 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_90 = {};
        wp::array_t<wp::float32> adj_91 = {};
        wp::array_t<wp::float32> adj_92 = {};
        //---------
        // forward
        // def integrate_depth(v: Volume, depth: wp.array2d(dtype=float), rgb: wp.array2d(dtype=wp.vec3), world_to_cam: wp.transform, fx: float, fy: float, cx: float, cy: float, max_weight: float):       <L 20>
        // i, j, k = wp.tid()                                                                     <L 21>
        builtin_tid3d(var_0, var_1, var_2);
        // p = wp.transform_point(world_to_cam, voxel_center(v, i, j, k))                         <L 22>
        var_3 = voxel_center_0(var_v, var_0, var_1, var_2);
        var_4 = wp::transform_point(var_world_to_cam, var_3);
        // if p[2] <= 0.0:                                                                        <L 23>
        var_6 = wp::extract(var_4, var_5);
        var_8 = (var_6 <= var_7);
        if (var_8) {
            // return                                                                             <L 24>
            goto label0;
        }
        // u = int(wp.round(fx * p[0] / p[2] + cx))                                               <L 25>
        var_10 = wp::extract(var_4, var_9);
        var_11 = wp::mul(var_fx, var_10);
        var_13 = wp::extract(var_4, var_12);
        var_14 = wp::div(var_11, var_13);
        var_15 = wp::add(var_14, var_cx);
        var_16 = wp::round(var_15);
        var_17 = wp::int(var_16);
        // w = int(wp.round(fy * p[1] / p[2] + cy))                                               <L 26>
        var_19 = wp::extract(var_4, var_18);
        var_20 = wp::mul(var_fy, var_19);
        var_22 = wp::extract(var_4, var_21);
        var_23 = wp::div(var_20, var_22);
        var_24 = wp::add(var_23, var_cy);
        var_25 = wp::round(var_24);
        var_26 = wp::int(var_25);
        // if u < 0 or w < 0 or u >= depth.shape[1] or w >= depth.shape[0]:                       <L 27>
        var_28 = (var_17 < var_27);
        var_30 = (var_26 < var_29);
        var_31 = &(var_depth.shape);
        var_34 = wp::load(var_31);
        var_33 = wp::extract(var_34, var_32);
        var_35 = (var_17 >= var_33);
        var_36 = &(var_depth.shape);
        var_39 = wp::load(var_36);
        var_38 = wp::extract(var_39, var_37);
        var_40 = (var_26 >= var_38);
        var_41 = var_28 || var_30 || var_35 || var_40;
        if (var_41) {
            // return                                                                             <L 28>
            goto label1;
        }
        // d = depth[w, u]                                                                        <L 29>
        var_42 = wp::address(var_depth, var_26, var_17);
        var_44 = wp::load(var_42);
        var_43 = wp::copy(var_44);
        // if d <= 0.0:                                                                           <L 30>
        var_46 = (var_43 <= var_45);
        if (var_46) {
            // return                                                                             <L 31>
            goto label2;
        }
        // sdf = d - p[2]                                                                         <L 32>
        var_48 = wp::extract(var_4, var_47);
        var_49 = wp::sub(var_43, var_48);
        // if sdf < -v.trunc:                                                                     <L 33>
        var_50 = &(var_v.trunc);
        var_52 = wp::load(var_50);
        var_51 = wp::neg(var_52);
        var_53 = (var_49 < var_51);
        if (var_53) {
            // return                                                                             <L 34>
            goto label3;
        }
        // t = wp.min(1.0, sdf / v.trunc)                                                         <L 35>
        var_55 = &(var_v.trunc);
        var_57 = wp::load(var_55);
        var_56 = wp::div(var_49, var_57);
        var_58 = wp::min(var_54, var_56);
        // w_old = v.weight[i, j, k]                                                              <L 36>
        var_59 = &(var_v.weight);
        var_61 = wp::load(var_59);
        var_60 = wp::address(var_61, var_0, var_1, var_2);
        var_63 = wp::load(var_60);
        var_62 = wp::copy(var_63);
        // w_new = wp.min(w_old + 1.0, max_weight)                                                <L 37>
        var_65 = wp::add(var_62, var_64);
        var_66 = wp::min(var_65, var_max_weight);
        // v.tsdf[i, j, k] = (v.tsdf[i, j, k] * w_old + t) / (w_old + 1.0)                        <L 38>
        var_67 = &(var_v.tsdf);
        var_69 = wp::load(var_67);
        var_68 = wp::address(var_69, var_0, var_1, var_2);
        var_71 = wp::load(var_68);
        var_70 = wp::mul(var_71, var_62);
        var_72 = wp::add(var_70, var_58);
        var_74 = wp::add(var_62, var_73);
        var_75 = wp::div(var_72, var_74);
        var_76 = &(var_v.tsdf);
        var_77 = wp::load(var_76);
        // wp::array_store(var_77, var_0, var_1, var_2, var_75);
        // v.color[i, j, k] = (v.color[i, j, k] * w_old + rgb[w, u]) / (w_old + 1.0)              <L 39>
        var_78 = &(var_v.color);
        var_80 = wp::load(var_78);
        var_79 = wp::address(var_80, var_0, var_1, var_2);
        var_82 = wp::load(var_79);
        var_81 = wp::mul(var_82, var_62);
        var_83 = wp::address(var_rgb, var_26, var_17);
        var_85 = wp::load(var_83);
        var_84 = wp::add(var_81, var_85);
        var_87 = wp::add(var_62, var_86);
        var_88 = wp::div(var_84, var_87);
        var_89 = &(var_v.color);
        var_90 = wp::load(var_89);
        // wp::array_store(var_90, var_0, var_1, var_2, var_88);
        // v.weight[i, j, k] = w_new                                                              <L 40>
        var_91 = &(var_v.weight);
        var_92 = wp::load(var_91);
        // wp::array_store(var_92, var_0, var_1, var_2, var_66);
        //---------
        // reverse
        wp::adj_array_store(var_92, var_0, var_1, var_2, var_66, adj_91, adj_0, adj_1, adj_2, adj_66);
        adj_v.weight = adj_91;
        // adj: v.weight[i, j, k] = w_new                                                         <L 40>
        wp::adj_array_store(var_90, var_0, var_1, var_2, var_88, adj_89, adj_0, adj_1, adj_2, adj_88);
        adj_v.color = adj_89;
        wp::adj_div(var_84, var_87, adj_84, adj_87, adj_88);
        wp::adj_add(var_62, var_86, adj_62, adj_86, adj_87);
        wp::adj_add(var_81, var_85, adj_81, adj_83, adj_84);
        wp::adj_address(var_rgb, var_26, var_17, adj_rgb, adj_26, adj_17, adj_83);
        wp::adj_mul(var_82, var_62, adj_79, adj_62, adj_81);
        wp::adj_address(var_80, var_0, var_1, var_2, adj_78, adj_0, adj_1, adj_2, adj_79);
        adj_v.color = adj_78;
        // adj: v.color[i, j, k] = (v.color[i, j, k] * w_old + rgb[w, u]) / (w_old + 1.0)         <L 39>
        wp::adj_array_store(var_77, var_0, var_1, var_2, var_75, adj_76, adj_0, adj_1, adj_2, adj_75);
        adj_v.tsdf = adj_76;
        wp::adj_div(var_72, var_74, var_75, adj_72, adj_74, adj_75);
        wp::adj_add(var_62, var_73, adj_62, adj_73, adj_74);
        wp::adj_add(var_70, var_58, adj_70, adj_58, adj_72);
        wp::adj_mul(var_71, var_62, adj_68, adj_62, adj_70);
        wp::adj_address(var_69, var_0, var_1, var_2, adj_67, adj_0, adj_1, adj_2, adj_68);
        adj_v.tsdf = adj_67;
        // adj: v.tsdf[i, j, k] = (v.tsdf[i, j, k] * w_old + t) / (w_old + 1.0)                   <L 38>
        wp::adj_min(var_65, var_max_weight, adj_65, adj_max_weight, adj_66);
        wp::adj_add(var_62, var_64, adj_62, adj_64, adj_65);
        // adj: w_new = wp.min(w_old + 1.0, max_weight)                                           <L 37>
        wp::adj_copy(var_63, adj_60, adj_62);
        wp::adj_address(var_61, var_0, var_1, var_2, adj_59, adj_0, adj_1, adj_2, adj_60);
        adj_v.weight = adj_59;
        // adj: w_old = v.weight[i, j, k]                                                         <L 36>
        wp::adj_min(var_54, var_56, adj_54, adj_56, adj_58);
        wp::adj_div(var_49, var_57, var_56, adj_49, adj_55, adj_56);
        adj_v.trunc += adj_55;
        // adj: t = wp.min(1.0, sdf / v.trunc)                                                    <L 35>
        if (var_53) {
            label3:;
            // adj: return                                                                        <L 34>
        }
        wp::adj_neg(var_52, adj_50, adj_51);
        adj_v.trunc += adj_50;
        // adj: if sdf < -v.trunc:                                                                <L 33>
        wp::adj_sub(var_43, var_48, adj_43, adj_48, adj_49);
        wp::adj_extract(var_4, var_47, adj_4, adj_47, adj_48);
        // adj: sdf = d - p[2]                                                                    <L 32>
        if (var_46) {
            label2:;
            // adj: return                                                                        <L 31>
        }
        // adj: if d <= 0.0:                                                                      <L 30>
        wp::adj_copy(var_44, adj_42, adj_43);
        wp::adj_address(var_depth, var_26, var_17, adj_depth, adj_26, adj_17, adj_42);
        // adj: d = depth[w, u]                                                                   <L 29>
        if (var_41) {
            label1:;
            // adj: return                                                                        <L 28>
        }
        wp::adj_extract(var_39, var_37, adj_36, adj_37, adj_38);
        adj_depth.shape = adj_36;
        wp::adj_extract(var_34, var_32, adj_31, adj_32, adj_33);
        adj_depth.shape = adj_31;
        // adj: if u < 0 or w < 0 or u >= depth.shape[1] or w >= depth.shape[0]:                  <L 27>
        wp::adj_int(var_25, adj_25, adj_26);
        wp::adj_add(var_23, var_cy, adj_23, adj_cy, adj_24);
        wp::adj_div(var_20, var_22, var_23, adj_20, adj_22, adj_23);
        wp::adj_extract(var_4, var_21, adj_4, adj_21, adj_22);
        wp::adj_mul(var_fy, var_19, adj_fy, adj_19, adj_20);
        wp::adj_extract(var_4, var_18, adj_4, adj_18, adj_19);
        // adj: w = int(wp.round(fy * p[1] / p[2] + cy))                                          <L 26>
        wp::adj_int(var_16, adj_16, adj_17);
        wp::adj_add(var_14, var_cx, adj_14, adj_cx, adj_15);
        wp::adj_div(var_11, var_13, var_14, adj_11, adj_13, adj_14);
        wp::adj_extract(var_4, var_12, adj_4, adj_12, adj_13);
        wp::adj_mul(var_fx, var_10, adj_fx, adj_10, adj_11);
        wp::adj_extract(var_4, var_9, adj_4, adj_9, adj_10);
        // adj: u = int(wp.round(fx * p[0] / p[2] + cx))                                          <L 25>
        if (var_8) {
            label0:;
            // adj: return                                                                        <L 24>
        }
        wp::adj_extract(var_4, var_5, adj_4, adj_5, adj_6);
        // adj: if p[2] <= 0.0:                                                                   <L 23>
        wp::adj_transform_point(var_world_to_cam, var_3, adj_world_to_cam, adj_3, adj_4);
        adj_voxel_center_0(var_v, var_0, var_1, var_2, adj_v, adj_0, adj_1, adj_2, adj_3);
        // adj: p = wp.transform_point(world_to_cam, voxel_center(v, i, j, k))                    <L 22>
        // adj: i, j, k = wp.tid()                                                                <L 21>
        // adj: def integrate_depth(v: Volume, depth: wp.array2d(dtype=float), rgb: wp.array2d(dtype=wp.vec3), world_to_cam: wp.transform, fx: float, fy: float, cx: float, cy: float, max_weight: float):  <L 20>
        continue;
    }
}



extern "C" __global__ void raycast_tsdf_68b529a3_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    Volume_87600f4f var_v,
    wp::array_t<wp::vec_t<3, wp::float32>> var_origins,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs,
    wp::float32 var_max_t,
    wp::array_t<wp::vec_t<3, wp::float32>> var_hits,
    wp::array_t<wp::vec_t<3, wp::float32>> var_colors)
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
        const wp::float32 var_7 = 0.0;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.0;
        wp::vec_t<3, wp::float32> var_11;
        bool var_12;
        wp::float32* var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32* var_16;
        const wp::float32 var_17 = 0.5;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::float32 var_24;
        const wp::float32 var_25 = 0.0;
        bool var_26;
        const wp::float32 var_27 = 0.0;
        bool var_28;
        bool var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32>* var_36;
        wp::vec_t<3, wp::float32>* var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::float32* var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::float32 var_43;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_44;
        const wp::int32 var_45 = 0;
        wp::float32 var_46;
        wp::int32 var_47;
        const wp::int32 var_48 = 0;
        wp::array_t<wp::float32>* var_49;
        wp::shape_t* var_50;
        const wp::int32 var_51 = 0;
        wp::int32 var_52;
        wp::shape_t var_53;
        const wp::int32 var_54 = 1;
        wp::int32 var_55;
        wp::int32 var_56;
        const wp::int32 var_57 = 1;
        wp::float32 var_58;
        wp::int32 var_59;
        const wp::int32 var_60 = 0;
        wp::array_t<wp::float32>* var_61;
        wp::shape_t* var_62;
        const wp::int32 var_63 = 1;
        wp::int32 var_64;
        wp::shape_t var_65;
        const wp::int32 var_66 = 1;
        wp::int32 var_67;
        wp::int32 var_68;
        const wp::int32 var_69 = 2;
        wp::float32 var_70;
        wp::int32 var_71;
        const wp::int32 var_72 = 0;
        wp::array_t<wp::float32>* var_73;
        wp::shape_t* var_74;
        const wp::int32 var_75 = 2;
        wp::int32 var_76;
        wp::shape_t var_77;
        const wp::int32 var_78 = 1;
        wp::int32 var_79;
        wp::int32 var_80;
        wp::vec_t<3, wp::float32>* var_81;
        wp::array_t<wp::vec_t<3, wp::float32>> var_82;
        wp::vec_t<3, wp::float32> var_83;
        wp::float32 var_84;
        wp::float32 var_85;
        //---------
        // forward
        // def raycast_tsdf(v: Volume, origins: wp.array(dtype=wp.vec3), dirs: wp.array(dtype=wp.vec3), max_t: float, hits: wp.array(dtype=wp.vec3), colors: wp.array(dtype=wp.vec3)):       <L 53>
        // r = wp.tid()                                                                           <L 54>
        var_0 = builtin_tid1d();
        // o = origins[r]                                                                         <L 55>
        var_1 = wp::address(var_origins, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // d = wp.normalize(dirs[r])                                                              <L 56>
        var_4 = wp::address(var_dirs, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::normalize(var_6);
        // t = float(0.0)                                                                         <L 57>
        var_8 = wp::float(var_7);
        // prev = sample_tsdf(v, o)                                                               <L 58>
        var_9 = sample_tsdf_0(var_v, var_2);
        // hits[r] = wp.vec3(0.0)                                                                 <L 59>
        var_11 = wp::vec_t<3, wp::float32>(var_10);
        wp::array_store(var_hits, var_0, var_11);
        // while t < max_t:                                                                       <L 60>
        start_while_0:;
        var_12 = (var_8 < var_max_t);
        if ((var_12) == false) goto end_while_0;
            // step = wp.max(prev * v.trunc, v.voxel * 0.5)                                       <L 61>
            var_13 = &(var_v.trunc);
            var_15 = wp::load(var_13);
            var_14 = wp::mul(var_9, var_15);
            var_16 = &(var_v.voxel);
            var_19 = wp::load(var_16);
            var_18 = wp::mul(var_19, var_17);
            var_20 = wp::max(var_14, var_18);
            // t_next = t + step                                                                  <L 62>
            var_21 = wp::add(var_8, var_20);
            // cur = sample_tsdf(v, o + d * t_next)                                               <L 63>
            var_22 = wp::mul(var_5, var_21);
            var_23 = wp::add(var_2, var_22);
            var_24 = sample_tsdf_0(var_v, var_23);
            // if prev > 0.0 and cur <= 0.0:                                                      <L 64>
            var_26 = (var_9 > var_25);
            var_28 = (var_24 <= var_27);
            var_29 = var_26 && var_28;
            if (var_29) {
                // ts = t + step * prev / (prev - cur)                                            <L 65>
                var_30 = wp::mul(var_20, var_9);
                var_31 = wp::sub(var_9, var_24);
                var_32 = wp::div(var_30, var_31);
                var_33 = wp::add(var_8, var_32);
                // hits[r] = o + d * ts                                                           <L 66>
                var_34 = wp::mul(var_5, var_33);
                var_35 = wp::add(var_2, var_34);
                wp::array_store(var_hits, var_0, var_35);
                // q = (hits[r] - v.origin) / v.voxel                                             <L 67>
                var_36 = wp::address(var_hits, var_0);
                var_37 = &(var_v.origin);
                var_39 = wp::load(var_36);
                var_40 = wp::load(var_37);
                var_38 = wp::sub(var_39, var_40);
                var_41 = &(var_v.voxel);
                var_43 = wp::load(var_41);
                var_42 = wp::div(var_38, var_43);
                // colors[r] = v.color[wp.clamp(int(q[0]), 0, v.tsdf.shape[0] - 1), wp.clamp(int(q[1]), 0, v.tsdf.shape[1] - 1), wp.clamp(int(q[2]), 0, v.tsdf.shape[2] - 1)]       <L 68>
                var_44 = &(var_v.color);
                var_46 = wp::extract(var_42, var_45);
                var_47 = wp::int(var_46);
                var_49 = &(var_v.tsdf);
                var_50 = &(var_49->shape);
                var_53 = wp::load(var_50);
                var_52 = wp::extract(var_53, var_51);
                var_55 = wp::sub(var_52, var_54);
                var_56 = wp::clamp(var_47, var_48, var_55);
                var_58 = wp::extract(var_42, var_57);
                var_59 = wp::int(var_58);
                var_61 = &(var_v.tsdf);
                var_62 = &(var_61->shape);
                var_65 = wp::load(var_62);
                var_64 = wp::extract(var_65, var_63);
                var_67 = wp::sub(var_64, var_66);
                var_68 = wp::clamp(var_59, var_60, var_67);
                var_70 = wp::extract(var_42, var_69);
                var_71 = wp::int(var_70);
                var_73 = &(var_v.tsdf);
                var_74 = &(var_73->shape);
                var_77 = wp::load(var_74);
                var_76 = wp::extract(var_77, var_75);
                var_79 = wp::sub(var_76, var_78);
                var_80 = wp::clamp(var_71, var_72, var_79);
                var_82 = wp::load(var_44);
                var_81 = wp::address(var_82, var_56, var_68, var_80);
                var_83 = wp::load(var_81);
                wp::array_store(var_colors, var_0, var_83);
                // break                                                                          <L 69>
                goto end_while_0;
            }
            // prev = cur                                                                         <L 70>
            var_84 = wp::copy(var_24);
            // t = t_next                                                                         <L 71>
            var_85 = wp::copy(var_21);
            wp::assign(var_8, var_85);
            wp::assign(var_9, var_84);
        goto start_while_0;
        end_while_0:;
    }
}



extern "C" __global__ void raycast_tsdf_68b529a3_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    Volume_87600f4f var_v,
    wp::array_t<wp::vec_t<3, wp::float32>> var_origins,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs,
    wp::float32 var_max_t,
    wp::array_t<wp::vec_t<3, wp::float32>> var_hits,
    wp::array_t<wp::vec_t<3, wp::float32>> var_colors,
    Volume_87600f4f adj_v,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_origins,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dirs,
    wp::float32 adj_max_t,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_hits,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_colors)
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
        const wp::float32 var_7 = 0.0;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.0;
        wp::vec_t<3, wp::float32> var_11;
        bool var_12;
        wp::float32* var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32* var_16;
        const wp::float32 var_17 = 0.5;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::float32 var_24;
        const wp::float32 var_25 = 0.0;
        bool var_26;
        const wp::float32 var_27 = 0.0;
        bool var_28;
        bool var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32>* var_36;
        wp::vec_t<3, wp::float32>* var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::float32* var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::float32 var_43;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_44;
        const wp::int32 var_45 = 0;
        wp::float32 var_46;
        wp::int32 var_47;
        const wp::int32 var_48 = 0;
        wp::array_t<wp::float32>* var_49;
        wp::shape_t* var_50;
        const wp::int32 var_51 = 0;
        wp::int32 var_52;
        wp::shape_t var_53;
        const wp::int32 var_54 = 1;
        wp::int32 var_55;
        wp::int32 var_56;
        const wp::int32 var_57 = 1;
        wp::float32 var_58;
        wp::int32 var_59;
        const wp::int32 var_60 = 0;
        wp::array_t<wp::float32>* var_61;
        wp::shape_t* var_62;
        const wp::int32 var_63 = 1;
        wp::int32 var_64;
        wp::shape_t var_65;
        const wp::int32 var_66 = 1;
        wp::int32 var_67;
        wp::int32 var_68;
        const wp::int32 var_69 = 2;
        wp::float32 var_70;
        wp::int32 var_71;
        const wp::int32 var_72 = 0;
        wp::array_t<wp::float32>* var_73;
        wp::shape_t* var_74;
        const wp::int32 var_75 = 2;
        wp::int32 var_76;
        wp::shape_t var_77;
        const wp::int32 var_78 = 1;
        wp::int32 var_79;
        wp::int32 var_80;
        wp::vec_t<3, wp::float32>* var_81;
        wp::array_t<wp::vec_t<3, wp::float32>> var_82;
        wp::vec_t<3, wp::float32> var_83;
        wp::float32 var_84;
        wp::float32 var_85;
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
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        bool adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        bool adj_26 = {};
        wp::float32 adj_27 = {};
        bool adj_28 = {};
        bool adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        wp::vec_t<3, wp::float32> adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        wp::float32 adj_41 = {};
        wp::vec_t<3, wp::float32> adj_42 = {};
        wp::float32 adj_43 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_44 = {};
        wp::int32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::int32 adj_48 = {};
        wp::array_t<wp::float32> adj_49 = {};
        wp::shape_t adj_50 = {};
        wp::int32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::shape_t adj_53 = {};
        wp::int32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::int32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::int32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::array_t<wp::float32> adj_61 = {};
        wp::shape_t adj_62 = {};
        wp::int32 adj_63 = {};
        wp::int32 adj_64 = {};
        wp::shape_t adj_65 = {};
        wp::int32 adj_66 = {};
        wp::int32 adj_67 = {};
        wp::int32 adj_68 = {};
        wp::int32 adj_69 = {};
        wp::float32 adj_70 = {};
        wp::int32 adj_71 = {};
        wp::int32 adj_72 = {};
        wp::array_t<wp::float32> adj_73 = {};
        wp::shape_t adj_74 = {};
        wp::int32 adj_75 = {};
        wp::int32 adj_76 = {};
        wp::shape_t adj_77 = {};
        wp::int32 adj_78 = {};
        wp::int32 adj_79 = {};
        wp::int32 adj_80 = {};
        wp::vec_t<3, wp::float32> adj_81 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_82 = {};
        wp::vec_t<3, wp::float32> adj_83 = {};
        wp::float32 adj_84 = {};
        wp::float32 adj_85 = {};
        //---------
        // forward
        // def raycast_tsdf(v: Volume, origins: wp.array(dtype=wp.vec3), dirs: wp.array(dtype=wp.vec3), max_t: float, hits: wp.array(dtype=wp.vec3), colors: wp.array(dtype=wp.vec3)):       <L 53>
        // r = wp.tid()                                                                           <L 54>
        var_0 = builtin_tid1d();
        // o = origins[r]                                                                         <L 55>
        var_1 = wp::address(var_origins, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // d = wp.normalize(dirs[r])                                                              <L 56>
        var_4 = wp::address(var_dirs, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::normalize(var_6);
        // t = float(0.0)                                                                         <L 57>
        var_8 = wp::float(var_7);
        // prev = sample_tsdf(v, o)                                                               <L 58>
        var_9 = sample_tsdf_0(var_v, var_2);
        // hits[r] = wp.vec3(0.0)                                                                 <L 59>
        var_11 = wp::vec_t<3, wp::float32>(var_10);
        // wp::array_store(var_hits, var_0, var_11);
        // while t < max_t:                                                                       <L 60>
        //---------
        // reverse
        start_while_0:;
        var_12 = (var_8 < var_max_t);
        if ((var_12) == false) goto end_while_0;
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
        adj_69 = {};
        adj_70 = {};
        adj_71 = {};
        adj_72 = {};
        adj_73 = {};
        adj_74 = {};
        adj_75 = {};
        adj_76 = {};
        adj_77 = {};
        adj_78 = {};
        adj_79 = {};
        adj_80 = {};
        adj_81 = {};
        adj_82 = {};
        adj_83 = {};
        adj_84 = {};
        adj_85 = {};
            // step = wp.max(prev * v.trunc, v.voxel * 0.5)                                       <L 61>
            var_13 = &(var_v.trunc);
            var_15 = wp::load(var_13);
            var_14 = wp::mul(var_9, var_15);
            var_16 = &(var_v.voxel);
            var_19 = wp::load(var_16);
            var_18 = wp::mul(var_19, var_17);
            var_20 = wp::max(var_14, var_18);
            // t_next = t + step                                                                  <L 62>
            var_21 = wp::add(var_8, var_20);
            // cur = sample_tsdf(v, o + d * t_next)                                               <L 63>
            var_22 = wp::mul(var_5, var_21);
            var_23 = wp::add(var_2, var_22);
            var_24 = sample_tsdf_0(var_v, var_23);
            // if prev > 0.0 and cur <= 0.0:                                                      <L 64>
            var_26 = (var_9 > var_25);
            var_28 = (var_24 <= var_27);
            var_29 = var_26 && var_28;
            if (var_29) {
                // ts = t + step * prev / (prev - cur)                                            <L 65>
                var_30 = wp::mul(var_20, var_9);
                var_31 = wp::sub(var_9, var_24);
                var_32 = wp::div(var_30, var_31);
                var_33 = wp::add(var_8, var_32);
                // hits[r] = o + d * ts                                                           <L 66>
                var_34 = wp::mul(var_5, var_33);
                var_35 = wp::add(var_2, var_34);
                // wp::array_store(var_hits, var_0, var_35);
                // q = (hits[r] - v.origin) / v.voxel                                             <L 67>
                var_36 = wp::address(var_hits, var_0);
                var_37 = &(var_v.origin);
                var_39 = wp::load(var_36);
                var_40 = wp::load(var_37);
                var_38 = wp::sub(var_39, var_40);
                var_41 = &(var_v.voxel);
                var_43 = wp::load(var_41);
                var_42 = wp::div(var_38, var_43);
                // colors[r] = v.color[wp.clamp(int(q[0]), 0, v.tsdf.shape[0] - 1), wp.clamp(int(q[1]), 0, v.tsdf.shape[1] - 1), wp.clamp(int(q[2]), 0, v.tsdf.shape[2] - 1)]       <L 68>
                var_44 = &(var_v.color);
                var_46 = wp::extract(var_42, var_45);
                var_47 = wp::int(var_46);
                var_49 = &(var_v.tsdf);
                var_50 = &(var_49->shape);
                var_53 = wp::load(var_50);
                var_52 = wp::extract(var_53, var_51);
                var_55 = wp::sub(var_52, var_54);
                var_56 = wp::clamp(var_47, var_48, var_55);
                var_58 = wp::extract(var_42, var_57);
                var_59 = wp::int(var_58);
                var_61 = &(var_v.tsdf);
                var_62 = &(var_61->shape);
                var_65 = wp::load(var_62);
                var_64 = wp::extract(var_65, var_63);
                var_67 = wp::sub(var_64, var_66);
                var_68 = wp::clamp(var_59, var_60, var_67);
                var_70 = wp::extract(var_42, var_69);
                var_71 = wp::int(var_70);
                var_73 = &(var_v.tsdf);
                var_74 = &(var_73->shape);
                var_77 = wp::load(var_74);
                var_76 = wp::extract(var_77, var_75);
                var_79 = wp::sub(var_76, var_78);
                var_80 = wp::clamp(var_71, var_72, var_79);
                var_82 = wp::load(var_44);
                var_81 = wp::address(var_82, var_56, var_68, var_80);
                var_83 = wp::load(var_81);
                // wp::array_store(var_colors, var_0, var_83);
                // break                                                                          <L 69>
                goto end_while_0;
            }
            // prev = cur                                                                         <L 70>
            var_84 = wp::copy(var_24);
            // t = t_next                                                                         <L 71>
            var_85 = wp::copy(var_21);
            wp::assign(var_8, var_85);
            wp::assign(var_9, var_84);
            wp::adj_assign(var_9, var_84, adj_9, adj_84);
            wp::adj_assign(var_8, var_85, adj_8, adj_85);
            wp::adj_copy(var_21, adj_21, adj_85);
            // adj: t = t_next                                                                    <L 71>
            wp::adj_copy(var_24, adj_24, adj_84);
            // adj: prev = cur                                                                    <L 70>
            if (var_29) {
                // adj: break                                                                     <L 69>
                wp::adj_array_store(var_colors, var_0, var_83, adj_colors, adj_0, adj_81);
                wp::adj_address(var_82, var_56, var_68, var_80, adj_44, adj_56, adj_68, adj_80, adj_81);
                wp::adj_clamp(var_71, var_72, var_79, adj_71, adj_72, adj_79, adj_80);
                wp::adj_sub(var_76, var_78, adj_76, adj_78, adj_79);
                wp::adj_extract(var_77, var_75, adj_74, adj_75, adj_76);
                adj_73.shape = adj_74;
                adj_v.tsdf = adj_73;
                wp::adj_int(var_70, adj_70, adj_71);
                wp::adj_extract(var_42, var_69, adj_42, adj_69, adj_70);
                wp::adj_clamp(var_59, var_60, var_67, adj_59, adj_60, adj_67, adj_68);
                wp::adj_sub(var_64, var_66, adj_64, adj_66, adj_67);
                wp::adj_extract(var_65, var_63, adj_62, adj_63, adj_64);
                adj_61.shape = adj_62;
                adj_v.tsdf = adj_61;
                wp::adj_int(var_58, adj_58, adj_59);
                wp::adj_extract(var_42, var_57, adj_42, adj_57, adj_58);
                wp::adj_clamp(var_47, var_48, var_55, adj_47, adj_48, adj_55, adj_56);
                wp::adj_sub(var_52, var_54, adj_52, adj_54, adj_55);
                wp::adj_extract(var_53, var_51, adj_50, adj_51, adj_52);
                adj_49.shape = adj_50;
                adj_v.tsdf = adj_49;
                wp::adj_int(var_46, adj_46, adj_47);
                wp::adj_extract(var_42, var_45, adj_42, adj_45, adj_46);
                adj_v.color = adj_44;
                // adj: colors[r] = v.color[wp.clamp(int(q[0]), 0, v.tsdf.shape[0] - 1), wp.clamp(int(q[1]), 0, v.tsdf.shape[1] - 1), wp.clamp(int(q[2]), 0, v.tsdf.shape[2] - 1)]  <L 68>
                wp::adj_div(var_38, var_43, adj_38, adj_41, adj_42);
                adj_v.voxel += adj_41;
                wp::adj_sub(var_39, var_40, adj_36, adj_37, adj_38);
                adj_v.origin += adj_37;
                wp::adj_address(var_hits, var_0, adj_hits, adj_0, adj_36);
                // adj: q = (hits[r] - v.origin) / v.voxel                                        <L 67>
                wp::adj_array_store(var_hits, var_0, var_35, adj_hits, adj_0, adj_35);
                wp::adj_add(var_2, var_34, adj_2, adj_34, adj_35);
                wp::adj_mul(var_5, var_33, adj_5, adj_33, adj_34);
                // adj: hits[r] = o + d * ts                                                      <L 66>
                wp::adj_add(var_8, var_32, adj_8, adj_32, adj_33);
                wp::adj_div(var_30, var_31, var_32, adj_30, adj_31, adj_32);
                wp::adj_sub(var_9, var_24, adj_9, adj_24, adj_31);
                wp::adj_mul(var_20, var_9, adj_20, adj_9, adj_30);
                // adj: ts = t + step * prev / (prev - cur)                                       <L 65>
            }
            // adj: if prev > 0.0 and cur <= 0.0:                                                 <L 64>
            adj_sample_tsdf_0(var_v, var_23, adj_v, adj_23, adj_24);
            wp::adj_add(var_2, var_22, adj_2, adj_22, adj_23);
            wp::adj_mul(var_5, var_21, adj_5, adj_21, adj_22);
            // adj: cur = sample_tsdf(v, o + d * t_next)                                          <L 63>
            wp::adj_add(var_8, var_20, adj_8, adj_20, adj_21);
            // adj: t_next = t + step                                                             <L 62>
            wp::adj_max(var_14, var_18, adj_14, adj_18, adj_20);
            wp::adj_mul(var_19, var_17, adj_16, adj_17, adj_18);
            adj_v.voxel += adj_16;
            wp::adj_mul(var_9, var_15, adj_9, adj_13, adj_14);
            adj_v.trunc += adj_13;
            // adj: step = wp.max(prev * v.trunc, v.voxel * 0.5)                                  <L 61>
        goto start_while_0;
        end_while_0:;
        // adj: while t < max_t:                                                                  <L 60>
        wp::adj_array_store(var_hits, var_0, var_11, adj_hits, adj_0, adj_11);
        wp::adj_vec_t(var_10, adj_10, adj_11);
        // adj: hits[r] = wp.vec3(0.0)                                                            <L 59>
        adj_sample_tsdf_0(var_v, var_2, adj_v, adj_2, adj_9);
        // adj: prev = sample_tsdf(v, o)                                                          <L 58>
        wp::adj_float(var_7, adj_7, adj_8);
        // adj: t = float(0.0)                                                                    <L 57>
        wp::adj_normalize(var_6, var_5, adj_4, adj_5);
        wp::adj_address(var_dirs, var_0, adj_dirs, adj_0, adj_4);
        // adj: d = wp.normalize(dirs[r])                                                         <L 56>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_origins, var_0, adj_origins, adj_0, adj_1);
        // adj: o = origins[r]                                                                    <L 55>
        // adj: r = wp.tid()                                                                      <L 54>
        // adj: def raycast_tsdf(v: Volume, origins: wp.array(dtype=wp.vec3), dirs: wp.array(dtype=wp.vec3), max_t: float, hits: wp.array(dtype=wp.vec3), colors: wp.array(dtype=wp.vec3)):  <L 53>
        continue;
    }
}

