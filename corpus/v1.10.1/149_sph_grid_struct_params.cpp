
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
static wp::vec_t<3, wp::int32> cell_coord_0(
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
    var_2 = &(var_params.cell_size);
    var_4 = wp::load(var_2);
    var_3 = wp::div(var_1, var_4);
    var_5 = wp::int(var_3);
    var_7 = wp::extract(var_p, var_6);
    var_8 = &(var_params.cell_size);
    var_10 = wp::load(var_8);
    var_9 = wp::div(var_7, var_10);
    var_11 = wp::int(var_9);
    var_13 = wp::extract(var_p, var_12);
    var_14 = &(var_params.cell_size);
    var_16 = wp::load(var_14);
    var_15 = wp::div(var_13, var_16);
    var_17 = wp::int(var_15);
    var_18 = wp::vec_t<3, wp::int32>(var_5, var_11, var_17);
    // for k in range(3):                                                                     <L 53>
    // c[k] = wp.clamp(c[k], 0, params.grid_dim[k] - 1)                                       <L 54>
    var_20 = wp::extract(var_18, var_19);
    var_22 = &(var_params.grid_dim);
    var_24 = wp::load(var_22);
    var_23 = wp::extract(var_24, var_19);
    var_26 = wp::sub(var_23, var_25);
    var_27 = wp::clamp(var_20, var_21, var_26);
    wp::assign_inplace(var_18, var_19, var_27);
    var_29 = wp::extract(var_18, var_28);
    var_31 = &(var_params.grid_dim);
    var_33 = wp::load(var_31);
    var_32 = wp::extract(var_33, var_28);
    var_35 = wp::sub(var_32, var_34);
    var_36 = wp::clamp(var_29, var_30, var_35);
    wp::assign_inplace(var_18, var_28, var_36);
    var_38 = wp::extract(var_18, var_37);
    var_40 = &(var_params.grid_dim);
    var_42 = wp::load(var_40);
    var_41 = wp::extract(var_42, var_37);
    var_44 = wp::sub(var_41, var_43);
    var_45 = wp::clamp(var_38, var_39, var_44);
    wp::assign_inplace(var_18, var_37, var_45);
    // return c                                                                               <L 55>
    return var_18;
}


// corpus/149_sph_grid_struct_params.py:45
static wp::int32 cell_index_0(
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
static wp::float32 poly6_0(
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
static wp::vec_t<3, wp::float32> spiky_grad_0(
    wp::vec_t<3, wp::float32> var_r,
    wp::float32 var_h)
{
    //---------
    // primal vars
    wp::float32 var_0;
    bool var_1;
    const wp::float32 var_2 = 1e-09;
    bool var_3;
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
    var_1 = (var_0 >= var_h);
    var_3 = (var_0 < var_2);
    var_4 = var_1 || var_3;
    if (var_4) {
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
static wp::float32 visc_lap_0(
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
static void adj_cell_coord_0(
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
    var_2 = &(var_params.cell_size);
    var_4 = wp::load(var_2);
    var_3 = wp::div(var_1, var_4);
    var_5 = wp::int(var_3);
    var_7 = wp::extract(var_p, var_6);
    var_8 = &(var_params.cell_size);
    var_10 = wp::load(var_8);
    var_9 = wp::div(var_7, var_10);
    var_11 = wp::int(var_9);
    var_13 = wp::extract(var_p, var_12);
    var_14 = &(var_params.cell_size);
    var_16 = wp::load(var_14);
    var_15 = wp::div(var_13, var_16);
    var_17 = wp::int(var_15);
    var_18 = wp::vec_t<3, wp::int32>(var_5, var_11, var_17);
    // for k in range(3):                                                                     <L 53>
    // c[k] = wp.clamp(c[k], 0, params.grid_dim[k] - 1)                                       <L 54>
    var_20 = wp::extract(var_18, var_19);
    var_22 = &(var_params.grid_dim);
    var_24 = wp::load(var_22);
    var_23 = wp::extract(var_24, var_19);
    var_26 = wp::sub(var_23, var_25);
    var_27 = wp::clamp(var_20, var_21, var_26);
    wp::assign_inplace(var_18, var_19, var_27);
    var_29 = wp::extract(var_18, var_28);
    var_31 = &(var_params.grid_dim);
    var_33 = wp::load(var_31);
    var_32 = wp::extract(var_33, var_28);
    var_35 = wp::sub(var_32, var_34);
    var_36 = wp::clamp(var_29, var_30, var_35);
    wp::assign_inplace(var_18, var_28, var_36);
    var_38 = wp::extract(var_18, var_37);
    var_40 = &(var_params.grid_dim);
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
    wp::adj_int(var_15, adj_15, adj_17);
    wp::adj_div(var_13, var_16, var_15, adj_13, adj_14, adj_15);
    adj_params.cell_size += adj_14;
    wp::adj_extract(var_p, var_12, adj_p, adj_12, adj_13);
    wp::adj_int(var_9, adj_9, adj_11);
    wp::adj_div(var_7, var_10, var_9, adj_7, adj_8, adj_9);
    adj_params.cell_size += adj_8;
    wp::adj_extract(var_p, var_6, adj_p, adj_6, adj_7);
    wp::adj_int(var_3, adj_3, adj_5);
    wp::adj_div(var_1, var_4, var_3, adj_1, adj_2, adj_3);
    adj_params.cell_size += adj_2;
    wp::adj_extract(var_p, var_0, adj_p, adj_0, adj_1);
    // adj: c = wp.vec3i(int(p[0] / params.cell_size), int(p[1] / params.cell_size), int(p[2] / params.cell_size))  <L 52>
    // adj: def cell_coord(p: wp.vec3, params: SPHParams) -> wp.vec3i:                        <L 51>
    return;
}


// corpus/149_sph_grid_struct_params.py:45
static void adj_cell_index_0(
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
static void adj_poly6_0(
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
static void adj_spiky_grad_0(
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
    const wp::float32 var_2 = 1e-09;
    bool var_3;
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
    wp::float32 adj_2 = {};
    bool adj_3 = {};
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
    var_1 = (var_0 >= var_h);
    var_3 = (var_0 < var_2);
    var_4 = var_1 || var_3;
    if (var_4) {
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
    if (var_4) {
        label0:;
        adj_5 += adj_ret;
        // adj: return wp.vec3()                                                              <L 33>
    }
    // adj: if l >= h or l < 1.0e-9:                                                          <L 32>
    wp::adj_length(var_r, var_0, adj_r, adj_0);
    // adj: l = wp.length(r)                                                                  <L 31>
    // adj: def spiky_grad(r: wp.vec3, h: float) -> wp.vec3:                                  <L 30>
    return;
}


// corpus/149_sph_grid_struct_params.py:38
static void adj_visc_lap_0(
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

struct wp_args_count_cells_4b2de6dd {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    SPHParams_9810d148 params;
    wp::array_t<wp::int32> cell_count;
    wp::array_t<wp::int32> cell_of;
};


void count_cells_4b2de6dd_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_count_cells_4b2de6dd *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    SPHParams_9810d148 var_params = _wp_args->params;
    wp::array_t<wp::int32> var_cell_count = _wp_args->cell_count;
    wp::array_t<wp::int32> var_cell_of = _wp_args->cell_of;
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
    var_4 = &(var_params.grid_dim);
    var_6 = wp::load(var_4);
    var_5 = cell_index_0(var_2, var_6);
    // cell_of[i] = c                                                                         <L 62>
    wp::array_store(var_cell_of, var_0, var_5);
    // wp.atomic_add(cell_count, c, 1)                                                        <L 63>
    var_8 = wp::atomic_add(var_cell_count, var_5, var_7);
}



void count_cells_4b2de6dd_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_count_cells_4b2de6dd *_wp_args,
    wp_args_count_cells_4b2de6dd *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    SPHParams_9810d148 var_params = _wp_args->params;
    wp::array_t<wp::int32> var_cell_count = _wp_args->cell_count;
    wp::array_t<wp::int32> var_cell_of = _wp_args->cell_of;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    SPHParams_9810d148 adj_params = _wp_adj_args->params;
    wp::array_t<wp::int32> adj_cell_count = _wp_adj_args->cell_count;
    wp::array_t<wp::int32> adj_cell_of = _wp_adj_args->cell_of;
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
    var_4 = &(var_params.grid_dim);
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
    return;
}



extern "C" {

// Python CPU entry points
WP_API void count_cells_4b2de6dd_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_count_cells_4b2de6dd *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        count_cells_4b2de6dd_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void count_cells_4b2de6dd_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_count_cells_4b2de6dd *_wp_args,
    wp_args_count_cells_4b2de6dd *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        count_cells_4b2de6dd_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_density_pressure_dfff90fa {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    SPHParams_9810d148 params;
    wp::array_t<wp::int32> cell_start;
    wp::array_t<wp::int32> cell_count;
    wp::array_t<wp::int32> sorted_ids;
    wp::array_t<wp::float32> rho;
    wp::array_t<wp::float32> pressure;
};


void density_pressure_dfff90fa_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_density_pressure_dfff90fa *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    SPHParams_9810d148 var_params = _wp_args->params;
    wp::array_t<wp::int32> var_cell_start = _wp_args->cell_start;
    wp::array_t<wp::int32> var_cell_count = _wp_args->cell_count;
    wp::array_t<wp::int32> var_sorted_ids = _wp_args->sorted_ids;
    wp::array_t<wp::float32> var_rho = _wp_args->rho;
    wp::array_t<wp::float32> var_pressure = _wp_args->pressure;
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
    const wp::int32 var_23 = 0;
    wp::int32 var_24;
    const wp::int32 var_25 = 0;
    bool var_26;
    const wp::int32 var_27 = 1;
    wp::int32 var_28;
    const wp::int32 var_29 = 0;
    bool var_30;
    const wp::int32 var_31 = 2;
    wp::int32 var_32;
    const wp::int32 var_33 = 0;
    bool var_34;
    bool var_35;
    const wp::int32 var_36 = 0;
    wp::int32 var_37;
    wp::vec_t<3, wp::int32>* var_38;
    const wp::int32 var_39 = 0;
    wp::int32 var_40;
    wp::vec_t<3, wp::int32> var_41;
    bool var_42;
    const wp::int32 var_43 = 1;
    wp::int32 var_44;
    wp::vec_t<3, wp::int32>* var_45;
    const wp::int32 var_46 = 1;
    wp::int32 var_47;
    wp::vec_t<3, wp::int32> var_48;
    bool var_49;
    const wp::int32 var_50 = 2;
    wp::int32 var_51;
    wp::vec_t<3, wp::int32>* var_52;
    const wp::int32 var_53 = 2;
    wp::int32 var_54;
    wp::vec_t<3, wp::int32> var_55;
    bool var_56;
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
    wp::float32* var_82;
    wp::float32 var_83;
    wp::float32* var_84;
    wp::float32 var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    wp::float32 var_88;
    wp::float32 var_89;
    const wp::int32 var_90 = 0;
    const wp::int32 var_91 = -1;
    const wp::int32 var_92 = 2;
    wp::range_t var_93;
    wp::int32 var_94;
    const wp::int32 var_95 = 0;
    wp::int32 var_96;
    wp::int32 var_97;
    const wp::int32 var_98 = 1;
    wp::int32 var_99;
    wp::int32 var_100;
    const wp::int32 var_101 = 2;
    wp::int32 var_102;
    wp::int32 var_103;
    wp::vec_t<3, wp::int32> var_104;
    const wp::int32 var_105 = 0;
    wp::int32 var_106;
    const wp::int32 var_107 = 0;
    bool var_108;
    const wp::int32 var_109 = 1;
    wp::int32 var_110;
    const wp::int32 var_111 = 0;
    bool var_112;
    const wp::int32 var_113 = 2;
    wp::int32 var_114;
    const wp::int32 var_115 = 0;
    bool var_116;
    bool var_117;
    wp::vec_t<3, wp::int32> var_118;
    const wp::int32 var_119 = 0;
    wp::int32 var_120;
    wp::vec_t<3, wp::int32>* var_121;
    const wp::int32 var_122 = 0;
    wp::int32 var_123;
    wp::vec_t<3, wp::int32> var_124;
    bool var_125;
    const wp::int32 var_126 = 1;
    wp::int32 var_127;
    wp::vec_t<3, wp::int32>* var_128;
    const wp::int32 var_129 = 1;
    wp::int32 var_130;
    wp::vec_t<3, wp::int32> var_131;
    bool var_132;
    const wp::int32 var_133 = 2;
    wp::int32 var_134;
    wp::vec_t<3, wp::int32>* var_135;
    const wp::int32 var_136 = 2;
    wp::int32 var_137;
    wp::vec_t<3, wp::int32> var_138;
    bool var_139;
    bool var_140;
    wp::vec_t<3, wp::int32> var_141;
    wp::vec_t<3, wp::int32>* var_142;
    wp::int32 var_143;
    wp::vec_t<3, wp::int32> var_144;
    wp::int32* var_145;
    wp::int32 var_146;
    wp::int32 var_147;
    wp::int32* var_148;
    wp::int32 var_149;
    wp::int32 var_150;
    wp::range_t var_151;
    wp::int32 var_152;
    wp::int32* var_153;
    wp::int32 var_154;
    wp::int32 var_155;
    wp::vec_t<3, wp::float32>* var_156;
    wp::vec_t<3, wp::float32> var_157;
    wp::vec_t<3, wp::float32> var_158;
    wp::float32* var_159;
    wp::float32 var_160;
    wp::float32* var_161;
    wp::float32 var_162;
    wp::float32 var_163;
    wp::float32 var_164;
    wp::float32 var_165;
    wp::float32* var_166;
    wp::float32 var_167;
    wp::float32* var_168;
    wp::float32 var_169;
    wp::float32 var_170;
    wp::float32 var_171;
    wp::float32 var_172;
    wp::float32 var_173;
    const wp::int32 var_174 = 1;
    const wp::int32 var_175 = -1;
    const wp::int32 var_176 = 2;
    wp::range_t var_177;
    wp::int32 var_178;
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
    const wp::int32 var_189 = 0;
    wp::int32 var_190;
    const wp::int32 var_191 = 0;
    bool var_192;
    const wp::int32 var_193 = 1;
    wp::int32 var_194;
    const wp::int32 var_195 = 0;
    bool var_196;
    const wp::int32 var_197 = 2;
    wp::int32 var_198;
    const wp::int32 var_199 = 0;
    bool var_200;
    bool var_201;
    wp::vec_t<3, wp::int32> var_202;
    const wp::int32 var_203 = 0;
    wp::int32 var_204;
    wp::vec_t<3, wp::int32>* var_205;
    const wp::int32 var_206 = 0;
    wp::int32 var_207;
    wp::vec_t<3, wp::int32> var_208;
    bool var_209;
    const wp::int32 var_210 = 1;
    wp::int32 var_211;
    wp::vec_t<3, wp::int32>* var_212;
    const wp::int32 var_213 = 1;
    wp::int32 var_214;
    wp::vec_t<3, wp::int32> var_215;
    bool var_216;
    const wp::int32 var_217 = 2;
    wp::int32 var_218;
    wp::vec_t<3, wp::int32>* var_219;
    const wp::int32 var_220 = 2;
    wp::int32 var_221;
    wp::vec_t<3, wp::int32> var_222;
    bool var_223;
    bool var_224;
    wp::vec_t<3, wp::int32> var_225;
    wp::vec_t<3, wp::int32>* var_226;
    wp::int32 var_227;
    wp::vec_t<3, wp::int32> var_228;
    wp::int32* var_229;
    wp::int32 var_230;
    wp::int32 var_231;
    wp::int32* var_232;
    wp::int32 var_233;
    wp::int32 var_234;
    wp::range_t var_235;
    wp::int32 var_236;
    wp::int32* var_237;
    wp::int32 var_238;
    wp::int32 var_239;
    wp::vec_t<3, wp::float32>* var_240;
    wp::vec_t<3, wp::float32> var_241;
    wp::vec_t<3, wp::float32> var_242;
    wp::float32* var_243;
    wp::float32 var_244;
    wp::float32* var_245;
    wp::float32 var_246;
    wp::float32 var_247;
    wp::float32 var_248;
    wp::float32 var_249;
    wp::float32* var_250;
    wp::float32 var_251;
    wp::float32* var_252;
    wp::float32 var_253;
    wp::float32 var_254;
    wp::float32 var_255;
    wp::float32 var_256;
    wp::float32 var_257;
    const wp::int32 var_258 = 0;
    const wp::int32 var_259 = -1;
    const wp::int32 var_260 = -1;
    const wp::int32 var_261 = 2;
    wp::range_t var_262;
    wp::int32 var_263;
    const wp::int32 var_264 = 0;
    wp::int32 var_265;
    wp::int32 var_266;
    const wp::int32 var_267 = 1;
    wp::int32 var_268;
    wp::int32 var_269;
    const wp::int32 var_270 = 2;
    wp::int32 var_271;
    wp::int32 var_272;
    wp::vec_t<3, wp::int32> var_273;
    const wp::int32 var_274 = 0;
    wp::int32 var_275;
    const wp::int32 var_276 = 0;
    bool var_277;
    const wp::int32 var_278 = 1;
    wp::int32 var_279;
    const wp::int32 var_280 = 0;
    bool var_281;
    const wp::int32 var_282 = 2;
    wp::int32 var_283;
    const wp::int32 var_284 = 0;
    bool var_285;
    bool var_286;
    wp::vec_t<3, wp::int32> var_287;
    const wp::int32 var_288 = 0;
    wp::int32 var_289;
    wp::vec_t<3, wp::int32>* var_290;
    const wp::int32 var_291 = 0;
    wp::int32 var_292;
    wp::vec_t<3, wp::int32> var_293;
    bool var_294;
    const wp::int32 var_295 = 1;
    wp::int32 var_296;
    wp::vec_t<3, wp::int32>* var_297;
    const wp::int32 var_298 = 1;
    wp::int32 var_299;
    wp::vec_t<3, wp::int32> var_300;
    bool var_301;
    const wp::int32 var_302 = 2;
    wp::int32 var_303;
    wp::vec_t<3, wp::int32>* var_304;
    const wp::int32 var_305 = 2;
    wp::int32 var_306;
    wp::vec_t<3, wp::int32> var_307;
    bool var_308;
    bool var_309;
    wp::vec_t<3, wp::int32> var_310;
    wp::vec_t<3, wp::int32>* var_311;
    wp::int32 var_312;
    wp::vec_t<3, wp::int32> var_313;
    wp::int32* var_314;
    wp::int32 var_315;
    wp::int32 var_316;
    wp::int32* var_317;
    wp::int32 var_318;
    wp::int32 var_319;
    wp::range_t var_320;
    wp::int32 var_321;
    wp::int32* var_322;
    wp::int32 var_323;
    wp::int32 var_324;
    wp::vec_t<3, wp::float32>* var_325;
    wp::vec_t<3, wp::float32> var_326;
    wp::vec_t<3, wp::float32> var_327;
    wp::float32* var_328;
    wp::float32 var_329;
    wp::float32* var_330;
    wp::float32 var_331;
    wp::float32 var_332;
    wp::float32 var_333;
    wp::float32 var_334;
    wp::float32* var_335;
    wp::float32 var_336;
    wp::float32* var_337;
    wp::float32 var_338;
    wp::float32 var_339;
    wp::float32 var_340;
    wp::float32 var_341;
    wp::float32 var_342;
    const wp::int32 var_343 = 0;
    const wp::int32 var_344 = -1;
    const wp::int32 var_345 = 2;
    wp::range_t var_346;
    wp::int32 var_347;
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
    const wp::int32 var_358 = 0;
    wp::int32 var_359;
    const wp::int32 var_360 = 0;
    bool var_361;
    const wp::int32 var_362 = 1;
    wp::int32 var_363;
    const wp::int32 var_364 = 0;
    bool var_365;
    const wp::int32 var_366 = 2;
    wp::int32 var_367;
    const wp::int32 var_368 = 0;
    bool var_369;
    bool var_370;
    wp::vec_t<3, wp::int32> var_371;
    const wp::int32 var_372 = 0;
    wp::int32 var_373;
    wp::vec_t<3, wp::int32>* var_374;
    const wp::int32 var_375 = 0;
    wp::int32 var_376;
    wp::vec_t<3, wp::int32> var_377;
    bool var_378;
    const wp::int32 var_379 = 1;
    wp::int32 var_380;
    wp::vec_t<3, wp::int32>* var_381;
    const wp::int32 var_382 = 1;
    wp::int32 var_383;
    wp::vec_t<3, wp::int32> var_384;
    bool var_385;
    const wp::int32 var_386 = 2;
    wp::int32 var_387;
    wp::vec_t<3, wp::int32>* var_388;
    const wp::int32 var_389 = 2;
    wp::int32 var_390;
    wp::vec_t<3, wp::int32> var_391;
    bool var_392;
    bool var_393;
    wp::vec_t<3, wp::int32> var_394;
    wp::vec_t<3, wp::int32>* var_395;
    wp::int32 var_396;
    wp::vec_t<3, wp::int32> var_397;
    wp::int32* var_398;
    wp::int32 var_399;
    wp::int32 var_400;
    wp::int32* var_401;
    wp::int32 var_402;
    wp::int32 var_403;
    wp::range_t var_404;
    wp::int32 var_405;
    wp::int32* var_406;
    wp::int32 var_407;
    wp::int32 var_408;
    wp::vec_t<3, wp::float32>* var_409;
    wp::vec_t<3, wp::float32> var_410;
    wp::vec_t<3, wp::float32> var_411;
    wp::float32* var_412;
    wp::float32 var_413;
    wp::float32* var_414;
    wp::float32 var_415;
    wp::float32 var_416;
    wp::float32 var_417;
    wp::float32 var_418;
    wp::float32* var_419;
    wp::float32 var_420;
    wp::float32* var_421;
    wp::float32 var_422;
    wp::float32 var_423;
    wp::float32 var_424;
    wp::float32 var_425;
    wp::float32 var_426;
    const wp::int32 var_427 = 1;
    const wp::int32 var_428 = -1;
    const wp::int32 var_429 = 2;
    wp::range_t var_430;
    wp::int32 var_431;
    const wp::int32 var_432 = 0;
    wp::int32 var_433;
    wp::int32 var_434;
    const wp::int32 var_435 = 1;
    wp::int32 var_436;
    wp::int32 var_437;
    const wp::int32 var_438 = 2;
    wp::int32 var_439;
    wp::int32 var_440;
    wp::vec_t<3, wp::int32> var_441;
    const wp::int32 var_442 = 0;
    wp::int32 var_443;
    const wp::int32 var_444 = 0;
    bool var_445;
    const wp::int32 var_446 = 1;
    wp::int32 var_447;
    const wp::int32 var_448 = 0;
    bool var_449;
    const wp::int32 var_450 = 2;
    wp::int32 var_451;
    const wp::int32 var_452 = 0;
    bool var_453;
    bool var_454;
    wp::vec_t<3, wp::int32> var_455;
    const wp::int32 var_456 = 0;
    wp::int32 var_457;
    wp::vec_t<3, wp::int32>* var_458;
    const wp::int32 var_459 = 0;
    wp::int32 var_460;
    wp::vec_t<3, wp::int32> var_461;
    bool var_462;
    const wp::int32 var_463 = 1;
    wp::int32 var_464;
    wp::vec_t<3, wp::int32>* var_465;
    const wp::int32 var_466 = 1;
    wp::int32 var_467;
    wp::vec_t<3, wp::int32> var_468;
    bool var_469;
    const wp::int32 var_470 = 2;
    wp::int32 var_471;
    wp::vec_t<3, wp::int32>* var_472;
    const wp::int32 var_473 = 2;
    wp::int32 var_474;
    wp::vec_t<3, wp::int32> var_475;
    bool var_476;
    bool var_477;
    wp::vec_t<3, wp::int32> var_478;
    wp::vec_t<3, wp::int32>* var_479;
    wp::int32 var_480;
    wp::vec_t<3, wp::int32> var_481;
    wp::int32* var_482;
    wp::int32 var_483;
    wp::int32 var_484;
    wp::int32* var_485;
    wp::int32 var_486;
    wp::int32 var_487;
    wp::range_t var_488;
    wp::int32 var_489;
    wp::int32* var_490;
    wp::int32 var_491;
    wp::int32 var_492;
    wp::vec_t<3, wp::float32>* var_493;
    wp::vec_t<3, wp::float32> var_494;
    wp::vec_t<3, wp::float32> var_495;
    wp::float32* var_496;
    wp::float32 var_497;
    wp::float32* var_498;
    wp::float32 var_499;
    wp::float32 var_500;
    wp::float32 var_501;
    wp::float32 var_502;
    wp::float32* var_503;
    wp::float32 var_504;
    wp::float32* var_505;
    wp::float32 var_506;
    wp::float32 var_507;
    wp::float32 var_508;
    wp::float32 var_509;
    wp::float32 var_510;
    const wp::int32 var_511 = 1;
    const wp::int32 var_512 = -1;
    const wp::int32 var_513 = -1;
    const wp::int32 var_514 = 2;
    wp::range_t var_515;
    wp::int32 var_516;
    const wp::int32 var_517 = 0;
    wp::int32 var_518;
    wp::int32 var_519;
    const wp::int32 var_520 = 1;
    wp::int32 var_521;
    wp::int32 var_522;
    const wp::int32 var_523 = 2;
    wp::int32 var_524;
    wp::int32 var_525;
    wp::vec_t<3, wp::int32> var_526;
    const wp::int32 var_527 = 0;
    wp::int32 var_528;
    const wp::int32 var_529 = 0;
    bool var_530;
    const wp::int32 var_531 = 1;
    wp::int32 var_532;
    const wp::int32 var_533 = 0;
    bool var_534;
    const wp::int32 var_535 = 2;
    wp::int32 var_536;
    const wp::int32 var_537 = 0;
    bool var_538;
    bool var_539;
    wp::vec_t<3, wp::int32> var_540;
    const wp::int32 var_541 = 0;
    wp::int32 var_542;
    wp::vec_t<3, wp::int32>* var_543;
    const wp::int32 var_544 = 0;
    wp::int32 var_545;
    wp::vec_t<3, wp::int32> var_546;
    bool var_547;
    const wp::int32 var_548 = 1;
    wp::int32 var_549;
    wp::vec_t<3, wp::int32>* var_550;
    const wp::int32 var_551 = 1;
    wp::int32 var_552;
    wp::vec_t<3, wp::int32> var_553;
    bool var_554;
    const wp::int32 var_555 = 2;
    wp::int32 var_556;
    wp::vec_t<3, wp::int32>* var_557;
    const wp::int32 var_558 = 2;
    wp::int32 var_559;
    wp::vec_t<3, wp::int32> var_560;
    bool var_561;
    bool var_562;
    wp::vec_t<3, wp::int32> var_563;
    wp::vec_t<3, wp::int32>* var_564;
    wp::int32 var_565;
    wp::vec_t<3, wp::int32> var_566;
    wp::int32* var_567;
    wp::int32 var_568;
    wp::int32 var_569;
    wp::int32* var_570;
    wp::int32 var_571;
    wp::int32 var_572;
    wp::range_t var_573;
    wp::int32 var_574;
    wp::int32* var_575;
    wp::int32 var_576;
    wp::int32 var_577;
    wp::vec_t<3, wp::float32>* var_578;
    wp::vec_t<3, wp::float32> var_579;
    wp::vec_t<3, wp::float32> var_580;
    wp::float32* var_581;
    wp::float32 var_582;
    wp::float32* var_583;
    wp::float32 var_584;
    wp::float32 var_585;
    wp::float32 var_586;
    wp::float32 var_587;
    wp::float32* var_588;
    wp::float32 var_589;
    wp::float32* var_590;
    wp::float32 var_591;
    wp::float32 var_592;
    wp::float32 var_593;
    wp::float32 var_594;
    wp::float32 var_595;
    const wp::int32 var_596 = 0;
    const wp::int32 var_597 = -1;
    const wp::int32 var_598 = 2;
    wp::range_t var_599;
    wp::int32 var_600;
    const wp::int32 var_601 = 0;
    wp::int32 var_602;
    wp::int32 var_603;
    const wp::int32 var_604 = 1;
    wp::int32 var_605;
    wp::int32 var_606;
    const wp::int32 var_607 = 2;
    wp::int32 var_608;
    wp::int32 var_609;
    wp::vec_t<3, wp::int32> var_610;
    const wp::int32 var_611 = 0;
    wp::int32 var_612;
    const wp::int32 var_613 = 0;
    bool var_614;
    const wp::int32 var_615 = 1;
    wp::int32 var_616;
    const wp::int32 var_617 = 0;
    bool var_618;
    const wp::int32 var_619 = 2;
    wp::int32 var_620;
    const wp::int32 var_621 = 0;
    bool var_622;
    bool var_623;
    wp::vec_t<3, wp::int32> var_624;
    const wp::int32 var_625 = 0;
    wp::int32 var_626;
    wp::vec_t<3, wp::int32>* var_627;
    const wp::int32 var_628 = 0;
    wp::int32 var_629;
    wp::vec_t<3, wp::int32> var_630;
    bool var_631;
    const wp::int32 var_632 = 1;
    wp::int32 var_633;
    wp::vec_t<3, wp::int32>* var_634;
    const wp::int32 var_635 = 1;
    wp::int32 var_636;
    wp::vec_t<3, wp::int32> var_637;
    bool var_638;
    const wp::int32 var_639 = 2;
    wp::int32 var_640;
    wp::vec_t<3, wp::int32>* var_641;
    const wp::int32 var_642 = 2;
    wp::int32 var_643;
    wp::vec_t<3, wp::int32> var_644;
    bool var_645;
    bool var_646;
    wp::vec_t<3, wp::int32> var_647;
    wp::vec_t<3, wp::int32>* var_648;
    wp::int32 var_649;
    wp::vec_t<3, wp::int32> var_650;
    wp::int32* var_651;
    wp::int32 var_652;
    wp::int32 var_653;
    wp::int32* var_654;
    wp::int32 var_655;
    wp::int32 var_656;
    wp::range_t var_657;
    wp::int32 var_658;
    wp::int32* var_659;
    wp::int32 var_660;
    wp::int32 var_661;
    wp::vec_t<3, wp::float32>* var_662;
    wp::vec_t<3, wp::float32> var_663;
    wp::vec_t<3, wp::float32> var_664;
    wp::float32* var_665;
    wp::float32 var_666;
    wp::float32* var_667;
    wp::float32 var_668;
    wp::float32 var_669;
    wp::float32 var_670;
    wp::float32 var_671;
    wp::float32* var_672;
    wp::float32 var_673;
    wp::float32* var_674;
    wp::float32 var_675;
    wp::float32 var_676;
    wp::float32 var_677;
    wp::float32 var_678;
    wp::float32 var_679;
    const wp::int32 var_680 = 1;
    const wp::int32 var_681 = -1;
    const wp::int32 var_682 = 2;
    wp::range_t var_683;
    wp::int32 var_684;
    const wp::int32 var_685 = 0;
    wp::int32 var_686;
    wp::int32 var_687;
    const wp::int32 var_688 = 1;
    wp::int32 var_689;
    wp::int32 var_690;
    const wp::int32 var_691 = 2;
    wp::int32 var_692;
    wp::int32 var_693;
    wp::vec_t<3, wp::int32> var_694;
    const wp::int32 var_695 = 0;
    wp::int32 var_696;
    const wp::int32 var_697 = 0;
    bool var_698;
    const wp::int32 var_699 = 1;
    wp::int32 var_700;
    const wp::int32 var_701 = 0;
    bool var_702;
    const wp::int32 var_703 = 2;
    wp::int32 var_704;
    const wp::int32 var_705 = 0;
    bool var_706;
    bool var_707;
    wp::vec_t<3, wp::int32> var_708;
    const wp::int32 var_709 = 0;
    wp::int32 var_710;
    wp::vec_t<3, wp::int32>* var_711;
    const wp::int32 var_712 = 0;
    wp::int32 var_713;
    wp::vec_t<3, wp::int32> var_714;
    bool var_715;
    const wp::int32 var_716 = 1;
    wp::int32 var_717;
    wp::vec_t<3, wp::int32>* var_718;
    const wp::int32 var_719 = 1;
    wp::int32 var_720;
    wp::vec_t<3, wp::int32> var_721;
    bool var_722;
    const wp::int32 var_723 = 2;
    wp::int32 var_724;
    wp::vec_t<3, wp::int32>* var_725;
    const wp::int32 var_726 = 2;
    wp::int32 var_727;
    wp::vec_t<3, wp::int32> var_728;
    bool var_729;
    bool var_730;
    wp::vec_t<3, wp::int32> var_731;
    wp::vec_t<3, wp::int32>* var_732;
    wp::int32 var_733;
    wp::vec_t<3, wp::int32> var_734;
    wp::int32* var_735;
    wp::int32 var_736;
    wp::int32 var_737;
    wp::int32* var_738;
    wp::int32 var_739;
    wp::int32 var_740;
    wp::range_t var_741;
    wp::int32 var_742;
    wp::int32* var_743;
    wp::int32 var_744;
    wp::int32 var_745;
    wp::vec_t<3, wp::float32>* var_746;
    wp::vec_t<3, wp::float32> var_747;
    wp::vec_t<3, wp::float32> var_748;
    wp::float32* var_749;
    wp::float32 var_750;
    wp::float32* var_751;
    wp::float32 var_752;
    wp::float32 var_753;
    wp::float32 var_754;
    wp::float32 var_755;
    wp::float32* var_756;
    wp::float32 var_757;
    wp::float32* var_758;
    wp::float32 var_759;
    wp::float32 var_760;
    wp::float32 var_761;
    wp::float32 var_762;
    wp::float32 var_763;
    wp::float32* var_764;
    wp::float32* var_765;
    wp::float32 var_766;
    wp::float32 var_767;
    wp::float32 var_768;
    wp::float32 var_769;
    const wp::float32 var_770 = 0.0;
    wp::float32 var_771;
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
        var_24 = wp::extract(var_22, var_23);
        var_26 = (var_24 < var_25);
        var_28 = wp::extract(var_22, var_27);
        var_30 = (var_28 < var_29);
        var_32 = wp::extract(var_22, var_31);
        var_34 = (var_32 < var_33);
        var_35 = var_26 || var_30 || var_34;
        if (var_35) {
            // continue                                                                       <L 85>
            goto start_for_0;
        }
        // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
        var_37 = wp::extract(var_22, var_36);
        var_38 = &(var_params.grid_dim);
        var_41 = wp::load(var_38);
        var_40 = wp::extract(var_41, var_39);
        var_42 = (var_37 >= var_40);
        var_44 = wp::extract(var_22, var_43);
        var_45 = &(var_params.grid_dim);
        var_48 = wp::load(var_45);
        var_47 = wp::extract(var_48, var_46);
        var_49 = (var_44 >= var_47);
        var_51 = wp::extract(var_22, var_50);
        var_52 = &(var_params.grid_dim);
        var_55 = wp::load(var_52);
        var_54 = wp::extract(var_55, var_53);
        var_56 = (var_51 >= var_54);
        var_57 = var_42 || var_49 || var_56;
        if (var_57) {
            // continue                                                                       <L 87>
            goto start_for_0;
        }
        // ci = cell_index(nc, params.grid_dim)                                               <L 88>
        var_58 = &(var_params.grid_dim);
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
            var_75 = &(var_params.mass);
            var_76 = wp::dot(var_73, var_73);
            var_77 = &(var_params.h);
            var_79 = wp::load(var_77);
            var_78 = poly6_0(var_76, var_79);
            var_81 = wp::load(var_75);
            var_80 = wp::mul(var_81, var_78);
            var_82 = &(var_params.mass);
            var_83 = wp::dot(var_73, var_73);
            var_84 = &(var_params.h);
            var_86 = wp::load(var_84);
            var_85 = poly6_0(var_83, var_86);
            var_88 = wp::load(var_82);
            var_87 = wp::mul(var_88, var_85);
            var_89 = wp::add(var_6, var_87);
            wp::assign(var_6, var_89);
            goto start_for_2;
        end_for_2:;
        goto start_for_0;
    end_for_0:;
    // for dx in range(-1, 2):                                                                <L 82>
    var_93 = wp::range(var_91, var_92);
    start_for_4:;
        if (iter_cmp(var_93) == 0) goto end_for_4;
        var_94 = wp::iter_next(var_93);
        // nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                     <L 83>
        var_96 = wp::extract(var_4, var_95);
        var_97 = wp::add(var_96, var_94);
        var_99 = wp::extract(var_4, var_98);
        var_100 = wp::add(var_99, var_90);
        var_102 = wp::extract(var_4, var_101);
        var_103 = wp::add(var_102, var_7);
        var_104 = wp::vec_t<3, wp::int32>(var_97, var_100, var_103);
        // if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                            <L 84>
        var_106 = wp::extract(var_104, var_105);
        var_108 = (var_106 < var_107);
        var_110 = wp::extract(var_104, var_109);
        var_112 = (var_110 < var_111);
        var_114 = wp::extract(var_104, var_113);
        var_116 = (var_114 < var_115);
        var_117 = var_108 || var_112 || var_116;
        if (var_117) {
            // continue                                                                       <L 85>
            wp::assign(var_22, var_104);
            goto start_for_4;
        }
        var_118 = wp::where(var_117, var_22, var_104);
        // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
        var_120 = wp::extract(var_118, var_119);
        var_121 = &(var_params.grid_dim);
        var_124 = wp::load(var_121);
        var_123 = wp::extract(var_124, var_122);
        var_125 = (var_120 >= var_123);
        var_127 = wp::extract(var_118, var_126);
        var_128 = &(var_params.grid_dim);
        var_131 = wp::load(var_128);
        var_130 = wp::extract(var_131, var_129);
        var_132 = (var_127 >= var_130);
        var_134 = wp::extract(var_118, var_133);
        var_135 = &(var_params.grid_dim);
        var_138 = wp::load(var_135);
        var_137 = wp::extract(var_138, var_136);
        var_139 = (var_134 >= var_137);
        var_140 = var_125 || var_132 || var_139;
        if (var_140) {
            // continue                                                                       <L 87>
            wp::assign(var_22, var_118);
            goto start_for_4;
        }
        var_141 = wp::where(var_140, var_22, var_118);
        // ci = cell_index(nc, params.grid_dim)                                               <L 88>
        var_142 = &(var_params.grid_dim);
        var_144 = wp::load(var_142);
        var_143 = cell_index_0(var_141, var_144);
        // start = cell_start[ci]                                                             <L 89>
        var_145 = wp::address(var_cell_start, var_143);
        var_147 = wp::load(var_145);
        var_146 = wp::copy(var_147);
        // for k in range(start, start + cell_count[ci]):                                     <L 90>
        var_148 = wp::address(var_cell_count, var_143);
        var_150 = wp::load(var_148);
        var_149 = wp::add(var_146, var_150);
        var_151 = wp::range(var_146, var_149);
        start_for_6:;
            if (iter_cmp(var_151) == 0) goto end_for_6;
            var_152 = wp::iter_next(var_151);
            // j = sorted_ids[k]                                                              <L 91>
            var_153 = wp::address(var_sorted_ids, var_152);
            var_155 = wp::load(var_153);
            var_154 = wp::copy(var_155);
            // r = p - x[j]                                                                   <L 92>
            var_156 = wp::address(var_x, var_154);
            var_158 = wp::load(var_156);
            var_157 = wp::sub(var_2, var_158);
            // d += params.mass * poly6(wp.dot(r, r), params.h)                               <L 93>
            var_159 = &(var_params.mass);
            var_160 = wp::dot(var_157, var_157);
            var_161 = &(var_params.h);
            var_163 = wp::load(var_161);
            var_162 = poly6_0(var_160, var_163);
            var_165 = wp::load(var_159);
            var_164 = wp::mul(var_165, var_162);
            var_166 = &(var_params.mass);
            var_167 = wp::dot(var_157, var_157);
            var_168 = &(var_params.h);
            var_170 = wp::load(var_168);
            var_169 = poly6_0(var_167, var_170);
            var_172 = wp::load(var_166);
            var_171 = wp::mul(var_172, var_169);
            var_173 = wp::add(var_6, var_171);
            wp::assign(var_6, var_173);
            wp::assign(var_70, var_154);
            wp::assign(var_73, var_157);
            goto start_for_6;
        end_for_6:;
        wp::assign(var_22, var_141);
        wp::assign(var_59, var_143);
        wp::assign(var_62, var_146);
        wp::assign(var_68, var_152);
        goto start_for_4;
    end_for_4:;
    // for dx in range(-1, 2):                                                                <L 82>
    var_177 = wp::range(var_175, var_176);
    start_for_8:;
        if (iter_cmp(var_177) == 0) goto end_for_8;
        var_178 = wp::iter_next(var_177);
        // nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                     <L 83>
        var_180 = wp::extract(var_4, var_179);
        var_181 = wp::add(var_180, var_178);
        var_183 = wp::extract(var_4, var_182);
        var_184 = wp::add(var_183, var_174);
        var_186 = wp::extract(var_4, var_185);
        var_187 = wp::add(var_186, var_7);
        var_188 = wp::vec_t<3, wp::int32>(var_181, var_184, var_187);
        // if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                            <L 84>
        var_190 = wp::extract(var_188, var_189);
        var_192 = (var_190 < var_191);
        var_194 = wp::extract(var_188, var_193);
        var_196 = (var_194 < var_195);
        var_198 = wp::extract(var_188, var_197);
        var_200 = (var_198 < var_199);
        var_201 = var_192 || var_196 || var_200;
        if (var_201) {
            // continue                                                                       <L 85>
            wp::assign(var_22, var_188);
            goto start_for_8;
        }
        var_202 = wp::where(var_201, var_22, var_188);
        // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
        var_204 = wp::extract(var_202, var_203);
        var_205 = &(var_params.grid_dim);
        var_208 = wp::load(var_205);
        var_207 = wp::extract(var_208, var_206);
        var_209 = (var_204 >= var_207);
        var_211 = wp::extract(var_202, var_210);
        var_212 = &(var_params.grid_dim);
        var_215 = wp::load(var_212);
        var_214 = wp::extract(var_215, var_213);
        var_216 = (var_211 >= var_214);
        var_218 = wp::extract(var_202, var_217);
        var_219 = &(var_params.grid_dim);
        var_222 = wp::load(var_219);
        var_221 = wp::extract(var_222, var_220);
        var_223 = (var_218 >= var_221);
        var_224 = var_209 || var_216 || var_223;
        if (var_224) {
            // continue                                                                       <L 87>
            wp::assign(var_22, var_202);
            goto start_for_8;
        }
        var_225 = wp::where(var_224, var_22, var_202);
        // ci = cell_index(nc, params.grid_dim)                                               <L 88>
        var_226 = &(var_params.grid_dim);
        var_228 = wp::load(var_226);
        var_227 = cell_index_0(var_225, var_228);
        // start = cell_start[ci]                                                             <L 89>
        var_229 = wp::address(var_cell_start, var_227);
        var_231 = wp::load(var_229);
        var_230 = wp::copy(var_231);
        // for k in range(start, start + cell_count[ci]):                                     <L 90>
        var_232 = wp::address(var_cell_count, var_227);
        var_234 = wp::load(var_232);
        var_233 = wp::add(var_230, var_234);
        var_235 = wp::range(var_230, var_233);
        start_for_10:;
            if (iter_cmp(var_235) == 0) goto end_for_10;
            var_236 = wp::iter_next(var_235);
            // j = sorted_ids[k]                                                              <L 91>
            var_237 = wp::address(var_sorted_ids, var_236);
            var_239 = wp::load(var_237);
            var_238 = wp::copy(var_239);
            // r = p - x[j]                                                                   <L 92>
            var_240 = wp::address(var_x, var_238);
            var_242 = wp::load(var_240);
            var_241 = wp::sub(var_2, var_242);
            // d += params.mass * poly6(wp.dot(r, r), params.h)                               <L 93>
            var_243 = &(var_params.mass);
            var_244 = wp::dot(var_241, var_241);
            var_245 = &(var_params.h);
            var_247 = wp::load(var_245);
            var_246 = poly6_0(var_244, var_247);
            var_249 = wp::load(var_243);
            var_248 = wp::mul(var_249, var_246);
            var_250 = &(var_params.mass);
            var_251 = wp::dot(var_241, var_241);
            var_252 = &(var_params.h);
            var_254 = wp::load(var_252);
            var_253 = poly6_0(var_251, var_254);
            var_256 = wp::load(var_250);
            var_255 = wp::mul(var_256, var_253);
            var_257 = wp::add(var_6, var_255);
            wp::assign(var_6, var_257);
            wp::assign(var_70, var_238);
            wp::assign(var_73, var_241);
            goto start_for_10;
        end_for_10:;
        wp::assign(var_22, var_225);
        wp::assign(var_59, var_227);
        wp::assign(var_62, var_230);
        wp::assign(var_68, var_236);
        goto start_for_8;
    end_for_8:;
    // for dy in range(-1, 2):                                                                <L 81>
    // for dx in range(-1, 2):                                                                <L 82>
    var_262 = wp::range(var_260, var_261);
    start_for_12:;
        if (iter_cmp(var_262) == 0) goto end_for_12;
        var_263 = wp::iter_next(var_262);
        // nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                     <L 83>
        var_265 = wp::extract(var_4, var_264);
        var_266 = wp::add(var_265, var_263);
        var_268 = wp::extract(var_4, var_267);
        var_269 = wp::add(var_268, var_259);
        var_271 = wp::extract(var_4, var_270);
        var_272 = wp::add(var_271, var_258);
        var_273 = wp::vec_t<3, wp::int32>(var_266, var_269, var_272);
        // if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                            <L 84>
        var_275 = wp::extract(var_273, var_274);
        var_277 = (var_275 < var_276);
        var_279 = wp::extract(var_273, var_278);
        var_281 = (var_279 < var_280);
        var_283 = wp::extract(var_273, var_282);
        var_285 = (var_283 < var_284);
        var_286 = var_277 || var_281 || var_285;
        if (var_286) {
            // continue                                                                       <L 85>
            wp::assign(var_22, var_273);
            goto start_for_12;
        }
        var_287 = wp::where(var_286, var_22, var_273);
        // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
        var_289 = wp::extract(var_287, var_288);
        var_290 = &(var_params.grid_dim);
        var_293 = wp::load(var_290);
        var_292 = wp::extract(var_293, var_291);
        var_294 = (var_289 >= var_292);
        var_296 = wp::extract(var_287, var_295);
        var_297 = &(var_params.grid_dim);
        var_300 = wp::load(var_297);
        var_299 = wp::extract(var_300, var_298);
        var_301 = (var_296 >= var_299);
        var_303 = wp::extract(var_287, var_302);
        var_304 = &(var_params.grid_dim);
        var_307 = wp::load(var_304);
        var_306 = wp::extract(var_307, var_305);
        var_308 = (var_303 >= var_306);
        var_309 = var_294 || var_301 || var_308;
        if (var_309) {
            // continue                                                                       <L 87>
            wp::assign(var_22, var_287);
            goto start_for_12;
        }
        var_310 = wp::where(var_309, var_22, var_287);
        // ci = cell_index(nc, params.grid_dim)                                               <L 88>
        var_311 = &(var_params.grid_dim);
        var_313 = wp::load(var_311);
        var_312 = cell_index_0(var_310, var_313);
        // start = cell_start[ci]                                                             <L 89>
        var_314 = wp::address(var_cell_start, var_312);
        var_316 = wp::load(var_314);
        var_315 = wp::copy(var_316);
        // for k in range(start, start + cell_count[ci]):                                     <L 90>
        var_317 = wp::address(var_cell_count, var_312);
        var_319 = wp::load(var_317);
        var_318 = wp::add(var_315, var_319);
        var_320 = wp::range(var_315, var_318);
        start_for_14:;
            if (iter_cmp(var_320) == 0) goto end_for_14;
            var_321 = wp::iter_next(var_320);
            // j = sorted_ids[k]                                                              <L 91>
            var_322 = wp::address(var_sorted_ids, var_321);
            var_324 = wp::load(var_322);
            var_323 = wp::copy(var_324);
            // r = p - x[j]                                                                   <L 92>
            var_325 = wp::address(var_x, var_323);
            var_327 = wp::load(var_325);
            var_326 = wp::sub(var_2, var_327);
            // d += params.mass * poly6(wp.dot(r, r), params.h)                               <L 93>
            var_328 = &(var_params.mass);
            var_329 = wp::dot(var_326, var_326);
            var_330 = &(var_params.h);
            var_332 = wp::load(var_330);
            var_331 = poly6_0(var_329, var_332);
            var_334 = wp::load(var_328);
            var_333 = wp::mul(var_334, var_331);
            var_335 = &(var_params.mass);
            var_336 = wp::dot(var_326, var_326);
            var_337 = &(var_params.h);
            var_339 = wp::load(var_337);
            var_338 = poly6_0(var_336, var_339);
            var_341 = wp::load(var_335);
            var_340 = wp::mul(var_341, var_338);
            var_342 = wp::add(var_6, var_340);
            wp::assign(var_6, var_342);
            wp::assign(var_70, var_323);
            wp::assign(var_73, var_326);
            goto start_for_14;
        end_for_14:;
        wp::assign(var_22, var_310);
        wp::assign(var_59, var_312);
        wp::assign(var_62, var_315);
        wp::assign(var_68, var_321);
        goto start_for_12;
    end_for_12:;
    // for dx in range(-1, 2):                                                                <L 82>
    var_346 = wp::range(var_344, var_345);
    start_for_16:;
        if (iter_cmp(var_346) == 0) goto end_for_16;
        var_347 = wp::iter_next(var_346);
        // nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                     <L 83>
        var_349 = wp::extract(var_4, var_348);
        var_350 = wp::add(var_349, var_347);
        var_352 = wp::extract(var_4, var_351);
        var_353 = wp::add(var_352, var_343);
        var_355 = wp::extract(var_4, var_354);
        var_356 = wp::add(var_355, var_258);
        var_357 = wp::vec_t<3, wp::int32>(var_350, var_353, var_356);
        // if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                            <L 84>
        var_359 = wp::extract(var_357, var_358);
        var_361 = (var_359 < var_360);
        var_363 = wp::extract(var_357, var_362);
        var_365 = (var_363 < var_364);
        var_367 = wp::extract(var_357, var_366);
        var_369 = (var_367 < var_368);
        var_370 = var_361 || var_365 || var_369;
        if (var_370) {
            // continue                                                                       <L 85>
            wp::assign(var_22, var_357);
            goto start_for_16;
        }
        var_371 = wp::where(var_370, var_22, var_357);
        // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
        var_373 = wp::extract(var_371, var_372);
        var_374 = &(var_params.grid_dim);
        var_377 = wp::load(var_374);
        var_376 = wp::extract(var_377, var_375);
        var_378 = (var_373 >= var_376);
        var_380 = wp::extract(var_371, var_379);
        var_381 = &(var_params.grid_dim);
        var_384 = wp::load(var_381);
        var_383 = wp::extract(var_384, var_382);
        var_385 = (var_380 >= var_383);
        var_387 = wp::extract(var_371, var_386);
        var_388 = &(var_params.grid_dim);
        var_391 = wp::load(var_388);
        var_390 = wp::extract(var_391, var_389);
        var_392 = (var_387 >= var_390);
        var_393 = var_378 || var_385 || var_392;
        if (var_393) {
            // continue                                                                       <L 87>
            wp::assign(var_22, var_371);
            goto start_for_16;
        }
        var_394 = wp::where(var_393, var_22, var_371);
        // ci = cell_index(nc, params.grid_dim)                                               <L 88>
        var_395 = &(var_params.grid_dim);
        var_397 = wp::load(var_395);
        var_396 = cell_index_0(var_394, var_397);
        // start = cell_start[ci]                                                             <L 89>
        var_398 = wp::address(var_cell_start, var_396);
        var_400 = wp::load(var_398);
        var_399 = wp::copy(var_400);
        // for k in range(start, start + cell_count[ci]):                                     <L 90>
        var_401 = wp::address(var_cell_count, var_396);
        var_403 = wp::load(var_401);
        var_402 = wp::add(var_399, var_403);
        var_404 = wp::range(var_399, var_402);
        start_for_18:;
            if (iter_cmp(var_404) == 0) goto end_for_18;
            var_405 = wp::iter_next(var_404);
            // j = sorted_ids[k]                                                              <L 91>
            var_406 = wp::address(var_sorted_ids, var_405);
            var_408 = wp::load(var_406);
            var_407 = wp::copy(var_408);
            // r = p - x[j]                                                                   <L 92>
            var_409 = wp::address(var_x, var_407);
            var_411 = wp::load(var_409);
            var_410 = wp::sub(var_2, var_411);
            // d += params.mass * poly6(wp.dot(r, r), params.h)                               <L 93>
            var_412 = &(var_params.mass);
            var_413 = wp::dot(var_410, var_410);
            var_414 = &(var_params.h);
            var_416 = wp::load(var_414);
            var_415 = poly6_0(var_413, var_416);
            var_418 = wp::load(var_412);
            var_417 = wp::mul(var_418, var_415);
            var_419 = &(var_params.mass);
            var_420 = wp::dot(var_410, var_410);
            var_421 = &(var_params.h);
            var_423 = wp::load(var_421);
            var_422 = poly6_0(var_420, var_423);
            var_425 = wp::load(var_419);
            var_424 = wp::mul(var_425, var_422);
            var_426 = wp::add(var_6, var_424);
            wp::assign(var_6, var_426);
            wp::assign(var_70, var_407);
            wp::assign(var_73, var_410);
            goto start_for_18;
        end_for_18:;
        wp::assign(var_22, var_394);
        wp::assign(var_59, var_396);
        wp::assign(var_62, var_399);
        wp::assign(var_68, var_405);
        goto start_for_16;
    end_for_16:;
    // for dx in range(-1, 2):                                                                <L 82>
    var_430 = wp::range(var_428, var_429);
    start_for_20:;
        if (iter_cmp(var_430) == 0) goto end_for_20;
        var_431 = wp::iter_next(var_430);
        // nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                     <L 83>
        var_433 = wp::extract(var_4, var_432);
        var_434 = wp::add(var_433, var_431);
        var_436 = wp::extract(var_4, var_435);
        var_437 = wp::add(var_436, var_427);
        var_439 = wp::extract(var_4, var_438);
        var_440 = wp::add(var_439, var_258);
        var_441 = wp::vec_t<3, wp::int32>(var_434, var_437, var_440);
        // if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                            <L 84>
        var_443 = wp::extract(var_441, var_442);
        var_445 = (var_443 < var_444);
        var_447 = wp::extract(var_441, var_446);
        var_449 = (var_447 < var_448);
        var_451 = wp::extract(var_441, var_450);
        var_453 = (var_451 < var_452);
        var_454 = var_445 || var_449 || var_453;
        if (var_454) {
            // continue                                                                       <L 85>
            wp::assign(var_22, var_441);
            goto start_for_20;
        }
        var_455 = wp::where(var_454, var_22, var_441);
        // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
        var_457 = wp::extract(var_455, var_456);
        var_458 = &(var_params.grid_dim);
        var_461 = wp::load(var_458);
        var_460 = wp::extract(var_461, var_459);
        var_462 = (var_457 >= var_460);
        var_464 = wp::extract(var_455, var_463);
        var_465 = &(var_params.grid_dim);
        var_468 = wp::load(var_465);
        var_467 = wp::extract(var_468, var_466);
        var_469 = (var_464 >= var_467);
        var_471 = wp::extract(var_455, var_470);
        var_472 = &(var_params.grid_dim);
        var_475 = wp::load(var_472);
        var_474 = wp::extract(var_475, var_473);
        var_476 = (var_471 >= var_474);
        var_477 = var_462 || var_469 || var_476;
        if (var_477) {
            // continue                                                                       <L 87>
            wp::assign(var_22, var_455);
            goto start_for_20;
        }
        var_478 = wp::where(var_477, var_22, var_455);
        // ci = cell_index(nc, params.grid_dim)                                               <L 88>
        var_479 = &(var_params.grid_dim);
        var_481 = wp::load(var_479);
        var_480 = cell_index_0(var_478, var_481);
        // start = cell_start[ci]                                                             <L 89>
        var_482 = wp::address(var_cell_start, var_480);
        var_484 = wp::load(var_482);
        var_483 = wp::copy(var_484);
        // for k in range(start, start + cell_count[ci]):                                     <L 90>
        var_485 = wp::address(var_cell_count, var_480);
        var_487 = wp::load(var_485);
        var_486 = wp::add(var_483, var_487);
        var_488 = wp::range(var_483, var_486);
        start_for_22:;
            if (iter_cmp(var_488) == 0) goto end_for_22;
            var_489 = wp::iter_next(var_488);
            // j = sorted_ids[k]                                                              <L 91>
            var_490 = wp::address(var_sorted_ids, var_489);
            var_492 = wp::load(var_490);
            var_491 = wp::copy(var_492);
            // r = p - x[j]                                                                   <L 92>
            var_493 = wp::address(var_x, var_491);
            var_495 = wp::load(var_493);
            var_494 = wp::sub(var_2, var_495);
            // d += params.mass * poly6(wp.dot(r, r), params.h)                               <L 93>
            var_496 = &(var_params.mass);
            var_497 = wp::dot(var_494, var_494);
            var_498 = &(var_params.h);
            var_500 = wp::load(var_498);
            var_499 = poly6_0(var_497, var_500);
            var_502 = wp::load(var_496);
            var_501 = wp::mul(var_502, var_499);
            var_503 = &(var_params.mass);
            var_504 = wp::dot(var_494, var_494);
            var_505 = &(var_params.h);
            var_507 = wp::load(var_505);
            var_506 = poly6_0(var_504, var_507);
            var_509 = wp::load(var_503);
            var_508 = wp::mul(var_509, var_506);
            var_510 = wp::add(var_6, var_508);
            wp::assign(var_6, var_510);
            wp::assign(var_70, var_491);
            wp::assign(var_73, var_494);
            goto start_for_22;
        end_for_22:;
        wp::assign(var_22, var_478);
        wp::assign(var_59, var_480);
        wp::assign(var_62, var_483);
        wp::assign(var_68, var_489);
        goto start_for_20;
    end_for_20:;
    // for dy in range(-1, 2):                                                                <L 81>
    // for dx in range(-1, 2):                                                                <L 82>
    var_515 = wp::range(var_513, var_514);
    start_for_24:;
        if (iter_cmp(var_515) == 0) goto end_for_24;
        var_516 = wp::iter_next(var_515);
        // nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                     <L 83>
        var_518 = wp::extract(var_4, var_517);
        var_519 = wp::add(var_518, var_516);
        var_521 = wp::extract(var_4, var_520);
        var_522 = wp::add(var_521, var_512);
        var_524 = wp::extract(var_4, var_523);
        var_525 = wp::add(var_524, var_511);
        var_526 = wp::vec_t<3, wp::int32>(var_519, var_522, var_525);
        // if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                            <L 84>
        var_528 = wp::extract(var_526, var_527);
        var_530 = (var_528 < var_529);
        var_532 = wp::extract(var_526, var_531);
        var_534 = (var_532 < var_533);
        var_536 = wp::extract(var_526, var_535);
        var_538 = (var_536 < var_537);
        var_539 = var_530 || var_534 || var_538;
        if (var_539) {
            // continue                                                                       <L 85>
            wp::assign(var_22, var_526);
            goto start_for_24;
        }
        var_540 = wp::where(var_539, var_22, var_526);
        // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
        var_542 = wp::extract(var_540, var_541);
        var_543 = &(var_params.grid_dim);
        var_546 = wp::load(var_543);
        var_545 = wp::extract(var_546, var_544);
        var_547 = (var_542 >= var_545);
        var_549 = wp::extract(var_540, var_548);
        var_550 = &(var_params.grid_dim);
        var_553 = wp::load(var_550);
        var_552 = wp::extract(var_553, var_551);
        var_554 = (var_549 >= var_552);
        var_556 = wp::extract(var_540, var_555);
        var_557 = &(var_params.grid_dim);
        var_560 = wp::load(var_557);
        var_559 = wp::extract(var_560, var_558);
        var_561 = (var_556 >= var_559);
        var_562 = var_547 || var_554 || var_561;
        if (var_562) {
            // continue                                                                       <L 87>
            wp::assign(var_22, var_540);
            goto start_for_24;
        }
        var_563 = wp::where(var_562, var_22, var_540);
        // ci = cell_index(nc, params.grid_dim)                                               <L 88>
        var_564 = &(var_params.grid_dim);
        var_566 = wp::load(var_564);
        var_565 = cell_index_0(var_563, var_566);
        // start = cell_start[ci]                                                             <L 89>
        var_567 = wp::address(var_cell_start, var_565);
        var_569 = wp::load(var_567);
        var_568 = wp::copy(var_569);
        // for k in range(start, start + cell_count[ci]):                                     <L 90>
        var_570 = wp::address(var_cell_count, var_565);
        var_572 = wp::load(var_570);
        var_571 = wp::add(var_568, var_572);
        var_573 = wp::range(var_568, var_571);
        start_for_26:;
            if (iter_cmp(var_573) == 0) goto end_for_26;
            var_574 = wp::iter_next(var_573);
            // j = sorted_ids[k]                                                              <L 91>
            var_575 = wp::address(var_sorted_ids, var_574);
            var_577 = wp::load(var_575);
            var_576 = wp::copy(var_577);
            // r = p - x[j]                                                                   <L 92>
            var_578 = wp::address(var_x, var_576);
            var_580 = wp::load(var_578);
            var_579 = wp::sub(var_2, var_580);
            // d += params.mass * poly6(wp.dot(r, r), params.h)                               <L 93>
            var_581 = &(var_params.mass);
            var_582 = wp::dot(var_579, var_579);
            var_583 = &(var_params.h);
            var_585 = wp::load(var_583);
            var_584 = poly6_0(var_582, var_585);
            var_587 = wp::load(var_581);
            var_586 = wp::mul(var_587, var_584);
            var_588 = &(var_params.mass);
            var_589 = wp::dot(var_579, var_579);
            var_590 = &(var_params.h);
            var_592 = wp::load(var_590);
            var_591 = poly6_0(var_589, var_592);
            var_594 = wp::load(var_588);
            var_593 = wp::mul(var_594, var_591);
            var_595 = wp::add(var_6, var_593);
            wp::assign(var_6, var_595);
            wp::assign(var_70, var_576);
            wp::assign(var_73, var_579);
            goto start_for_26;
        end_for_26:;
        wp::assign(var_22, var_563);
        wp::assign(var_59, var_565);
        wp::assign(var_62, var_568);
        wp::assign(var_68, var_574);
        goto start_for_24;
    end_for_24:;
    // for dx in range(-1, 2):                                                                <L 82>
    var_599 = wp::range(var_597, var_598);
    start_for_28:;
        if (iter_cmp(var_599) == 0) goto end_for_28;
        var_600 = wp::iter_next(var_599);
        // nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                     <L 83>
        var_602 = wp::extract(var_4, var_601);
        var_603 = wp::add(var_602, var_600);
        var_605 = wp::extract(var_4, var_604);
        var_606 = wp::add(var_605, var_596);
        var_608 = wp::extract(var_4, var_607);
        var_609 = wp::add(var_608, var_511);
        var_610 = wp::vec_t<3, wp::int32>(var_603, var_606, var_609);
        // if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                            <L 84>
        var_612 = wp::extract(var_610, var_611);
        var_614 = (var_612 < var_613);
        var_616 = wp::extract(var_610, var_615);
        var_618 = (var_616 < var_617);
        var_620 = wp::extract(var_610, var_619);
        var_622 = (var_620 < var_621);
        var_623 = var_614 || var_618 || var_622;
        if (var_623) {
            // continue                                                                       <L 85>
            wp::assign(var_22, var_610);
            goto start_for_28;
        }
        var_624 = wp::where(var_623, var_22, var_610);
        // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
        var_626 = wp::extract(var_624, var_625);
        var_627 = &(var_params.grid_dim);
        var_630 = wp::load(var_627);
        var_629 = wp::extract(var_630, var_628);
        var_631 = (var_626 >= var_629);
        var_633 = wp::extract(var_624, var_632);
        var_634 = &(var_params.grid_dim);
        var_637 = wp::load(var_634);
        var_636 = wp::extract(var_637, var_635);
        var_638 = (var_633 >= var_636);
        var_640 = wp::extract(var_624, var_639);
        var_641 = &(var_params.grid_dim);
        var_644 = wp::load(var_641);
        var_643 = wp::extract(var_644, var_642);
        var_645 = (var_640 >= var_643);
        var_646 = var_631 || var_638 || var_645;
        if (var_646) {
            // continue                                                                       <L 87>
            wp::assign(var_22, var_624);
            goto start_for_28;
        }
        var_647 = wp::where(var_646, var_22, var_624);
        // ci = cell_index(nc, params.grid_dim)                                               <L 88>
        var_648 = &(var_params.grid_dim);
        var_650 = wp::load(var_648);
        var_649 = cell_index_0(var_647, var_650);
        // start = cell_start[ci]                                                             <L 89>
        var_651 = wp::address(var_cell_start, var_649);
        var_653 = wp::load(var_651);
        var_652 = wp::copy(var_653);
        // for k in range(start, start + cell_count[ci]):                                     <L 90>
        var_654 = wp::address(var_cell_count, var_649);
        var_656 = wp::load(var_654);
        var_655 = wp::add(var_652, var_656);
        var_657 = wp::range(var_652, var_655);
        start_for_30:;
            if (iter_cmp(var_657) == 0) goto end_for_30;
            var_658 = wp::iter_next(var_657);
            // j = sorted_ids[k]                                                              <L 91>
            var_659 = wp::address(var_sorted_ids, var_658);
            var_661 = wp::load(var_659);
            var_660 = wp::copy(var_661);
            // r = p - x[j]                                                                   <L 92>
            var_662 = wp::address(var_x, var_660);
            var_664 = wp::load(var_662);
            var_663 = wp::sub(var_2, var_664);
            // d += params.mass * poly6(wp.dot(r, r), params.h)                               <L 93>
            var_665 = &(var_params.mass);
            var_666 = wp::dot(var_663, var_663);
            var_667 = &(var_params.h);
            var_669 = wp::load(var_667);
            var_668 = poly6_0(var_666, var_669);
            var_671 = wp::load(var_665);
            var_670 = wp::mul(var_671, var_668);
            var_672 = &(var_params.mass);
            var_673 = wp::dot(var_663, var_663);
            var_674 = &(var_params.h);
            var_676 = wp::load(var_674);
            var_675 = poly6_0(var_673, var_676);
            var_678 = wp::load(var_672);
            var_677 = wp::mul(var_678, var_675);
            var_679 = wp::add(var_6, var_677);
            wp::assign(var_6, var_679);
            wp::assign(var_70, var_660);
            wp::assign(var_73, var_663);
            goto start_for_30;
        end_for_30:;
        wp::assign(var_22, var_647);
        wp::assign(var_59, var_649);
        wp::assign(var_62, var_652);
        wp::assign(var_68, var_658);
        goto start_for_28;
    end_for_28:;
    // for dx in range(-1, 2):                                                                <L 82>
    var_683 = wp::range(var_681, var_682);
    start_for_32:;
        if (iter_cmp(var_683) == 0) goto end_for_32;
        var_684 = wp::iter_next(var_683);
        // nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                     <L 83>
        var_686 = wp::extract(var_4, var_685);
        var_687 = wp::add(var_686, var_684);
        var_689 = wp::extract(var_4, var_688);
        var_690 = wp::add(var_689, var_680);
        var_692 = wp::extract(var_4, var_691);
        var_693 = wp::add(var_692, var_511);
        var_694 = wp::vec_t<3, wp::int32>(var_687, var_690, var_693);
        // if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                            <L 84>
        var_696 = wp::extract(var_694, var_695);
        var_698 = (var_696 < var_697);
        var_700 = wp::extract(var_694, var_699);
        var_702 = (var_700 < var_701);
        var_704 = wp::extract(var_694, var_703);
        var_706 = (var_704 < var_705);
        var_707 = var_698 || var_702 || var_706;
        if (var_707) {
            // continue                                                                       <L 85>
            wp::assign(var_22, var_694);
            goto start_for_32;
        }
        var_708 = wp::where(var_707, var_22, var_694);
        // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
        var_710 = wp::extract(var_708, var_709);
        var_711 = &(var_params.grid_dim);
        var_714 = wp::load(var_711);
        var_713 = wp::extract(var_714, var_712);
        var_715 = (var_710 >= var_713);
        var_717 = wp::extract(var_708, var_716);
        var_718 = &(var_params.grid_dim);
        var_721 = wp::load(var_718);
        var_720 = wp::extract(var_721, var_719);
        var_722 = (var_717 >= var_720);
        var_724 = wp::extract(var_708, var_723);
        var_725 = &(var_params.grid_dim);
        var_728 = wp::load(var_725);
        var_727 = wp::extract(var_728, var_726);
        var_729 = (var_724 >= var_727);
        var_730 = var_715 || var_722 || var_729;
        if (var_730) {
            // continue                                                                       <L 87>
            wp::assign(var_22, var_708);
            goto start_for_32;
        }
        var_731 = wp::where(var_730, var_22, var_708);
        // ci = cell_index(nc, params.grid_dim)                                               <L 88>
        var_732 = &(var_params.grid_dim);
        var_734 = wp::load(var_732);
        var_733 = cell_index_0(var_731, var_734);
        // start = cell_start[ci]                                                             <L 89>
        var_735 = wp::address(var_cell_start, var_733);
        var_737 = wp::load(var_735);
        var_736 = wp::copy(var_737);
        // for k in range(start, start + cell_count[ci]):                                     <L 90>
        var_738 = wp::address(var_cell_count, var_733);
        var_740 = wp::load(var_738);
        var_739 = wp::add(var_736, var_740);
        var_741 = wp::range(var_736, var_739);
        start_for_34:;
            if (iter_cmp(var_741) == 0) goto end_for_34;
            var_742 = wp::iter_next(var_741);
            // j = sorted_ids[k]                                                              <L 91>
            var_743 = wp::address(var_sorted_ids, var_742);
            var_745 = wp::load(var_743);
            var_744 = wp::copy(var_745);
            // r = p - x[j]                                                                   <L 92>
            var_746 = wp::address(var_x, var_744);
            var_748 = wp::load(var_746);
            var_747 = wp::sub(var_2, var_748);
            // d += params.mass * poly6(wp.dot(r, r), params.h)                               <L 93>
            var_749 = &(var_params.mass);
            var_750 = wp::dot(var_747, var_747);
            var_751 = &(var_params.h);
            var_753 = wp::load(var_751);
            var_752 = poly6_0(var_750, var_753);
            var_755 = wp::load(var_749);
            var_754 = wp::mul(var_755, var_752);
            var_756 = &(var_params.mass);
            var_757 = wp::dot(var_747, var_747);
            var_758 = &(var_params.h);
            var_760 = wp::load(var_758);
            var_759 = poly6_0(var_757, var_760);
            var_762 = wp::load(var_756);
            var_761 = wp::mul(var_762, var_759);
            var_763 = wp::add(var_6, var_761);
            wp::assign(var_6, var_763);
            wp::assign(var_70, var_744);
            wp::assign(var_73, var_747);
            goto start_for_34;
        end_for_34:;
        wp::assign(var_22, var_731);
        wp::assign(var_59, var_733);
        wp::assign(var_62, var_736);
        wp::assign(var_68, var_742);
        goto start_for_32;
    end_for_32:;
    // rho[i] = d                                                                             <L 94>
    wp::array_store(var_rho, var_0, var_6);
    // pressure[i] = wp.max(params.stiffness * (d - params.rest_density), 0.0)                <L 95>
    var_764 = &(var_params.stiffness);
    var_765 = &(var_params.rest_density);
    var_767 = wp::load(var_765);
    var_766 = wp::sub(var_6, var_767);
    var_769 = wp::load(var_764);
    var_768 = wp::mul(var_769, var_766);
    var_771 = wp::max(var_768, var_770);
    wp::array_store(var_pressure, var_0, var_771);
}



void density_pressure_dfff90fa_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_density_pressure_dfff90fa *_wp_args,
    wp_args_density_pressure_dfff90fa *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    SPHParams_9810d148 var_params = _wp_args->params;
    wp::array_t<wp::int32> var_cell_start = _wp_args->cell_start;
    wp::array_t<wp::int32> var_cell_count = _wp_args->cell_count;
    wp::array_t<wp::int32> var_sorted_ids = _wp_args->sorted_ids;
    wp::array_t<wp::float32> var_rho = _wp_args->rho;
    wp::array_t<wp::float32> var_pressure = _wp_args->pressure;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    SPHParams_9810d148 adj_params = _wp_adj_args->params;
    wp::array_t<wp::int32> adj_cell_start = _wp_adj_args->cell_start;
    wp::array_t<wp::int32> adj_cell_count = _wp_adj_args->cell_count;
    wp::array_t<wp::int32> adj_sorted_ids = _wp_adj_args->sorted_ids;
    wp::array_t<wp::float32> adj_rho = _wp_adj_args->rho;
    wp::array_t<wp::float32> adj_pressure = _wp_adj_args->pressure;
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
    const wp::int32 var_23 = 0;
    wp::int32 var_24;
    const wp::int32 var_25 = 0;
    bool var_26;
    const wp::int32 var_27 = 1;
    wp::int32 var_28;
    const wp::int32 var_29 = 0;
    bool var_30;
    const wp::int32 var_31 = 2;
    wp::int32 var_32;
    const wp::int32 var_33 = 0;
    bool var_34;
    bool var_35;
    const wp::int32 var_36 = 0;
    wp::int32 var_37;
    wp::vec_t<3, wp::int32>* var_38;
    const wp::int32 var_39 = 0;
    wp::int32 var_40;
    wp::vec_t<3, wp::int32> var_41;
    bool var_42;
    const wp::int32 var_43 = 1;
    wp::int32 var_44;
    wp::vec_t<3, wp::int32>* var_45;
    const wp::int32 var_46 = 1;
    wp::int32 var_47;
    wp::vec_t<3, wp::int32> var_48;
    bool var_49;
    const wp::int32 var_50 = 2;
    wp::int32 var_51;
    wp::vec_t<3, wp::int32>* var_52;
    const wp::int32 var_53 = 2;
    wp::int32 var_54;
    wp::vec_t<3, wp::int32> var_55;
    bool var_56;
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
    wp::float32* var_82;
    wp::float32 var_83;
    wp::float32* var_84;
    wp::float32 var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    wp::float32 var_88;
    wp::float32 var_89;
    const wp::int32 var_90 = 0;
    const wp::int32 var_91 = -1;
    const wp::int32 var_92 = 2;
    wp::range_t var_93;
    wp::int32 var_94;
    const wp::int32 var_95 = 0;
    wp::int32 var_96;
    wp::int32 var_97;
    const wp::int32 var_98 = 1;
    wp::int32 var_99;
    wp::int32 var_100;
    const wp::int32 var_101 = 2;
    wp::int32 var_102;
    wp::int32 var_103;
    wp::vec_t<3, wp::int32> var_104;
    const wp::int32 var_105 = 0;
    wp::int32 var_106;
    const wp::int32 var_107 = 0;
    bool var_108;
    const wp::int32 var_109 = 1;
    wp::int32 var_110;
    const wp::int32 var_111 = 0;
    bool var_112;
    const wp::int32 var_113 = 2;
    wp::int32 var_114;
    const wp::int32 var_115 = 0;
    bool var_116;
    bool var_117;
    wp::vec_t<3, wp::int32> var_118;
    const wp::int32 var_119 = 0;
    wp::int32 var_120;
    wp::vec_t<3, wp::int32>* var_121;
    const wp::int32 var_122 = 0;
    wp::int32 var_123;
    wp::vec_t<3, wp::int32> var_124;
    bool var_125;
    const wp::int32 var_126 = 1;
    wp::int32 var_127;
    wp::vec_t<3, wp::int32>* var_128;
    const wp::int32 var_129 = 1;
    wp::int32 var_130;
    wp::vec_t<3, wp::int32> var_131;
    bool var_132;
    const wp::int32 var_133 = 2;
    wp::int32 var_134;
    wp::vec_t<3, wp::int32>* var_135;
    const wp::int32 var_136 = 2;
    wp::int32 var_137;
    wp::vec_t<3, wp::int32> var_138;
    bool var_139;
    bool var_140;
    wp::vec_t<3, wp::int32> var_141;
    wp::vec_t<3, wp::int32>* var_142;
    wp::int32 var_143;
    wp::vec_t<3, wp::int32> var_144;
    wp::int32* var_145;
    wp::int32 var_146;
    wp::int32 var_147;
    wp::int32* var_148;
    wp::int32 var_149;
    wp::int32 var_150;
    wp::range_t var_151;
    wp::int32 var_152;
    wp::int32* var_153;
    wp::int32 var_154;
    wp::int32 var_155;
    wp::vec_t<3, wp::float32>* var_156;
    wp::vec_t<3, wp::float32> var_157;
    wp::vec_t<3, wp::float32> var_158;
    wp::float32* var_159;
    wp::float32 var_160;
    wp::float32* var_161;
    wp::float32 var_162;
    wp::float32 var_163;
    wp::float32 var_164;
    wp::float32 var_165;
    wp::float32* var_166;
    wp::float32 var_167;
    wp::float32* var_168;
    wp::float32 var_169;
    wp::float32 var_170;
    wp::float32 var_171;
    wp::float32 var_172;
    wp::float32 var_173;
    const wp::int32 var_174 = 1;
    const wp::int32 var_175 = -1;
    const wp::int32 var_176 = 2;
    wp::range_t var_177;
    wp::int32 var_178;
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
    const wp::int32 var_189 = 0;
    wp::int32 var_190;
    const wp::int32 var_191 = 0;
    bool var_192;
    const wp::int32 var_193 = 1;
    wp::int32 var_194;
    const wp::int32 var_195 = 0;
    bool var_196;
    const wp::int32 var_197 = 2;
    wp::int32 var_198;
    const wp::int32 var_199 = 0;
    bool var_200;
    bool var_201;
    wp::vec_t<3, wp::int32> var_202;
    const wp::int32 var_203 = 0;
    wp::int32 var_204;
    wp::vec_t<3, wp::int32>* var_205;
    const wp::int32 var_206 = 0;
    wp::int32 var_207;
    wp::vec_t<3, wp::int32> var_208;
    bool var_209;
    const wp::int32 var_210 = 1;
    wp::int32 var_211;
    wp::vec_t<3, wp::int32>* var_212;
    const wp::int32 var_213 = 1;
    wp::int32 var_214;
    wp::vec_t<3, wp::int32> var_215;
    bool var_216;
    const wp::int32 var_217 = 2;
    wp::int32 var_218;
    wp::vec_t<3, wp::int32>* var_219;
    const wp::int32 var_220 = 2;
    wp::int32 var_221;
    wp::vec_t<3, wp::int32> var_222;
    bool var_223;
    bool var_224;
    wp::vec_t<3, wp::int32> var_225;
    wp::vec_t<3, wp::int32>* var_226;
    wp::int32 var_227;
    wp::vec_t<3, wp::int32> var_228;
    wp::int32* var_229;
    wp::int32 var_230;
    wp::int32 var_231;
    wp::int32* var_232;
    wp::int32 var_233;
    wp::int32 var_234;
    wp::range_t var_235;
    wp::int32 var_236;
    wp::int32* var_237;
    wp::int32 var_238;
    wp::int32 var_239;
    wp::vec_t<3, wp::float32>* var_240;
    wp::vec_t<3, wp::float32> var_241;
    wp::vec_t<3, wp::float32> var_242;
    wp::float32* var_243;
    wp::float32 var_244;
    wp::float32* var_245;
    wp::float32 var_246;
    wp::float32 var_247;
    wp::float32 var_248;
    wp::float32 var_249;
    wp::float32* var_250;
    wp::float32 var_251;
    wp::float32* var_252;
    wp::float32 var_253;
    wp::float32 var_254;
    wp::float32 var_255;
    wp::float32 var_256;
    wp::float32 var_257;
    const wp::int32 var_258 = 0;
    const wp::int32 var_259 = -1;
    const wp::int32 var_260 = -1;
    const wp::int32 var_261 = 2;
    wp::range_t var_262;
    wp::int32 var_263;
    const wp::int32 var_264 = 0;
    wp::int32 var_265;
    wp::int32 var_266;
    const wp::int32 var_267 = 1;
    wp::int32 var_268;
    wp::int32 var_269;
    const wp::int32 var_270 = 2;
    wp::int32 var_271;
    wp::int32 var_272;
    wp::vec_t<3, wp::int32> var_273;
    const wp::int32 var_274 = 0;
    wp::int32 var_275;
    const wp::int32 var_276 = 0;
    bool var_277;
    const wp::int32 var_278 = 1;
    wp::int32 var_279;
    const wp::int32 var_280 = 0;
    bool var_281;
    const wp::int32 var_282 = 2;
    wp::int32 var_283;
    const wp::int32 var_284 = 0;
    bool var_285;
    bool var_286;
    wp::vec_t<3, wp::int32> var_287;
    const wp::int32 var_288 = 0;
    wp::int32 var_289;
    wp::vec_t<3, wp::int32>* var_290;
    const wp::int32 var_291 = 0;
    wp::int32 var_292;
    wp::vec_t<3, wp::int32> var_293;
    bool var_294;
    const wp::int32 var_295 = 1;
    wp::int32 var_296;
    wp::vec_t<3, wp::int32>* var_297;
    const wp::int32 var_298 = 1;
    wp::int32 var_299;
    wp::vec_t<3, wp::int32> var_300;
    bool var_301;
    const wp::int32 var_302 = 2;
    wp::int32 var_303;
    wp::vec_t<3, wp::int32>* var_304;
    const wp::int32 var_305 = 2;
    wp::int32 var_306;
    wp::vec_t<3, wp::int32> var_307;
    bool var_308;
    bool var_309;
    wp::vec_t<3, wp::int32> var_310;
    wp::vec_t<3, wp::int32>* var_311;
    wp::int32 var_312;
    wp::vec_t<3, wp::int32> var_313;
    wp::int32* var_314;
    wp::int32 var_315;
    wp::int32 var_316;
    wp::int32* var_317;
    wp::int32 var_318;
    wp::int32 var_319;
    wp::range_t var_320;
    wp::int32 var_321;
    wp::int32* var_322;
    wp::int32 var_323;
    wp::int32 var_324;
    wp::vec_t<3, wp::float32>* var_325;
    wp::vec_t<3, wp::float32> var_326;
    wp::vec_t<3, wp::float32> var_327;
    wp::float32* var_328;
    wp::float32 var_329;
    wp::float32* var_330;
    wp::float32 var_331;
    wp::float32 var_332;
    wp::float32 var_333;
    wp::float32 var_334;
    wp::float32* var_335;
    wp::float32 var_336;
    wp::float32* var_337;
    wp::float32 var_338;
    wp::float32 var_339;
    wp::float32 var_340;
    wp::float32 var_341;
    wp::float32 var_342;
    const wp::int32 var_343 = 0;
    const wp::int32 var_344 = -1;
    const wp::int32 var_345 = 2;
    wp::range_t var_346;
    wp::int32 var_347;
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
    const wp::int32 var_358 = 0;
    wp::int32 var_359;
    const wp::int32 var_360 = 0;
    bool var_361;
    const wp::int32 var_362 = 1;
    wp::int32 var_363;
    const wp::int32 var_364 = 0;
    bool var_365;
    const wp::int32 var_366 = 2;
    wp::int32 var_367;
    const wp::int32 var_368 = 0;
    bool var_369;
    bool var_370;
    wp::vec_t<3, wp::int32> var_371;
    const wp::int32 var_372 = 0;
    wp::int32 var_373;
    wp::vec_t<3, wp::int32>* var_374;
    const wp::int32 var_375 = 0;
    wp::int32 var_376;
    wp::vec_t<3, wp::int32> var_377;
    bool var_378;
    const wp::int32 var_379 = 1;
    wp::int32 var_380;
    wp::vec_t<3, wp::int32>* var_381;
    const wp::int32 var_382 = 1;
    wp::int32 var_383;
    wp::vec_t<3, wp::int32> var_384;
    bool var_385;
    const wp::int32 var_386 = 2;
    wp::int32 var_387;
    wp::vec_t<3, wp::int32>* var_388;
    const wp::int32 var_389 = 2;
    wp::int32 var_390;
    wp::vec_t<3, wp::int32> var_391;
    bool var_392;
    bool var_393;
    wp::vec_t<3, wp::int32> var_394;
    wp::vec_t<3, wp::int32>* var_395;
    wp::int32 var_396;
    wp::vec_t<3, wp::int32> var_397;
    wp::int32* var_398;
    wp::int32 var_399;
    wp::int32 var_400;
    wp::int32* var_401;
    wp::int32 var_402;
    wp::int32 var_403;
    wp::range_t var_404;
    wp::int32 var_405;
    wp::int32* var_406;
    wp::int32 var_407;
    wp::int32 var_408;
    wp::vec_t<3, wp::float32>* var_409;
    wp::vec_t<3, wp::float32> var_410;
    wp::vec_t<3, wp::float32> var_411;
    wp::float32* var_412;
    wp::float32 var_413;
    wp::float32* var_414;
    wp::float32 var_415;
    wp::float32 var_416;
    wp::float32 var_417;
    wp::float32 var_418;
    wp::float32* var_419;
    wp::float32 var_420;
    wp::float32* var_421;
    wp::float32 var_422;
    wp::float32 var_423;
    wp::float32 var_424;
    wp::float32 var_425;
    wp::float32 var_426;
    const wp::int32 var_427 = 1;
    const wp::int32 var_428 = -1;
    const wp::int32 var_429 = 2;
    wp::range_t var_430;
    wp::int32 var_431;
    const wp::int32 var_432 = 0;
    wp::int32 var_433;
    wp::int32 var_434;
    const wp::int32 var_435 = 1;
    wp::int32 var_436;
    wp::int32 var_437;
    const wp::int32 var_438 = 2;
    wp::int32 var_439;
    wp::int32 var_440;
    wp::vec_t<3, wp::int32> var_441;
    const wp::int32 var_442 = 0;
    wp::int32 var_443;
    const wp::int32 var_444 = 0;
    bool var_445;
    const wp::int32 var_446 = 1;
    wp::int32 var_447;
    const wp::int32 var_448 = 0;
    bool var_449;
    const wp::int32 var_450 = 2;
    wp::int32 var_451;
    const wp::int32 var_452 = 0;
    bool var_453;
    bool var_454;
    wp::vec_t<3, wp::int32> var_455;
    const wp::int32 var_456 = 0;
    wp::int32 var_457;
    wp::vec_t<3, wp::int32>* var_458;
    const wp::int32 var_459 = 0;
    wp::int32 var_460;
    wp::vec_t<3, wp::int32> var_461;
    bool var_462;
    const wp::int32 var_463 = 1;
    wp::int32 var_464;
    wp::vec_t<3, wp::int32>* var_465;
    const wp::int32 var_466 = 1;
    wp::int32 var_467;
    wp::vec_t<3, wp::int32> var_468;
    bool var_469;
    const wp::int32 var_470 = 2;
    wp::int32 var_471;
    wp::vec_t<3, wp::int32>* var_472;
    const wp::int32 var_473 = 2;
    wp::int32 var_474;
    wp::vec_t<3, wp::int32> var_475;
    bool var_476;
    bool var_477;
    wp::vec_t<3, wp::int32> var_478;
    wp::vec_t<3, wp::int32>* var_479;
    wp::int32 var_480;
    wp::vec_t<3, wp::int32> var_481;
    wp::int32* var_482;
    wp::int32 var_483;
    wp::int32 var_484;
    wp::int32* var_485;
    wp::int32 var_486;
    wp::int32 var_487;
    wp::range_t var_488;
    wp::int32 var_489;
    wp::int32* var_490;
    wp::int32 var_491;
    wp::int32 var_492;
    wp::vec_t<3, wp::float32>* var_493;
    wp::vec_t<3, wp::float32> var_494;
    wp::vec_t<3, wp::float32> var_495;
    wp::float32* var_496;
    wp::float32 var_497;
    wp::float32* var_498;
    wp::float32 var_499;
    wp::float32 var_500;
    wp::float32 var_501;
    wp::float32 var_502;
    wp::float32* var_503;
    wp::float32 var_504;
    wp::float32* var_505;
    wp::float32 var_506;
    wp::float32 var_507;
    wp::float32 var_508;
    wp::float32 var_509;
    wp::float32 var_510;
    const wp::int32 var_511 = 1;
    const wp::int32 var_512 = -1;
    const wp::int32 var_513 = -1;
    const wp::int32 var_514 = 2;
    wp::range_t var_515;
    wp::int32 var_516;
    const wp::int32 var_517 = 0;
    wp::int32 var_518;
    wp::int32 var_519;
    const wp::int32 var_520 = 1;
    wp::int32 var_521;
    wp::int32 var_522;
    const wp::int32 var_523 = 2;
    wp::int32 var_524;
    wp::int32 var_525;
    wp::vec_t<3, wp::int32> var_526;
    const wp::int32 var_527 = 0;
    wp::int32 var_528;
    const wp::int32 var_529 = 0;
    bool var_530;
    const wp::int32 var_531 = 1;
    wp::int32 var_532;
    const wp::int32 var_533 = 0;
    bool var_534;
    const wp::int32 var_535 = 2;
    wp::int32 var_536;
    const wp::int32 var_537 = 0;
    bool var_538;
    bool var_539;
    wp::vec_t<3, wp::int32> var_540;
    const wp::int32 var_541 = 0;
    wp::int32 var_542;
    wp::vec_t<3, wp::int32>* var_543;
    const wp::int32 var_544 = 0;
    wp::int32 var_545;
    wp::vec_t<3, wp::int32> var_546;
    bool var_547;
    const wp::int32 var_548 = 1;
    wp::int32 var_549;
    wp::vec_t<3, wp::int32>* var_550;
    const wp::int32 var_551 = 1;
    wp::int32 var_552;
    wp::vec_t<3, wp::int32> var_553;
    bool var_554;
    const wp::int32 var_555 = 2;
    wp::int32 var_556;
    wp::vec_t<3, wp::int32>* var_557;
    const wp::int32 var_558 = 2;
    wp::int32 var_559;
    wp::vec_t<3, wp::int32> var_560;
    bool var_561;
    bool var_562;
    wp::vec_t<3, wp::int32> var_563;
    wp::vec_t<3, wp::int32>* var_564;
    wp::int32 var_565;
    wp::vec_t<3, wp::int32> var_566;
    wp::int32* var_567;
    wp::int32 var_568;
    wp::int32 var_569;
    wp::int32* var_570;
    wp::int32 var_571;
    wp::int32 var_572;
    wp::range_t var_573;
    wp::int32 var_574;
    wp::int32* var_575;
    wp::int32 var_576;
    wp::int32 var_577;
    wp::vec_t<3, wp::float32>* var_578;
    wp::vec_t<3, wp::float32> var_579;
    wp::vec_t<3, wp::float32> var_580;
    wp::float32* var_581;
    wp::float32 var_582;
    wp::float32* var_583;
    wp::float32 var_584;
    wp::float32 var_585;
    wp::float32 var_586;
    wp::float32 var_587;
    wp::float32* var_588;
    wp::float32 var_589;
    wp::float32* var_590;
    wp::float32 var_591;
    wp::float32 var_592;
    wp::float32 var_593;
    wp::float32 var_594;
    wp::float32 var_595;
    const wp::int32 var_596 = 0;
    const wp::int32 var_597 = -1;
    const wp::int32 var_598 = 2;
    wp::range_t var_599;
    wp::int32 var_600;
    const wp::int32 var_601 = 0;
    wp::int32 var_602;
    wp::int32 var_603;
    const wp::int32 var_604 = 1;
    wp::int32 var_605;
    wp::int32 var_606;
    const wp::int32 var_607 = 2;
    wp::int32 var_608;
    wp::int32 var_609;
    wp::vec_t<3, wp::int32> var_610;
    const wp::int32 var_611 = 0;
    wp::int32 var_612;
    const wp::int32 var_613 = 0;
    bool var_614;
    const wp::int32 var_615 = 1;
    wp::int32 var_616;
    const wp::int32 var_617 = 0;
    bool var_618;
    const wp::int32 var_619 = 2;
    wp::int32 var_620;
    const wp::int32 var_621 = 0;
    bool var_622;
    bool var_623;
    wp::vec_t<3, wp::int32> var_624;
    const wp::int32 var_625 = 0;
    wp::int32 var_626;
    wp::vec_t<3, wp::int32>* var_627;
    const wp::int32 var_628 = 0;
    wp::int32 var_629;
    wp::vec_t<3, wp::int32> var_630;
    bool var_631;
    const wp::int32 var_632 = 1;
    wp::int32 var_633;
    wp::vec_t<3, wp::int32>* var_634;
    const wp::int32 var_635 = 1;
    wp::int32 var_636;
    wp::vec_t<3, wp::int32> var_637;
    bool var_638;
    const wp::int32 var_639 = 2;
    wp::int32 var_640;
    wp::vec_t<3, wp::int32>* var_641;
    const wp::int32 var_642 = 2;
    wp::int32 var_643;
    wp::vec_t<3, wp::int32> var_644;
    bool var_645;
    bool var_646;
    wp::vec_t<3, wp::int32> var_647;
    wp::vec_t<3, wp::int32>* var_648;
    wp::int32 var_649;
    wp::vec_t<3, wp::int32> var_650;
    wp::int32* var_651;
    wp::int32 var_652;
    wp::int32 var_653;
    wp::int32* var_654;
    wp::int32 var_655;
    wp::int32 var_656;
    wp::range_t var_657;
    wp::int32 var_658;
    wp::int32* var_659;
    wp::int32 var_660;
    wp::int32 var_661;
    wp::vec_t<3, wp::float32>* var_662;
    wp::vec_t<3, wp::float32> var_663;
    wp::vec_t<3, wp::float32> var_664;
    wp::float32* var_665;
    wp::float32 var_666;
    wp::float32* var_667;
    wp::float32 var_668;
    wp::float32 var_669;
    wp::float32 var_670;
    wp::float32 var_671;
    wp::float32* var_672;
    wp::float32 var_673;
    wp::float32* var_674;
    wp::float32 var_675;
    wp::float32 var_676;
    wp::float32 var_677;
    wp::float32 var_678;
    wp::float32 var_679;
    const wp::int32 var_680 = 1;
    const wp::int32 var_681 = -1;
    const wp::int32 var_682 = 2;
    wp::range_t var_683;
    wp::int32 var_684;
    const wp::int32 var_685 = 0;
    wp::int32 var_686;
    wp::int32 var_687;
    const wp::int32 var_688 = 1;
    wp::int32 var_689;
    wp::int32 var_690;
    const wp::int32 var_691 = 2;
    wp::int32 var_692;
    wp::int32 var_693;
    wp::vec_t<3, wp::int32> var_694;
    const wp::int32 var_695 = 0;
    wp::int32 var_696;
    const wp::int32 var_697 = 0;
    bool var_698;
    const wp::int32 var_699 = 1;
    wp::int32 var_700;
    const wp::int32 var_701 = 0;
    bool var_702;
    const wp::int32 var_703 = 2;
    wp::int32 var_704;
    const wp::int32 var_705 = 0;
    bool var_706;
    bool var_707;
    wp::vec_t<3, wp::int32> var_708;
    const wp::int32 var_709 = 0;
    wp::int32 var_710;
    wp::vec_t<3, wp::int32>* var_711;
    const wp::int32 var_712 = 0;
    wp::int32 var_713;
    wp::vec_t<3, wp::int32> var_714;
    bool var_715;
    const wp::int32 var_716 = 1;
    wp::int32 var_717;
    wp::vec_t<3, wp::int32>* var_718;
    const wp::int32 var_719 = 1;
    wp::int32 var_720;
    wp::vec_t<3, wp::int32> var_721;
    bool var_722;
    const wp::int32 var_723 = 2;
    wp::int32 var_724;
    wp::vec_t<3, wp::int32>* var_725;
    const wp::int32 var_726 = 2;
    wp::int32 var_727;
    wp::vec_t<3, wp::int32> var_728;
    bool var_729;
    bool var_730;
    wp::vec_t<3, wp::int32> var_731;
    wp::vec_t<3, wp::int32>* var_732;
    wp::int32 var_733;
    wp::vec_t<3, wp::int32> var_734;
    wp::int32* var_735;
    wp::int32 var_736;
    wp::int32 var_737;
    wp::int32* var_738;
    wp::int32 var_739;
    wp::int32 var_740;
    wp::range_t var_741;
    wp::int32 var_742;
    wp::int32* var_743;
    wp::int32 var_744;
    wp::int32 var_745;
    wp::vec_t<3, wp::float32>* var_746;
    wp::vec_t<3, wp::float32> var_747;
    wp::vec_t<3, wp::float32> var_748;
    wp::float32* var_749;
    wp::float32 var_750;
    wp::float32* var_751;
    wp::float32 var_752;
    wp::float32 var_753;
    wp::float32 var_754;
    wp::float32 var_755;
    wp::float32* var_756;
    wp::float32 var_757;
    wp::float32* var_758;
    wp::float32 var_759;
    wp::float32 var_760;
    wp::float32 var_761;
    wp::float32 var_762;
    wp::float32 var_763;
    wp::float32* var_764;
    wp::float32* var_765;
    wp::float32 var_766;
    wp::float32 var_767;
    wp::float32 var_768;
    wp::float32 var_769;
    const wp::float32 var_770 = 0.0;
    wp::float32 var_771;
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
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    bool adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    bool adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    bool adj_34 = {};
    bool adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::vec_t<3, wp::int32> adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::vec_t<3, wp::int32> adj_41 = {};
    bool adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::vec_t<3, wp::int32> adj_45 = {};
    wp::int32 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::vec_t<3, wp::int32> adj_48 = {};
    bool adj_49 = {};
    wp::int32 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::vec_t<3, wp::int32> adj_52 = {};
    wp::int32 adj_53 = {};
    wp::int32 adj_54 = {};
    wp::vec_t<3, wp::int32> adj_55 = {};
    bool adj_56 = {};
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
    wp::float32 adj_83 = {};
    wp::float32 adj_84 = {};
    wp::float32 adj_85 = {};
    wp::float32 adj_86 = {};
    wp::float32 adj_87 = {};
    wp::float32 adj_88 = {};
    wp::float32 adj_89 = {};
    wp::int32 adj_90 = {};
    wp::int32 adj_91 = {};
    wp::int32 adj_92 = {};
    wp::range_t adj_93 = {};
    wp::int32 adj_94 = {};
    wp::int32 adj_95 = {};
    wp::int32 adj_96 = {};
    wp::int32 adj_97 = {};
    wp::int32 adj_98 = {};
    wp::int32 adj_99 = {};
    wp::int32 adj_100 = {};
    wp::int32 adj_101 = {};
    wp::int32 adj_102 = {};
    wp::int32 adj_103 = {};
    wp::vec_t<3, wp::int32> adj_104 = {};
    wp::int32 adj_105 = {};
    wp::int32 adj_106 = {};
    wp::int32 adj_107 = {};
    bool adj_108 = {};
    wp::int32 adj_109 = {};
    wp::int32 adj_110 = {};
    wp::int32 adj_111 = {};
    bool adj_112 = {};
    wp::int32 adj_113 = {};
    wp::int32 adj_114 = {};
    wp::int32 adj_115 = {};
    bool adj_116 = {};
    bool adj_117 = {};
    wp::vec_t<3, wp::int32> adj_118 = {};
    wp::int32 adj_119 = {};
    wp::int32 adj_120 = {};
    wp::vec_t<3, wp::int32> adj_121 = {};
    wp::int32 adj_122 = {};
    wp::int32 adj_123 = {};
    wp::vec_t<3, wp::int32> adj_124 = {};
    bool adj_125 = {};
    wp::int32 adj_126 = {};
    wp::int32 adj_127 = {};
    wp::vec_t<3, wp::int32> adj_128 = {};
    wp::int32 adj_129 = {};
    wp::int32 adj_130 = {};
    wp::vec_t<3, wp::int32> adj_131 = {};
    bool adj_132 = {};
    wp::int32 adj_133 = {};
    wp::int32 adj_134 = {};
    wp::vec_t<3, wp::int32> adj_135 = {};
    wp::int32 adj_136 = {};
    wp::int32 adj_137 = {};
    wp::vec_t<3, wp::int32> adj_138 = {};
    bool adj_139 = {};
    bool adj_140 = {};
    wp::vec_t<3, wp::int32> adj_141 = {};
    wp::vec_t<3, wp::int32> adj_142 = {};
    wp::int32 adj_143 = {};
    wp::vec_t<3, wp::int32> adj_144 = {};
    wp::int32 adj_145 = {};
    wp::int32 adj_146 = {};
    wp::int32 adj_147 = {};
    wp::int32 adj_148 = {};
    wp::int32 adj_149 = {};
    wp::int32 adj_150 = {};
    wp::range_t adj_151 = {};
    wp::int32 adj_152 = {};
    wp::int32 adj_153 = {};
    wp::int32 adj_154 = {};
    wp::int32 adj_155 = {};
    wp::vec_t<3, wp::float32> adj_156 = {};
    wp::vec_t<3, wp::float32> adj_157 = {};
    wp::vec_t<3, wp::float32> adj_158 = {};
    wp::float32 adj_159 = {};
    wp::float32 adj_160 = {};
    wp::float32 adj_161 = {};
    wp::float32 adj_162 = {};
    wp::float32 adj_163 = {};
    wp::float32 adj_164 = {};
    wp::float32 adj_165 = {};
    wp::float32 adj_166 = {};
    wp::float32 adj_167 = {};
    wp::float32 adj_168 = {};
    wp::float32 adj_169 = {};
    wp::float32 adj_170 = {};
    wp::float32 adj_171 = {};
    wp::float32 adj_172 = {};
    wp::float32 adj_173 = {};
    wp::int32 adj_174 = {};
    wp::int32 adj_175 = {};
    wp::int32 adj_176 = {};
    wp::range_t adj_177 = {};
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
    bool adj_192 = {};
    wp::int32 adj_193 = {};
    wp::int32 adj_194 = {};
    wp::int32 adj_195 = {};
    bool adj_196 = {};
    wp::int32 adj_197 = {};
    wp::int32 adj_198 = {};
    wp::int32 adj_199 = {};
    bool adj_200 = {};
    bool adj_201 = {};
    wp::vec_t<3, wp::int32> adj_202 = {};
    wp::int32 adj_203 = {};
    wp::int32 adj_204 = {};
    wp::vec_t<3, wp::int32> adj_205 = {};
    wp::int32 adj_206 = {};
    wp::int32 adj_207 = {};
    wp::vec_t<3, wp::int32> adj_208 = {};
    bool adj_209 = {};
    wp::int32 adj_210 = {};
    wp::int32 adj_211 = {};
    wp::vec_t<3, wp::int32> adj_212 = {};
    wp::int32 adj_213 = {};
    wp::int32 adj_214 = {};
    wp::vec_t<3, wp::int32> adj_215 = {};
    bool adj_216 = {};
    wp::int32 adj_217 = {};
    wp::int32 adj_218 = {};
    wp::vec_t<3, wp::int32> adj_219 = {};
    wp::int32 adj_220 = {};
    wp::int32 adj_221 = {};
    wp::vec_t<3, wp::int32> adj_222 = {};
    bool adj_223 = {};
    bool adj_224 = {};
    wp::vec_t<3, wp::int32> adj_225 = {};
    wp::vec_t<3, wp::int32> adj_226 = {};
    wp::int32 adj_227 = {};
    wp::vec_t<3, wp::int32> adj_228 = {};
    wp::int32 adj_229 = {};
    wp::int32 adj_230 = {};
    wp::int32 adj_231 = {};
    wp::int32 adj_232 = {};
    wp::int32 adj_233 = {};
    wp::int32 adj_234 = {};
    wp::range_t adj_235 = {};
    wp::int32 adj_236 = {};
    wp::int32 adj_237 = {};
    wp::int32 adj_238 = {};
    wp::int32 adj_239 = {};
    wp::vec_t<3, wp::float32> adj_240 = {};
    wp::vec_t<3, wp::float32> adj_241 = {};
    wp::vec_t<3, wp::float32> adj_242 = {};
    wp::float32 adj_243 = {};
    wp::float32 adj_244 = {};
    wp::float32 adj_245 = {};
    wp::float32 adj_246 = {};
    wp::float32 adj_247 = {};
    wp::float32 adj_248 = {};
    wp::float32 adj_249 = {};
    wp::float32 adj_250 = {};
    wp::float32 adj_251 = {};
    wp::float32 adj_252 = {};
    wp::float32 adj_253 = {};
    wp::float32 adj_254 = {};
    wp::float32 adj_255 = {};
    wp::float32 adj_256 = {};
    wp::float32 adj_257 = {};
    wp::int32 adj_258 = {};
    wp::int32 adj_259 = {};
    wp::int32 adj_260 = {};
    wp::int32 adj_261 = {};
    wp::range_t adj_262 = {};
    wp::int32 adj_263 = {};
    wp::int32 adj_264 = {};
    wp::int32 adj_265 = {};
    wp::int32 adj_266 = {};
    wp::int32 adj_267 = {};
    wp::int32 adj_268 = {};
    wp::int32 adj_269 = {};
    wp::int32 adj_270 = {};
    wp::int32 adj_271 = {};
    wp::int32 adj_272 = {};
    wp::vec_t<3, wp::int32> adj_273 = {};
    wp::int32 adj_274 = {};
    wp::int32 adj_275 = {};
    wp::int32 adj_276 = {};
    bool adj_277 = {};
    wp::int32 adj_278 = {};
    wp::int32 adj_279 = {};
    wp::int32 adj_280 = {};
    bool adj_281 = {};
    wp::int32 adj_282 = {};
    wp::int32 adj_283 = {};
    wp::int32 adj_284 = {};
    bool adj_285 = {};
    bool adj_286 = {};
    wp::vec_t<3, wp::int32> adj_287 = {};
    wp::int32 adj_288 = {};
    wp::int32 adj_289 = {};
    wp::vec_t<3, wp::int32> adj_290 = {};
    wp::int32 adj_291 = {};
    wp::int32 adj_292 = {};
    wp::vec_t<3, wp::int32> adj_293 = {};
    bool adj_294 = {};
    wp::int32 adj_295 = {};
    wp::int32 adj_296 = {};
    wp::vec_t<3, wp::int32> adj_297 = {};
    wp::int32 adj_298 = {};
    wp::int32 adj_299 = {};
    wp::vec_t<3, wp::int32> adj_300 = {};
    bool adj_301 = {};
    wp::int32 adj_302 = {};
    wp::int32 adj_303 = {};
    wp::vec_t<3, wp::int32> adj_304 = {};
    wp::int32 adj_305 = {};
    wp::int32 adj_306 = {};
    wp::vec_t<3, wp::int32> adj_307 = {};
    bool adj_308 = {};
    bool adj_309 = {};
    wp::vec_t<3, wp::int32> adj_310 = {};
    wp::vec_t<3, wp::int32> adj_311 = {};
    wp::int32 adj_312 = {};
    wp::vec_t<3, wp::int32> adj_313 = {};
    wp::int32 adj_314 = {};
    wp::int32 adj_315 = {};
    wp::int32 adj_316 = {};
    wp::int32 adj_317 = {};
    wp::int32 adj_318 = {};
    wp::int32 adj_319 = {};
    wp::range_t adj_320 = {};
    wp::int32 adj_321 = {};
    wp::int32 adj_322 = {};
    wp::int32 adj_323 = {};
    wp::int32 adj_324 = {};
    wp::vec_t<3, wp::float32> adj_325 = {};
    wp::vec_t<3, wp::float32> adj_326 = {};
    wp::vec_t<3, wp::float32> adj_327 = {};
    wp::float32 adj_328 = {};
    wp::float32 adj_329 = {};
    wp::float32 adj_330 = {};
    wp::float32 adj_331 = {};
    wp::float32 adj_332 = {};
    wp::float32 adj_333 = {};
    wp::float32 adj_334 = {};
    wp::float32 adj_335 = {};
    wp::float32 adj_336 = {};
    wp::float32 adj_337 = {};
    wp::float32 adj_338 = {};
    wp::float32 adj_339 = {};
    wp::float32 adj_340 = {};
    wp::float32 adj_341 = {};
    wp::float32 adj_342 = {};
    wp::int32 adj_343 = {};
    wp::int32 adj_344 = {};
    wp::int32 adj_345 = {};
    wp::range_t adj_346 = {};
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
    bool adj_361 = {};
    wp::int32 adj_362 = {};
    wp::int32 adj_363 = {};
    wp::int32 adj_364 = {};
    bool adj_365 = {};
    wp::int32 adj_366 = {};
    wp::int32 adj_367 = {};
    wp::int32 adj_368 = {};
    bool adj_369 = {};
    bool adj_370 = {};
    wp::vec_t<3, wp::int32> adj_371 = {};
    wp::int32 adj_372 = {};
    wp::int32 adj_373 = {};
    wp::vec_t<3, wp::int32> adj_374 = {};
    wp::int32 adj_375 = {};
    wp::int32 adj_376 = {};
    wp::vec_t<3, wp::int32> adj_377 = {};
    bool adj_378 = {};
    wp::int32 adj_379 = {};
    wp::int32 adj_380 = {};
    wp::vec_t<3, wp::int32> adj_381 = {};
    wp::int32 adj_382 = {};
    wp::int32 adj_383 = {};
    wp::vec_t<3, wp::int32> adj_384 = {};
    bool adj_385 = {};
    wp::int32 adj_386 = {};
    wp::int32 adj_387 = {};
    wp::vec_t<3, wp::int32> adj_388 = {};
    wp::int32 adj_389 = {};
    wp::int32 adj_390 = {};
    wp::vec_t<3, wp::int32> adj_391 = {};
    bool adj_392 = {};
    bool adj_393 = {};
    wp::vec_t<3, wp::int32> adj_394 = {};
    wp::vec_t<3, wp::int32> adj_395 = {};
    wp::int32 adj_396 = {};
    wp::vec_t<3, wp::int32> adj_397 = {};
    wp::int32 adj_398 = {};
    wp::int32 adj_399 = {};
    wp::int32 adj_400 = {};
    wp::int32 adj_401 = {};
    wp::int32 adj_402 = {};
    wp::int32 adj_403 = {};
    wp::range_t adj_404 = {};
    wp::int32 adj_405 = {};
    wp::int32 adj_406 = {};
    wp::int32 adj_407 = {};
    wp::int32 adj_408 = {};
    wp::vec_t<3, wp::float32> adj_409 = {};
    wp::vec_t<3, wp::float32> adj_410 = {};
    wp::vec_t<3, wp::float32> adj_411 = {};
    wp::float32 adj_412 = {};
    wp::float32 adj_413 = {};
    wp::float32 adj_414 = {};
    wp::float32 adj_415 = {};
    wp::float32 adj_416 = {};
    wp::float32 adj_417 = {};
    wp::float32 adj_418 = {};
    wp::float32 adj_419 = {};
    wp::float32 adj_420 = {};
    wp::float32 adj_421 = {};
    wp::float32 adj_422 = {};
    wp::float32 adj_423 = {};
    wp::float32 adj_424 = {};
    wp::float32 adj_425 = {};
    wp::float32 adj_426 = {};
    wp::int32 adj_427 = {};
    wp::int32 adj_428 = {};
    wp::int32 adj_429 = {};
    wp::range_t adj_430 = {};
    wp::int32 adj_431 = {};
    wp::int32 adj_432 = {};
    wp::int32 adj_433 = {};
    wp::int32 adj_434 = {};
    wp::int32 adj_435 = {};
    wp::int32 adj_436 = {};
    wp::int32 adj_437 = {};
    wp::int32 adj_438 = {};
    wp::int32 adj_439 = {};
    wp::int32 adj_440 = {};
    wp::vec_t<3, wp::int32> adj_441 = {};
    wp::int32 adj_442 = {};
    wp::int32 adj_443 = {};
    wp::int32 adj_444 = {};
    bool adj_445 = {};
    wp::int32 adj_446 = {};
    wp::int32 adj_447 = {};
    wp::int32 adj_448 = {};
    bool adj_449 = {};
    wp::int32 adj_450 = {};
    wp::int32 adj_451 = {};
    wp::int32 adj_452 = {};
    bool adj_453 = {};
    bool adj_454 = {};
    wp::vec_t<3, wp::int32> adj_455 = {};
    wp::int32 adj_456 = {};
    wp::int32 adj_457 = {};
    wp::vec_t<3, wp::int32> adj_458 = {};
    wp::int32 adj_459 = {};
    wp::int32 adj_460 = {};
    wp::vec_t<3, wp::int32> adj_461 = {};
    bool adj_462 = {};
    wp::int32 adj_463 = {};
    wp::int32 adj_464 = {};
    wp::vec_t<3, wp::int32> adj_465 = {};
    wp::int32 adj_466 = {};
    wp::int32 adj_467 = {};
    wp::vec_t<3, wp::int32> adj_468 = {};
    bool adj_469 = {};
    wp::int32 adj_470 = {};
    wp::int32 adj_471 = {};
    wp::vec_t<3, wp::int32> adj_472 = {};
    wp::int32 adj_473 = {};
    wp::int32 adj_474 = {};
    wp::vec_t<3, wp::int32> adj_475 = {};
    bool adj_476 = {};
    bool adj_477 = {};
    wp::vec_t<3, wp::int32> adj_478 = {};
    wp::vec_t<3, wp::int32> adj_479 = {};
    wp::int32 adj_480 = {};
    wp::vec_t<3, wp::int32> adj_481 = {};
    wp::int32 adj_482 = {};
    wp::int32 adj_483 = {};
    wp::int32 adj_484 = {};
    wp::int32 adj_485 = {};
    wp::int32 adj_486 = {};
    wp::int32 adj_487 = {};
    wp::range_t adj_488 = {};
    wp::int32 adj_489 = {};
    wp::int32 adj_490 = {};
    wp::int32 adj_491 = {};
    wp::int32 adj_492 = {};
    wp::vec_t<3, wp::float32> adj_493 = {};
    wp::vec_t<3, wp::float32> adj_494 = {};
    wp::vec_t<3, wp::float32> adj_495 = {};
    wp::float32 adj_496 = {};
    wp::float32 adj_497 = {};
    wp::float32 adj_498 = {};
    wp::float32 adj_499 = {};
    wp::float32 adj_500 = {};
    wp::float32 adj_501 = {};
    wp::float32 adj_502 = {};
    wp::float32 adj_503 = {};
    wp::float32 adj_504 = {};
    wp::float32 adj_505 = {};
    wp::float32 adj_506 = {};
    wp::float32 adj_507 = {};
    wp::float32 adj_508 = {};
    wp::float32 adj_509 = {};
    wp::float32 adj_510 = {};
    wp::int32 adj_511 = {};
    wp::int32 adj_512 = {};
    wp::int32 adj_513 = {};
    wp::int32 adj_514 = {};
    wp::range_t adj_515 = {};
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
    wp::vec_t<3, wp::int32> adj_526 = {};
    wp::int32 adj_527 = {};
    wp::int32 adj_528 = {};
    wp::int32 adj_529 = {};
    bool adj_530 = {};
    wp::int32 adj_531 = {};
    wp::int32 adj_532 = {};
    wp::int32 adj_533 = {};
    bool adj_534 = {};
    wp::int32 adj_535 = {};
    wp::int32 adj_536 = {};
    wp::int32 adj_537 = {};
    bool adj_538 = {};
    bool adj_539 = {};
    wp::vec_t<3, wp::int32> adj_540 = {};
    wp::int32 adj_541 = {};
    wp::int32 adj_542 = {};
    wp::vec_t<3, wp::int32> adj_543 = {};
    wp::int32 adj_544 = {};
    wp::int32 adj_545 = {};
    wp::vec_t<3, wp::int32> adj_546 = {};
    bool adj_547 = {};
    wp::int32 adj_548 = {};
    wp::int32 adj_549 = {};
    wp::vec_t<3, wp::int32> adj_550 = {};
    wp::int32 adj_551 = {};
    wp::int32 adj_552 = {};
    wp::vec_t<3, wp::int32> adj_553 = {};
    bool adj_554 = {};
    wp::int32 adj_555 = {};
    wp::int32 adj_556 = {};
    wp::vec_t<3, wp::int32> adj_557 = {};
    wp::int32 adj_558 = {};
    wp::int32 adj_559 = {};
    wp::vec_t<3, wp::int32> adj_560 = {};
    bool adj_561 = {};
    bool adj_562 = {};
    wp::vec_t<3, wp::int32> adj_563 = {};
    wp::vec_t<3, wp::int32> adj_564 = {};
    wp::int32 adj_565 = {};
    wp::vec_t<3, wp::int32> adj_566 = {};
    wp::int32 adj_567 = {};
    wp::int32 adj_568 = {};
    wp::int32 adj_569 = {};
    wp::int32 adj_570 = {};
    wp::int32 adj_571 = {};
    wp::int32 adj_572 = {};
    wp::range_t adj_573 = {};
    wp::int32 adj_574 = {};
    wp::int32 adj_575 = {};
    wp::int32 adj_576 = {};
    wp::int32 adj_577 = {};
    wp::vec_t<3, wp::float32> adj_578 = {};
    wp::vec_t<3, wp::float32> adj_579 = {};
    wp::vec_t<3, wp::float32> adj_580 = {};
    wp::float32 adj_581 = {};
    wp::float32 adj_582 = {};
    wp::float32 adj_583 = {};
    wp::float32 adj_584 = {};
    wp::float32 adj_585 = {};
    wp::float32 adj_586 = {};
    wp::float32 adj_587 = {};
    wp::float32 adj_588 = {};
    wp::float32 adj_589 = {};
    wp::float32 adj_590 = {};
    wp::float32 adj_591 = {};
    wp::float32 adj_592 = {};
    wp::float32 adj_593 = {};
    wp::float32 adj_594 = {};
    wp::float32 adj_595 = {};
    wp::int32 adj_596 = {};
    wp::int32 adj_597 = {};
    wp::int32 adj_598 = {};
    wp::range_t adj_599 = {};
    wp::int32 adj_600 = {};
    wp::int32 adj_601 = {};
    wp::int32 adj_602 = {};
    wp::int32 adj_603 = {};
    wp::int32 adj_604 = {};
    wp::int32 adj_605 = {};
    wp::int32 adj_606 = {};
    wp::int32 adj_607 = {};
    wp::int32 adj_608 = {};
    wp::int32 adj_609 = {};
    wp::vec_t<3, wp::int32> adj_610 = {};
    wp::int32 adj_611 = {};
    wp::int32 adj_612 = {};
    wp::int32 adj_613 = {};
    bool adj_614 = {};
    wp::int32 adj_615 = {};
    wp::int32 adj_616 = {};
    wp::int32 adj_617 = {};
    bool adj_618 = {};
    wp::int32 adj_619 = {};
    wp::int32 adj_620 = {};
    wp::int32 adj_621 = {};
    bool adj_622 = {};
    bool adj_623 = {};
    wp::vec_t<3, wp::int32> adj_624 = {};
    wp::int32 adj_625 = {};
    wp::int32 adj_626 = {};
    wp::vec_t<3, wp::int32> adj_627 = {};
    wp::int32 adj_628 = {};
    wp::int32 adj_629 = {};
    wp::vec_t<3, wp::int32> adj_630 = {};
    bool adj_631 = {};
    wp::int32 adj_632 = {};
    wp::int32 adj_633 = {};
    wp::vec_t<3, wp::int32> adj_634 = {};
    wp::int32 adj_635 = {};
    wp::int32 adj_636 = {};
    wp::vec_t<3, wp::int32> adj_637 = {};
    bool adj_638 = {};
    wp::int32 adj_639 = {};
    wp::int32 adj_640 = {};
    wp::vec_t<3, wp::int32> adj_641 = {};
    wp::int32 adj_642 = {};
    wp::int32 adj_643 = {};
    wp::vec_t<3, wp::int32> adj_644 = {};
    bool adj_645 = {};
    bool adj_646 = {};
    wp::vec_t<3, wp::int32> adj_647 = {};
    wp::vec_t<3, wp::int32> adj_648 = {};
    wp::int32 adj_649 = {};
    wp::vec_t<3, wp::int32> adj_650 = {};
    wp::int32 adj_651 = {};
    wp::int32 adj_652 = {};
    wp::int32 adj_653 = {};
    wp::int32 adj_654 = {};
    wp::int32 adj_655 = {};
    wp::int32 adj_656 = {};
    wp::range_t adj_657 = {};
    wp::int32 adj_658 = {};
    wp::int32 adj_659 = {};
    wp::int32 adj_660 = {};
    wp::int32 adj_661 = {};
    wp::vec_t<3, wp::float32> adj_662 = {};
    wp::vec_t<3, wp::float32> adj_663 = {};
    wp::vec_t<3, wp::float32> adj_664 = {};
    wp::float32 adj_665 = {};
    wp::float32 adj_666 = {};
    wp::float32 adj_667 = {};
    wp::float32 adj_668 = {};
    wp::float32 adj_669 = {};
    wp::float32 adj_670 = {};
    wp::float32 adj_671 = {};
    wp::float32 adj_672 = {};
    wp::float32 adj_673 = {};
    wp::float32 adj_674 = {};
    wp::float32 adj_675 = {};
    wp::float32 adj_676 = {};
    wp::float32 adj_677 = {};
    wp::float32 adj_678 = {};
    wp::float32 adj_679 = {};
    wp::int32 adj_680 = {};
    wp::int32 adj_681 = {};
    wp::int32 adj_682 = {};
    wp::range_t adj_683 = {};
    wp::int32 adj_684 = {};
    wp::int32 adj_685 = {};
    wp::int32 adj_686 = {};
    wp::int32 adj_687 = {};
    wp::int32 adj_688 = {};
    wp::int32 adj_689 = {};
    wp::int32 adj_690 = {};
    wp::int32 adj_691 = {};
    wp::int32 adj_692 = {};
    wp::int32 adj_693 = {};
    wp::vec_t<3, wp::int32> adj_694 = {};
    wp::int32 adj_695 = {};
    wp::int32 adj_696 = {};
    wp::int32 adj_697 = {};
    bool adj_698 = {};
    wp::int32 adj_699 = {};
    wp::int32 adj_700 = {};
    wp::int32 adj_701 = {};
    bool adj_702 = {};
    wp::int32 adj_703 = {};
    wp::int32 adj_704 = {};
    wp::int32 adj_705 = {};
    bool adj_706 = {};
    bool adj_707 = {};
    wp::vec_t<3, wp::int32> adj_708 = {};
    wp::int32 adj_709 = {};
    wp::int32 adj_710 = {};
    wp::vec_t<3, wp::int32> adj_711 = {};
    wp::int32 adj_712 = {};
    wp::int32 adj_713 = {};
    wp::vec_t<3, wp::int32> adj_714 = {};
    bool adj_715 = {};
    wp::int32 adj_716 = {};
    wp::int32 adj_717 = {};
    wp::vec_t<3, wp::int32> adj_718 = {};
    wp::int32 adj_719 = {};
    wp::int32 adj_720 = {};
    wp::vec_t<3, wp::int32> adj_721 = {};
    bool adj_722 = {};
    wp::int32 adj_723 = {};
    wp::int32 adj_724 = {};
    wp::vec_t<3, wp::int32> adj_725 = {};
    wp::int32 adj_726 = {};
    wp::int32 adj_727 = {};
    wp::vec_t<3, wp::int32> adj_728 = {};
    bool adj_729 = {};
    bool adj_730 = {};
    wp::vec_t<3, wp::int32> adj_731 = {};
    wp::vec_t<3, wp::int32> adj_732 = {};
    wp::int32 adj_733 = {};
    wp::vec_t<3, wp::int32> adj_734 = {};
    wp::int32 adj_735 = {};
    wp::int32 adj_736 = {};
    wp::int32 adj_737 = {};
    wp::int32 adj_738 = {};
    wp::int32 adj_739 = {};
    wp::int32 adj_740 = {};
    wp::range_t adj_741 = {};
    wp::int32 adj_742 = {};
    wp::int32 adj_743 = {};
    wp::int32 adj_744 = {};
    wp::int32 adj_745 = {};
    wp::vec_t<3, wp::float32> adj_746 = {};
    wp::vec_t<3, wp::float32> adj_747 = {};
    wp::vec_t<3, wp::float32> adj_748 = {};
    wp::float32 adj_749 = {};
    wp::float32 adj_750 = {};
    wp::float32 adj_751 = {};
    wp::float32 adj_752 = {};
    wp::float32 adj_753 = {};
    wp::float32 adj_754 = {};
    wp::float32 adj_755 = {};
    wp::float32 adj_756 = {};
    wp::float32 adj_757 = {};
    wp::float32 adj_758 = {};
    wp::float32 adj_759 = {};
    wp::float32 adj_760 = {};
    wp::float32 adj_761 = {};
    wp::float32 adj_762 = {};
    wp::float32 adj_763 = {};
    wp::float32 adj_764 = {};
    wp::float32 adj_765 = {};
    wp::float32 adj_766 = {};
    wp::float32 adj_767 = {};
    wp::float32 adj_768 = {};
    wp::float32 adj_769 = {};
    wp::float32 adj_770 = {};
    wp::float32 adj_771 = {};
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
    var_93 = wp::range(var_91, var_92);
    // for dx in range(-1, 2):                                                                <L 82>
    var_177 = wp::range(var_175, var_176);
    // for dy in range(-1, 2):                                                                <L 81>
    // for dx in range(-1, 2):                                                                <L 82>
    var_262 = wp::range(var_260, var_261);
    // for dx in range(-1, 2):                                                                <L 82>
    var_346 = wp::range(var_344, var_345);
    // for dx in range(-1, 2):                                                                <L 82>
    var_430 = wp::range(var_428, var_429);
    // for dy in range(-1, 2):                                                                <L 81>
    // for dx in range(-1, 2):                                                                <L 82>
    var_515 = wp::range(var_513, var_514);
    // for dx in range(-1, 2):                                                                <L 82>
    var_599 = wp::range(var_597, var_598);
    // for dx in range(-1, 2):                                                                <L 82>
    var_683 = wp::range(var_681, var_682);
    // rho[i] = d                                                                             <L 94>
    // wp::array_store(var_rho, var_0, var_6);
    // pressure[i] = wp.max(params.stiffness * (d - params.rest_density), 0.0)                <L 95>
    var_764 = &(var_params.stiffness);
    var_765 = &(var_params.rest_density);
    var_767 = wp::load(var_765);
    var_766 = wp::sub(var_6, var_767);
    var_769 = wp::load(var_764);
    var_768 = wp::mul(var_769, var_766);
    var_771 = wp::max(var_768, var_770);
    // wp::array_store(var_pressure, var_0, var_771);
    //---------
    // reverse
    wp::adj_array_store(var_pressure, var_0, var_771, adj_pressure, adj_0, adj_771);
    wp::adj_max(var_768, var_770, adj_768, adj_770, adj_771);
    wp::adj_mul(var_769, var_766, adj_764, adj_766, adj_768);
    wp::adj_sub(var_6, var_767, adj_6, adj_765, adj_766);
    adj_params.rest_density += adj_765;
    adj_params.stiffness += adj_764;
    // adj: pressure[i] = wp.max(params.stiffness * (d - params.rest_density), 0.0)           <L 95>
    wp::adj_array_store(var_rho, var_0, var_6, adj_rho, adj_0, adj_6);
    // adj: rho[i] = d                                                                        <L 94>
    var_683 = wp::iter_reverse(var_683);
    start_for_32:;
        if (iter_cmp(var_683) == 0) goto end_for_32;
        var_684 = wp::iter_next(var_683);
    	adj_685 = {};
    	adj_686 = {};
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
    	adj_701 = {};
    	adj_702 = {};
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
        // nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                     <L 83>
        var_686 = wp::extract(var_4, var_685);
        var_687 = wp::add(var_686, var_684);
        var_689 = wp::extract(var_4, var_688);
        var_690 = wp::add(var_689, var_680);
        var_692 = wp::extract(var_4, var_691);
        var_693 = wp::add(var_692, var_511);
        var_694 = wp::vec_t<3, wp::int32>(var_687, var_690, var_693);
        // if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                            <L 84>
        var_696 = wp::extract(var_694, var_695);
        var_698 = (var_696 < var_697);
        var_700 = wp::extract(var_694, var_699);
        var_702 = (var_700 < var_701);
        var_704 = wp::extract(var_694, var_703);
        var_706 = (var_704 < var_705);
        var_707 = var_698 || var_702 || var_706;
        if (var_707) {
            // continue                                                                       <L 85>
            wp::assign(var_22, var_694);
            goto start_for_32;
        }
        var_708 = wp::where(var_707, var_22, var_694);
        // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
        var_710 = wp::extract(var_708, var_709);
        var_711 = &(var_params.grid_dim);
        var_714 = wp::load(var_711);
        var_713 = wp::extract(var_714, var_712);
        var_715 = (var_710 >= var_713);
        var_717 = wp::extract(var_708, var_716);
        var_718 = &(var_params.grid_dim);
        var_721 = wp::load(var_718);
        var_720 = wp::extract(var_721, var_719);
        var_722 = (var_717 >= var_720);
        var_724 = wp::extract(var_708, var_723);
        var_725 = &(var_params.grid_dim);
        var_728 = wp::load(var_725);
        var_727 = wp::extract(var_728, var_726);
        var_729 = (var_724 >= var_727);
        var_730 = var_715 || var_722 || var_729;
        if (var_730) {
            // continue                                                                       <L 87>
            wp::assign(var_22, var_708);
            goto start_for_32;
        }
        var_731 = wp::where(var_730, var_22, var_708);
        // ci = cell_index(nc, params.grid_dim)                                               <L 88>
        var_732 = &(var_params.grid_dim);
        var_734 = wp::load(var_732);
        var_733 = cell_index_0(var_731, var_734);
        // start = cell_start[ci]                                                             <L 89>
        var_735 = wp::address(var_cell_start, var_733);
        var_737 = wp::load(var_735);
        var_736 = wp::copy(var_737);
        // for k in range(start, start + cell_count[ci]):                                     <L 90>
        var_738 = wp::address(var_cell_count, var_733);
        var_740 = wp::load(var_738);
        var_739 = wp::add(var_736, var_740);
        var_741 = wp::range(var_736, var_739);
        wp::assign(var_22, var_731);
        wp::assign(var_59, var_733);
        wp::assign(var_62, var_736);
        wp::assign(var_68, var_742);
        wp::adj_assign(var_68, var_742, adj_68, adj_742);
        wp::adj_assign(var_62, var_736, adj_62, adj_736);
        wp::adj_assign(var_59, var_733, adj_59, adj_733);
        wp::adj_assign(var_22, var_731, adj_22, adj_731);
        var_741 = wp::iter_reverse(var_741);
        start_for_34:;
            if (iter_cmp(var_741) == 0) goto end_for_34;
            var_742 = wp::iter_next(var_741);
        	adj_743 = {};
        	adj_744 = {};
        	adj_745 = {};
        	adj_746 = {};
        	adj_747 = {};
        	adj_748 = {};
        	adj_749 = {};
        	adj_750 = {};
        	adj_751 = {};
        	adj_752 = {};
        	adj_753 = {};
        	adj_754 = {};
        	adj_755 = {};
        	adj_756 = {};
        	adj_757 = {};
        	adj_758 = {};
        	adj_759 = {};
        	adj_760 = {};
        	adj_761 = {};
        	adj_762 = {};
        	adj_763 = {};
            // j = sorted_ids[k]                                                              <L 91>
            var_743 = wp::address(var_sorted_ids, var_742);
            var_745 = wp::load(var_743);
            var_744 = wp::copy(var_745);
            // r = p - x[j]                                                                   <L 92>
            var_746 = wp::address(var_x, var_744);
            var_748 = wp::load(var_746);
            var_747 = wp::sub(var_2, var_748);
            // d += params.mass * poly6(wp.dot(r, r), params.h)                               <L 93>
            var_749 = &(var_params.mass);
            var_750 = wp::dot(var_747, var_747);
            var_751 = &(var_params.h);
            var_753 = wp::load(var_751);
            var_752 = poly6_0(var_750, var_753);
            var_755 = wp::load(var_749);
            var_754 = wp::mul(var_755, var_752);
            var_756 = &(var_params.mass);
            var_757 = wp::dot(var_747, var_747);
            var_758 = &(var_params.h);
            var_760 = wp::load(var_758);
            var_759 = poly6_0(var_757, var_760);
            var_762 = wp::load(var_756);
            var_761 = wp::mul(var_762, var_759);
            var_763 = wp::add(var_6, var_761);
            wp::assign(var_6, var_763);
            wp::assign(var_70, var_744);
            wp::assign(var_73, var_747);
            wp::adj_assign(var_73, var_747, adj_73, adj_747);
            wp::adj_assign(var_70, var_744, adj_70, adj_744);
            wp::adj_assign(var_6, var_763, adj_6, adj_763);
            wp::adj_add(var_6, var_761, adj_6, adj_761, adj_763);
            wp::adj_mul(var_762, var_759, adj_756, adj_759, adj_761);
            adj_poly6_0(var_757, var_760, adj_757, adj_758, adj_759);
            adj_params.h += adj_758;
            wp::adj_dot(var_747, var_747, adj_747, adj_747, adj_757);
            adj_params.mass += adj_756;
            wp::adj_mul(var_755, var_752, adj_749, adj_752, adj_754);
            adj_poly6_0(var_750, var_753, adj_750, adj_751, adj_752);
            adj_params.h += adj_751;
            wp::adj_dot(var_747, var_747, adj_747, adj_747, adj_750);
            adj_params.mass += adj_749;
            // adj: d += params.mass * poly6(wp.dot(r, r), params.h)                          <L 93>
            wp::adj_sub(var_2, var_748, adj_2, adj_746, adj_747);
            wp::adj_address(var_x, var_744, adj_x, adj_744, adj_746);
            // adj: r = p - x[j]                                                              <L 92>
            wp::adj_copy(var_745, adj_743, adj_744);
            wp::adj_address(var_sorted_ids, var_742, adj_sorted_ids, adj_742, adj_743);
            // adj: j = sorted_ids[k]                                                         <L 91>
        	goto start_for_34;
        end_for_34:;
        wp::adj_range(var_736, var_739, adj_736, adj_739, adj_741);
        wp::adj_add(var_736, var_740, adj_736, adj_738, adj_739);
        wp::adj_address(var_cell_count, var_733, adj_cell_count, adj_733, adj_738);
        // adj: for k in range(start, start + cell_count[ci]):                                <L 90>
        wp::adj_copy(var_737, adj_735, adj_736);
        wp::adj_address(var_cell_start, var_733, adj_cell_start, adj_733, adj_735);
        // adj: start = cell_start[ci]                                                        <L 89>
        adj_cell_index_0(var_731, var_734, adj_731, adj_732, adj_733);
        adj_params.grid_dim = adj_732;
        // adj: ci = cell_index(nc, params.grid_dim)                                          <L 88>
        wp::adj_where(var_730, var_22, var_708, adj_730, adj_22, adj_708, adj_731);
        if (var_730) {
            wp::adj_assign(var_22, var_708, adj_22, adj_708);
            // adj: continue                                                                  <L 87>
        }
        wp::adj_extract(var_728, var_726, adj_725, adj_726, adj_727);
        adj_params.grid_dim = adj_725;
        wp::adj_extract(var_708, var_723, adj_708, adj_723, adj_724);
        wp::adj_extract(var_721, var_719, adj_718, adj_719, adj_720);
        adj_params.grid_dim = adj_718;
        wp::adj_extract(var_708, var_716, adj_708, adj_716, adj_717);
        wp::adj_extract(var_714, var_712, adj_711, adj_712, adj_713);
        adj_params.grid_dim = adj_711;
        wp::adj_extract(var_708, var_709, adj_708, adj_709, adj_710);
        // adj: if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:  <L 86>
        wp::adj_where(var_707, var_22, var_694, adj_707, adj_22, adj_694, adj_708);
        if (var_707) {
            wp::adj_assign(var_22, var_694, adj_22, adj_694);
            // adj: continue                                                                  <L 85>
        }
        wp::adj_extract(var_694, var_703, adj_694, adj_703, adj_704);
        wp::adj_extract(var_694, var_699, adj_694, adj_699, adj_700);
        wp::adj_extract(var_694, var_695, adj_694, adj_695, adj_696);
        // adj: if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                       <L 84>
        wp::adj_vec_t(var_687, var_690, var_693, adj_687, adj_690, adj_693, adj_694);
        wp::adj_add(var_692, var_511, adj_692, adj_511, adj_693);
        wp::adj_extract(var_4, var_691, adj_4, adj_691, adj_692);
        wp::adj_add(var_689, var_680, adj_689, adj_680, adj_690);
        wp::adj_extract(var_4, var_688, adj_4, adj_688, adj_689);
        wp::adj_add(var_686, var_684, adj_686, adj_684, adj_687);
        wp::adj_extract(var_4, var_685, adj_4, adj_685, adj_686);
        // adj: nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                <L 83>
    	goto start_for_32;
    end_for_32:;
    wp::adj_range(var_681, var_682, adj_681, adj_682, adj_683);
    // adj: for dx in range(-1, 2):                                                           <L 82>
    var_599 = wp::iter_reverse(var_599);
    start_for_28:;
        if (iter_cmp(var_599) == 0) goto end_for_28;
        var_600 = wp::iter_next(var_599);
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
        // nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                     <L 83>
        var_602 = wp::extract(var_4, var_601);
        var_603 = wp::add(var_602, var_600);
        var_605 = wp::extract(var_4, var_604);
        var_606 = wp::add(var_605, var_596);
        var_608 = wp::extract(var_4, var_607);
        var_609 = wp::add(var_608, var_511);
        var_610 = wp::vec_t<3, wp::int32>(var_603, var_606, var_609);
        // if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                            <L 84>
        var_612 = wp::extract(var_610, var_611);
        var_614 = (var_612 < var_613);
        var_616 = wp::extract(var_610, var_615);
        var_618 = (var_616 < var_617);
        var_620 = wp::extract(var_610, var_619);
        var_622 = (var_620 < var_621);
        var_623 = var_614 || var_618 || var_622;
        if (var_623) {
            // continue                                                                       <L 85>
            wp::assign(var_22, var_610);
            goto start_for_28;
        }
        var_624 = wp::where(var_623, var_22, var_610);
        // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
        var_626 = wp::extract(var_624, var_625);
        var_627 = &(var_params.grid_dim);
        var_630 = wp::load(var_627);
        var_629 = wp::extract(var_630, var_628);
        var_631 = (var_626 >= var_629);
        var_633 = wp::extract(var_624, var_632);
        var_634 = &(var_params.grid_dim);
        var_637 = wp::load(var_634);
        var_636 = wp::extract(var_637, var_635);
        var_638 = (var_633 >= var_636);
        var_640 = wp::extract(var_624, var_639);
        var_641 = &(var_params.grid_dim);
        var_644 = wp::load(var_641);
        var_643 = wp::extract(var_644, var_642);
        var_645 = (var_640 >= var_643);
        var_646 = var_631 || var_638 || var_645;
        if (var_646) {
            // continue                                                                       <L 87>
            wp::assign(var_22, var_624);
            goto start_for_28;
        }
        var_647 = wp::where(var_646, var_22, var_624);
        // ci = cell_index(nc, params.grid_dim)                                               <L 88>
        var_648 = &(var_params.grid_dim);
        var_650 = wp::load(var_648);
        var_649 = cell_index_0(var_647, var_650);
        // start = cell_start[ci]                                                             <L 89>
        var_651 = wp::address(var_cell_start, var_649);
        var_653 = wp::load(var_651);
        var_652 = wp::copy(var_653);
        // for k in range(start, start + cell_count[ci]):                                     <L 90>
        var_654 = wp::address(var_cell_count, var_649);
        var_656 = wp::load(var_654);
        var_655 = wp::add(var_652, var_656);
        var_657 = wp::range(var_652, var_655);
        wp::assign(var_22, var_647);
        wp::assign(var_59, var_649);
        wp::assign(var_62, var_652);
        wp::assign(var_68, var_658);
        wp::adj_assign(var_68, var_658, adj_68, adj_658);
        wp::adj_assign(var_62, var_652, adj_62, adj_652);
        wp::adj_assign(var_59, var_649, adj_59, adj_649);
        wp::adj_assign(var_22, var_647, adj_22, adj_647);
        var_657 = wp::iter_reverse(var_657);
        start_for_30:;
            if (iter_cmp(var_657) == 0) goto end_for_30;
            var_658 = wp::iter_next(var_657);
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
            // j = sorted_ids[k]                                                              <L 91>
            var_659 = wp::address(var_sorted_ids, var_658);
            var_661 = wp::load(var_659);
            var_660 = wp::copy(var_661);
            // r = p - x[j]                                                                   <L 92>
            var_662 = wp::address(var_x, var_660);
            var_664 = wp::load(var_662);
            var_663 = wp::sub(var_2, var_664);
            // d += params.mass * poly6(wp.dot(r, r), params.h)                               <L 93>
            var_665 = &(var_params.mass);
            var_666 = wp::dot(var_663, var_663);
            var_667 = &(var_params.h);
            var_669 = wp::load(var_667);
            var_668 = poly6_0(var_666, var_669);
            var_671 = wp::load(var_665);
            var_670 = wp::mul(var_671, var_668);
            var_672 = &(var_params.mass);
            var_673 = wp::dot(var_663, var_663);
            var_674 = &(var_params.h);
            var_676 = wp::load(var_674);
            var_675 = poly6_0(var_673, var_676);
            var_678 = wp::load(var_672);
            var_677 = wp::mul(var_678, var_675);
            var_679 = wp::add(var_6, var_677);
            wp::assign(var_6, var_679);
            wp::assign(var_70, var_660);
            wp::assign(var_73, var_663);
            wp::adj_assign(var_73, var_663, adj_73, adj_663);
            wp::adj_assign(var_70, var_660, adj_70, adj_660);
            wp::adj_assign(var_6, var_679, adj_6, adj_679);
            wp::adj_add(var_6, var_677, adj_6, adj_677, adj_679);
            wp::adj_mul(var_678, var_675, adj_672, adj_675, adj_677);
            adj_poly6_0(var_673, var_676, adj_673, adj_674, adj_675);
            adj_params.h += adj_674;
            wp::adj_dot(var_663, var_663, adj_663, adj_663, adj_673);
            adj_params.mass += adj_672;
            wp::adj_mul(var_671, var_668, adj_665, adj_668, adj_670);
            adj_poly6_0(var_666, var_669, adj_666, adj_667, adj_668);
            adj_params.h += adj_667;
            wp::adj_dot(var_663, var_663, adj_663, adj_663, adj_666);
            adj_params.mass += adj_665;
            // adj: d += params.mass * poly6(wp.dot(r, r), params.h)                          <L 93>
            wp::adj_sub(var_2, var_664, adj_2, adj_662, adj_663);
            wp::adj_address(var_x, var_660, adj_x, adj_660, adj_662);
            // adj: r = p - x[j]                                                              <L 92>
            wp::adj_copy(var_661, adj_659, adj_660);
            wp::adj_address(var_sorted_ids, var_658, adj_sorted_ids, adj_658, adj_659);
            // adj: j = sorted_ids[k]                                                         <L 91>
        	goto start_for_30;
        end_for_30:;
        wp::adj_range(var_652, var_655, adj_652, adj_655, adj_657);
        wp::adj_add(var_652, var_656, adj_652, adj_654, adj_655);
        wp::adj_address(var_cell_count, var_649, adj_cell_count, adj_649, adj_654);
        // adj: for k in range(start, start + cell_count[ci]):                                <L 90>
        wp::adj_copy(var_653, adj_651, adj_652);
        wp::adj_address(var_cell_start, var_649, adj_cell_start, adj_649, adj_651);
        // adj: start = cell_start[ci]                                                        <L 89>
        adj_cell_index_0(var_647, var_650, adj_647, adj_648, adj_649);
        adj_params.grid_dim = adj_648;
        // adj: ci = cell_index(nc, params.grid_dim)                                          <L 88>
        wp::adj_where(var_646, var_22, var_624, adj_646, adj_22, adj_624, adj_647);
        if (var_646) {
            wp::adj_assign(var_22, var_624, adj_22, adj_624);
            // adj: continue                                                                  <L 87>
        }
        wp::adj_extract(var_644, var_642, adj_641, adj_642, adj_643);
        adj_params.grid_dim = adj_641;
        wp::adj_extract(var_624, var_639, adj_624, adj_639, adj_640);
        wp::adj_extract(var_637, var_635, adj_634, adj_635, adj_636);
        adj_params.grid_dim = adj_634;
        wp::adj_extract(var_624, var_632, adj_624, adj_632, adj_633);
        wp::adj_extract(var_630, var_628, adj_627, adj_628, adj_629);
        adj_params.grid_dim = adj_627;
        wp::adj_extract(var_624, var_625, adj_624, adj_625, adj_626);
        // adj: if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:  <L 86>
        wp::adj_where(var_623, var_22, var_610, adj_623, adj_22, adj_610, adj_624);
        if (var_623) {
            wp::adj_assign(var_22, var_610, adj_22, adj_610);
            // adj: continue                                                                  <L 85>
        }
        wp::adj_extract(var_610, var_619, adj_610, adj_619, adj_620);
        wp::adj_extract(var_610, var_615, adj_610, adj_615, adj_616);
        wp::adj_extract(var_610, var_611, adj_610, adj_611, adj_612);
        // adj: if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                       <L 84>
        wp::adj_vec_t(var_603, var_606, var_609, adj_603, adj_606, adj_609, adj_610);
        wp::adj_add(var_608, var_511, adj_608, adj_511, adj_609);
        wp::adj_extract(var_4, var_607, adj_4, adj_607, adj_608);
        wp::adj_add(var_605, var_596, adj_605, adj_596, adj_606);
        wp::adj_extract(var_4, var_604, adj_4, adj_604, adj_605);
        wp::adj_add(var_602, var_600, adj_602, adj_600, adj_603);
        wp::adj_extract(var_4, var_601, adj_4, adj_601, adj_602);
        // adj: nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                <L 83>
    	goto start_for_28;
    end_for_28:;
    wp::adj_range(var_597, var_598, adj_597, adj_598, adj_599);
    // adj: for dx in range(-1, 2):                                                           <L 82>
    var_515 = wp::iter_reverse(var_515);
    start_for_24:;
        if (iter_cmp(var_515) == 0) goto end_for_24;
        var_516 = wp::iter_next(var_515);
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
    	adj_532 = {};
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
    	adj_573 = {};
        // nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                     <L 83>
        var_518 = wp::extract(var_4, var_517);
        var_519 = wp::add(var_518, var_516);
        var_521 = wp::extract(var_4, var_520);
        var_522 = wp::add(var_521, var_512);
        var_524 = wp::extract(var_4, var_523);
        var_525 = wp::add(var_524, var_511);
        var_526 = wp::vec_t<3, wp::int32>(var_519, var_522, var_525);
        // if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                            <L 84>
        var_528 = wp::extract(var_526, var_527);
        var_530 = (var_528 < var_529);
        var_532 = wp::extract(var_526, var_531);
        var_534 = (var_532 < var_533);
        var_536 = wp::extract(var_526, var_535);
        var_538 = (var_536 < var_537);
        var_539 = var_530 || var_534 || var_538;
        if (var_539) {
            // continue                                                                       <L 85>
            wp::assign(var_22, var_526);
            goto start_for_24;
        }
        var_540 = wp::where(var_539, var_22, var_526);
        // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
        var_542 = wp::extract(var_540, var_541);
        var_543 = &(var_params.grid_dim);
        var_546 = wp::load(var_543);
        var_545 = wp::extract(var_546, var_544);
        var_547 = (var_542 >= var_545);
        var_549 = wp::extract(var_540, var_548);
        var_550 = &(var_params.grid_dim);
        var_553 = wp::load(var_550);
        var_552 = wp::extract(var_553, var_551);
        var_554 = (var_549 >= var_552);
        var_556 = wp::extract(var_540, var_555);
        var_557 = &(var_params.grid_dim);
        var_560 = wp::load(var_557);
        var_559 = wp::extract(var_560, var_558);
        var_561 = (var_556 >= var_559);
        var_562 = var_547 || var_554 || var_561;
        if (var_562) {
            // continue                                                                       <L 87>
            wp::assign(var_22, var_540);
            goto start_for_24;
        }
        var_563 = wp::where(var_562, var_22, var_540);
        // ci = cell_index(nc, params.grid_dim)                                               <L 88>
        var_564 = &(var_params.grid_dim);
        var_566 = wp::load(var_564);
        var_565 = cell_index_0(var_563, var_566);
        // start = cell_start[ci]                                                             <L 89>
        var_567 = wp::address(var_cell_start, var_565);
        var_569 = wp::load(var_567);
        var_568 = wp::copy(var_569);
        // for k in range(start, start + cell_count[ci]):                                     <L 90>
        var_570 = wp::address(var_cell_count, var_565);
        var_572 = wp::load(var_570);
        var_571 = wp::add(var_568, var_572);
        var_573 = wp::range(var_568, var_571);
        wp::assign(var_22, var_563);
        wp::assign(var_59, var_565);
        wp::assign(var_62, var_568);
        wp::assign(var_68, var_574);
        wp::adj_assign(var_68, var_574, adj_68, adj_574);
        wp::adj_assign(var_62, var_568, adj_62, adj_568);
        wp::adj_assign(var_59, var_565, adj_59, adj_565);
        wp::adj_assign(var_22, var_563, adj_22, adj_563);
        var_573 = wp::iter_reverse(var_573);
        start_for_26:;
            if (iter_cmp(var_573) == 0) goto end_for_26;
            var_574 = wp::iter_next(var_573);
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
            // j = sorted_ids[k]                                                              <L 91>
            var_575 = wp::address(var_sorted_ids, var_574);
            var_577 = wp::load(var_575);
            var_576 = wp::copy(var_577);
            // r = p - x[j]                                                                   <L 92>
            var_578 = wp::address(var_x, var_576);
            var_580 = wp::load(var_578);
            var_579 = wp::sub(var_2, var_580);
            // d += params.mass * poly6(wp.dot(r, r), params.h)                               <L 93>
            var_581 = &(var_params.mass);
            var_582 = wp::dot(var_579, var_579);
            var_583 = &(var_params.h);
            var_585 = wp::load(var_583);
            var_584 = poly6_0(var_582, var_585);
            var_587 = wp::load(var_581);
            var_586 = wp::mul(var_587, var_584);
            var_588 = &(var_params.mass);
            var_589 = wp::dot(var_579, var_579);
            var_590 = &(var_params.h);
            var_592 = wp::load(var_590);
            var_591 = poly6_0(var_589, var_592);
            var_594 = wp::load(var_588);
            var_593 = wp::mul(var_594, var_591);
            var_595 = wp::add(var_6, var_593);
            wp::assign(var_6, var_595);
            wp::assign(var_70, var_576);
            wp::assign(var_73, var_579);
            wp::adj_assign(var_73, var_579, adj_73, adj_579);
            wp::adj_assign(var_70, var_576, adj_70, adj_576);
            wp::adj_assign(var_6, var_595, adj_6, adj_595);
            wp::adj_add(var_6, var_593, adj_6, adj_593, adj_595);
            wp::adj_mul(var_594, var_591, adj_588, adj_591, adj_593);
            adj_poly6_0(var_589, var_592, adj_589, adj_590, adj_591);
            adj_params.h += adj_590;
            wp::adj_dot(var_579, var_579, adj_579, adj_579, adj_589);
            adj_params.mass += adj_588;
            wp::adj_mul(var_587, var_584, adj_581, adj_584, adj_586);
            adj_poly6_0(var_582, var_585, adj_582, adj_583, adj_584);
            adj_params.h += adj_583;
            wp::adj_dot(var_579, var_579, adj_579, adj_579, adj_582);
            adj_params.mass += adj_581;
            // adj: d += params.mass * poly6(wp.dot(r, r), params.h)                          <L 93>
            wp::adj_sub(var_2, var_580, adj_2, adj_578, adj_579);
            wp::adj_address(var_x, var_576, adj_x, adj_576, adj_578);
            // adj: r = p - x[j]                                                              <L 92>
            wp::adj_copy(var_577, adj_575, adj_576);
            wp::adj_address(var_sorted_ids, var_574, adj_sorted_ids, adj_574, adj_575);
            // adj: j = sorted_ids[k]                                                         <L 91>
        	goto start_for_26;
        end_for_26:;
        wp::adj_range(var_568, var_571, adj_568, adj_571, adj_573);
        wp::adj_add(var_568, var_572, adj_568, adj_570, adj_571);
        wp::adj_address(var_cell_count, var_565, adj_cell_count, adj_565, adj_570);
        // adj: for k in range(start, start + cell_count[ci]):                                <L 90>
        wp::adj_copy(var_569, adj_567, adj_568);
        wp::adj_address(var_cell_start, var_565, adj_cell_start, adj_565, adj_567);
        // adj: start = cell_start[ci]                                                        <L 89>
        adj_cell_index_0(var_563, var_566, adj_563, adj_564, adj_565);
        adj_params.grid_dim = adj_564;
        // adj: ci = cell_index(nc, params.grid_dim)                                          <L 88>
        wp::adj_where(var_562, var_22, var_540, adj_562, adj_22, adj_540, adj_563);
        if (var_562) {
            wp::adj_assign(var_22, var_540, adj_22, adj_540);
            // adj: continue                                                                  <L 87>
        }
        wp::adj_extract(var_560, var_558, adj_557, adj_558, adj_559);
        adj_params.grid_dim = adj_557;
        wp::adj_extract(var_540, var_555, adj_540, adj_555, adj_556);
        wp::adj_extract(var_553, var_551, adj_550, adj_551, adj_552);
        adj_params.grid_dim = adj_550;
        wp::adj_extract(var_540, var_548, adj_540, adj_548, adj_549);
        wp::adj_extract(var_546, var_544, adj_543, adj_544, adj_545);
        adj_params.grid_dim = adj_543;
        wp::adj_extract(var_540, var_541, adj_540, adj_541, adj_542);
        // adj: if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:  <L 86>
        wp::adj_where(var_539, var_22, var_526, adj_539, adj_22, adj_526, adj_540);
        if (var_539) {
            wp::adj_assign(var_22, var_526, adj_22, adj_526);
            // adj: continue                                                                  <L 85>
        }
        wp::adj_extract(var_526, var_535, adj_526, adj_535, adj_536);
        wp::adj_extract(var_526, var_531, adj_526, adj_531, adj_532);
        wp::adj_extract(var_526, var_527, adj_526, adj_527, adj_528);
        // adj: if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                       <L 84>
        wp::adj_vec_t(var_519, var_522, var_525, adj_519, adj_522, adj_525, adj_526);
        wp::adj_add(var_524, var_511, adj_524, adj_511, adj_525);
        wp::adj_extract(var_4, var_523, adj_4, adj_523, adj_524);
        wp::adj_add(var_521, var_512, adj_521, adj_512, adj_522);
        wp::adj_extract(var_4, var_520, adj_4, adj_520, adj_521);
        wp::adj_add(var_518, var_516, adj_518, adj_516, adj_519);
        wp::adj_extract(var_4, var_517, adj_4, adj_517, adj_518);
        // adj: nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                <L 83>
    	goto start_for_24;
    end_for_24:;
    wp::adj_range(var_513, var_514, adj_513, adj_514, adj_515);
    // adj: for dx in range(-1, 2):                                                           <L 82>
    // adj: for dy in range(-1, 2):                                                           <L 81>
    var_430 = wp::iter_reverse(var_430);
    start_for_20:;
        if (iter_cmp(var_430) == 0) goto end_for_20;
        var_431 = wp::iter_next(var_430);
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
    	adj_469 = {};
    	adj_470 = {};
    	adj_471 = {};
    	adj_472 = {};
    	adj_473 = {};
    	adj_474 = {};
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
        // nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                     <L 83>
        var_433 = wp::extract(var_4, var_432);
        var_434 = wp::add(var_433, var_431);
        var_436 = wp::extract(var_4, var_435);
        var_437 = wp::add(var_436, var_427);
        var_439 = wp::extract(var_4, var_438);
        var_440 = wp::add(var_439, var_258);
        var_441 = wp::vec_t<3, wp::int32>(var_434, var_437, var_440);
        // if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                            <L 84>
        var_443 = wp::extract(var_441, var_442);
        var_445 = (var_443 < var_444);
        var_447 = wp::extract(var_441, var_446);
        var_449 = (var_447 < var_448);
        var_451 = wp::extract(var_441, var_450);
        var_453 = (var_451 < var_452);
        var_454 = var_445 || var_449 || var_453;
        if (var_454) {
            // continue                                                                       <L 85>
            wp::assign(var_22, var_441);
            goto start_for_20;
        }
        var_455 = wp::where(var_454, var_22, var_441);
        // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
        var_457 = wp::extract(var_455, var_456);
        var_458 = &(var_params.grid_dim);
        var_461 = wp::load(var_458);
        var_460 = wp::extract(var_461, var_459);
        var_462 = (var_457 >= var_460);
        var_464 = wp::extract(var_455, var_463);
        var_465 = &(var_params.grid_dim);
        var_468 = wp::load(var_465);
        var_467 = wp::extract(var_468, var_466);
        var_469 = (var_464 >= var_467);
        var_471 = wp::extract(var_455, var_470);
        var_472 = &(var_params.grid_dim);
        var_475 = wp::load(var_472);
        var_474 = wp::extract(var_475, var_473);
        var_476 = (var_471 >= var_474);
        var_477 = var_462 || var_469 || var_476;
        if (var_477) {
            // continue                                                                       <L 87>
            wp::assign(var_22, var_455);
            goto start_for_20;
        }
        var_478 = wp::where(var_477, var_22, var_455);
        // ci = cell_index(nc, params.grid_dim)                                               <L 88>
        var_479 = &(var_params.grid_dim);
        var_481 = wp::load(var_479);
        var_480 = cell_index_0(var_478, var_481);
        // start = cell_start[ci]                                                             <L 89>
        var_482 = wp::address(var_cell_start, var_480);
        var_484 = wp::load(var_482);
        var_483 = wp::copy(var_484);
        // for k in range(start, start + cell_count[ci]):                                     <L 90>
        var_485 = wp::address(var_cell_count, var_480);
        var_487 = wp::load(var_485);
        var_486 = wp::add(var_483, var_487);
        var_488 = wp::range(var_483, var_486);
        wp::assign(var_22, var_478);
        wp::assign(var_59, var_480);
        wp::assign(var_62, var_483);
        wp::assign(var_68, var_489);
        wp::adj_assign(var_68, var_489, adj_68, adj_489);
        wp::adj_assign(var_62, var_483, adj_62, adj_483);
        wp::adj_assign(var_59, var_480, adj_59, adj_480);
        wp::adj_assign(var_22, var_478, adj_22, adj_478);
        var_488 = wp::iter_reverse(var_488);
        start_for_22:;
            if (iter_cmp(var_488) == 0) goto end_for_22;
            var_489 = wp::iter_next(var_488);
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
            // j = sorted_ids[k]                                                              <L 91>
            var_490 = wp::address(var_sorted_ids, var_489);
            var_492 = wp::load(var_490);
            var_491 = wp::copy(var_492);
            // r = p - x[j]                                                                   <L 92>
            var_493 = wp::address(var_x, var_491);
            var_495 = wp::load(var_493);
            var_494 = wp::sub(var_2, var_495);
            // d += params.mass * poly6(wp.dot(r, r), params.h)                               <L 93>
            var_496 = &(var_params.mass);
            var_497 = wp::dot(var_494, var_494);
            var_498 = &(var_params.h);
            var_500 = wp::load(var_498);
            var_499 = poly6_0(var_497, var_500);
            var_502 = wp::load(var_496);
            var_501 = wp::mul(var_502, var_499);
            var_503 = &(var_params.mass);
            var_504 = wp::dot(var_494, var_494);
            var_505 = &(var_params.h);
            var_507 = wp::load(var_505);
            var_506 = poly6_0(var_504, var_507);
            var_509 = wp::load(var_503);
            var_508 = wp::mul(var_509, var_506);
            var_510 = wp::add(var_6, var_508);
            wp::assign(var_6, var_510);
            wp::assign(var_70, var_491);
            wp::assign(var_73, var_494);
            wp::adj_assign(var_73, var_494, adj_73, adj_494);
            wp::adj_assign(var_70, var_491, adj_70, adj_491);
            wp::adj_assign(var_6, var_510, adj_6, adj_510);
            wp::adj_add(var_6, var_508, adj_6, adj_508, adj_510);
            wp::adj_mul(var_509, var_506, adj_503, adj_506, adj_508);
            adj_poly6_0(var_504, var_507, adj_504, adj_505, adj_506);
            adj_params.h += adj_505;
            wp::adj_dot(var_494, var_494, adj_494, adj_494, adj_504);
            adj_params.mass += adj_503;
            wp::adj_mul(var_502, var_499, adj_496, adj_499, adj_501);
            adj_poly6_0(var_497, var_500, adj_497, adj_498, adj_499);
            adj_params.h += adj_498;
            wp::adj_dot(var_494, var_494, adj_494, adj_494, adj_497);
            adj_params.mass += adj_496;
            // adj: d += params.mass * poly6(wp.dot(r, r), params.h)                          <L 93>
            wp::adj_sub(var_2, var_495, adj_2, adj_493, adj_494);
            wp::adj_address(var_x, var_491, adj_x, adj_491, adj_493);
            // adj: r = p - x[j]                                                              <L 92>
            wp::adj_copy(var_492, adj_490, adj_491);
            wp::adj_address(var_sorted_ids, var_489, adj_sorted_ids, adj_489, adj_490);
            // adj: j = sorted_ids[k]                                                         <L 91>
        	goto start_for_22;
        end_for_22:;
        wp::adj_range(var_483, var_486, adj_483, adj_486, adj_488);
        wp::adj_add(var_483, var_487, adj_483, adj_485, adj_486);
        wp::adj_address(var_cell_count, var_480, adj_cell_count, adj_480, adj_485);
        // adj: for k in range(start, start + cell_count[ci]):                                <L 90>
        wp::adj_copy(var_484, adj_482, adj_483);
        wp::adj_address(var_cell_start, var_480, adj_cell_start, adj_480, adj_482);
        // adj: start = cell_start[ci]                                                        <L 89>
        adj_cell_index_0(var_478, var_481, adj_478, adj_479, adj_480);
        adj_params.grid_dim = adj_479;
        // adj: ci = cell_index(nc, params.grid_dim)                                          <L 88>
        wp::adj_where(var_477, var_22, var_455, adj_477, adj_22, adj_455, adj_478);
        if (var_477) {
            wp::adj_assign(var_22, var_455, adj_22, adj_455);
            // adj: continue                                                                  <L 87>
        }
        wp::adj_extract(var_475, var_473, adj_472, adj_473, adj_474);
        adj_params.grid_dim = adj_472;
        wp::adj_extract(var_455, var_470, adj_455, adj_470, adj_471);
        wp::adj_extract(var_468, var_466, adj_465, adj_466, adj_467);
        adj_params.grid_dim = adj_465;
        wp::adj_extract(var_455, var_463, adj_455, adj_463, adj_464);
        wp::adj_extract(var_461, var_459, adj_458, adj_459, adj_460);
        adj_params.grid_dim = adj_458;
        wp::adj_extract(var_455, var_456, adj_455, adj_456, adj_457);
        // adj: if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:  <L 86>
        wp::adj_where(var_454, var_22, var_441, adj_454, adj_22, adj_441, adj_455);
        if (var_454) {
            wp::adj_assign(var_22, var_441, adj_22, adj_441);
            // adj: continue                                                                  <L 85>
        }
        wp::adj_extract(var_441, var_450, adj_441, adj_450, adj_451);
        wp::adj_extract(var_441, var_446, adj_441, adj_446, adj_447);
        wp::adj_extract(var_441, var_442, adj_441, adj_442, adj_443);
        // adj: if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                       <L 84>
        wp::adj_vec_t(var_434, var_437, var_440, adj_434, adj_437, adj_440, adj_441);
        wp::adj_add(var_439, var_258, adj_439, adj_258, adj_440);
        wp::adj_extract(var_4, var_438, adj_4, adj_438, adj_439);
        wp::adj_add(var_436, var_427, adj_436, adj_427, adj_437);
        wp::adj_extract(var_4, var_435, adj_4, adj_435, adj_436);
        wp::adj_add(var_433, var_431, adj_433, adj_431, adj_434);
        wp::adj_extract(var_4, var_432, adj_4, adj_432, adj_433);
        // adj: nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                <L 83>
    	goto start_for_20;
    end_for_20:;
    wp::adj_range(var_428, var_429, adj_428, adj_429, adj_430);
    // adj: for dx in range(-1, 2):                                                           <L 82>
    var_346 = wp::iter_reverse(var_346);
    start_for_16:;
        if (iter_cmp(var_346) == 0) goto end_for_16;
        var_347 = wp::iter_next(var_346);
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
    	adj_403 = {};
    	adj_404 = {};
        // nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                     <L 83>
        var_349 = wp::extract(var_4, var_348);
        var_350 = wp::add(var_349, var_347);
        var_352 = wp::extract(var_4, var_351);
        var_353 = wp::add(var_352, var_343);
        var_355 = wp::extract(var_4, var_354);
        var_356 = wp::add(var_355, var_258);
        var_357 = wp::vec_t<3, wp::int32>(var_350, var_353, var_356);
        // if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                            <L 84>
        var_359 = wp::extract(var_357, var_358);
        var_361 = (var_359 < var_360);
        var_363 = wp::extract(var_357, var_362);
        var_365 = (var_363 < var_364);
        var_367 = wp::extract(var_357, var_366);
        var_369 = (var_367 < var_368);
        var_370 = var_361 || var_365 || var_369;
        if (var_370) {
            // continue                                                                       <L 85>
            wp::assign(var_22, var_357);
            goto start_for_16;
        }
        var_371 = wp::where(var_370, var_22, var_357);
        // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
        var_373 = wp::extract(var_371, var_372);
        var_374 = &(var_params.grid_dim);
        var_377 = wp::load(var_374);
        var_376 = wp::extract(var_377, var_375);
        var_378 = (var_373 >= var_376);
        var_380 = wp::extract(var_371, var_379);
        var_381 = &(var_params.grid_dim);
        var_384 = wp::load(var_381);
        var_383 = wp::extract(var_384, var_382);
        var_385 = (var_380 >= var_383);
        var_387 = wp::extract(var_371, var_386);
        var_388 = &(var_params.grid_dim);
        var_391 = wp::load(var_388);
        var_390 = wp::extract(var_391, var_389);
        var_392 = (var_387 >= var_390);
        var_393 = var_378 || var_385 || var_392;
        if (var_393) {
            // continue                                                                       <L 87>
            wp::assign(var_22, var_371);
            goto start_for_16;
        }
        var_394 = wp::where(var_393, var_22, var_371);
        // ci = cell_index(nc, params.grid_dim)                                               <L 88>
        var_395 = &(var_params.grid_dim);
        var_397 = wp::load(var_395);
        var_396 = cell_index_0(var_394, var_397);
        // start = cell_start[ci]                                                             <L 89>
        var_398 = wp::address(var_cell_start, var_396);
        var_400 = wp::load(var_398);
        var_399 = wp::copy(var_400);
        // for k in range(start, start + cell_count[ci]):                                     <L 90>
        var_401 = wp::address(var_cell_count, var_396);
        var_403 = wp::load(var_401);
        var_402 = wp::add(var_399, var_403);
        var_404 = wp::range(var_399, var_402);
        wp::assign(var_22, var_394);
        wp::assign(var_59, var_396);
        wp::assign(var_62, var_399);
        wp::assign(var_68, var_405);
        wp::adj_assign(var_68, var_405, adj_68, adj_405);
        wp::adj_assign(var_62, var_399, adj_62, adj_399);
        wp::adj_assign(var_59, var_396, adj_59, adj_396);
        wp::adj_assign(var_22, var_394, adj_22, adj_394);
        var_404 = wp::iter_reverse(var_404);
        start_for_18:;
            if (iter_cmp(var_404) == 0) goto end_for_18;
            var_405 = wp::iter_next(var_404);
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
            // j = sorted_ids[k]                                                              <L 91>
            var_406 = wp::address(var_sorted_ids, var_405);
            var_408 = wp::load(var_406);
            var_407 = wp::copy(var_408);
            // r = p - x[j]                                                                   <L 92>
            var_409 = wp::address(var_x, var_407);
            var_411 = wp::load(var_409);
            var_410 = wp::sub(var_2, var_411);
            // d += params.mass * poly6(wp.dot(r, r), params.h)                               <L 93>
            var_412 = &(var_params.mass);
            var_413 = wp::dot(var_410, var_410);
            var_414 = &(var_params.h);
            var_416 = wp::load(var_414);
            var_415 = poly6_0(var_413, var_416);
            var_418 = wp::load(var_412);
            var_417 = wp::mul(var_418, var_415);
            var_419 = &(var_params.mass);
            var_420 = wp::dot(var_410, var_410);
            var_421 = &(var_params.h);
            var_423 = wp::load(var_421);
            var_422 = poly6_0(var_420, var_423);
            var_425 = wp::load(var_419);
            var_424 = wp::mul(var_425, var_422);
            var_426 = wp::add(var_6, var_424);
            wp::assign(var_6, var_426);
            wp::assign(var_70, var_407);
            wp::assign(var_73, var_410);
            wp::adj_assign(var_73, var_410, adj_73, adj_410);
            wp::adj_assign(var_70, var_407, adj_70, adj_407);
            wp::adj_assign(var_6, var_426, adj_6, adj_426);
            wp::adj_add(var_6, var_424, adj_6, adj_424, adj_426);
            wp::adj_mul(var_425, var_422, adj_419, adj_422, adj_424);
            adj_poly6_0(var_420, var_423, adj_420, adj_421, adj_422);
            adj_params.h += adj_421;
            wp::adj_dot(var_410, var_410, adj_410, adj_410, adj_420);
            adj_params.mass += adj_419;
            wp::adj_mul(var_418, var_415, adj_412, adj_415, adj_417);
            adj_poly6_0(var_413, var_416, adj_413, adj_414, adj_415);
            adj_params.h += adj_414;
            wp::adj_dot(var_410, var_410, adj_410, adj_410, adj_413);
            adj_params.mass += adj_412;
            // adj: d += params.mass * poly6(wp.dot(r, r), params.h)                          <L 93>
            wp::adj_sub(var_2, var_411, adj_2, adj_409, adj_410);
            wp::adj_address(var_x, var_407, adj_x, adj_407, adj_409);
            // adj: r = p - x[j]                                                              <L 92>
            wp::adj_copy(var_408, adj_406, adj_407);
            wp::adj_address(var_sorted_ids, var_405, adj_sorted_ids, adj_405, adj_406);
            // adj: j = sorted_ids[k]                                                         <L 91>
        	goto start_for_18;
        end_for_18:;
        wp::adj_range(var_399, var_402, adj_399, adj_402, adj_404);
        wp::adj_add(var_399, var_403, adj_399, adj_401, adj_402);
        wp::adj_address(var_cell_count, var_396, adj_cell_count, adj_396, adj_401);
        // adj: for k in range(start, start + cell_count[ci]):                                <L 90>
        wp::adj_copy(var_400, adj_398, adj_399);
        wp::adj_address(var_cell_start, var_396, adj_cell_start, adj_396, adj_398);
        // adj: start = cell_start[ci]                                                        <L 89>
        adj_cell_index_0(var_394, var_397, adj_394, adj_395, adj_396);
        adj_params.grid_dim = adj_395;
        // adj: ci = cell_index(nc, params.grid_dim)                                          <L 88>
        wp::adj_where(var_393, var_22, var_371, adj_393, adj_22, adj_371, adj_394);
        if (var_393) {
            wp::adj_assign(var_22, var_371, adj_22, adj_371);
            // adj: continue                                                                  <L 87>
        }
        wp::adj_extract(var_391, var_389, adj_388, adj_389, adj_390);
        adj_params.grid_dim = adj_388;
        wp::adj_extract(var_371, var_386, adj_371, adj_386, adj_387);
        wp::adj_extract(var_384, var_382, adj_381, adj_382, adj_383);
        adj_params.grid_dim = adj_381;
        wp::adj_extract(var_371, var_379, adj_371, adj_379, adj_380);
        wp::adj_extract(var_377, var_375, adj_374, adj_375, adj_376);
        adj_params.grid_dim = adj_374;
        wp::adj_extract(var_371, var_372, adj_371, adj_372, adj_373);
        // adj: if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:  <L 86>
        wp::adj_where(var_370, var_22, var_357, adj_370, adj_22, adj_357, adj_371);
        if (var_370) {
            wp::adj_assign(var_22, var_357, adj_22, adj_357);
            // adj: continue                                                                  <L 85>
        }
        wp::adj_extract(var_357, var_366, adj_357, adj_366, adj_367);
        wp::adj_extract(var_357, var_362, adj_357, adj_362, adj_363);
        wp::adj_extract(var_357, var_358, adj_357, adj_358, adj_359);
        // adj: if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                       <L 84>
        wp::adj_vec_t(var_350, var_353, var_356, adj_350, adj_353, adj_356, adj_357);
        wp::adj_add(var_355, var_258, adj_355, adj_258, adj_356);
        wp::adj_extract(var_4, var_354, adj_4, adj_354, adj_355);
        wp::adj_add(var_352, var_343, adj_352, adj_343, adj_353);
        wp::adj_extract(var_4, var_351, adj_4, adj_351, adj_352);
        wp::adj_add(var_349, var_347, adj_349, adj_347, adj_350);
        wp::adj_extract(var_4, var_348, adj_4, adj_348, adj_349);
        // adj: nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                <L 83>
    	goto start_for_16;
    end_for_16:;
    wp::adj_range(var_344, var_345, adj_344, adj_345, adj_346);
    // adj: for dx in range(-1, 2):                                                           <L 82>
    var_262 = wp::iter_reverse(var_262);
    start_for_12:;
        if (iter_cmp(var_262) == 0) goto end_for_12;
        var_263 = wp::iter_next(var_262);
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
    	adj_300 = {};
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
    	adj_315 = {};
    	adj_316 = {};
    	adj_317 = {};
    	adj_318 = {};
    	adj_319 = {};
    	adj_320 = {};
        // nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                     <L 83>
        var_265 = wp::extract(var_4, var_264);
        var_266 = wp::add(var_265, var_263);
        var_268 = wp::extract(var_4, var_267);
        var_269 = wp::add(var_268, var_259);
        var_271 = wp::extract(var_4, var_270);
        var_272 = wp::add(var_271, var_258);
        var_273 = wp::vec_t<3, wp::int32>(var_266, var_269, var_272);
        // if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                            <L 84>
        var_275 = wp::extract(var_273, var_274);
        var_277 = (var_275 < var_276);
        var_279 = wp::extract(var_273, var_278);
        var_281 = (var_279 < var_280);
        var_283 = wp::extract(var_273, var_282);
        var_285 = (var_283 < var_284);
        var_286 = var_277 || var_281 || var_285;
        if (var_286) {
            // continue                                                                       <L 85>
            wp::assign(var_22, var_273);
            goto start_for_12;
        }
        var_287 = wp::where(var_286, var_22, var_273);
        // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
        var_289 = wp::extract(var_287, var_288);
        var_290 = &(var_params.grid_dim);
        var_293 = wp::load(var_290);
        var_292 = wp::extract(var_293, var_291);
        var_294 = (var_289 >= var_292);
        var_296 = wp::extract(var_287, var_295);
        var_297 = &(var_params.grid_dim);
        var_300 = wp::load(var_297);
        var_299 = wp::extract(var_300, var_298);
        var_301 = (var_296 >= var_299);
        var_303 = wp::extract(var_287, var_302);
        var_304 = &(var_params.grid_dim);
        var_307 = wp::load(var_304);
        var_306 = wp::extract(var_307, var_305);
        var_308 = (var_303 >= var_306);
        var_309 = var_294 || var_301 || var_308;
        if (var_309) {
            // continue                                                                       <L 87>
            wp::assign(var_22, var_287);
            goto start_for_12;
        }
        var_310 = wp::where(var_309, var_22, var_287);
        // ci = cell_index(nc, params.grid_dim)                                               <L 88>
        var_311 = &(var_params.grid_dim);
        var_313 = wp::load(var_311);
        var_312 = cell_index_0(var_310, var_313);
        // start = cell_start[ci]                                                             <L 89>
        var_314 = wp::address(var_cell_start, var_312);
        var_316 = wp::load(var_314);
        var_315 = wp::copy(var_316);
        // for k in range(start, start + cell_count[ci]):                                     <L 90>
        var_317 = wp::address(var_cell_count, var_312);
        var_319 = wp::load(var_317);
        var_318 = wp::add(var_315, var_319);
        var_320 = wp::range(var_315, var_318);
        wp::assign(var_22, var_310);
        wp::assign(var_59, var_312);
        wp::assign(var_62, var_315);
        wp::assign(var_68, var_321);
        wp::adj_assign(var_68, var_321, adj_68, adj_321);
        wp::adj_assign(var_62, var_315, adj_62, adj_315);
        wp::adj_assign(var_59, var_312, adj_59, adj_312);
        wp::adj_assign(var_22, var_310, adj_22, adj_310);
        var_320 = wp::iter_reverse(var_320);
        start_for_14:;
            if (iter_cmp(var_320) == 0) goto end_for_14;
            var_321 = wp::iter_next(var_320);
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
            // j = sorted_ids[k]                                                              <L 91>
            var_322 = wp::address(var_sorted_ids, var_321);
            var_324 = wp::load(var_322);
            var_323 = wp::copy(var_324);
            // r = p - x[j]                                                                   <L 92>
            var_325 = wp::address(var_x, var_323);
            var_327 = wp::load(var_325);
            var_326 = wp::sub(var_2, var_327);
            // d += params.mass * poly6(wp.dot(r, r), params.h)                               <L 93>
            var_328 = &(var_params.mass);
            var_329 = wp::dot(var_326, var_326);
            var_330 = &(var_params.h);
            var_332 = wp::load(var_330);
            var_331 = poly6_0(var_329, var_332);
            var_334 = wp::load(var_328);
            var_333 = wp::mul(var_334, var_331);
            var_335 = &(var_params.mass);
            var_336 = wp::dot(var_326, var_326);
            var_337 = &(var_params.h);
            var_339 = wp::load(var_337);
            var_338 = poly6_0(var_336, var_339);
            var_341 = wp::load(var_335);
            var_340 = wp::mul(var_341, var_338);
            var_342 = wp::add(var_6, var_340);
            wp::assign(var_6, var_342);
            wp::assign(var_70, var_323);
            wp::assign(var_73, var_326);
            wp::adj_assign(var_73, var_326, adj_73, adj_326);
            wp::adj_assign(var_70, var_323, adj_70, adj_323);
            wp::adj_assign(var_6, var_342, adj_6, adj_342);
            wp::adj_add(var_6, var_340, adj_6, adj_340, adj_342);
            wp::adj_mul(var_341, var_338, adj_335, adj_338, adj_340);
            adj_poly6_0(var_336, var_339, adj_336, adj_337, adj_338);
            adj_params.h += adj_337;
            wp::adj_dot(var_326, var_326, adj_326, adj_326, adj_336);
            adj_params.mass += adj_335;
            wp::adj_mul(var_334, var_331, adj_328, adj_331, adj_333);
            adj_poly6_0(var_329, var_332, adj_329, adj_330, adj_331);
            adj_params.h += adj_330;
            wp::adj_dot(var_326, var_326, adj_326, adj_326, adj_329);
            adj_params.mass += adj_328;
            // adj: d += params.mass * poly6(wp.dot(r, r), params.h)                          <L 93>
            wp::adj_sub(var_2, var_327, adj_2, adj_325, adj_326);
            wp::adj_address(var_x, var_323, adj_x, adj_323, adj_325);
            // adj: r = p - x[j]                                                              <L 92>
            wp::adj_copy(var_324, adj_322, adj_323);
            wp::adj_address(var_sorted_ids, var_321, adj_sorted_ids, adj_321, adj_322);
            // adj: j = sorted_ids[k]                                                         <L 91>
        	goto start_for_14;
        end_for_14:;
        wp::adj_range(var_315, var_318, adj_315, adj_318, adj_320);
        wp::adj_add(var_315, var_319, adj_315, adj_317, adj_318);
        wp::adj_address(var_cell_count, var_312, adj_cell_count, adj_312, adj_317);
        // adj: for k in range(start, start + cell_count[ci]):                                <L 90>
        wp::adj_copy(var_316, adj_314, adj_315);
        wp::adj_address(var_cell_start, var_312, adj_cell_start, adj_312, adj_314);
        // adj: start = cell_start[ci]                                                        <L 89>
        adj_cell_index_0(var_310, var_313, adj_310, adj_311, adj_312);
        adj_params.grid_dim = adj_311;
        // adj: ci = cell_index(nc, params.grid_dim)                                          <L 88>
        wp::adj_where(var_309, var_22, var_287, adj_309, adj_22, adj_287, adj_310);
        if (var_309) {
            wp::adj_assign(var_22, var_287, adj_22, adj_287);
            // adj: continue                                                                  <L 87>
        }
        wp::adj_extract(var_307, var_305, adj_304, adj_305, adj_306);
        adj_params.grid_dim = adj_304;
        wp::adj_extract(var_287, var_302, adj_287, adj_302, adj_303);
        wp::adj_extract(var_300, var_298, adj_297, adj_298, adj_299);
        adj_params.grid_dim = adj_297;
        wp::adj_extract(var_287, var_295, adj_287, adj_295, adj_296);
        wp::adj_extract(var_293, var_291, adj_290, adj_291, adj_292);
        adj_params.grid_dim = adj_290;
        wp::adj_extract(var_287, var_288, adj_287, adj_288, adj_289);
        // adj: if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:  <L 86>
        wp::adj_where(var_286, var_22, var_273, adj_286, adj_22, adj_273, adj_287);
        if (var_286) {
            wp::adj_assign(var_22, var_273, adj_22, adj_273);
            // adj: continue                                                                  <L 85>
        }
        wp::adj_extract(var_273, var_282, adj_273, adj_282, adj_283);
        wp::adj_extract(var_273, var_278, adj_273, adj_278, adj_279);
        wp::adj_extract(var_273, var_274, adj_273, adj_274, adj_275);
        // adj: if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                       <L 84>
        wp::adj_vec_t(var_266, var_269, var_272, adj_266, adj_269, adj_272, adj_273);
        wp::adj_add(var_271, var_258, adj_271, adj_258, adj_272);
        wp::adj_extract(var_4, var_270, adj_4, adj_270, adj_271);
        wp::adj_add(var_268, var_259, adj_268, adj_259, adj_269);
        wp::adj_extract(var_4, var_267, adj_4, adj_267, adj_268);
        wp::adj_add(var_265, var_263, adj_265, adj_263, adj_266);
        wp::adj_extract(var_4, var_264, adj_4, adj_264, adj_265);
        // adj: nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                <L 83>
    	goto start_for_12;
    end_for_12:;
    wp::adj_range(var_260, var_261, adj_260, adj_261, adj_262);
    // adj: for dx in range(-1, 2):                                                           <L 82>
    // adj: for dy in range(-1, 2):                                                           <L 81>
    var_177 = wp::iter_reverse(var_177);
    start_for_8:;
        if (iter_cmp(var_177) == 0) goto end_for_8;
        var_178 = wp::iter_next(var_177);
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
    	adj_234 = {};
    	adj_235 = {};
        // nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                     <L 83>
        var_180 = wp::extract(var_4, var_179);
        var_181 = wp::add(var_180, var_178);
        var_183 = wp::extract(var_4, var_182);
        var_184 = wp::add(var_183, var_174);
        var_186 = wp::extract(var_4, var_185);
        var_187 = wp::add(var_186, var_7);
        var_188 = wp::vec_t<3, wp::int32>(var_181, var_184, var_187);
        // if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                            <L 84>
        var_190 = wp::extract(var_188, var_189);
        var_192 = (var_190 < var_191);
        var_194 = wp::extract(var_188, var_193);
        var_196 = (var_194 < var_195);
        var_198 = wp::extract(var_188, var_197);
        var_200 = (var_198 < var_199);
        var_201 = var_192 || var_196 || var_200;
        if (var_201) {
            // continue                                                                       <L 85>
            wp::assign(var_22, var_188);
            goto start_for_8;
        }
        var_202 = wp::where(var_201, var_22, var_188);
        // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
        var_204 = wp::extract(var_202, var_203);
        var_205 = &(var_params.grid_dim);
        var_208 = wp::load(var_205);
        var_207 = wp::extract(var_208, var_206);
        var_209 = (var_204 >= var_207);
        var_211 = wp::extract(var_202, var_210);
        var_212 = &(var_params.grid_dim);
        var_215 = wp::load(var_212);
        var_214 = wp::extract(var_215, var_213);
        var_216 = (var_211 >= var_214);
        var_218 = wp::extract(var_202, var_217);
        var_219 = &(var_params.grid_dim);
        var_222 = wp::load(var_219);
        var_221 = wp::extract(var_222, var_220);
        var_223 = (var_218 >= var_221);
        var_224 = var_209 || var_216 || var_223;
        if (var_224) {
            // continue                                                                       <L 87>
            wp::assign(var_22, var_202);
            goto start_for_8;
        }
        var_225 = wp::where(var_224, var_22, var_202);
        // ci = cell_index(nc, params.grid_dim)                                               <L 88>
        var_226 = &(var_params.grid_dim);
        var_228 = wp::load(var_226);
        var_227 = cell_index_0(var_225, var_228);
        // start = cell_start[ci]                                                             <L 89>
        var_229 = wp::address(var_cell_start, var_227);
        var_231 = wp::load(var_229);
        var_230 = wp::copy(var_231);
        // for k in range(start, start + cell_count[ci]):                                     <L 90>
        var_232 = wp::address(var_cell_count, var_227);
        var_234 = wp::load(var_232);
        var_233 = wp::add(var_230, var_234);
        var_235 = wp::range(var_230, var_233);
        wp::assign(var_22, var_225);
        wp::assign(var_59, var_227);
        wp::assign(var_62, var_230);
        wp::assign(var_68, var_236);
        wp::adj_assign(var_68, var_236, adj_68, adj_236);
        wp::adj_assign(var_62, var_230, adj_62, adj_230);
        wp::adj_assign(var_59, var_227, adj_59, adj_227);
        wp::adj_assign(var_22, var_225, adj_22, adj_225);
        var_235 = wp::iter_reverse(var_235);
        start_for_10:;
            if (iter_cmp(var_235) == 0) goto end_for_10;
            var_236 = wp::iter_next(var_235);
        	adj_237 = {};
        	adj_238 = {};
        	adj_239 = {};
        	adj_240 = {};
        	adj_241 = {};
        	adj_242 = {};
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
            // j = sorted_ids[k]                                                              <L 91>
            var_237 = wp::address(var_sorted_ids, var_236);
            var_239 = wp::load(var_237);
            var_238 = wp::copy(var_239);
            // r = p - x[j]                                                                   <L 92>
            var_240 = wp::address(var_x, var_238);
            var_242 = wp::load(var_240);
            var_241 = wp::sub(var_2, var_242);
            // d += params.mass * poly6(wp.dot(r, r), params.h)                               <L 93>
            var_243 = &(var_params.mass);
            var_244 = wp::dot(var_241, var_241);
            var_245 = &(var_params.h);
            var_247 = wp::load(var_245);
            var_246 = poly6_0(var_244, var_247);
            var_249 = wp::load(var_243);
            var_248 = wp::mul(var_249, var_246);
            var_250 = &(var_params.mass);
            var_251 = wp::dot(var_241, var_241);
            var_252 = &(var_params.h);
            var_254 = wp::load(var_252);
            var_253 = poly6_0(var_251, var_254);
            var_256 = wp::load(var_250);
            var_255 = wp::mul(var_256, var_253);
            var_257 = wp::add(var_6, var_255);
            wp::assign(var_6, var_257);
            wp::assign(var_70, var_238);
            wp::assign(var_73, var_241);
            wp::adj_assign(var_73, var_241, adj_73, adj_241);
            wp::adj_assign(var_70, var_238, adj_70, adj_238);
            wp::adj_assign(var_6, var_257, adj_6, adj_257);
            wp::adj_add(var_6, var_255, adj_6, adj_255, adj_257);
            wp::adj_mul(var_256, var_253, adj_250, adj_253, adj_255);
            adj_poly6_0(var_251, var_254, adj_251, adj_252, adj_253);
            adj_params.h += adj_252;
            wp::adj_dot(var_241, var_241, adj_241, adj_241, adj_251);
            adj_params.mass += adj_250;
            wp::adj_mul(var_249, var_246, adj_243, adj_246, adj_248);
            adj_poly6_0(var_244, var_247, adj_244, adj_245, adj_246);
            adj_params.h += adj_245;
            wp::adj_dot(var_241, var_241, adj_241, adj_241, adj_244);
            adj_params.mass += adj_243;
            // adj: d += params.mass * poly6(wp.dot(r, r), params.h)                          <L 93>
            wp::adj_sub(var_2, var_242, adj_2, adj_240, adj_241);
            wp::adj_address(var_x, var_238, adj_x, adj_238, adj_240);
            // adj: r = p - x[j]                                                              <L 92>
            wp::adj_copy(var_239, adj_237, adj_238);
            wp::adj_address(var_sorted_ids, var_236, adj_sorted_ids, adj_236, adj_237);
            // adj: j = sorted_ids[k]                                                         <L 91>
        	goto start_for_10;
        end_for_10:;
        wp::adj_range(var_230, var_233, adj_230, adj_233, adj_235);
        wp::adj_add(var_230, var_234, adj_230, adj_232, adj_233);
        wp::adj_address(var_cell_count, var_227, adj_cell_count, adj_227, adj_232);
        // adj: for k in range(start, start + cell_count[ci]):                                <L 90>
        wp::adj_copy(var_231, adj_229, adj_230);
        wp::adj_address(var_cell_start, var_227, adj_cell_start, adj_227, adj_229);
        // adj: start = cell_start[ci]                                                        <L 89>
        adj_cell_index_0(var_225, var_228, adj_225, adj_226, adj_227);
        adj_params.grid_dim = adj_226;
        // adj: ci = cell_index(nc, params.grid_dim)                                          <L 88>
        wp::adj_where(var_224, var_22, var_202, adj_224, adj_22, adj_202, adj_225);
        if (var_224) {
            wp::adj_assign(var_22, var_202, adj_22, adj_202);
            // adj: continue                                                                  <L 87>
        }
        wp::adj_extract(var_222, var_220, adj_219, adj_220, adj_221);
        adj_params.grid_dim = adj_219;
        wp::adj_extract(var_202, var_217, adj_202, adj_217, adj_218);
        wp::adj_extract(var_215, var_213, adj_212, adj_213, adj_214);
        adj_params.grid_dim = adj_212;
        wp::adj_extract(var_202, var_210, adj_202, adj_210, adj_211);
        wp::adj_extract(var_208, var_206, adj_205, adj_206, adj_207);
        adj_params.grid_dim = adj_205;
        wp::adj_extract(var_202, var_203, adj_202, adj_203, adj_204);
        // adj: if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:  <L 86>
        wp::adj_where(var_201, var_22, var_188, adj_201, adj_22, adj_188, adj_202);
        if (var_201) {
            wp::adj_assign(var_22, var_188, adj_22, adj_188);
            // adj: continue                                                                  <L 85>
        }
        wp::adj_extract(var_188, var_197, adj_188, adj_197, adj_198);
        wp::adj_extract(var_188, var_193, adj_188, adj_193, adj_194);
        wp::adj_extract(var_188, var_189, adj_188, adj_189, adj_190);
        // adj: if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                       <L 84>
        wp::adj_vec_t(var_181, var_184, var_187, adj_181, adj_184, adj_187, adj_188);
        wp::adj_add(var_186, var_7, adj_186, adj_7, adj_187);
        wp::adj_extract(var_4, var_185, adj_4, adj_185, adj_186);
        wp::adj_add(var_183, var_174, adj_183, adj_174, adj_184);
        wp::adj_extract(var_4, var_182, adj_4, adj_182, adj_183);
        wp::adj_add(var_180, var_178, adj_180, adj_178, adj_181);
        wp::adj_extract(var_4, var_179, adj_4, adj_179, adj_180);
        // adj: nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                <L 83>
    	goto start_for_8;
    end_for_8:;
    wp::adj_range(var_175, var_176, adj_175, adj_176, adj_177);
    // adj: for dx in range(-1, 2):                                                           <L 82>
    var_93 = wp::iter_reverse(var_93);
    start_for_4:;
        if (iter_cmp(var_93) == 0) goto end_for_4;
        var_94 = wp::iter_next(var_93);
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
    	adj_145 = {};
    	adj_146 = {};
    	adj_147 = {};
    	adj_148 = {};
    	adj_149 = {};
    	adj_150 = {};
    	adj_151 = {};
        // nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                     <L 83>
        var_96 = wp::extract(var_4, var_95);
        var_97 = wp::add(var_96, var_94);
        var_99 = wp::extract(var_4, var_98);
        var_100 = wp::add(var_99, var_90);
        var_102 = wp::extract(var_4, var_101);
        var_103 = wp::add(var_102, var_7);
        var_104 = wp::vec_t<3, wp::int32>(var_97, var_100, var_103);
        // if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                            <L 84>
        var_106 = wp::extract(var_104, var_105);
        var_108 = (var_106 < var_107);
        var_110 = wp::extract(var_104, var_109);
        var_112 = (var_110 < var_111);
        var_114 = wp::extract(var_104, var_113);
        var_116 = (var_114 < var_115);
        var_117 = var_108 || var_112 || var_116;
        if (var_117) {
            // continue                                                                       <L 85>
            wp::assign(var_22, var_104);
            goto start_for_4;
        }
        var_118 = wp::where(var_117, var_22, var_104);
        // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
        var_120 = wp::extract(var_118, var_119);
        var_121 = &(var_params.grid_dim);
        var_124 = wp::load(var_121);
        var_123 = wp::extract(var_124, var_122);
        var_125 = (var_120 >= var_123);
        var_127 = wp::extract(var_118, var_126);
        var_128 = &(var_params.grid_dim);
        var_131 = wp::load(var_128);
        var_130 = wp::extract(var_131, var_129);
        var_132 = (var_127 >= var_130);
        var_134 = wp::extract(var_118, var_133);
        var_135 = &(var_params.grid_dim);
        var_138 = wp::load(var_135);
        var_137 = wp::extract(var_138, var_136);
        var_139 = (var_134 >= var_137);
        var_140 = var_125 || var_132 || var_139;
        if (var_140) {
            // continue                                                                       <L 87>
            wp::assign(var_22, var_118);
            goto start_for_4;
        }
        var_141 = wp::where(var_140, var_22, var_118);
        // ci = cell_index(nc, params.grid_dim)                                               <L 88>
        var_142 = &(var_params.grid_dim);
        var_144 = wp::load(var_142);
        var_143 = cell_index_0(var_141, var_144);
        // start = cell_start[ci]                                                             <L 89>
        var_145 = wp::address(var_cell_start, var_143);
        var_147 = wp::load(var_145);
        var_146 = wp::copy(var_147);
        // for k in range(start, start + cell_count[ci]):                                     <L 90>
        var_148 = wp::address(var_cell_count, var_143);
        var_150 = wp::load(var_148);
        var_149 = wp::add(var_146, var_150);
        var_151 = wp::range(var_146, var_149);
        wp::assign(var_22, var_141);
        wp::assign(var_59, var_143);
        wp::assign(var_62, var_146);
        wp::assign(var_68, var_152);
        wp::adj_assign(var_68, var_152, adj_68, adj_152);
        wp::adj_assign(var_62, var_146, adj_62, adj_146);
        wp::adj_assign(var_59, var_143, adj_59, adj_143);
        wp::adj_assign(var_22, var_141, adj_22, adj_141);
        var_151 = wp::iter_reverse(var_151);
        start_for_6:;
            if (iter_cmp(var_151) == 0) goto end_for_6;
            var_152 = wp::iter_next(var_151);
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
            // j = sorted_ids[k]                                                              <L 91>
            var_153 = wp::address(var_sorted_ids, var_152);
            var_155 = wp::load(var_153);
            var_154 = wp::copy(var_155);
            // r = p - x[j]                                                                   <L 92>
            var_156 = wp::address(var_x, var_154);
            var_158 = wp::load(var_156);
            var_157 = wp::sub(var_2, var_158);
            // d += params.mass * poly6(wp.dot(r, r), params.h)                               <L 93>
            var_159 = &(var_params.mass);
            var_160 = wp::dot(var_157, var_157);
            var_161 = &(var_params.h);
            var_163 = wp::load(var_161);
            var_162 = poly6_0(var_160, var_163);
            var_165 = wp::load(var_159);
            var_164 = wp::mul(var_165, var_162);
            var_166 = &(var_params.mass);
            var_167 = wp::dot(var_157, var_157);
            var_168 = &(var_params.h);
            var_170 = wp::load(var_168);
            var_169 = poly6_0(var_167, var_170);
            var_172 = wp::load(var_166);
            var_171 = wp::mul(var_172, var_169);
            var_173 = wp::add(var_6, var_171);
            wp::assign(var_6, var_173);
            wp::assign(var_70, var_154);
            wp::assign(var_73, var_157);
            wp::adj_assign(var_73, var_157, adj_73, adj_157);
            wp::adj_assign(var_70, var_154, adj_70, adj_154);
            wp::adj_assign(var_6, var_173, adj_6, adj_173);
            wp::adj_add(var_6, var_171, adj_6, adj_171, adj_173);
            wp::adj_mul(var_172, var_169, adj_166, adj_169, adj_171);
            adj_poly6_0(var_167, var_170, adj_167, adj_168, adj_169);
            adj_params.h += adj_168;
            wp::adj_dot(var_157, var_157, adj_157, adj_157, adj_167);
            adj_params.mass += adj_166;
            wp::adj_mul(var_165, var_162, adj_159, adj_162, adj_164);
            adj_poly6_0(var_160, var_163, adj_160, adj_161, adj_162);
            adj_params.h += adj_161;
            wp::adj_dot(var_157, var_157, adj_157, adj_157, adj_160);
            adj_params.mass += adj_159;
            // adj: d += params.mass * poly6(wp.dot(r, r), params.h)                          <L 93>
            wp::adj_sub(var_2, var_158, adj_2, adj_156, adj_157);
            wp::adj_address(var_x, var_154, adj_x, adj_154, adj_156);
            // adj: r = p - x[j]                                                              <L 92>
            wp::adj_copy(var_155, adj_153, adj_154);
            wp::adj_address(var_sorted_ids, var_152, adj_sorted_ids, adj_152, adj_153);
            // adj: j = sorted_ids[k]                                                         <L 91>
        	goto start_for_6;
        end_for_6:;
        wp::adj_range(var_146, var_149, adj_146, adj_149, adj_151);
        wp::adj_add(var_146, var_150, adj_146, adj_148, adj_149);
        wp::adj_address(var_cell_count, var_143, adj_cell_count, adj_143, adj_148);
        // adj: for k in range(start, start + cell_count[ci]):                                <L 90>
        wp::adj_copy(var_147, adj_145, adj_146);
        wp::adj_address(var_cell_start, var_143, adj_cell_start, adj_143, adj_145);
        // adj: start = cell_start[ci]                                                        <L 89>
        adj_cell_index_0(var_141, var_144, adj_141, adj_142, adj_143);
        adj_params.grid_dim = adj_142;
        // adj: ci = cell_index(nc, params.grid_dim)                                          <L 88>
        wp::adj_where(var_140, var_22, var_118, adj_140, adj_22, adj_118, adj_141);
        if (var_140) {
            wp::adj_assign(var_22, var_118, adj_22, adj_118);
            // adj: continue                                                                  <L 87>
        }
        wp::adj_extract(var_138, var_136, adj_135, adj_136, adj_137);
        adj_params.grid_dim = adj_135;
        wp::adj_extract(var_118, var_133, adj_118, adj_133, adj_134);
        wp::adj_extract(var_131, var_129, adj_128, adj_129, adj_130);
        adj_params.grid_dim = adj_128;
        wp::adj_extract(var_118, var_126, adj_118, adj_126, adj_127);
        wp::adj_extract(var_124, var_122, adj_121, adj_122, adj_123);
        adj_params.grid_dim = adj_121;
        wp::adj_extract(var_118, var_119, adj_118, adj_119, adj_120);
        // adj: if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:  <L 86>
        wp::adj_where(var_117, var_22, var_104, adj_117, adj_22, adj_104, adj_118);
        if (var_117) {
            wp::adj_assign(var_22, var_104, adj_22, adj_104);
            // adj: continue                                                                  <L 85>
        }
        wp::adj_extract(var_104, var_113, adj_104, adj_113, adj_114);
        wp::adj_extract(var_104, var_109, adj_104, adj_109, adj_110);
        wp::adj_extract(var_104, var_105, adj_104, adj_105, adj_106);
        // adj: if nc[0] < 0 or nc[1] < 0 or nc[2] < 0:                                       <L 84>
        wp::adj_vec_t(var_97, var_100, var_103, adj_97, adj_100, adj_103, adj_104);
        wp::adj_add(var_102, var_7, adj_102, adj_7, adj_103);
        wp::adj_extract(var_4, var_101, adj_4, adj_101, adj_102);
        wp::adj_add(var_99, var_90, adj_99, adj_90, adj_100);
        wp::adj_extract(var_4, var_98, adj_4, adj_98, adj_99);
        wp::adj_add(var_96, var_94, adj_96, adj_94, adj_97);
        wp::adj_extract(var_4, var_95, adj_4, adj_95, adj_96);
        // adj: nc = wp.vec3i(c[0] + dx, c[1] + dy, c[2] + dz)                                <L 83>
    	goto start_for_4;
    end_for_4:;
    wp::adj_range(var_91, var_92, adj_91, adj_92, adj_93);
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
        var_24 = wp::extract(var_22, var_23);
        var_26 = (var_24 < var_25);
        var_28 = wp::extract(var_22, var_27);
        var_30 = (var_28 < var_29);
        var_32 = wp::extract(var_22, var_31);
        var_34 = (var_32 < var_33);
        var_35 = var_26 || var_30 || var_34;
        if (var_35) {
            // continue                                                                       <L 85>
            goto start_for_0;
        }
        // if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:       <L 86>
        var_37 = wp::extract(var_22, var_36);
        var_38 = &(var_params.grid_dim);
        var_41 = wp::load(var_38);
        var_40 = wp::extract(var_41, var_39);
        var_42 = (var_37 >= var_40);
        var_44 = wp::extract(var_22, var_43);
        var_45 = &(var_params.grid_dim);
        var_48 = wp::load(var_45);
        var_47 = wp::extract(var_48, var_46);
        var_49 = (var_44 >= var_47);
        var_51 = wp::extract(var_22, var_50);
        var_52 = &(var_params.grid_dim);
        var_55 = wp::load(var_52);
        var_54 = wp::extract(var_55, var_53);
        var_56 = (var_51 >= var_54);
        var_57 = var_42 || var_49 || var_56;
        if (var_57) {
            // continue                                                                       <L 87>
            goto start_for_0;
        }
        // ci = cell_index(nc, params.grid_dim)                                               <L 88>
        var_58 = &(var_params.grid_dim);
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
        	adj_83 = {};
        	adj_84 = {};
        	adj_85 = {};
        	adj_86 = {};
        	adj_87 = {};
        	adj_88 = {};
        	adj_89 = {};
            // j = sorted_ids[k]                                                              <L 91>
            var_69 = wp::address(var_sorted_ids, var_68);
            var_71 = wp::load(var_69);
            var_70 = wp::copy(var_71);
            // r = p - x[j]                                                                   <L 92>
            var_72 = wp::address(var_x, var_70);
            var_74 = wp::load(var_72);
            var_73 = wp::sub(var_2, var_74);
            // d += params.mass * poly6(wp.dot(r, r), params.h)                               <L 93>
            var_75 = &(var_params.mass);
            var_76 = wp::dot(var_73, var_73);
            var_77 = &(var_params.h);
            var_79 = wp::load(var_77);
            var_78 = poly6_0(var_76, var_79);
            var_81 = wp::load(var_75);
            var_80 = wp::mul(var_81, var_78);
            var_82 = &(var_params.mass);
            var_83 = wp::dot(var_73, var_73);
            var_84 = &(var_params.h);
            var_86 = wp::load(var_84);
            var_85 = poly6_0(var_83, var_86);
            var_88 = wp::load(var_82);
            var_87 = wp::mul(var_88, var_85);
            var_89 = wp::add(var_6, var_87);
            wp::assign(var_6, var_89);
            wp::adj_assign(var_6, var_89, adj_6, adj_89);
            wp::adj_add(var_6, var_87, adj_6, adj_87, adj_89);
            wp::adj_mul(var_88, var_85, adj_82, adj_85, adj_87);
            adj_poly6_0(var_83, var_86, adj_83, adj_84, adj_85);
            adj_params.h += adj_84;
            wp::adj_dot(var_73, var_73, adj_73, adj_73, adj_83);
            adj_params.mass += adj_82;
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
        wp::adj_range(var_62, var_65, adj_62, adj_65, adj_67);
        wp::adj_add(var_62, var_66, adj_62, adj_64, adj_65);
        wp::adj_address(var_cell_count, var_59, adj_cell_count, adj_59, adj_64);
        // adj: for k in range(start, start + cell_count[ci]):                                <L 90>
        wp::adj_copy(var_63, adj_61, adj_62);
        wp::adj_address(var_cell_start, var_59, adj_cell_start, adj_59, adj_61);
        // adj: start = cell_start[ci]                                                        <L 89>
        adj_cell_index_0(var_22, var_60, adj_22, adj_58, adj_59);
        adj_params.grid_dim = adj_58;
        // adj: ci = cell_index(nc, params.grid_dim)                                          <L 88>
        if (var_57) {
            // adj: continue                                                                  <L 87>
        }
        wp::adj_extract(var_55, var_53, adj_52, adj_53, adj_54);
        adj_params.grid_dim = adj_52;
        wp::adj_extract(var_22, var_50, adj_22, adj_50, adj_51);
        wp::adj_extract(var_48, var_46, adj_45, adj_46, adj_47);
        adj_params.grid_dim = adj_45;
        wp::adj_extract(var_22, var_43, adj_22, adj_43, adj_44);
        wp::adj_extract(var_41, var_39, adj_38, adj_39, adj_40);
        adj_params.grid_dim = adj_38;
        wp::adj_extract(var_22, var_36, adj_22, adj_36, adj_37);
        // adj: if nc[0] >= params.grid_dim[0] or nc[1] >= params.grid_dim[1] or nc[2] >= params.grid_dim[2]:  <L 86>
        if (var_35) {
            // adj: continue                                                                  <L 85>
        }
        wp::adj_extract(var_22, var_31, adj_22, adj_31, adj_32);
        wp::adj_extract(var_22, var_27, adj_22, adj_27, adj_28);
        wp::adj_extract(var_22, var_23, adj_22, adj_23, adj_24);
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
    wp::adj_range(var_9, var_10, adj_9, adj_10, adj_11);
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
    return;
}



extern "C" {

// Python CPU entry points
WP_API void density_pressure_dfff90fa_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_density_pressure_dfff90fa *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        density_pressure_dfff90fa_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void density_pressure_dfff90fa_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_density_pressure_dfff90fa *_wp_args,
    wp_args_density_pressure_dfff90fa *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        density_pressure_dfff90fa_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_forces_37a3b7f8 {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::float32> rho;
    wp::array_t<wp::float32> pressure;
    SPHParams_9810d148 params;
    wp::vec_t<3, wp::float32> gravity;
    wp::array_t<wp::vec_t<3, wp::float32>> f;
};


void forces_37a3b7f8_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_forces_37a3b7f8 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_rho = _wp_args->rho;
    wp::array_t<wp::float32> var_pressure = _wp_args->pressure;
    SPHParams_9810d148 var_params = _wp_args->params;
    wp::vec_t<3, wp::float32> var_gravity = _wp_args->gravity;
    wp::array_t<wp::vec_t<3, wp::float32>> var_f = _wp_args->f;
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
    wp::float32* var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::float32 var_38;
    wp::float32* var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32>* var_44;
    wp::vec_t<3, wp::float32>* var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::float32* var_49;
    wp::float32* var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32* var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    wp::float32* var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::vec_t<3, wp::float32> var_61;
    wp::vec_t<3, wp::float32>* var_62;
    wp::vec_t<3, wp::float32>* var_63;
    wp::vec_t<3, wp::float32> var_64;
    wp::vec_t<3, wp::float32> var_65;
    wp::vec_t<3, wp::float32> var_66;
    wp::float32* var_67;
    wp::float32* var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    wp::float32* var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32* var_76;
    wp::float32 var_77;
    wp::float32 var_78;
    wp::vec_t<3, wp::float32> var_79;
    wp::vec_t<3, wp::float32> var_80;
    wp::vec_t<3, wp::float32> var_81;
    wp::float32* var_82;
    wp::vec_t<3, wp::float32> var_83;
    wp::float32 var_84;
    wp::vec_t<3, wp::float32> var_85;
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
        var_16 = &(var_params.h);
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
        var_29 = &(var_params.h);
        var_31 = wp::load(var_29);
        var_30 = spiky_grad_0(var_12, var_31);
        var_32 = &(var_params.mass);
        var_34 = wp::load(var_32);
        var_33 = wp::mul(var_34, var_28);
        var_35 = wp::mul(var_30, var_33);
        var_36 = &(var_params.h);
        var_38 = wp::load(var_36);
        var_37 = spiky_grad_0(var_12, var_38);
        var_39 = &(var_params.mass);
        var_41 = wp::load(var_39);
        var_40 = wp::mul(var_41, var_28);
        var_42 = wp::mul(var_37, var_40);
        var_43 = wp::sub(var_5, var_42);
        // fv += (v[j] - v[i]) * (params.viscosity * params.mass * visc_lap(l, params.h) / rho[j])       <L 121>
        var_44 = wp::address(var_v, var_8);
        var_45 = wp::address(var_v, var_0);
        var_47 = wp::load(var_44);
        var_48 = wp::load(var_45);
        var_46 = wp::sub(var_47, var_48);
        var_49 = &(var_params.viscosity);
        var_50 = &(var_params.mass);
        var_52 = wp::load(var_49);
        var_53 = wp::load(var_50);
        var_51 = wp::mul(var_52, var_53);
        var_54 = &(var_params.h);
        var_56 = wp::load(var_54);
        var_55 = visc_lap_0(var_15, var_56);
        var_57 = wp::mul(var_51, var_55);
        var_58 = wp::address(var_rho, var_8);
        var_60 = wp::load(var_58);
        var_59 = wp::div(var_57, var_60);
        var_61 = wp::mul(var_46, var_59);
        var_62 = wp::address(var_v, var_8);
        var_63 = wp::address(var_v, var_0);
        var_65 = wp::load(var_62);
        var_66 = wp::load(var_63);
        var_64 = wp::sub(var_65, var_66);
        var_67 = &(var_params.viscosity);
        var_68 = &(var_params.mass);
        var_70 = wp::load(var_67);
        var_71 = wp::load(var_68);
        var_69 = wp::mul(var_70, var_71);
        var_72 = &(var_params.h);
        var_74 = wp::load(var_72);
        var_73 = visc_lap_0(var_15, var_74);
        var_75 = wp::mul(var_69, var_73);
        var_76 = wp::address(var_rho, var_8);
        var_78 = wp::load(var_76);
        var_77 = wp::div(var_75, var_78);
        var_79 = wp::mul(var_64, var_77);
        var_80 = wp::add(var_6, var_79);
        wp::assign(var_5, var_43);
        wp::assign(var_6, var_80);
        goto start_for_0;
    end_for_0:;
    // f[i] = fp + fv + gravity * rho[i]                                                      <L 122>
    var_81 = wp::add(var_5, var_6);
    var_82 = wp::address(var_rho, var_0);
    var_84 = wp::load(var_82);
    var_83 = wp::mul(var_gravity, var_84);
    var_85 = wp::add(var_81, var_83);
    wp::array_store(var_f, var_0, var_85);
}



void forces_37a3b7f8_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_forces_37a3b7f8 *_wp_args,
    wp_args_forces_37a3b7f8 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_rho = _wp_args->rho;
    wp::array_t<wp::float32> var_pressure = _wp_args->pressure;
    SPHParams_9810d148 var_params = _wp_args->params;
    wp::vec_t<3, wp::float32> var_gravity = _wp_args->gravity;
    wp::array_t<wp::vec_t<3, wp::float32>> var_f = _wp_args->f;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::float32> adj_rho = _wp_adj_args->rho;
    wp::array_t<wp::float32> adj_pressure = _wp_adj_args->pressure;
    SPHParams_9810d148 adj_params = _wp_adj_args->params;
    wp::vec_t<3, wp::float32> adj_gravity = _wp_adj_args->gravity;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_f = _wp_adj_args->f;
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
    wp::float32* var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::float32 var_38;
    wp::float32* var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32>* var_44;
    wp::vec_t<3, wp::float32>* var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::float32* var_49;
    wp::float32* var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32* var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    wp::float32* var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::vec_t<3, wp::float32> var_61;
    wp::vec_t<3, wp::float32>* var_62;
    wp::vec_t<3, wp::float32>* var_63;
    wp::vec_t<3, wp::float32> var_64;
    wp::vec_t<3, wp::float32> var_65;
    wp::vec_t<3, wp::float32> var_66;
    wp::float32* var_67;
    wp::float32* var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    wp::float32* var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32* var_76;
    wp::float32 var_77;
    wp::float32 var_78;
    wp::vec_t<3, wp::float32> var_79;
    wp::vec_t<3, wp::float32> var_80;
    wp::vec_t<3, wp::float32> var_81;
    wp::float32* var_82;
    wp::vec_t<3, wp::float32> var_83;
    wp::float32 var_84;
    wp::vec_t<3, wp::float32> var_85;
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
    wp::float32 adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    wp::vec_t<3, wp::float32> adj_43 = {};
    wp::vec_t<3, wp::float32> adj_44 = {};
    wp::vec_t<3, wp::float32> adj_45 = {};
    wp::vec_t<3, wp::float32> adj_46 = {};
    wp::vec_t<3, wp::float32> adj_47 = {};
    wp::vec_t<3, wp::float32> adj_48 = {};
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
    wp::vec_t<3, wp::float32> adj_61 = {};
    wp::vec_t<3, wp::float32> adj_62 = {};
    wp::vec_t<3, wp::float32> adj_63 = {};
    wp::vec_t<3, wp::float32> adj_64 = {};
    wp::vec_t<3, wp::float32> adj_65 = {};
    wp::vec_t<3, wp::float32> adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::float32 adj_77 = {};
    wp::float32 adj_78 = {};
    wp::vec_t<3, wp::float32> adj_79 = {};
    wp::vec_t<3, wp::float32> adj_80 = {};
    wp::vec_t<3, wp::float32> adj_81 = {};
    wp::float32 adj_82 = {};
    wp::vec_t<3, wp::float32> adj_83 = {};
    wp::float32 adj_84 = {};
    wp::vec_t<3, wp::float32> adj_85 = {};
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
    var_81 = wp::add(var_5, var_6);
    var_82 = wp::address(var_rho, var_0);
    var_84 = wp::load(var_82);
    var_83 = wp::mul(var_gravity, var_84);
    var_85 = wp::add(var_81, var_83);
    // wp::array_store(var_f, var_0, var_85);
    //---------
    // reverse
    wp::adj_array_store(var_f, var_0, var_85, adj_f, adj_0, adj_85);
    wp::adj_add(var_81, var_83, adj_81, adj_83, adj_85);
    wp::adj_mul(var_gravity, var_84, adj_gravity, adj_82, adj_83);
    wp::adj_address(var_rho, var_0, adj_rho, adj_0, adj_82);
    wp::adj_add(var_5, var_6, adj_5, adj_6, adj_81);
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
        var_16 = &(var_params.h);
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
        var_29 = &(var_params.h);
        var_31 = wp::load(var_29);
        var_30 = spiky_grad_0(var_12, var_31);
        var_32 = &(var_params.mass);
        var_34 = wp::load(var_32);
        var_33 = wp::mul(var_34, var_28);
        var_35 = wp::mul(var_30, var_33);
        var_36 = &(var_params.h);
        var_38 = wp::load(var_36);
        var_37 = spiky_grad_0(var_12, var_38);
        var_39 = &(var_params.mass);
        var_41 = wp::load(var_39);
        var_40 = wp::mul(var_41, var_28);
        var_42 = wp::mul(var_37, var_40);
        var_43 = wp::sub(var_5, var_42);
        // fv += (v[j] - v[i]) * (params.viscosity * params.mass * visc_lap(l, params.h) / rho[j])       <L 121>
        var_44 = wp::address(var_v, var_8);
        var_45 = wp::address(var_v, var_0);
        var_47 = wp::load(var_44);
        var_48 = wp::load(var_45);
        var_46 = wp::sub(var_47, var_48);
        var_49 = &(var_params.viscosity);
        var_50 = &(var_params.mass);
        var_52 = wp::load(var_49);
        var_53 = wp::load(var_50);
        var_51 = wp::mul(var_52, var_53);
        var_54 = &(var_params.h);
        var_56 = wp::load(var_54);
        var_55 = visc_lap_0(var_15, var_56);
        var_57 = wp::mul(var_51, var_55);
        var_58 = wp::address(var_rho, var_8);
        var_60 = wp::load(var_58);
        var_59 = wp::div(var_57, var_60);
        var_61 = wp::mul(var_46, var_59);
        var_62 = wp::address(var_v, var_8);
        var_63 = wp::address(var_v, var_0);
        var_65 = wp::load(var_62);
        var_66 = wp::load(var_63);
        var_64 = wp::sub(var_65, var_66);
        var_67 = &(var_params.viscosity);
        var_68 = &(var_params.mass);
        var_70 = wp::load(var_67);
        var_71 = wp::load(var_68);
        var_69 = wp::mul(var_70, var_71);
        var_72 = &(var_params.h);
        var_74 = wp::load(var_72);
        var_73 = visc_lap_0(var_15, var_74);
        var_75 = wp::mul(var_69, var_73);
        var_76 = wp::address(var_rho, var_8);
        var_78 = wp::load(var_76);
        var_77 = wp::div(var_75, var_78);
        var_79 = wp::mul(var_64, var_77);
        var_80 = wp::add(var_6, var_79);
        wp::assign(var_5, var_43);
        wp::assign(var_6, var_80);
        wp::adj_assign(var_6, var_80, adj_6, adj_80);
        wp::adj_assign(var_5, var_43, adj_5, adj_43);
        wp::adj_add(var_6, var_79, adj_6, adj_79, adj_80);
        wp::adj_mul(var_64, var_77, adj_64, adj_77, adj_79);
        wp::adj_div(var_75, var_78, var_77, adj_75, adj_76, adj_77);
        wp::adj_address(var_rho, var_8, adj_rho, adj_8, adj_76);
        wp::adj_mul(var_69, var_73, adj_69, adj_73, adj_75);
        adj_visc_lap_0(var_15, var_74, adj_15, adj_72, adj_73);
        adj_params.h += adj_72;
        wp::adj_mul(var_70, var_71, adj_67, adj_68, adj_69);
        adj_params.mass += adj_68;
        adj_params.viscosity += adj_67;
        wp::adj_sub(var_65, var_66, adj_62, adj_63, adj_64);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_63);
        wp::adj_address(var_v, var_8, adj_v, adj_8, adj_62);
        wp::adj_mul(var_46, var_59, adj_46, adj_59, adj_61);
        wp::adj_div(var_57, var_60, var_59, adj_57, adj_58, adj_59);
        wp::adj_address(var_rho, var_8, adj_rho, adj_8, adj_58);
        wp::adj_mul(var_51, var_55, adj_51, adj_55, adj_57);
        adj_visc_lap_0(var_15, var_56, adj_15, adj_54, adj_55);
        adj_params.h += adj_54;
        wp::adj_mul(var_52, var_53, adj_49, adj_50, adj_51);
        adj_params.mass += adj_50;
        adj_params.viscosity += adj_49;
        wp::adj_sub(var_47, var_48, adj_44, adj_45, adj_46);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_45);
        wp::adj_address(var_v, var_8, adj_v, adj_8, adj_44);
        // adj: fv += (v[j] - v[i]) * (params.viscosity * params.mass * visc_lap(l, params.h) / rho[j])  <L 121>
        wp::adj_sub(var_5, var_42, adj_5, adj_42, adj_43);
        wp::adj_mul(var_37, var_40, adj_37, adj_40, adj_42);
        wp::adj_mul(var_41, var_28, adj_39, adj_28, adj_40);
        adj_params.mass += adj_39;
        adj_spiky_grad_0(var_12, var_38, adj_12, adj_36, adj_37);
        adj_params.h += adj_36;
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
    wp::adj_range(var_3, adj_3, adj_7);
    // adj: for j in range(n):                                                                <L 112>
    // adj: fv = wp.vec3()                                                                    <L 111>
    // adj: fp = wp.vec3()                                                                    <L 110>
    wp::adj_extract(var_4, var_2, adj_1, adj_2, adj_3);
    adj_x.shape = adj_1;
    // adj: n = x.shape[0]                                                                    <L 109>
    // adj: i = wp.tid()                                                                      <L 108>
    // adj: def forces(                                                                       <L 99>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void forces_37a3b7f8_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_forces_37a3b7f8 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        forces_37a3b7f8_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void forces_37a3b7f8_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_forces_37a3b7f8 *_wp_args,
    wp_args_forces_37a3b7f8 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        forces_37a3b7f8_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_integrate_ae7ce61e {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::vec_t<3, wp::float32>> f;
    wp::array_t<wp::float32> rho;
    wp::float32 dt;
    wp::vec_t<3, wp::float32> lo;
    wp::vec_t<3, wp::float32> hi;
    wp::float32 restitution;
};


void integrate_ae7ce61e_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_integrate_ae7ce61e *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_f = _wp_args->f;
    wp::array_t<wp::float32> var_rho = _wp_args->rho;
    wp::float32 var_dt = _wp_args->dt;
    wp::vec_t<3, wp::float32> var_lo = _wp_args->lo;
    wp::vec_t<3, wp::float32> var_hi = _wp_args->hi;
    wp::float32 var_restitution = _wp_args->restitution;
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



void integrate_ae7ce61e_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_integrate_ae7ce61e *_wp_args,
    wp_args_integrate_ae7ce61e *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_f = _wp_args->f;
    wp::array_t<wp::float32> var_rho = _wp_args->rho;
    wp::float32 var_dt = _wp_args->dt;
    wp::vec_t<3, wp::float32> var_lo = _wp_args->lo;
    wp::vec_t<3, wp::float32> var_hi = _wp_args->hi;
    wp::float32 var_restitution = _wp_args->restitution;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_f = _wp_adj_args->f;
    wp::array_t<wp::float32> adj_rho = _wp_adj_args->rho;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::vec_t<3, wp::float32> adj_lo = _wp_adj_args->lo;
    wp::vec_t<3, wp::float32> adj_hi = _wp_adj_args->hi;
    wp::float32 adj_restitution = _wp_adj_args->restitution;
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
    return;
}



extern "C" {

// Python CPU entry points
WP_API void integrate_ae7ce61e_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_integrate_ae7ce61e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        integrate_ae7ce61e_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void integrate_ae7ce61e_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_integrate_ae7ce61e *_wp_args,
    wp_args_integrate_ae7ce61e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        integrate_ae7ce61e_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

