#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

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

// CUDA Thread Block Cluster shape declaration. Expands to __cluster_dims__
// only on devices that support clusters (compute capability 9.0+); otherwise
// expands to nothing so the same source compiles cleanly for any target arch.
#if defined(__CUDA_ARCH__) && (__CUDA_ARCH__ >= 900)
#define WP_CLUSTER_DIMS(x, y, z) __cluster_dims__(x, y, z)
#else
#define WP_CLUSTER_DIMS(x, y, z)
#endif


struct SPHParams_9810d148
{
    wp::float32 h;
    wp::float32 rest_density;
    wp::float32 stiffness;
    wp::float32 viscosity;
    wp::float32 mass;
    wp::vec_t<3, wp::int32> grid_dim;
    wp::float32 cell_size;


    SPHParams_9810d148() = default;
    CUDA_CALLABLE SPHParams_9810d148(wp::float32 const& h,
    wp::float32 const& rest_density = {},
    wp::float32 const& stiffness = {},
    wp::float32 const& viscosity = {},
    wp::float32 const& mass = {},
    wp::vec_t<3, wp::int32> const& grid_dim = {},
    wp::float32 const& cell_size = {})
        : h{h}
        , rest_density{rest_density}
        , stiffness{stiffness}
        , viscosity{viscosity}
        , mass{mass}
        , grid_dim{grid_dim}
        , cell_size{cell_size}

    {
    }

    CUDA_CALLABLE SPHParams_9810d148& operator += (const SPHParams_9810d148& rhs)
    {    h += rhs.h;
    rest_density += rhs.rest_density;
    stiffness += rhs.stiffness;
    viscosity += rhs.viscosity;
    mass += rhs.mass;
    grid_dim += rhs.grid_dim;
    cell_size += rhs.cell_size;

        return *this;}

};

static CUDA_CALLABLE void adj_SPHParams_9810d148(wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::vec_t<3, wp::int32> const&,
    wp::float32 const&,
    wp::float32 & adj_h,
    wp::float32 & adj_rest_density,
    wp::float32 & adj_stiffness,
    wp::float32 & adj_viscosity,
    wp::float32 & adj_mass,
    wp::vec_t<3, wp::int32> & adj_grid_dim,
    wp::float32 & adj_cell_size,
    SPHParams_9810d148 & adj_ret)
{
    adj_h += adj_ret.h;
    adj_rest_density += adj_ret.rest_density;
    adj_stiffness += adj_ret.stiffness;
    adj_viscosity += adj_ret.viscosity;
    adj_mass += adj_ret.mass;
    adj_grid_dim += adj_ret.grid_dim;
    adj_cell_size += adj_ret.cell_size;
}

// Required when compiling adjoints.
CUDA_CALLABLE SPHParams_9810d148 add(const SPHParams_9810d148& a, const SPHParams_9810d148& b)
{
    return SPHParams_9810d148();
}

CUDA_CALLABLE void adj_atomic_add(SPHParams_9810d148* p, SPHParams_9810d148 t)
{
    wp::adj_atomic_add(&p->h, t.h);
    wp::adj_atomic_add(&p->rest_density, t.rest_density);
    wp::adj_atomic_add(&p->stiffness, t.stiffness);
    wp::adj_atomic_add(&p->viscosity, t.viscosity);
    wp::adj_atomic_add(&p->mass, t.mass);
    wp::adj_atomic_add(&p->grid_dim, t.grid_dim);
    wp::adj_atomic_add(&p->cell_size, t.cell_size);
}




// corpus/149_sph_grid_struct_params.py:50
static CUDA_CALLABLE wp::vec_t<3, wp::int32> cell_coord_0(
    wp::vec_t<3, wp::float32> var_p,
    SPHParams_9810d148 var_params)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::int32 var_5;
    const wp::int32 var_6 = 1;
    wp::float32 var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 2;
    wp::float32 var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::int32 var_17;
    wp::vec_t<3, wp::int32> var_18;
    const wp::int32 var_19 = 0;
    wp::int32 var_20;
    const wp::int32 var_21 = 0;
    wp::vec_t<3, wp::int32>* var_22;
    wp::int32 var_23;
    wp::vec_t<3, wp::int32> var_24;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    wp::int32 var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    const wp::int32 var_30 = 0;
    wp::vec_t<3, wp::int32>* var_31;
    wp::int32 var_32;
    wp::vec_t<3, wp::int32> var_33;
    const wp::int32 var_34 = 1;
    wp::int32 var_35;
    wp::int32 var_36;
    const wp::int32 var_37 = 2;
    wp::int32 var_38;
    const wp::int32 var_39 = 0;
    wp::vec_t<3, wp::int32>* var_40;
    wp::int32 var_41;
    wp::vec_t<3, wp::int32> var_42;
    const wp::int32 var_43 = 1;
    wp::int32 var_44;
    wp::int32 var_45;
    //---------
    // forward
    // def cell_coord(p: wp.vec3, params: SPHParams) -> wp.vec3i:                             <L 51>
    // c = wp.vec3i(int(p[0] / params.cell_size), int(p[1] / params.cell_size), int(p[2] / params.cell_size))       <L 52>
    var_1 = wp::extract(var_p, var_0);
    var_2 = &((var_params).cell_size);
    var_4 = wp::load(var_2);
    var_3 = wp::div(var_1, var_4);
    var_5 = wp::int(var_3);
    var_7 = wp::extract(var_p, var_6);
    var_8 = &((var_params).cell_size);
    var_10 = wp::load(var_8);
    var_9 = wp::div(var_7, var_10);
    var_11 = wp::int(var_9);
    var_13 = wp::extract(var_p, var_12);
    var_14 = &((var_params).cell_size);
    var_16 = wp::load(var_14);
    var_15 = wp::div(var_13, var_16);
    var_17 = wp::int(var_15);
    var_18 = wp::vec_t<3, wp::int32>(var_5, var_11, var_17);
    // for k in range(3):                                                                     <L 53>
    // c[k] = wp.clamp(c[k], 0, params.grid_dim[k] - 1)                                       <L 54>
    var_20 = wp::extract(var_18, var_19);
    var_22 = &((var_params).grid_dim);
    var_24 = wp::load(var_22);
    var_23 = wp::extract(var_24, var_19);
    var_26 = wp::sub(var_23, var_25);
    var_27 = wp::clamp(var_20, var_21, var_26);
    wp::assign_inplace(var_18, var_19, var_27);
    var_29 = wp::extract(var_18, var_28);
    var_31 = &((var_params).grid_dim);
    var_33 = wp::load(var_31);
    var_32 = wp::extract(var_33, var_28);
    var_35 = wp::sub(var_32, var_34);
    var_36 = wp::clamp(var_29, var_30, var_35);
    wp::assign_inplace(var_18, var_28, var_36);
    var_38 = wp::extract(var_18, var_37);
    var_40 = &((var_params).grid_dim);
    var_42 = wp::load(var_40);
    var_41 = wp::extract(var_42, var_37);
    var_44 = wp::sub(var_41, var_43);
    var_45 = wp::clamp(var_38, var_39, var_44);
    wp::assign_inplace(var_18, var_37, var_45);
    // return c                                                                               <L 55>
    return var_18;
}


// corpus/149_sph_grid_struct_params.py:45
static CUDA_CALLABLE wp::int32 cell_index_0(
    wp::vec_t<3, wp::int32> var_c,
    wp::vec_t<3, wp::int32> var_dim)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 2;
    wp::int32 var_1;
    const wp::int32 var_2 = 1;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 0;
    wp::int32 var_12;
    wp::int32 var_13;
    //---------
    // forward
    // def cell_index(c: wp.vec3i, dim: wp.vec3i) -> int:                                     <L 46>
    // return (c[2] * dim[1] + c[1]) * dim[0] + c[0]                                          <L 47>
    var_1 = wp::extract(var_c, var_0);
    var_3 = wp::extract(var_dim, var_2);
    var_4 = wp::mul(var_1, var_3);
    var_6 = wp::extract(var_c, var_5);
    var_7 = wp::add(var_4, var_6);
    var_9 = wp::extract(var_dim, var_8);
    var_10 = wp::mul(var_7, var_9);
    var_12 = wp::extract(var_c, var_11);
    var_13 = wp::add(var_10, var_12);
    return var_13;
}


// corpus/149_sph_grid_struct_params.py:20
static CUDA_CALLABLE wp::float32 poly6_0(
    wp::float32 var_r2,
    wp::float32 var_h)
{
    //---------
    // primal vars
    wp::float32 var_0;
    bool var_1;
    const wp::float32 var_2 = 0.0;
    wp::float32 var_3;
    const wp::float32 var_4 = 1.5666814710608463;
    const wp::float32 var_5 = 9.0;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    //---------
    // forward
    // def poly6(r2: float, h: float) -> float:                                               <L 21>
    // h2 = h * h                                                                             <L 22>
    var_0 = wp::mul(var_h, var_h);
    // if r2 >= h2:                                                                           <L 23>
    var_1 = (var_r2 >= var_0);
    if (var_1) {
        // return 0.0                                                                         <L 24>
        return var_2;
    }
    // d = h2 - r2                                                                            <L 25>
    var_3 = wp::sub(var_0, var_r2);
    // return POLY6_COEFF / wp.pow(h, 9.0) * d * d * d                                        <L 26>
    var_6 = wp::pow(var_h, var_5);
    var_7 = wp::div(var_4, var_6);
    var_8 = wp::mul(var_7, var_3);
    var_9 = wp::mul(var_8, var_3);
    var_10 = wp::mul(var_9, var_3);
    return var_10;
}


// corpus/149_sph_grid_struct_params.py:29
static CUDA_CALLABLE wp::vec_t<3, wp::float32> spiky_grad_0(
    wp::vec_t<3, wp::float32> var_r,
    wp::float32 var_h)
{
    //---------
    // primal vars
    wp::float32 var_0;
    bool var_1;
    bool var_2;
    const wp::float32 var_3 = 1e-09;
    bool var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = -14.323944878270595;
    const wp::float32 var_8 = 6.0;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    //---------
    // forward
    // def spiky_grad(r: wp.vec3, h: float) -> wp.vec3:                                       <L 30>
    // l = wp.length(r)                                                                       <L 31>
    var_0 = wp::length(var_r);
    // if l >= h or l < 1.0e-9:                                                               <L 32>
    var_2 = (var_0 >= var_h);
    var_1 = var_2;
    if (!var_1) {
        var_4 = (var_0 < var_3);
        var_1 = var_1 || var_4;
    }
    if (var_1) {
        // return wp.vec3()                                                                   <L 33>
        var_5 = wp::vec_t<3, wp::float32>();
        return var_5;
    }
    // d = h - l                                                                              <L 34>
    var_6 = wp::sub(var_h, var_0);
    // return r * (SPIKY_COEFF / wp.pow(h, 6.0) * d * d / l)                                  <L 35>
    var_9 = wp::pow(var_h, var_8);
    var_10 = wp::div(var_7, var_9);
    var_11 = wp::mul(var_10, var_6);
    var_12 = wp::mul(var_11, var_6);
    var_13 = wp::div(var_12, var_0);
    var_14 = wp::mul(var_r, var_13);
    return var_14;
}


// corpus/149_sph_grid_struct_params.py:38
static CUDA_CALLABLE wp::float32 visc_lap_0(
    wp::float32 var_l,
    wp::float32 var_h)
{
    //---------
    // primal vars
    bool var_0;
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 14.323944878270595;
    const wp::float32 var_3 = 6.0;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // forward
    // def visc_lap(l: float, h: float) -> float:                                             <L 39>
    // if l >= h:                                                                             <L 40>
    var_0 = (var_l >= var_h);
    if (var_0) {
        // return 0.0                                                                         <L 41>
        return var_1;
    }
    // return VISC_COEFF / wp.pow(h, 6.0) * (h - l)                                           <L 42>
    var_4 = wp::pow(var_h, var_3);
    var_5 = wp::div(var_2, var_4);
    var_6 = wp::sub(var_h, var_l);
    var_7 = wp::mul(var_5, var_6);
    return var_7;
}


// corpus/149_sph_grid_struct_params.py:50
static CUDA_CALLABLE void adj_cell_coord_0(
    wp::vec_t<3, wp::float32> var_p,
    SPHParams_9810d148 var_params,
    wp::vec_t<3, wp::float32> & adj_p,
    SPHParams_9810d148 & adj_params,
    wp::vec_t<3, wp::int32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::int32 var_5;
    const wp::int32 var_6 = 1;
    wp::float32 var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 2;
    wp::float32 var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::int32 var_17;
    wp::vec_t<3, wp::int32> var_18;
    const wp::int32 var_19 = 0;
    wp::int32 var_20;
    const wp::int32 var_21 = 0;
    wp::vec_t<3, wp::int32>* var_22;
    wp::int32 var_23;
    wp::vec_t<3, wp::int32> var_24;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    wp::int32 var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    const wp::int32 var_30 = 0;
    wp::vec_t<3, wp::int32>* var_31;
    wp::int32 var_32;
    wp::vec_t<3, wp::int32> var_33;
    const wp::int32 var_34 = 1;
    wp::int32 var_35;
    wp::int32 var_36;
    const wp::int32 var_37 = 2;
    wp::int32 var_38;
    const wp::int32 var_39 = 0;
    wp::vec_t<3, wp::int32>* var_40;
    wp::int32 var_41;
    wp::vec_t<3, wp::int32> var_42;
    const wp::int32 var_43 = 1;
    wp::int32 var_44;
    wp::int32 var_45;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::vec_t<3, wp::int32> adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::vec_t<3, wp::int32> adj_22 = {};
    wp::int32 adj_23 = {};
    wp::vec_t<3, wp::int32> adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::vec_t<3, wp::int32> adj_31 = {};
    wp::int32 adj_32 = {};
    wp::vec_t<3, wp::int32> adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::vec_t<3, wp::int32> adj_40 = {};
    wp::int32 adj_41 = {};
    wp::vec_t<3, wp::int32> adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::int32 adj_45 = {};
    //---------
    // forward
    // def cell_coord(p: wp.vec3, params: SPHParams) -> wp.vec3i:                             <L 51>
    // c = wp.vec3i(int(p[0] / params.cell_size), int(p[1] / params.cell_size), int(p[2] / params.cell_size))       <L 52>
    var_1 = wp::extract(var_p, var_0);
    var_2 = &((var_params).cell_size);
    var_4 = wp::load(var_2);
    var_3 = wp::div(var_1, var_4);
    var_5 = wp::int(var_3);
    var_7 = wp::extract(var_p, var_6);
    var_8 = &((var_params).cell_size);
    var_10 = wp::load(var_8);
    var_9 = wp::div(var_7, var_10);
    var_11 = wp::int(var_9);
    var_13 = wp::extract(var_p, var_12);
    var_14 = &((var_params).cell_size);
    var_16 = wp::load(var_14);
    var_15 = wp::div(var_13, var_16);
    var_17 = wp::int(var_15);
    var_18 = wp::vec_t<3, wp::int32>(var_5, var_11, var_17);
    // for k in range(3):                                                                     <L 53>
    // c[k] = wp.clamp(c[k], 0, params.grid_dim[k] - 1)                                       <L 54>
    var_20 = wp::extract(var_18, var_19);
    var_22 = &((var_params).grid_dim);
    var_24 = wp::load(var_22);
    var_23 = wp::extract(var_24, var_19);
    var_26 = wp::sub(var_23, var_25);
    var_27 = wp::clamp(var_20, var_21, var_26);
    wp::assign_inplace(var_18, var_19, var_27);
    var_29 = wp::extract(var_18, var_28);
    var_31 = &((var_params).grid_dim);
    var_33 = wp::load(var_31);
    var_32 = wp::extract(var_33, var_28);
    var_35 = wp::sub(var_32, var_34);
    var_36 = wp::clamp(var_29, var_30, var_35);
    wp::assign_inplace(var_18, var_28, var_36);
    var_38 = wp::extract(var_18, var_37);
    var_40 = &((var_params).grid_dim);
    var_42 = wp::load(var_40);
    var_41 = wp::extract(var_42, var_37);
    var_44 = wp::sub(var_41, var_43);
    var_45 = wp::clamp(var_38, var_39, var_44);
    wp::assign_inplace(var_18, var_37, var_45);
    // return c                                                                               <L 55>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_18 += adj_ret;
    // adj: return c                                                                          <L 55>
    wp::adj_assign_inplace(var_18, var_37, var_45, adj_18, adj_37, adj_45);
    wp::adj_clamp(var_38, var_39, var_44, adj_38, adj_39, adj_44, adj_45);
    wp::adj_sub(var_41, var_43, adj_41, adj_43, adj_44);
    wp::adj_extract(var_42, var_37, adj_40, adj_37, adj_41);
    adj_params.grid_dim = adj_40;
    wp::adj_extract(var_18, var_37, adj_18, adj_37, adj_38);
    wp::adj_assign_inplace(var_18, var_28, var_36, adj_18, adj_28, adj_36);
    wp::adj_clamp(var_29, var_30, var_35, adj_29, adj_30, adj_35, adj_36);
    wp::adj_sub(var_32, var_34, adj_32, adj_34, adj_35);
    wp::adj_extract(var_33, var_28, adj_31, adj_28, adj_32);
    adj_params.grid_dim = adj_31;
    wp::adj_extract(var_18, var_28, adj_18, adj_28, adj_29);
    wp::adj_assign_inplace(var_18, var_19, var_27, adj_18, adj_19, adj_27);
    wp::adj_clamp(var_20, var_21, var_26, adj_20, adj_21, adj_26, adj_27);
    wp::adj_sub(var_23, var_25, adj_23, adj_25, adj_26);
    wp::adj_extract(var_24, var_19, adj_22, adj_19, adj_23);
    adj_params.grid_dim = adj_22;
    wp::adj_extract(var_18, var_19, adj_18, adj_19, adj_20);
    // adj: c[k] = wp.clamp(c[k], 0, params.grid_dim[k] - 1)                                  <L 54>
    // adj: for k in range(3):                                                                <L 53>
    wp::adj_vec_t(var_5, var_11, var_17, adj_5, adj_11, adj_17, adj_18);
    wp::adj_div(var_13, var_16, var_15, adj_13, adj_14, adj_15);
    adj_params.cell_size += adj_14;
    wp::adj_extract(var_p, var_12, adj_p, adj_12, adj_13);
    wp::adj_div(var_7, var_10, var_9, adj_7, adj_8, adj_9);
    adj_params.cell_size += adj_8;
    wp::adj_extract(var_p, var_6, adj_p, adj_6, adj_7);
    wp::adj_div(var_1, var_4, var_3, adj_1, adj_2, adj_3);
    adj_params.cell_size += adj_2;
    wp::adj_extract(var_p, var_0, adj_p, adj_0, adj_1);
    // adj: c = wp.vec3i(int(p[0] / params.cell_size), int(p[1] / params.cell_size), int(p[2] / params.cell_size))  <L 52>
    // adj: def cell_coord(p: wp.vec3, params: SPHParams) -> wp.vec3i:                        <L 51>
    return;
}


// corpus/149_sph_grid_struct_params.py:45
static CUDA_CALLABLE void adj_cell_index_0(
    wp::vec_t<3, wp::int32> var_c,
    wp::vec_t<3, wp::int32> var_dim,
    wp::vec_t<3, wp::int32> & adj_c,
    wp::vec_t<3, wp::int32> & adj_dim,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 2;
    wp::int32 var_1;
    const wp::int32 var_2 = 1;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 0;
    wp::int32 var_12;
    wp::int32 var_13;
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
    //---------
    // forward
    // def cell_index(c: wp.vec3i, dim: wp.vec3i) -> int:                                     <L 46>
    // return (c[2] * dim[1] + c[1]) * dim[0] + c[0]                                          <L 47>
    var_1 = wp::extract(var_c, var_0);
    var_3 = wp::extract(var_dim, var_2);
    var_4 = wp::mul(var_1, var_3);
    var_6 = wp::extract(var_c, var_5);
    var_7 = wp::add(var_4, var_6);
    var_9 = wp::extract(var_dim, var_8);
    var_10 = wp::mul(var_7, var_9);
    var_12 = wp::extract(var_c, var_11);
    var_13 = wp::add(var_10, var_12);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_13 += adj_ret;
    wp::adj_add(var_10, var_12, adj_10, adj_12, adj_13);
    wp::adj_extract(var_c, var_11, adj_c, adj_11, adj_12);
    wp::adj_mul(var_7, var_9, adj_7, adj_9, adj_10);
    wp::adj_extract(var_dim, var_8, adj_dim, adj_8, adj_9);
    wp::adj_add(var_4, var_6, adj_4, adj_6, adj_7);
    wp::adj_extract(var_c, var_5, adj_c, adj_5, adj_6);
    wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_4);
    wp::adj_extract(var_dim, var_2, adj_dim, adj_2, adj_3);
    wp::adj_extract(var_c, var_0, adj_c, adj_0, adj_1);
    // adj: return (c[2] * dim[1] + c[1]) * dim[0] + c[0]                                     <L 47>
    // adj: def cell_index(c: wp.vec3i, dim: wp.vec3i) -> int:                                <L 46>
    return;
}


// corpus/149_sph_grid_struct_params.py:20
static CUDA_CALLABLE void adj_poly6_0(
    wp::float32 var_r2,
    wp::float32 var_h,
    wp::float32 & adj_r2,
    wp::float32 & adj_h,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    bool var_1;
    const wp::float32 var_2 = 0.0;
    wp::float32 var_3;
    const wp::float32 var_4 = 1.5666814710608463;
    const wp::float32 var_5 = 9.0;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    bool adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    //---------
    // forward
    // def poly6(r2: float, h: float) -> float:                                               <L 21>
    // h2 = h * h                                                                             <L 22>
    var_0 = wp::mul(var_h, var_h);
    // if r2 >= h2:                                                                           <L 23>
    var_1 = (var_r2 >= var_0);
    if (var_1) {
        // return 0.0                                                                         <L 24>
        goto label0;
    }
    // d = h2 - r2                                                                            <L 25>
    var_3 = wp::sub(var_0, var_r2);
    // return POLY6_COEFF / wp.pow(h, 9.0) * d * d * d                                        <L 26>
    var_6 = wp::pow(var_h, var_5);
    var_7 = wp::div(var_4, var_6);
    var_8 = wp::mul(var_7, var_3);
    var_9 = wp::mul(var_8, var_3);
    var_10 = wp::mul(var_9, var_3);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_10 += adj_ret;
    wp::adj_mul(var_9, var_3, adj_9, adj_3, adj_10);
    wp::adj_mul(var_8, var_3, adj_8, adj_3, adj_9);
    wp::adj_mul(var_7, var_3, adj_7, adj_3, adj_8);
    wp::adj_div(var_4, var_6, var_7, adj_4, adj_6, adj_7);
    wp::adj_pow(var_h, var_5, var_6, adj_h, adj_5, adj_6);
    // adj: return POLY6_COEFF / wp.pow(h, 9.0) * d * d * d                                   <L 26>
    wp::adj_sub(var_0, var_r2, adj_0, adj_r2, adj_3);
    // adj: d = h2 - r2                                                                       <L 25>
    if (var_1) {
        label0:;
        adj_2 += adj_ret;
        // adj: return 0.0                                                                    <L 24>
    }
    // adj: if r2 >= h2:                                                                      <L 23>
    wp::adj_mul(var_h, var_h, adj_h, adj_h, adj_0);
    // adj: h2 = h * h                                                                        <L 22>
    // adj: def poly6(r2: float, h: float) -> float:                                          <L 21>
    return;
}


// corpus/149_sph_grid_struct_params.py:29
static CUDA_CALLABLE void adj_spiky_grad_0(
    wp::vec_t<3, wp::float32> var_r,
    wp::float32 var_h,
    wp::vec_t<3, wp::float32> & adj_r,
    wp::float32 & adj_h,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    bool var_1;
    bool var_2;
    const wp::float32 var_3 = 1e-09;
    bool var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = -14.323944878270595;
    const wp::float32 var_8 = 6.0;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    bool adj_1 = {};
    bool adj_2 = {};
    wp::float32 adj_3 = {};
    bool adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    //---------
    // forward
    // def spiky_grad(r: wp.vec3, h: float) -> wp.vec3:                                       <L 30>
    // l = wp.length(r)                                                                       <L 31>
    var_0 = wp::length(var_r);
    // if l >= h or l < 1.0e-9:                                                               <L 32>
    var_2 = (var_0 >= var_h);
    var_1 = var_2;
    if (!var_1) {
        var_4 = (var_0 < var_3);
        var_1 = var_1 || var_4;
    }
    if (var_1) {
        // return wp.vec3()                                                                   <L 33>
        var_5 = wp::vec_t<3, wp::float32>();
        goto label0;
    }
    // d = h - l                                                                              <L 34>
    var_6 = wp::sub(var_h, var_0);
    // return r * (SPIKY_COEFF / wp.pow(h, 6.0) * d * d / l)                                  <L 35>
    var_9 = wp::pow(var_h, var_8);
    var_10 = wp::div(var_7, var_9);
    var_11 = wp::mul(var_10, var_6);
    var_12 = wp::mul(var_11, var_6);
    var_13 = wp::div(var_12, var_0);
    var_14 = wp::mul(var_r, var_13);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_14 += adj_ret;
    wp::adj_mul(var_r, var_13, adj_r, adj_13, adj_14);
    wp::adj_div(var_12, var_0, var_13, adj_12, adj_0, adj_13);
    wp::adj_mul(var_11, var_6, adj_11, adj_6, adj_12);
    wp::adj_mul(var_10, var_6, adj_10, adj_6, adj_11);
    wp::adj_div(var_7, var_9, var_10, adj_7, adj_9, adj_10);
    wp::adj_pow(var_h, var_8, var_9, adj_h, adj_8, adj_9);
    // adj: return r * (SPIKY_COEFF / wp.pow(h, 6.0) * d * d / l)                             <L 35>
    wp::adj_sub(var_h, var_0, adj_h, adj_0, adj_6);
    // adj: d = h - l                                                                         <L 34>
    if (var_1) {
        label0:;
        adj_5 += adj_ret;
        // adj: return wp.vec3()                                                              <L 33>
    }
    if (!var_1) {
    }
    // adj: if l >= h or l < 1.0e-9:                                                          <L 32>
    wp::adj_length(var_r, var_0, adj_r, adj_0);
    // adj: l = wp.length(r)                                                                  <L 31>
    // adj: def spiky_grad(r: wp.vec3, h: float) -> wp.vec3:                                  <L 30>
    return;
}


// corpus/149_sph_grid_struct_params.py:38
static CUDA_CALLABLE void adj_visc_lap_0(
    wp::float32 var_l,
    wp::float32 var_h,
    wp::float32 & adj_l,
    wp::float32 & adj_h,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    bool var_0;
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 14.323944878270595;
    const wp::float32 var_3 = 6.0;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // dual vars
    bool adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    //---------
    // forward
    // def visc_lap(l: float, h: float) -> float:                                             <L 39>
    // if l >= h:                                                                             <L 40>
    var_0 = (var_l >= var_h);
    if (var_0) {
        // return 0.0                                                                         <L 41>
        goto label0;
    }
    // return VISC_COEFF / wp.pow(h, 6.0) * (h - l)                                           <L 42>
    var_4 = wp::pow(var_h, var_3);
    var_5 = wp::div(var_2, var_4);
    var_6 = wp::sub(var_h, var_l);
    var_7 = wp::mul(var_5, var_6);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_7 += adj_ret;
    wp::adj_mul(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_sub(var_h, var_l, adj_h, adj_l, adj_6);
    wp::adj_div(var_2, var_4, var_5, adj_2, adj_4, adj_5);
    wp::adj_pow(var_h, var_3, var_4, adj_h, adj_3, adj_4);
    // adj: return VISC_COEFF / wp.pow(h, 6.0) * (h - l)                                      <L 42>
    if (var_0) {
        label0:;
        adj_1 += adj_ret;
        // adj: return 0.0                                                                    <L 41>
    }
    // adj: if l >= h:                                                                        <L 40>
    // adj: def visc_lap(l: float, h: float) -> float:                                        <L 39>
    return;
}



extern "C" __global__ void count_cells_4b2de6dd_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    SPHParams_9810d148 var_params,
    wp::array_t<wp::int32> var_cell_count,
    wp::array_t<wp::int32> var_cell_of)
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
        wp::vec_t<3, wp::int32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::int32>* var_4;
        wp::int32 var_5;
        wp::vec_t<3, wp::int32> var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        //---------
        // forward
        // def count_cells(x: wp.array(dtype=wp.vec3), params: SPHParams, cell_count: wp.array(dtype=int), cell_of: wp.array(dtype=int)):       <L 59>
        // i = wp.tid()                                                                           <L 60>
        var_0 = builtin_tid1d();
        // c = cell_index(cell_coord(x[i], params), params.grid_dim)                              <L 61>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = cell_coord_0(var_3, var_params);
        var_4 = &((var_params).grid_dim);
        var_6 = wp::load(var_4);
        var_5 = cell_index_0(var_2, var_6);
        // cell_of[i] = c                                                                         <L 62>
        wp::array_store(var_cell_of, var_0, var_5);
        // wp.atomic_add(cell_count, c, 1)                                                        <L 63>
        var_8 = wp::atomic_add(var_cell_count, var_5, var_7);
    }
}



extern "C" __global__ void count_cells_4b2de6dd_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    SPHParams_9810d148 var_params,
    wp::array_t<wp::int32> var_cell_count,
    wp::array_t<wp::int32> var_cell_of,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    SPHParams_9810d148 adj_params,
    wp::array_t<wp::int32> adj_cell_count,
    wp::array_t<wp::int32> adj_cell_of)
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
        wp::vec_t<3, wp::int32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::int32>* var_4;
        wp::int32 var_5;
        wp::vec_t<3, wp::int32> var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::int32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::int32> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::vec_t<3, wp::int32> adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        //---------
        // forward
        // def count_cells(x: wp.array(dtype=wp.vec3), params: SPHParams, cell_count: wp.array(dtype=int), cell_of: wp.array(dtype=int)):       <L 59>
        // i = wp.tid()                                                                           <L 60>
        var_0 = builtin_tid1d();
        // c = cell_index(cell_coord(x[i], params), params.grid_dim)                              <L 61>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = cell_coord_0(var_3, var_params);
        var_4 = &((var_params).grid_dim);
        var_6 = wp::load(var_4);
        var_5 = cell_index_0(var_2, var_6);
        // cell_of[i] = c                                                                         <L 62>
        // wp::array_store(var_cell_of, var_0, var_5);
        // wp.atomic_add(cell_count, c, 1)                                                        <L 63>
        // var_8 = wp::atomic_add(var_cell_count, var_5, var_7);
        //---------
        // reverse
        wp::adj_atomic_add(var_cell_count, var_5, var_7, adj_cell_count, adj_5, adj_7, adj_8);
        // adj: wp.atomic_add(cell_count, c, 1)                                                   <L 63>
        wp::adj_array_store(var_cell_of, var_0, var_5, adj_cell_of, adj_0, adj_5);
        // adj: cell_of[i] = c                                                                    <L 62>
        adj_cell_index_0(var_2, var_6, adj_2, adj_4, adj_5);
        adj_params.grid_dim = adj_4;
        adj_cell_coord_0(var_3, var_params, adj_1, adj_params, adj_2);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
        // adj: c = cell_index(cell_coord(x[i], params), params.grid_dim)                         <L 61>
        // adj: i = wp.tid()                                                                      <L 60>
        // adj: def count_cells(x: wp.array(dtype=wp.vec3), params: SPHParams, cell_count: wp.array(dtype=int), cell_of: wp.array(dtype=int)):  <L 59>
        continue;
    }
}



extern "C" __global__ void density_pressure_dfff90fa_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    SPHParams_9810d148 var_params,
    wp::array_t<wp::int32> var_cell_start,
    wp::array_t<wp::int32> var_cell_count,
    wp::array_t<wp::int32> var_sorted_ids,
    wp::array_t<wp::float32> var_rho,
    wp::array_t<wp::float32> var_pressure)
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
        wp::vec_t<3, wp::int32> var_4;
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        const wp::int32 var_7 = -1;
        const wp::int32 var_8 = -1;
        const wp::int32 var_9 = -1;
        const wp::int32 var_10 = 2;
        wp::range_t var_11;
        wp::int32 var_12;
        const wp::int32 var_13 = 0;
        wp::int32 var_14;
        wp::int32 var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        wp::int32 var_18;
        const wp::int32 var_19 = 2;
        wp::int32 var_20;
        wp::int32 var_21;
        wp::vec_t<3, wp::int32> var_22;
        bool var_23;
        const wp::int32 var_24 = 0;
        wp::int32 var_25;
        const wp::int32 var_26 = 0;
        bool var_27;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        const wp::int32 var_30 = 0;
        bool var_31;
        const wp::int32 var_32 = 2;
        wp::int32 var_33;
        const wp::int32 var_34 = 0;
        bool var_35;
        bool var_36;
        const wp::int32 var_37 = 0;
        wp::int32 var_38;
        wp::vec_t<3, wp::int32>* var_39;
        const wp::int32 var_40 = 0;
        wp::int32 var_41;
        wp::vec_t<3, wp::int32> var_42;
        bool var_43;
        const wp::int32 var_44 = 1;
        wp::int32 var_45;
        wp::vec_t<3, wp::int32>* var_46;
        const wp::int32 var_47 = 1;
        wp::int32 var_48;
        wp::vec_t<3, wp::int32> var_49;
        bool var_50;
        const wp::int32 var_51 = 2;
        wp::int32 var_52;
        wp::vec_t<3, wp::int32>* var_53;
        const wp::int32 var_54 = 2;
        wp::int32 var_55;
        wp::vec_t<3, wp::int32> var_56;
        bool var_57;
        wp::vec_t<3, wp::int32>* var_58;
        wp::int32 var_59;
        wp::vec_t<3, wp::int32> var_60;
        wp::int32* var_61;
        wp::int32 var_62;
        wp::int32 var_63;
        wp::int32* var_64;
        wp::int32 var_65;
        wp::int32 var_66;
        wp::range_t var_67;
        wp::int32 var_68;
        wp::int32* var_69;
        wp::int32 var_70;
        wp::int32 var_71;
        wp::vec_t<3, wp::float32>* var_72;
        wp::vec_t<3, wp::float32> var_73;
        wp::vec_t<3, wp::float32> var_74;
        wp::float32* var_75;
        wp::float32 var_76;
        wp::float32* var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        wp::float32 var_80;
        wp::float32 var_81;
        wp::float32 var_82;
        const wp::int32 var_83 = 0;
        const wp::int32 var_84 = -1;
        const wp::int32 var_85 = 2;
        wp::range_t var_86;
        wp::int32 var_87;
        const wp::int32 var_88 = 0;
        wp::int32 var_89;
        wp::int32 var_90;
        const wp::int32 var_91 = 1;
        wp::int32 var_92;
        wp::int32 var_93;
        const wp::int32 var_94 = 2;
        wp::int32 var_95;
        wp::int32 var_96;
        wp::vec_t<3, wp::int32> var_97;
        bool var_98;
        const wp::int32 var_99 = 0;
        wp::int32 var_100;
        const wp::int32 var_101 = 0;
        bool var_102;
        const wp::int32 var_103 = 1;
        wp::int32 var_104;
        const wp::int32 var_105 = 0;
        bool var_106;
        const wp::int32 var_107 = 2;
        wp::int32 var_108;
        const wp::int32 var_109 = 0;
        bool var_110;
        wp::vec_t<3, wp::int32> var_111;
        bool var_112;
        const wp::int32 var_113 = 0;
        wp::int32 var_114;
        wp::vec_t<3, wp::int32>* var_115;
        const wp::int32 var_116 = 0;
        wp::int32 var_117;
        wp::vec_t<3, wp::int32> var_118;
        bool var_119;
        const wp::int32 var_120 = 1;
        wp::int32 var_121;
        wp::vec_t<3, wp::int32>* var_122;
        const wp::int32 var_123 = 1;
        wp::int32 var_124;
        wp::vec_t<3, wp::int32> var_125;
        bool var_126;
        const wp::int32 var_127 = 2;
        wp::int32 var_128;
        wp::vec_t<3, wp::int32>* var_129;
        const wp::int32 var_130 = 2;
        wp::int32 var_131;
        wp::vec_t<3, wp::int32> var_132;
        bool var_133;
        wp::vec_t<3, wp::int32> var_134;
        wp::vec_t<3, wp::int32>* var_135;
        wp::int32 var_136;
        wp::vec_t<3, wp::int32> var_137;
        wp::int32* var_138;
        wp::int32 var_139;
        wp::int32 var_140;
        wp::int32* var_141;
        wp::int32 var_142;
        wp::int32 var_143;
        wp::range_t var_144;
        wp::int32 var_145;
        wp::int32* var_146;
        wp::int32 var_147;
        wp::int32 var_148;
        wp::vec_t<3, wp::float32>* var_149;
        wp::vec_t<3, wp::float32> var_150;
        wp::vec_t<3, wp::float32> var_151;
        wp::float32* var_152;
        wp::float32 var_153;
        wp::float32* var_154;
        wp::float32 var_155;
        wp::float32 var_156;
        wp::float32 var_157;
        wp::float32 var_158;
        wp::float32 var_159;
        const wp::int32 var_160 = 1;
        const wp::int32 var_161 = -1;
        const wp::int32 var_162 = 2;
        wp::range_t var_163;
        wp::int32 var_164;
        const wp::int32 var_165 = 0;
        wp::int32 var_166;
        wp::int32 var_167;
        const wp::int32 var_168 = 1;
        wp::int32 var_169;
        wp::int32 var_170;
        const wp::int32 var_171 = 2;
        wp::int32 var_172;
        wp::int32 var_173;
        wp::vec_t<3, wp::int32> var_174;
        bool var_175;
        const wp::int32 var_176 = 0;
        wp::int32 var_177;
        const wp::int32 var_178 = 0;
        bool var_179;
        const wp::int32 var_180 = 1;
        wp::int32 var_181;
        const wp::int32 var_182 = 0;
        bool var_183;
        const wp::int32 var_184 = 2;
        wp::int32 var_185;
        const wp::int32 var_186 = 0;
        bool var_187;
        wp::vec_t<3, wp::int32> var_188;
        bool var_189;
        const wp::int32 var_190 = 0;
        wp::int32 var_191;
        wp::vec_t<3, wp::int32>* var_192;
        const wp::int32 var_193 = 0;
        wp::int32 var_194;
        wp::vec_t<3, wp::int32> var_195;
        bool var_196;
        const wp::int32 var_197 = 1;
        wp::int32 var_198;
        wp::vec_t<3, wp::int32>* var_199;
        const wp::int32 var_200 = 1;
        wp::int32 var_201;
        wp::vec_t<3, wp::int32> var_202;
        bool var_203;
        const wp::int32 var_204 = 2;
        wp::int32 var_205;
        wp::vec_t<3, wp::int32>* var_206;
        const wp::int32 var_207 = 2;
        wp::int32 var_208;
        wp::vec_t<3, wp::int32> var_209;
        bool var_210;
        wp::vec_t<3, wp::int32> var_211;
        wp::vec_t<3, wp::int32>* var_212;
        wp::int32 var_213;
        wp::vec_t<3, wp::int32> var_214;
        wp::int32* var_215;
        wp::int32 var_216;
        wp::int32 var_217;
        wp::int32* var_218;
        wp::int32 var_219;
        wp::int32 var_220;
        wp::range_t var_221;
        wp::int32 var_222;
        wp::int32* var_223;
        wp::int32 var_224;
        wp::int32 var_225;
        wp::vec_t<3, wp::float32>* var_226;
        wp::vec_t<3, wp::float32> var_227;
        wp::vec_t<3, wp::float32> var_228;
        wp::float32* var_229;
        wp::float32 var_230;
        wp::float32* var_231;
        wp::float32 var_232;
        wp::float32 var_233;
        wp::float32 var_234;
        wp::float32 var_235;
        wp::float32 var_236;
        const wp::int32 var_237 = 0;
        const wp::int32 var_238 = -1;
        const wp::int32 var_239 = -1;
        const wp::int32 var_240 = 2;
        wp::range_t var_241;
        wp::int32 var_242;
        const wp::int32 var_243 = 0;
        wp::int32 var_244;
        wp::int32 var_245;
        const wp::int32 var_246 = 1;
        wp::int32 var_247;
        wp::int32 var_248;
        const wp::int32 var_249 = 2;
        wp::int32 var_250;
        wp::int32 var_251;
        wp::vec_t<3, wp::int32> var_252;
        bool var_253;
        const wp::int32 var_254 = 0;
        wp::int32 var_255;
        const wp::int32 var_256 = 0;
        bool var_257;
        const wp::int32 var_258 = 1;
        wp::int32 var_259;
        const wp::int32 var_260 = 0;
        bool var_261;
        const wp::int32 var_262 = 2;
        wp::int32 var_263;
        const wp::int32 var_264 = 0;
        bool var_265;
        wp::vec_t<3, wp::int32> var_266;
        bool var_267;
        const wp::int32 var_268 = 0;
        wp::int32 var_269;
        wp::vec_t<3, wp::int32>* var_270;
        const wp::int32 var_271 = 0;
        wp::int32 var_272;
        wp::vec_t<3, wp::int32> var_273;
        bool var_274;
        const wp::int32 var_275 = 1;
        wp::int32 var_276;
        wp::vec_t<3, wp::int32>* var_277;
        const wp::int32 var_278 = 1;
        wp::int32 var_279;
        wp::vec_t<3, wp::int32> var_280;
        bool var_281;
        const wp::int32 var_282 = 2;
        wp::int32 var_283;
        wp::vec_t<3, wp::int32>* var_284;
        const wp::int32 var_285 = 2;
        wp::int32 var_286;
        wp::vec_t<3, wp::int32> var_287;
        bool var_288;
        wp::vec_t<3, wp::int32> var_289;
        wp::vec_t<3, wp::int32>* var_290;
        wp::int32 var_291;
        wp::vec_t<3, wp::int32> var_292;
        wp::int32* var_293;
        wp::int32 var_294;
        wp::int32 var_295;
        wp::int32* var_296;
        wp::int32 var_297;
        wp::int32 var_298;
        wp::range_t var_299;
        wp::int32 var_300;
        wp::int32* var_301;
        wp::int32 var_302;
        wp::int32 var_303;
        wp::vec_t<3, wp::float32>* var_304;
        wp::vec_t<3, wp::float32> var_305;
        wp::vec_t<3, wp::float32> var_306;
        wp::float32* var_307;
        wp::float32 var_308;
        wp::float32* var_309;
        wp::float32 var_310;
        wp::float32 var_311;
        wp::float32 var_312;
        wp::float32 var_313;
        wp::float32 var_314;
        const wp::int32 var_315 = 0;
        const wp::int32 var_316 = -1;
        const wp::int32 var_317 = 2;
        wp::range_t var_318;
        wp::int32 var_319;
        const wp::int32 var_320 = 0;
        wp::int32 var_321;
        wp::int32 var_322;
        const wp::int32 var_323 = 1;
        wp::int32 var_324;
        wp::int32 var_325;
        const wp::int32 var_326 = 2;
        wp::int32 var_327;
        wp::int32 var_328;
        wp::vec_t<3, wp::int32> var_329;
        bool var_330;
        const wp::int32 var_331 = 0;
        wp::int32 var_332;
        const wp::int32 var_333 = 0;
        bool var_334;
        const wp::int32 var_335 = 1;
        wp::int32 var_336;
        const wp::int32 var_337 = 0;
        bool var_338;
        const wp::int32 var_339 = 2;
        wp::int32 var_340;
        const wp::int32 var_341 = 0;
        bool var_342;
        wp::vec_t<3, wp::int32> var_343;
        bool var_344;
        const wp::int32 var_345 = 0;
        wp::int32 var_346;
        wp::vec_t<3, wp::int32>* var_347;
        const wp::int32 var_348 = 0;
        wp::int32 var_349;
        wp::vec_t<3, wp::int32> var_350;
        bool var_351;
        const wp::int32 var_352 = 1;
        wp::int32 var_353;
        wp::vec_t<3, wp::int32>* var_354;
        const wp::int32 var_355 = 1;
        wp::int32 var_356;
        wp::vec_t<3, wp::int32> var_357;
        bool var_358;
        const wp::int32 var_359 = 2;
        wp::int32 var_360;
        wp::vec_t<3, wp::int32>* var_361;
        const wp::int32 var_362 = 2;
        wp::int32 var_363;
        wp::vec_t<3, wp::int32> var_364;
        bool var_365;
        wp::vec_t<3, wp::int32> var_366;
        wp::vec_t<3, wp::int32>* var_367;
        wp::int32 var_368;
        wp::vec_t<3, wp::int32> var_369;
        wp::int32* var_370;
        wp::int32 var_371;
        wp::int32 var_372;
        wp::int32* var_373;
        wp::int32 var_374;
        wp::int32 var_375;
        wp::range_t var_376;
        wp::int32 var_377;
        wp::int32* var_378;
        wp::int32 var_379;
        wp::int32 var_380;
        wp::vec_t<3, wp::float32>* var_381;
        wp::vec_t<3, wp::float32> var_382;
        wp::vec_t<3, wp::float32> var_383;
        wp::float32* var_384;
        wp::float32 var_385;
        wp::float32* var_386;
        wp::float32 var_387;
        wp::float32 var_388;
        wp::float32 var_389;
        wp::float32 var_390;
        wp::float32 var_391;
        const wp::int32 var_392 = 1;
        const wp::int32 var_393 = -1;
        const wp::int32 var_394 = 2;
        wp::range_t var_395;
        wp::int32 var_396;
        const wp::int32 var_397 = 0;
        wp::int32 var_398;
        wp::int32 var_399;
        const wp::int32 var_400 = 1;
        wp::int32 var_401;
        wp::int32 var_402;
        const wp::int32 var_403 = 2;
        wp::int32 var_404;
        wp::int32 var_405;
        wp::vec_t<3, wp::int32> var_406;
        bool var_407;
        const wp::int32 var_408 = 0;
        wp::int32 var_409;
        const wp::int32 var_410 = 0;
        bool var_411;
        const wp::int32 var_412 = 1;
        wp::int32 var_413;
        const wp::int32 var_414 = 0;
        bool var_415;
        const wp::int32 var_416 = 2;
        wp::int32 var_417;
        const wp::int32 var_418 = 0;
        bool var_419;
        wp::vec_t<3, wp::int32> var_420;
        bool var_421;
        const wp::int32 var_422 = 0;
        wp::int32 var_423;
        wp::vec_t<3, wp::int32>* var_424;
        const wp::int32 var_425 = 0;
        wp::int32 var_426;
        wp::vec_t<3, wp::int32> var_427;
        bool var_428;
        const wp::int32 var_429 = 1;
        wp::int32 var_430;
        wp::vec_t<3, wp::int32>* var_431;
        const wp::int32 var_432 = 1;
        wp::int32 var_433;
        wp::vec_t<3, wp::int32> var_434;
        bool var_435;
        const wp::int32 var_436 = 2;
        wp::int32 var_437;
        wp::vec_t<3, wp::int32>* var_438;
        const wp::int32 var_439 = 2;
        wp::int32 var_440;
        wp::vec_t<3, wp::int32> var_441;
        bool var_442;
        wp::vec_t<3, wp::int32> var_443;
        wp::vec_t<3, wp::int32>* var_444;
        wp::int32 var_445;
        wp::vec_t<3, wp::int32> var_446;
        wp::int32* var_447;
        wp::int32 var_448;
        wp::int32 var_449;
        wp::int32* var_450;
        wp::int32 var_451;
        wp::int32 var_452;
        wp::range_t var_453;
        wp::int32 var_454;
        wp::int32* var_455;
        wp::int32 var_456;
        wp::int32 var_457;
        wp::vec_t<3, wp::float32>* var_458;
        wp::vec_t<3, wp::float32> var_459;
        wp::vec_t<3, wp::float32> var_460;
        wp::float32* var_461;
        wp::float32 var_462;
        wp::float32* var_463;
        wp::float32 var_464;
        wp::float32 var_465;
        wp::float32 var_466;
        wp::float32 var_467;
        wp::float32 var_468;
        const wp::int32 var_469 = 1;
        const wp::int32 var_470 = -1;
        const wp::int32 var_471 = -1;
        const wp::int32 var_472 = 2;
        wp::range_t var_473;
        wp::int32 var_474;
        const wp::int32 var_475 = 0;
        wp::int32 var_476;
        wp::int32 var_477;
        const wp::int32 var_478 = 1;
        wp::int32 var_479;
        wp::int32 var_480;
        const wp::int32 var_481 = 2;
        wp::int32 var_482;
        wp::int32 var_483;
        wp::vec_t<3, wp::int32> var_484;
        bool var_485;
        const wp::int32 var_486 = 0;
        wp::int32 var_487;
        const wp::int32 var_488 = 0;
        bool var_489;
        const wp::int32 var_490 = 1;
        wp::int32 var_491;
        const wp::int32 var_492 = 0;
        bool var_493;
        const wp::int32 var_494 = 2;
        wp::int32 var_495;
        const wp::int32 var_496 = 0;
        bool var_497;
        wp::vec_t<3, wp::int32> var_498;
        bool var_499;
        const wp::int32 var_500 = 0;
        wp::int32 var_501;
        wp::vec_t<3, wp::int32>* var_502;
        const wp::int32 var_503 = 0;
        wp::int32 var_504;
        wp::vec_t<3, wp::int32> var_505;
        bool var_506;
        const wp::int32 var_507 = 1;
        wp::int32 var_508;
        wp::vec_t<3, wp::int32>* var_509;
        const wp::int32 var_510 = 1;
        wp::int32 var_511;
        wp::vec_t<3, wp::int32> var_512;
        bool var_513;
        const wp::int32 var_514 = 2;
        wp::int32 var_515;
        wp::vec_t<3, wp::int32>* var_516;
        const wp::int32 var_517 = 2;
        wp::int32 var_518;
        wp::vec_t<3, wp::int32> var_519;
        bool var_520;
        wp::vec_t<3, wp::int32> var_521;
        wp::vec_t<3, wp::int32>* var_522;
        wp::int32 var_523;
        wp::vec_t<3, wp::int32> var_524;
        wp::int32* var_525;
        wp::int32 var_526;
        wp::int32 var_527;
        wp::int32* var_528;
        wp::int32 var_529;
        wp::int32 var_530;
        wp::range_t var_531;
        wp::int32 var_532;
        wp::int32* var_533;
        wp::int32 var_534;
        wp::int32 var_535;
        wp::vec_t<3, wp::float32>* var_536;
        wp::vec_t<3, wp::float32> var_537;
        wp::vec_t<3, wp::float32> var_538;
        wp::float32* var_539;
        wp::float32 var_540;
        wp::float32* var_541;
        wp::float32 var_542;
        wp::float32 var_543;
        wp::float32 var_544;
        wp::float32 var_545;
        wp::float32 var_546;
        const wp::int32 var_547 = 0;
        const wp::int32 var_548 = -1;
        const wp::int32 var_549 = 2;
        wp::range_t var_550;
        wp::int32 var_551;
        const wp::int32 var_552 = 0;
        wp::int32 var_553;
        wp::int32 var_554;
        const wp::int32 var_555 = 1;
        wp::int32 var_556;
        wp::int32 var_557;
        const wp::int32 var_558 = 2;
        wp::int32 var_559;
        wp::int32 var_560;
        wp::vec_t<3, wp::int32> var_561;
        bool var_562;
        const wp::int32 var_563 = 0;
        wp::int32 var_564;
        const wp::int32 var_565 = 0;
        bool var_566;
        const wp::int32 var_567 = 1;
        wp::int32 var_568;
        const wp::int32 var_569 = 0;
        bool var_570;
        const wp::int32 var_571 = 2;
        wp::int32 var_572;
        const wp::int32 var_573 = 0;
        bool var_574;
        wp::vec_t<3, wp::int32> var_575;
        bool var_576;
        const wp::int32 var_577 = 0;
        wp::int32 var_578;
        wp::vec_t<3, wp::int32>* var_579;
        const wp::int32 var_580 = 0;
        wp::int32 var_581;
        wp::vec_t<3, wp::int32> var_582;
        bool var_583;
        const wp::int32 var_584 = 1;
        wp::int32 var_585;
        wp::vec_t<3, wp::int32>* var_586;
        const wp::int32 var_587 = 1;
        wp::int32 var_588;
        wp::vec_t<3, wp::int32> var_589;
        bool var_590;
        const wp::int32 var_591 = 2;
        wp::int32 var_592;
        wp::vec_t<3, wp::int32>* var_593;
        const wp::int32 var_594 = 2;
        wp::int32 var_595;
        wp::vec_t<3, wp::int32> var_596;
        bool var_597;
        wp::vec_t<3, wp::int32> var_598;
        wp::vec_t<3, wp::int32>* var_599;
        wp::int32 var_600;
        wp::vec_t<3, wp::int32> var_601;
        wp::int32* var_602;
        wp::int32 var_603;
        wp::int32 var_604;
        wp::int32* var_605;
        wp::int32 var_606;
        wp::int32 var_607;
        wp::range_t var_608;
        wp::int32 var_609;
        wp::int32* var_610;
        wp::int32 var_611;
        wp::int32 var_612;
        wp::vec_t<3, wp::float32>* var_613;
        wp::vec_t<3, wp::float32> var_614;
        wp::vec_t<3, wp::float32> var_615;
        wp::float32* var_616;
        wp::float32 var_617;
        wp::float32* var_618;
        wp::float32 var_619;
        wp::float32 var_620;
        wp::float32 var_621;
        wp::float32 var_622;
        wp::float32 var_623;
        const wp::int32 var_624 = 1;
        const wp::int32 var_625 = -1;
        const wp::int32 var_626 = 2;
        wp::range_t var_627;
        wp::int32 var_628;
        const wp::int32 var_629 = 0;
        wp::int32 var_630;
        wp::int32 var_631;
        const wp::int32 var_632 = 1;
        wp::int32 var_633;
        wp::int32 var_634;
        const wp::int32 var_635 = 2;
        wp::int32 var_636;
        wp::int32 var_637;
        wp::vec_t<3, wp::int32> var_638;
        bool var_639;
        const wp::int32 var_640 = 0;
        wp::int32 var_641;
        const wp::int32 var_642 = 0;
        bool var_643;
        const wp::int32 var_644 = 1;
        wp::int32 var_645;
        const wp::int32 var_646 = 0;
        bool var_647;
        const wp::int32 var_648 = 2;
        wp::int32 var_649;
        const wp::int32 var_650 = 0;
        bool var_651;
        wp::vec_t<3, wp::int32> var_652;
        bool var_653;
        const wp::int32 var_654 = 0;
        wp::int32 var_655;
        wp::vec_t<3, wp::int32>* var_656;
        const wp::int32 var_657 = 0;
        wp::int32 var_658;
        wp::vec_t<3, wp::int32> var_659;
        bool var_660;
        const wp::int32 var_661 = 1;
        wp::int32 var_662;
        wp::vec_t<3, wp::int32>* var_663;
        const wp::int32 var_664 = 1;
        wp::int32 var_665;
        wp::vec_t<3, wp::int32> var_666;
        bool var_667;
        const wp::int32 var_668 = 2;
        wp::int32 var_669;
        wp::vec_t<3, wp::int32>* var_670;
        const wp::int32 var_671 = 2;
        wp::int32 var_672;
        wp::vec_t<3, wp::int32> var_673;
        bool var_674;
        wp::vec_t<3, wp::int32> var_675;
        wp::vec_t<3, wp::int32>* var_676;
        wp::int32 var_677;
        wp::vec_t<3, wp::int32> var_678;
        wp::int32* var_679;
        wp::int32 var_680;
        wp::int32 var_681;
        wp::int32* var_682;
        wp::int32 var_683;
        wp::int32 var_684;
        wp::range_t var_685;
        wp::int32 var_686;
        wp::int32* var_687;
        wp::int32 var_688;
        wp::int32 var_689;
        wp::vec_t<3, wp::float32>* var_690;
        wp::vec_t<3, wp::float32> var_691;
        wp::vec_t<3, wp::float32> var_692;
        wp::float32* var_693;
        wp::float32 var_694;
        wp::float32* var_695;
        wp::float32 var_696;
        wp::float32 var_697;
        wp::float32 var_698;
        wp::float32 var_699;
        wp::float32 var_700;
        wp::float32* var_701;
        wp::float32* var_702;
        wp::float32 var_703;
        wp::float32 var_704;
        wp::float32 var_705;
        wp::float32 var_706;
        const wp::float32 var_707 = 0.0;
        wp::float32 var_708;
        //---------
        // forward
        // def density_pressure(                                                                  <L 67>
        // i = wp.tid()                                                                           <L 76>
        var_0 = builtin_tid1d();
        // p = x[i]                                                                               <L 77>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // c = cell_coord(p, params)                                                              <L 78>
        var_4 = cell_coord_0(var_2, var_params);
        // d = float(0.0)                                                                         <L 79>
        var_6 = wp::float(var_5);
        // for dz in range(-1, 2):                                                                <L 80>
        // for dy in range(-1, 2):                                                                <L 81>
        // for dx in range(-1, 2):                                                                <L 82>
        var_11 = wp::range(var_9, var_10);
        start_for_0:;
            if (iter_cmp(var_11) == 0) goto end_for_0;
            var_12 = wp::iter_next(var_11);
            // nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                     <L 83>
            var_14 = wp::extract(var_4, var_13);
            var_15 = wp::add(var_14, var_12);
            var_17 = wp::extract(var_4, var_16);
            var_18 = wp::add(var_17, var_8);
            var_20 = wp::extract(var_4, var_19);
            var_21 = wp::add(var_20, var_7);
            var_22 = wp::vec_t<3, wp::int32>(var_15, var_18, var_21);
            // if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                            <L 84>
            var_25 = wp::extract(var_22, var_24);
            var_27 = (var_25 < var_26);
            var_23 = var_27;
            if (!var_23) {
                var_29 = wp::extract(var_22, var_28);
                var_31 = (var_29 < var_30);
                var_23 = var_23 || var_31;
            }
            if (!var_23) {
                var_33 = wp::extract(var_22, var_32);
                var_35 = (var_33 < var_34);
                var_23 = var_23 || var_35;
            }
            if (var_23) {
                // continue                                                                       <L 85>
                goto start_for_0;
            }
            // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
            var_38 = wp::extract(var_22, var_37);
            var_39 = &((var_params).grid_dim);
            var_42 = wp::load(var_39);
            var_41 = wp::extract(var_42, var_40);
            var_43 = (var_38 >= var_41);
            var_36 = var_43;
            if (!var_36) {
                var_45 = wp::extract(var_22, var_44);
                var_46 = &((var_params).grid_dim);
                var_49 = wp::load(var_46);
                var_48 = wp::extract(var_49, var_47);
                var_50 = (var_45 >= var_48);
                var_36 = var_36 || var_50;
            }
            if (!var_36) {
                var_52 = wp::extract(var_22, var_51);
                var_53 = &((var_params).grid_dim);
                var_56 = wp::load(var_53);
                var_55 = wp::extract(var_56, var_54);
                var_57 = (var_52 >= var_55);
                var_36 = var_36 || var_57;
            }
            if (var_36) {
                // continue                                                                       <L 87>
                goto start_for_0;
            }
            // ci = cell_index(nc, params.grid_dim)                                               <L 88>
            var_58 = &((var_params).grid_dim);
            var_60 = wp::load(var_58);
            var_59 = cell_index_0(var_22, var_60);
            // start = cell_start[ci]                                                             <L 89>
            var_61 = wp::address(var_cell_start, var_59);
            var_63 = wp::load(var_61);
            var_62 = wp::copy(var_63);
            // for k in range(start, start + cell_count[ci]):                                     <L 90>
            var_64 = wp::address(var_cell_count, var_59);
            var_66 = wp::load(var_64);
            var_65 = wp::add(var_62, var_66);
            var_67 = wp::range(var_62, var_65);
            start_for_2:;
                if (iter_cmp(var_67) == 0) goto end_for_2;
                var_68 = wp::iter_next(var_67);
                // j = sorted_ids[k]                                                              <L 91>
                var_69 = wp::address(var_sorted_ids, var_68);
                var_71 = wp::load(var_69);
                var_70 = wp::copy(var_71);
                // r = p - x[j]                                                                   <L 92>
                var_72 = wp::address(var_x, var_70);
                var_74 = wp::load(var_72);
                var_73 = wp::sub(var_2, var_74);
                // d += params.mass * poly6(wp.dot(r, r), params.h)                               <L 93>
                var_75 = &((var_params).mass);
                var_76 = wp::dot(var_73, var_73);
                var_77 = &((var_params).h);
                var_79 = wp::load(var_77);
                var_78 = poly6_0(var_76, var_79);
                var_81 = wp::load(var_75);
                var_80 = wp::mul(var_81, var_78);
                var_82 = wp::add(var_6, var_80);
                wp::assign(var_6, var_82);
                goto start_for_2;
            end_for_2:;
            goto start_for_0;
        end_for_0:;
        // for dx in range(-1, 2):                                                                <L 82>
        var_86 = wp::range(var_84, var_85);
        start_for_4:;
            if (iter_cmp(var_86) == 0) goto end_for_4;
            var_87 = wp::iter_next(var_86);
            // nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                     <L 83>
            var_89 = wp::extract(var_4, var_88);
            var_90 = wp::add(var_89, var_87);
            var_92 = wp::extract(var_4, var_91);
            var_93 = wp::add(var_92, var_83);
            var_95 = wp::extract(var_4, var_94);
            var_96 = wp::add(var_95, var_7);
            var_97 = wp::vec_t<3, wp::int32>(var_90, var_93, var_96);
            // if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                            <L 84>
            var_100 = wp::extract(var_97, var_99);
            var_102 = (var_100 < var_101);
            var_98 = var_102;
            if (!var_98) {
                var_104 = wp::extract(var_97, var_103);
                var_106 = (var_104 < var_105);
                var_98 = var_98 || var_106;
            }
            if (!var_98) {
                var_108 = wp::extract(var_97, var_107);
                var_110 = (var_108 < var_109);
                var_98 = var_98 || var_110;
            }
            if (var_98) {
                // continue                                                                       <L 85>
                wp::assign(var_22, var_97);
                goto start_for_4;
            }
            var_111 = wp::where(var_98, var_22, var_97);
            // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
            var_114 = wp::extract(var_111, var_113);
            var_115 = &((var_params).grid_dim);
            var_118 = wp::load(var_115);
            var_117 = wp::extract(var_118, var_116);
            var_119 = (var_114 >= var_117);
            var_112 = var_119;
            if (!var_112) {
                var_121 = wp::extract(var_111, var_120);
                var_122 = &((var_params).grid_dim);
                var_125 = wp::load(var_122);
                var_124 = wp::extract(var_125, var_123);
                var_126 = (var_121 >= var_124);
                var_112 = var_112 || var_126;
            }
            if (!var_112) {
                var_128 = wp::extract(var_111, var_127);
                var_129 = &((var_params).grid_dim);
                var_132 = wp::load(var_129);
                var_131 = wp::extract(var_132, var_130);
                var_133 = (var_128 >= var_131);
                var_112 = var_112 || var_133;
            }
            if (var_112) {
                // continue                                                                       <L 87>
                wp::assign(var_22, var_111);
                goto start_for_4;
            }
            var_134 = wp::where(var_112, var_22, var_111);
            // ci = cell_index(nc, params.grid_dim)                                               <L 88>
            var_135 = &((var_params).grid_dim);
            var_137 = wp::load(var_135);
            var_136 = cell_index_0(var_134, var_137);
            // start = cell_start[ci]                                                             <L 89>
            var_138 = wp::address(var_cell_start, var_136);
            var_140 = wp::load(var_138);
            var_139 = wp::copy(var_140);
            // for k in range(start, start + cell_count[ci]):                                     <L 90>
            var_141 = wp::address(var_cell_count, var_136);
            var_143 = wp::load(var_141);
            var_142 = wp::add(var_139, var_143);
            var_144 = wp::range(var_139, var_142);
            start_for_6:;
                if (iter_cmp(var_144) == 0) goto end_for_6;
                var_145 = wp::iter_next(var_144);
                // j = sorted_ids[k]                                                              <L 91>
                var_146 = wp::address(var_sorted_ids, var_145);
                var_148 = wp::load(var_146);
                var_147 = wp::copy(var_148);
                // r = p - x[j]                                                                   <L 92>
                var_149 = wp::address(var_x, var_147);
                var_151 = wp::load(var_149);
                var_150 = wp::sub(var_2, var_151);
                // d += params.mass * poly6(wp.dot(r, r), params.h)                               <L 93>
                var_152 = &((var_params).mass);
                var_153 = wp::dot(var_150, var_150);
                var_154 = &((var_params).h);
                var_156 = wp::load(var_154);
                var_155 = poly6_0(var_153, var_156);
                var_158 = wp::load(var_152);
                var_157 = wp::mul(var_158, var_155);
                var_159 = wp::add(var_6, var_157);
                wp::assign(var_6, var_159);
                wp::assign(var_70, var_147);
                wp::assign(var_73, var_150);
                goto start_for_6;
            end_for_6:;
            wp::assign(var_22, var_134);
            wp::assign(var_59, var_136);
            wp::assign(var_62, var_139);
            wp::assign(var_68, var_145);
            goto start_for_4;
        end_for_4:;
        // for dx in range(-1, 2):                                                                <L 82>
        var_163 = wp::range(var_161, var_162);
        start_for_8:;
            if (iter_cmp(var_163) == 0) goto end_for_8;
            var_164 = wp::iter_next(var_163);
            // nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                     <L 83>
            var_166 = wp::extract(var_4, var_165);
            var_167 = wp::add(var_166, var_164);
            var_169 = wp::extract(var_4, var_168);
            var_170 = wp::add(var_169, var_160);
            var_172 = wp::extract(var_4, var_171);
            var_173 = wp::add(var_172, var_7);
            var_174 = wp::vec_t<3, wp::int32>(var_167, var_170, var_173);
            // if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                            <L 84>
            var_177 = wp::extract(var_174, var_176);
            var_179 = (var_177 < var_178);
            var_175 = var_179;
            if (!var_175) {
                var_181 = wp::extract(var_174, var_180);
                var_183 = (var_181 < var_182);
                var_175 = var_175 || var_183;
            }
            if (!var_175) {
                var_185 = wp::extract(var_174, var_184);
                var_187 = (var_185 < var_186);
                var_175 = var_175 || var_187;
            }
            if (var_175) {
                // continue                                                                       <L 85>
                wp::assign(var_22, var_174);
                goto start_for_8;
            }
            var_188 = wp::where(var_175, var_22, var_174);
            // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
            var_191 = wp::extract(var_188, var_190);
            var_192 = &((var_params).grid_dim);
            var_195 = wp::load(var_192);
            var_194 = wp::extract(var_195, var_193);
            var_196 = (var_191 >= var_194);
            var_189 = var_196;
            if (!var_189) {
                var_198 = wp::extract(var_188, var_197);
                var_199 = &((var_params).grid_dim);
                var_202 = wp::load(var_199);
                var_201 = wp::extract(var_202, var_200);
                var_203 = (var_198 >= var_201);
                var_189 = var_189 || var_203;
            }
            if (!var_189) {
                var_205 = wp::extract(var_188, var_204);
                var_206 = &((var_params).grid_dim);
                var_209 = wp::load(var_206);
                var_208 = wp::extract(var_209, var_207);
                var_210 = (var_205 >= var_208);
                var_189 = var_189 || var_210;
            }
            if (var_189) {
                // continue                                                                       <L 87>
                wp::assign(var_22, var_188);
                goto start_for_8;
            }
            var_211 = wp::where(var_189, var_22, var_188);
            // ci = cell_index(nc, params.grid_dim)                                               <L 88>
            var_212 = &((var_params).grid_dim);
            var_214 = wp::load(var_212);
            var_213 = cell_index_0(var_211, var_214);
            // start = cell_start[ci]                                                             <L 89>
            var_215 = wp::address(var_cell_start, var_213);
            var_217 = wp::load(var_215);
            var_216 = wp::copy(var_217);
            // for k in range(start, start + cell_count[ci]):                                     <L 90>
            var_218 = wp::address(var_cell_count, var_213);
            var_220 = wp::load(var_218);
            var_219 = wp::add(var_216, var_220);
            var_221 = wp::range(var_216, var_219);
            start_for_10:;
                if (iter_cmp(var_221) == 0) goto end_for_10;
                var_222 = wp::iter_next(var_221);
                // j = sorted_ids[k]                                                              <L 91>
                var_223 = wp::address(var_sorted_ids, var_222);
                var_225 = wp::load(var_223);
                var_224 = wp::copy(var_225);
                // r = p - x[j]                                                                   <L 92>
                var_226 = wp::address(var_x, var_224);
                var_228 = wp::load(var_226);
                var_227 = wp::sub(var_2, var_228);
                // d += params.mass * poly6(wp.dot(r, r), params.h)                               <L 93>
                var_229 = &((var_params).mass);
                var_230 = wp::dot(var_227, var_227);
                var_231 = &((var_params).h);
                var_233 = wp::load(var_231);
                var_232 = poly6_0(var_230, var_233);
                var_235 = wp::load(var_229);
                var_234 = wp::mul(var_235, var_232);
                var_236 = wp::add(var_6, var_234);
                wp::assign(var_6, var_236);
                wp::assign(var_70, var_224);
                wp::assign(var_73, var_227);
                goto start_for_10;
            end_for_10:;
            wp::assign(var_22, var_211);
            wp::assign(var_59, var_213);
            wp::assign(var_62, var_216);
            wp::assign(var_68, var_222);
            goto start_for_8;
        end_for_8:;
        // for dy in range(-1, 2):                                                                <L 81>
        // for dx in range(-1, 2):                                                                <L 82>
        var_241 = wp::range(var_239, var_240);
        start_for_12:;
            if (iter_cmp(var_241) == 0) goto end_for_12;
            var_242 = wp::iter_next(var_241);
            // nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                     <L 83>
            var_244 = wp::extract(var_4, var_243);
            var_245 = wp::add(var_244, var_242);
            var_247 = wp::extract(var_4, var_246);
            var_248 = wp::add(var_247, var_238);
            var_250 = wp::extract(var_4, var_249);
            var_251 = wp::add(var_250, var_237);
            var_252 = wp::vec_t<3, wp::int32>(var_245, var_248, var_251);
            // if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                            <L 84>
            var_255 = wp::extract(var_252, var_254);
            var_257 = (var_255 < var_256);
            var_253 = var_257;
            if (!var_253) {
                var_259 = wp::extract(var_252, var_258);
                var_261 = (var_259 < var_260);
                var_253 = var_253 || var_261;
            }
            if (!var_253) {
                var_263 = wp::extract(var_252, var_262);
                var_265 = (var_263 < var_264);
                var_253 = var_253 || var_265;
            }
            if (var_253) {
                // continue                                                                       <L 85>
                wp::assign(var_22, var_252);
                goto start_for_12;
            }
            var_266 = wp::where(var_253, var_22, var_252);
            // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
            var_269 = wp::extract(var_266, var_268);
            var_270 = &((var_params).grid_dim);
            var_273 = wp::load(var_270);
            var_272 = wp::extract(var_273, var_271);
            var_274 = (var_269 >= var_272);
            var_267 = var_274;
            if (!var_267) {
                var_276 = wp::extract(var_266, var_275);
                var_277 = &((var_params).grid_dim);
                var_280 = wp::load(var_277);
                var_279 = wp::extract(var_280, var_278);
                var_281 = (var_276 >= var_279);
                var_267 = var_267 || var_281;
            }
            if (!var_267) {
                var_283 = wp::extract(var_266, var_282);
                var_284 = &((var_params).grid_dim);
                var_287 = wp::load(var_284);
                var_286 = wp::extract(var_287, var_285);
                var_288 = (var_283 >= var_286);
                var_267 = var_267 || var_288;
            }
            if (var_267) {
                // continue                                                                       <L 87>
                wp::assign(var_22, var_266);
                goto start_for_12;
            }
            var_289 = wp::where(var_267, var_22, var_266);
            // ci = cell_index(nc, params.grid_dim)                                               <L 88>
            var_290 = &((var_params).grid_dim);
            var_292 = wp::load(var_290);
            var_291 = cell_index_0(var_289, var_292);
            // start = cell_start[ci]                                                             <L 89>
            var_293 = wp::address(var_cell_start, var_291);
            var_295 = wp::load(var_293);
            var_294 = wp::copy(var_295);
            // for k in range(start, start + cell_count[ci]):                                     <L 90>
            var_296 = wp::address(var_cell_count, var_291);
            var_298 = wp::load(var_296);
            var_297 = wp::add(var_294, var_298);
            var_299 = wp::range(var_294, var_297);
            start_for_14:;
                if (iter_cmp(var_299) == 0) goto end_for_14;
                var_300 = wp::iter_next(var_299);
                // j = sorted_ids[k]                                                              <L 91>
                var_301 = wp::address(var_sorted_ids, var_300);
                var_303 = wp::load(var_301);
                var_302 = wp::copy(var_303);
                // r = p - x[j]                                                                   <L 92>
                var_304 = wp::address(var_x, var_302);
                var_306 = wp::load(var_304);
                var_305 = wp::sub(var_2, var_306);
                // d += params.mass * poly6(wp.dot(r, r), params.h)                               <L 93>
                var_307 = &((var_params).mass);
                var_308 = wp::dot(var_305, var_305);
                var_309 = &((var_params).h);
                var_311 = wp::load(var_309);
                var_310 = poly6_0(var_308, var_311);
                var_313 = wp::load(var_307);
                var_312 = wp::mul(var_313, var_310);
                var_314 = wp::add(var_6, var_312);
                wp::assign(var_6, var_314);
                wp::assign(var_70, var_302);
                wp::assign(var_73, var_305);
                goto start_for_14;
            end_for_14:;
            wp::assign(var_22, var_289);
            wp::assign(var_59, var_291);
            wp::assign(var_62, var_294);
            wp::assign(var_68, var_300);
            goto start_for_12;
        end_for_12:;
        // for dx in range(-1, 2):                                                                <L 82>
        var_318 = wp::range(var_316, var_317);
        start_for_16:;
            if (iter_cmp(var_318) == 0) goto end_for_16;
            var_319 = wp::iter_next(var_318);
            // nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                     <L 83>
            var_321 = wp::extract(var_4, var_320);
            var_322 = wp::add(var_321, var_319);
            var_324 = wp::extract(var_4, var_323);
            var_325 = wp::add(var_324, var_315);
            var_327 = wp::extract(var_4, var_326);
            var_328 = wp::add(var_327, var_237);
            var_329 = wp::vec_t<3, wp::int32>(var_322, var_325, var_328);
            // if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                            <L 84>
            var_332 = wp::extract(var_329, var_331);
            var_334 = (var_332 < var_333);
            var_330 = var_334;
            if (!var_330) {
                var_336 = wp::extract(var_329, var_335);
                var_338 = (var_336 < var_337);
                var_330 = var_330 || var_338;
            }
            if (!var_330) {
                var_340 = wp::extract(var_329, var_339);
                var_342 = (var_340 < var_341);
                var_330 = var_330 || var_342;
            }
            if (var_330) {
                // continue                                                                       <L 85>
                wp::assign(var_22, var_329);
                goto start_for_16;
            }
            var_343 = wp::where(var_330, var_22, var_329);
            // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
            var_346 = wp::extract(var_343, var_345);
            var_347 = &((var_params).grid_dim);
            var_350 = wp::load(var_347);
            var_349 = wp::extract(var_350, var_348);
            var_351 = (var_346 >= var_349);
            var_344 = var_351;
            if (!var_344) {
                var_353 = wp::extract(var_343, var_352);
                var_354 = &((var_params).grid_dim);
                var_357 = wp::load(var_354);
                var_356 = wp::extract(var_357, var_355);
                var_358 = (var_353 >= var_356);
                var_344 = var_344 || var_358;
            }
            if (!var_344) {
                var_360 = wp::extract(var_343, var_359);
                var_361 = &((var_params).grid_dim);
                var_364 = wp::load(var_361);
                var_363 = wp::extract(var_364, var_362);
                var_365 = (var_360 >= var_363);
                var_344 = var_344 || var_365;
            }
            if (var_344) {
                // continue                                                                       <L 87>
                wp::assign(var_22, var_343);
                goto start_for_16;
            }
            var_366 = wp::where(var_344, var_22, var_343);
            // ci = cell_index(nc, params.grid_dim)                                               <L 88>
            var_367 = &((var_params).grid_dim);
            var_369 = wp::load(var_367);
            var_368 = cell_index_0(var_366, var_369);
            // start = cell_start[ci]                                                             <L 89>
            var_370 = wp::address(var_cell_start, var_368);
            var_372 = wp::load(var_370);
            var_371 = wp::copy(var_372);
            // for k in range(start, start + cell_count[ci]):                                     <L 90>
            var_373 = wp::address(var_cell_count, var_368);
            var_375 = wp::load(var_373);
            var_374 = wp::add(var_371, var_375);
            var_376 = wp::range(var_371, var_374);
            start_for_18:;
                if (iter_cmp(var_376) == 0) goto end_for_18;
                var_377 = wp::iter_next(var_376);
                // j = sorted_ids[k]                                                              <L 91>
                var_378 = wp::address(var_sorted_ids, var_377);
                var_380 = wp::load(var_378);
                var_379 = wp::copy(var_380);
                // r = p - x[j]                                                                   <L 92>
                var_381 = wp::address(var_x, var_379);
                var_383 = wp::load(var_381);
                var_382 = wp::sub(var_2, var_383);
                // d += params.mass * poly6(wp.dot(r, r), params.h)                               <L 93>
                var_384 = &((var_params).mass);
                var_385 = wp::dot(var_382, var_382);
                var_386 = &((var_params).h);
                var_388 = wp::load(var_386);
                var_387 = poly6_0(var_385, var_388);
                var_390 = wp::load(var_384);
                var_389 = wp::mul(var_390, var_387);
                var_391 = wp::add(var_6, var_389);
                wp::assign(var_6, var_391);
                wp::assign(var_70, var_379);
                wp::assign(var_73, var_382);
                goto start_for_18;
            end_for_18:;
            wp::assign(var_22, var_366);
            wp::assign(var_59, var_368);
            wp::assign(var_62, var_371);
            wp::assign(var_68, var_377);
            goto start_for_16;
        end_for_16:;
        // for dx in range(-1, 2):                                                                <L 82>
        var_395 = wp::range(var_393, var_394);
        start_for_20:;
            if (iter_cmp(var_395) == 0) goto end_for_20;
            var_396 = wp::iter_next(var_395);
            // nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                     <L 83>
            var_398 = wp::extract(var_4, var_397);
            var_399 = wp::add(var_398, var_396);
            var_401 = wp::extract(var_4, var_400);
            var_402 = wp::add(var_401, var_392);
            var_404 = wp::extract(var_4, var_403);
            var_405 = wp::add(var_404, var_237);
            var_406 = wp::vec_t<3, wp::int32>(var_399, var_402, var_405);
            // if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                            <L 84>
            var_409 = wp::extract(var_406, var_408);
            var_411 = (var_409 < var_410);
            var_407 = var_411;
            if (!var_407) {
                var_413 = wp::extract(var_406, var_412);
                var_415 = (var_413 < var_414);
                var_407 = var_407 || var_415;
            }
            if (!var_407) {
                var_417 = wp::extract(var_406, var_416);
                var_419 = (var_417 < var_418);
                var_407 = var_407 || var_419;
            }
            if (var_407) {
                // continue                                                                       <L 85>
                wp::assign(var_22, var_406);
                goto start_for_20;
            }
            var_420 = wp::where(var_407, var_22, var_406);
            // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
            var_423 = wp::extract(var_420, var_422);
            var_424 = &((var_params).grid_dim);
            var_427 = wp::load(var_424);
            var_426 = wp::extract(var_427, var_425);
            var_428 = (var_423 >= var_426);
            var_421 = var_428;
            if (!var_421) {
                var_430 = wp::extract(var_420, var_429);
                var_431 = &((var_params).grid_dim);
                var_434 = wp::load(var_431);
                var_433 = wp::extract(var_434, var_432);
                var_435 = (var_430 >= var_433);
                var_421 = var_421 || var_435;
            }
            if (!var_421) {
                var_437 = wp::extract(var_420, var_436);
                var_438 = &((var_params).grid_dim);
                var_441 = wp::load(var_438);
                var_440 = wp::extract(var_441, var_439);
                var_442 = (var_437 >= var_440);
                var_421 = var_421 || var_442;
            }
            if (var_421) {
                // continue                                                                       <L 87>
                wp::assign(var_22, var_420);
                goto start_for_20;
            }
            var_443 = wp::where(var_421, var_22, var_420);
            // ci = cell_index(nc, params.grid_dim)                                               <L 88>
            var_444 = &((var_params).grid_dim);
            var_446 = wp::load(var_444);
            var_445 = cell_index_0(var_443, var_446);
            // start = cell_start[ci]                                                             <L 89>
            var_447 = wp::address(var_cell_start, var_445);
            var_449 = wp::load(var_447);
            var_448 = wp::copy(var_449);
            // for k in range(start, start + cell_count[ci]):                                     <L 90>
            var_450 = wp::address(var_cell_count, var_445);
            var_452 = wp::load(var_450);
            var_451 = wp::add(var_448, var_452);
            var_453 = wp::range(var_448, var_451);
            start_for_22:;
                if (iter_cmp(var_453) == 0) goto end_for_22;
                var_454 = wp::iter_next(var_453);
                // j = sorted_ids[k]                                                              <L 91>
                var_455 = wp::address(var_sorted_ids, var_454);
                var_457 = wp::load(var_455);
                var_456 = wp::copy(var_457);
                // r = p - x[j]                                                                   <L 92>
                var_458 = wp::address(var_x, var_456);
                var_460 = wp::load(var_458);
                var_459 = wp::sub(var_2, var_460);
                // d += params.mass * poly6(wp.dot(r, r), params.h)                               <L 93>
                var_461 = &((var_params).mass);
                var_462 = wp::dot(var_459, var_459);
                var_463 = &((var_params).h);
                var_465 = wp::load(var_463);
                var_464 = poly6_0(var_462, var_465);
                var_467 = wp::load(var_461);
                var_466 = wp::mul(var_467, var_464);
                var_468 = wp::add(var_6, var_466);
                wp::assign(var_6, var_468);
                wp::assign(var_70, var_456);
                wp::assign(var_73, var_459);
                goto start_for_22;
            end_for_22:;
            wp::assign(var_22, var_443);
            wp::assign(var_59, var_445);
            wp::assign(var_62, var_448);
            wp::assign(var_68, var_454);
            goto start_for_20;
        end_for_20:;
        // for dy in range(-1, 2):                                                                <L 81>
        // for dx in range(-1, 2):                                                                <L 82>
        var_473 = wp::range(var_471, var_472);
        start_for_24:;
            if (iter_cmp(var_473) == 0) goto end_for_24;
            var_474 = wp::iter_next(var_473);
            // nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                     <L 83>
            var_476 = wp::extract(var_4, var_475);
            var_477 = wp::add(var_476, var_474);
            var_479 = wp::extract(var_4, var_478);
            var_480 = wp::add(var_479, var_470);
            var_482 = wp::extract(var_4, var_481);
            var_483 = wp::add(var_482, var_469);
            var_484 = wp::vec_t<3, wp::int32>(var_477, var_480, var_483);
            // if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                            <L 84>
            var_487 = wp::extract(var_484, var_486);
            var_489 = (var_487 < var_488);
            var_485 = var_489;
            if (!var_485) {
                var_491 = wp::extract(var_484, var_490);
                var_493 = (var_491 < var_492);
                var_485 = var_485 || var_493;
            }
            if (!var_485) {
                var_495 = wp::extract(var_484, var_494);
                var_497 = (var_495 < var_496);
                var_485 = var_485 || var_497;
            }
            if (var_485) {
                // continue                                                                       <L 85>
                wp::assign(var_22, var_484);
                goto start_for_24;
            }
            var_498 = wp::where(var_485, var_22, var_484);
            // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
            var_501 = wp::extract(var_498, var_500);
            var_502 = &((var_params).grid_dim);
            var_505 = wp::load(var_502);
            var_504 = wp::extract(var_505, var_503);
            var_506 = (var_501 >= var_504);
            var_499 = var_506;
            if (!var_499) {
                var_508 = wp::extract(var_498, var_507);
                var_509 = &((var_params).grid_dim);
                var_512 = wp::load(var_509);
                var_511 = wp::extract(var_512, var_510);
                var_513 = (var_508 >= var_511);
                var_499 = var_499 || var_513;
            }
            if (!var_499) {
                var_515 = wp::extract(var_498, var_514);
                var_516 = &((var_params).grid_dim);
                var_519 = wp::load(var_516);
                var_518 = wp::extract(var_519, var_517);
                var_520 = (var_515 >= var_518);
                var_499 = var_499 || var_520;
            }
            if (var_499) {
                // continue                                                                       <L 87>
                wp::assign(var_22, var_498);
                goto start_for_24;
            }
            var_521 = wp::where(var_499, var_22, var_498);
            // ci = cell_index(nc, params.grid_dim)                                               <L 88>
            var_522 = &((var_params).grid_dim);
            var_524 = wp::load(var_522);
            var_523 = cell_index_0(var_521, var_524);
            // start = cell_start[ci]                                                             <L 89>
            var_525 = wp::address(var_cell_start, var_523);
            var_527 = wp::load(var_525);
            var_526 = wp::copy(var_527);
            // for k in range(start, start + cell_count[ci]):                                     <L 90>
            var_528 = wp::address(var_cell_count, var_523);
            var_530 = wp::load(var_528);
            var_529 = wp::add(var_526, var_530);
            var_531 = wp::range(var_526, var_529);
            start_for_26:;
                if (iter_cmp(var_531) == 0) goto end_for_26;
                var_532 = wp::iter_next(var_531);
                // j = sorted_ids[k]                                                              <L 91>
                var_533 = wp::address(var_sorted_ids, var_532);
                var_535 = wp::load(var_533);
                var_534 = wp::copy(var_535);
                // r = p - x[j]                                                                   <L 92>
                var_536 = wp::address(var_x, var_534);
                var_538 = wp::load(var_536);
                var_537 = wp::sub(var_2, var_538);
                // d += params.mass * poly6(wp.dot(r, r), params.h)                               <L 93>
                var_539 = &((var_params).mass);
                var_540 = wp::dot(var_537, var_537);
                var_541 = &((var_params).h);
                var_543 = wp::load(var_541);
                var_542 = poly6_0(var_540, var_543);
                var_545 = wp::load(var_539);
                var_544 = wp::mul(var_545, var_542);
                var_546 = wp::add(var_6, var_544);
                wp::assign(var_6, var_546);
                wp::assign(var_70, var_534);
                wp::assign(var_73, var_537);
                goto start_for_26;
            end_for_26:;
            wp::assign(var_22, var_521);
            wp::assign(var_59, var_523);
            wp::assign(var_62, var_526);
            wp::assign(var_68, var_532);
            goto start_for_24;
        end_for_24:;
        // for dx in range(-1, 2):                                                                <L 82>
        var_550 = wp::range(var_548, var_549);
        start_for_28:;
            if (iter_cmp(var_550) == 0) goto end_for_28;
            var_551 = wp::iter_next(var_550);
            // nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                     <L 83>
            var_553 = wp::extract(var_4, var_552);
            var_554 = wp::add(var_553, var_551);
            var_556 = wp::extract(var_4, var_555);
            var_557 = wp::add(var_556, var_547);
            var_559 = wp::extract(var_4, var_558);
            var_560 = wp::add(var_559, var_469);
            var_561 = wp::vec_t<3, wp::int32>(var_554, var_557, var_560);
            // if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                            <L 84>
            var_564 = wp::extract(var_561, var_563);
            var_566 = (var_564 < var_565);
            var_562 = var_566;
            if (!var_562) {
                var_568 = wp::extract(var_561, var_567);
                var_570 = (var_568 < var_569);
                var_562 = var_562 || var_570;
            }
            if (!var_562) {
                var_572 = wp::extract(var_561, var_571);
                var_574 = (var_572 < var_573);
                var_562 = var_562 || var_574;
            }
            if (var_562) {
                // continue                                                                       <L 85>
                wp::assign(var_22, var_561);
                goto start_for_28;
            }
            var_575 = wp::where(var_562, var_22, var_561);
            // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
            var_578 = wp::extract(var_575, var_577);
            var_579 = &((var_params).grid_dim);
            var_582 = wp::load(var_579);
            var_581 = wp::extract(var_582, var_580);
            var_583 = (var_578 >= var_581);
            var_576 = var_583;
            if (!var_576) {
                var_585 = wp::extract(var_575, var_584);
                var_586 = &((var_params).grid_dim);
                var_589 = wp::load(var_586);
                var_588 = wp::extract(var_589, var_587);
                var_590 = (var_585 >= var_588);
                var_576 = var_576 || var_590;
            }
            if (!var_576) {
                var_592 = wp::extract(var_575, var_591);
                var_593 = &((var_params).grid_dim);
                var_596 = wp::load(var_593);
                var_595 = wp::extract(var_596, var_594);
                var_597 = (var_592 >= var_595);
                var_576 = var_576 || var_597;
            }
            if (var_576) {
                // continue                                                                       <L 87>
                wp::assign(var_22, var_575);
                goto start_for_28;
            }
            var_598 = wp::where(var_576, var_22, var_575);
            // ci = cell_index(nc, params.grid_dim)                                               <L 88>
            var_599 = &((var_params).grid_dim);
            var_601 = wp::load(var_599);
            var_600 = cell_index_0(var_598, var_601);
            // start = cell_start[ci]                                                             <L 89>
            var_602 = wp::address(var_cell_start, var_600);
            var_604 = wp::load(var_602);
            var_603 = wp::copy(var_604);
            // for k in range(start, start + cell_count[ci]):                                     <L 90>
            var_605 = wp::address(var_cell_count, var_600);
            var_607 = wp::load(var_605);
            var_606 = wp::add(var_603, var_607);
            var_608 = wp::range(var_603, var_606);
            start_for_30:;
                if (iter_cmp(var_608) == 0) goto end_for_30;
                var_609 = wp::iter_next(var_608);
                // j = sorted_ids[k]                                                              <L 91>
                var_610 = wp::address(var_sorted_ids, var_609);
                var_612 = wp::load(var_610);
                var_611 = wp::copy(var_612);
                // r = p - x[j]                                                                   <L 92>
                var_613 = wp::address(var_x, var_611);
                var_615 = wp::load(var_613);
                var_614 = wp::sub(var_2, var_615);
                // d += params.mass * poly6(wp.dot(r, r), params.h)                               <L 93>
                var_616 = &((var_params).mass);
                var_617 = wp::dot(var_614, var_614);
                var_618 = &((var_params).h);
                var_620 = wp::load(var_618);
                var_619 = poly6_0(var_617, var_620);
                var_622 = wp::load(var_616);
                var_621 = wp::mul(var_622, var_619);
                var_623 = wp::add(var_6, var_621);
                wp::assign(var_6, var_623);
                wp::assign(var_70, var_611);
                wp::assign(var_73, var_614);
                goto start_for_30;
            end_for_30:;
            wp::assign(var_22, var_598);
            wp::assign(var_59, var_600);
            wp::assign(var_62, var_603);
            wp::assign(var_68, var_609);
            goto start_for_28;
        end_for_28:;
        // for dx in range(-1, 2):                                                                <L 82>
        var_627 = wp::range(var_625, var_626);
        start_for_32:;
            if (iter_cmp(var_627) == 0) goto end_for_32;
            var_628 = wp::iter_next(var_627);
            // nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                     <L 83>
            var_630 = wp::extract(var_4, var_629);
            var_631 = wp::add(var_630, var_628);
            var_633 = wp::extract(var_4, var_632);
            var_634 = wp::add(var_633, var_624);
            var_636 = wp::extract(var_4, var_635);
            var_637 = wp::add(var_636, var_469);
            var_638 = wp::vec_t<3, wp::int32>(var_631, var_634, var_637);
            // if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                            <L 84>
            var_641 = wp::extract(var_638, var_640);
            var_643 = (var_641 < var_642);
            var_639 = var_643;
            if (!var_639) {
                var_645 = wp::extract(var_638, var_644);
                var_647 = (var_645 < var_646);
                var_639 = var_639 || var_647;
            }
            if (!var_639) {
                var_649 = wp::extract(var_638, var_648);
                var_651 = (var_649 < var_650);
                var_639 = var_639 || var_651;
            }
            if (var_639) {
                // continue                                                                       <L 85>
                wp::assign(var_22, var_638);
                goto start_for_32;
            }
            var_652 = wp::where(var_639, var_22, var_638);
            // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
            var_655 = wp::extract(var_652, var_654);
            var_656 = &((var_params).grid_dim);
            var_659 = wp::load(var_656);
            var_658 = wp::extract(var_659, var_657);
            var_660 = (var_655 >= var_658);
            var_653 = var_660;
            if (!var_653) {
                var_662 = wp::extract(var_652, var_661);
                var_663 = &((var_params).grid_dim);
                var_666 = wp::load(var_663);
                var_665 = wp::extract(var_666, var_664);
                var_667 = (var_662 >= var_665);
                var_653 = var_653 || var_667;
            }
            if (!var_653) {
                var_669 = wp::extract(var_652, var_668);
                var_670 = &((var_params).grid_dim);
                var_673 = wp::load(var_670);
                var_672 = wp::extract(var_673, var_671);
                var_674 = (var_669 >= var_672);
                var_653 = var_653 || var_674;
            }
            if (var_653) {
                // continue                                                                       <L 87>
                wp::assign(var_22, var_652);
                goto start_for_32;
            }
            var_675 = wp::where(var_653, var_22, var_652);
            // ci = cell_index(nc, params.grid_dim)                                               <L 88>
            var_676 = &((var_params).grid_dim);
            var_678 = wp::load(var_676);
            var_677 = cell_index_0(var_675, var_678);
            // start = cell_start[ci]                                                             <L 89>
            var_679 = wp::address(var_cell_start, var_677);
            var_681 = wp::load(var_679);
            var_680 = wp::copy(var_681);
            // for k in range(start, start + cell_count[ci]):                                     <L 90>
            var_682 = wp::address(var_cell_count, var_677);
            var_684 = wp::load(var_682);
            var_683 = wp::add(var_680, var_684);
            var_685 = wp::range(var_680, var_683);
            start_for_34:;
                if (iter_cmp(var_685) == 0) goto end_for_34;
                var_686 = wp::iter_next(var_685);
                // j = sorted_ids[k]                                                              <L 91>
                var_687 = wp::address(var_sorted_ids, var_686);
                var_689 = wp::load(var_687);
                var_688 = wp::copy(var_689);
                // r = p - x[j]                                                                   <L 92>
                var_690 = wp::address(var_x, var_688);
                var_692 = wp::load(var_690);
                var_691 = wp::sub(var_2, var_692);
                // d += params.mass * poly6(wp.dot(r, r), params.h)                               <L 93>
                var_693 = &((var_params).mass);
                var_694 = wp::dot(var_691, var_691);
                var_695 = &((var_params).h);
                var_697 = wp::load(var_695);
                var_696 = poly6_0(var_694, var_697);
                var_699 = wp::load(var_693);
                var_698 = wp::mul(var_699, var_696);
                var_700 = wp::add(var_6, var_698);
                wp::assign(var_6, var_700);
                wp::assign(var_70, var_688);
                wp::assign(var_73, var_691);
                goto start_for_34;
            end_for_34:;
            wp::assign(var_22, var_675);
            wp::assign(var_59, var_677);
            wp::assign(var_62, var_680);
            wp::assign(var_68, var_686);
            goto start_for_32;
        end_for_32:;
        // rho[i] = d                                                                             <L 94>
        wp::array_store(var_rho, var_0, var_6);
        // pressure[i] = wp.max(params.stiffness * (d - params.rest_density), 0.0)                <L 95>
        var_701 = &((var_params).stiffness);
        var_702 = &((var_params).rest_density);
        var_704 = wp::load(var_702);
        var_703 = wp::sub(var_6, var_704);
        var_706 = wp::load(var_701);
        var_705 = wp::mul(var_706, var_703);
        var_708 = wp::max(var_705, var_707);
        wp::array_store(var_pressure, var_0, var_708);
    }
}



extern "C" __global__ void density_pressure_dfff90fa_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    SPHParams_9810d148 var_params,
    wp::array_t<wp::int32> var_cell_start,
    wp::array_t<wp::int32> var_cell_count,
    wp::array_t<wp::int32> var_sorted_ids,
    wp::array_t<wp::float32> var_rho,
    wp::array_t<wp::float32> var_pressure,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    SPHParams_9810d148 adj_params,
    wp::array_t<wp::int32> adj_cell_start,
    wp::array_t<wp::int32> adj_cell_count,
    wp::array_t<wp::int32> adj_sorted_ids,
    wp::array_t<wp::float32> adj_rho,
    wp::array_t<wp::float32> adj_pressure)
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
        wp::vec_t<3, wp::int32> var_4;
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        const wp::int32 var_7 = -1;
        const wp::int32 var_8 = -1;
        const wp::int32 var_9 = -1;
        const wp::int32 var_10 = 2;
        wp::range_t var_11;
        wp::int32 var_12;
        const wp::int32 var_13 = 0;
        wp::int32 var_14;
        wp::int32 var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        wp::int32 var_18;
        const wp::int32 var_19 = 2;
        wp::int32 var_20;
        wp::int32 var_21;
        wp::vec_t<3, wp::int32> var_22;
        bool var_23;
        const wp::int32 var_24 = 0;
        wp::int32 var_25;
        const wp::int32 var_26 = 0;
        bool var_27;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        const wp::int32 var_30 = 0;
        bool var_31;
        const wp::int32 var_32 = 2;
        wp::int32 var_33;
        const wp::int32 var_34 = 0;
        bool var_35;
        bool var_36;
        const wp::int32 var_37 = 0;
        wp::int32 var_38;
        wp::vec_t<3, wp::int32>* var_39;
        const wp::int32 var_40 = 0;
        wp::int32 var_41;
        wp::vec_t<3, wp::int32> var_42;
        bool var_43;
        const wp::int32 var_44 = 1;
        wp::int32 var_45;
        wp::vec_t<3, wp::int32>* var_46;
        const wp::int32 var_47 = 1;
        wp::int32 var_48;
        wp::vec_t<3, wp::int32> var_49;
        bool var_50;
        const wp::int32 var_51 = 2;
        wp::int32 var_52;
        wp::vec_t<3, wp::int32>* var_53;
        const wp::int32 var_54 = 2;
        wp::int32 var_55;
        wp::vec_t<3, wp::int32> var_56;
        bool var_57;
        wp::vec_t<3, wp::int32>* var_58;
        wp::int32 var_59;
        wp::vec_t<3, wp::int32> var_60;
        wp::int32* var_61;
        wp::int32 var_62;
        wp::int32 var_63;
        wp::int32* var_64;
        wp::int32 var_65;
        wp::int32 var_66;
        wp::range_t var_67;
        wp::int32 var_68;
        wp::int32* var_69;
        wp::int32 var_70;
        wp::int32 var_71;
        wp::vec_t<3, wp::float32>* var_72;
        wp::vec_t<3, wp::float32> var_73;
        wp::vec_t<3, wp::float32> var_74;
        wp::float32* var_75;
        wp::float32 var_76;
        wp::float32* var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        wp::float32 var_80;
        wp::float32 var_81;
        wp::float32 var_82;
        const wp::int32 var_83 = 0;
        const wp::int32 var_84 = -1;
        const wp::int32 var_85 = 2;
        wp::range_t var_86;
        wp::int32 var_87;
        const wp::int32 var_88 = 0;
        wp::int32 var_89;
        wp::int32 var_90;
        const wp::int32 var_91 = 1;
        wp::int32 var_92;
        wp::int32 var_93;
        const wp::int32 var_94 = 2;
        wp::int32 var_95;
        wp::int32 var_96;
        wp::vec_t<3, wp::int32> var_97;
        bool var_98;
        const wp::int32 var_99 = 0;
        wp::int32 var_100;
        const wp::int32 var_101 = 0;
        bool var_102;
        const wp::int32 var_103 = 1;
        wp::int32 var_104;
        const wp::int32 var_105 = 0;
        bool var_106;
        const wp::int32 var_107 = 2;
        wp::int32 var_108;
        const wp::int32 var_109 = 0;
        bool var_110;
        wp::vec_t<3, wp::int32> var_111;
        bool var_112;
        const wp::int32 var_113 = 0;
        wp::int32 var_114;
        wp::vec_t<3, wp::int32>* var_115;
        const wp::int32 var_116 = 0;
        wp::int32 var_117;
        wp::vec_t<3, wp::int32> var_118;
        bool var_119;
        const wp::int32 var_120 = 1;
        wp::int32 var_121;
        wp::vec_t<3, wp::int32>* var_122;
        const wp::int32 var_123 = 1;
        wp::int32 var_124;
        wp::vec_t<3, wp::int32> var_125;
        bool var_126;
        const wp::int32 var_127 = 2;
        wp::int32 var_128;
        wp::vec_t<3, wp::int32>* var_129;
        const wp::int32 var_130 = 2;
        wp::int32 var_131;
        wp::vec_t<3, wp::int32> var_132;
        bool var_133;
        wp::vec_t<3, wp::int32> var_134;
        wp::vec_t<3, wp::int32>* var_135;
        wp::int32 var_136;
        wp::vec_t<3, wp::int32> var_137;
        wp::int32* var_138;
        wp::int32 var_139;
        wp::int32 var_140;
        wp::int32* var_141;
        wp::int32 var_142;
        wp::int32 var_143;
        wp::range_t var_144;
        wp::int32 var_145;
        wp::int32* var_146;
        wp::int32 var_147;
        wp::int32 var_148;
        wp::vec_t<3, wp::float32>* var_149;
        wp::vec_t<3, wp::float32> var_150;
        wp::vec_t<3, wp::float32> var_151;
        wp::float32* var_152;
        wp::float32 var_153;
        wp::float32* var_154;
        wp::float32 var_155;
        wp::float32 var_156;
        wp::float32 var_157;
        wp::float32 var_158;
        wp::float32 var_159;
        const wp::int32 var_160 = 1;
        const wp::int32 var_161 = -1;
        const wp::int32 var_162 = 2;
        wp::range_t var_163;
        wp::int32 var_164;
        const wp::int32 var_165 = 0;
        wp::int32 var_166;
        wp::int32 var_167;
        const wp::int32 var_168 = 1;
        wp::int32 var_169;
        wp::int32 var_170;
        const wp::int32 var_171 = 2;
        wp::int32 var_172;
        wp::int32 var_173;
        wp::vec_t<3, wp::int32> var_174;
        bool var_175;
        const wp::int32 var_176 = 0;
        wp::int32 var_177;
        const wp::int32 var_178 = 0;
        bool var_179;
        const wp::int32 var_180 = 1;
        wp::int32 var_181;
        const wp::int32 var_182 = 0;
        bool var_183;
        const wp::int32 var_184 = 2;
        wp::int32 var_185;
        const wp::int32 var_186 = 0;
        bool var_187;
        wp::vec_t<3, wp::int32> var_188;
        bool var_189;
        const wp::int32 var_190 = 0;
        wp::int32 var_191;
        wp::vec_t<3, wp::int32>* var_192;
        const wp::int32 var_193 = 0;
        wp::int32 var_194;
        wp::vec_t<3, wp::int32> var_195;
        bool var_196;
        const wp::int32 var_197 = 1;
        wp::int32 var_198;
        wp::vec_t<3, wp::int32>* var_199;
        const wp::int32 var_200 = 1;
        wp::int32 var_201;
        wp::vec_t<3, wp::int32> var_202;
        bool var_203;
        const wp::int32 var_204 = 2;
        wp::int32 var_205;
        wp::vec_t<3, wp::int32>* var_206;
        const wp::int32 var_207 = 2;
        wp::int32 var_208;
        wp::vec_t<3, wp::int32> var_209;
        bool var_210;
        wp::vec_t<3, wp::int32> var_211;
        wp::vec_t<3, wp::int32>* var_212;
        wp::int32 var_213;
        wp::vec_t<3, wp::int32> var_214;
        wp::int32* var_215;
        wp::int32 var_216;
        wp::int32 var_217;
        wp::int32* var_218;
        wp::int32 var_219;
        wp::int32 var_220;
        wp::range_t var_221;
        wp::int32 var_222;
        wp::int32* var_223;
        wp::int32 var_224;
        wp::int32 var_225;
        wp::vec_t<3, wp::float32>* var_226;
        wp::vec_t<3, wp::float32> var_227;
        wp::vec_t<3, wp::float32> var_228;
        wp::float32* var_229;
        wp::float32 var_230;
        wp::float32* var_231;
        wp::float32 var_232;
        wp::float32 var_233;
        wp::float32 var_234;
        wp::float32 var_235;
        wp::float32 var_236;
        const wp::int32 var_237 = 0;
        const wp::int32 var_238 = -1;
        const wp::int32 var_239 = -1;
        const wp::int32 var_240 = 2;
        wp::range_t var_241;
        wp::int32 var_242;
        const wp::int32 var_243 = 0;
        wp::int32 var_244;
        wp::int32 var_245;
        const wp::int32 var_246 = 1;
        wp::int32 var_247;
        wp::int32 var_248;
        const wp::int32 var_249 = 2;
        wp::int32 var_250;
        wp::int32 var_251;
        wp::vec_t<3, wp::int32> var_252;
        bool var_253;
        const wp::int32 var_254 = 0;
        wp::int32 var_255;
        const wp::int32 var_256 = 0;
        bool var_257;
        const wp::int32 var_258 = 1;
        wp::int32 var_259;
        const wp::int32 var_260 = 0;
        bool var_261;
        const wp::int32 var_262 = 2;
        wp::int32 var_263;
        const wp::int32 var_264 = 0;
        bool var_265;
        wp::vec_t<3, wp::int32> var_266;
        bool var_267;
        const wp::int32 var_268 = 0;
        wp::int32 var_269;
        wp::vec_t<3, wp::int32>* var_270;
        const wp::int32 var_271 = 0;
        wp::int32 var_272;
        wp::vec_t<3, wp::int32> var_273;
        bool var_274;
        const wp::int32 var_275 = 1;
        wp::int32 var_276;
        wp::vec_t<3, wp::int32>* var_277;
        const wp::int32 var_278 = 1;
        wp::int32 var_279;
        wp::vec_t<3, wp::int32> var_280;
        bool var_281;
        const wp::int32 var_282 = 2;
        wp::int32 var_283;
        wp::vec_t<3, wp::int32>* var_284;
        const wp::int32 var_285 = 2;
        wp::int32 var_286;
        wp::vec_t<3, wp::int32> var_287;
        bool var_288;
        wp::vec_t<3, wp::int32> var_289;
        wp::vec_t<3, wp::int32>* var_290;
        wp::int32 var_291;
        wp::vec_t<3, wp::int32> var_292;
        wp::int32* var_293;
        wp::int32 var_294;
        wp::int32 var_295;
        wp::int32* var_296;
        wp::int32 var_297;
        wp::int32 var_298;
        wp::range_t var_299;
        wp::int32 var_300;
        wp::int32* var_301;
        wp::int32 var_302;
        wp::int32 var_303;
        wp::vec_t<3, wp::float32>* var_304;
        wp::vec_t<3, wp::float32> var_305;
        wp::vec_t<3, wp::float32> var_306;
        wp::float32* var_307;
        wp::float32 var_308;
        wp::float32* var_309;
        wp::float32 var_310;
        wp::float32 var_311;
        wp::float32 var_312;
        wp::float32 var_313;
        wp::float32 var_314;
        const wp::int32 var_315 = 0;
        const wp::int32 var_316 = -1;
        const wp::int32 var_317 = 2;
        wp::range_t var_318;
        wp::int32 var_319;
        const wp::int32 var_320 = 0;
        wp::int32 var_321;
        wp::int32 var_322;
        const wp::int32 var_323 = 1;
        wp::int32 var_324;
        wp::int32 var_325;
        const wp::int32 var_326 = 2;
        wp::int32 var_327;
        wp::int32 var_328;
        wp::vec_t<3, wp::int32> var_329;
        bool var_330;
        const wp::int32 var_331 = 0;
        wp::int32 var_332;
        const wp::int32 var_333 = 0;
        bool var_334;
        const wp::int32 var_335 = 1;
        wp::int32 var_336;
        const wp::int32 var_337 = 0;
        bool var_338;
        const wp::int32 var_339 = 2;
        wp::int32 var_340;
        const wp::int32 var_341 = 0;
        bool var_342;
        wp::vec_t<3, wp::int32> var_343;
        bool var_344;
        const wp::int32 var_345 = 0;
        wp::int32 var_346;
        wp::vec_t<3, wp::int32>* var_347;
        const wp::int32 var_348 = 0;
        wp::int32 var_349;
        wp::vec_t<3, wp::int32> var_350;
        bool var_351;
        const wp::int32 var_352 = 1;
        wp::int32 var_353;
        wp::vec_t<3, wp::int32>* var_354;
        const wp::int32 var_355 = 1;
        wp::int32 var_356;
        wp::vec_t<3, wp::int32> var_357;
        bool var_358;
        const wp::int32 var_359 = 2;
        wp::int32 var_360;
        wp::vec_t<3, wp::int32>* var_361;
        const wp::int32 var_362 = 2;
        wp::int32 var_363;
        wp::vec_t<3, wp::int32> var_364;
        bool var_365;
        wp::vec_t<3, wp::int32> var_366;
        wp::vec_t<3, wp::int32>* var_367;
        wp::int32 var_368;
        wp::vec_t<3, wp::int32> var_369;
        wp::int32* var_370;
        wp::int32 var_371;
        wp::int32 var_372;
        wp::int32* var_373;
        wp::int32 var_374;
        wp::int32 var_375;
        wp::range_t var_376;
        wp::int32 var_377;
        wp::int32* var_378;
        wp::int32 var_379;
        wp::int32 var_380;
        wp::vec_t<3, wp::float32>* var_381;
        wp::vec_t<3, wp::float32> var_382;
        wp::vec_t<3, wp::float32> var_383;
        wp::float32* var_384;
        wp::float32 var_385;
        wp::float32* var_386;
        wp::float32 var_387;
        wp::float32 var_388;
        wp::float32 var_389;
        wp::float32 var_390;
        wp::float32 var_391;
        const wp::int32 var_392 = 1;
        const wp::int32 var_393 = -1;
        const wp::int32 var_394 = 2;
        wp::range_t var_395;
        wp::int32 var_396;
        const wp::int32 var_397 = 0;
        wp::int32 var_398;
        wp::int32 var_399;
        const wp::int32 var_400 = 1;
        wp::int32 var_401;
        wp::int32 var_402;
        const wp::int32 var_403 = 2;
        wp::int32 var_404;
        wp::int32 var_405;
        wp::vec_t<3, wp::int32> var_406;
        bool var_407;
        const wp::int32 var_408 = 0;
        wp::int32 var_409;
        const wp::int32 var_410 = 0;
        bool var_411;
        const wp::int32 var_412 = 1;
        wp::int32 var_413;
        const wp::int32 var_414 = 0;
        bool var_415;
        const wp::int32 var_416 = 2;
        wp::int32 var_417;
        const wp::int32 var_418 = 0;
        bool var_419;
        wp::vec_t<3, wp::int32> var_420;
        bool var_421;
        const wp::int32 var_422 = 0;
        wp::int32 var_423;
        wp::vec_t<3, wp::int32>* var_424;
        const wp::int32 var_425 = 0;
        wp::int32 var_426;
        wp::vec_t<3, wp::int32> var_427;
        bool var_428;
        const wp::int32 var_429 = 1;
        wp::int32 var_430;
        wp::vec_t<3, wp::int32>* var_431;
        const wp::int32 var_432 = 1;
        wp::int32 var_433;
        wp::vec_t<3, wp::int32> var_434;
        bool var_435;
        const wp::int32 var_436 = 2;
        wp::int32 var_437;
        wp::vec_t<3, wp::int32>* var_438;
        const wp::int32 var_439 = 2;
        wp::int32 var_440;
        wp::vec_t<3, wp::int32> var_441;
        bool var_442;
        wp::vec_t<3, wp::int32> var_443;
        wp::vec_t<3, wp::int32>* var_444;
        wp::int32 var_445;
        wp::vec_t<3, wp::int32> var_446;
        wp::int32* var_447;
        wp::int32 var_448;
        wp::int32 var_449;
        wp::int32* var_450;
        wp::int32 var_451;
        wp::int32 var_452;
        wp::range_t var_453;
        wp::int32 var_454;
        wp::int32* var_455;
        wp::int32 var_456;
        wp::int32 var_457;
        wp::vec_t<3, wp::float32>* var_458;
        wp::vec_t<3, wp::float32> var_459;
        wp::vec_t<3, wp::float32> var_460;
        wp::float32* var_461;
        wp::float32 var_462;
        wp::float32* var_463;
        wp::float32 var_464;
        wp::float32 var_465;
        wp::float32 var_466;
        wp::float32 var_467;
        wp::float32 var_468;
        const wp::int32 var_469 = 1;
        const wp::int32 var_470 = -1;
        const wp::int32 var_471 = -1;
        const wp::int32 var_472 = 2;
        wp::range_t var_473;
        wp::int32 var_474;
        const wp::int32 var_475 = 0;
        wp::int32 var_476;
        wp::int32 var_477;
        const wp::int32 var_478 = 1;
        wp::int32 var_479;
        wp::int32 var_480;
        const wp::int32 var_481 = 2;
        wp::int32 var_482;
        wp::int32 var_483;
        wp::vec_t<3, wp::int32> var_484;
        bool var_485;
        const wp::int32 var_486 = 0;
        wp::int32 var_487;
        const wp::int32 var_488 = 0;
        bool var_489;
        const wp::int32 var_490 = 1;
        wp::int32 var_491;
        const wp::int32 var_492 = 0;
        bool var_493;
        const wp::int32 var_494 = 2;
        wp::int32 var_495;
        const wp::int32 var_496 = 0;
        bool var_497;
        wp::vec_t<3, wp::int32> var_498;
        bool var_499;
        const wp::int32 var_500 = 0;
        wp::int32 var_501;
        wp::vec_t<3, wp::int32>* var_502;
        const wp::int32 var_503 = 0;
        wp::int32 var_504;
        wp::vec_t<3, wp::int32> var_505;
        bool var_506;
        const wp::int32 var_507 = 1;
        wp::int32 var_508;
        wp::vec_t<3, wp::int32>* var_509;
        const wp::int32 var_510 = 1;
        wp::int32 var_511;
        wp::vec_t<3, wp::int32> var_512;
        bool var_513;
        const wp::int32 var_514 = 2;
        wp::int32 var_515;
        wp::vec_t<3, wp::int32>* var_516;
        const wp::int32 var_517 = 2;
        wp::int32 var_518;
        wp::vec_t<3, wp::int32> var_519;
        bool var_520;
        wp::vec_t<3, wp::int32> var_521;
        wp::vec_t<3, wp::int32>* var_522;
        wp::int32 var_523;
        wp::vec_t<3, wp::int32> var_524;
        wp::int32* var_525;
        wp::int32 var_526;
        wp::int32 var_527;
        wp::int32* var_528;
        wp::int32 var_529;
        wp::int32 var_530;
        wp::range_t var_531;
        wp::int32 var_532;
        wp::int32* var_533;
        wp::int32 var_534;
        wp::int32 var_535;
        wp::vec_t<3, wp::float32>* var_536;
        wp::vec_t<3, wp::float32> var_537;
        wp::vec_t<3, wp::float32> var_538;
        wp::float32* var_539;
        wp::float32 var_540;
        wp::float32* var_541;
        wp::float32 var_542;
        wp::float32 var_543;
        wp::float32 var_544;
        wp::float32 var_545;
        wp::float32 var_546;
        const wp::int32 var_547 = 0;
        const wp::int32 var_548 = -1;
        const wp::int32 var_549 = 2;
        wp::range_t var_550;
        wp::int32 var_551;
        const wp::int32 var_552 = 0;
        wp::int32 var_553;
        wp::int32 var_554;
        const wp::int32 var_555 = 1;
        wp::int32 var_556;
        wp::int32 var_557;
        const wp::int32 var_558 = 2;
        wp::int32 var_559;
        wp::int32 var_560;
        wp::vec_t<3, wp::int32> var_561;
        bool var_562;
        const wp::int32 var_563 = 0;
        wp::int32 var_564;
        const wp::int32 var_565 = 0;
        bool var_566;
        const wp::int32 var_567 = 1;
        wp::int32 var_568;
        const wp::int32 var_569 = 0;
        bool var_570;
        const wp::int32 var_571 = 2;
        wp::int32 var_572;
        const wp::int32 var_573 = 0;
        bool var_574;
        wp::vec_t<3, wp::int32> var_575;
        bool var_576;
        const wp::int32 var_577 = 0;
        wp::int32 var_578;
        wp::vec_t<3, wp::int32>* var_579;
        const wp::int32 var_580 = 0;
        wp::int32 var_581;
        wp::vec_t<3, wp::int32> var_582;
        bool var_583;
        const wp::int32 var_584 = 1;
        wp::int32 var_585;
        wp::vec_t<3, wp::int32>* var_586;
        const wp::int32 var_587 = 1;
        wp::int32 var_588;
        wp::vec_t<3, wp::int32> var_589;
        bool var_590;
        const wp::int32 var_591 = 2;
        wp::int32 var_592;
        wp::vec_t<3, wp::int32>* var_593;
        const wp::int32 var_594 = 2;
        wp::int32 var_595;
        wp::vec_t<3, wp::int32> var_596;
        bool var_597;
        wp::vec_t<3, wp::int32> var_598;
        wp::vec_t<3, wp::int32>* var_599;
        wp::int32 var_600;
        wp::vec_t<3, wp::int32> var_601;
        wp::int32* var_602;
        wp::int32 var_603;
        wp::int32 var_604;
        wp::int32* var_605;
        wp::int32 var_606;
        wp::int32 var_607;
        wp::range_t var_608;
        wp::int32 var_609;
        wp::int32* var_610;
        wp::int32 var_611;
        wp::int32 var_612;
        wp::vec_t<3, wp::float32>* var_613;
        wp::vec_t<3, wp::float32> var_614;
        wp::vec_t<3, wp::float32> var_615;
        wp::float32* var_616;
        wp::float32 var_617;
        wp::float32* var_618;
        wp::float32 var_619;
        wp::float32 var_620;
        wp::float32 var_621;
        wp::float32 var_622;
        wp::float32 var_623;
        const wp::int32 var_624 = 1;
        const wp::int32 var_625 = -1;
        const wp::int32 var_626 = 2;
        wp::range_t var_627;
        wp::int32 var_628;
        const wp::int32 var_629 = 0;
        wp::int32 var_630;
        wp::int32 var_631;
        const wp::int32 var_632 = 1;
        wp::int32 var_633;
        wp::int32 var_634;
        const wp::int32 var_635 = 2;
        wp::int32 var_636;
        wp::int32 var_637;
        wp::vec_t<3, wp::int32> var_638;
        bool var_639;
        const wp::int32 var_640 = 0;
        wp::int32 var_641;
        const wp::int32 var_642 = 0;
        bool var_643;
        const wp::int32 var_644 = 1;
        wp::int32 var_645;
        const wp::int32 var_646 = 0;
        bool var_647;
        const wp::int32 var_648 = 2;
        wp::int32 var_649;
        const wp::int32 var_650 = 0;
        bool var_651;
        wp::vec_t<3, wp::int32> var_652;
        bool var_653;
        const wp::int32 var_654 = 0;
        wp::int32 var_655;
        wp::vec_t<3, wp::int32>* var_656;
        const wp::int32 var_657 = 0;
        wp::int32 var_658;
        wp::vec_t<3, wp::int32> var_659;
        bool var_660;
        const wp::int32 var_661 = 1;
        wp::int32 var_662;
        wp::vec_t<3, wp::int32>* var_663;
        const wp::int32 var_664 = 1;
        wp::int32 var_665;
        wp::vec_t<3, wp::int32> var_666;
        bool var_667;
        const wp::int32 var_668 = 2;
        wp::int32 var_669;
        wp::vec_t<3, wp::int32>* var_670;
        const wp::int32 var_671 = 2;
        wp::int32 var_672;
        wp::vec_t<3, wp::int32> var_673;
        bool var_674;
        wp::vec_t<3, wp::int32> var_675;
        wp::vec_t<3, wp::int32>* var_676;
        wp::int32 var_677;
        wp::vec_t<3, wp::int32> var_678;
        wp::int32* var_679;
        wp::int32 var_680;
        wp::int32 var_681;
        wp::int32* var_682;
        wp::int32 var_683;
        wp::int32 var_684;
        wp::range_t var_685;
        wp::int32 var_686;
        wp::int32* var_687;
        wp::int32 var_688;
        wp::int32 var_689;
        wp::vec_t<3, wp::float32>* var_690;
        wp::vec_t<3, wp::float32> var_691;
        wp::vec_t<3, wp::float32> var_692;
        wp::float32* var_693;
        wp::float32 var_694;
        wp::float32* var_695;
        wp::float32 var_696;
        wp::float32 var_697;
        wp::float32 var_698;
        wp::float32 var_699;
        wp::float32 var_700;
        wp::float32* var_701;
        wp::float32* var_702;
        wp::float32 var_703;
        wp::float32 var_704;
        wp::float32 var_705;
        wp::float32 var_706;
        const wp::float32 var_707 = 0.0;
        wp::float32 var_708;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::int32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::range_t adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::vec_t<3, wp::int32> adj_22 = {};
        bool adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        bool adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        bool adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        bool adj_35 = {};
        bool adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::vec_t<3, wp::int32> adj_39 = {};
        wp::int32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::vec_t<3, wp::int32> adj_42 = {};
        bool adj_43 = {};
        wp::int32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::vec_t<3, wp::int32> adj_46 = {};
        wp::int32 adj_47 = {};
        wp::int32 adj_48 = {};
        wp::vec_t<3, wp::int32> adj_49 = {};
        bool adj_50 = {};
        wp::int32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::vec_t<3, wp::int32> adj_53 = {};
        wp::int32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::vec_t<3, wp::int32> adj_56 = {};
        bool adj_57 = {};
        wp::vec_t<3, wp::int32> adj_58 = {};
        wp::int32 adj_59 = {};
        wp::vec_t<3, wp::int32> adj_60 = {};
        wp::int32 adj_61 = {};
        wp::int32 adj_62 = {};
        wp::int32 adj_63 = {};
        wp::int32 adj_64 = {};
        wp::int32 adj_65 = {};
        wp::int32 adj_66 = {};
        wp::range_t adj_67 = {};
        wp::int32 adj_68 = {};
        wp::int32 adj_69 = {};
        wp::int32 adj_70 = {};
        wp::int32 adj_71 = {};
        wp::vec_t<3, wp::float32> adj_72 = {};
        wp::vec_t<3, wp::float32> adj_73 = {};
        wp::vec_t<3, wp::float32> adj_74 = {};
        wp::float32 adj_75 = {};
        wp::float32 adj_76 = {};
        wp::float32 adj_77 = {};
        wp::float32 adj_78 = {};
        wp::float32 adj_79 = {};
        wp::float32 adj_80 = {};
        wp::float32 adj_81 = {};
        wp::float32 adj_82 = {};
        wp::int32 adj_83 = {};
        wp::int32 adj_84 = {};
        wp::int32 adj_85 = {};
        wp::range_t adj_86 = {};
        wp::int32 adj_87 = {};
        wp::int32 adj_88 = {};
        wp::int32 adj_89 = {};
        wp::int32 adj_90 = {};
        wp::int32 adj_91 = {};
        wp::int32 adj_92 = {};
        wp::int32 adj_93 = {};
        wp::int32 adj_94 = {};
        wp::int32 adj_95 = {};
        wp::int32 adj_96 = {};
        wp::vec_t<3, wp::int32> adj_97 = {};
        bool adj_98 = {};
        wp::int32 adj_99 = {};
        wp::int32 adj_100 = {};
        wp::int32 adj_101 = {};
        bool adj_102 = {};
        wp::int32 adj_103 = {};
        wp::int32 adj_104 = {};
        wp::int32 adj_105 = {};
        bool adj_106 = {};
        wp::int32 adj_107 = {};
        wp::int32 adj_108 = {};
        wp::int32 adj_109 = {};
        bool adj_110 = {};
        wp::vec_t<3, wp::int32> adj_111 = {};
        bool adj_112 = {};
        wp::int32 adj_113 = {};
        wp::int32 adj_114 = {};
        wp::vec_t<3, wp::int32> adj_115 = {};
        wp::int32 adj_116 = {};
        wp::int32 adj_117 = {};
        wp::vec_t<3, wp::int32> adj_118 = {};
        bool adj_119 = {};
        wp::int32 adj_120 = {};
        wp::int32 adj_121 = {};
        wp::vec_t<3, wp::int32> adj_122 = {};
        wp::int32 adj_123 = {};
        wp::int32 adj_124 = {};
        wp::vec_t<3, wp::int32> adj_125 = {};
        bool adj_126 = {};
        wp::int32 adj_127 = {};
        wp::int32 adj_128 = {};
        wp::vec_t<3, wp::int32> adj_129 = {};
        wp::int32 adj_130 = {};
        wp::int32 adj_131 = {};
        wp::vec_t<3, wp::int32> adj_132 = {};
        bool adj_133 = {};
        wp::vec_t<3, wp::int32> adj_134 = {};
        wp::vec_t<3, wp::int32> adj_135 = {};
        wp::int32 adj_136 = {};
        wp::vec_t<3, wp::int32> adj_137 = {};
        wp::int32 adj_138 = {};
        wp::int32 adj_139 = {};
        wp::int32 adj_140 = {};
        wp::int32 adj_141 = {};
        wp::int32 adj_142 = {};
        wp::int32 adj_143 = {};
        wp::range_t adj_144 = {};
        wp::int32 adj_145 = {};
        wp::int32 adj_146 = {};
        wp::int32 adj_147 = {};
        wp::int32 adj_148 = {};
        wp::vec_t<3, wp::float32> adj_149 = {};
        wp::vec_t<3, wp::float32> adj_150 = {};
        wp::vec_t<3, wp::float32> adj_151 = {};
        wp::float32 adj_152 = {};
        wp::float32 adj_153 = {};
        wp::float32 adj_154 = {};
        wp::float32 adj_155 = {};
        wp::float32 adj_156 = {};
        wp::float32 adj_157 = {};
        wp::float32 adj_158 = {};
        wp::float32 adj_159 = {};
        wp::int32 adj_160 = {};
        wp::int32 adj_161 = {};
        wp::int32 adj_162 = {};
        wp::range_t adj_163 = {};
        wp::int32 adj_164 = {};
        wp::int32 adj_165 = {};
        wp::int32 adj_166 = {};
        wp::int32 adj_167 = {};
        wp::int32 adj_168 = {};
        wp::int32 adj_169 = {};
        wp::int32 adj_170 = {};
        wp::int32 adj_171 = {};
        wp::int32 adj_172 = {};
        wp::int32 adj_173 = {};
        wp::vec_t<3, wp::int32> adj_174 = {};
        bool adj_175 = {};
        wp::int32 adj_176 = {};
        wp::int32 adj_177 = {};
        wp::int32 adj_178 = {};
        bool adj_179 = {};
        wp::int32 adj_180 = {};
        wp::int32 adj_181 = {};
        wp::int32 adj_182 = {};
        bool adj_183 = {};
        wp::int32 adj_184 = {};
        wp::int32 adj_185 = {};
        wp::int32 adj_186 = {};
        bool adj_187 = {};
        wp::vec_t<3, wp::int32> adj_188 = {};
        bool adj_189 = {};
        wp::int32 adj_190 = {};
        wp::int32 adj_191 = {};
        wp::vec_t<3, wp::int32> adj_192 = {};
        wp::int32 adj_193 = {};
        wp::int32 adj_194 = {};
        wp::vec_t<3, wp::int32> adj_195 = {};
        bool adj_196 = {};
        wp::int32 adj_197 = {};
        wp::int32 adj_198 = {};
        wp::vec_t<3, wp::int32> adj_199 = {};
        wp::int32 adj_200 = {};
        wp::int32 adj_201 = {};
        wp::vec_t<3, wp::int32> adj_202 = {};
        bool adj_203 = {};
        wp::int32 adj_204 = {};
        wp::int32 adj_205 = {};
        wp::vec_t<3, wp::int32> adj_206 = {};
        wp::int32 adj_207 = {};
        wp::int32 adj_208 = {};
        wp::vec_t<3, wp::int32> adj_209 = {};
        bool adj_210 = {};
        wp::vec_t<3, wp::int32> adj_211 = {};
        wp::vec_t<3, wp::int32> adj_212 = {};
        wp::int32 adj_213 = {};
        wp::vec_t<3, wp::int32> adj_214 = {};
        wp::int32 adj_215 = {};
        wp::int32 adj_216 = {};
        wp::int32 adj_217 = {};
        wp::int32 adj_218 = {};
        wp::int32 adj_219 = {};
        wp::int32 adj_220 = {};
        wp::range_t adj_221 = {};
        wp::int32 adj_222 = {};
        wp::int32 adj_223 = {};
        wp::int32 adj_224 = {};
        wp::int32 adj_225 = {};
        wp::vec_t<3, wp::float32> adj_226 = {};
        wp::vec_t<3, wp::float32> adj_227 = {};
        wp::vec_t<3, wp::float32> adj_228 = {};
        wp::float32 adj_229 = {};
        wp::float32 adj_230 = {};
        wp::float32 adj_231 = {};
        wp::float32 adj_232 = {};
        wp::float32 adj_233 = {};
        wp::float32 adj_234 = {};
        wp::float32 adj_235 = {};
        wp::float32 adj_236 = {};
        wp::int32 adj_237 = {};
        wp::int32 adj_238 = {};
        wp::int32 adj_239 = {};
        wp::int32 adj_240 = {};
        wp::range_t adj_241 = {};
        wp::int32 adj_242 = {};
        wp::int32 adj_243 = {};
        wp::int32 adj_244 = {};
        wp::int32 adj_245 = {};
        wp::int32 adj_246 = {};
        wp::int32 adj_247 = {};
        wp::int32 adj_248 = {};
        wp::int32 adj_249 = {};
        wp::int32 adj_250 = {};
        wp::int32 adj_251 = {};
        wp::vec_t<3, wp::int32> adj_252 = {};
        bool adj_253 = {};
        wp::int32 adj_254 = {};
        wp::int32 adj_255 = {};
        wp::int32 adj_256 = {};
        bool adj_257 = {};
        wp::int32 adj_258 = {};
        wp::int32 adj_259 = {};
        wp::int32 adj_260 = {};
        bool adj_261 = {};
        wp::int32 adj_262 = {};
        wp::int32 adj_263 = {};
        wp::int32 adj_264 = {};
        bool adj_265 = {};
        wp::vec_t<3, wp::int32> adj_266 = {};
        bool adj_267 = {};
        wp::int32 adj_268 = {};
        wp::int32 adj_269 = {};
        wp::vec_t<3, wp::int32> adj_270 = {};
        wp::int32 adj_271 = {};
        wp::int32 adj_272 = {};
        wp::vec_t<3, wp::int32> adj_273 = {};
        bool adj_274 = {};
        wp::int32 adj_275 = {};
        wp::int32 adj_276 = {};
        wp::vec_t<3, wp::int32> adj_277 = {};
        wp::int32 adj_278 = {};
        wp::int32 adj_279 = {};
        wp::vec_t<3, wp::int32> adj_280 = {};
        bool adj_281 = {};
        wp::int32 adj_282 = {};
        wp::int32 adj_283 = {};
        wp::vec_t<3, wp::int32> adj_284 = {};
        wp::int32 adj_285 = {};
        wp::int32 adj_286 = {};
        wp::vec_t<3, wp::int32> adj_287 = {};
        bool adj_288 = {};
        wp::vec_t<3, wp::int32> adj_289 = {};
        wp::vec_t<3, wp::int32> adj_290 = {};
        wp::int32 adj_291 = {};
        wp::vec_t<3, wp::int32> adj_292 = {};
        wp::int32 adj_293 = {};
        wp::int32 adj_294 = {};
        wp::int32 adj_295 = {};
        wp::int32 adj_296 = {};
        wp::int32 adj_297 = {};
        wp::int32 adj_298 = {};
        wp::range_t adj_299 = {};
        wp::int32 adj_300 = {};
        wp::int32 adj_301 = {};
        wp::int32 adj_302 = {};
        wp::int32 adj_303 = {};
        wp::vec_t<3, wp::float32> adj_304 = {};
        wp::vec_t<3, wp::float32> adj_305 = {};
        wp::vec_t<3, wp::float32> adj_306 = {};
        wp::float32 adj_307 = {};
        wp::float32 adj_308 = {};
        wp::float32 adj_309 = {};
        wp::float32 adj_310 = {};
        wp::float32 adj_311 = {};
        wp::float32 adj_312 = {};
        wp::float32 adj_313 = {};
        wp::float32 adj_314 = {};
        wp::int32 adj_315 = {};
        wp::int32 adj_316 = {};
        wp::int32 adj_317 = {};
        wp::range_t adj_318 = {};
        wp::int32 adj_319 = {};
        wp::int32 adj_320 = {};
        wp::int32 adj_321 = {};
        wp::int32 adj_322 = {};
        wp::int32 adj_323 = {};
        wp::int32 adj_324 = {};
        wp::int32 adj_325 = {};
        wp::int32 adj_326 = {};
        wp::int32 adj_327 = {};
        wp::int32 adj_328 = {};
        wp::vec_t<3, wp::int32> adj_329 = {};
        bool adj_330 = {};
        wp::int32 adj_331 = {};
        wp::int32 adj_332 = {};
        wp::int32 adj_333 = {};
        bool adj_334 = {};
        wp::int32 adj_335 = {};
        wp::int32 adj_336 = {};
        wp::int32 adj_337 = {};
        bool adj_338 = {};
        wp::int32 adj_339 = {};
        wp::int32 adj_340 = {};
        wp::int32 adj_341 = {};
        bool adj_342 = {};
        wp::vec_t<3, wp::int32> adj_343 = {};
        bool adj_344 = {};
        wp::int32 adj_345 = {};
        wp::int32 adj_346 = {};
        wp::vec_t<3, wp::int32> adj_347 = {};
        wp::int32 adj_348 = {};
        wp::int32 adj_349 = {};
        wp::vec_t<3, wp::int32> adj_350 = {};
        bool adj_351 = {};
        wp::int32 adj_352 = {};
        wp::int32 adj_353 = {};
        wp::vec_t<3, wp::int32> adj_354 = {};
        wp::int32 adj_355 = {};
        wp::int32 adj_356 = {};
        wp::vec_t<3, wp::int32> adj_357 = {};
        bool adj_358 = {};
        wp::int32 adj_359 = {};
        wp::int32 adj_360 = {};
        wp::vec_t<3, wp::int32> adj_361 = {};
        wp::int32 adj_362 = {};
        wp::int32 adj_363 = {};
        wp::vec_t<3, wp::int32> adj_364 = {};
        bool adj_365 = {};
        wp::vec_t<3, wp::int32> adj_366 = {};
        wp::vec_t<3, wp::int32> adj_367 = {};
        wp::int32 adj_368 = {};
        wp::vec_t<3, wp::int32> adj_369 = {};
        wp::int32 adj_370 = {};
        wp::int32 adj_371 = {};
        wp::int32 adj_372 = {};
        wp::int32 adj_373 = {};
        wp::int32 adj_374 = {};
        wp::int32 adj_375 = {};
        wp::range_t adj_376 = {};
        wp::int32 adj_377 = {};
        wp::int32 adj_378 = {};
        wp::int32 adj_379 = {};
        wp::int32 adj_380 = {};
        wp::vec_t<3, wp::float32> adj_381 = {};
        wp::vec_t<3, wp::float32> adj_382 = {};
        wp::vec_t<3, wp::float32> adj_383 = {};
        wp::float32 adj_384 = {};
        wp::float32 adj_385 = {};
        wp::float32 adj_386 = {};
        wp::float32 adj_387 = {};
        wp::float32 adj_388 = {};
        wp::float32 adj_389 = {};
        wp::float32 adj_390 = {};
        wp::float32 adj_391 = {};
        wp::int32 adj_392 = {};
        wp::int32 adj_393 = {};
        wp::int32 adj_394 = {};
        wp::range_t adj_395 = {};
        wp::int32 adj_396 = {};
        wp::int32 adj_397 = {};
        wp::int32 adj_398 = {};
        wp::int32 adj_399 = {};
        wp::int32 adj_400 = {};
        wp::int32 adj_401 = {};
        wp::int32 adj_402 = {};
        wp::int32 adj_403 = {};
        wp::int32 adj_404 = {};
        wp::int32 adj_405 = {};
        wp::vec_t<3, wp::int32> adj_406 = {};
        bool adj_407 = {};
        wp::int32 adj_408 = {};
        wp::int32 adj_409 = {};
        wp::int32 adj_410 = {};
        bool adj_411 = {};
        wp::int32 adj_412 = {};
        wp::int32 adj_413 = {};
        wp::int32 adj_414 = {};
        bool adj_415 = {};
        wp::int32 adj_416 = {};
        wp::int32 adj_417 = {};
        wp::int32 adj_418 = {};
        bool adj_419 = {};
        wp::vec_t<3, wp::int32> adj_420 = {};
        bool adj_421 = {};
        wp::int32 adj_422 = {};
        wp::int32 adj_423 = {};
        wp::vec_t<3, wp::int32> adj_424 = {};
        wp::int32 adj_425 = {};
        wp::int32 adj_426 = {};
        wp::vec_t<3, wp::int32> adj_427 = {};
        bool adj_428 = {};
        wp::int32 adj_429 = {};
        wp::int32 adj_430 = {};
        wp::vec_t<3, wp::int32> adj_431 = {};
        wp::int32 adj_432 = {};
        wp::int32 adj_433 = {};
        wp::vec_t<3, wp::int32> adj_434 = {};
        bool adj_435 = {};
        wp::int32 adj_436 = {};
        wp::int32 adj_437 = {};
        wp::vec_t<3, wp::int32> adj_438 = {};
        wp::int32 adj_439 = {};
        wp::int32 adj_440 = {};
        wp::vec_t<3, wp::int32> adj_441 = {};
        bool adj_442 = {};
        wp::vec_t<3, wp::int32> adj_443 = {};
        wp::vec_t<3, wp::int32> adj_444 = {};
        wp::int32 adj_445 = {};
        wp::vec_t<3, wp::int32> adj_446 = {};
        wp::int32 adj_447 = {};
        wp::int32 adj_448 = {};
        wp::int32 adj_449 = {};
        wp::int32 adj_450 = {};
        wp::int32 adj_451 = {};
        wp::int32 adj_452 = {};
        wp::range_t adj_453 = {};
        wp::int32 adj_454 = {};
        wp::int32 adj_455 = {};
        wp::int32 adj_456 = {};
        wp::int32 adj_457 = {};
        wp::vec_t<3, wp::float32> adj_458 = {};
        wp::vec_t<3, wp::float32> adj_459 = {};
        wp::vec_t<3, wp::float32> adj_460 = {};
        wp::float32 adj_461 = {};
        wp::float32 adj_462 = {};
        wp::float32 adj_463 = {};
        wp::float32 adj_464 = {};
        wp::float32 adj_465 = {};
        wp::float32 adj_466 = {};
        wp::float32 adj_467 = {};
        wp::float32 adj_468 = {};
        wp::int32 adj_469 = {};
        wp::int32 adj_470 = {};
        wp::int32 adj_471 = {};
        wp::int32 adj_472 = {};
        wp::range_t adj_473 = {};
        wp::int32 adj_474 = {};
        wp::int32 adj_475 = {};
        wp::int32 adj_476 = {};
        wp::int32 adj_477 = {};
        wp::int32 adj_478 = {};
        wp::int32 adj_479 = {};
        wp::int32 adj_480 = {};
        wp::int32 adj_481 = {};
        wp::int32 adj_482 = {};
        wp::int32 adj_483 = {};
        wp::vec_t<3, wp::int32> adj_484 = {};
        bool adj_485 = {};
        wp::int32 adj_486 = {};
        wp::int32 adj_487 = {};
        wp::int32 adj_488 = {};
        bool adj_489 = {};
        wp::int32 adj_490 = {};
        wp::int32 adj_491 = {};
        wp::int32 adj_492 = {};
        bool adj_493 = {};
        wp::int32 adj_494 = {};
        wp::int32 adj_495 = {};
        wp::int32 adj_496 = {};
        bool adj_497 = {};
        wp::vec_t<3, wp::int32> adj_498 = {};
        bool adj_499 = {};
        wp::int32 adj_500 = {};
        wp::int32 adj_501 = {};
        wp::vec_t<3, wp::int32> adj_502 = {};
        wp::int32 adj_503 = {};
        wp::int32 adj_504 = {};
        wp::vec_t<3, wp::int32> adj_505 = {};
        bool adj_506 = {};
        wp::int32 adj_507 = {};
        wp::int32 adj_508 = {};
        wp::vec_t<3, wp::int32> adj_509 = {};
        wp::int32 adj_510 = {};
        wp::int32 adj_511 = {};
        wp::vec_t<3, wp::int32> adj_512 = {};
        bool adj_513 = {};
        wp::int32 adj_514 = {};
        wp::int32 adj_515 = {};
        wp::vec_t<3, wp::int32> adj_516 = {};
        wp::int32 adj_517 = {};
        wp::int32 adj_518 = {};
        wp::vec_t<3, wp::int32> adj_519 = {};
        bool adj_520 = {};
        wp::vec_t<3, wp::int32> adj_521 = {};
        wp::vec_t<3, wp::int32> adj_522 = {};
        wp::int32 adj_523 = {};
        wp::vec_t<3, wp::int32> adj_524 = {};
        wp::int32 adj_525 = {};
        wp::int32 adj_526 = {};
        wp::int32 adj_527 = {};
        wp::int32 adj_528 = {};
        wp::int32 adj_529 = {};
        wp::int32 adj_530 = {};
        wp::range_t adj_531 = {};
        wp::int32 adj_532 = {};
        wp::int32 adj_533 = {};
        wp::int32 adj_534 = {};
        wp::int32 adj_535 = {};
        wp::vec_t<3, wp::float32> adj_536 = {};
        wp::vec_t<3, wp::float32> adj_537 = {};
        wp::vec_t<3, wp::float32> adj_538 = {};
        wp::float32 adj_539 = {};
        wp::float32 adj_540 = {};
        wp::float32 adj_541 = {};
        wp::float32 adj_542 = {};
        wp::float32 adj_543 = {};
        wp::float32 adj_544 = {};
        wp::float32 adj_545 = {};
        wp::float32 adj_546 = {};
        wp::int32 adj_547 = {};
        wp::int32 adj_548 = {};
        wp::int32 adj_549 = {};
        wp::range_t adj_550 = {};
        wp::int32 adj_551 = {};
        wp::int32 adj_552 = {};
        wp::int32 adj_553 = {};
        wp::int32 adj_554 = {};
        wp::int32 adj_555 = {};
        wp::int32 adj_556 = {};
        wp::int32 adj_557 = {};
        wp::int32 adj_558 = {};
        wp::int32 adj_559 = {};
        wp::int32 adj_560 = {};
        wp::vec_t<3, wp::int32> adj_561 = {};
        bool adj_562 = {};
        wp::int32 adj_563 = {};
        wp::int32 adj_564 = {};
        wp::int32 adj_565 = {};
        bool adj_566 = {};
        wp::int32 adj_567 = {};
        wp::int32 adj_568 = {};
        wp::int32 adj_569 = {};
        bool adj_570 = {};
        wp::int32 adj_571 = {};
        wp::int32 adj_572 = {};
        wp::int32 adj_573 = {};
        bool adj_574 = {};
        wp::vec_t<3, wp::int32> adj_575 = {};
        bool adj_576 = {};
        wp::int32 adj_577 = {};
        wp::int32 adj_578 = {};
        wp::vec_t<3, wp::int32> adj_579 = {};
        wp::int32 adj_580 = {};
        wp::int32 adj_581 = {};
        wp::vec_t<3, wp::int32> adj_582 = {};
        bool adj_583 = {};
        wp::int32 adj_584 = {};
        wp::int32 adj_585 = {};
        wp::vec_t<3, wp::int32> adj_586 = {};
        wp::int32 adj_587 = {};
        wp::int32 adj_588 = {};
        wp::vec_t<3, wp::int32> adj_589 = {};
        bool adj_590 = {};
        wp::int32 adj_591 = {};
        wp::int32 adj_592 = {};
        wp::vec_t<3, wp::int32> adj_593 = {};
        wp::int32 adj_594 = {};
        wp::int32 adj_595 = {};
        wp::vec_t<3, wp::int32> adj_596 = {};
        bool adj_597 = {};
        wp::vec_t<3, wp::int32> adj_598 = {};
        wp::vec_t<3, wp::int32> adj_599 = {};
        wp::int32 adj_600 = {};
        wp::vec_t<3, wp::int32> adj_601 = {};
        wp::int32 adj_602 = {};
        wp::int32 adj_603 = {};
        wp::int32 adj_604 = {};
        wp::int32 adj_605 = {};
        wp::int32 adj_606 = {};
        wp::int32 adj_607 = {};
        wp::range_t adj_608 = {};
        wp::int32 adj_609 = {};
        wp::int32 adj_610 = {};
        wp::int32 adj_611 = {};
        wp::int32 adj_612 = {};
        wp::vec_t<3, wp::float32> adj_613 = {};
        wp::vec_t<3, wp::float32> adj_614 = {};
        wp::vec_t<3, wp::float32> adj_615 = {};
        wp::float32 adj_616 = {};
        wp::float32 adj_617 = {};
        wp::float32 adj_618 = {};
        wp::float32 adj_619 = {};
        wp::float32 adj_620 = {};
        wp::float32 adj_621 = {};
        wp::float32 adj_622 = {};
        wp::float32 adj_623 = {};
        wp::int32 adj_624 = {};
        wp::int32 adj_625 = {};
        wp::int32 adj_626 = {};
        wp::range_t adj_627 = {};
        wp::int32 adj_628 = {};
        wp::int32 adj_629 = {};
        wp::int32 adj_630 = {};
        wp::int32 adj_631 = {};
        wp::int32 adj_632 = {};
        wp::int32 adj_633 = {};
        wp::int32 adj_634 = {};
        wp::int32 adj_635 = {};
        wp::int32 adj_636 = {};
        wp::int32 adj_637 = {};
        wp::vec_t<3, wp::int32> adj_638 = {};
        bool adj_639 = {};
        wp::int32 adj_640 = {};
        wp::int32 adj_641 = {};
        wp::int32 adj_642 = {};
        bool adj_643 = {};
        wp::int32 adj_644 = {};
        wp::int32 adj_645 = {};
        wp::int32 adj_646 = {};
        bool adj_647 = {};
        wp::int32 adj_648 = {};
        wp::int32 adj_649 = {};
        wp::int32 adj_650 = {};
        bool adj_651 = {};
        wp::vec_t<3, wp::int32> adj_652 = {};
        bool adj_653 = {};
        wp::int32 adj_654 = {};
        wp::int32 adj_655 = {};
        wp::vec_t<3, wp::int32> adj_656 = {};
        wp::int32 adj_657 = {};
        wp::int32 adj_658 = {};
        wp::vec_t<3, wp::int32> adj_659 = {};
        bool adj_660 = {};
        wp::int32 adj_661 = {};
        wp::int32 adj_662 = {};
        wp::vec_t<3, wp::int32> adj_663 = {};
        wp::int32 adj_664 = {};
        wp::int32 adj_665 = {};
        wp::vec_t<3, wp::int32> adj_666 = {};
        bool adj_667 = {};
        wp::int32 adj_668 = {};
        wp::int32 adj_669 = {};
        wp::vec_t<3, wp::int32> adj_670 = {};
        wp::int32 adj_671 = {};
        wp::int32 adj_672 = {};
        wp::vec_t<3, wp::int32> adj_673 = {};
        bool adj_674 = {};
        wp::vec_t<3, wp::int32> adj_675 = {};
        wp::vec_t<3, wp::int32> adj_676 = {};
        wp::int32 adj_677 = {};
        wp::vec_t<3, wp::int32> adj_678 = {};
        wp::int32 adj_679 = {};
        wp::int32 adj_680 = {};
        wp::int32 adj_681 = {};
        wp::int32 adj_682 = {};
        wp::int32 adj_683 = {};
        wp::int32 adj_684 = {};
        wp::range_t adj_685 = {};
        wp::int32 adj_686 = {};
        wp::int32 adj_687 = {};
        wp::int32 adj_688 = {};
        wp::int32 adj_689 = {};
        wp::vec_t<3, wp::float32> adj_690 = {};
        wp::vec_t<3, wp::float32> adj_691 = {};
        wp::vec_t<3, wp::float32> adj_692 = {};
        wp::float32 adj_693 = {};
        wp::float32 adj_694 = {};
        wp::float32 adj_695 = {};
        wp::float32 adj_696 = {};
        wp::float32 adj_697 = {};
        wp::float32 adj_698 = {};
        wp::float32 adj_699 = {};
        wp::float32 adj_700 = {};
        wp::float32 adj_701 = {};
        wp::float32 adj_702 = {};
        wp::float32 adj_703 = {};
        wp::float32 adj_704 = {};
        wp::float32 adj_705 = {};
        wp::float32 adj_706 = {};
        wp::float32 adj_707 = {};
        wp::float32 adj_708 = {};
        //---------
        // forward
        // def density_pressure(                                                                  <L 67>
        // i = wp.tid()                                                                           <L 76>
        var_0 = builtin_tid1d();
        // p = x[i]                                                                               <L 77>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // c = cell_coord(p, params)                                                              <L 78>
        var_4 = cell_coord_0(var_2, var_params);
        // d = float(0.0)                                                                         <L 79>
        var_6 = wp::float(var_5);
        // for dz in range(-1, 2):                                                                <L 80>
        // for dy in range(-1, 2):                                                                <L 81>
        // for dx in range(-1, 2):                                                                <L 82>
        var_11 = wp::range(var_9, var_10);
        // for dx in range(-1, 2):                                                                <L 82>
        var_86 = wp::range(var_84, var_85);
        // for dx in range(-1, 2):                                                                <L 82>
        var_163 = wp::range(var_161, var_162);
        // for dy in range(-1, 2):                                                                <L 81>
        // for dx in range(-1, 2):                                                                <L 82>
        var_241 = wp::range(var_239, var_240);
        // for dx in range(-1, 2):                                                                <L 82>
        var_318 = wp::range(var_316, var_317);
        // for dx in range(-1, 2):                                                                <L 82>
        var_395 = wp::range(var_393, var_394);
        // for dy in range(-1, 2):                                                                <L 81>
        // for dx in range(-1, 2):                                                                <L 82>
        var_473 = wp::range(var_471, var_472);
        // for dx in range(-1, 2):                                                                <L 82>
        var_550 = wp::range(var_548, var_549);
        // for dx in range(-1, 2):                                                                <L 82>
        var_627 = wp::range(var_625, var_626);
        // rho[i] = d                                                                             <L 94>
        // wp::array_store(var_rho, var_0, var_6);
        // pressure[i] = wp.max(params.stiffness * (d - params.rest_density), 0.0)                <L 95>
        var_701 = &((var_params).stiffness);
        var_702 = &((var_params).rest_density);
        var_704 = wp::load(var_702);
        var_703 = wp::sub(var_6, var_704);
        var_706 = wp::load(var_701);
        var_705 = wp::mul(var_706, var_703);
        var_708 = wp::max(var_705, var_707);
        // wp::array_store(var_pressure, var_0, var_708);
        //---------
        // reverse
        wp::adj_array_store(var_pressure, var_0, var_708, adj_pressure, adj_0, adj_708);
        wp::adj_max(var_705, var_707, adj_705, adj_707, adj_708);
        wp::adj_mul(var_706, var_703, adj_701, adj_703, adj_705);
        wp::adj_sub(var_6, var_704, adj_6, adj_702, adj_703);
        adj_params.rest_density += adj_702;
        adj_params.stiffness += adj_701;
        // adj: pressure[i] = wp.max(params.stiffness * (d - params.rest_density), 0.0)           <L 95>
        wp::adj_array_store(var_rho, var_0, var_6, adj_rho, adj_0, adj_6);
        // adj: rho[i] = d                                                                        <L 94>
        var_627 = wp::iter_reverse(var_627);
        start_for_32:;
            if (iter_cmp(var_627) == 0) goto end_for_32;
            var_628 = wp::iter_next(var_627);
        	adj_629 = {};
        	adj_630 = {};
        	adj_631 = {};
        	adj_632 = {};
        	adj_633 = {};
        	adj_634 = {};
        	adj_635 = {};
        	adj_636 = {};
        	adj_637 = {};
        	adj_638 = {};
        	adj_639 = {};
        	adj_640 = {};
        	adj_641 = {};
        	adj_642 = {};
        	adj_643 = {};
        	adj_644 = {};
        	adj_645 = {};
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
        	adj_685 = {};
            // nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                     <L 83>
            var_630 = wp::extract(var_4, var_629);
            var_631 = wp::add(var_630, var_628);
            var_633 = wp::extract(var_4, var_632);
            var_634 = wp::add(var_633, var_624);
            var_636 = wp::extract(var_4, var_635);
            var_637 = wp::add(var_636, var_469);
            var_638 = wp::vec_t<3, wp::int32>(var_631, var_634, var_637);
            // if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                            <L 84>
            var_641 = wp::extract(var_638, var_640);
            var_643 = (var_641 < var_642);
            var_639 = var_643;
            if (!var_639) {
                var_645 = wp::extract(var_638, var_644);
                var_647 = (var_645 < var_646);
                var_639 = var_639 || var_647;
            }
            if (!var_639) {
                var_649 = wp::extract(var_638, var_648);
                var_651 = (var_649 < var_650);
                var_639 = var_639 || var_651;
            }
            if (var_639) {
                // continue                                                                       <L 85>
                wp::assign(var_22, var_638);
                goto start_for_32;
            }
            var_652 = wp::where(var_639, var_22, var_638);
            // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
            var_655 = wp::extract(var_652, var_654);
            var_656 = &((var_params).grid_dim);
            var_659 = wp::load(var_656);
            var_658 = wp::extract(var_659, var_657);
            var_660 = (var_655 >= var_658);
            var_653 = var_660;
            if (!var_653) {
                var_662 = wp::extract(var_652, var_661);
                var_663 = &((var_params).grid_dim);
                var_666 = wp::load(var_663);
                var_665 = wp::extract(var_666, var_664);
                var_667 = (var_662 >= var_665);
                var_653 = var_653 || var_667;
            }
            if (!var_653) {
                var_669 = wp::extract(var_652, var_668);
                var_670 = &((var_params).grid_dim);
                var_673 = wp::load(var_670);
                var_672 = wp::extract(var_673, var_671);
                var_674 = (var_669 >= var_672);
                var_653 = var_653 || var_674;
            }
            if (var_653) {
                // continue                                                                       <L 87>
                wp::assign(var_22, var_652);
                goto start_for_32;
            }
            var_675 = wp::where(var_653, var_22, var_652);
            // ci = cell_index(nc, params.grid_dim)                                               <L 88>
            var_676 = &((var_params).grid_dim);
            var_678 = wp::load(var_676);
            var_677 = cell_index_0(var_675, var_678);
            // start = cell_start[ci]                                                             <L 89>
            var_679 = wp::address(var_cell_start, var_677);
            var_681 = wp::load(var_679);
            var_680 = wp::copy(var_681);
            // for k in range(start, start + cell_count[ci]):                                     <L 90>
            var_682 = wp::address(var_cell_count, var_677);
            var_684 = wp::load(var_682);
            var_683 = wp::add(var_680, var_684);
            var_685 = wp::range(var_680, var_683);
            wp::assign(var_22, var_675);
            wp::assign(var_59, var_677);
            wp::assign(var_62, var_680);
            wp::assign(var_68, var_686);
            wp::adj_assign(var_68, var_686, adj_68, adj_686);
            wp::adj_assign(var_62, var_680, adj_62, adj_680);
            wp::adj_assign(var_59, var_677, adj_59, adj_677);
            wp::adj_assign(var_22, var_675, adj_22, adj_675);
            var_685 = wp::iter_reverse(var_685);
            start_for_34:;
                if (iter_cmp(var_685) == 0) goto end_for_34;
                var_686 = wp::iter_next(var_685);
            	adj_687 = {};
            	adj_688 = {};
            	adj_689 = {};
            	adj_690 = {};
            	adj_691 = {};
            	adj_692 = {};
            	adj_693 = {};
            	adj_694 = {};
            	adj_695 = {};
            	adj_696 = {};
            	adj_697 = {};
            	adj_698 = {};
            	adj_699 = {};
            	adj_700 = {};
                // j = sorted_ids[k]                                                              <L 91>
                var_687 = wp::address(var_sorted_ids, var_686);
                var_689 = wp::load(var_687);
                var_688 = wp::copy(var_689);
                // r = p - x[j]                                                                   <L 92>
                var_690 = wp::address(var_x, var_688);
                var_692 = wp::load(var_690);
                var_691 = wp::sub(var_2, var_692);
                // d += params.mass * poly6(wp.dot(r, r), params.h)                               <L 93>
                var_693 = &((var_params).mass);
                var_694 = wp::dot(var_691, var_691);
                var_695 = &((var_params).h);
                var_697 = wp::load(var_695);
                var_696 = poly6_0(var_694, var_697);
                var_699 = wp::load(var_693);
                var_698 = wp::mul(var_699, var_696);
                var_700 = wp::add(var_6, var_698);
                wp::assign(var_6, var_700);
                wp::assign(var_70, var_688);
                wp::assign(var_73, var_691);
                wp::adj_assign(var_73, var_691, adj_73, adj_691);
                wp::adj_assign(var_70, var_688, adj_70, adj_688);
                wp::adj_assign(var_6, var_700, adj_6, adj_700);
                wp::adj_add(var_6, var_698, adj_6, adj_698, adj_700);
                wp::adj_mul(var_699, var_696, adj_693, adj_696, adj_698);
                adj_poly6_0(var_694, var_697, adj_694, adj_695, adj_696);
                adj_params.h += adj_695;
                wp::adj_dot(var_691, var_691, adj_691, adj_691, adj_694);
                adj_params.mass += adj_693;
                // adj: d += params.mass * poly6(wp.dot(r, r), params.h)                          <L 93>
                wp::adj_sub(var_2, var_692, adj_2, adj_690, adj_691);
                wp::adj_address(var_x, var_688, adj_x, adj_688, adj_690);
                // adj: r = p - x[j]                                                              <L 92>
                wp::adj_copy(var_689, adj_687, adj_688);
                wp::adj_address(var_sorted_ids, var_686, adj_sorted_ids, adj_686, adj_687);
                // adj: j = sorted_ids[k]                                                         <L 91>
            	goto start_for_34;
            end_for_34:;
            wp::adj_add(var_680, var_684, adj_680, adj_682, adj_683);
            wp::adj_address(var_cell_count, var_677, adj_cell_count, adj_677, adj_682);
            // adj: for k in range(start, start + cell_count[ci]):                                <L 90>
            wp::adj_copy(var_681, adj_679, adj_680);
            wp::adj_address(var_cell_start, var_677, adj_cell_start, adj_677, adj_679);
            // adj: start = cell_start[ci]                                                        <L 89>
            adj_cell_index_0(var_675, var_678, adj_675, adj_676, adj_677);
            adj_params.grid_dim = adj_676;
            // adj: ci = cell_index(nc, params.grid_dim)                                          <L 88>
            wp::adj_where(var_653, var_22, var_652, adj_653, adj_22, adj_652, adj_675);
            if (var_653) {
                wp::adj_assign(var_22, var_652, adj_22, adj_652);
                // adj: continue                                                                  <L 87>
            }
            if (!var_653) {
                wp::adj_extract(var_673, var_671, adj_670, adj_671, adj_672);
                adj_params.grid_dim = adj_670;
                wp::adj_extract(var_652, var_668, adj_652, adj_668, adj_669);
            }
            if (!var_653) {
                wp::adj_extract(var_666, var_664, adj_663, adj_664, adj_665);
                adj_params.grid_dim = adj_663;
                wp::adj_extract(var_652, var_661, adj_652, adj_661, adj_662);
            }
            wp::adj_extract(var_659, var_657, adj_656, adj_657, adj_658);
            adj_params.grid_dim = adj_656;
            wp::adj_extract(var_652, var_654, adj_652, adj_654, adj_655);
            // adj: if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:  <L 86>
            wp::adj_where(var_639, var_22, var_638, adj_639, adj_22, adj_638, adj_652);
            if (var_639) {
                wp::adj_assign(var_22, var_638, adj_22, adj_638);
                // adj: continue                                                                  <L 85>
            }
            if (!var_639) {
                wp::adj_extract(var_638, var_648, adj_638, adj_648, adj_649);
            }
            if (!var_639) {
                wp::adj_extract(var_638, var_644, adj_638, adj_644, adj_645);
            }
            wp::adj_extract(var_638, var_640, adj_638, adj_640, adj_641);
            // adj: if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                       <L 84>
            wp::adj_vec_t(var_631, var_634, var_637, adj_631, adj_634, adj_637, adj_638);
            wp::adj_add(var_636, var_469, adj_636, adj_469, adj_637);
            wp::adj_extract(var_4, var_635, adj_4, adj_635, adj_636);
            wp::adj_add(var_633, var_624, adj_633, adj_624, adj_634);
            wp::adj_extract(var_4, var_632, adj_4, adj_632, adj_633);
            wp::adj_add(var_630, var_628, adj_630, adj_628, adj_631);
            wp::adj_extract(var_4, var_629, adj_4, adj_629, adj_630);
            // adj: nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                <L 83>
        	goto start_for_32;
        end_for_32:;
        // adj: for dx in range(-1, 2):                                                           <L 82>
        var_550 = wp::iter_reverse(var_550);
        start_for_28:;
            if (iter_cmp(var_550) == 0) goto end_for_28;
            var_551 = wp::iter_next(var_550);
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
        	adj_573 = {};
        	adj_574 = {};
        	adj_575 = {};
        	adj_576 = {};
        	adj_577 = {};
        	adj_578 = {};
        	adj_579 = {};
        	adj_580 = {};
        	adj_581 = {};
        	adj_582 = {};
        	adj_583 = {};
        	adj_584 = {};
        	adj_585 = {};
        	adj_586 = {};
        	adj_587 = {};
        	adj_588 = {};
        	adj_589 = {};
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
            // nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                     <L 83>
            var_553 = wp::extract(var_4, var_552);
            var_554 = wp::add(var_553, var_551);
            var_556 = wp::extract(var_4, var_555);
            var_557 = wp::add(var_556, var_547);
            var_559 = wp::extract(var_4, var_558);
            var_560 = wp::add(var_559, var_469);
            var_561 = wp::vec_t<3, wp::int32>(var_554, var_557, var_560);
            // if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                            <L 84>
            var_564 = wp::extract(var_561, var_563);
            var_566 = (var_564 < var_565);
            var_562 = var_566;
            if (!var_562) {
                var_568 = wp::extract(var_561, var_567);
                var_570 = (var_568 < var_569);
                var_562 = var_562 || var_570;
            }
            if (!var_562) {
                var_572 = wp::extract(var_561, var_571);
                var_574 = (var_572 < var_573);
                var_562 = var_562 || var_574;
            }
            if (var_562) {
                // continue                                                                       <L 85>
                wp::assign(var_22, var_561);
                goto start_for_28;
            }
            var_575 = wp::where(var_562, var_22, var_561);
            // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
            var_578 = wp::extract(var_575, var_577);
            var_579 = &((var_params).grid_dim);
            var_582 = wp::load(var_579);
            var_581 = wp::extract(var_582, var_580);
            var_583 = (var_578 >= var_581);
            var_576 = var_583;
            if (!var_576) {
                var_585 = wp::extract(var_575, var_584);
                var_586 = &((var_params).grid_dim);
                var_589 = wp::load(var_586);
                var_588 = wp::extract(var_589, var_587);
                var_590 = (var_585 >= var_588);
                var_576 = var_576 || var_590;
            }
            if (!var_576) {
                var_592 = wp::extract(var_575, var_591);
                var_593 = &((var_params).grid_dim);
                var_596 = wp::load(var_593);
                var_595 = wp::extract(var_596, var_594);
                var_597 = (var_592 >= var_595);
                var_576 = var_576 || var_597;
            }
            if (var_576) {
                // continue                                                                       <L 87>
                wp::assign(var_22, var_575);
                goto start_for_28;
            }
            var_598 = wp::where(var_576, var_22, var_575);
            // ci = cell_index(nc, params.grid_dim)                                               <L 88>
            var_599 = &((var_params).grid_dim);
            var_601 = wp::load(var_599);
            var_600 = cell_index_0(var_598, var_601);
            // start = cell_start[ci]                                                             <L 89>
            var_602 = wp::address(var_cell_start, var_600);
            var_604 = wp::load(var_602);
            var_603 = wp::copy(var_604);
            // for k in range(start, start + cell_count[ci]):                                     <L 90>
            var_605 = wp::address(var_cell_count, var_600);
            var_607 = wp::load(var_605);
            var_606 = wp::add(var_603, var_607);
            var_608 = wp::range(var_603, var_606);
            wp::assign(var_22, var_598);
            wp::assign(var_59, var_600);
            wp::assign(var_62, var_603);
            wp::assign(var_68, var_609);
            wp::adj_assign(var_68, var_609, adj_68, adj_609);
            wp::adj_assign(var_62, var_603, adj_62, adj_603);
            wp::adj_assign(var_59, var_600, adj_59, adj_600);
            wp::adj_assign(var_22, var_598, adj_22, adj_598);
            var_608 = wp::iter_reverse(var_608);
            start_for_30:;
                if (iter_cmp(var_608) == 0) goto end_for_30;
                var_609 = wp::iter_next(var_608);
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
                // j = sorted_ids[k]                                                              <L 91>
                var_610 = wp::address(var_sorted_ids, var_609);
                var_612 = wp::load(var_610);
                var_611 = wp::copy(var_612);
                // r = p - x[j]                                                                   <L 92>
                var_613 = wp::address(var_x, var_611);
                var_615 = wp::load(var_613);
                var_614 = wp::sub(var_2, var_615);
                // d += params.mass * poly6(wp.dot(r, r), params.h)                               <L 93>
                var_616 = &((var_params).mass);
                var_617 = wp::dot(var_614, var_614);
                var_618 = &((var_params).h);
                var_620 = wp::load(var_618);
                var_619 = poly6_0(var_617, var_620);
                var_622 = wp::load(var_616);
                var_621 = wp::mul(var_622, var_619);
                var_623 = wp::add(var_6, var_621);
                wp::assign(var_6, var_623);
                wp::assign(var_70, var_611);
                wp::assign(var_73, var_614);
                wp::adj_assign(var_73, var_614, adj_73, adj_614);
                wp::adj_assign(var_70, var_611, adj_70, adj_611);
                wp::adj_assign(var_6, var_623, adj_6, adj_623);
                wp::adj_add(var_6, var_621, adj_6, adj_621, adj_623);
                wp::adj_mul(var_622, var_619, adj_616, adj_619, adj_621);
                adj_poly6_0(var_617, var_620, adj_617, adj_618, adj_619);
                adj_params.h += adj_618;
                wp::adj_dot(var_614, var_614, adj_614, adj_614, adj_617);
                adj_params.mass += adj_616;
                // adj: d += params.mass * poly6(wp.dot(r, r), params.h)                          <L 93>
                wp::adj_sub(var_2, var_615, adj_2, adj_613, adj_614);
                wp::adj_address(var_x, var_611, adj_x, adj_611, adj_613);
                // adj: r = p - x[j]                                                              <L 92>
                wp::adj_copy(var_612, adj_610, adj_611);
                wp::adj_address(var_sorted_ids, var_609, adj_sorted_ids, adj_609, adj_610);
                // adj: j = sorted_ids[k]                                                         <L 91>
            	goto start_for_30;
            end_for_30:;
            wp::adj_add(var_603, var_607, adj_603, adj_605, adj_606);
            wp::adj_address(var_cell_count, var_600, adj_cell_count, adj_600, adj_605);
            // adj: for k in range(start, start + cell_count[ci]):                                <L 90>
            wp::adj_copy(var_604, adj_602, adj_603);
            wp::adj_address(var_cell_start, var_600, adj_cell_start, adj_600, adj_602);
            // adj: start = cell_start[ci]                                                        <L 89>
            adj_cell_index_0(var_598, var_601, adj_598, adj_599, adj_600);
            adj_params.grid_dim = adj_599;
            // adj: ci = cell_index(nc, params.grid_dim)                                          <L 88>
            wp::adj_where(var_576, var_22, var_575, adj_576, adj_22, adj_575, adj_598);
            if (var_576) {
                wp::adj_assign(var_22, var_575, adj_22, adj_575);
                // adj: continue                                                                  <L 87>
            }
            if (!var_576) {
                wp::adj_extract(var_596, var_594, adj_593, adj_594, adj_595);
                adj_params.grid_dim = adj_593;
                wp::adj_extract(var_575, var_591, adj_575, adj_591, adj_592);
            }
            if (!var_576) {
                wp::adj_extract(var_589, var_587, adj_586, adj_587, adj_588);
                adj_params.grid_dim = adj_586;
                wp::adj_extract(var_575, var_584, adj_575, adj_584, adj_585);
            }
            wp::adj_extract(var_582, var_580, adj_579, adj_580, adj_581);
            adj_params.grid_dim = adj_579;
            wp::adj_extract(var_575, var_577, adj_575, adj_577, adj_578);
            // adj: if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:  <L 86>
            wp::adj_where(var_562, var_22, var_561, adj_562, adj_22, adj_561, adj_575);
            if (var_562) {
                wp::adj_assign(var_22, var_561, adj_22, adj_561);
                // adj: continue                                                                  <L 85>
            }
            if (!var_562) {
                wp::adj_extract(var_561, var_571, adj_561, adj_571, adj_572);
            }
            if (!var_562) {
                wp::adj_extract(var_561, var_567, adj_561, adj_567, adj_568);
            }
            wp::adj_extract(var_561, var_563, adj_561, adj_563, adj_564);
            // adj: if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                       <L 84>
            wp::adj_vec_t(var_554, var_557, var_560, adj_554, adj_557, adj_560, adj_561);
            wp::adj_add(var_559, var_469, adj_559, adj_469, adj_560);
            wp::adj_extract(var_4, var_558, adj_4, adj_558, adj_559);
            wp::adj_add(var_556, var_547, adj_556, adj_547, adj_557);
            wp::adj_extract(var_4, var_555, adj_4, adj_555, adj_556);
            wp::adj_add(var_553, var_551, adj_553, adj_551, adj_554);
            wp::adj_extract(var_4, var_552, adj_4, adj_552, adj_553);
            // adj: nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                <L 83>
        	goto start_for_28;
        end_for_28:;
        // adj: for dx in range(-1, 2):                                                           <L 82>
        var_473 = wp::iter_reverse(var_473);
        start_for_24:;
            if (iter_cmp(var_473) == 0) goto end_for_24;
            var_474 = wp::iter_next(var_473);
        	adj_475 = {};
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
        	adj_515 = {};
        	adj_516 = {};
        	adj_517 = {};
        	adj_518 = {};
        	adj_519 = {};
        	adj_520 = {};
        	adj_521 = {};
        	adj_522 = {};
        	adj_523 = {};
        	adj_524 = {};
        	adj_525 = {};
        	adj_526 = {};
        	adj_527 = {};
        	adj_528 = {};
        	adj_529 = {};
        	adj_530 = {};
        	adj_531 = {};
            // nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                     <L 83>
            var_476 = wp::extract(var_4, var_475);
            var_477 = wp::add(var_476, var_474);
            var_479 = wp::extract(var_4, var_478);
            var_480 = wp::add(var_479, var_470);
            var_482 = wp::extract(var_4, var_481);
            var_483 = wp::add(var_482, var_469);
            var_484 = wp::vec_t<3, wp::int32>(var_477, var_480, var_483);
            // if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                            <L 84>
            var_487 = wp::extract(var_484, var_486);
            var_489 = (var_487 < var_488);
            var_485 = var_489;
            if (!var_485) {
                var_491 = wp::extract(var_484, var_490);
                var_493 = (var_491 < var_492);
                var_485 = var_485 || var_493;
            }
            if (!var_485) {
                var_495 = wp::extract(var_484, var_494);
                var_497 = (var_495 < var_496);
                var_485 = var_485 || var_497;
            }
            if (var_485) {
                // continue                                                                       <L 85>
                wp::assign(var_22, var_484);
                goto start_for_24;
            }
            var_498 = wp::where(var_485, var_22, var_484);
            // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
            var_501 = wp::extract(var_498, var_500);
            var_502 = &((var_params).grid_dim);
            var_505 = wp::load(var_502);
            var_504 = wp::extract(var_505, var_503);
            var_506 = (var_501 >= var_504);
            var_499 = var_506;
            if (!var_499) {
                var_508 = wp::extract(var_498, var_507);
                var_509 = &((var_params).grid_dim);
                var_512 = wp::load(var_509);
                var_511 = wp::extract(var_512, var_510);
                var_513 = (var_508 >= var_511);
                var_499 = var_499 || var_513;
            }
            if (!var_499) {
                var_515 = wp::extract(var_498, var_514);
                var_516 = &((var_params).grid_dim);
                var_519 = wp::load(var_516);
                var_518 = wp::extract(var_519, var_517);
                var_520 = (var_515 >= var_518);
                var_499 = var_499 || var_520;
            }
            if (var_499) {
                // continue                                                                       <L 87>
                wp::assign(var_22, var_498);
                goto start_for_24;
            }
            var_521 = wp::where(var_499, var_22, var_498);
            // ci = cell_index(nc, params.grid_dim)                                               <L 88>
            var_522 = &((var_params).grid_dim);
            var_524 = wp::load(var_522);
            var_523 = cell_index_0(var_521, var_524);
            // start = cell_start[ci]                                                             <L 89>
            var_525 = wp::address(var_cell_start, var_523);
            var_527 = wp::load(var_525);
            var_526 = wp::copy(var_527);
            // for k in range(start, start + cell_count[ci]):                                     <L 90>
            var_528 = wp::address(var_cell_count, var_523);
            var_530 = wp::load(var_528);
            var_529 = wp::add(var_526, var_530);
            var_531 = wp::range(var_526, var_529);
            wp::assign(var_22, var_521);
            wp::assign(var_59, var_523);
            wp::assign(var_62, var_526);
            wp::assign(var_68, var_532);
            wp::adj_assign(var_68, var_532, adj_68, adj_532);
            wp::adj_assign(var_62, var_526, adj_62, adj_526);
            wp::adj_assign(var_59, var_523, adj_59, adj_523);
            wp::adj_assign(var_22, var_521, adj_22, adj_521);
            var_531 = wp::iter_reverse(var_531);
            start_for_26:;
                if (iter_cmp(var_531) == 0) goto end_for_26;
                var_532 = wp::iter_next(var_531);
            	adj_533 = {};
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
                // j = sorted_ids[k]                                                              <L 91>
                var_533 = wp::address(var_sorted_ids, var_532);
                var_535 = wp::load(var_533);
                var_534 = wp::copy(var_535);
                // r = p - x[j]                                                                   <L 92>
                var_536 = wp::address(var_x, var_534);
                var_538 = wp::load(var_536);
                var_537 = wp::sub(var_2, var_538);
                // d += params.mass * poly6(wp.dot(r, r), params.h)                               <L 93>
                var_539 = &((var_params).mass);
                var_540 = wp::dot(var_537, var_537);
                var_541 = &((var_params).h);
                var_543 = wp::load(var_541);
                var_542 = poly6_0(var_540, var_543);
                var_545 = wp::load(var_539);
                var_544 = wp::mul(var_545, var_542);
                var_546 = wp::add(var_6, var_544);
                wp::assign(var_6, var_546);
                wp::assign(var_70, var_534);
                wp::assign(var_73, var_537);
                wp::adj_assign(var_73, var_537, adj_73, adj_537);
                wp::adj_assign(var_70, var_534, adj_70, adj_534);
                wp::adj_assign(var_6, var_546, adj_6, adj_546);
                wp::adj_add(var_6, var_544, adj_6, adj_544, adj_546);
                wp::adj_mul(var_545, var_542, adj_539, adj_542, adj_544);
                adj_poly6_0(var_540, var_543, adj_540, adj_541, adj_542);
                adj_params.h += adj_541;
                wp::adj_dot(var_537, var_537, adj_537, adj_537, adj_540);
                adj_params.mass += adj_539;
                // adj: d += params.mass * poly6(wp.dot(r, r), params.h)                          <L 93>
                wp::adj_sub(var_2, var_538, adj_2, adj_536, adj_537);
                wp::adj_address(var_x, var_534, adj_x, adj_534, adj_536);
                // adj: r = p - x[j]                                                              <L 92>
                wp::adj_copy(var_535, adj_533, adj_534);
                wp::adj_address(var_sorted_ids, var_532, adj_sorted_ids, adj_532, adj_533);
                // adj: j = sorted_ids[k]                                                         <L 91>
            	goto start_for_26;
            end_for_26:;
            wp::adj_add(var_526, var_530, adj_526, adj_528, adj_529);
            wp::adj_address(var_cell_count, var_523, adj_cell_count, adj_523, adj_528);
            // adj: for k in range(start, start + cell_count[ci]):                                <L 90>
            wp::adj_copy(var_527, adj_525, adj_526);
            wp::adj_address(var_cell_start, var_523, adj_cell_start, adj_523, adj_525);
            // adj: start = cell_start[ci]                                                        <L 89>
            adj_cell_index_0(var_521, var_524, adj_521, adj_522, adj_523);
            adj_params.grid_dim = adj_522;
            // adj: ci = cell_index(nc, params.grid_dim)                                          <L 88>
            wp::adj_where(var_499, var_22, var_498, adj_499, adj_22, adj_498, adj_521);
            if (var_499) {
                wp::adj_assign(var_22, var_498, adj_22, adj_498);
                // adj: continue                                                                  <L 87>
            }
            if (!var_499) {
                wp::adj_extract(var_519, var_517, adj_516, adj_517, adj_518);
                adj_params.grid_dim = adj_516;
                wp::adj_extract(var_498, var_514, adj_498, adj_514, adj_515);
            }
            if (!var_499) {
                wp::adj_extract(var_512, var_510, adj_509, adj_510, adj_511);
                adj_params.grid_dim = adj_509;
                wp::adj_extract(var_498, var_507, adj_498, adj_507, adj_508);
            }
            wp::adj_extract(var_505, var_503, adj_502, adj_503, adj_504);
            adj_params.grid_dim = adj_502;
            wp::adj_extract(var_498, var_500, adj_498, adj_500, adj_501);
            // adj: if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:  <L 86>
            wp::adj_where(var_485, var_22, var_484, adj_485, adj_22, adj_484, adj_498);
            if (var_485) {
                wp::adj_assign(var_22, var_484, adj_22, adj_484);
                // adj: continue                                                                  <L 85>
            }
            if (!var_485) {
                wp::adj_extract(var_484, var_494, adj_484, adj_494, adj_495);
            }
            if (!var_485) {
                wp::adj_extract(var_484, var_490, adj_484, adj_490, adj_491);
            }
            wp::adj_extract(var_484, var_486, adj_484, adj_486, adj_487);
            // adj: if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                       <L 84>
            wp::adj_vec_t(var_477, var_480, var_483, adj_477, adj_480, adj_483, adj_484);
            wp::adj_add(var_482, var_469, adj_482, adj_469, adj_483);
            wp::adj_extract(var_4, var_481, adj_4, adj_481, adj_482);
            wp::adj_add(var_479, var_470, adj_479, adj_470, adj_480);
            wp::adj_extract(var_4, var_478, adj_4, adj_478, adj_479);
            wp::adj_add(var_476, var_474, adj_476, adj_474, adj_477);
            wp::adj_extract(var_4, var_475, adj_4, adj_475, adj_476);
            // adj: nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                <L 83>
        	goto start_for_24;
        end_for_24:;
        // adj: for dx in range(-1, 2):                                                           <L 82>
        // adj: for dy in range(-1, 2):                                                           <L 81>
        var_395 = wp::iter_reverse(var_395);
        start_for_20:;
            if (iter_cmp(var_395) == 0) goto end_for_20;
            var_396 = wp::iter_next(var_395);
        	adj_397 = {};
        	adj_398 = {};
        	adj_399 = {};
        	adj_400 = {};
        	adj_401 = {};
        	adj_402 = {};
        	adj_403 = {};
        	adj_404 = {};
        	adj_405 = {};
        	adj_406 = {};
        	adj_407 = {};
        	adj_408 = {};
        	adj_409 = {};
        	adj_410 = {};
        	adj_411 = {};
        	adj_412 = {};
        	adj_413 = {};
        	adj_414 = {};
        	adj_415 = {};
        	adj_416 = {};
        	adj_417 = {};
        	adj_418 = {};
        	adj_419 = {};
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
            // nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                     <L 83>
            var_398 = wp::extract(var_4, var_397);
            var_399 = wp::add(var_398, var_396);
            var_401 = wp::extract(var_4, var_400);
            var_402 = wp::add(var_401, var_392);
            var_404 = wp::extract(var_4, var_403);
            var_405 = wp::add(var_404, var_237);
            var_406 = wp::vec_t<3, wp::int32>(var_399, var_402, var_405);
            // if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                            <L 84>
            var_409 = wp::extract(var_406, var_408);
            var_411 = (var_409 < var_410);
            var_407 = var_411;
            if (!var_407) {
                var_413 = wp::extract(var_406, var_412);
                var_415 = (var_413 < var_414);
                var_407 = var_407 || var_415;
            }
            if (!var_407) {
                var_417 = wp::extract(var_406, var_416);
                var_419 = (var_417 < var_418);
                var_407 = var_407 || var_419;
            }
            if (var_407) {
                // continue                                                                       <L 85>
                wp::assign(var_22, var_406);
                goto start_for_20;
            }
            var_420 = wp::where(var_407, var_22, var_406);
            // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
            var_423 = wp::extract(var_420, var_422);
            var_424 = &((var_params).grid_dim);
            var_427 = wp::load(var_424);
            var_426 = wp::extract(var_427, var_425);
            var_428 = (var_423 >= var_426);
            var_421 = var_428;
            if (!var_421) {
                var_430 = wp::extract(var_420, var_429);
                var_431 = &((var_params).grid_dim);
                var_434 = wp::load(var_431);
                var_433 = wp::extract(var_434, var_432);
                var_435 = (var_430 >= var_433);
                var_421 = var_421 || var_435;
            }
            if (!var_421) {
                var_437 = wp::extract(var_420, var_436);
                var_438 = &((var_params).grid_dim);
                var_441 = wp::load(var_438);
                var_440 = wp::extract(var_441, var_439);
                var_442 = (var_437 >= var_440);
                var_421 = var_421 || var_442;
            }
            if (var_421) {
                // continue                                                                       <L 87>
                wp::assign(var_22, var_420);
                goto start_for_20;
            }
            var_443 = wp::where(var_421, var_22, var_420);
            // ci = cell_index(nc, params.grid_dim)                                               <L 88>
            var_444 = &((var_params).grid_dim);
            var_446 = wp::load(var_444);
            var_445 = cell_index_0(var_443, var_446);
            // start = cell_start[ci]                                                             <L 89>
            var_447 = wp::address(var_cell_start, var_445);
            var_449 = wp::load(var_447);
            var_448 = wp::copy(var_449);
            // for k in range(start, start + cell_count[ci]):                                     <L 90>
            var_450 = wp::address(var_cell_count, var_445);
            var_452 = wp::load(var_450);
            var_451 = wp::add(var_448, var_452);
            var_453 = wp::range(var_448, var_451);
            wp::assign(var_22, var_443);
            wp::assign(var_59, var_445);
            wp::assign(var_62, var_448);
            wp::assign(var_68, var_454);
            wp::adj_assign(var_68, var_454, adj_68, adj_454);
            wp::adj_assign(var_62, var_448, adj_62, adj_448);
            wp::adj_assign(var_59, var_445, adj_59, adj_445);
            wp::adj_assign(var_22, var_443, adj_22, adj_443);
            var_453 = wp::iter_reverse(var_453);
            start_for_22:;
                if (iter_cmp(var_453) == 0) goto end_for_22;
                var_454 = wp::iter_next(var_453);
            	adj_455 = {};
            	adj_456 = {};
            	adj_457 = {};
            	adj_458 = {};
            	adj_459 = {};
            	adj_460 = {};
            	adj_461 = {};
            	adj_462 = {};
            	adj_463 = {};
            	adj_464 = {};
            	adj_465 = {};
            	adj_466 = {};
            	adj_467 = {};
            	adj_468 = {};
                // j = sorted_ids[k]                                                              <L 91>
                var_455 = wp::address(var_sorted_ids, var_454);
                var_457 = wp::load(var_455);
                var_456 = wp::copy(var_457);
                // r = p - x[j]                                                                   <L 92>
                var_458 = wp::address(var_x, var_456);
                var_460 = wp::load(var_458);
                var_459 = wp::sub(var_2, var_460);
                // d += params.mass * poly6(wp.dot(r, r), params.h)                               <L 93>
                var_461 = &((var_params).mass);
                var_462 = wp::dot(var_459, var_459);
                var_463 = &((var_params).h);
                var_465 = wp::load(var_463);
                var_464 = poly6_0(var_462, var_465);
                var_467 = wp::load(var_461);
                var_466 = wp::mul(var_467, var_464);
                var_468 = wp::add(var_6, var_466);
                wp::assign(var_6, var_468);
                wp::assign(var_70, var_456);
                wp::assign(var_73, var_459);
                wp::adj_assign(var_73, var_459, adj_73, adj_459);
                wp::adj_assign(var_70, var_456, adj_70, adj_456);
                wp::adj_assign(var_6, var_468, adj_6, adj_468);
                wp::adj_add(var_6, var_466, adj_6, adj_466, adj_468);
                wp::adj_mul(var_467, var_464, adj_461, adj_464, adj_466);
                adj_poly6_0(var_462, var_465, adj_462, adj_463, adj_464);
                adj_params.h += adj_463;
                wp::adj_dot(var_459, var_459, adj_459, adj_459, adj_462);
                adj_params.mass += adj_461;
                // adj: d += params.mass * poly6(wp.dot(r, r), params.h)                          <L 93>
                wp::adj_sub(var_2, var_460, adj_2, adj_458, adj_459);
                wp::adj_address(var_x, var_456, adj_x, adj_456, adj_458);
                // adj: r = p - x[j]                                                              <L 92>
                wp::adj_copy(var_457, adj_455, adj_456);
                wp::adj_address(var_sorted_ids, var_454, adj_sorted_ids, adj_454, adj_455);
                // adj: j = sorted_ids[k]                                                         <L 91>
            	goto start_for_22;
            end_for_22:;
            wp::adj_add(var_448, var_452, adj_448, adj_450, adj_451);
            wp::adj_address(var_cell_count, var_445, adj_cell_count, adj_445, adj_450);
            // adj: for k in range(start, start + cell_count[ci]):                                <L 90>
            wp::adj_copy(var_449, adj_447, adj_448);
            wp::adj_address(var_cell_start, var_445, adj_cell_start, adj_445, adj_447);
            // adj: start = cell_start[ci]                                                        <L 89>
            adj_cell_index_0(var_443, var_446, adj_443, adj_444, adj_445);
            adj_params.grid_dim = adj_444;
            // adj: ci = cell_index(nc, params.grid_dim)                                          <L 88>
            wp::adj_where(var_421, var_22, var_420, adj_421, adj_22, adj_420, adj_443);
            if (var_421) {
                wp::adj_assign(var_22, var_420, adj_22, adj_420);
                // adj: continue                                                                  <L 87>
            }
            if (!var_421) {
                wp::adj_extract(var_441, var_439, adj_438, adj_439, adj_440);
                adj_params.grid_dim = adj_438;
                wp::adj_extract(var_420, var_436, adj_420, adj_436, adj_437);
            }
            if (!var_421) {
                wp::adj_extract(var_434, var_432, adj_431, adj_432, adj_433);
                adj_params.grid_dim = adj_431;
                wp::adj_extract(var_420, var_429, adj_420, adj_429, adj_430);
            }
            wp::adj_extract(var_427, var_425, adj_424, adj_425, adj_426);
            adj_params.grid_dim = adj_424;
            wp::adj_extract(var_420, var_422, adj_420, adj_422, adj_423);
            // adj: if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:  <L 86>
            wp::adj_where(var_407, var_22, var_406, adj_407, adj_22, adj_406, adj_420);
            if (var_407) {
                wp::adj_assign(var_22, var_406, adj_22, adj_406);
                // adj: continue                                                                  <L 85>
            }
            if (!var_407) {
                wp::adj_extract(var_406, var_416, adj_406, adj_416, adj_417);
            }
            if (!var_407) {
                wp::adj_extract(var_406, var_412, adj_406, adj_412, adj_413);
            }
            wp::adj_extract(var_406, var_408, adj_406, adj_408, adj_409);
            // adj: if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                       <L 84>
            wp::adj_vec_t(var_399, var_402, var_405, adj_399, adj_402, adj_405, adj_406);
            wp::adj_add(var_404, var_237, adj_404, adj_237, adj_405);
            wp::adj_extract(var_4, var_403, adj_4, adj_403, adj_404);
            wp::adj_add(var_401, var_392, adj_401, adj_392, adj_402);
            wp::adj_extract(var_4, var_400, adj_4, adj_400, adj_401);
            wp::adj_add(var_398, var_396, adj_398, adj_396, adj_399);
            wp::adj_extract(var_4, var_397, adj_4, adj_397, adj_398);
            // adj: nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                <L 83>
        	goto start_for_20;
        end_for_20:;
        // adj: for dx in range(-1, 2):                                                           <L 82>
        var_318 = wp::iter_reverse(var_318);
        start_for_16:;
            if (iter_cmp(var_318) == 0) goto end_for_16;
            var_319 = wp::iter_next(var_318);
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
        	adj_346 = {};
        	adj_347 = {};
        	adj_348 = {};
        	adj_349 = {};
        	adj_350 = {};
        	adj_351 = {};
        	adj_352 = {};
        	adj_353 = {};
        	adj_354 = {};
        	adj_355 = {};
        	adj_356 = {};
        	adj_357 = {};
        	adj_358 = {};
        	adj_359 = {};
        	adj_360 = {};
        	adj_361 = {};
        	adj_362 = {};
        	adj_363 = {};
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
            // nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                     <L 83>
            var_321 = wp::extract(var_4, var_320);
            var_322 = wp::add(var_321, var_319);
            var_324 = wp::extract(var_4, var_323);
            var_325 = wp::add(var_324, var_315);
            var_327 = wp::extract(var_4, var_326);
            var_328 = wp::add(var_327, var_237);
            var_329 = wp::vec_t<3, wp::int32>(var_322, var_325, var_328);
            // if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                            <L 84>
            var_332 = wp::extract(var_329, var_331);
            var_334 = (var_332 < var_333);
            var_330 = var_334;
            if (!var_330) {
                var_336 = wp::extract(var_329, var_335);
                var_338 = (var_336 < var_337);
                var_330 = var_330 || var_338;
            }
            if (!var_330) {
                var_340 = wp::extract(var_329, var_339);
                var_342 = (var_340 < var_341);
                var_330 = var_330 || var_342;
            }
            if (var_330) {
                // continue                                                                       <L 85>
                wp::assign(var_22, var_329);
                goto start_for_16;
            }
            var_343 = wp::where(var_330, var_22, var_329);
            // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
            var_346 = wp::extract(var_343, var_345);
            var_347 = &((var_params).grid_dim);
            var_350 = wp::load(var_347);
            var_349 = wp::extract(var_350, var_348);
            var_351 = (var_346 >= var_349);
            var_344 = var_351;
            if (!var_344) {
                var_353 = wp::extract(var_343, var_352);
                var_354 = &((var_params).grid_dim);
                var_357 = wp::load(var_354);
                var_356 = wp::extract(var_357, var_355);
                var_358 = (var_353 >= var_356);
                var_344 = var_344 || var_358;
            }
            if (!var_344) {
                var_360 = wp::extract(var_343, var_359);
                var_361 = &((var_params).grid_dim);
                var_364 = wp::load(var_361);
                var_363 = wp::extract(var_364, var_362);
                var_365 = (var_360 >= var_363);
                var_344 = var_344 || var_365;
            }
            if (var_344) {
                // continue                                                                       <L 87>
                wp::assign(var_22, var_343);
                goto start_for_16;
            }
            var_366 = wp::where(var_344, var_22, var_343);
            // ci = cell_index(nc, params.grid_dim)                                               <L 88>
            var_367 = &((var_params).grid_dim);
            var_369 = wp::load(var_367);
            var_368 = cell_index_0(var_366, var_369);
            // start = cell_start[ci]                                                             <L 89>
            var_370 = wp::address(var_cell_start, var_368);
            var_372 = wp::load(var_370);
            var_371 = wp::copy(var_372);
            // for k in range(start, start + cell_count[ci]):                                     <L 90>
            var_373 = wp::address(var_cell_count, var_368);
            var_375 = wp::load(var_373);
            var_374 = wp::add(var_371, var_375);
            var_376 = wp::range(var_371, var_374);
            wp::assign(var_22, var_366);
            wp::assign(var_59, var_368);
            wp::assign(var_62, var_371);
            wp::assign(var_68, var_377);
            wp::adj_assign(var_68, var_377, adj_68, adj_377);
            wp::adj_assign(var_62, var_371, adj_62, adj_371);
            wp::adj_assign(var_59, var_368, adj_59, adj_368);
            wp::adj_assign(var_22, var_366, adj_22, adj_366);
            var_376 = wp::iter_reverse(var_376);
            start_for_18:;
                if (iter_cmp(var_376) == 0) goto end_for_18;
                var_377 = wp::iter_next(var_376);
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
                // j = sorted_ids[k]                                                              <L 91>
                var_378 = wp::address(var_sorted_ids, var_377);
                var_380 = wp::load(var_378);
                var_379 = wp::copy(var_380);
                // r = p - x[j]                                                                   <L 92>
                var_381 = wp::address(var_x, var_379);
                var_383 = wp::load(var_381);
                var_382 = wp::sub(var_2, var_383);
                // d += params.mass * poly6(wp.dot(r, r), params.h)                               <L 93>
                var_384 = &((var_params).mass);
                var_385 = wp::dot(var_382, var_382);
                var_386 = &((var_params).h);
                var_388 = wp::load(var_386);
                var_387 = poly6_0(var_385, var_388);
                var_390 = wp::load(var_384);
                var_389 = wp::mul(var_390, var_387);
                var_391 = wp::add(var_6, var_389);
                wp::assign(var_6, var_391);
                wp::assign(var_70, var_379);
                wp::assign(var_73, var_382);
                wp::adj_assign(var_73, var_382, adj_73, adj_382);
                wp::adj_assign(var_70, var_379, adj_70, adj_379);
                wp::adj_assign(var_6, var_391, adj_6, adj_391);
                wp::adj_add(var_6, var_389, adj_6, adj_389, adj_391);
                wp::adj_mul(var_390, var_387, adj_384, adj_387, adj_389);
                adj_poly6_0(var_385, var_388, adj_385, adj_386, adj_387);
                adj_params.h += adj_386;
                wp::adj_dot(var_382, var_382, adj_382, adj_382, adj_385);
                adj_params.mass += adj_384;
                // adj: d += params.mass * poly6(wp.dot(r, r), params.h)                          <L 93>
                wp::adj_sub(var_2, var_383, adj_2, adj_381, adj_382);
                wp::adj_address(var_x, var_379, adj_x, adj_379, adj_381);
                // adj: r = p - x[j]                                                              <L 92>
                wp::adj_copy(var_380, adj_378, adj_379);
                wp::adj_address(var_sorted_ids, var_377, adj_sorted_ids, adj_377, adj_378);
                // adj: j = sorted_ids[k]                                                         <L 91>
            	goto start_for_18;
            end_for_18:;
            wp::adj_add(var_371, var_375, adj_371, adj_373, adj_374);
            wp::adj_address(var_cell_count, var_368, adj_cell_count, adj_368, adj_373);
            // adj: for k in range(start, start + cell_count[ci]):                                <L 90>
            wp::adj_copy(var_372, adj_370, adj_371);
            wp::adj_address(var_cell_start, var_368, adj_cell_start, adj_368, adj_370);
            // adj: start = cell_start[ci]                                                        <L 89>
            adj_cell_index_0(var_366, var_369, adj_366, adj_367, adj_368);
            adj_params.grid_dim = adj_367;
            // adj: ci = cell_index(nc, params.grid_dim)                                          <L 88>
            wp::adj_where(var_344, var_22, var_343, adj_344, adj_22, adj_343, adj_366);
            if (var_344) {
                wp::adj_assign(var_22, var_343, adj_22, adj_343);
                // adj: continue                                                                  <L 87>
            }
            if (!var_344) {
                wp::adj_extract(var_364, var_362, adj_361, adj_362, adj_363);
                adj_params.grid_dim = adj_361;
                wp::adj_extract(var_343, var_359, adj_343, adj_359, adj_360);
            }
            if (!var_344) {
                wp::adj_extract(var_357, var_355, adj_354, adj_355, adj_356);
                adj_params.grid_dim = adj_354;
                wp::adj_extract(var_343, var_352, adj_343, adj_352, adj_353);
            }
            wp::adj_extract(var_350, var_348, adj_347, adj_348, adj_349);
            adj_params.grid_dim = adj_347;
            wp::adj_extract(var_343, var_345, adj_343, adj_345, adj_346);
            // adj: if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:  <L 86>
            wp::adj_where(var_330, var_22, var_329, adj_330, adj_22, adj_329, adj_343);
            if (var_330) {
                wp::adj_assign(var_22, var_329, adj_22, adj_329);
                // adj: continue                                                                  <L 85>
            }
            if (!var_330) {
                wp::adj_extract(var_329, var_339, adj_329, adj_339, adj_340);
            }
            if (!var_330) {
                wp::adj_extract(var_329, var_335, adj_329, adj_335, adj_336);
            }
            wp::adj_extract(var_329, var_331, adj_329, adj_331, adj_332);
            // adj: if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                       <L 84>
            wp::adj_vec_t(var_322, var_325, var_328, adj_322, adj_325, adj_328, adj_329);
            wp::adj_add(var_327, var_237, adj_327, adj_237, adj_328);
            wp::adj_extract(var_4, var_326, adj_4, adj_326, adj_327);
            wp::adj_add(var_324, var_315, adj_324, adj_315, adj_325);
            wp::adj_extract(var_4, var_323, adj_4, adj_323, adj_324);
            wp::adj_add(var_321, var_319, adj_321, adj_319, adj_322);
            wp::adj_extract(var_4, var_320, adj_4, adj_320, adj_321);
            // adj: nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                <L 83>
        	goto start_for_16;
        end_for_16:;
        // adj: for dx in range(-1, 2):                                                           <L 82>
        var_241 = wp::iter_reverse(var_241);
        start_for_12:;
            if (iter_cmp(var_241) == 0) goto end_for_12;
            var_242 = wp::iter_next(var_241);
        	adj_243 = {};
        	adj_244 = {};
        	adj_245 = {};
        	adj_246 = {};
        	adj_247 = {};
        	adj_248 = {};
        	adj_249 = {};
        	adj_250 = {};
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
        	adj_290 = {};
        	adj_291 = {};
        	adj_292 = {};
        	adj_293 = {};
        	adj_294 = {};
        	adj_295 = {};
        	adj_296 = {};
        	adj_297 = {};
        	adj_298 = {};
        	adj_299 = {};
            // nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                     <L 83>
            var_244 = wp::extract(var_4, var_243);
            var_245 = wp::add(var_244, var_242);
            var_247 = wp::extract(var_4, var_246);
            var_248 = wp::add(var_247, var_238);
            var_250 = wp::extract(var_4, var_249);
            var_251 = wp::add(var_250, var_237);
            var_252 = wp::vec_t<3, wp::int32>(var_245, var_248, var_251);
            // if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                            <L 84>
            var_255 = wp::extract(var_252, var_254);
            var_257 = (var_255 < var_256);
            var_253 = var_257;
            if (!var_253) {
                var_259 = wp::extract(var_252, var_258);
                var_261 = (var_259 < var_260);
                var_253 = var_253 || var_261;
            }
            if (!var_253) {
                var_263 = wp::extract(var_252, var_262);
                var_265 = (var_263 < var_264);
                var_253 = var_253 || var_265;
            }
            if (var_253) {
                // continue                                                                       <L 85>
                wp::assign(var_22, var_252);
                goto start_for_12;
            }
            var_266 = wp::where(var_253, var_22, var_252);
            // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
            var_269 = wp::extract(var_266, var_268);
            var_270 = &((var_params).grid_dim);
            var_273 = wp::load(var_270);
            var_272 = wp::extract(var_273, var_271);
            var_274 = (var_269 >= var_272);
            var_267 = var_274;
            if (!var_267) {
                var_276 = wp::extract(var_266, var_275);
                var_277 = &((var_params).grid_dim);
                var_280 = wp::load(var_277);
                var_279 = wp::extract(var_280, var_278);
                var_281 = (var_276 >= var_279);
                var_267 = var_267 || var_281;
            }
            if (!var_267) {
                var_283 = wp::extract(var_266, var_282);
                var_284 = &((var_params).grid_dim);
                var_287 = wp::load(var_284);
                var_286 = wp::extract(var_287, var_285);
                var_288 = (var_283 >= var_286);
                var_267 = var_267 || var_288;
            }
            if (var_267) {
                // continue                                                                       <L 87>
                wp::assign(var_22, var_266);
                goto start_for_12;
            }
            var_289 = wp::where(var_267, var_22, var_266);
            // ci = cell_index(nc, params.grid_dim)                                               <L 88>
            var_290 = &((var_params).grid_dim);
            var_292 = wp::load(var_290);
            var_291 = cell_index_0(var_289, var_292);
            // start = cell_start[ci]                                                             <L 89>
            var_293 = wp::address(var_cell_start, var_291);
            var_295 = wp::load(var_293);
            var_294 = wp::copy(var_295);
            // for k in range(start, start + cell_count[ci]):                                     <L 90>
            var_296 = wp::address(var_cell_count, var_291);
            var_298 = wp::load(var_296);
            var_297 = wp::add(var_294, var_298);
            var_299 = wp::range(var_294, var_297);
            wp::assign(var_22, var_289);
            wp::assign(var_59, var_291);
            wp::assign(var_62, var_294);
            wp::assign(var_68, var_300);
            wp::adj_assign(var_68, var_300, adj_68, adj_300);
            wp::adj_assign(var_62, var_294, adj_62, adj_294);
            wp::adj_assign(var_59, var_291, adj_59, adj_291);
            wp::adj_assign(var_22, var_289, adj_22, adj_289);
            var_299 = wp::iter_reverse(var_299);
            start_for_14:;
                if (iter_cmp(var_299) == 0) goto end_for_14;
                var_300 = wp::iter_next(var_299);
            	adj_301 = {};
            	adj_302 = {};
            	adj_303 = {};
            	adj_304 = {};
            	adj_305 = {};
            	adj_306 = {};
            	adj_307 = {};
            	adj_308 = {};
            	adj_309 = {};
            	adj_310 = {};
            	adj_311 = {};
            	adj_312 = {};
            	adj_313 = {};
            	adj_314 = {};
                // j = sorted_ids[k]                                                              <L 91>
                var_301 = wp::address(var_sorted_ids, var_300);
                var_303 = wp::load(var_301);
                var_302 = wp::copy(var_303);
                // r = p - x[j]                                                                   <L 92>
                var_304 = wp::address(var_x, var_302);
                var_306 = wp::load(var_304);
                var_305 = wp::sub(var_2, var_306);
                // d += params.mass * poly6(wp.dot(r, r), params.h)                               <L 93>
                var_307 = &((var_params).mass);
                var_308 = wp::dot(var_305, var_305);
                var_309 = &((var_params).h);
                var_311 = wp::load(var_309);
                var_310 = poly6_0(var_308, var_311);
                var_313 = wp::load(var_307);
                var_312 = wp::mul(var_313, var_310);
                var_314 = wp::add(var_6, var_312);
                wp::assign(var_6, var_314);
                wp::assign(var_70, var_302);
                wp::assign(var_73, var_305);
                wp::adj_assign(var_73, var_305, adj_73, adj_305);
                wp::adj_assign(var_70, var_302, adj_70, adj_302);
                wp::adj_assign(var_6, var_314, adj_6, adj_314);
                wp::adj_add(var_6, var_312, adj_6, adj_312, adj_314);
                wp::adj_mul(var_313, var_310, adj_307, adj_310, adj_312);
                adj_poly6_0(var_308, var_311, adj_308, adj_309, adj_310);
                adj_params.h += adj_309;
                wp::adj_dot(var_305, var_305, adj_305, adj_305, adj_308);
                adj_params.mass += adj_307;
                // adj: d += params.mass * poly6(wp.dot(r, r), params.h)                          <L 93>
                wp::adj_sub(var_2, var_306, adj_2, adj_304, adj_305);
                wp::adj_address(var_x, var_302, adj_x, adj_302, adj_304);
                // adj: r = p - x[j]                                                              <L 92>
                wp::adj_copy(var_303, adj_301, adj_302);
                wp::adj_address(var_sorted_ids, var_300, adj_sorted_ids, adj_300, adj_301);
                // adj: j = sorted_ids[k]                                                         <L 91>
            	goto start_for_14;
            end_for_14:;
            wp::adj_add(var_294, var_298, adj_294, adj_296, adj_297);
            wp::adj_address(var_cell_count, var_291, adj_cell_count, adj_291, adj_296);
            // adj: for k in range(start, start + cell_count[ci]):                                <L 90>
            wp::adj_copy(var_295, adj_293, adj_294);
            wp::adj_address(var_cell_start, var_291, adj_cell_start, adj_291, adj_293);
            // adj: start = cell_start[ci]                                                        <L 89>
            adj_cell_index_0(var_289, var_292, adj_289, adj_290, adj_291);
            adj_params.grid_dim = adj_290;
            // adj: ci = cell_index(nc, params.grid_dim)                                          <L 88>
            wp::adj_where(var_267, var_22, var_266, adj_267, adj_22, adj_266, adj_289);
            if (var_267) {
                wp::adj_assign(var_22, var_266, adj_22, adj_266);
                // adj: continue                                                                  <L 87>
            }
            if (!var_267) {
                wp::adj_extract(var_287, var_285, adj_284, adj_285, adj_286);
                adj_params.grid_dim = adj_284;
                wp::adj_extract(var_266, var_282, adj_266, adj_282, adj_283);
            }
            if (!var_267) {
                wp::adj_extract(var_280, var_278, adj_277, adj_278, adj_279);
                adj_params.grid_dim = adj_277;
                wp::adj_extract(var_266, var_275, adj_266, adj_275, adj_276);
            }
            wp::adj_extract(var_273, var_271, adj_270, adj_271, adj_272);
            adj_params.grid_dim = adj_270;
            wp::adj_extract(var_266, var_268, adj_266, adj_268, adj_269);
            // adj: if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:  <L 86>
            wp::adj_where(var_253, var_22, var_252, adj_253, adj_22, adj_252, adj_266);
            if (var_253) {
                wp::adj_assign(var_22, var_252, adj_22, adj_252);
                // adj: continue                                                                  <L 85>
            }
            if (!var_253) {
                wp::adj_extract(var_252, var_262, adj_252, adj_262, adj_263);
            }
            if (!var_253) {
                wp::adj_extract(var_252, var_258, adj_252, adj_258, adj_259);
            }
            wp::adj_extract(var_252, var_254, adj_252, adj_254, adj_255);
            // adj: if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                       <L 84>
            wp::adj_vec_t(var_245, var_248, var_251, adj_245, adj_248, adj_251, adj_252);
            wp::adj_add(var_250, var_237, adj_250, adj_237, adj_251);
            wp::adj_extract(var_4, var_249, adj_4, adj_249, adj_250);
            wp::adj_add(var_247, var_238, adj_247, adj_238, adj_248);
            wp::adj_extract(var_4, var_246, adj_4, adj_246, adj_247);
            wp::adj_add(var_244, var_242, adj_244, adj_242, adj_245);
            wp::adj_extract(var_4, var_243, adj_4, adj_243, adj_244);
            // adj: nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                <L 83>
        	goto start_for_12;
        end_for_12:;
        // adj: for dx in range(-1, 2):                                                           <L 82>
        // adj: for dy in range(-1, 2):                                                           <L 81>
        var_163 = wp::iter_reverse(var_163);
        start_for_8:;
            if (iter_cmp(var_163) == 0) goto end_for_8;
            var_164 = wp::iter_next(var_163);
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
        	adj_177 = {};
        	adj_178 = {};
        	adj_179 = {};
        	adj_180 = {};
        	adj_181 = {};
        	adj_182 = {};
        	adj_183 = {};
        	adj_184 = {};
        	adj_185 = {};
        	adj_186 = {};
        	adj_187 = {};
        	adj_188 = {};
        	adj_189 = {};
        	adj_190 = {};
        	adj_191 = {};
        	adj_192 = {};
        	adj_193 = {};
        	adj_194 = {};
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
            // nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                     <L 83>
            var_166 = wp::extract(var_4, var_165);
            var_167 = wp::add(var_166, var_164);
            var_169 = wp::extract(var_4, var_168);
            var_170 = wp::add(var_169, var_160);
            var_172 = wp::extract(var_4, var_171);
            var_173 = wp::add(var_172, var_7);
            var_174 = wp::vec_t<3, wp::int32>(var_167, var_170, var_173);
            // if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                            <L 84>
            var_177 = wp::extract(var_174, var_176);
            var_179 = (var_177 < var_178);
            var_175 = var_179;
            if (!var_175) {
                var_181 = wp::extract(var_174, var_180);
                var_183 = (var_181 < var_182);
                var_175 = var_175 || var_183;
            }
            if (!var_175) {
                var_185 = wp::extract(var_174, var_184);
                var_187 = (var_185 < var_186);
                var_175 = var_175 || var_187;
            }
            if (var_175) {
                // continue                                                                       <L 85>
                wp::assign(var_22, var_174);
                goto start_for_8;
            }
            var_188 = wp::where(var_175, var_22, var_174);
            // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
            var_191 = wp::extract(var_188, var_190);
            var_192 = &((var_params).grid_dim);
            var_195 = wp::load(var_192);
            var_194 = wp::extract(var_195, var_193);
            var_196 = (var_191 >= var_194);
            var_189 = var_196;
            if (!var_189) {
                var_198 = wp::extract(var_188, var_197);
                var_199 = &((var_params).grid_dim);
                var_202 = wp::load(var_199);
                var_201 = wp::extract(var_202, var_200);
                var_203 = (var_198 >= var_201);
                var_189 = var_189 || var_203;
            }
            if (!var_189) {
                var_205 = wp::extract(var_188, var_204);
                var_206 = &((var_params).grid_dim);
                var_209 = wp::load(var_206);
                var_208 = wp::extract(var_209, var_207);
                var_210 = (var_205 >= var_208);
                var_189 = var_189 || var_210;
            }
            if (var_189) {
                // continue                                                                       <L 87>
                wp::assign(var_22, var_188);
                goto start_for_8;
            }
            var_211 = wp::where(var_189, var_22, var_188);
            // ci = cell_index(nc, params.grid_dim)                                               <L 88>
            var_212 = &((var_params).grid_dim);
            var_214 = wp::load(var_212);
            var_213 = cell_index_0(var_211, var_214);
            // start = cell_start[ci]                                                             <L 89>
            var_215 = wp::address(var_cell_start, var_213);
            var_217 = wp::load(var_215);
            var_216 = wp::copy(var_217);
            // for k in range(start, start + cell_count[ci]):                                     <L 90>
            var_218 = wp::address(var_cell_count, var_213);
            var_220 = wp::load(var_218);
            var_219 = wp::add(var_216, var_220);
            var_221 = wp::range(var_216, var_219);
            wp::assign(var_22, var_211);
            wp::assign(var_59, var_213);
            wp::assign(var_62, var_216);
            wp::assign(var_68, var_222);
            wp::adj_assign(var_68, var_222, adj_68, adj_222);
            wp::adj_assign(var_62, var_216, adj_62, adj_216);
            wp::adj_assign(var_59, var_213, adj_59, adj_213);
            wp::adj_assign(var_22, var_211, adj_22, adj_211);
            var_221 = wp::iter_reverse(var_221);
            start_for_10:;
                if (iter_cmp(var_221) == 0) goto end_for_10;
                var_222 = wp::iter_next(var_221);
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
            	adj_234 = {};
            	adj_235 = {};
            	adj_236 = {};
                // j = sorted_ids[k]                                                              <L 91>
                var_223 = wp::address(var_sorted_ids, var_222);
                var_225 = wp::load(var_223);
                var_224 = wp::copy(var_225);
                // r = p - x[j]                                                                   <L 92>
                var_226 = wp::address(var_x, var_224);
                var_228 = wp::load(var_226);
                var_227 = wp::sub(var_2, var_228);
                // d += params.mass * poly6(wp.dot(r, r), params.h)                               <L 93>
                var_229 = &((var_params).mass);
                var_230 = wp::dot(var_227, var_227);
                var_231 = &((var_params).h);
                var_233 = wp::load(var_231);
                var_232 = poly6_0(var_230, var_233);
                var_235 = wp::load(var_229);
                var_234 = wp::mul(var_235, var_232);
                var_236 = wp::add(var_6, var_234);
                wp::assign(var_6, var_236);
                wp::assign(var_70, var_224);
                wp::assign(var_73, var_227);
                wp::adj_assign(var_73, var_227, adj_73, adj_227);
                wp::adj_assign(var_70, var_224, adj_70, adj_224);
                wp::adj_assign(var_6, var_236, adj_6, adj_236);
                wp::adj_add(var_6, var_234, adj_6, adj_234, adj_236);
                wp::adj_mul(var_235, var_232, adj_229, adj_232, adj_234);
                adj_poly6_0(var_230, var_233, adj_230, adj_231, adj_232);
                adj_params.h += adj_231;
                wp::adj_dot(var_227, var_227, adj_227, adj_227, adj_230);
                adj_params.mass += adj_229;
                // adj: d += params.mass * poly6(wp.dot(r, r), params.h)                          <L 93>
                wp::adj_sub(var_2, var_228, adj_2, adj_226, adj_227);
                wp::adj_address(var_x, var_224, adj_x, adj_224, adj_226);
                // adj: r = p - x[j]                                                              <L 92>
                wp::adj_copy(var_225, adj_223, adj_224);
                wp::adj_address(var_sorted_ids, var_222, adj_sorted_ids, adj_222, adj_223);
                // adj: j = sorted_ids[k]                                                         <L 91>
            	goto start_for_10;
            end_for_10:;
            wp::adj_add(var_216, var_220, adj_216, adj_218, adj_219);
            wp::adj_address(var_cell_count, var_213, adj_cell_count, adj_213, adj_218);
            // adj: for k in range(start, start + cell_count[ci]):                                <L 90>
            wp::adj_copy(var_217, adj_215, adj_216);
            wp::adj_address(var_cell_start, var_213, adj_cell_start, adj_213, adj_215);
            // adj: start = cell_start[ci]                                                        <L 89>
            adj_cell_index_0(var_211, var_214, adj_211, adj_212, adj_213);
            adj_params.grid_dim = adj_212;
            // adj: ci = cell_index(nc, params.grid_dim)                                          <L 88>
            wp::adj_where(var_189, var_22, var_188, adj_189, adj_22, adj_188, adj_211);
            if (var_189) {
                wp::adj_assign(var_22, var_188, adj_22, adj_188);
                // adj: continue                                                                  <L 87>
            }
            if (!var_189) {
                wp::adj_extract(var_209, var_207, adj_206, adj_207, adj_208);
                adj_params.grid_dim = adj_206;
                wp::adj_extract(var_188, var_204, adj_188, adj_204, adj_205);
            }
            if (!var_189) {
                wp::adj_extract(var_202, var_200, adj_199, adj_200, adj_201);
                adj_params.grid_dim = adj_199;
                wp::adj_extract(var_188, var_197, adj_188, adj_197, adj_198);
            }
            wp::adj_extract(var_195, var_193, adj_192, adj_193, adj_194);
            adj_params.grid_dim = adj_192;
            wp::adj_extract(var_188, var_190, adj_188, adj_190, adj_191);
            // adj: if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:  <L 86>
            wp::adj_where(var_175, var_22, var_174, adj_175, adj_22, adj_174, adj_188);
            if (var_175) {
                wp::adj_assign(var_22, var_174, adj_22, adj_174);
                // adj: continue                                                                  <L 85>
            }
            if (!var_175) {
                wp::adj_extract(var_174, var_184, adj_174, adj_184, adj_185);
            }
            if (!var_175) {
                wp::adj_extract(var_174, var_180, adj_174, adj_180, adj_181);
            }
            wp::adj_extract(var_174, var_176, adj_174, adj_176, adj_177);
            // adj: if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                       <L 84>
            wp::adj_vec_t(var_167, var_170, var_173, adj_167, adj_170, adj_173, adj_174);
            wp::adj_add(var_172, var_7, adj_172, adj_7, adj_173);
            wp::adj_extract(var_4, var_171, adj_4, adj_171, adj_172);
            wp::adj_add(var_169, var_160, adj_169, adj_160, adj_170);
            wp::adj_extract(var_4, var_168, adj_4, adj_168, adj_169);
            wp::adj_add(var_166, var_164, adj_166, adj_164, adj_167);
            wp::adj_extract(var_4, var_165, adj_4, adj_165, adj_166);
            // adj: nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                <L 83>
        	goto start_for_8;
        end_for_8:;
        // adj: for dx in range(-1, 2):                                                           <L 82>
        var_86 = wp::iter_reverse(var_86);
        start_for_4:;
            if (iter_cmp(var_86) == 0) goto end_for_4;
            var_87 = wp::iter_next(var_86);
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
        	adj_121 = {};
        	adj_122 = {};
        	adj_123 = {};
        	adj_124 = {};
        	adj_125 = {};
        	adj_126 = {};
        	adj_127 = {};
        	adj_128 = {};
        	adj_129 = {};
        	adj_130 = {};
        	adj_131 = {};
        	adj_132 = {};
        	adj_133 = {};
        	adj_134 = {};
        	adj_135 = {};
        	adj_136 = {};
        	adj_137 = {};
        	adj_138 = {};
        	adj_139 = {};
        	adj_140 = {};
        	adj_141 = {};
        	adj_142 = {};
        	adj_143 = {};
        	adj_144 = {};
            // nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                     <L 83>
            var_89 = wp::extract(var_4, var_88);
            var_90 = wp::add(var_89, var_87);
            var_92 = wp::extract(var_4, var_91);
            var_93 = wp::add(var_92, var_83);
            var_95 = wp::extract(var_4, var_94);
            var_96 = wp::add(var_95, var_7);
            var_97 = wp::vec_t<3, wp::int32>(var_90, var_93, var_96);
            // if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                            <L 84>
            var_100 = wp::extract(var_97, var_99);
            var_102 = (var_100 < var_101);
            var_98 = var_102;
            if (!var_98) {
                var_104 = wp::extract(var_97, var_103);
                var_106 = (var_104 < var_105);
                var_98 = var_98 || var_106;
            }
            if (!var_98) {
                var_108 = wp::extract(var_97, var_107);
                var_110 = (var_108 < var_109);
                var_98 = var_98 || var_110;
            }
            if (var_98) {
                // continue                                                                       <L 85>
                wp::assign(var_22, var_97);
                goto start_for_4;
            }
            var_111 = wp::where(var_98, var_22, var_97);
            // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
            var_114 = wp::extract(var_111, var_113);
            var_115 = &((var_params).grid_dim);
            var_118 = wp::load(var_115);
            var_117 = wp::extract(var_118, var_116);
            var_119 = (var_114 >= var_117);
            var_112 = var_119;
            if (!var_112) {
                var_121 = wp::extract(var_111, var_120);
                var_122 = &((var_params).grid_dim);
                var_125 = wp::load(var_122);
                var_124 = wp::extract(var_125, var_123);
                var_126 = (var_121 >= var_124);
                var_112 = var_112 || var_126;
            }
            if (!var_112) {
                var_128 = wp::extract(var_111, var_127);
                var_129 = &((var_params).grid_dim);
                var_132 = wp::load(var_129);
                var_131 = wp::extract(var_132, var_130);
                var_133 = (var_128 >= var_131);
                var_112 = var_112 || var_133;
            }
            if (var_112) {
                // continue                                                                       <L 87>
                wp::assign(var_22, var_111);
                goto start_for_4;
            }
            var_134 = wp::where(var_112, var_22, var_111);
            // ci = cell_index(nc, params.grid_dim)                                               <L 88>
            var_135 = &((var_params).grid_dim);
            var_137 = wp::load(var_135);
            var_136 = cell_index_0(var_134, var_137);
            // start = cell_start[ci]                                                             <L 89>
            var_138 = wp::address(var_cell_start, var_136);
            var_140 = wp::load(var_138);
            var_139 = wp::copy(var_140);
            // for k in range(start, start + cell_count[ci]):                                     <L 90>
            var_141 = wp::address(var_cell_count, var_136);
            var_143 = wp::load(var_141);
            var_142 = wp::add(var_139, var_143);
            var_144 = wp::range(var_139, var_142);
            wp::assign(var_22, var_134);
            wp::assign(var_59, var_136);
            wp::assign(var_62, var_139);
            wp::assign(var_68, var_145);
            wp::adj_assign(var_68, var_145, adj_68, adj_145);
            wp::adj_assign(var_62, var_139, adj_62, adj_139);
            wp::adj_assign(var_59, var_136, adj_59, adj_136);
            wp::adj_assign(var_22, var_134, adj_22, adj_134);
            var_144 = wp::iter_reverse(var_144);
            start_for_6:;
                if (iter_cmp(var_144) == 0) goto end_for_6;
                var_145 = wp::iter_next(var_144);
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
                // j = sorted_ids[k]                                                              <L 91>
                var_146 = wp::address(var_sorted_ids, var_145);
                var_148 = wp::load(var_146);
                var_147 = wp::copy(var_148);
                // r = p - x[j]                                                                   <L 92>
                var_149 = wp::address(var_x, var_147);
                var_151 = wp::load(var_149);
                var_150 = wp::sub(var_2, var_151);
                // d += params.mass * poly6(wp.dot(r, r), params.h)                               <L 93>
                var_152 = &((var_params).mass);
                var_153 = wp::dot(var_150, var_150);
                var_154 = &((var_params).h);
                var_156 = wp::load(var_154);
                var_155 = poly6_0(var_153, var_156);
                var_158 = wp::load(var_152);
                var_157 = wp::mul(var_158, var_155);
                var_159 = wp::add(var_6, var_157);
                wp::assign(var_6, var_159);
                wp::assign(var_70, var_147);
                wp::assign(var_73, var_150);
                wp::adj_assign(var_73, var_150, adj_73, adj_150);
                wp::adj_assign(var_70, var_147, adj_70, adj_147);
                wp::adj_assign(var_6, var_159, adj_6, adj_159);
                wp::adj_add(var_6, var_157, adj_6, adj_157, adj_159);
                wp::adj_mul(var_158, var_155, adj_152, adj_155, adj_157);
                adj_poly6_0(var_153, var_156, adj_153, adj_154, adj_155);
                adj_params.h += adj_154;
                wp::adj_dot(var_150, var_150, adj_150, adj_150, adj_153);
                adj_params.mass += adj_152;
                // adj: d += params.mass * poly6(wp.dot(r, r), params.h)                          <L 93>
                wp::adj_sub(var_2, var_151, adj_2, adj_149, adj_150);
                wp::adj_address(var_x, var_147, adj_x, adj_147, adj_149);
                // adj: r = p - x[j]                                                              <L 92>
                wp::adj_copy(var_148, adj_146, adj_147);
                wp::adj_address(var_sorted_ids, var_145, adj_sorted_ids, adj_145, adj_146);
                // adj: j = sorted_ids[k]                                                         <L 91>
            	goto start_for_6;
            end_for_6:;
            wp::adj_add(var_139, var_143, adj_139, adj_141, adj_142);
            wp::adj_address(var_cell_count, var_136, adj_cell_count, adj_136, adj_141);
            // adj: for k in range(start, start + cell_count[ci]):                                <L 90>
            wp::adj_copy(var_140, adj_138, adj_139);
            wp::adj_address(var_cell_start, var_136, adj_cell_start, adj_136, adj_138);
            // adj: start = cell_start[ci]                                                        <L 89>
            adj_cell_index_0(var_134, var_137, adj_134, adj_135, adj_136);
            adj_params.grid_dim = adj_135;
            // adj: ci = cell_index(nc, params.grid_dim)                                          <L 88>
            wp::adj_where(var_112, var_22, var_111, adj_112, adj_22, adj_111, adj_134);
            if (var_112) {
                wp::adj_assign(var_22, var_111, adj_22, adj_111);
                // adj: continue                                                                  <L 87>
            }
            if (!var_112) {
                wp::adj_extract(var_132, var_130, adj_129, adj_130, adj_131);
                adj_params.grid_dim = adj_129;
                wp::adj_extract(var_111, var_127, adj_111, adj_127, adj_128);
            }
            if (!var_112) {
                wp::adj_extract(var_125, var_123, adj_122, adj_123, adj_124);
                adj_params.grid_dim = adj_122;
                wp::adj_extract(var_111, var_120, adj_111, adj_120, adj_121);
            }
            wp::adj_extract(var_118, var_116, adj_115, adj_116, adj_117);
            adj_params.grid_dim = adj_115;
            wp::adj_extract(var_111, var_113, adj_111, adj_113, adj_114);
            // adj: if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:  <L 86>
            wp::adj_where(var_98, var_22, var_97, adj_98, adj_22, adj_97, adj_111);
            if (var_98) {
                wp::adj_assign(var_22, var_97, adj_22, adj_97);
                // adj: continue                                                                  <L 85>
            }
            if (!var_98) {
                wp::adj_extract(var_97, var_107, adj_97, adj_107, adj_108);
            }
            if (!var_98) {
                wp::adj_extract(var_97, var_103, adj_97, adj_103, adj_104);
            }
            wp::adj_extract(var_97, var_99, adj_97, adj_99, adj_100);
            // adj: if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                       <L 84>
            wp::adj_vec_t(var_90, var_93, var_96, adj_90, adj_93, adj_96, adj_97);
            wp::adj_add(var_95, var_7, adj_95, adj_7, adj_96);
            wp::adj_extract(var_4, var_94, adj_4, adj_94, adj_95);
            wp::adj_add(var_92, var_83, adj_92, adj_83, adj_93);
            wp::adj_extract(var_4, var_91, adj_4, adj_91, adj_92);
            wp::adj_add(var_89, var_87, adj_89, adj_87, adj_90);
            wp::adj_extract(var_4, var_88, adj_4, adj_88, adj_89);
            // adj: nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                <L 83>
        	goto start_for_4;
        end_for_4:;
        // adj: for dx in range(-1, 2):                                                           <L 82>
        var_11 = wp::iter_reverse(var_11);
        start_for_0:;
            if (iter_cmp(var_11) == 0) goto end_for_0;
            var_12 = wp::iter_next(var_11);
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
            // nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                     <L 83>
            var_14 = wp::extract(var_4, var_13);
            var_15 = wp::add(var_14, var_12);
            var_17 = wp::extract(var_4, var_16);
            var_18 = wp::add(var_17, var_8);
            var_20 = wp::extract(var_4, var_19);
            var_21 = wp::add(var_20, var_7);
            var_22 = wp::vec_t<3, wp::int32>(var_15, var_18, var_21);
            // if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                            <L 84>
            var_25 = wp::extract(var_22, var_24);
            var_27 = (var_25 < var_26);
            var_23 = var_27;
            if (!var_23) {
                var_29 = wp::extract(var_22, var_28);
                var_31 = (var_29 < var_30);
                var_23 = var_23 || var_31;
            }
            if (!var_23) {
                var_33 = wp::extract(var_22, var_32);
                var_35 = (var_33 < var_34);
                var_23 = var_23 || var_35;
            }
            if (var_23) {
                // continue                                                                       <L 85>
                goto start_for_0;
            }
            // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
            var_38 = wp::extract(var_22, var_37);
            var_39 = &((var_params).grid_dim);
            var_42 = wp::load(var_39);
            var_41 = wp::extract(var_42, var_40);
            var_43 = (var_38 >= var_41);
            var_36 = var_43;
            if (!var_36) {
                var_45 = wp::extract(var_22, var_44);
                var_46 = &((var_params).grid_dim);
                var_49 = wp::load(var_46);
                var_48 = wp::extract(var_49, var_47);
                var_50 = (var_45 >= var_48);
                var_36 = var_36 || var_50;
            }
            if (!var_36) {
                var_52 = wp::extract(var_22, var_51);
                var_53 = &((var_params).grid_dim);
                var_56 = wp::load(var_53);
                var_55 = wp::extract(var_56, var_54);
                var_57 = (var_52 >= var_55);
                var_36 = var_36 || var_57;
            }
            if (var_36) {
                // continue                                                                       <L 87>
                goto start_for_0;
            }
            // ci = cell_index(nc, params.grid_dim)                                               <L 88>
            var_58 = &((var_params).grid_dim);
            var_60 = wp::load(var_58);
            var_59 = cell_index_0(var_22, var_60);
            // start = cell_start[ci]                                                             <L 89>
            var_61 = wp::address(var_cell_start, var_59);
            var_63 = wp::load(var_61);
            var_62 = wp::copy(var_63);
            // for k in range(start, start + cell_count[ci]):                                     <L 90>
            var_64 = wp::address(var_cell_count, var_59);
            var_66 = wp::load(var_64);
            var_65 = wp::add(var_62, var_66);
            var_67 = wp::range(var_62, var_65);
            var_67 = wp::iter_reverse(var_67);
            start_for_2:;
                if (iter_cmp(var_67) == 0) goto end_for_2;
                var_68 = wp::iter_next(var_67);
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
                // j = sorted_ids[k]                                                              <L 91>
                var_69 = wp::address(var_sorted_ids, var_68);
                var_71 = wp::load(var_69);
                var_70 = wp::copy(var_71);
                // r = p - x[j]                                                                   <L 92>
                var_72 = wp::address(var_x, var_70);
                var_74 = wp::load(var_72);
                var_73 = wp::sub(var_2, var_74);
                // d += params.mass * poly6(wp.dot(r, r), params.h)                               <L 93>
                var_75 = &((var_params).mass);
                var_76 = wp::dot(var_73, var_73);
                var_77 = &((var_params).h);
                var_79 = wp::load(var_77);
                var_78 = poly6_0(var_76, var_79);
                var_81 = wp::load(var_75);
                var_80 = wp::mul(var_81, var_78);
                var_82 = wp::add(var_6, var_80);
                wp::assign(var_6, var_82);
                wp::adj_assign(var_6, var_82, adj_6, adj_82);
                wp::adj_add(var_6, var_80, adj_6, adj_80, adj_82);
                wp::adj_mul(var_81, var_78, adj_75, adj_78, adj_80);
                adj_poly6_0(var_76, var_79, adj_76, adj_77, adj_78);
                adj_params.h += adj_77;
                wp::adj_dot(var_73, var_73, adj_73, adj_73, adj_76);
                adj_params.mass += adj_75;
                // adj: d += params.mass * poly6(wp.dot(r, r), params.h)                          <L 93>
                wp::adj_sub(var_2, var_74, adj_2, adj_72, adj_73);
                wp::adj_address(var_x, var_70, adj_x, adj_70, adj_72);
                // adj: r = p - x[j]                                                              <L 92>
                wp::adj_copy(var_71, adj_69, adj_70);
                wp::adj_address(var_sorted_ids, var_68, adj_sorted_ids, adj_68, adj_69);
                // adj: j = sorted_ids[k]                                                         <L 91>
            	goto start_for_2;
            end_for_2:;
            wp::adj_add(var_62, var_66, adj_62, adj_64, adj_65);
            wp::adj_address(var_cell_count, var_59, adj_cell_count, adj_59, adj_64);
            // adj: for k in range(start, start + cell_count[ci]):                                <L 90>
            wp::adj_copy(var_63, adj_61, adj_62);
            wp::adj_address(var_cell_start, var_59, adj_cell_start, adj_59, adj_61);
            // adj: start = cell_start[ci]                                                        <L 89>
            adj_cell_index_0(var_22, var_60, adj_22, adj_58, adj_59);
            adj_params.grid_dim = adj_58;
            // adj: ci = cell_index(nc, params.grid_dim)                                          <L 88>
            if (var_36) {
                // adj: continue                                                                  <L 87>
            }
            if (!var_36) {
                wp::adj_extract(var_56, var_54, adj_53, adj_54, adj_55);
                adj_params.grid_dim = adj_53;
                wp::adj_extract(var_22, var_51, adj_22, adj_51, adj_52);
            }
            if (!var_36) {
                wp::adj_extract(var_49, var_47, adj_46, adj_47, adj_48);
                adj_params.grid_dim = adj_46;
                wp::adj_extract(var_22, var_44, adj_22, adj_44, adj_45);
            }
            wp::adj_extract(var_42, var_40, adj_39, adj_40, adj_41);
            adj_params.grid_dim = adj_39;
            wp::adj_extract(var_22, var_37, adj_22, adj_37, adj_38);
            // adj: if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:  <L 86>
            if (var_23) {
                // adj: continue                                                                  <L 85>
            }
            if (!var_23) {
                wp::adj_extract(var_22, var_32, adj_22, adj_32, adj_33);
            }
            if (!var_23) {
                wp::adj_extract(var_22, var_28, adj_22, adj_28, adj_29);
            }
            wp::adj_extract(var_22, var_24, adj_22, adj_24, adj_25);
            // adj: if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                       <L 84>
            wp::adj_vec_t(var_15, var_18, var_21, adj_15, adj_18, adj_21, adj_22);
            wp::adj_add(var_20, var_7, adj_20, adj_7, adj_21);
            wp::adj_extract(var_4, var_19, adj_4, adj_19, adj_20);
            wp::adj_add(var_17, var_8, adj_17, adj_8, adj_18);
            wp::adj_extract(var_4, var_16, adj_4, adj_16, adj_17);
            wp::adj_add(var_14, var_12, adj_14, adj_12, adj_15);
            wp::adj_extract(var_4, var_13, adj_4, adj_13, adj_14);
            // adj: nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                <L 83>
        	goto start_for_0;
        end_for_0:;
        // adj: for dx in range(-1, 2):                                                           <L 82>
        // adj: for dy in range(-1, 2):                                                           <L 81>
        // adj: for dz in range(-1, 2):                                                           <L 80>
        wp::adj_float(var_5, adj_5, adj_6);
        // adj: d = float(0.0)                                                                    <L 79>
        adj_cell_coord_0(var_2, var_params, adj_2, adj_params, adj_4);
        // adj: c = cell_coord(p, params)                                                         <L 78>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
        // adj: p = x[i]                                                                          <L 77>
        // adj: i = wp.tid()                                                                      <L 76>
        // adj: def density_pressure(                                                             <L 67>
        continue;
    }
}



extern "C" __global__ void forces_37a3b7f8_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::float32> var_rho,
    wp::array_t<wp::float32> var_pressure,
    SPHParams_9810d148 var_params,
    wp::vec_t<3, wp::float32> var_gravity,
    wp::array_t<wp::vec_t<3, wp::float32>> var_f)
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
        wp::shape_t* var_1;
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::shape_t var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::range_t var_7;
        wp::int32 var_8;
        bool var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::float32 var_15;
        wp::float32* var_16;
        bool var_17;
        wp::float32 var_18;
        wp::float32* var_19;
        wp::float32* var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::float32 var_24 = 2.0;
        wp::float32* var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32* var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::float32 var_31;
        wp::float32* var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::vec_t<3, wp::float32>* var_37;
        wp::vec_t<3, wp::float32>* var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::float32* var_42;
        wp::float32* var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32* var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32* var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::vec_t<3, wp::float32> var_55;
        wp::vec_t<3, wp::float32> var_56;
        wp::float32* var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::float32 var_59;
        wp::vec_t<3, wp::float32> var_60;
        //---------
        // forward
        // def forces(                                                                            <L 99>
        // i = wp.tid()                                                                           <L 108>
        var_0 = builtin_tid1d();
        // n = x.shape[0]                                                                         <L 109>
        var_1 = &(var_x.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // fp = wp.vec3()                                                                         <L 110>
        var_5 = wp::vec_t<3, wp::float32>();
        // fv = wp.vec3()                                                                         <L 111>
        var_6 = wp::vec_t<3, wp::float32>();
        // for j in range(n):                                                                     <L 112>
        var_7 = wp::range(var_3);
        start_for_0:;
            if (iter_cmp(var_7) == 0) goto end_for_0;
            var_8 = wp::iter_next(var_7);
            // if j == i:                                                                         <L 113>
            var_9 = (var_8 == var_0);
            if (var_9) {
                // continue                                                                       <L 114>
                goto start_for_0;
            }
            // r = x[i] - x[j]                                                                    <L 115>
            var_10 = wp::address(var_x, var_0);
            var_11 = wp::address(var_x, var_8);
            var_13 = wp::load(var_10);
            var_14 = wp::load(var_11);
            var_12 = wp::sub(var_13, var_14);
            // l = wp.length(r)                                                                   <L 116>
            var_15 = wp::length(var_12);
            // if l >= params.h:                                                                  <L 117>
            var_16 = &((var_params).h);
            var_18 = wp::load(var_16);
            var_17 = (var_15 >= var_18);
            if (var_17) {
                // continue                                                                       <L 118>
                goto start_for_0;
            }
            // pij = (pressure[i] + pressure[j]) / (2.0 * rho[j])                                 <L 119>
            var_19 = wp::address(var_pressure, var_0);
            var_20 = wp::address(var_pressure, var_8);
            var_22 = wp::load(var_19);
            var_23 = wp::load(var_20);
            var_21 = wp::add(var_22, var_23);
            var_25 = wp::address(var_rho, var_8);
            var_27 = wp::load(var_25);
            var_26 = wp::mul(var_24, var_27);
            var_28 = wp::div(var_21, var_26);
            // fp -= spiky_grad(r, params.h) * (params.mass * pij)                                <L 120>
            var_29 = &((var_params).h);
            var_31 = wp::load(var_29);
            var_30 = spiky_grad_0(var_12, var_31);
            var_32 = &((var_params).mass);
            var_34 = wp::load(var_32);
            var_33 = wp::mul(var_34, var_28);
            var_35 = wp::mul(var_30, var_33);
            var_36 = wp::sub(var_5, var_35);
            // fv += (v[j] - v[i]) * (params.viscosity * params.mass * visc_lap(l, params.h) / rho[j])       <L 121>
            var_37 = wp::address(var_v, var_8);
            var_38 = wp::address(var_v, var_0);
            var_40 = wp::load(var_37);
            var_41 = wp::load(var_38);
            var_39 = wp::sub(var_40, var_41);
            var_42 = &((var_params).viscosity);
            var_43 = &((var_params).mass);
            var_45 = wp::load(var_42);
            var_46 = wp::load(var_43);
            var_44 = wp::mul(var_45, var_46);
            var_47 = &((var_params).h);
            var_49 = wp::load(var_47);
            var_48 = visc_lap_0(var_15, var_49);
            var_50 = wp::mul(var_44, var_48);
            var_51 = wp::address(var_rho, var_8);
            var_53 = wp::load(var_51);
            var_52 = wp::div(var_50, var_53);
            var_54 = wp::mul(var_39, var_52);
            var_55 = wp::add(var_6, var_54);
            wp::assign(var_5, var_36);
            wp::assign(var_6, var_55);
            goto start_for_0;
        end_for_0:;
        // f[i] = fp + fv + gravity * rho[i]                                                      <L 122>
        var_56 = wp::add(var_5, var_6);
        var_57 = wp::address(var_rho, var_0);
        var_59 = wp::load(var_57);
        var_58 = wp::mul(var_gravity, var_59);
        var_60 = wp::add(var_56, var_58);
        wp::array_store(var_f, var_0, var_60);
    }
}



extern "C" __global__ void forces_37a3b7f8_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::float32> var_rho,
    wp::array_t<wp::float32> var_pressure,
    SPHParams_9810d148 var_params,
    wp::vec_t<3, wp::float32> var_gravity,
    wp::array_t<wp::vec_t<3, wp::float32>> var_f,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::array_t<wp::float32> adj_rho,
    wp::array_t<wp::float32> adj_pressure,
    SPHParams_9810d148 adj_params,
    wp::vec_t<3, wp::float32> adj_gravity,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_f)
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
        wp::shape_t* var_1;
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::shape_t var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::range_t var_7;
        wp::int32 var_8;
        bool var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::float32 var_15;
        wp::float32* var_16;
        bool var_17;
        wp::float32 var_18;
        wp::float32* var_19;
        wp::float32* var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::float32 var_24 = 2.0;
        wp::float32* var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32* var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::float32 var_31;
        wp::float32* var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::vec_t<3, wp::float32>* var_37;
        wp::vec_t<3, wp::float32>* var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::float32* var_42;
        wp::float32* var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32* var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32* var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::vec_t<3, wp::float32> var_55;
        wp::vec_t<3, wp::float32> var_56;
        wp::float32* var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::float32 var_59;
        wp::vec_t<3, wp::float32> var_60;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::shape_t adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::range_t adj_7 = {};
        wp::int32 adj_8 = {};
        bool adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        bool adj_17 = {};
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
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        wp::vec_t<3, wp::float32> adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        wp::vec_t<3, wp::float32> adj_41 = {};
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
        wp::vec_t<3, wp::float32> adj_54 = {};
        wp::vec_t<3, wp::float32> adj_55 = {};
        wp::vec_t<3, wp::float32> adj_56 = {};
        wp::float32 adj_57 = {};
        wp::vec_t<3, wp::float32> adj_58 = {};
        wp::float32 adj_59 = {};
        wp::vec_t<3, wp::float32> adj_60 = {};
        //---------
        // forward
        // def forces(                                                                            <L 99>
        // i = wp.tid()                                                                           <L 108>
        var_0 = builtin_tid1d();
        // n = x.shape[0]                                                                         <L 109>
        var_1 = &(var_x.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // fp = wp.vec3()                                                                         <L 110>
        var_5 = wp::vec_t<3, wp::float32>();
        // fv = wp.vec3()                                                                         <L 111>
        var_6 = wp::vec_t<3, wp::float32>();
        // for j in range(n):                                                                     <L 112>
        var_7 = wp::range(var_3);
        // f[i] = fp + fv + gravity * rho[i]                                                      <L 122>
        var_56 = wp::add(var_5, var_6);
        var_57 = wp::address(var_rho, var_0);
        var_59 = wp::load(var_57);
        var_58 = wp::mul(var_gravity, var_59);
        var_60 = wp::add(var_56, var_58);
        // wp::array_store(var_f, var_0, var_60);
        //---------
        // reverse
        wp::adj_array_store(var_f, var_0, var_60, adj_f, adj_0, adj_60);
        wp::adj_add(var_56, var_58, adj_56, adj_58, adj_60);
        wp::adj_mul(var_gravity, var_59, adj_gravity, adj_57, adj_58);
        wp::adj_address(var_rho, var_0, adj_rho, adj_0, adj_57);
        wp::adj_add(var_5, var_6, adj_5, adj_6, adj_56);
        // adj: f[i] = fp + fv + gravity * rho[i]                                                 <L 122>
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
            // if j == i:                                                                         <L 113>
            var_9 = (var_8 == var_0);
            if (var_9) {
                // continue                                                                       <L 114>
                goto start_for_0;
            }
            // r = x[i] - x[j]                                                                    <L 115>
            var_10 = wp::address(var_x, var_0);
            var_11 = wp::address(var_x, var_8);
            var_13 = wp::load(var_10);
            var_14 = wp::load(var_11);
            var_12 = wp::sub(var_13, var_14);
            // l = wp.length(r)                                                                   <L 116>
            var_15 = wp::length(var_12);
            // if l >= params.h:                                                                  <L 117>
            var_16 = &((var_params).h);
            var_18 = wp::load(var_16);
            var_17 = (var_15 >= var_18);
            if (var_17) {
                // continue                                                                       <L 118>
                goto start_for_0;
            }
            // pij = (pressure[i] + pressure[j]) / (2.0 * rho[j])                                 <L 119>
            var_19 = wp::address(var_pressure, var_0);
            var_20 = wp::address(var_pressure, var_8);
            var_22 = wp::load(var_19);
            var_23 = wp::load(var_20);
            var_21 = wp::add(var_22, var_23);
            var_25 = wp::address(var_rho, var_8);
            var_27 = wp::load(var_25);
            var_26 = wp::mul(var_24, var_27);
            var_28 = wp::div(var_21, var_26);
            // fp -= spiky_grad(r, params.h) * (params.mass * pij)                                <L 120>
            var_29 = &((var_params).h);
            var_31 = wp::load(var_29);
            var_30 = spiky_grad_0(var_12, var_31);
            var_32 = &((var_params).mass);
            var_34 = wp::load(var_32);
            var_33 = wp::mul(var_34, var_28);
            var_35 = wp::mul(var_30, var_33);
            var_36 = wp::sub(var_5, var_35);
            // fv += (v[j] - v[i]) * (params.viscosity * params.mass * visc_lap(l, params.h) / rho[j])       <L 121>
            var_37 = wp::address(var_v, var_8);
            var_38 = wp::address(var_v, var_0);
            var_40 = wp::load(var_37);
            var_41 = wp::load(var_38);
            var_39 = wp::sub(var_40, var_41);
            var_42 = &((var_params).viscosity);
            var_43 = &((var_params).mass);
            var_45 = wp::load(var_42);
            var_46 = wp::load(var_43);
            var_44 = wp::mul(var_45, var_46);
            var_47 = &((var_params).h);
            var_49 = wp::load(var_47);
            var_48 = visc_lap_0(var_15, var_49);
            var_50 = wp::mul(var_44, var_48);
            var_51 = wp::address(var_rho, var_8);
            var_53 = wp::load(var_51);
            var_52 = wp::div(var_50, var_53);
            var_54 = wp::mul(var_39, var_52);
            var_55 = wp::add(var_6, var_54);
            wp::assign(var_5, var_36);
            wp::assign(var_6, var_55);
            wp::adj_assign(var_6, var_55, adj_6, adj_55);
            wp::adj_assign(var_5, var_36, adj_5, adj_36);
            wp::adj_add(var_6, var_54, adj_6, adj_54, adj_55);
            wp::adj_mul(var_39, var_52, adj_39, adj_52, adj_54);
            wp::adj_div(var_50, var_53, var_52, adj_50, adj_51, adj_52);
            wp::adj_address(var_rho, var_8, adj_rho, adj_8, adj_51);
            wp::adj_mul(var_44, var_48, adj_44, adj_48, adj_50);
            adj_visc_lap_0(var_15, var_49, adj_15, adj_47, adj_48);
            adj_params.h += adj_47;
            wp::adj_mul(var_45, var_46, adj_42, adj_43, adj_44);
            adj_params.mass += adj_43;
            adj_params.viscosity += adj_42;
            wp::adj_sub(var_40, var_41, adj_37, adj_38, adj_39);
            wp::adj_address(var_v, var_0, adj_v, adj_0, adj_38);
            wp::adj_address(var_v, var_8, adj_v, adj_8, adj_37);
            // adj: fv += (v[j] - v[i]) * (params.viscosity * params.mass * visc_lap(l, params.h) / rho[j])  <L 121>
            wp::adj_sub(var_5, var_35, adj_5, adj_35, adj_36);
            wp::adj_mul(var_30, var_33, adj_30, adj_33, adj_35);
            wp::adj_mul(var_34, var_28, adj_32, adj_28, adj_33);
            adj_params.mass += adj_32;
            adj_spiky_grad_0(var_12, var_31, adj_12, adj_29, adj_30);
            adj_params.h += adj_29;
            // adj: fp -= spiky_grad(r, params.h) * (params.mass * pij)                           <L 120>
            wp::adj_div(var_21, var_26, var_28, adj_21, adj_26, adj_28);
            wp::adj_mul(var_24, var_27, adj_24, adj_25, adj_26);
            wp::adj_address(var_rho, var_8, adj_rho, adj_8, adj_25);
            wp::adj_add(var_22, var_23, adj_19, adj_20, adj_21);
            wp::adj_address(var_pressure, var_8, adj_pressure, adj_8, adj_20);
            wp::adj_address(var_pressure, var_0, adj_pressure, adj_0, adj_19);
            // adj: pij = (pressure[i] + pressure[j]) / (2.0 * rho[j])                            <L 119>
            if (var_17) {
                // adj: continue                                                                  <L 118>
            }
            adj_params.h += adj_16;
            // adj: if l >= params.h:                                                             <L 117>
            wp::adj_length(var_12, var_15, adj_12, adj_15);
            // adj: l = wp.length(r)                                                              <L 116>
            wp::adj_sub(var_13, var_14, adj_10, adj_11, adj_12);
            wp::adj_address(var_x, var_8, adj_x, adj_8, adj_11);
            wp::adj_address(var_x, var_0, adj_x, adj_0, adj_10);
            // adj: r = x[i] - x[j]                                                               <L 115>
            if (var_9) {
                // adj: continue                                                                  <L 114>
            }
            // adj: if j == i:                                                                    <L 113>
        	goto start_for_0;
        end_for_0:;
        // adj: for j in range(n):                                                                <L 112>
        // adj: fv = wp.vec3()                                                                    <L 111>
        // adj: fp = wp.vec3()                                                                    <L 110>
        adj_x.shape = adj_1;
        // adj: n = x.shape[0]                                                                    <L 109>
        // adj: i = wp.tid()                                                                      <L 108>
        // adj: def forces(                                                                       <L 99>
        continue;
    }
}



extern "C" __global__ void integrate_ae7ce61e_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::vec_t<3, wp::float32>> var_f,
    wp::array_t<wp::float32> var_rho,
    wp::float32 var_dt,
    wp::vec_t<3, wp::float32> var_lo,
    wp::vec_t<3, wp::float32> var_hi,
    wp::float32 var_restitution)
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
        wp::float32* var_2;
        const wp::float32 var_3 = 1e-06;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        const wp::int32 var_16 = 0;
        wp::float32 var_17;
        wp::float32 var_18;
        bool var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        bool var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 1;
        wp::float32 var_32;
        wp::float32 var_33;
        bool var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        bool var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        const wp::int32 var_46 = 2;
        wp::float32 var_47;
        wp::float32 var_48;
        bool var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        bool var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        //---------
        // forward
        // def integrate(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), f: wp.array(dtype=wp.vec3), rho: wp.array(dtype=float), dt: float, lo: wp.vec3, hi: wp.vec3, restitution: float):       <L 126>
        // i = wp.tid()                                                                           <L 127>
        var_0 = builtin_tid1d();
        // a = f[i] / wp.max(rho[i], 1.0e-6)                                                      <L 128>
        var_1 = wp::address(var_f, var_0);
        var_2 = wp::address(var_rho, var_0);
        var_5 = wp::load(var_2);
        var_4 = wp::max(var_5, var_3);
        var_7 = wp::load(var_1);
        var_6 = wp::div(var_7, var_4);
        // vel = v[i] + a * dt                                                                    <L 129>
        var_8 = wp::address(var_v, var_0);
        var_9 = wp::mul(var_6, var_dt);
        var_11 = wp::load(var_8);
        var_10 = wp::add(var_11, var_9);
        // pos = x[i] + vel * dt                                                                  <L 130>
        var_12 = wp::address(var_x, var_0);
        var_13 = wp::mul(var_10, var_dt);
        var_15 = wp::load(var_12);
        var_14 = wp::add(var_15, var_13);
        // for k in range(3):                                                                     <L 131>
        // if pos[k] < lo[k]:                                                                     <L 132>
        var_17 = wp::extract(var_14, var_16);
        var_18 = wp::extract(var_lo, var_16);
        var_19 = (var_17 < var_18);
        if (var_19) {
            // pos[k] = lo[k]                                                                     <L 133>
            var_20 = wp::extract(var_lo, var_16);
            wp::assign_inplace(var_14, var_16, var_20);
            // vel[k] = -vel[k] * restitution                                                     <L 134>
            var_21 = wp::extract(var_10, var_16);
            var_22 = wp::neg(var_21);
            var_23 = wp::mul(var_22, var_restitution);
            wp::assign_inplace(var_10, var_16, var_23);
        }
        if (!var_19) {
            // elif pos[k] > hi[k]:                                                               <L 135>
            var_24 = wp::extract(var_14, var_16);
            var_25 = wp::extract(var_hi, var_16);
            var_26 = (var_24 > var_25);
            if (var_26) {
                // pos[k] = hi[k]                                                                 <L 136>
                var_27 = wp::extract(var_hi, var_16);
                wp::assign_inplace(var_14, var_16, var_27);
                // vel[k] = -vel[k] * restitution                                                 <L 137>
                var_28 = wp::extract(var_10, var_16);
                var_29 = wp::neg(var_28);
                var_30 = wp::mul(var_29, var_restitution);
                wp::assign_inplace(var_10, var_16, var_30);
            }
        }
        // if pos[k] < lo[k]:                                                                     <L 132>
        var_32 = wp::extract(var_14, var_31);
        var_33 = wp::extract(var_lo, var_31);
        var_34 = (var_32 < var_33);
        if (var_34) {
            // pos[k] = lo[k]                                                                     <L 133>
            var_35 = wp::extract(var_lo, var_31);
            wp::assign_inplace(var_14, var_31, var_35);
            // vel[k] = -vel[k] * restitution                                                     <L 134>
            var_36 = wp::extract(var_10, var_31);
            var_37 = wp::neg(var_36);
            var_38 = wp::mul(var_37, var_restitution);
            wp::assign_inplace(var_10, var_31, var_38);
        }
        if (!var_34) {
            // elif pos[k] > hi[k]:                                                               <L 135>
            var_39 = wp::extract(var_14, var_31);
            var_40 = wp::extract(var_hi, var_31);
            var_41 = (var_39 > var_40);
            if (var_41) {
                // pos[k] = hi[k]                                                                 <L 136>
                var_42 = wp::extract(var_hi, var_31);
                wp::assign_inplace(var_14, var_31, var_42);
                // vel[k] = -vel[k] * restitution                                                 <L 137>
                var_43 = wp::extract(var_10, var_31);
                var_44 = wp::neg(var_43);
                var_45 = wp::mul(var_44, var_restitution);
                wp::assign_inplace(var_10, var_31, var_45);
            }
        }
        // if pos[k] < lo[k]:                                                                     <L 132>
        var_47 = wp::extract(var_14, var_46);
        var_48 = wp::extract(var_lo, var_46);
        var_49 = (var_47 < var_48);
        if (var_49) {
            // pos[k] = lo[k]                                                                     <L 133>
            var_50 = wp::extract(var_lo, var_46);
            wp::assign_inplace(var_14, var_46, var_50);
            // vel[k] = -vel[k] * restitution                                                     <L 134>
            var_51 = wp::extract(var_10, var_46);
            var_52 = wp::neg(var_51);
            var_53 = wp::mul(var_52, var_restitution);
            wp::assign_inplace(var_10, var_46, var_53);
        }
        if (!var_49) {
            // elif pos[k] > hi[k]:                                                               <L 135>
            var_54 = wp::extract(var_14, var_46);
            var_55 = wp::extract(var_hi, var_46);
            var_56 = (var_54 > var_55);
            if (var_56) {
                // pos[k] = hi[k]                                                                 <L 136>
                var_57 = wp::extract(var_hi, var_46);
                wp::assign_inplace(var_14, var_46, var_57);
                // vel[k] = -vel[k] * restitution                                                 <L 137>
                var_58 = wp::extract(var_10, var_46);
                var_59 = wp::neg(var_58);
                var_60 = wp::mul(var_59, var_restitution);
                wp::assign_inplace(var_10, var_46, var_60);
            }
        }
        // x[i] = pos                                                                             <L 138>
        wp::array_store(var_x, var_0, var_14);
        // v[i] = vel                                                                             <L 139>
        wp::array_store(var_v, var_0, var_10);
    }
}



extern "C" __global__ void integrate_ae7ce61e_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::vec_t<3, wp::float32>> var_f,
    wp::array_t<wp::float32> var_rho,
    wp::float32 var_dt,
    wp::vec_t<3, wp::float32> var_lo,
    wp::vec_t<3, wp::float32> var_hi,
    wp::float32 var_restitution,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_f,
    wp::array_t<wp::float32> adj_rho,
    wp::float32 adj_dt,
    wp::vec_t<3, wp::float32> adj_lo,
    wp::vec_t<3, wp::float32> adj_hi,
    wp::float32 adj_restitution)
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
        wp::float32* var_2;
        const wp::float32 var_3 = 1e-06;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        const wp::int32 var_16 = 0;
        wp::float32 var_17;
        wp::float32 var_18;
        bool var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        bool var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 1;
        wp::float32 var_32;
        wp::float32 var_33;
        bool var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        bool var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        const wp::int32 var_46 = 2;
        wp::float32 var_47;
        wp::float32 var_48;
        bool var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        bool var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        bool adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        bool adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        bool adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        bool adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        bool adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        bool adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        //---------
        // forward
        // def integrate(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), f: wp.array(dtype=wp.vec3), rho: wp.array(dtype=float), dt: float, lo: wp.vec3, hi: wp.vec3, restitution: float):       <L 126>
        // i = wp.tid()                                                                           <L 127>
        var_0 = builtin_tid1d();
        // a = f[i] / wp.max(rho[i], 1.0e-6)                                                      <L 128>
        var_1 = wp::address(var_f, var_0);
        var_2 = wp::address(var_rho, var_0);
        var_5 = wp::load(var_2);
        var_4 = wp::max(var_5, var_3);
        var_7 = wp::load(var_1);
        var_6 = wp::div(var_7, var_4);
        // vel = v[i] + a * dt                                                                    <L 129>
        var_8 = wp::address(var_v, var_0);
        var_9 = wp::mul(var_6, var_dt);
        var_11 = wp::load(var_8);
        var_10 = wp::add(var_11, var_9);
        // pos = x[i] + vel * dt                                                                  <L 130>
        var_12 = wp::address(var_x, var_0);
        var_13 = wp::mul(var_10, var_dt);
        var_15 = wp::load(var_12);
        var_14 = wp::add(var_15, var_13);
        // for k in range(3):                                                                     <L 131>
        // if pos[k] < lo[k]:                                                                     <L 132>
        var_17 = wp::extract(var_14, var_16);
        var_18 = wp::extract(var_lo, var_16);
        var_19 = (var_17 < var_18);
        if (var_19) {
            // pos[k] = lo[k]                                                                     <L 133>
            var_20 = wp::extract(var_lo, var_16);
            wp::assign_inplace(var_14, var_16, var_20);
            // vel[k] = -vel[k] * restitution                                                     <L 134>
            var_21 = wp::extract(var_10, var_16);
            var_22 = wp::neg(var_21);
            var_23 = wp::mul(var_22, var_restitution);
            wp::assign_inplace(var_10, var_16, var_23);
        }
        if (!var_19) {
            // elif pos[k] > hi[k]:                                                               <L 135>
            var_24 = wp::extract(var_14, var_16);
            var_25 = wp::extract(var_hi, var_16);
            var_26 = (var_24 > var_25);
            if (var_26) {
                // pos[k] = hi[k]                                                                 <L 136>
                var_27 = wp::extract(var_hi, var_16);
                wp::assign_inplace(var_14, var_16, var_27);
                // vel[k] = -vel[k] * restitution                                                 <L 137>
                var_28 = wp::extract(var_10, var_16);
                var_29 = wp::neg(var_28);
                var_30 = wp::mul(var_29, var_restitution);
                wp::assign_inplace(var_10, var_16, var_30);
            }
        }
        // if pos[k] < lo[k]:                                                                     <L 132>
        var_32 = wp::extract(var_14, var_31);
        var_33 = wp::extract(var_lo, var_31);
        var_34 = (var_32 < var_33);
        if (var_34) {
            // pos[k] = lo[k]                                                                     <L 133>
            var_35 = wp::extract(var_lo, var_31);
            wp::assign_inplace(var_14, var_31, var_35);
            // vel[k] = -vel[k] * restitution                                                     <L 134>
            var_36 = wp::extract(var_10, var_31);
            var_37 = wp::neg(var_36);
            var_38 = wp::mul(var_37, var_restitution);
            wp::assign_inplace(var_10, var_31, var_38);
        }
        if (!var_34) {
            // elif pos[k] > hi[k]:                                                               <L 135>
            var_39 = wp::extract(var_14, var_31);
            var_40 = wp::extract(var_hi, var_31);
            var_41 = (var_39 > var_40);
            if (var_41) {
                // pos[k] = hi[k]                                                                 <L 136>
                var_42 = wp::extract(var_hi, var_31);
                wp::assign_inplace(var_14, var_31, var_42);
                // vel[k] = -vel[k] * restitution                                                 <L 137>
                var_43 = wp::extract(var_10, var_31);
                var_44 = wp::neg(var_43);
                var_45 = wp::mul(var_44, var_restitution);
                wp::assign_inplace(var_10, var_31, var_45);
            }
        }
        // if pos[k] < lo[k]:                                                                     <L 132>
        var_47 = wp::extract(var_14, var_46);
        var_48 = wp::extract(var_lo, var_46);
        var_49 = (var_47 < var_48);
        if (var_49) {
            // pos[k] = lo[k]                                                                     <L 133>
            var_50 = wp::extract(var_lo, var_46);
            wp::assign_inplace(var_14, var_46, var_50);
            // vel[k] = -vel[k] * restitution                                                     <L 134>
            var_51 = wp::extract(var_10, var_46);
            var_52 = wp::neg(var_51);
            var_53 = wp::mul(var_52, var_restitution);
            wp::assign_inplace(var_10, var_46, var_53);
        }
        if (!var_49) {
            // elif pos[k] > hi[k]:                                                               <L 135>
            var_54 = wp::extract(var_14, var_46);
            var_55 = wp::extract(var_hi, var_46);
            var_56 = (var_54 > var_55);
            if (var_56) {
                // pos[k] = hi[k]                                                                 <L 136>
                var_57 = wp::extract(var_hi, var_46);
                wp::assign_inplace(var_14, var_46, var_57);
                // vel[k] = -vel[k] * restitution                                                 <L 137>
                var_58 = wp::extract(var_10, var_46);
                var_59 = wp::neg(var_58);
                var_60 = wp::mul(var_59, var_restitution);
                wp::assign_inplace(var_10, var_46, var_60);
            }
        }
        // x[i] = pos                                                                             <L 138>
        // wp::array_store(var_x, var_0, var_14);
        // v[i] = vel                                                                             <L 139>
        // wp::array_store(var_v, var_0, var_10);
        //---------
        // reverse
        wp::adj_array_store(var_v, var_0, var_10, adj_v, adj_0, adj_10);
        // adj: v[i] = vel                                                                        <L 139>
        wp::adj_array_store(var_x, var_0, var_14, adj_x, adj_0, adj_14);
        // adj: x[i] = pos                                                                        <L 138>
        if (!var_49) {
            if (var_56) {
                wp::adj_assign_inplace(var_10, var_46, var_60, adj_10, adj_46, adj_60);
                wp::adj_mul(var_59, var_restitution, adj_59, adj_restitution, adj_60);
                wp::adj_neg(var_58, adj_58, adj_59);
                wp::adj_extract(var_10, var_46, adj_10, adj_46, adj_58);
                // adj: vel[k] = -vel[k] * restitution                                            <L 137>
                wp::adj_assign_inplace(var_14, var_46, var_57, adj_14, adj_46, adj_57);
                wp::adj_extract(var_hi, var_46, adj_hi, adj_46, adj_57);
                // adj: pos[k] = hi[k]                                                            <L 136>
            }
            wp::adj_extract(var_hi, var_46, adj_hi, adj_46, adj_55);
            wp::adj_extract(var_14, var_46, adj_14, adj_46, adj_54);
            // adj: elif pos[k] > hi[k]:                                                          <L 135>
        }
        if (var_49) {
            wp::adj_assign_inplace(var_10, var_46, var_53, adj_10, adj_46, adj_53);
            wp::adj_mul(var_52, var_restitution, adj_52, adj_restitution, adj_53);
            wp::adj_neg(var_51, adj_51, adj_52);
            wp::adj_extract(var_10, var_46, adj_10, adj_46, adj_51);
            // adj: vel[k] = -vel[k] * restitution                                                <L 134>
            wp::adj_assign_inplace(var_14, var_46, var_50, adj_14, adj_46, adj_50);
            wp::adj_extract(var_lo, var_46, adj_lo, adj_46, adj_50);
            // adj: pos[k] = lo[k]                                                                <L 133>
        }
        wp::adj_extract(var_lo, var_46, adj_lo, adj_46, adj_48);
        wp::adj_extract(var_14, var_46, adj_14, adj_46, adj_47);
        // adj: if pos[k] < lo[k]:                                                                <L 132>
        if (!var_34) {
            if (var_41) {
                wp::adj_assign_inplace(var_10, var_31, var_45, adj_10, adj_31, adj_45);
                wp::adj_mul(var_44, var_restitution, adj_44, adj_restitution, adj_45);
                wp::adj_neg(var_43, adj_43, adj_44);
                wp::adj_extract(var_10, var_31, adj_10, adj_31, adj_43);
                // adj: vel[k] = -vel[k] * restitution                                            <L 137>
                wp::adj_assign_inplace(var_14, var_31, var_42, adj_14, adj_31, adj_42);
                wp::adj_extract(var_hi, var_31, adj_hi, adj_31, adj_42);
                // adj: pos[k] = hi[k]                                                            <L 136>
            }
            wp::adj_extract(var_hi, var_31, adj_hi, adj_31, adj_40);
            wp::adj_extract(var_14, var_31, adj_14, adj_31, adj_39);
            // adj: elif pos[k] > hi[k]:                                                          <L 135>
        }
        if (var_34) {
            wp::adj_assign_inplace(var_10, var_31, var_38, adj_10, adj_31, adj_38);
            wp::adj_mul(var_37, var_restitution, adj_37, adj_restitution, adj_38);
            wp::adj_neg(var_36, adj_36, adj_37);
            wp::adj_extract(var_10, var_31, adj_10, adj_31, adj_36);
            // adj: vel[k] = -vel[k] * restitution                                                <L 134>
            wp::adj_assign_inplace(var_14, var_31, var_35, adj_14, adj_31, adj_35);
            wp::adj_extract(var_lo, var_31, adj_lo, adj_31, adj_35);
            // adj: pos[k] = lo[k]                                                                <L 133>
        }
        wp::adj_extract(var_lo, var_31, adj_lo, adj_31, adj_33);
        wp::adj_extract(var_14, var_31, adj_14, adj_31, adj_32);
        // adj: if pos[k] < lo[k]:                                                                <L 132>
        if (!var_19) {
            if (var_26) {
                wp::adj_assign_inplace(var_10, var_16, var_30, adj_10, adj_16, adj_30);
                wp::adj_mul(var_29, var_restitution, adj_29, adj_restitution, adj_30);
                wp::adj_neg(var_28, adj_28, adj_29);
                wp::adj_extract(var_10, var_16, adj_10, adj_16, adj_28);
                // adj: vel[k] = -vel[k] * restitution                                            <L 137>
                wp::adj_assign_inplace(var_14, var_16, var_27, adj_14, adj_16, adj_27);
                wp::adj_extract(var_hi, var_16, adj_hi, adj_16, adj_27);
                // adj: pos[k] = hi[k]                                                            <L 136>
            }
            wp::adj_extract(var_hi, var_16, adj_hi, adj_16, adj_25);
            wp::adj_extract(var_14, var_16, adj_14, adj_16, adj_24);
            // adj: elif pos[k] > hi[k]:                                                          <L 135>
        }
        if (var_19) {
            wp::adj_assign_inplace(var_10, var_16, var_23, adj_10, adj_16, adj_23);
            wp::adj_mul(var_22, var_restitution, adj_22, adj_restitution, adj_23);
            wp::adj_neg(var_21, adj_21, adj_22);
            wp::adj_extract(var_10, var_16, adj_10, adj_16, adj_21);
            // adj: vel[k] = -vel[k] * restitution                                                <L 134>
            wp::adj_assign_inplace(var_14, var_16, var_20, adj_14, adj_16, adj_20);
            wp::adj_extract(var_lo, var_16, adj_lo, adj_16, adj_20);
            // adj: pos[k] = lo[k]                                                                <L 133>
        }
        wp::adj_extract(var_lo, var_16, adj_lo, adj_16, adj_18);
        wp::adj_extract(var_14, var_16, adj_14, adj_16, adj_17);
        // adj: if pos[k] < lo[k]:                                                                <L 132>
        // adj: for k in range(3):                                                                <L 131>
        wp::adj_add(var_15, var_13, adj_12, adj_13, adj_14);
        wp::adj_mul(var_10, var_dt, adj_10, adj_dt, adj_13);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_12);
        // adj: pos = x[i] + vel * dt                                                             <L 130>
        wp::adj_add(var_11, var_9, adj_8, adj_9, adj_10);
        wp::adj_mul(var_6, var_dt, adj_6, adj_dt, adj_9);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_8);
        // adj: vel = v[i] + a * dt                                                               <L 129>
        wp::adj_div(var_7, var_4, adj_1, adj_4, adj_6);
        wp::adj_max(var_5, var_3, adj_2, adj_3, adj_4);
        wp::adj_address(var_rho, var_0, adj_rho, adj_0, adj_2);
        wp::adj_address(var_f, var_0, adj_f, adj_0, adj_1);
        // adj: a = f[i] / wp.max(rho[i], 1.0e-6)                                                 <L 128>
        // adj: i = wp.tid()                                                                      <L 127>
        // adj: def integrate(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), f: wp.array(dtype=wp.vec3), rho: wp.array(dtype=float), dt: float, lo: wp.vec3, hi: wp.vec3, restitution: float):  <L 126>
        continue;
    }
}

