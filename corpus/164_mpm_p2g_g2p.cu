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


struct MPMState_fed5450d
{
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> F;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> C;
    wp::array_t<wp::float32> Jp;


    MPMState_fed5450d() = default;
    CUDA_CALLABLE MPMState_fed5450d(wp::array_t<wp::vec_t<3, wp::float32>> const& x,
    wp::array_t<wp::vec_t<3, wp::float32>> const& v = {},
    wp::array_t<wp::mat_t<3, 3, wp::float32>> const& F = {},
    wp::array_t<wp::mat_t<3, 3, wp::float32>> const& C = {},
    wp::array_t<wp::float32> const& Jp = {})
        : x{x}
        , v{v}
        , F{F}
        , C{C}
        , Jp{Jp}

    {
    }

    CUDA_CALLABLE MPMState_fed5450d& operator += (const MPMState_fed5450d& rhs)
    {
        return *this;}

};

static CUDA_CALLABLE void adj_MPMState_fed5450d(wp::array_t<wp::vec_t<3, wp::float32>> const&,
    wp::array_t<wp::vec_t<3, wp::float32>> const&,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> const&,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> const&,
    wp::array_t<wp::float32> const&,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_x,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_v,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> & adj_F,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> & adj_C,
    wp::array_t<wp::float32> & adj_Jp,
    MPMState_fed5450d & adj_ret)
{
    adj_x = adj_ret.x;
    adj_v = adj_ret.v;
    adj_F = adj_ret.F;
    adj_C = adj_ret.C;
    adj_Jp = adj_ret.Jp;
}

// Required when compiling adjoints.
CUDA_CALLABLE MPMState_fed5450d add(const MPMState_fed5450d& a, const MPMState_fed5450d& b)
{
    return MPMState_fed5450d();
}

CUDA_CALLABLE void adj_atomic_add(MPMState_fed5450d* p, MPMState_fed5450d t)
{
    wp::adj_atomic_add(&p->x, t.x);
    wp::adj_atomic_add(&p->v, t.v);
    wp::adj_atomic_add(&p->F, t.F);
    wp::adj_atomic_add(&p->C, t.C);
    wp::adj_atomic_add(&p->Jp, t.Jp);
}




// corpus/164_mpm_p2g_g2p.py:19
static CUDA_CALLABLE void quad_weights_0(
    wp::vec_t<3, wp::float32> var_fx,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::vec_t<3, wp::float32> & ret_1,
    wp::vec_t<3, wp::float32> & ret_2)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.5;
    const wp::float32 var_1 = 1.5;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 1.5;
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.5;
    const wp::float32 var_12 = 1.5;
    const wp::int32 var_13 = 1;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 1.5;
    const wp::int32 var_18 = 1;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.5;
    const wp::float32 var_23 = 1.5;
    const wp::int32 var_24 = 2;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::float32 var_28 = 1.5;
    const wp::int32 var_29 = 2;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::vec_t<3, wp::float32> var_33;
    const wp::float32 var_34 = 0.75;
    const wp::int32 var_35 = 0;
    wp::float32 var_36;
    const wp::float32 var_37 = 1.0;
    wp::float32 var_38;
    const wp::int32 var_39 = 0;
    wp::float32 var_40;
    const wp::float32 var_41 = 1.0;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    const wp::float32 var_45 = 0.75;
    const wp::int32 var_46 = 1;
    wp::float32 var_47;
    const wp::float32 var_48 = 1.0;
    wp::float32 var_49;
    const wp::int32 var_50 = 1;
    wp::float32 var_51;
    const wp::float32 var_52 = 1.0;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    const wp::float32 var_56 = 0.75;
    const wp::int32 var_57 = 2;
    wp::float32 var_58;
    const wp::float32 var_59 = 1.0;
    wp::float32 var_60;
    const wp::int32 var_61 = 2;
    wp::float32 var_62;
    const wp::float32 var_63 = 1.0;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::vec_t<3, wp::float32> var_67;
    const wp::float32 var_68 = 0.5;
    const wp::int32 var_69 = 0;
    wp::float32 var_70;
    const wp::float32 var_71 = 0.5;
    wp::float32 var_72;
    wp::float32 var_73;
    const wp::int32 var_74 = 0;
    wp::float32 var_75;
    const wp::float32 var_76 = 0.5;
    wp::float32 var_77;
    wp::float32 var_78;
    const wp::float32 var_79 = 0.5;
    const wp::int32 var_80 = 1;
    wp::float32 var_81;
    const wp::float32 var_82 = 0.5;
    wp::float32 var_83;
    wp::float32 var_84;
    const wp::int32 var_85 = 1;
    wp::float32 var_86;
    const wp::float32 var_87 = 0.5;
    wp::float32 var_88;
    wp::float32 var_89;
    const wp::float32 var_90 = 0.5;
    const wp::int32 var_91 = 2;
    wp::float32 var_92;
    const wp::float32 var_93 = 0.5;
    wp::float32 var_94;
    wp::float32 var_95;
    const wp::int32 var_96 = 2;
    wp::float32 var_97;
    const wp::float32 var_98 = 0.5;
    wp::float32 var_99;
    wp::float32 var_100;
    wp::vec_t<3, wp::float32> var_101;
    //---------
    // forward
    // def quad_weights(fx: wp.vec3):                                                         <L 20>
    // w0 = wp.vec3(0.5 * (1.5 - fx[0]) * (1.5 - fx[0]), 0.5 * (1.5 - fx[1]) * (1.5 - fx[1]), 0.5 * (1.5 - fx[2]) * (1.5 - fx[2]))       <L 21>
    var_3 = wp::extract(var_fx, var_2);
    var_4 = wp::sub(var_1, var_3);
    var_5 = wp::mul(var_0, var_4);
    var_8 = wp::extract(var_fx, var_7);
    var_9 = wp::sub(var_6, var_8);
    var_10 = wp::mul(var_5, var_9);
    var_14 = wp::extract(var_fx, var_13);
    var_15 = wp::sub(var_12, var_14);
    var_16 = wp::mul(var_11, var_15);
    var_19 = wp::extract(var_fx, var_18);
    var_20 = wp::sub(var_17, var_19);
    var_21 = wp::mul(var_16, var_20);
    var_25 = wp::extract(var_fx, var_24);
    var_26 = wp::sub(var_23, var_25);
    var_27 = wp::mul(var_22, var_26);
    var_30 = wp::extract(var_fx, var_29);
    var_31 = wp::sub(var_28, var_30);
    var_32 = wp::mul(var_27, var_31);
    var_33 = wp::vec_t<3, wp::float32>(var_10, var_21, var_32);
    // w1 = wp.vec3(0.75 - (fx[0] - 1.0) * (fx[0] - 1.0), 0.75 - (fx[1] - 1.0) * (fx[1] - 1.0), 0.75 - (fx[2] - 1.0) * (fx[2] - 1.0))       <L 22>
    var_36 = wp::extract(var_fx, var_35);
    var_38 = wp::sub(var_36, var_37);
    var_40 = wp::extract(var_fx, var_39);
    var_42 = wp::sub(var_40, var_41);
    var_43 = wp::mul(var_38, var_42);
    var_44 = wp::sub(var_34, var_43);
    var_47 = wp::extract(var_fx, var_46);
    var_49 = wp::sub(var_47, var_48);
    var_51 = wp::extract(var_fx, var_50);
    var_53 = wp::sub(var_51, var_52);
    var_54 = wp::mul(var_49, var_53);
    var_55 = wp::sub(var_45, var_54);
    var_58 = wp::extract(var_fx, var_57);
    var_60 = wp::sub(var_58, var_59);
    var_62 = wp::extract(var_fx, var_61);
    var_64 = wp::sub(var_62, var_63);
    var_65 = wp::mul(var_60, var_64);
    var_66 = wp::sub(var_56, var_65);
    var_67 = wp::vec_t<3, wp::float32>(var_44, var_55, var_66);
    // w2 = wp.vec3(0.5 * (fx[0] - 0.5) * (fx[0] - 0.5), 0.5 * (fx[1] - 0.5) * (fx[1] - 0.5), 0.5 * (fx[2] - 0.5) * (fx[2] - 0.5))       <L 23>
    var_70 = wp::extract(var_fx, var_69);
    var_72 = wp::sub(var_70, var_71);
    var_73 = wp::mul(var_68, var_72);
    var_75 = wp::extract(var_fx, var_74);
    var_77 = wp::sub(var_75, var_76);
    var_78 = wp::mul(var_73, var_77);
    var_81 = wp::extract(var_fx, var_80);
    var_83 = wp::sub(var_81, var_82);
    var_84 = wp::mul(var_79, var_83);
    var_86 = wp::extract(var_fx, var_85);
    var_88 = wp::sub(var_86, var_87);
    var_89 = wp::mul(var_84, var_88);
    var_92 = wp::extract(var_fx, var_91);
    var_94 = wp::sub(var_92, var_93);
    var_95 = wp::mul(var_90, var_94);
    var_97 = wp::extract(var_fx, var_96);
    var_99 = wp::sub(var_97, var_98);
    var_100 = wp::mul(var_95, var_99);
    var_101 = wp::vec_t<3, wp::float32>(var_78, var_89, var_100);
    // return w0, w1, w2                                                                      <L 24>
    ret_0 = var_33;
    ret_1 = var_67;
    ret_2 = var_101;
    return;
}


// corpus/164_mpm_p2g_g2p.py:36
static CUDA_CALLABLE wp::mat_t<3, 3, wp::float32> fixed_corotated_stress_0(
    wp::mat_t<3, 3, wp::float32> var_F,
    wp::float32 var_Jp)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 10000.0;
    const wp::float32 var_1 = 2.0;
    const wp::float32 var_2 = 1.0;
    const wp::float32 var_3 = 0.2;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    const wp::float32 var_10 = 1.0;
    const wp::float32 var_11 = 2.0;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::mat_t<3, 3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::mat_t<3, 3, wp::float32> var_18;
    const wp::int32 var_19 = 0;
    wp::float32 var_20;
    const wp::int32 var_21 = 1;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 2;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::mat_t<3, 3, wp::float32> var_27;
    wp::mat_t<3, 3, wp::float32> var_28;
    const wp::float32 var_29 = 2.0;
    wp::float32 var_30;
    wp::mat_t<3, 3, wp::float32> var_31;
    wp::mat_t<3, 3, wp::float32> var_32;
    wp::mat_t<3, 3, wp::float32> var_33;
    wp::mat_t<3, 3, wp::float32> var_34;
    const wp::int32 var_35 = 3;
    wp::mat_t<3, 3, wp::float32> var_36;
    wp::float32 var_37;
    const wp::float32 var_38 = 1.0;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::mat_t<3, 3, wp::float32> var_41;
    wp::mat_t<3, 3, wp::float32> var_42;
    //---------
    // forward
    // def fixed_corotated_stress(F: wp.mat33, Jp: float) -> wp.mat33:                        <L 37>
    // mu = E_MOD / (2.0 * (1.0 + NU))                                                        <L 38>
    var_4 = wp::add(var_2, var_3);
    var_5 = wp::mul(var_1, var_4);
    var_6 = wp::div(var_0, var_5);
    // la = E_MOD * NU / ((1.0 + NU) * (1.0 - 2.0 * NU))                                      <L 39>
    var_7 = wp::mul(var_0, var_3);
    var_9 = wp::add(var_8, var_3);
    var_12 = wp::mul(var_11, var_3);
    var_13 = wp::sub(var_10, var_12);
    var_14 = wp::mul(var_9, var_13);
    var_15 = wp::div(var_7, var_14);
    // U = wp.mat33()                                                                         <L 40>
    var_16 = wp::mat_t<3, 3, wp::float32>();
    // sig = wp.vec3()                                                                        <L 41>
    var_17 = wp::vec_t<3, wp::float32>();
    // V = wp.mat33()                                                                         <L 42>
    var_18 = wp::mat_t<3, 3, wp::float32>();
    // wp.svd3(F, U, sig, V)                                                                  <L 43>
    wp::svd3(var_F, var_16, var_17, var_18);
    // J = sig[0] * sig[1] * sig[2]                                                           <L 44>
    var_20 = wp::extract(var_17, var_19);
    var_22 = wp::extract(var_17, var_21);
    var_23 = wp::mul(var_20, var_22);
    var_25 = wp::extract(var_17, var_24);
    var_26 = wp::mul(var_23, var_25);
    // R = U * wp.transpose(V)                                                                <L 45>
    var_27 = wp::transpose(var_18);
    var_28 = wp::mul(var_16, var_27);
    // return 2.0 * mu * (F - R) * wp.transpose(F) + wp.identity(n=3, dtype=float) * (la * J * (J - 1.0))       <L 46>
    var_30 = wp::mul(var_29, var_6);
    var_31 = wp::sub(var_F, var_28);
    var_32 = wp::mul(var_30, var_31);
    var_33 = wp::transpose(var_F);
    var_34 = wp::mul(var_32, var_33);
    var_36 = wp::identity<3, wp::float32>();
    var_37 = wp::mul(var_15, var_26);
    var_39 = wp::sub(var_26, var_38);
    var_40 = wp::mul(var_37, var_39);
    var_41 = wp::mul(var_36, var_40);
    var_42 = wp::add(var_34, var_41);
    return var_42;
}


// corpus/164_mpm_p2g_g2p.py:27
static CUDA_CALLABLE wp::float32 pick_0(
    wp::vec_t<3, wp::float32> var_w0,
    wp::vec_t<3, wp::float32> var_w1,
    wp::vec_t<3, wp::float32> var_w2,
    wp::int32 var_k,
    wp::int32 var_axis)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    wp::float32 var_2;
    const wp::int32 var_3 = 1;
    bool var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // forward
    // def pick(w0: wp.vec3, w1: wp.vec3, w2: wp.vec3, k: int, axis: int) -> float:           <L 28>
    // if k == 0:                                                                             <L 29>
    var_1 = (var_k == var_0);
    if (var_1) {
        // return w0[axis]                                                                    <L 30>
        var_2 = wp::extract(var_w0, var_axis);
        return var_2;
    }
    if (!var_1) {
        // elif k == 1:                                                                       <L 31>
        var_4 = (var_k == var_3);
        if (var_4) {
            // return w1[axis]                                                                <L 32>
            var_5 = wp::extract(var_w1, var_axis);
            return var_5;
        }
    }
    // return w2[axis]                                                                        <L 33>
    var_6 = wp::extract(var_w2, var_axis);
    return var_6;
}


// corpus/164_mpm_p2g_g2p.py:19
static CUDA_CALLABLE void adj_quad_weights_0(
    wp::vec_t<3, wp::float32> var_fx,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::vec_t<3, wp::float32> & ret_1,
    wp::vec_t<3, wp::float32> & ret_2,
    wp::vec_t<3, wp::float32> & adj_fx,
    wp::vec_t<3, wp::float32> & adj_ret_0,
    wp::vec_t<3, wp::float32> & adj_ret_1,
    wp::vec_t<3, wp::float32> & adj_ret_2)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/164_mpm_p2g_g2p.py:36
static CUDA_CALLABLE void adj_fixed_corotated_stress_0(
    wp::mat_t<3, 3, wp::float32> var_F,
    wp::float32 var_Jp,
    wp::mat_t<3, 3, wp::float32> & adj_F,
    wp::float32 & adj_Jp,
    wp::mat_t<3, 3, wp::float32> & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/164_mpm_p2g_g2p.py:27
static CUDA_CALLABLE void adj_pick_0(
    wp::vec_t<3, wp::float32> var_w0,
    wp::vec_t<3, wp::float32> var_w1,
    wp::vec_t<3, wp::float32> var_w2,
    wp::int32 var_k,
    wp::int32 var_axis,
    wp::vec_t<3, wp::float32> & adj_w0,
    wp::vec_t<3, wp::float32> & adj_w1,
    wp::vec_t<3, wp::float32> & adj_w2,
    wp::int32 & adj_k,
    wp::int32 & adj_axis,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}



extern "C" __global__ void p2g_417c098b_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    MPMState_fed5450d var_s,
    wp::float32 var_dx,
    wp::float32 var_dt,
    wp::float32 var_p_vol,
    wp::float32 var_p_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_v,
    wp::array_t<wp::float32> var_grid_m)
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
        wp::array_t<wp::vec_t<3, wp::float32>>* var_0;
        wp::shape_t* var_1;
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::shape_t var_4;
        wp::int32 var_5;
        const wp::float32 var_6 = 1.0;
        wp::float32 var_7;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::array_t<wp::vec_t<3, wp::float32>> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        const wp::int32 var_13 = 0;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.5;
        wp::float32 var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 1;
        wp::float32 var_19;
        const wp::float32 var_20 = 0.5;
        wp::float32 var_21;
        wp::int32 var_22;
        const wp::int32 var_23 = 2;
        wp::float32 var_24;
        const wp::float32 var_25 = 0.5;
        wp::float32 var_26;
        wp::int32 var_27;
        wp::vec_t<3, wp::int32> var_28;
        const wp::int32 var_29 = 0;
        wp::int32 var_30;
        wp::float32 var_31;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        wp::float32 var_34;
        const wp::int32 var_35 = 2;
        wp::int32 var_36;
        wp::float32 var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::array_t<wp::mat_t<3, 3, wp::float32>>* var_43;
        wp::mat_t<3, 3, wp::float32>* var_44;
        wp::array_t<wp::mat_t<3, 3, wp::float32>> var_45;
        wp::array_t<wp::float32>* var_46;
        wp::float32* var_47;
        wp::array_t<wp::float32> var_48;
        wp::mat_t<3, 3, wp::float32> var_49;
        wp::mat_t<3, 3, wp::float32> var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        const wp::float32 var_54 = 4.0;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::mat_t<3, 3, wp::float32> var_58;
        wp::array_t<wp::mat_t<3, 3, wp::float32>>* var_59;
        wp::mat_t<3, 3, wp::float32>* var_60;
        wp::array_t<wp::mat_t<3, 3, wp::float32>> var_61;
        wp::mat_t<3, 3, wp::float32> var_62;
        wp::mat_t<3, 3, wp::float32> var_63;
        wp::mat_t<3, 3, wp::float32> var_64;
        const wp::int32 var_65 = 0;
        const wp::int32 var_66 = 0;
        const wp::int32 var_67 = 3;
        wp::range_t var_68;
        wp::int32 var_69;
        const wp::int32 var_70 = 0;
        wp::int32 var_71;
        wp::int32 var_72;
        const wp::int32 var_73 = 1;
        wp::int32 var_74;
        wp::int32 var_75;
        const wp::int32 var_76 = 2;
        wp::int32 var_77;
        wp::int32 var_78;
        bool var_79;
        const wp::int32 var_80 = 0;
        bool var_81;
        const wp::int32 var_82 = 0;
        bool var_83;
        const wp::int32 var_84 = 0;
        bool var_85;
        const wp::int32 var_86 = 32;
        bool var_87;
        bool var_88;
        bool var_89;
        wp::float32 var_90;
        wp::float32 var_91;
        wp::float32 var_92;
        wp::vec_t<3, wp::float32> var_93;
        wp::vec_t<3, wp::float32> var_94;
        wp::vec_t<3, wp::float32> var_95;
        const wp::int32 var_96 = 0;
        wp::float32 var_97;
        const wp::int32 var_98 = 1;
        wp::float32 var_99;
        wp::float32 var_100;
        const wp::int32 var_101 = 2;
        wp::float32 var_102;
        wp::float32 var_103;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_104;
        wp::vec_t<3, wp::float32>* var_105;
        wp::array_t<wp::vec_t<3, wp::float32>> var_106;
        wp::vec_t<3, wp::float32> var_107;
        wp::vec_t<3, wp::float32> var_108;
        wp::vec_t<3, wp::float32> var_109;
        wp::vec_t<3, wp::float32> var_110;
        wp::vec_t<3, wp::float32> var_111;
        wp::vec_t<3, wp::float32> var_112;
        wp::float32 var_113;
        wp::float32 var_114;
        const wp::int32 var_115 = 1;
        const wp::int32 var_116 = 3;
        wp::range_t var_117;
        wp::int32 var_118;
        const wp::int32 var_119 = 0;
        wp::int32 var_120;
        wp::int32 var_121;
        const wp::int32 var_122 = 1;
        wp::int32 var_123;
        wp::int32 var_124;
        const wp::int32 var_125 = 2;
        wp::int32 var_126;
        wp::int32 var_127;
        bool var_128;
        const wp::int32 var_129 = 0;
        bool var_130;
        const wp::int32 var_131 = 0;
        bool var_132;
        const wp::int32 var_133 = 0;
        bool var_134;
        bool var_135;
        bool var_136;
        bool var_137;
        wp::int32 var_138;
        wp::int32 var_139;
        wp::int32 var_140;
        wp::float32 var_141;
        wp::float32 var_142;
        wp::float32 var_143;
        wp::vec_t<3, wp::float32> var_144;
        wp::vec_t<3, wp::float32> var_145;
        wp::vec_t<3, wp::float32> var_146;
        const wp::int32 var_147 = 0;
        wp::float32 var_148;
        const wp::int32 var_149 = 1;
        wp::float32 var_150;
        wp::float32 var_151;
        const wp::int32 var_152 = 2;
        wp::float32 var_153;
        wp::float32 var_154;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_155;
        wp::vec_t<3, wp::float32>* var_156;
        wp::array_t<wp::vec_t<3, wp::float32>> var_157;
        wp::vec_t<3, wp::float32> var_158;
        wp::vec_t<3, wp::float32> var_159;
        wp::vec_t<3, wp::float32> var_160;
        wp::vec_t<3, wp::float32> var_161;
        wp::vec_t<3, wp::float32> var_162;
        wp::vec_t<3, wp::float32> var_163;
        wp::float32 var_164;
        wp::float32 var_165;
        const wp::int32 var_166 = 2;
        const wp::int32 var_167 = 3;
        wp::range_t var_168;
        wp::int32 var_169;
        const wp::int32 var_170 = 0;
        wp::int32 var_171;
        wp::int32 var_172;
        const wp::int32 var_173 = 1;
        wp::int32 var_174;
        wp::int32 var_175;
        const wp::int32 var_176 = 2;
        wp::int32 var_177;
        wp::int32 var_178;
        bool var_179;
        const wp::int32 var_180 = 0;
        bool var_181;
        const wp::int32 var_182 = 0;
        bool var_183;
        const wp::int32 var_184 = 0;
        bool var_185;
        bool var_186;
        bool var_187;
        bool var_188;
        wp::int32 var_189;
        wp::int32 var_190;
        wp::int32 var_191;
        wp::float32 var_192;
        wp::float32 var_193;
        wp::float32 var_194;
        wp::vec_t<3, wp::float32> var_195;
        wp::vec_t<3, wp::float32> var_196;
        wp::vec_t<3, wp::float32> var_197;
        const wp::int32 var_198 = 0;
        wp::float32 var_199;
        const wp::int32 var_200 = 1;
        wp::float32 var_201;
        wp::float32 var_202;
        const wp::int32 var_203 = 2;
        wp::float32 var_204;
        wp::float32 var_205;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_206;
        wp::vec_t<3, wp::float32>* var_207;
        wp::array_t<wp::vec_t<3, wp::float32>> var_208;
        wp::vec_t<3, wp::float32> var_209;
        wp::vec_t<3, wp::float32> var_210;
        wp::vec_t<3, wp::float32> var_211;
        wp::vec_t<3, wp::float32> var_212;
        wp::vec_t<3, wp::float32> var_213;
        wp::vec_t<3, wp::float32> var_214;
        wp::float32 var_215;
        wp::float32 var_216;
        const wp::int32 var_217 = 1;
        const wp::int32 var_218 = 0;
        const wp::int32 var_219 = 3;
        wp::range_t var_220;
        wp::int32 var_221;
        const wp::int32 var_222 = 0;
        wp::int32 var_223;
        wp::int32 var_224;
        const wp::int32 var_225 = 1;
        wp::int32 var_226;
        wp::int32 var_227;
        const wp::int32 var_228 = 2;
        wp::int32 var_229;
        wp::int32 var_230;
        bool var_231;
        const wp::int32 var_232 = 0;
        bool var_233;
        const wp::int32 var_234 = 0;
        bool var_235;
        const wp::int32 var_236 = 0;
        bool var_237;
        bool var_238;
        bool var_239;
        bool var_240;
        wp::int32 var_241;
        wp::int32 var_242;
        wp::int32 var_243;
        wp::float32 var_244;
        wp::float32 var_245;
        wp::float32 var_246;
        wp::vec_t<3, wp::float32> var_247;
        wp::vec_t<3, wp::float32> var_248;
        wp::vec_t<3, wp::float32> var_249;
        const wp::int32 var_250 = 0;
        wp::float32 var_251;
        const wp::int32 var_252 = 1;
        wp::float32 var_253;
        wp::float32 var_254;
        const wp::int32 var_255 = 2;
        wp::float32 var_256;
        wp::float32 var_257;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_258;
        wp::vec_t<3, wp::float32>* var_259;
        wp::array_t<wp::vec_t<3, wp::float32>> var_260;
        wp::vec_t<3, wp::float32> var_261;
        wp::vec_t<3, wp::float32> var_262;
        wp::vec_t<3, wp::float32> var_263;
        wp::vec_t<3, wp::float32> var_264;
        wp::vec_t<3, wp::float32> var_265;
        wp::vec_t<3, wp::float32> var_266;
        wp::float32 var_267;
        wp::float32 var_268;
        const wp::int32 var_269 = 1;
        const wp::int32 var_270 = 3;
        wp::range_t var_271;
        wp::int32 var_272;
        const wp::int32 var_273 = 0;
        wp::int32 var_274;
        wp::int32 var_275;
        const wp::int32 var_276 = 1;
        wp::int32 var_277;
        wp::int32 var_278;
        const wp::int32 var_279 = 2;
        wp::int32 var_280;
        wp::int32 var_281;
        bool var_282;
        const wp::int32 var_283 = 0;
        bool var_284;
        const wp::int32 var_285 = 0;
        bool var_286;
        const wp::int32 var_287 = 0;
        bool var_288;
        bool var_289;
        bool var_290;
        bool var_291;
        wp::int32 var_292;
        wp::int32 var_293;
        wp::int32 var_294;
        wp::float32 var_295;
        wp::float32 var_296;
        wp::float32 var_297;
        wp::vec_t<3, wp::float32> var_298;
        wp::vec_t<3, wp::float32> var_299;
        wp::vec_t<3, wp::float32> var_300;
        const wp::int32 var_301 = 0;
        wp::float32 var_302;
        const wp::int32 var_303 = 1;
        wp::float32 var_304;
        wp::float32 var_305;
        const wp::int32 var_306 = 2;
        wp::float32 var_307;
        wp::float32 var_308;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_309;
        wp::vec_t<3, wp::float32>* var_310;
        wp::array_t<wp::vec_t<3, wp::float32>> var_311;
        wp::vec_t<3, wp::float32> var_312;
        wp::vec_t<3, wp::float32> var_313;
        wp::vec_t<3, wp::float32> var_314;
        wp::vec_t<3, wp::float32> var_315;
        wp::vec_t<3, wp::float32> var_316;
        wp::vec_t<3, wp::float32> var_317;
        wp::float32 var_318;
        wp::float32 var_319;
        const wp::int32 var_320 = 2;
        const wp::int32 var_321 = 3;
        wp::range_t var_322;
        wp::int32 var_323;
        const wp::int32 var_324 = 0;
        wp::int32 var_325;
        wp::int32 var_326;
        const wp::int32 var_327 = 1;
        wp::int32 var_328;
        wp::int32 var_329;
        const wp::int32 var_330 = 2;
        wp::int32 var_331;
        wp::int32 var_332;
        bool var_333;
        const wp::int32 var_334 = 0;
        bool var_335;
        const wp::int32 var_336 = 0;
        bool var_337;
        const wp::int32 var_338 = 0;
        bool var_339;
        bool var_340;
        bool var_341;
        bool var_342;
        wp::int32 var_343;
        wp::int32 var_344;
        wp::int32 var_345;
        wp::float32 var_346;
        wp::float32 var_347;
        wp::float32 var_348;
        wp::vec_t<3, wp::float32> var_349;
        wp::vec_t<3, wp::float32> var_350;
        wp::vec_t<3, wp::float32> var_351;
        const wp::int32 var_352 = 0;
        wp::float32 var_353;
        const wp::int32 var_354 = 1;
        wp::float32 var_355;
        wp::float32 var_356;
        const wp::int32 var_357 = 2;
        wp::float32 var_358;
        wp::float32 var_359;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_360;
        wp::vec_t<3, wp::float32>* var_361;
        wp::array_t<wp::vec_t<3, wp::float32>> var_362;
        wp::vec_t<3, wp::float32> var_363;
        wp::vec_t<3, wp::float32> var_364;
        wp::vec_t<3, wp::float32> var_365;
        wp::vec_t<3, wp::float32> var_366;
        wp::vec_t<3, wp::float32> var_367;
        wp::vec_t<3, wp::float32> var_368;
        wp::float32 var_369;
        wp::float32 var_370;
        const wp::int32 var_371 = 2;
        const wp::int32 var_372 = 0;
        const wp::int32 var_373 = 3;
        wp::range_t var_374;
        wp::int32 var_375;
        const wp::int32 var_376 = 0;
        wp::int32 var_377;
        wp::int32 var_378;
        const wp::int32 var_379 = 1;
        wp::int32 var_380;
        wp::int32 var_381;
        const wp::int32 var_382 = 2;
        wp::int32 var_383;
        wp::int32 var_384;
        bool var_385;
        const wp::int32 var_386 = 0;
        bool var_387;
        const wp::int32 var_388 = 0;
        bool var_389;
        const wp::int32 var_390 = 0;
        bool var_391;
        bool var_392;
        bool var_393;
        bool var_394;
        wp::int32 var_395;
        wp::int32 var_396;
        wp::int32 var_397;
        wp::float32 var_398;
        wp::float32 var_399;
        wp::float32 var_400;
        wp::vec_t<3, wp::float32> var_401;
        wp::vec_t<3, wp::float32> var_402;
        wp::vec_t<3, wp::float32> var_403;
        const wp::int32 var_404 = 0;
        wp::float32 var_405;
        const wp::int32 var_406 = 1;
        wp::float32 var_407;
        wp::float32 var_408;
        const wp::int32 var_409 = 2;
        wp::float32 var_410;
        wp::float32 var_411;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_412;
        wp::vec_t<3, wp::float32>* var_413;
        wp::array_t<wp::vec_t<3, wp::float32>> var_414;
        wp::vec_t<3, wp::float32> var_415;
        wp::vec_t<3, wp::float32> var_416;
        wp::vec_t<3, wp::float32> var_417;
        wp::vec_t<3, wp::float32> var_418;
        wp::vec_t<3, wp::float32> var_419;
        wp::vec_t<3, wp::float32> var_420;
        wp::float32 var_421;
        wp::float32 var_422;
        const wp::int32 var_423 = 1;
        const wp::int32 var_424 = 3;
        wp::range_t var_425;
        wp::int32 var_426;
        const wp::int32 var_427 = 0;
        wp::int32 var_428;
        wp::int32 var_429;
        const wp::int32 var_430 = 1;
        wp::int32 var_431;
        wp::int32 var_432;
        const wp::int32 var_433 = 2;
        wp::int32 var_434;
        wp::int32 var_435;
        bool var_436;
        const wp::int32 var_437 = 0;
        bool var_438;
        const wp::int32 var_439 = 0;
        bool var_440;
        const wp::int32 var_441 = 0;
        bool var_442;
        bool var_443;
        bool var_444;
        bool var_445;
        wp::int32 var_446;
        wp::int32 var_447;
        wp::int32 var_448;
        wp::float32 var_449;
        wp::float32 var_450;
        wp::float32 var_451;
        wp::vec_t<3, wp::float32> var_452;
        wp::vec_t<3, wp::float32> var_453;
        wp::vec_t<3, wp::float32> var_454;
        const wp::int32 var_455 = 0;
        wp::float32 var_456;
        const wp::int32 var_457 = 1;
        wp::float32 var_458;
        wp::float32 var_459;
        const wp::int32 var_460 = 2;
        wp::float32 var_461;
        wp::float32 var_462;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_463;
        wp::vec_t<3, wp::float32>* var_464;
        wp::array_t<wp::vec_t<3, wp::float32>> var_465;
        wp::vec_t<3, wp::float32> var_466;
        wp::vec_t<3, wp::float32> var_467;
        wp::vec_t<3, wp::float32> var_468;
        wp::vec_t<3, wp::float32> var_469;
        wp::vec_t<3, wp::float32> var_470;
        wp::vec_t<3, wp::float32> var_471;
        wp::float32 var_472;
        wp::float32 var_473;
        const wp::int32 var_474 = 2;
        const wp::int32 var_475 = 3;
        wp::range_t var_476;
        wp::int32 var_477;
        const wp::int32 var_478 = 0;
        wp::int32 var_479;
        wp::int32 var_480;
        const wp::int32 var_481 = 1;
        wp::int32 var_482;
        wp::int32 var_483;
        const wp::int32 var_484 = 2;
        wp::int32 var_485;
        wp::int32 var_486;
        bool var_487;
        const wp::int32 var_488 = 0;
        bool var_489;
        const wp::int32 var_490 = 0;
        bool var_491;
        const wp::int32 var_492 = 0;
        bool var_493;
        bool var_494;
        bool var_495;
        bool var_496;
        wp::int32 var_497;
        wp::int32 var_498;
        wp::int32 var_499;
        wp::float32 var_500;
        wp::float32 var_501;
        wp::float32 var_502;
        wp::vec_t<3, wp::float32> var_503;
        wp::vec_t<3, wp::float32> var_504;
        wp::vec_t<3, wp::float32> var_505;
        const wp::int32 var_506 = 0;
        wp::float32 var_507;
        const wp::int32 var_508 = 1;
        wp::float32 var_509;
        wp::float32 var_510;
        const wp::int32 var_511 = 2;
        wp::float32 var_512;
        wp::float32 var_513;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_514;
        wp::vec_t<3, wp::float32>* var_515;
        wp::array_t<wp::vec_t<3, wp::float32>> var_516;
        wp::vec_t<3, wp::float32> var_517;
        wp::vec_t<3, wp::float32> var_518;
        wp::vec_t<3, wp::float32> var_519;
        wp::vec_t<3, wp::float32> var_520;
        wp::vec_t<3, wp::float32> var_521;
        wp::vec_t<3, wp::float32> var_522;
        wp::float32 var_523;
        wp::float32 var_524;
        //---------
        // forward
        // def p2g(s: MPMState, dx: float, dt: float, p_vol: float, p_mass: float, grid_v: wp.array3d(dtype=wp.vec3), grid_m: wp.array3d(dtype=float)):       <L 50>
        // p = s.x.shape[0]                                                                       <L 51>
        var_0 = &((var_s).x);
        var_1 = &(var_0->shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // i = wp.tid()                                                                           <L 52>
        var_5 = builtin_tid1d();
        // inv_dx = 1.0 / dx                                                                      <L 53>
        var_7 = wp::div(var_6, var_dx);
        // xp = s.x[i] * inv_dx                                                                   <L 54>
        var_8 = &((var_s).x);
        var_10 = wp::load(var_8);
        var_9 = wp::address(var_10, var_5);
        var_12 = wp::load(var_9);
        var_11 = wp::mul(var_12, var_7);
        // base = wp.vec3i(int(xp[0] - 0.5), int(xp[1] - 0.5), int(xp[2] - 0.5))                  <L 55>
        var_14 = wp::extract(var_11, var_13);
        var_16 = wp::sub(var_14, var_15);
        var_17 = wp::int(var_16);
        var_19 = wp::extract(var_11, var_18);
        var_21 = wp::sub(var_19, var_20);
        var_22 = wp::int(var_21);
        var_24 = wp::extract(var_11, var_23);
        var_26 = wp::sub(var_24, var_25);
        var_27 = wp::int(var_26);
        var_28 = wp::vec_t<3, wp::int32>(var_17, var_22, var_27);
        // fx = xp - wp.vec3(float(base[0]), float(base[1]), float(base[2]))                      <L 56>
        var_30 = wp::extract(var_28, var_29);
        var_31 = wp::float(var_30);
        var_33 = wp::extract(var_28, var_32);
        var_34 = wp::float(var_33);
        var_36 = wp::extract(var_28, var_35);
        var_37 = wp::float(var_36);
        var_38 = wp::vec_t<3, wp::float32>(var_31, var_34, var_37);
        var_39 = wp::sub(var_11, var_38);
        // w0, w1, w2 = quad_weights(fx)                                                          <L 57>
        quad_weights_0(var_39, var_40, var_41, var_42);
        // stress = fixed_corotated_stress(s.F[i], s.Jp[i])                                       <L 58>
        var_43 = &((var_s).F);
        var_45 = wp::load(var_43);
        var_44 = wp::address(var_45, var_5);
        var_46 = &((var_s).Jp);
        var_48 = wp::load(var_46);
        var_47 = wp::address(var_48, var_5);
        var_50 = wp::load(var_44);
        var_51 = wp::load(var_47);
        var_49 = fixed_corotated_stress_0(var_50, var_51);
        // affine = stress * (-dt * p_vol * 4.0 * inv_dx * inv_dx) + s.C[i] * p_mass              <L 59>
        var_52 = wp::neg(var_dt);
        var_53 = wp::mul(var_52, var_p_vol);
        var_55 = wp::mul(var_53, var_54);
        var_56 = wp::mul(var_55, var_7);
        var_57 = wp::mul(var_56, var_7);
        var_58 = wp::mul(var_49, var_57);
        var_59 = &((var_s).C);
        var_61 = wp::load(var_59);
        var_60 = wp::address(var_61, var_5);
        var_63 = wp::load(var_60);
        var_62 = wp::mul(var_63, var_p_mass);
        var_64 = wp::add(var_58, var_62);
        // for a in range(3):                                                                     <L 60>
        // for b in range(3):                                                                     <L 61>
        // for c in range(3):                                                                     <L 62>
        var_68 = wp::range(var_67);
        start_for_0:;
            if (iter_cmp(var_68) == 0) goto end_for_0;
            var_69 = wp::iter_next(var_68);
            // gi = base[0] + a                                                                   <L 63>
            var_71 = wp::extract(var_28, var_70);
            var_72 = wp::add(var_71, var_65);
            // gj = base[1] + b                                                                   <L 64>
            var_74 = wp::extract(var_28, var_73);
            var_75 = wp::add(var_74, var_66);
            // gk = base[2] + c                                                                   <L 65>
            var_77 = wp::extract(var_28, var_76);
            var_78 = wp::add(var_77, var_69);
            // if gi < 0 or gj < 0 or gk < 0 or gi >= GRID_RES or gj >= GRID_RES or gk >= GRID_RES:       <L 66>
            var_81 = (var_72 < var_80);
            var_79 = var_81;
            if (!var_79) {
                var_83 = (var_75 < var_82);
                var_79 = var_79 || var_83;
            }
            if (!var_79) {
                var_85 = (var_78 < var_84);
                var_79 = var_79 || var_85;
            }
            if (!var_79) {
                var_87 = (var_72 >= var_86);
                var_79 = var_79 || var_87;
            }
            if (!var_79) {
                var_88 = (var_75 >= var_86);
                var_79 = var_79 || var_88;
            }
            if (!var_79) {
                var_89 = (var_78 >= var_86);
                var_79 = var_79 || var_89;
            }
            if (var_79) {
                // continue                                                                       <L 67>
                goto start_for_0;
            }
            // dpos = (wp.vec3(float(a), float(b), float(c)) - fx) * dx                           <L 68>
            var_90 = wp::float(var_65);
            var_91 = wp::float(var_66);
            var_92 = wp::float(var_69);
            var_93 = wp::vec_t<3, wp::float32>(var_90, var_91, var_92);
            var_94 = wp::sub(var_93, var_39);
            var_95 = wp::mul(var_94, var_dx);
            // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 69>
            var_97 = pick_0(var_40, var_41, var_42, var_65, var_96);
            var_99 = pick_0(var_40, var_41, var_42, var_66, var_98);
            var_100 = wp::mul(var_97, var_99);
            var_102 = pick_0(var_40, var_41, var_42, var_69, var_101);
            var_103 = wp::mul(var_100, var_102);
            // wp.atomic_add(grid_v, gi, gj, gk, weight * (s.v[i] * p_mass + affine * dpos))       <L 70>
            var_104 = &((var_s).v);
            var_106 = wp::load(var_104);
            var_105 = wp::address(var_106, var_5);
            var_108 = wp::load(var_105);
            var_107 = wp::mul(var_108, var_p_mass);
            var_109 = wp::mul(var_64, var_95);
            var_110 = wp::add(var_107, var_109);
            var_111 = wp::mul(var_103, var_110);
            var_112 = wp::atomic_add(var_grid_v, var_72, var_75, var_78, var_111);
            // wp.atomic_add(grid_m, gi, gj, gk, weight * p_mass)                                 <L 71>
            var_113 = wp::mul(var_103, var_p_mass);
            var_114 = wp::atomic_add(var_grid_m, var_72, var_75, var_78, var_113);
            goto start_for_0;
        end_for_0:;
        // for c in range(3):                                                                     <L 62>
        var_117 = wp::range(var_116);
        start_for_2:;
            if (iter_cmp(var_117) == 0) goto end_for_2;
            var_118 = wp::iter_next(var_117);
            // gi = base[0] + a                                                                   <L 63>
            var_120 = wp::extract(var_28, var_119);
            var_121 = wp::add(var_120, var_65);
            // gj = base[1] + b                                                                   <L 64>
            var_123 = wp::extract(var_28, var_122);
            var_124 = wp::add(var_123, var_115);
            // gk = base[2] + c                                                                   <L 65>
            var_126 = wp::extract(var_28, var_125);
            var_127 = wp::add(var_126, var_118);
            // if gi < 0 or gj < 0 or gk < 0 or gi >= GRID_RES or gj >= GRID_RES or gk >= GRID_RES:       <L 66>
            var_130 = (var_121 < var_129);
            var_128 = var_130;
            if (!var_128) {
                var_132 = (var_124 < var_131);
                var_128 = var_128 || var_132;
            }
            if (!var_128) {
                var_134 = (var_127 < var_133);
                var_128 = var_128 || var_134;
            }
            if (!var_128) {
                var_135 = (var_121 >= var_86);
                var_128 = var_128 || var_135;
            }
            if (!var_128) {
                var_136 = (var_124 >= var_86);
                var_128 = var_128 || var_136;
            }
            if (!var_128) {
                var_137 = (var_127 >= var_86);
                var_128 = var_128 || var_137;
            }
            if (var_128) {
                // continue                                                                       <L 67>
                wp::assign(var_72, var_121);
                wp::assign(var_75, var_124);
                wp::assign(var_78, var_127);
                goto start_for_2;
            }
            var_138 = wp::where(var_128, var_72, var_121);
            var_139 = wp::where(var_128, var_75, var_124);
            var_140 = wp::where(var_128, var_78, var_127);
            // dpos = (wp.vec3(float(a), float(b), float(c)) - fx) * dx                           <L 68>
            var_141 = wp::float(var_65);
            var_142 = wp::float(var_115);
            var_143 = wp::float(var_118);
            var_144 = wp::vec_t<3, wp::float32>(var_141, var_142, var_143);
            var_145 = wp::sub(var_144, var_39);
            var_146 = wp::mul(var_145, var_dx);
            // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 69>
            var_148 = pick_0(var_40, var_41, var_42, var_65, var_147);
            var_150 = pick_0(var_40, var_41, var_42, var_115, var_149);
            var_151 = wp::mul(var_148, var_150);
            var_153 = pick_0(var_40, var_41, var_42, var_118, var_152);
            var_154 = wp::mul(var_151, var_153);
            // wp.atomic_add(grid_v, gi, gj, gk, weight * (s.v[i] * p_mass + affine * dpos))       <L 70>
            var_155 = &((var_s).v);
            var_157 = wp::load(var_155);
            var_156 = wp::address(var_157, var_5);
            var_159 = wp::load(var_156);
            var_158 = wp::mul(var_159, var_p_mass);
            var_160 = wp::mul(var_64, var_146);
            var_161 = wp::add(var_158, var_160);
            var_162 = wp::mul(var_154, var_161);
            var_163 = wp::atomic_add(var_grid_v, var_138, var_139, var_140, var_162);
            // wp.atomic_add(grid_m, gi, gj, gk, weight * p_mass)                                 <L 71>
            var_164 = wp::mul(var_154, var_p_mass);
            var_165 = wp::atomic_add(var_grid_m, var_138, var_139, var_140, var_164);
            wp::assign(var_72, var_138);
            wp::assign(var_75, var_139);
            wp::assign(var_78, var_140);
            wp::assign(var_95, var_146);
            wp::assign(var_103, var_154);
            goto start_for_2;
        end_for_2:;
        // for c in range(3):                                                                     <L 62>
        var_168 = wp::range(var_167);
        start_for_4:;
            if (iter_cmp(var_168) == 0) goto end_for_4;
            var_169 = wp::iter_next(var_168);
            // gi = base[0] + a                                                                   <L 63>
            var_171 = wp::extract(var_28, var_170);
            var_172 = wp::add(var_171, var_65);
            // gj = base[1] + b                                                                   <L 64>
            var_174 = wp::extract(var_28, var_173);
            var_175 = wp::add(var_174, var_166);
            // gk = base[2] + c                                                                   <L 65>
            var_177 = wp::extract(var_28, var_176);
            var_178 = wp::add(var_177, var_169);
            // if gi < 0 or gj < 0 or gk < 0 or gi >= GRID_RES or gj >= GRID_RES or gk >= GRID_RES:       <L 66>
            var_181 = (var_172 < var_180);
            var_179 = var_181;
            if (!var_179) {
                var_183 = (var_175 < var_182);
                var_179 = var_179 || var_183;
            }
            if (!var_179) {
                var_185 = (var_178 < var_184);
                var_179 = var_179 || var_185;
            }
            if (!var_179) {
                var_186 = (var_172 >= var_86);
                var_179 = var_179 || var_186;
            }
            if (!var_179) {
                var_187 = (var_175 >= var_86);
                var_179 = var_179 || var_187;
            }
            if (!var_179) {
                var_188 = (var_178 >= var_86);
                var_179 = var_179 || var_188;
            }
            if (var_179) {
                // continue                                                                       <L 67>
                wp::assign(var_72, var_172);
                wp::assign(var_75, var_175);
                wp::assign(var_78, var_178);
                goto start_for_4;
            }
            var_189 = wp::where(var_179, var_72, var_172);
            var_190 = wp::where(var_179, var_75, var_175);
            var_191 = wp::where(var_179, var_78, var_178);
            // dpos = (wp.vec3(float(a), float(b), float(c)) - fx) * dx                           <L 68>
            var_192 = wp::float(var_65);
            var_193 = wp::float(var_166);
            var_194 = wp::float(var_169);
            var_195 = wp::vec_t<3, wp::float32>(var_192, var_193, var_194);
            var_196 = wp::sub(var_195, var_39);
            var_197 = wp::mul(var_196, var_dx);
            // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 69>
            var_199 = pick_0(var_40, var_41, var_42, var_65, var_198);
            var_201 = pick_0(var_40, var_41, var_42, var_166, var_200);
            var_202 = wp::mul(var_199, var_201);
            var_204 = pick_0(var_40, var_41, var_42, var_169, var_203);
            var_205 = wp::mul(var_202, var_204);
            // wp.atomic_add(grid_v, gi, gj, gk, weight * (s.v[i] * p_mass + affine * dpos))       <L 70>
            var_206 = &((var_s).v);
            var_208 = wp::load(var_206);
            var_207 = wp::address(var_208, var_5);
            var_210 = wp::load(var_207);
            var_209 = wp::mul(var_210, var_p_mass);
            var_211 = wp::mul(var_64, var_197);
            var_212 = wp::add(var_209, var_211);
            var_213 = wp::mul(var_205, var_212);
            var_214 = wp::atomic_add(var_grid_v, var_189, var_190, var_191, var_213);
            // wp.atomic_add(grid_m, gi, gj, gk, weight * p_mass)                                 <L 71>
            var_215 = wp::mul(var_205, var_p_mass);
            var_216 = wp::atomic_add(var_grid_m, var_189, var_190, var_191, var_215);
            wp::assign(var_72, var_189);
            wp::assign(var_75, var_190);
            wp::assign(var_78, var_191);
            wp::assign(var_95, var_197);
            wp::assign(var_103, var_205);
            goto start_for_4;
        end_for_4:;
        // for b in range(3):                                                                     <L 61>
        // for c in range(3):                                                                     <L 62>
        var_220 = wp::range(var_219);
        start_for_6:;
            if (iter_cmp(var_220) == 0) goto end_for_6;
            var_221 = wp::iter_next(var_220);
            // gi = base[0] + a                                                                   <L 63>
            var_223 = wp::extract(var_28, var_222);
            var_224 = wp::add(var_223, var_217);
            // gj = base[1] + b                                                                   <L 64>
            var_226 = wp::extract(var_28, var_225);
            var_227 = wp::add(var_226, var_218);
            // gk = base[2] + c                                                                   <L 65>
            var_229 = wp::extract(var_28, var_228);
            var_230 = wp::add(var_229, var_221);
            // if gi < 0 or gj < 0 or gk < 0 or gi >= GRID_RES or gj >= GRID_RES or gk >= GRID_RES:       <L 66>
            var_233 = (var_224 < var_232);
            var_231 = var_233;
            if (!var_231) {
                var_235 = (var_227 < var_234);
                var_231 = var_231 || var_235;
            }
            if (!var_231) {
                var_237 = (var_230 < var_236);
                var_231 = var_231 || var_237;
            }
            if (!var_231) {
                var_238 = (var_224 >= var_86);
                var_231 = var_231 || var_238;
            }
            if (!var_231) {
                var_239 = (var_227 >= var_86);
                var_231 = var_231 || var_239;
            }
            if (!var_231) {
                var_240 = (var_230 >= var_86);
                var_231 = var_231 || var_240;
            }
            if (var_231) {
                // continue                                                                       <L 67>
                wp::assign(var_72, var_224);
                wp::assign(var_75, var_227);
                wp::assign(var_78, var_230);
                goto start_for_6;
            }
            var_241 = wp::where(var_231, var_72, var_224);
            var_242 = wp::where(var_231, var_75, var_227);
            var_243 = wp::where(var_231, var_78, var_230);
            // dpos = (wp.vec3(float(a), float(b), float(c)) - fx) * dx                           <L 68>
            var_244 = wp::float(var_217);
            var_245 = wp::float(var_218);
            var_246 = wp::float(var_221);
            var_247 = wp::vec_t<3, wp::float32>(var_244, var_245, var_246);
            var_248 = wp::sub(var_247, var_39);
            var_249 = wp::mul(var_248, var_dx);
            // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 69>
            var_251 = pick_0(var_40, var_41, var_42, var_217, var_250);
            var_253 = pick_0(var_40, var_41, var_42, var_218, var_252);
            var_254 = wp::mul(var_251, var_253);
            var_256 = pick_0(var_40, var_41, var_42, var_221, var_255);
            var_257 = wp::mul(var_254, var_256);
            // wp.atomic_add(grid_v, gi, gj, gk, weight * (s.v[i] * p_mass + affine * dpos))       <L 70>
            var_258 = &((var_s).v);
            var_260 = wp::load(var_258);
            var_259 = wp::address(var_260, var_5);
            var_262 = wp::load(var_259);
            var_261 = wp::mul(var_262, var_p_mass);
            var_263 = wp::mul(var_64, var_249);
            var_264 = wp::add(var_261, var_263);
            var_265 = wp::mul(var_257, var_264);
            var_266 = wp::atomic_add(var_grid_v, var_241, var_242, var_243, var_265);
            // wp.atomic_add(grid_m, gi, gj, gk, weight * p_mass)                                 <L 71>
            var_267 = wp::mul(var_257, var_p_mass);
            var_268 = wp::atomic_add(var_grid_m, var_241, var_242, var_243, var_267);
            wp::assign(var_72, var_241);
            wp::assign(var_75, var_242);
            wp::assign(var_78, var_243);
            wp::assign(var_95, var_249);
            wp::assign(var_103, var_257);
            goto start_for_6;
        end_for_6:;
        // for c in range(3):                                                                     <L 62>
        var_271 = wp::range(var_270);
        start_for_8:;
            if (iter_cmp(var_271) == 0) goto end_for_8;
            var_272 = wp::iter_next(var_271);
            // gi = base[0] + a                                                                   <L 63>
            var_274 = wp::extract(var_28, var_273);
            var_275 = wp::add(var_274, var_217);
            // gj = base[1] + b                                                                   <L 64>
            var_277 = wp::extract(var_28, var_276);
            var_278 = wp::add(var_277, var_269);
            // gk = base[2] + c                                                                   <L 65>
            var_280 = wp::extract(var_28, var_279);
            var_281 = wp::add(var_280, var_272);
            // if gi < 0 or gj < 0 or gk < 0 or gi >= GRID_RES or gj >= GRID_RES or gk >= GRID_RES:       <L 66>
            var_284 = (var_275 < var_283);
            var_282 = var_284;
            if (!var_282) {
                var_286 = (var_278 < var_285);
                var_282 = var_282 || var_286;
            }
            if (!var_282) {
                var_288 = (var_281 < var_287);
                var_282 = var_282 || var_288;
            }
            if (!var_282) {
                var_289 = (var_275 >= var_86);
                var_282 = var_282 || var_289;
            }
            if (!var_282) {
                var_290 = (var_278 >= var_86);
                var_282 = var_282 || var_290;
            }
            if (!var_282) {
                var_291 = (var_281 >= var_86);
                var_282 = var_282 || var_291;
            }
            if (var_282) {
                // continue                                                                       <L 67>
                wp::assign(var_72, var_275);
                wp::assign(var_75, var_278);
                wp::assign(var_78, var_281);
                goto start_for_8;
            }
            var_292 = wp::where(var_282, var_72, var_275);
            var_293 = wp::where(var_282, var_75, var_278);
            var_294 = wp::where(var_282, var_78, var_281);
            // dpos = (wp.vec3(float(a), float(b), float(c)) - fx) * dx                           <L 68>
            var_295 = wp::float(var_217);
            var_296 = wp::float(var_269);
            var_297 = wp::float(var_272);
            var_298 = wp::vec_t<3, wp::float32>(var_295, var_296, var_297);
            var_299 = wp::sub(var_298, var_39);
            var_300 = wp::mul(var_299, var_dx);
            // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 69>
            var_302 = pick_0(var_40, var_41, var_42, var_217, var_301);
            var_304 = pick_0(var_40, var_41, var_42, var_269, var_303);
            var_305 = wp::mul(var_302, var_304);
            var_307 = pick_0(var_40, var_41, var_42, var_272, var_306);
            var_308 = wp::mul(var_305, var_307);
            // wp.atomic_add(grid_v, gi, gj, gk, weight * (s.v[i] * p_mass + affine * dpos))       <L 70>
            var_309 = &((var_s).v);
            var_311 = wp::load(var_309);
            var_310 = wp::address(var_311, var_5);
            var_313 = wp::load(var_310);
            var_312 = wp::mul(var_313, var_p_mass);
            var_314 = wp::mul(var_64, var_300);
            var_315 = wp::add(var_312, var_314);
            var_316 = wp::mul(var_308, var_315);
            var_317 = wp::atomic_add(var_grid_v, var_292, var_293, var_294, var_316);
            // wp.atomic_add(grid_m, gi, gj, gk, weight * p_mass)                                 <L 71>
            var_318 = wp::mul(var_308, var_p_mass);
            var_319 = wp::atomic_add(var_grid_m, var_292, var_293, var_294, var_318);
            wp::assign(var_72, var_292);
            wp::assign(var_75, var_293);
            wp::assign(var_78, var_294);
            wp::assign(var_95, var_300);
            wp::assign(var_103, var_308);
            goto start_for_8;
        end_for_8:;
        // for c in range(3):                                                                     <L 62>
        var_322 = wp::range(var_321);
        start_for_10:;
            if (iter_cmp(var_322) == 0) goto end_for_10;
            var_323 = wp::iter_next(var_322);
            // gi = base[0] + a                                                                   <L 63>
            var_325 = wp::extract(var_28, var_324);
            var_326 = wp::add(var_325, var_217);
            // gj = base[1] + b                                                                   <L 64>
            var_328 = wp::extract(var_28, var_327);
            var_329 = wp::add(var_328, var_320);
            // gk = base[2] + c                                                                   <L 65>
            var_331 = wp::extract(var_28, var_330);
            var_332 = wp::add(var_331, var_323);
            // if gi < 0 or gj < 0 or gk < 0 or gi >= GRID_RES or gj >= GRID_RES or gk >= GRID_RES:       <L 66>
            var_335 = (var_326 < var_334);
            var_333 = var_335;
            if (!var_333) {
                var_337 = (var_329 < var_336);
                var_333 = var_333 || var_337;
            }
            if (!var_333) {
                var_339 = (var_332 < var_338);
                var_333 = var_333 || var_339;
            }
            if (!var_333) {
                var_340 = (var_326 >= var_86);
                var_333 = var_333 || var_340;
            }
            if (!var_333) {
                var_341 = (var_329 >= var_86);
                var_333 = var_333 || var_341;
            }
            if (!var_333) {
                var_342 = (var_332 >= var_86);
                var_333 = var_333 || var_342;
            }
            if (var_333) {
                // continue                                                                       <L 67>
                wp::assign(var_72, var_326);
                wp::assign(var_75, var_329);
                wp::assign(var_78, var_332);
                goto start_for_10;
            }
            var_343 = wp::where(var_333, var_72, var_326);
            var_344 = wp::where(var_333, var_75, var_329);
            var_345 = wp::where(var_333, var_78, var_332);
            // dpos = (wp.vec3(float(a), float(b), float(c)) - fx) * dx                           <L 68>
            var_346 = wp::float(var_217);
            var_347 = wp::float(var_320);
            var_348 = wp::float(var_323);
            var_349 = wp::vec_t<3, wp::float32>(var_346, var_347, var_348);
            var_350 = wp::sub(var_349, var_39);
            var_351 = wp::mul(var_350, var_dx);
            // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 69>
            var_353 = pick_0(var_40, var_41, var_42, var_217, var_352);
            var_355 = pick_0(var_40, var_41, var_42, var_320, var_354);
            var_356 = wp::mul(var_353, var_355);
            var_358 = pick_0(var_40, var_41, var_42, var_323, var_357);
            var_359 = wp::mul(var_356, var_358);
            // wp.atomic_add(grid_v, gi, gj, gk, weight * (s.v[i] * p_mass + affine * dpos))       <L 70>
            var_360 = &((var_s).v);
            var_362 = wp::load(var_360);
            var_361 = wp::address(var_362, var_5);
            var_364 = wp::load(var_361);
            var_363 = wp::mul(var_364, var_p_mass);
            var_365 = wp::mul(var_64, var_351);
            var_366 = wp::add(var_363, var_365);
            var_367 = wp::mul(var_359, var_366);
            var_368 = wp::atomic_add(var_grid_v, var_343, var_344, var_345, var_367);
            // wp.atomic_add(grid_m, gi, gj, gk, weight * p_mass)                                 <L 71>
            var_369 = wp::mul(var_359, var_p_mass);
            var_370 = wp::atomic_add(var_grid_m, var_343, var_344, var_345, var_369);
            wp::assign(var_72, var_343);
            wp::assign(var_75, var_344);
            wp::assign(var_78, var_345);
            wp::assign(var_95, var_351);
            wp::assign(var_103, var_359);
            goto start_for_10;
        end_for_10:;
        // for b in range(3):                                                                     <L 61>
        // for c in range(3):                                                                     <L 62>
        var_374 = wp::range(var_373);
        start_for_12:;
            if (iter_cmp(var_374) == 0) goto end_for_12;
            var_375 = wp::iter_next(var_374);
            // gi = base[0] + a                                                                   <L 63>
            var_377 = wp::extract(var_28, var_376);
            var_378 = wp::add(var_377, var_371);
            // gj = base[1] + b                                                                   <L 64>
            var_380 = wp::extract(var_28, var_379);
            var_381 = wp::add(var_380, var_372);
            // gk = base[2] + c                                                                   <L 65>
            var_383 = wp::extract(var_28, var_382);
            var_384 = wp::add(var_383, var_375);
            // if gi < 0 or gj < 0 or gk < 0 or gi >= GRID_RES or gj >= GRID_RES or gk >= GRID_RES:       <L 66>
            var_387 = (var_378 < var_386);
            var_385 = var_387;
            if (!var_385) {
                var_389 = (var_381 < var_388);
                var_385 = var_385 || var_389;
            }
            if (!var_385) {
                var_391 = (var_384 < var_390);
                var_385 = var_385 || var_391;
            }
            if (!var_385) {
                var_392 = (var_378 >= var_86);
                var_385 = var_385 || var_392;
            }
            if (!var_385) {
                var_393 = (var_381 >= var_86);
                var_385 = var_385 || var_393;
            }
            if (!var_385) {
                var_394 = (var_384 >= var_86);
                var_385 = var_385 || var_394;
            }
            if (var_385) {
                // continue                                                                       <L 67>
                wp::assign(var_72, var_378);
                wp::assign(var_75, var_381);
                wp::assign(var_78, var_384);
                goto start_for_12;
            }
            var_395 = wp::where(var_385, var_72, var_378);
            var_396 = wp::where(var_385, var_75, var_381);
            var_397 = wp::where(var_385, var_78, var_384);
            // dpos = (wp.vec3(float(a), float(b), float(c)) - fx) * dx                           <L 68>
            var_398 = wp::float(var_371);
            var_399 = wp::float(var_372);
            var_400 = wp::float(var_375);
            var_401 = wp::vec_t<3, wp::float32>(var_398, var_399, var_400);
            var_402 = wp::sub(var_401, var_39);
            var_403 = wp::mul(var_402, var_dx);
            // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 69>
            var_405 = pick_0(var_40, var_41, var_42, var_371, var_404);
            var_407 = pick_0(var_40, var_41, var_42, var_372, var_406);
            var_408 = wp::mul(var_405, var_407);
            var_410 = pick_0(var_40, var_41, var_42, var_375, var_409);
            var_411 = wp::mul(var_408, var_410);
            // wp.atomic_add(grid_v, gi, gj, gk, weight * (s.v[i] * p_mass + affine * dpos))       <L 70>
            var_412 = &((var_s).v);
            var_414 = wp::load(var_412);
            var_413 = wp::address(var_414, var_5);
            var_416 = wp::load(var_413);
            var_415 = wp::mul(var_416, var_p_mass);
            var_417 = wp::mul(var_64, var_403);
            var_418 = wp::add(var_415, var_417);
            var_419 = wp::mul(var_411, var_418);
            var_420 = wp::atomic_add(var_grid_v, var_395, var_396, var_397, var_419);
            // wp.atomic_add(grid_m, gi, gj, gk, weight * p_mass)                                 <L 71>
            var_421 = wp::mul(var_411, var_p_mass);
            var_422 = wp::atomic_add(var_grid_m, var_395, var_396, var_397, var_421);
            wp::assign(var_72, var_395);
            wp::assign(var_75, var_396);
            wp::assign(var_78, var_397);
            wp::assign(var_95, var_403);
            wp::assign(var_103, var_411);
            goto start_for_12;
        end_for_12:;
        // for c in range(3):                                                                     <L 62>
        var_425 = wp::range(var_424);
        start_for_14:;
            if (iter_cmp(var_425) == 0) goto end_for_14;
            var_426 = wp::iter_next(var_425);
            // gi = base[0] + a                                                                   <L 63>
            var_428 = wp::extract(var_28, var_427);
            var_429 = wp::add(var_428, var_371);
            // gj = base[1] + b                                                                   <L 64>
            var_431 = wp::extract(var_28, var_430);
            var_432 = wp::add(var_431, var_423);
            // gk = base[2] + c                                                                   <L 65>
            var_434 = wp::extract(var_28, var_433);
            var_435 = wp::add(var_434, var_426);
            // if gi < 0 or gj < 0 or gk < 0 or gi >= GRID_RES or gj >= GRID_RES or gk >= GRID_RES:       <L 66>
            var_438 = (var_429 < var_437);
            var_436 = var_438;
            if (!var_436) {
                var_440 = (var_432 < var_439);
                var_436 = var_436 || var_440;
            }
            if (!var_436) {
                var_442 = (var_435 < var_441);
                var_436 = var_436 || var_442;
            }
            if (!var_436) {
                var_443 = (var_429 >= var_86);
                var_436 = var_436 || var_443;
            }
            if (!var_436) {
                var_444 = (var_432 >= var_86);
                var_436 = var_436 || var_444;
            }
            if (!var_436) {
                var_445 = (var_435 >= var_86);
                var_436 = var_436 || var_445;
            }
            if (var_436) {
                // continue                                                                       <L 67>
                wp::assign(var_72, var_429);
                wp::assign(var_75, var_432);
                wp::assign(var_78, var_435);
                goto start_for_14;
            }
            var_446 = wp::where(var_436, var_72, var_429);
            var_447 = wp::where(var_436, var_75, var_432);
            var_448 = wp::where(var_436, var_78, var_435);
            // dpos = (wp.vec3(float(a), float(b), float(c)) - fx) * dx                           <L 68>
            var_449 = wp::float(var_371);
            var_450 = wp::float(var_423);
            var_451 = wp::float(var_426);
            var_452 = wp::vec_t<3, wp::float32>(var_449, var_450, var_451);
            var_453 = wp::sub(var_452, var_39);
            var_454 = wp::mul(var_453, var_dx);
            // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 69>
            var_456 = pick_0(var_40, var_41, var_42, var_371, var_455);
            var_458 = pick_0(var_40, var_41, var_42, var_423, var_457);
            var_459 = wp::mul(var_456, var_458);
            var_461 = pick_0(var_40, var_41, var_42, var_426, var_460);
            var_462 = wp::mul(var_459, var_461);
            // wp.atomic_add(grid_v, gi, gj, gk, weight * (s.v[i] * p_mass + affine * dpos))       <L 70>
            var_463 = &((var_s).v);
            var_465 = wp::load(var_463);
            var_464 = wp::address(var_465, var_5);
            var_467 = wp::load(var_464);
            var_466 = wp::mul(var_467, var_p_mass);
            var_468 = wp::mul(var_64, var_454);
            var_469 = wp::add(var_466, var_468);
            var_470 = wp::mul(var_462, var_469);
            var_471 = wp::atomic_add(var_grid_v, var_446, var_447, var_448, var_470);
            // wp.atomic_add(grid_m, gi, gj, gk, weight * p_mass)                                 <L 71>
            var_472 = wp::mul(var_462, var_p_mass);
            var_473 = wp::atomic_add(var_grid_m, var_446, var_447, var_448, var_472);
            wp::assign(var_72, var_446);
            wp::assign(var_75, var_447);
            wp::assign(var_78, var_448);
            wp::assign(var_95, var_454);
            wp::assign(var_103, var_462);
            goto start_for_14;
        end_for_14:;
        // for c in range(3):                                                                     <L 62>
        var_476 = wp::range(var_475);
        start_for_16:;
            if (iter_cmp(var_476) == 0) goto end_for_16;
            var_477 = wp::iter_next(var_476);
            // gi = base[0] + a                                                                   <L 63>
            var_479 = wp::extract(var_28, var_478);
            var_480 = wp::add(var_479, var_371);
            // gj = base[1] + b                                                                   <L 64>
            var_482 = wp::extract(var_28, var_481);
            var_483 = wp::add(var_482, var_474);
            // gk = base[2] + c                                                                   <L 65>
            var_485 = wp::extract(var_28, var_484);
            var_486 = wp::add(var_485, var_477);
            // if gi < 0 or gj < 0 or gk < 0 or gi >= GRID_RES or gj >= GRID_RES or gk >= GRID_RES:       <L 66>
            var_489 = (var_480 < var_488);
            var_487 = var_489;
            if (!var_487) {
                var_491 = (var_483 < var_490);
                var_487 = var_487 || var_491;
            }
            if (!var_487) {
                var_493 = (var_486 < var_492);
                var_487 = var_487 || var_493;
            }
            if (!var_487) {
                var_494 = (var_480 >= var_86);
                var_487 = var_487 || var_494;
            }
            if (!var_487) {
                var_495 = (var_483 >= var_86);
                var_487 = var_487 || var_495;
            }
            if (!var_487) {
                var_496 = (var_486 >= var_86);
                var_487 = var_487 || var_496;
            }
            if (var_487) {
                // continue                                                                       <L 67>
                wp::assign(var_72, var_480);
                wp::assign(var_75, var_483);
                wp::assign(var_78, var_486);
                goto start_for_16;
            }
            var_497 = wp::where(var_487, var_72, var_480);
            var_498 = wp::where(var_487, var_75, var_483);
            var_499 = wp::where(var_487, var_78, var_486);
            // dpos = (wp.vec3(float(a), float(b), float(c)) - fx) * dx                           <L 68>
            var_500 = wp::float(var_371);
            var_501 = wp::float(var_474);
            var_502 = wp::float(var_477);
            var_503 = wp::vec_t<3, wp::float32>(var_500, var_501, var_502);
            var_504 = wp::sub(var_503, var_39);
            var_505 = wp::mul(var_504, var_dx);
            // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 69>
            var_507 = pick_0(var_40, var_41, var_42, var_371, var_506);
            var_509 = pick_0(var_40, var_41, var_42, var_474, var_508);
            var_510 = wp::mul(var_507, var_509);
            var_512 = pick_0(var_40, var_41, var_42, var_477, var_511);
            var_513 = wp::mul(var_510, var_512);
            // wp.atomic_add(grid_v, gi, gj, gk, weight * (s.v[i] * p_mass + affine * dpos))       <L 70>
            var_514 = &((var_s).v);
            var_516 = wp::load(var_514);
            var_515 = wp::address(var_516, var_5);
            var_518 = wp::load(var_515);
            var_517 = wp::mul(var_518, var_p_mass);
            var_519 = wp::mul(var_64, var_505);
            var_520 = wp::add(var_517, var_519);
            var_521 = wp::mul(var_513, var_520);
            var_522 = wp::atomic_add(var_grid_v, var_497, var_498, var_499, var_521);
            // wp.atomic_add(grid_m, gi, gj, gk, weight * p_mass)                                 <L 71>
            var_523 = wp::mul(var_513, var_p_mass);
            var_524 = wp::atomic_add(var_grid_m, var_497, var_498, var_499, var_523);
            wp::assign(var_72, var_497);
            wp::assign(var_75, var_498);
            wp::assign(var_78, var_499);
            wp::assign(var_95, var_505);
            wp::assign(var_103, var_513);
            goto start_for_16;
        end_for_16:;
    }
}



extern "C" __global__ void grid_update_97b27c27_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_v,
    wp::array_t<wp::float32> var_grid_m,
    wp::vec_t<3, wp::float32> var_gravity,
    wp::float32 var_dt,
    wp::int32 var_bound)
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
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 0.0;
        bool var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        bool var_13;
        bool var_14;
        const wp::int32 var_15 = 0;
        wp::float32 var_16;
        const wp::float32 var_17 = 0.0;
        bool var_18;
        const wp::float32 var_19 = 0.0;
        const wp::int32 var_20 = 0;
        bool var_21;
        const wp::int32 var_22 = 32;
        wp::int32 var_23;
        bool var_24;
        const wp::int32 var_25 = 0;
        wp::float32 var_26;
        const wp::float32 var_27 = 0.0;
        bool var_28;
        const wp::float32 var_29 = 0.0;
        const wp::int32 var_30 = 0;
        bool var_31;
        bool var_32;
        const wp::int32 var_33 = 1;
        wp::float32 var_34;
        const wp::float32 var_35 = 0.0;
        bool var_36;
        const wp::float32 var_37 = 0.0;
        const wp::int32 var_38 = 1;
        bool var_39;
        wp::int32 var_40;
        bool var_41;
        const wp::int32 var_42 = 1;
        wp::float32 var_43;
        const wp::float32 var_44 = 0.0;
        bool var_45;
        const wp::float32 var_46 = 0.0;
        const wp::int32 var_47 = 1;
        bool var_48;
        bool var_49;
        const wp::int32 var_50 = 2;
        wp::float32 var_51;
        const wp::float32 var_52 = 0.0;
        bool var_53;
        const wp::float32 var_54 = 0.0;
        const wp::int32 var_55 = 2;
        bool var_56;
        wp::int32 var_57;
        bool var_58;
        const wp::int32 var_59 = 2;
        wp::float32 var_60;
        const wp::float32 var_61 = 0.0;
        bool var_62;
        const wp::float32 var_63 = 0.0;
        const wp::int32 var_64 = 2;
        //---------
        // forward
        // def grid_update(grid_v: wp.array3d(dtype=wp.vec3), grid_m: wp.array3d(dtype=float), gravity: wp.vec3, dt: float, bound: int):       <L 75>
        // i, j, k = wp.tid()                                                                     <L 76>
        builtin_tid3d(var_0, var_1, var_2);
        // m = grid_m[i, j, k]                                                                    <L 77>
        var_3 = wp::address(var_grid_m, var_0, var_1, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // if m <= 0.0:                                                                           <L 78>
        var_7 = (var_4 <= var_6);
        if (var_7) {
            // return                                                                             <L 79>
            continue;
        }
        // v = grid_v[i, j, k] / m + gravity * dt                                                 <L 80>
        var_8 = wp::address(var_grid_v, var_0, var_1, var_2);
        var_10 = wp::load(var_8);
        var_9 = wp::div(var_10, var_4);
        var_11 = wp::mul(var_gravity, var_dt);
        var_12 = wp::add(var_9, var_11);
        // if i < bound and v[0] < 0.0:                                                           <L 81>
        var_14 = (var_0 < var_bound);
        var_13 = var_14;
        if (var_13) {
            var_16 = wp::extract(var_12, var_15);
            var_18 = (var_16 < var_17);
            var_13 = var_13 && var_18;
        }
        if (var_13) {
            // v[0] = 0.0                                                                         <L 82>
            wp::assign_inplace(var_12, var_20, var_19);
        }
        // if i > GRID_RES - bound and v[0] > 0.0:                                                <L 83>
        var_23 = wp::sub(var_22, var_bound);
        var_24 = (var_0 > var_23);
        var_21 = var_24;
        if (var_21) {
            var_26 = wp::extract(var_12, var_25);
            var_28 = (var_26 > var_27);
            var_21 = var_21 && var_28;
        }
        if (var_21) {
            // v[0] = 0.0                                                                         <L 84>
            wp::assign_inplace(var_12, var_30, var_29);
        }
        // if j < bound and v[1] < 0.0:                                                           <L 85>
        var_32 = (var_1 < var_bound);
        var_31 = var_32;
        if (var_31) {
            var_34 = wp::extract(var_12, var_33);
            var_36 = (var_34 < var_35);
            var_31 = var_31 && var_36;
        }
        if (var_31) {
            // v[1] = 0.0                                                                         <L 86>
            wp::assign_inplace(var_12, var_38, var_37);
        }
        // if j > GRID_RES - bound and v[1] > 0.0:                                                <L 87>
        var_40 = wp::sub(var_22, var_bound);
        var_41 = (var_1 > var_40);
        var_39 = var_41;
        if (var_39) {
            var_43 = wp::extract(var_12, var_42);
            var_45 = (var_43 > var_44);
            var_39 = var_39 && var_45;
        }
        if (var_39) {
            // v[1] = 0.0                                                                         <L 88>
            wp::assign_inplace(var_12, var_47, var_46);
        }
        // if k < bound and v[2] < 0.0:                                                           <L 89>
        var_49 = (var_2 < var_bound);
        var_48 = var_49;
        if (var_48) {
            var_51 = wp::extract(var_12, var_50);
            var_53 = (var_51 < var_52);
            var_48 = var_48 && var_53;
        }
        if (var_48) {
            // v[2] = 0.0                                                                         <L 90>
            wp::assign_inplace(var_12, var_55, var_54);
        }
        // if k > GRID_RES - bound and v[2] > 0.0:                                                <L 91>
        var_57 = wp::sub(var_22, var_bound);
        var_58 = (var_2 > var_57);
        var_56 = var_58;
        if (var_56) {
            var_60 = wp::extract(var_12, var_59);
            var_62 = (var_60 > var_61);
            var_56 = var_56 && var_62;
        }
        if (var_56) {
            // v[2] = 0.0                                                                         <L 92>
            wp::assign_inplace(var_12, var_64, var_63);
        }
        // grid_v[i, j, k] = v                                                                    <L 93>
        wp::array_store(var_grid_v, var_0, var_1, var_2, var_12);
    }
}



extern "C" __global__ void g2p_c20494a9_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    MPMState_fed5450d var_s,
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_v,
    wp::float32 var_dx,
    wp::float32 var_dt)
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
        const wp::float32 var_1 = 1.0;
        wp::float32 var_2;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::array_t<wp::vec_t<3, wp::float32>> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.5;
        wp::float32 var_11;
        wp::int32 var_12;
        const wp::int32 var_13 = 1;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.5;
        wp::float32 var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 2;
        wp::float32 var_19;
        const wp::float32 var_20 = 0.5;
        wp::float32 var_21;
        wp::int32 var_22;
        wp::vec_t<3, wp::int32> var_23;
        const wp::int32 var_24 = 0;
        wp::int32 var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        wp::float32 var_29;
        const wp::int32 var_30 = 2;
        wp::int32 var_31;
        wp::float32 var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::mat_t<3, 3, wp::float32> var_39;
        const wp::int32 var_40 = 0;
        const wp::int32 var_41 = 0;
        const wp::int32 var_42 = 0;
        const wp::int32 var_43 = 0;
        wp::int32 var_44;
        wp::int32 var_45;
        const wp::int32 var_46 = 0;
        const wp::int32 var_47 = 32;
        const wp::int32 var_48 = 1;
        wp::int32 var_49;
        wp::int32 var_50;
        const wp::int32 var_51 = 1;
        wp::int32 var_52;
        wp::int32 var_53;
        const wp::int32 var_54 = 0;
        const wp::int32 var_55 = 1;
        wp::int32 var_56;
        wp::int32 var_57;
        const wp::int32 var_58 = 2;
        wp::int32 var_59;
        wp::int32 var_60;
        const wp::int32 var_61 = 0;
        const wp::int32 var_62 = 1;
        wp::int32 var_63;
        wp::int32 var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        wp::vec_t<3, wp::float32> var_68;
        wp::vec_t<3, wp::float32> var_69;
        const wp::int32 var_70 = 0;
        wp::float32 var_71;
        const wp::int32 var_72 = 1;
        wp::float32 var_73;
        wp::float32 var_74;
        const wp::int32 var_75 = 2;
        wp::float32 var_76;
        wp::float32 var_77;
        wp::vec_t<3, wp::float32>* var_78;
        wp::vec_t<3, wp::float32> var_79;
        wp::vec_t<3, wp::float32> var_80;
        wp::vec_t<3, wp::float32> var_81;
        wp::vec_t<3, wp::float32> var_82;
        wp::mat_t<3, 3, wp::float32> var_83;
        const wp::float32 var_84 = 4.0;
        wp::float32 var_85;
        wp::float32 var_86;
        wp::mat_t<3, 3, wp::float32> var_87;
        wp::mat_t<3, 3, wp::float32> var_88;
        const wp::int32 var_89 = 1;
        const wp::int32 var_90 = 0;
        wp::int32 var_91;
        wp::int32 var_92;
        const wp::int32 var_93 = 0;
        const wp::int32 var_94 = 1;
        wp::int32 var_95;
        wp::int32 var_96;
        const wp::int32 var_97 = 1;
        wp::int32 var_98;
        wp::int32 var_99;
        const wp::int32 var_100 = 0;
        const wp::int32 var_101 = 1;
        wp::int32 var_102;
        wp::int32 var_103;
        const wp::int32 var_104 = 2;
        wp::int32 var_105;
        wp::int32 var_106;
        const wp::int32 var_107 = 0;
        const wp::int32 var_108 = 1;
        wp::int32 var_109;
        wp::int32 var_110;
        wp::float32 var_111;
        wp::float32 var_112;
        wp::float32 var_113;
        wp::vec_t<3, wp::float32> var_114;
        wp::vec_t<3, wp::float32> var_115;
        const wp::int32 var_116 = 0;
        wp::float32 var_117;
        const wp::int32 var_118 = 1;
        wp::float32 var_119;
        wp::float32 var_120;
        const wp::int32 var_121 = 2;
        wp::float32 var_122;
        wp::float32 var_123;
        wp::vec_t<3, wp::float32>* var_124;
        wp::vec_t<3, wp::float32> var_125;
        wp::vec_t<3, wp::float32> var_126;
        wp::vec_t<3, wp::float32> var_127;
        wp::vec_t<3, wp::float32> var_128;
        wp::mat_t<3, 3, wp::float32> var_129;
        const wp::float32 var_130 = 4.0;
        wp::float32 var_131;
        wp::float32 var_132;
        wp::mat_t<3, 3, wp::float32> var_133;
        wp::mat_t<3, 3, wp::float32> var_134;
        const wp::int32 var_135 = 2;
        const wp::int32 var_136 = 0;
        wp::int32 var_137;
        wp::int32 var_138;
        const wp::int32 var_139 = 0;
        const wp::int32 var_140 = 1;
        wp::int32 var_141;
        wp::int32 var_142;
        const wp::int32 var_143 = 1;
        wp::int32 var_144;
        wp::int32 var_145;
        const wp::int32 var_146 = 0;
        const wp::int32 var_147 = 1;
        wp::int32 var_148;
        wp::int32 var_149;
        const wp::int32 var_150 = 2;
        wp::int32 var_151;
        wp::int32 var_152;
        const wp::int32 var_153 = 0;
        const wp::int32 var_154 = 1;
        wp::int32 var_155;
        wp::int32 var_156;
        wp::float32 var_157;
        wp::float32 var_158;
        wp::float32 var_159;
        wp::vec_t<3, wp::float32> var_160;
        wp::vec_t<3, wp::float32> var_161;
        const wp::int32 var_162 = 0;
        wp::float32 var_163;
        const wp::int32 var_164 = 1;
        wp::float32 var_165;
        wp::float32 var_166;
        const wp::int32 var_167 = 2;
        wp::float32 var_168;
        wp::float32 var_169;
        wp::vec_t<3, wp::float32>* var_170;
        wp::vec_t<3, wp::float32> var_171;
        wp::vec_t<3, wp::float32> var_172;
        wp::vec_t<3, wp::float32> var_173;
        wp::vec_t<3, wp::float32> var_174;
        wp::mat_t<3, 3, wp::float32> var_175;
        const wp::float32 var_176 = 4.0;
        wp::float32 var_177;
        wp::float32 var_178;
        wp::mat_t<3, 3, wp::float32> var_179;
        wp::mat_t<3, 3, wp::float32> var_180;
        const wp::int32 var_181 = 1;
        const wp::int32 var_182 = 0;
        const wp::int32 var_183 = 0;
        wp::int32 var_184;
        wp::int32 var_185;
        const wp::int32 var_186 = 0;
        const wp::int32 var_187 = 1;
        wp::int32 var_188;
        wp::int32 var_189;
        const wp::int32 var_190 = 1;
        wp::int32 var_191;
        wp::int32 var_192;
        const wp::int32 var_193 = 0;
        const wp::int32 var_194 = 1;
        wp::int32 var_195;
        wp::int32 var_196;
        const wp::int32 var_197 = 2;
        wp::int32 var_198;
        wp::int32 var_199;
        const wp::int32 var_200 = 0;
        const wp::int32 var_201 = 1;
        wp::int32 var_202;
        wp::int32 var_203;
        wp::float32 var_204;
        wp::float32 var_205;
        wp::float32 var_206;
        wp::vec_t<3, wp::float32> var_207;
        wp::vec_t<3, wp::float32> var_208;
        const wp::int32 var_209 = 0;
        wp::float32 var_210;
        const wp::int32 var_211 = 1;
        wp::float32 var_212;
        wp::float32 var_213;
        const wp::int32 var_214 = 2;
        wp::float32 var_215;
        wp::float32 var_216;
        wp::vec_t<3, wp::float32>* var_217;
        wp::vec_t<3, wp::float32> var_218;
        wp::vec_t<3, wp::float32> var_219;
        wp::vec_t<3, wp::float32> var_220;
        wp::vec_t<3, wp::float32> var_221;
        wp::mat_t<3, 3, wp::float32> var_222;
        const wp::float32 var_223 = 4.0;
        wp::float32 var_224;
        wp::float32 var_225;
        wp::mat_t<3, 3, wp::float32> var_226;
        wp::mat_t<3, 3, wp::float32> var_227;
        const wp::int32 var_228 = 1;
        const wp::int32 var_229 = 0;
        wp::int32 var_230;
        wp::int32 var_231;
        const wp::int32 var_232 = 0;
        const wp::int32 var_233 = 1;
        wp::int32 var_234;
        wp::int32 var_235;
        const wp::int32 var_236 = 1;
        wp::int32 var_237;
        wp::int32 var_238;
        const wp::int32 var_239 = 0;
        const wp::int32 var_240 = 1;
        wp::int32 var_241;
        wp::int32 var_242;
        const wp::int32 var_243 = 2;
        wp::int32 var_244;
        wp::int32 var_245;
        const wp::int32 var_246 = 0;
        const wp::int32 var_247 = 1;
        wp::int32 var_248;
        wp::int32 var_249;
        wp::float32 var_250;
        wp::float32 var_251;
        wp::float32 var_252;
        wp::vec_t<3, wp::float32> var_253;
        wp::vec_t<3, wp::float32> var_254;
        const wp::int32 var_255 = 0;
        wp::float32 var_256;
        const wp::int32 var_257 = 1;
        wp::float32 var_258;
        wp::float32 var_259;
        const wp::int32 var_260 = 2;
        wp::float32 var_261;
        wp::float32 var_262;
        wp::vec_t<3, wp::float32>* var_263;
        wp::vec_t<3, wp::float32> var_264;
        wp::vec_t<3, wp::float32> var_265;
        wp::vec_t<3, wp::float32> var_266;
        wp::vec_t<3, wp::float32> var_267;
        wp::mat_t<3, 3, wp::float32> var_268;
        const wp::float32 var_269 = 4.0;
        wp::float32 var_270;
        wp::float32 var_271;
        wp::mat_t<3, 3, wp::float32> var_272;
        wp::mat_t<3, 3, wp::float32> var_273;
        const wp::int32 var_274 = 2;
        const wp::int32 var_275 = 0;
        wp::int32 var_276;
        wp::int32 var_277;
        const wp::int32 var_278 = 0;
        const wp::int32 var_279 = 1;
        wp::int32 var_280;
        wp::int32 var_281;
        const wp::int32 var_282 = 1;
        wp::int32 var_283;
        wp::int32 var_284;
        const wp::int32 var_285 = 0;
        const wp::int32 var_286 = 1;
        wp::int32 var_287;
        wp::int32 var_288;
        const wp::int32 var_289 = 2;
        wp::int32 var_290;
        wp::int32 var_291;
        const wp::int32 var_292 = 0;
        const wp::int32 var_293 = 1;
        wp::int32 var_294;
        wp::int32 var_295;
        wp::float32 var_296;
        wp::float32 var_297;
        wp::float32 var_298;
        wp::vec_t<3, wp::float32> var_299;
        wp::vec_t<3, wp::float32> var_300;
        const wp::int32 var_301 = 0;
        wp::float32 var_302;
        const wp::int32 var_303 = 1;
        wp::float32 var_304;
        wp::float32 var_305;
        const wp::int32 var_306 = 2;
        wp::float32 var_307;
        wp::float32 var_308;
        wp::vec_t<3, wp::float32>* var_309;
        wp::vec_t<3, wp::float32> var_310;
        wp::vec_t<3, wp::float32> var_311;
        wp::vec_t<3, wp::float32> var_312;
        wp::vec_t<3, wp::float32> var_313;
        wp::mat_t<3, 3, wp::float32> var_314;
        const wp::float32 var_315 = 4.0;
        wp::float32 var_316;
        wp::float32 var_317;
        wp::mat_t<3, 3, wp::float32> var_318;
        wp::mat_t<3, 3, wp::float32> var_319;
        const wp::int32 var_320 = 2;
        const wp::int32 var_321 = 0;
        const wp::int32 var_322 = 0;
        wp::int32 var_323;
        wp::int32 var_324;
        const wp::int32 var_325 = 0;
        const wp::int32 var_326 = 1;
        wp::int32 var_327;
        wp::int32 var_328;
        const wp::int32 var_329 = 1;
        wp::int32 var_330;
        wp::int32 var_331;
        const wp::int32 var_332 = 0;
        const wp::int32 var_333 = 1;
        wp::int32 var_334;
        wp::int32 var_335;
        const wp::int32 var_336 = 2;
        wp::int32 var_337;
        wp::int32 var_338;
        const wp::int32 var_339 = 0;
        const wp::int32 var_340 = 1;
        wp::int32 var_341;
        wp::int32 var_342;
        wp::float32 var_343;
        wp::float32 var_344;
        wp::float32 var_345;
        wp::vec_t<3, wp::float32> var_346;
        wp::vec_t<3, wp::float32> var_347;
        const wp::int32 var_348 = 0;
        wp::float32 var_349;
        const wp::int32 var_350 = 1;
        wp::float32 var_351;
        wp::float32 var_352;
        const wp::int32 var_353 = 2;
        wp::float32 var_354;
        wp::float32 var_355;
        wp::vec_t<3, wp::float32>* var_356;
        wp::vec_t<3, wp::float32> var_357;
        wp::vec_t<3, wp::float32> var_358;
        wp::vec_t<3, wp::float32> var_359;
        wp::vec_t<3, wp::float32> var_360;
        wp::mat_t<3, 3, wp::float32> var_361;
        const wp::float32 var_362 = 4.0;
        wp::float32 var_363;
        wp::float32 var_364;
        wp::mat_t<3, 3, wp::float32> var_365;
        wp::mat_t<3, 3, wp::float32> var_366;
        const wp::int32 var_367 = 1;
        const wp::int32 var_368 = 0;
        wp::int32 var_369;
        wp::int32 var_370;
        const wp::int32 var_371 = 0;
        const wp::int32 var_372 = 1;
        wp::int32 var_373;
        wp::int32 var_374;
        const wp::int32 var_375 = 1;
        wp::int32 var_376;
        wp::int32 var_377;
        const wp::int32 var_378 = 0;
        const wp::int32 var_379 = 1;
        wp::int32 var_380;
        wp::int32 var_381;
        const wp::int32 var_382 = 2;
        wp::int32 var_383;
        wp::int32 var_384;
        const wp::int32 var_385 = 0;
        const wp::int32 var_386 = 1;
        wp::int32 var_387;
        wp::int32 var_388;
        wp::float32 var_389;
        wp::float32 var_390;
        wp::float32 var_391;
        wp::vec_t<3, wp::float32> var_392;
        wp::vec_t<3, wp::float32> var_393;
        const wp::int32 var_394 = 0;
        wp::float32 var_395;
        const wp::int32 var_396 = 1;
        wp::float32 var_397;
        wp::float32 var_398;
        const wp::int32 var_399 = 2;
        wp::float32 var_400;
        wp::float32 var_401;
        wp::vec_t<3, wp::float32>* var_402;
        wp::vec_t<3, wp::float32> var_403;
        wp::vec_t<3, wp::float32> var_404;
        wp::vec_t<3, wp::float32> var_405;
        wp::vec_t<3, wp::float32> var_406;
        wp::mat_t<3, 3, wp::float32> var_407;
        const wp::float32 var_408 = 4.0;
        wp::float32 var_409;
        wp::float32 var_410;
        wp::mat_t<3, 3, wp::float32> var_411;
        wp::mat_t<3, 3, wp::float32> var_412;
        const wp::int32 var_413 = 2;
        const wp::int32 var_414 = 0;
        wp::int32 var_415;
        wp::int32 var_416;
        const wp::int32 var_417 = 0;
        const wp::int32 var_418 = 1;
        wp::int32 var_419;
        wp::int32 var_420;
        const wp::int32 var_421 = 1;
        wp::int32 var_422;
        wp::int32 var_423;
        const wp::int32 var_424 = 0;
        const wp::int32 var_425 = 1;
        wp::int32 var_426;
        wp::int32 var_427;
        const wp::int32 var_428 = 2;
        wp::int32 var_429;
        wp::int32 var_430;
        const wp::int32 var_431 = 0;
        const wp::int32 var_432 = 1;
        wp::int32 var_433;
        wp::int32 var_434;
        wp::float32 var_435;
        wp::float32 var_436;
        wp::float32 var_437;
        wp::vec_t<3, wp::float32> var_438;
        wp::vec_t<3, wp::float32> var_439;
        const wp::int32 var_440 = 0;
        wp::float32 var_441;
        const wp::int32 var_442 = 1;
        wp::float32 var_443;
        wp::float32 var_444;
        const wp::int32 var_445 = 2;
        wp::float32 var_446;
        wp::float32 var_447;
        wp::vec_t<3, wp::float32>* var_448;
        wp::vec_t<3, wp::float32> var_449;
        wp::vec_t<3, wp::float32> var_450;
        wp::vec_t<3, wp::float32> var_451;
        wp::vec_t<3, wp::float32> var_452;
        wp::mat_t<3, 3, wp::float32> var_453;
        const wp::float32 var_454 = 4.0;
        wp::float32 var_455;
        wp::float32 var_456;
        wp::mat_t<3, 3, wp::float32> var_457;
        wp::mat_t<3, 3, wp::float32> var_458;
        const wp::int32 var_459 = 1;
        const wp::int32 var_460 = 0;
        const wp::int32 var_461 = 0;
        const wp::int32 var_462 = 0;
        wp::int32 var_463;
        wp::int32 var_464;
        const wp::int32 var_465 = 0;
        const wp::int32 var_466 = 1;
        wp::int32 var_467;
        wp::int32 var_468;
        const wp::int32 var_469 = 1;
        wp::int32 var_470;
        wp::int32 var_471;
        const wp::int32 var_472 = 0;
        const wp::int32 var_473 = 1;
        wp::int32 var_474;
        wp::int32 var_475;
        const wp::int32 var_476 = 2;
        wp::int32 var_477;
        wp::int32 var_478;
        const wp::int32 var_479 = 0;
        const wp::int32 var_480 = 1;
        wp::int32 var_481;
        wp::int32 var_482;
        wp::float32 var_483;
        wp::float32 var_484;
        wp::float32 var_485;
        wp::vec_t<3, wp::float32> var_486;
        wp::vec_t<3, wp::float32> var_487;
        const wp::int32 var_488 = 0;
        wp::float32 var_489;
        const wp::int32 var_490 = 1;
        wp::float32 var_491;
        wp::float32 var_492;
        const wp::int32 var_493 = 2;
        wp::float32 var_494;
        wp::float32 var_495;
        wp::vec_t<3, wp::float32>* var_496;
        wp::vec_t<3, wp::float32> var_497;
        wp::vec_t<3, wp::float32> var_498;
        wp::vec_t<3, wp::float32> var_499;
        wp::vec_t<3, wp::float32> var_500;
        wp::mat_t<3, 3, wp::float32> var_501;
        const wp::float32 var_502 = 4.0;
        wp::float32 var_503;
        wp::float32 var_504;
        wp::mat_t<3, 3, wp::float32> var_505;
        wp::mat_t<3, 3, wp::float32> var_506;
        const wp::int32 var_507 = 1;
        const wp::int32 var_508 = 0;
        wp::int32 var_509;
        wp::int32 var_510;
        const wp::int32 var_511 = 0;
        const wp::int32 var_512 = 1;
        wp::int32 var_513;
        wp::int32 var_514;
        const wp::int32 var_515 = 1;
        wp::int32 var_516;
        wp::int32 var_517;
        const wp::int32 var_518 = 0;
        const wp::int32 var_519 = 1;
        wp::int32 var_520;
        wp::int32 var_521;
        const wp::int32 var_522 = 2;
        wp::int32 var_523;
        wp::int32 var_524;
        const wp::int32 var_525 = 0;
        const wp::int32 var_526 = 1;
        wp::int32 var_527;
        wp::int32 var_528;
        wp::float32 var_529;
        wp::float32 var_530;
        wp::float32 var_531;
        wp::vec_t<3, wp::float32> var_532;
        wp::vec_t<3, wp::float32> var_533;
        const wp::int32 var_534 = 0;
        wp::float32 var_535;
        const wp::int32 var_536 = 1;
        wp::float32 var_537;
        wp::float32 var_538;
        const wp::int32 var_539 = 2;
        wp::float32 var_540;
        wp::float32 var_541;
        wp::vec_t<3, wp::float32>* var_542;
        wp::vec_t<3, wp::float32> var_543;
        wp::vec_t<3, wp::float32> var_544;
        wp::vec_t<3, wp::float32> var_545;
        wp::vec_t<3, wp::float32> var_546;
        wp::mat_t<3, 3, wp::float32> var_547;
        const wp::float32 var_548 = 4.0;
        wp::float32 var_549;
        wp::float32 var_550;
        wp::mat_t<3, 3, wp::float32> var_551;
        wp::mat_t<3, 3, wp::float32> var_552;
        const wp::int32 var_553 = 2;
        const wp::int32 var_554 = 0;
        wp::int32 var_555;
        wp::int32 var_556;
        const wp::int32 var_557 = 0;
        const wp::int32 var_558 = 1;
        wp::int32 var_559;
        wp::int32 var_560;
        const wp::int32 var_561 = 1;
        wp::int32 var_562;
        wp::int32 var_563;
        const wp::int32 var_564 = 0;
        const wp::int32 var_565 = 1;
        wp::int32 var_566;
        wp::int32 var_567;
        const wp::int32 var_568 = 2;
        wp::int32 var_569;
        wp::int32 var_570;
        const wp::int32 var_571 = 0;
        const wp::int32 var_572 = 1;
        wp::int32 var_573;
        wp::int32 var_574;
        wp::float32 var_575;
        wp::float32 var_576;
        wp::float32 var_577;
        wp::vec_t<3, wp::float32> var_578;
        wp::vec_t<3, wp::float32> var_579;
        const wp::int32 var_580 = 0;
        wp::float32 var_581;
        const wp::int32 var_582 = 1;
        wp::float32 var_583;
        wp::float32 var_584;
        const wp::int32 var_585 = 2;
        wp::float32 var_586;
        wp::float32 var_587;
        wp::vec_t<3, wp::float32>* var_588;
        wp::vec_t<3, wp::float32> var_589;
        wp::vec_t<3, wp::float32> var_590;
        wp::vec_t<3, wp::float32> var_591;
        wp::vec_t<3, wp::float32> var_592;
        wp::mat_t<3, 3, wp::float32> var_593;
        const wp::float32 var_594 = 4.0;
        wp::float32 var_595;
        wp::float32 var_596;
        wp::mat_t<3, 3, wp::float32> var_597;
        wp::mat_t<3, 3, wp::float32> var_598;
        const wp::int32 var_599 = 1;
        const wp::int32 var_600 = 0;
        const wp::int32 var_601 = 0;
        wp::int32 var_602;
        wp::int32 var_603;
        const wp::int32 var_604 = 0;
        const wp::int32 var_605 = 1;
        wp::int32 var_606;
        wp::int32 var_607;
        const wp::int32 var_608 = 1;
        wp::int32 var_609;
        wp::int32 var_610;
        const wp::int32 var_611 = 0;
        const wp::int32 var_612 = 1;
        wp::int32 var_613;
        wp::int32 var_614;
        const wp::int32 var_615 = 2;
        wp::int32 var_616;
        wp::int32 var_617;
        const wp::int32 var_618 = 0;
        const wp::int32 var_619 = 1;
        wp::int32 var_620;
        wp::int32 var_621;
        wp::float32 var_622;
        wp::float32 var_623;
        wp::float32 var_624;
        wp::vec_t<3, wp::float32> var_625;
        wp::vec_t<3, wp::float32> var_626;
        const wp::int32 var_627 = 0;
        wp::float32 var_628;
        const wp::int32 var_629 = 1;
        wp::float32 var_630;
        wp::float32 var_631;
        const wp::int32 var_632 = 2;
        wp::float32 var_633;
        wp::float32 var_634;
        wp::vec_t<3, wp::float32>* var_635;
        wp::vec_t<3, wp::float32> var_636;
        wp::vec_t<3, wp::float32> var_637;
        wp::vec_t<3, wp::float32> var_638;
        wp::vec_t<3, wp::float32> var_639;
        wp::mat_t<3, 3, wp::float32> var_640;
        const wp::float32 var_641 = 4.0;
        wp::float32 var_642;
        wp::float32 var_643;
        wp::mat_t<3, 3, wp::float32> var_644;
        wp::mat_t<3, 3, wp::float32> var_645;
        const wp::int32 var_646 = 1;
        const wp::int32 var_647 = 0;
        wp::int32 var_648;
        wp::int32 var_649;
        const wp::int32 var_650 = 0;
        const wp::int32 var_651 = 1;
        wp::int32 var_652;
        wp::int32 var_653;
        const wp::int32 var_654 = 1;
        wp::int32 var_655;
        wp::int32 var_656;
        const wp::int32 var_657 = 0;
        const wp::int32 var_658 = 1;
        wp::int32 var_659;
        wp::int32 var_660;
        const wp::int32 var_661 = 2;
        wp::int32 var_662;
        wp::int32 var_663;
        const wp::int32 var_664 = 0;
        const wp::int32 var_665 = 1;
        wp::int32 var_666;
        wp::int32 var_667;
        wp::float32 var_668;
        wp::float32 var_669;
        wp::float32 var_670;
        wp::vec_t<3, wp::float32> var_671;
        wp::vec_t<3, wp::float32> var_672;
        const wp::int32 var_673 = 0;
        wp::float32 var_674;
        const wp::int32 var_675 = 1;
        wp::float32 var_676;
        wp::float32 var_677;
        const wp::int32 var_678 = 2;
        wp::float32 var_679;
        wp::float32 var_680;
        wp::vec_t<3, wp::float32>* var_681;
        wp::vec_t<3, wp::float32> var_682;
        wp::vec_t<3, wp::float32> var_683;
        wp::vec_t<3, wp::float32> var_684;
        wp::vec_t<3, wp::float32> var_685;
        wp::mat_t<3, 3, wp::float32> var_686;
        const wp::float32 var_687 = 4.0;
        wp::float32 var_688;
        wp::float32 var_689;
        wp::mat_t<3, 3, wp::float32> var_690;
        wp::mat_t<3, 3, wp::float32> var_691;
        const wp::int32 var_692 = 2;
        const wp::int32 var_693 = 0;
        wp::int32 var_694;
        wp::int32 var_695;
        const wp::int32 var_696 = 0;
        const wp::int32 var_697 = 1;
        wp::int32 var_698;
        wp::int32 var_699;
        const wp::int32 var_700 = 1;
        wp::int32 var_701;
        wp::int32 var_702;
        const wp::int32 var_703 = 0;
        const wp::int32 var_704 = 1;
        wp::int32 var_705;
        wp::int32 var_706;
        const wp::int32 var_707 = 2;
        wp::int32 var_708;
        wp::int32 var_709;
        const wp::int32 var_710 = 0;
        const wp::int32 var_711 = 1;
        wp::int32 var_712;
        wp::int32 var_713;
        wp::float32 var_714;
        wp::float32 var_715;
        wp::float32 var_716;
        wp::vec_t<3, wp::float32> var_717;
        wp::vec_t<3, wp::float32> var_718;
        const wp::int32 var_719 = 0;
        wp::float32 var_720;
        const wp::int32 var_721 = 1;
        wp::float32 var_722;
        wp::float32 var_723;
        const wp::int32 var_724 = 2;
        wp::float32 var_725;
        wp::float32 var_726;
        wp::vec_t<3, wp::float32>* var_727;
        wp::vec_t<3, wp::float32> var_728;
        wp::vec_t<3, wp::float32> var_729;
        wp::vec_t<3, wp::float32> var_730;
        wp::vec_t<3, wp::float32> var_731;
        wp::mat_t<3, 3, wp::float32> var_732;
        const wp::float32 var_733 = 4.0;
        wp::float32 var_734;
        wp::float32 var_735;
        wp::mat_t<3, 3, wp::float32> var_736;
        wp::mat_t<3, 3, wp::float32> var_737;
        const wp::int32 var_738 = 2;
        const wp::int32 var_739 = 0;
        const wp::int32 var_740 = 0;
        wp::int32 var_741;
        wp::int32 var_742;
        const wp::int32 var_743 = 0;
        const wp::int32 var_744 = 1;
        wp::int32 var_745;
        wp::int32 var_746;
        const wp::int32 var_747 = 1;
        wp::int32 var_748;
        wp::int32 var_749;
        const wp::int32 var_750 = 0;
        const wp::int32 var_751 = 1;
        wp::int32 var_752;
        wp::int32 var_753;
        const wp::int32 var_754 = 2;
        wp::int32 var_755;
        wp::int32 var_756;
        const wp::int32 var_757 = 0;
        const wp::int32 var_758 = 1;
        wp::int32 var_759;
        wp::int32 var_760;
        wp::float32 var_761;
        wp::float32 var_762;
        wp::float32 var_763;
        wp::vec_t<3, wp::float32> var_764;
        wp::vec_t<3, wp::float32> var_765;
        const wp::int32 var_766 = 0;
        wp::float32 var_767;
        const wp::int32 var_768 = 1;
        wp::float32 var_769;
        wp::float32 var_770;
        const wp::int32 var_771 = 2;
        wp::float32 var_772;
        wp::float32 var_773;
        wp::vec_t<3, wp::float32>* var_774;
        wp::vec_t<3, wp::float32> var_775;
        wp::vec_t<3, wp::float32> var_776;
        wp::vec_t<3, wp::float32> var_777;
        wp::vec_t<3, wp::float32> var_778;
        wp::mat_t<3, 3, wp::float32> var_779;
        const wp::float32 var_780 = 4.0;
        wp::float32 var_781;
        wp::float32 var_782;
        wp::mat_t<3, 3, wp::float32> var_783;
        wp::mat_t<3, 3, wp::float32> var_784;
        const wp::int32 var_785 = 1;
        const wp::int32 var_786 = 0;
        wp::int32 var_787;
        wp::int32 var_788;
        const wp::int32 var_789 = 0;
        const wp::int32 var_790 = 1;
        wp::int32 var_791;
        wp::int32 var_792;
        const wp::int32 var_793 = 1;
        wp::int32 var_794;
        wp::int32 var_795;
        const wp::int32 var_796 = 0;
        const wp::int32 var_797 = 1;
        wp::int32 var_798;
        wp::int32 var_799;
        const wp::int32 var_800 = 2;
        wp::int32 var_801;
        wp::int32 var_802;
        const wp::int32 var_803 = 0;
        const wp::int32 var_804 = 1;
        wp::int32 var_805;
        wp::int32 var_806;
        wp::float32 var_807;
        wp::float32 var_808;
        wp::float32 var_809;
        wp::vec_t<3, wp::float32> var_810;
        wp::vec_t<3, wp::float32> var_811;
        const wp::int32 var_812 = 0;
        wp::float32 var_813;
        const wp::int32 var_814 = 1;
        wp::float32 var_815;
        wp::float32 var_816;
        const wp::int32 var_817 = 2;
        wp::float32 var_818;
        wp::float32 var_819;
        wp::vec_t<3, wp::float32>* var_820;
        wp::vec_t<3, wp::float32> var_821;
        wp::vec_t<3, wp::float32> var_822;
        wp::vec_t<3, wp::float32> var_823;
        wp::vec_t<3, wp::float32> var_824;
        wp::mat_t<3, 3, wp::float32> var_825;
        const wp::float32 var_826 = 4.0;
        wp::float32 var_827;
        wp::float32 var_828;
        wp::mat_t<3, 3, wp::float32> var_829;
        wp::mat_t<3, 3, wp::float32> var_830;
        const wp::int32 var_831 = 2;
        const wp::int32 var_832 = 0;
        wp::int32 var_833;
        wp::int32 var_834;
        const wp::int32 var_835 = 0;
        const wp::int32 var_836 = 1;
        wp::int32 var_837;
        wp::int32 var_838;
        const wp::int32 var_839 = 1;
        wp::int32 var_840;
        wp::int32 var_841;
        const wp::int32 var_842 = 0;
        const wp::int32 var_843 = 1;
        wp::int32 var_844;
        wp::int32 var_845;
        const wp::int32 var_846 = 2;
        wp::int32 var_847;
        wp::int32 var_848;
        const wp::int32 var_849 = 0;
        const wp::int32 var_850 = 1;
        wp::int32 var_851;
        wp::int32 var_852;
        wp::float32 var_853;
        wp::float32 var_854;
        wp::float32 var_855;
        wp::vec_t<3, wp::float32> var_856;
        wp::vec_t<3, wp::float32> var_857;
        const wp::int32 var_858 = 0;
        wp::float32 var_859;
        const wp::int32 var_860 = 1;
        wp::float32 var_861;
        wp::float32 var_862;
        const wp::int32 var_863 = 2;
        wp::float32 var_864;
        wp::float32 var_865;
        wp::vec_t<3, wp::float32>* var_866;
        wp::vec_t<3, wp::float32> var_867;
        wp::vec_t<3, wp::float32> var_868;
        wp::vec_t<3, wp::float32> var_869;
        wp::vec_t<3, wp::float32> var_870;
        wp::mat_t<3, 3, wp::float32> var_871;
        const wp::float32 var_872 = 4.0;
        wp::float32 var_873;
        wp::float32 var_874;
        wp::mat_t<3, 3, wp::float32> var_875;
        wp::mat_t<3, 3, wp::float32> var_876;
        const wp::int32 var_877 = 2;
        const wp::int32 var_878 = 0;
        const wp::int32 var_879 = 0;
        const wp::int32 var_880 = 0;
        wp::int32 var_881;
        wp::int32 var_882;
        const wp::int32 var_883 = 0;
        const wp::int32 var_884 = 1;
        wp::int32 var_885;
        wp::int32 var_886;
        const wp::int32 var_887 = 1;
        wp::int32 var_888;
        wp::int32 var_889;
        const wp::int32 var_890 = 0;
        const wp::int32 var_891 = 1;
        wp::int32 var_892;
        wp::int32 var_893;
        const wp::int32 var_894 = 2;
        wp::int32 var_895;
        wp::int32 var_896;
        const wp::int32 var_897 = 0;
        const wp::int32 var_898 = 1;
        wp::int32 var_899;
        wp::int32 var_900;
        wp::float32 var_901;
        wp::float32 var_902;
        wp::float32 var_903;
        wp::vec_t<3, wp::float32> var_904;
        wp::vec_t<3, wp::float32> var_905;
        const wp::int32 var_906 = 0;
        wp::float32 var_907;
        const wp::int32 var_908 = 1;
        wp::float32 var_909;
        wp::float32 var_910;
        const wp::int32 var_911 = 2;
        wp::float32 var_912;
        wp::float32 var_913;
        wp::vec_t<3, wp::float32>* var_914;
        wp::vec_t<3, wp::float32> var_915;
        wp::vec_t<3, wp::float32> var_916;
        wp::vec_t<3, wp::float32> var_917;
        wp::vec_t<3, wp::float32> var_918;
        wp::mat_t<3, 3, wp::float32> var_919;
        const wp::float32 var_920 = 4.0;
        wp::float32 var_921;
        wp::float32 var_922;
        wp::mat_t<3, 3, wp::float32> var_923;
        wp::mat_t<3, 3, wp::float32> var_924;
        const wp::int32 var_925 = 1;
        const wp::int32 var_926 = 0;
        wp::int32 var_927;
        wp::int32 var_928;
        const wp::int32 var_929 = 0;
        const wp::int32 var_930 = 1;
        wp::int32 var_931;
        wp::int32 var_932;
        const wp::int32 var_933 = 1;
        wp::int32 var_934;
        wp::int32 var_935;
        const wp::int32 var_936 = 0;
        const wp::int32 var_937 = 1;
        wp::int32 var_938;
        wp::int32 var_939;
        const wp::int32 var_940 = 2;
        wp::int32 var_941;
        wp::int32 var_942;
        const wp::int32 var_943 = 0;
        const wp::int32 var_944 = 1;
        wp::int32 var_945;
        wp::int32 var_946;
        wp::float32 var_947;
        wp::float32 var_948;
        wp::float32 var_949;
        wp::vec_t<3, wp::float32> var_950;
        wp::vec_t<3, wp::float32> var_951;
        const wp::int32 var_952 = 0;
        wp::float32 var_953;
        const wp::int32 var_954 = 1;
        wp::float32 var_955;
        wp::float32 var_956;
        const wp::int32 var_957 = 2;
        wp::float32 var_958;
        wp::float32 var_959;
        wp::vec_t<3, wp::float32>* var_960;
        wp::vec_t<3, wp::float32> var_961;
        wp::vec_t<3, wp::float32> var_962;
        wp::vec_t<3, wp::float32> var_963;
        wp::vec_t<3, wp::float32> var_964;
        wp::mat_t<3, 3, wp::float32> var_965;
        const wp::float32 var_966 = 4.0;
        wp::float32 var_967;
        wp::float32 var_968;
        wp::mat_t<3, 3, wp::float32> var_969;
        wp::mat_t<3, 3, wp::float32> var_970;
        const wp::int32 var_971 = 2;
        const wp::int32 var_972 = 0;
        wp::int32 var_973;
        wp::int32 var_974;
        const wp::int32 var_975 = 0;
        const wp::int32 var_976 = 1;
        wp::int32 var_977;
        wp::int32 var_978;
        const wp::int32 var_979 = 1;
        wp::int32 var_980;
        wp::int32 var_981;
        const wp::int32 var_982 = 0;
        const wp::int32 var_983 = 1;
        wp::int32 var_984;
        wp::int32 var_985;
        const wp::int32 var_986 = 2;
        wp::int32 var_987;
        wp::int32 var_988;
        const wp::int32 var_989 = 0;
        const wp::int32 var_990 = 1;
        wp::int32 var_991;
        wp::int32 var_992;
        wp::float32 var_993;
        wp::float32 var_994;
        wp::float32 var_995;
        wp::vec_t<3, wp::float32> var_996;
        wp::vec_t<3, wp::float32> var_997;
        const wp::int32 var_998 = 0;
        wp::float32 var_999;
        const wp::int32 var_1000 = 1;
        wp::float32 var_1001;
        wp::float32 var_1002;
        const wp::int32 var_1003 = 2;
        wp::float32 var_1004;
        wp::float32 var_1005;
        wp::vec_t<3, wp::float32>* var_1006;
        wp::vec_t<3, wp::float32> var_1007;
        wp::vec_t<3, wp::float32> var_1008;
        wp::vec_t<3, wp::float32> var_1009;
        wp::vec_t<3, wp::float32> var_1010;
        wp::mat_t<3, 3, wp::float32> var_1011;
        const wp::float32 var_1012 = 4.0;
        wp::float32 var_1013;
        wp::float32 var_1014;
        wp::mat_t<3, 3, wp::float32> var_1015;
        wp::mat_t<3, 3, wp::float32> var_1016;
        const wp::int32 var_1017 = 1;
        const wp::int32 var_1018 = 0;
        const wp::int32 var_1019 = 0;
        wp::int32 var_1020;
        wp::int32 var_1021;
        const wp::int32 var_1022 = 0;
        const wp::int32 var_1023 = 1;
        wp::int32 var_1024;
        wp::int32 var_1025;
        const wp::int32 var_1026 = 1;
        wp::int32 var_1027;
        wp::int32 var_1028;
        const wp::int32 var_1029 = 0;
        const wp::int32 var_1030 = 1;
        wp::int32 var_1031;
        wp::int32 var_1032;
        const wp::int32 var_1033 = 2;
        wp::int32 var_1034;
        wp::int32 var_1035;
        const wp::int32 var_1036 = 0;
        const wp::int32 var_1037 = 1;
        wp::int32 var_1038;
        wp::int32 var_1039;
        wp::float32 var_1040;
        wp::float32 var_1041;
        wp::float32 var_1042;
        wp::vec_t<3, wp::float32> var_1043;
        wp::vec_t<3, wp::float32> var_1044;
        const wp::int32 var_1045 = 0;
        wp::float32 var_1046;
        const wp::int32 var_1047 = 1;
        wp::float32 var_1048;
        wp::float32 var_1049;
        const wp::int32 var_1050 = 2;
        wp::float32 var_1051;
        wp::float32 var_1052;
        wp::vec_t<3, wp::float32>* var_1053;
        wp::vec_t<3, wp::float32> var_1054;
        wp::vec_t<3, wp::float32> var_1055;
        wp::vec_t<3, wp::float32> var_1056;
        wp::vec_t<3, wp::float32> var_1057;
        wp::mat_t<3, 3, wp::float32> var_1058;
        const wp::float32 var_1059 = 4.0;
        wp::float32 var_1060;
        wp::float32 var_1061;
        wp::mat_t<3, 3, wp::float32> var_1062;
        wp::mat_t<3, 3, wp::float32> var_1063;
        const wp::int32 var_1064 = 1;
        const wp::int32 var_1065 = 0;
        wp::int32 var_1066;
        wp::int32 var_1067;
        const wp::int32 var_1068 = 0;
        const wp::int32 var_1069 = 1;
        wp::int32 var_1070;
        wp::int32 var_1071;
        const wp::int32 var_1072 = 1;
        wp::int32 var_1073;
        wp::int32 var_1074;
        const wp::int32 var_1075 = 0;
        const wp::int32 var_1076 = 1;
        wp::int32 var_1077;
        wp::int32 var_1078;
        const wp::int32 var_1079 = 2;
        wp::int32 var_1080;
        wp::int32 var_1081;
        const wp::int32 var_1082 = 0;
        const wp::int32 var_1083 = 1;
        wp::int32 var_1084;
        wp::int32 var_1085;
        wp::float32 var_1086;
        wp::float32 var_1087;
        wp::float32 var_1088;
        wp::vec_t<3, wp::float32> var_1089;
        wp::vec_t<3, wp::float32> var_1090;
        const wp::int32 var_1091 = 0;
        wp::float32 var_1092;
        const wp::int32 var_1093 = 1;
        wp::float32 var_1094;
        wp::float32 var_1095;
        const wp::int32 var_1096 = 2;
        wp::float32 var_1097;
        wp::float32 var_1098;
        wp::vec_t<3, wp::float32>* var_1099;
        wp::vec_t<3, wp::float32> var_1100;
        wp::vec_t<3, wp::float32> var_1101;
        wp::vec_t<3, wp::float32> var_1102;
        wp::vec_t<3, wp::float32> var_1103;
        wp::mat_t<3, 3, wp::float32> var_1104;
        const wp::float32 var_1105 = 4.0;
        wp::float32 var_1106;
        wp::float32 var_1107;
        wp::mat_t<3, 3, wp::float32> var_1108;
        wp::mat_t<3, 3, wp::float32> var_1109;
        const wp::int32 var_1110 = 2;
        const wp::int32 var_1111 = 0;
        wp::int32 var_1112;
        wp::int32 var_1113;
        const wp::int32 var_1114 = 0;
        const wp::int32 var_1115 = 1;
        wp::int32 var_1116;
        wp::int32 var_1117;
        const wp::int32 var_1118 = 1;
        wp::int32 var_1119;
        wp::int32 var_1120;
        const wp::int32 var_1121 = 0;
        const wp::int32 var_1122 = 1;
        wp::int32 var_1123;
        wp::int32 var_1124;
        const wp::int32 var_1125 = 2;
        wp::int32 var_1126;
        wp::int32 var_1127;
        const wp::int32 var_1128 = 0;
        const wp::int32 var_1129 = 1;
        wp::int32 var_1130;
        wp::int32 var_1131;
        wp::float32 var_1132;
        wp::float32 var_1133;
        wp::float32 var_1134;
        wp::vec_t<3, wp::float32> var_1135;
        wp::vec_t<3, wp::float32> var_1136;
        const wp::int32 var_1137 = 0;
        wp::float32 var_1138;
        const wp::int32 var_1139 = 1;
        wp::float32 var_1140;
        wp::float32 var_1141;
        const wp::int32 var_1142 = 2;
        wp::float32 var_1143;
        wp::float32 var_1144;
        wp::vec_t<3, wp::float32>* var_1145;
        wp::vec_t<3, wp::float32> var_1146;
        wp::vec_t<3, wp::float32> var_1147;
        wp::vec_t<3, wp::float32> var_1148;
        wp::vec_t<3, wp::float32> var_1149;
        wp::mat_t<3, 3, wp::float32> var_1150;
        const wp::float32 var_1151 = 4.0;
        wp::float32 var_1152;
        wp::float32 var_1153;
        wp::mat_t<3, 3, wp::float32> var_1154;
        wp::mat_t<3, 3, wp::float32> var_1155;
        const wp::int32 var_1156 = 2;
        const wp::int32 var_1157 = 0;
        const wp::int32 var_1158 = 0;
        wp::int32 var_1159;
        wp::int32 var_1160;
        const wp::int32 var_1161 = 0;
        const wp::int32 var_1162 = 1;
        wp::int32 var_1163;
        wp::int32 var_1164;
        const wp::int32 var_1165 = 1;
        wp::int32 var_1166;
        wp::int32 var_1167;
        const wp::int32 var_1168 = 0;
        const wp::int32 var_1169 = 1;
        wp::int32 var_1170;
        wp::int32 var_1171;
        const wp::int32 var_1172 = 2;
        wp::int32 var_1173;
        wp::int32 var_1174;
        const wp::int32 var_1175 = 0;
        const wp::int32 var_1176 = 1;
        wp::int32 var_1177;
        wp::int32 var_1178;
        wp::float32 var_1179;
        wp::float32 var_1180;
        wp::float32 var_1181;
        wp::vec_t<3, wp::float32> var_1182;
        wp::vec_t<3, wp::float32> var_1183;
        const wp::int32 var_1184 = 0;
        wp::float32 var_1185;
        const wp::int32 var_1186 = 1;
        wp::float32 var_1187;
        wp::float32 var_1188;
        const wp::int32 var_1189 = 2;
        wp::float32 var_1190;
        wp::float32 var_1191;
        wp::vec_t<3, wp::float32>* var_1192;
        wp::vec_t<3, wp::float32> var_1193;
        wp::vec_t<3, wp::float32> var_1194;
        wp::vec_t<3, wp::float32> var_1195;
        wp::vec_t<3, wp::float32> var_1196;
        wp::mat_t<3, 3, wp::float32> var_1197;
        const wp::float32 var_1198 = 4.0;
        wp::float32 var_1199;
        wp::float32 var_1200;
        wp::mat_t<3, 3, wp::float32> var_1201;
        wp::mat_t<3, 3, wp::float32> var_1202;
        const wp::int32 var_1203 = 1;
        const wp::int32 var_1204 = 0;
        wp::int32 var_1205;
        wp::int32 var_1206;
        const wp::int32 var_1207 = 0;
        const wp::int32 var_1208 = 1;
        wp::int32 var_1209;
        wp::int32 var_1210;
        const wp::int32 var_1211 = 1;
        wp::int32 var_1212;
        wp::int32 var_1213;
        const wp::int32 var_1214 = 0;
        const wp::int32 var_1215 = 1;
        wp::int32 var_1216;
        wp::int32 var_1217;
        const wp::int32 var_1218 = 2;
        wp::int32 var_1219;
        wp::int32 var_1220;
        const wp::int32 var_1221 = 0;
        const wp::int32 var_1222 = 1;
        wp::int32 var_1223;
        wp::int32 var_1224;
        wp::float32 var_1225;
        wp::float32 var_1226;
        wp::float32 var_1227;
        wp::vec_t<3, wp::float32> var_1228;
        wp::vec_t<3, wp::float32> var_1229;
        const wp::int32 var_1230 = 0;
        wp::float32 var_1231;
        const wp::int32 var_1232 = 1;
        wp::float32 var_1233;
        wp::float32 var_1234;
        const wp::int32 var_1235 = 2;
        wp::float32 var_1236;
        wp::float32 var_1237;
        wp::vec_t<3, wp::float32>* var_1238;
        wp::vec_t<3, wp::float32> var_1239;
        wp::vec_t<3, wp::float32> var_1240;
        wp::vec_t<3, wp::float32> var_1241;
        wp::vec_t<3, wp::float32> var_1242;
        wp::mat_t<3, 3, wp::float32> var_1243;
        const wp::float32 var_1244 = 4.0;
        wp::float32 var_1245;
        wp::float32 var_1246;
        wp::mat_t<3, 3, wp::float32> var_1247;
        wp::mat_t<3, 3, wp::float32> var_1248;
        const wp::int32 var_1249 = 2;
        const wp::int32 var_1250 = 0;
        wp::int32 var_1251;
        wp::int32 var_1252;
        const wp::int32 var_1253 = 0;
        const wp::int32 var_1254 = 1;
        wp::int32 var_1255;
        wp::int32 var_1256;
        const wp::int32 var_1257 = 1;
        wp::int32 var_1258;
        wp::int32 var_1259;
        const wp::int32 var_1260 = 0;
        const wp::int32 var_1261 = 1;
        wp::int32 var_1262;
        wp::int32 var_1263;
        const wp::int32 var_1264 = 2;
        wp::int32 var_1265;
        wp::int32 var_1266;
        const wp::int32 var_1267 = 0;
        const wp::int32 var_1268 = 1;
        wp::int32 var_1269;
        wp::int32 var_1270;
        wp::float32 var_1271;
        wp::float32 var_1272;
        wp::float32 var_1273;
        wp::vec_t<3, wp::float32> var_1274;
        wp::vec_t<3, wp::float32> var_1275;
        const wp::int32 var_1276 = 0;
        wp::float32 var_1277;
        const wp::int32 var_1278 = 1;
        wp::float32 var_1279;
        wp::float32 var_1280;
        const wp::int32 var_1281 = 2;
        wp::float32 var_1282;
        wp::float32 var_1283;
        wp::vec_t<3, wp::float32>* var_1284;
        wp::vec_t<3, wp::float32> var_1285;
        wp::vec_t<3, wp::float32> var_1286;
        wp::vec_t<3, wp::float32> var_1287;
        wp::vec_t<3, wp::float32> var_1288;
        wp::mat_t<3, 3, wp::float32> var_1289;
        const wp::float32 var_1290 = 4.0;
        wp::float32 var_1291;
        wp::float32 var_1292;
        wp::mat_t<3, 3, wp::float32> var_1293;
        wp::mat_t<3, 3, wp::float32> var_1294;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_1295;
        wp::array_t<wp::vec_t<3, wp::float32>> var_1296;
        wp::array_t<wp::mat_t<3, 3, wp::float32>>* var_1297;
        wp::array_t<wp::mat_t<3, 3, wp::float32>> var_1298;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_1299;
        wp::vec_t<3, wp::float32>* var_1300;
        wp::array_t<wp::vec_t<3, wp::float32>> var_1301;
        wp::vec_t<3, wp::float32> var_1302;
        wp::vec_t<3, wp::float32> var_1303;
        wp::vec_t<3, wp::float32> var_1304;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_1305;
        wp::array_t<wp::vec_t<3, wp::float32>> var_1306;
        const wp::int32 var_1307 = 3;
        wp::mat_t<3, 3, wp::float32> var_1308;
        wp::mat_t<3, 3, wp::float32> var_1309;
        wp::mat_t<3, 3, wp::float32> var_1310;
        wp::array_t<wp::mat_t<3, 3, wp::float32>>* var_1311;
        wp::mat_t<3, 3, wp::float32>* var_1312;
        wp::array_t<wp::mat_t<3, 3, wp::float32>> var_1313;
        wp::mat_t<3, 3, wp::float32> var_1314;
        wp::mat_t<3, 3, wp::float32> var_1315;
        wp::array_t<wp::mat_t<3, 3, wp::float32>>* var_1316;
        wp::array_t<wp::mat_t<3, 3, wp::float32>> var_1317;
        wp::float32 var_1318;
        wp::array_t<wp::float32>* var_1319;
        wp::array_t<wp::float32> var_1320;
        //---------
        // forward
        // def g2p(s: MPMState, grid_v: wp.array3d(dtype=wp.vec3), dx: float, dt: float):         <L 97>
        // i = wp.tid()                                                                           <L 98>
        var_0 = builtin_tid1d();
        // inv_dx = 1.0 / dx                                                                      <L 99>
        var_2 = wp::div(var_1, var_dx);
        // xp = s.x[i] * inv_dx                                                                   <L 100>
        var_3 = &((var_s).x);
        var_5 = wp::load(var_3);
        var_4 = wp::address(var_5, var_0);
        var_7 = wp::load(var_4);
        var_6 = wp::mul(var_7, var_2);
        // base = wp.vec3i(int(xp[0] - 0.5), int(xp[1] - 0.5), int(xp[2] - 0.5))                  <L 101>
        var_9 = wp::extract(var_6, var_8);
        var_11 = wp::sub(var_9, var_10);
        var_12 = wp::int(var_11);
        var_14 = wp::extract(var_6, var_13);
        var_16 = wp::sub(var_14, var_15);
        var_17 = wp::int(var_16);
        var_19 = wp::extract(var_6, var_18);
        var_21 = wp::sub(var_19, var_20);
        var_22 = wp::int(var_21);
        var_23 = wp::vec_t<3, wp::int32>(var_12, var_17, var_22);
        // fx = xp - wp.vec3(float(base[0]), float(base[1]), float(base[2]))                      <L 102>
        var_25 = wp::extract(var_23, var_24);
        var_26 = wp::float(var_25);
        var_28 = wp::extract(var_23, var_27);
        var_29 = wp::float(var_28);
        var_31 = wp::extract(var_23, var_30);
        var_32 = wp::float(var_31);
        var_33 = wp::vec_t<3, wp::float32>(var_26, var_29, var_32);
        var_34 = wp::sub(var_6, var_33);
        // w0, w1, w2 = quad_weights(fx)                                                          <L 103>
        quad_weights_0(var_34, var_35, var_36, var_37);
        // new_v = wp.vec3()                                                                      <L 104>
        var_38 = wp::vec_t<3, wp::float32>();
        // new_C = wp.mat33()                                                                     <L 105>
        var_39 = wp::mat_t<3, 3, wp::float32>();
        // for a in range(3):                                                                     <L 106>
        // for b in range(3):                                                                     <L 107>
        // for c in range(3):                                                                     <L 108>
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_44 = wp::extract(var_23, var_43);
        var_45 = wp::add(var_44, var_40);
        var_49 = wp::sub(var_47, var_48);
        var_50 = wp::clamp(var_45, var_46, var_49);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_52 = wp::extract(var_23, var_51);
        var_53 = wp::add(var_52, var_41);
        var_56 = wp::sub(var_47, var_55);
        var_57 = wp::clamp(var_53, var_54, var_56);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_59 = wp::extract(var_23, var_58);
        var_60 = wp::add(var_59, var_42);
        var_63 = wp::sub(var_47, var_62);
        var_64 = wp::clamp(var_60, var_61, var_63);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_65 = wp::float(var_40);
        var_66 = wp::float(var_41);
        var_67 = wp::float(var_42);
        var_68 = wp::vec_t<3, wp::float32>(var_65, var_66, var_67);
        var_69 = wp::sub(var_68, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_71 = pick_0(var_35, var_36, var_37, var_40, var_70);
        var_73 = pick_0(var_35, var_36, var_37, var_41, var_72);
        var_74 = wp::mul(var_71, var_73);
        var_76 = pick_0(var_35, var_36, var_37, var_42, var_75);
        var_77 = wp::mul(var_74, var_76);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_78 = wp::address(var_grid_v, var_50, var_57, var_64);
        var_80 = wp::load(var_78);
        var_79 = wp::copy(var_80);
        // new_v += weight * gv                                                                   <L 115>
        var_81 = wp::mul(var_77, var_79);
        var_82 = wp::add(var_38, var_81);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_83 = wp::outer(var_79, var_69);
        var_85 = wp::mul(var_84, var_2);
        var_86 = wp::mul(var_85, var_77);
        var_87 = wp::mul(var_83, var_86);
        var_88 = wp::add(var_39, var_87);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_91 = wp::extract(var_23, var_90);
        var_92 = wp::add(var_91, var_40);
        var_95 = wp::sub(var_47, var_94);
        var_96 = wp::clamp(var_92, var_93, var_95);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_98 = wp::extract(var_23, var_97);
        var_99 = wp::add(var_98, var_41);
        var_102 = wp::sub(var_47, var_101);
        var_103 = wp::clamp(var_99, var_100, var_102);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_105 = wp::extract(var_23, var_104);
        var_106 = wp::add(var_105, var_89);
        var_109 = wp::sub(var_47, var_108);
        var_110 = wp::clamp(var_106, var_107, var_109);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_111 = wp::float(var_40);
        var_112 = wp::float(var_41);
        var_113 = wp::float(var_89);
        var_114 = wp::vec_t<3, wp::float32>(var_111, var_112, var_113);
        var_115 = wp::sub(var_114, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_117 = pick_0(var_35, var_36, var_37, var_40, var_116);
        var_119 = pick_0(var_35, var_36, var_37, var_41, var_118);
        var_120 = wp::mul(var_117, var_119);
        var_122 = pick_0(var_35, var_36, var_37, var_89, var_121);
        var_123 = wp::mul(var_120, var_122);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_124 = wp::address(var_grid_v, var_96, var_103, var_110);
        var_126 = wp::load(var_124);
        var_125 = wp::copy(var_126);
        // new_v += weight * gv                                                                   <L 115>
        var_127 = wp::mul(var_123, var_125);
        var_128 = wp::add(var_82, var_127);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_129 = wp::outer(var_125, var_115);
        var_131 = wp::mul(var_130, var_2);
        var_132 = wp::mul(var_131, var_123);
        var_133 = wp::mul(var_129, var_132);
        var_134 = wp::add(var_88, var_133);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_137 = wp::extract(var_23, var_136);
        var_138 = wp::add(var_137, var_40);
        var_141 = wp::sub(var_47, var_140);
        var_142 = wp::clamp(var_138, var_139, var_141);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_144 = wp::extract(var_23, var_143);
        var_145 = wp::add(var_144, var_41);
        var_148 = wp::sub(var_47, var_147);
        var_149 = wp::clamp(var_145, var_146, var_148);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_151 = wp::extract(var_23, var_150);
        var_152 = wp::add(var_151, var_135);
        var_155 = wp::sub(var_47, var_154);
        var_156 = wp::clamp(var_152, var_153, var_155);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_157 = wp::float(var_40);
        var_158 = wp::float(var_41);
        var_159 = wp::float(var_135);
        var_160 = wp::vec_t<3, wp::float32>(var_157, var_158, var_159);
        var_161 = wp::sub(var_160, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_163 = pick_0(var_35, var_36, var_37, var_40, var_162);
        var_165 = pick_0(var_35, var_36, var_37, var_41, var_164);
        var_166 = wp::mul(var_163, var_165);
        var_168 = pick_0(var_35, var_36, var_37, var_135, var_167);
        var_169 = wp::mul(var_166, var_168);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_170 = wp::address(var_grid_v, var_142, var_149, var_156);
        var_172 = wp::load(var_170);
        var_171 = wp::copy(var_172);
        // new_v += weight * gv                                                                   <L 115>
        var_173 = wp::mul(var_169, var_171);
        var_174 = wp::add(var_128, var_173);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_175 = wp::outer(var_171, var_161);
        var_177 = wp::mul(var_176, var_2);
        var_178 = wp::mul(var_177, var_169);
        var_179 = wp::mul(var_175, var_178);
        var_180 = wp::add(var_134, var_179);
        // for c in range(3):                                                                     <L 108>
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_184 = wp::extract(var_23, var_183);
        var_185 = wp::add(var_184, var_40);
        var_188 = wp::sub(var_47, var_187);
        var_189 = wp::clamp(var_185, var_186, var_188);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_191 = wp::extract(var_23, var_190);
        var_192 = wp::add(var_191, var_181);
        var_195 = wp::sub(var_47, var_194);
        var_196 = wp::clamp(var_192, var_193, var_195);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_198 = wp::extract(var_23, var_197);
        var_199 = wp::add(var_198, var_182);
        var_202 = wp::sub(var_47, var_201);
        var_203 = wp::clamp(var_199, var_200, var_202);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_204 = wp::float(var_40);
        var_205 = wp::float(var_181);
        var_206 = wp::float(var_182);
        var_207 = wp::vec_t<3, wp::float32>(var_204, var_205, var_206);
        var_208 = wp::sub(var_207, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_210 = pick_0(var_35, var_36, var_37, var_40, var_209);
        var_212 = pick_0(var_35, var_36, var_37, var_181, var_211);
        var_213 = wp::mul(var_210, var_212);
        var_215 = pick_0(var_35, var_36, var_37, var_182, var_214);
        var_216 = wp::mul(var_213, var_215);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_217 = wp::address(var_grid_v, var_189, var_196, var_203);
        var_219 = wp::load(var_217);
        var_218 = wp::copy(var_219);
        // new_v += weight * gv                                                                   <L 115>
        var_220 = wp::mul(var_216, var_218);
        var_221 = wp::add(var_174, var_220);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_222 = wp::outer(var_218, var_208);
        var_224 = wp::mul(var_223, var_2);
        var_225 = wp::mul(var_224, var_216);
        var_226 = wp::mul(var_222, var_225);
        var_227 = wp::add(var_180, var_226);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_230 = wp::extract(var_23, var_229);
        var_231 = wp::add(var_230, var_40);
        var_234 = wp::sub(var_47, var_233);
        var_235 = wp::clamp(var_231, var_232, var_234);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_237 = wp::extract(var_23, var_236);
        var_238 = wp::add(var_237, var_181);
        var_241 = wp::sub(var_47, var_240);
        var_242 = wp::clamp(var_238, var_239, var_241);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_244 = wp::extract(var_23, var_243);
        var_245 = wp::add(var_244, var_228);
        var_248 = wp::sub(var_47, var_247);
        var_249 = wp::clamp(var_245, var_246, var_248);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_250 = wp::float(var_40);
        var_251 = wp::float(var_181);
        var_252 = wp::float(var_228);
        var_253 = wp::vec_t<3, wp::float32>(var_250, var_251, var_252);
        var_254 = wp::sub(var_253, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_256 = pick_0(var_35, var_36, var_37, var_40, var_255);
        var_258 = pick_0(var_35, var_36, var_37, var_181, var_257);
        var_259 = wp::mul(var_256, var_258);
        var_261 = pick_0(var_35, var_36, var_37, var_228, var_260);
        var_262 = wp::mul(var_259, var_261);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_263 = wp::address(var_grid_v, var_235, var_242, var_249);
        var_265 = wp::load(var_263);
        var_264 = wp::copy(var_265);
        // new_v += weight * gv                                                                   <L 115>
        var_266 = wp::mul(var_262, var_264);
        var_267 = wp::add(var_221, var_266);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_268 = wp::outer(var_264, var_254);
        var_270 = wp::mul(var_269, var_2);
        var_271 = wp::mul(var_270, var_262);
        var_272 = wp::mul(var_268, var_271);
        var_273 = wp::add(var_227, var_272);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_276 = wp::extract(var_23, var_275);
        var_277 = wp::add(var_276, var_40);
        var_280 = wp::sub(var_47, var_279);
        var_281 = wp::clamp(var_277, var_278, var_280);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_283 = wp::extract(var_23, var_282);
        var_284 = wp::add(var_283, var_181);
        var_287 = wp::sub(var_47, var_286);
        var_288 = wp::clamp(var_284, var_285, var_287);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_290 = wp::extract(var_23, var_289);
        var_291 = wp::add(var_290, var_274);
        var_294 = wp::sub(var_47, var_293);
        var_295 = wp::clamp(var_291, var_292, var_294);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_296 = wp::float(var_40);
        var_297 = wp::float(var_181);
        var_298 = wp::float(var_274);
        var_299 = wp::vec_t<3, wp::float32>(var_296, var_297, var_298);
        var_300 = wp::sub(var_299, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_302 = pick_0(var_35, var_36, var_37, var_40, var_301);
        var_304 = pick_0(var_35, var_36, var_37, var_181, var_303);
        var_305 = wp::mul(var_302, var_304);
        var_307 = pick_0(var_35, var_36, var_37, var_274, var_306);
        var_308 = wp::mul(var_305, var_307);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_309 = wp::address(var_grid_v, var_281, var_288, var_295);
        var_311 = wp::load(var_309);
        var_310 = wp::copy(var_311);
        // new_v += weight * gv                                                                   <L 115>
        var_312 = wp::mul(var_308, var_310);
        var_313 = wp::add(var_267, var_312);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_314 = wp::outer(var_310, var_300);
        var_316 = wp::mul(var_315, var_2);
        var_317 = wp::mul(var_316, var_308);
        var_318 = wp::mul(var_314, var_317);
        var_319 = wp::add(var_273, var_318);
        // for c in range(3):                                                                     <L 108>
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_323 = wp::extract(var_23, var_322);
        var_324 = wp::add(var_323, var_40);
        var_327 = wp::sub(var_47, var_326);
        var_328 = wp::clamp(var_324, var_325, var_327);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_330 = wp::extract(var_23, var_329);
        var_331 = wp::add(var_330, var_320);
        var_334 = wp::sub(var_47, var_333);
        var_335 = wp::clamp(var_331, var_332, var_334);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_337 = wp::extract(var_23, var_336);
        var_338 = wp::add(var_337, var_321);
        var_341 = wp::sub(var_47, var_340);
        var_342 = wp::clamp(var_338, var_339, var_341);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_343 = wp::float(var_40);
        var_344 = wp::float(var_320);
        var_345 = wp::float(var_321);
        var_346 = wp::vec_t<3, wp::float32>(var_343, var_344, var_345);
        var_347 = wp::sub(var_346, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_349 = pick_0(var_35, var_36, var_37, var_40, var_348);
        var_351 = pick_0(var_35, var_36, var_37, var_320, var_350);
        var_352 = wp::mul(var_349, var_351);
        var_354 = pick_0(var_35, var_36, var_37, var_321, var_353);
        var_355 = wp::mul(var_352, var_354);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_356 = wp::address(var_grid_v, var_328, var_335, var_342);
        var_358 = wp::load(var_356);
        var_357 = wp::copy(var_358);
        // new_v += weight * gv                                                                   <L 115>
        var_359 = wp::mul(var_355, var_357);
        var_360 = wp::add(var_313, var_359);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_361 = wp::outer(var_357, var_347);
        var_363 = wp::mul(var_362, var_2);
        var_364 = wp::mul(var_363, var_355);
        var_365 = wp::mul(var_361, var_364);
        var_366 = wp::add(var_319, var_365);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_369 = wp::extract(var_23, var_368);
        var_370 = wp::add(var_369, var_40);
        var_373 = wp::sub(var_47, var_372);
        var_374 = wp::clamp(var_370, var_371, var_373);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_376 = wp::extract(var_23, var_375);
        var_377 = wp::add(var_376, var_320);
        var_380 = wp::sub(var_47, var_379);
        var_381 = wp::clamp(var_377, var_378, var_380);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_383 = wp::extract(var_23, var_382);
        var_384 = wp::add(var_383, var_367);
        var_387 = wp::sub(var_47, var_386);
        var_388 = wp::clamp(var_384, var_385, var_387);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_389 = wp::float(var_40);
        var_390 = wp::float(var_320);
        var_391 = wp::float(var_367);
        var_392 = wp::vec_t<3, wp::float32>(var_389, var_390, var_391);
        var_393 = wp::sub(var_392, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_395 = pick_0(var_35, var_36, var_37, var_40, var_394);
        var_397 = pick_0(var_35, var_36, var_37, var_320, var_396);
        var_398 = wp::mul(var_395, var_397);
        var_400 = pick_0(var_35, var_36, var_37, var_367, var_399);
        var_401 = wp::mul(var_398, var_400);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_402 = wp::address(var_grid_v, var_374, var_381, var_388);
        var_404 = wp::load(var_402);
        var_403 = wp::copy(var_404);
        // new_v += weight * gv                                                                   <L 115>
        var_405 = wp::mul(var_401, var_403);
        var_406 = wp::add(var_360, var_405);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_407 = wp::outer(var_403, var_393);
        var_409 = wp::mul(var_408, var_2);
        var_410 = wp::mul(var_409, var_401);
        var_411 = wp::mul(var_407, var_410);
        var_412 = wp::add(var_366, var_411);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_415 = wp::extract(var_23, var_414);
        var_416 = wp::add(var_415, var_40);
        var_419 = wp::sub(var_47, var_418);
        var_420 = wp::clamp(var_416, var_417, var_419);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_422 = wp::extract(var_23, var_421);
        var_423 = wp::add(var_422, var_320);
        var_426 = wp::sub(var_47, var_425);
        var_427 = wp::clamp(var_423, var_424, var_426);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_429 = wp::extract(var_23, var_428);
        var_430 = wp::add(var_429, var_413);
        var_433 = wp::sub(var_47, var_432);
        var_434 = wp::clamp(var_430, var_431, var_433);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_435 = wp::float(var_40);
        var_436 = wp::float(var_320);
        var_437 = wp::float(var_413);
        var_438 = wp::vec_t<3, wp::float32>(var_435, var_436, var_437);
        var_439 = wp::sub(var_438, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_441 = pick_0(var_35, var_36, var_37, var_40, var_440);
        var_443 = pick_0(var_35, var_36, var_37, var_320, var_442);
        var_444 = wp::mul(var_441, var_443);
        var_446 = pick_0(var_35, var_36, var_37, var_413, var_445);
        var_447 = wp::mul(var_444, var_446);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_448 = wp::address(var_grid_v, var_420, var_427, var_434);
        var_450 = wp::load(var_448);
        var_449 = wp::copy(var_450);
        // new_v += weight * gv                                                                   <L 115>
        var_451 = wp::mul(var_447, var_449);
        var_452 = wp::add(var_406, var_451);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_453 = wp::outer(var_449, var_439);
        var_455 = wp::mul(var_454, var_2);
        var_456 = wp::mul(var_455, var_447);
        var_457 = wp::mul(var_453, var_456);
        var_458 = wp::add(var_412, var_457);
        // for b in range(3):                                                                     <L 107>
        // for c in range(3):                                                                     <L 108>
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_463 = wp::extract(var_23, var_462);
        var_464 = wp::add(var_463, var_459);
        var_467 = wp::sub(var_47, var_466);
        var_468 = wp::clamp(var_464, var_465, var_467);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_470 = wp::extract(var_23, var_469);
        var_471 = wp::add(var_470, var_460);
        var_474 = wp::sub(var_47, var_473);
        var_475 = wp::clamp(var_471, var_472, var_474);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_477 = wp::extract(var_23, var_476);
        var_478 = wp::add(var_477, var_461);
        var_481 = wp::sub(var_47, var_480);
        var_482 = wp::clamp(var_478, var_479, var_481);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_483 = wp::float(var_459);
        var_484 = wp::float(var_460);
        var_485 = wp::float(var_461);
        var_486 = wp::vec_t<3, wp::float32>(var_483, var_484, var_485);
        var_487 = wp::sub(var_486, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_489 = pick_0(var_35, var_36, var_37, var_459, var_488);
        var_491 = pick_0(var_35, var_36, var_37, var_460, var_490);
        var_492 = wp::mul(var_489, var_491);
        var_494 = pick_0(var_35, var_36, var_37, var_461, var_493);
        var_495 = wp::mul(var_492, var_494);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_496 = wp::address(var_grid_v, var_468, var_475, var_482);
        var_498 = wp::load(var_496);
        var_497 = wp::copy(var_498);
        // new_v += weight * gv                                                                   <L 115>
        var_499 = wp::mul(var_495, var_497);
        var_500 = wp::add(var_452, var_499);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_501 = wp::outer(var_497, var_487);
        var_503 = wp::mul(var_502, var_2);
        var_504 = wp::mul(var_503, var_495);
        var_505 = wp::mul(var_501, var_504);
        var_506 = wp::add(var_458, var_505);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_509 = wp::extract(var_23, var_508);
        var_510 = wp::add(var_509, var_459);
        var_513 = wp::sub(var_47, var_512);
        var_514 = wp::clamp(var_510, var_511, var_513);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_516 = wp::extract(var_23, var_515);
        var_517 = wp::add(var_516, var_460);
        var_520 = wp::sub(var_47, var_519);
        var_521 = wp::clamp(var_517, var_518, var_520);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_523 = wp::extract(var_23, var_522);
        var_524 = wp::add(var_523, var_507);
        var_527 = wp::sub(var_47, var_526);
        var_528 = wp::clamp(var_524, var_525, var_527);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_529 = wp::float(var_459);
        var_530 = wp::float(var_460);
        var_531 = wp::float(var_507);
        var_532 = wp::vec_t<3, wp::float32>(var_529, var_530, var_531);
        var_533 = wp::sub(var_532, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_535 = pick_0(var_35, var_36, var_37, var_459, var_534);
        var_537 = pick_0(var_35, var_36, var_37, var_460, var_536);
        var_538 = wp::mul(var_535, var_537);
        var_540 = pick_0(var_35, var_36, var_37, var_507, var_539);
        var_541 = wp::mul(var_538, var_540);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_542 = wp::address(var_grid_v, var_514, var_521, var_528);
        var_544 = wp::load(var_542);
        var_543 = wp::copy(var_544);
        // new_v += weight * gv                                                                   <L 115>
        var_545 = wp::mul(var_541, var_543);
        var_546 = wp::add(var_500, var_545);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_547 = wp::outer(var_543, var_533);
        var_549 = wp::mul(var_548, var_2);
        var_550 = wp::mul(var_549, var_541);
        var_551 = wp::mul(var_547, var_550);
        var_552 = wp::add(var_506, var_551);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_555 = wp::extract(var_23, var_554);
        var_556 = wp::add(var_555, var_459);
        var_559 = wp::sub(var_47, var_558);
        var_560 = wp::clamp(var_556, var_557, var_559);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_562 = wp::extract(var_23, var_561);
        var_563 = wp::add(var_562, var_460);
        var_566 = wp::sub(var_47, var_565);
        var_567 = wp::clamp(var_563, var_564, var_566);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_569 = wp::extract(var_23, var_568);
        var_570 = wp::add(var_569, var_553);
        var_573 = wp::sub(var_47, var_572);
        var_574 = wp::clamp(var_570, var_571, var_573);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_575 = wp::float(var_459);
        var_576 = wp::float(var_460);
        var_577 = wp::float(var_553);
        var_578 = wp::vec_t<3, wp::float32>(var_575, var_576, var_577);
        var_579 = wp::sub(var_578, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_581 = pick_0(var_35, var_36, var_37, var_459, var_580);
        var_583 = pick_0(var_35, var_36, var_37, var_460, var_582);
        var_584 = wp::mul(var_581, var_583);
        var_586 = pick_0(var_35, var_36, var_37, var_553, var_585);
        var_587 = wp::mul(var_584, var_586);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_588 = wp::address(var_grid_v, var_560, var_567, var_574);
        var_590 = wp::load(var_588);
        var_589 = wp::copy(var_590);
        // new_v += weight * gv                                                                   <L 115>
        var_591 = wp::mul(var_587, var_589);
        var_592 = wp::add(var_546, var_591);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_593 = wp::outer(var_589, var_579);
        var_595 = wp::mul(var_594, var_2);
        var_596 = wp::mul(var_595, var_587);
        var_597 = wp::mul(var_593, var_596);
        var_598 = wp::add(var_552, var_597);
        // for c in range(3):                                                                     <L 108>
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_602 = wp::extract(var_23, var_601);
        var_603 = wp::add(var_602, var_459);
        var_606 = wp::sub(var_47, var_605);
        var_607 = wp::clamp(var_603, var_604, var_606);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_609 = wp::extract(var_23, var_608);
        var_610 = wp::add(var_609, var_599);
        var_613 = wp::sub(var_47, var_612);
        var_614 = wp::clamp(var_610, var_611, var_613);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_616 = wp::extract(var_23, var_615);
        var_617 = wp::add(var_616, var_600);
        var_620 = wp::sub(var_47, var_619);
        var_621 = wp::clamp(var_617, var_618, var_620);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_622 = wp::float(var_459);
        var_623 = wp::float(var_599);
        var_624 = wp::float(var_600);
        var_625 = wp::vec_t<3, wp::float32>(var_622, var_623, var_624);
        var_626 = wp::sub(var_625, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_628 = pick_0(var_35, var_36, var_37, var_459, var_627);
        var_630 = pick_0(var_35, var_36, var_37, var_599, var_629);
        var_631 = wp::mul(var_628, var_630);
        var_633 = pick_0(var_35, var_36, var_37, var_600, var_632);
        var_634 = wp::mul(var_631, var_633);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_635 = wp::address(var_grid_v, var_607, var_614, var_621);
        var_637 = wp::load(var_635);
        var_636 = wp::copy(var_637);
        // new_v += weight * gv                                                                   <L 115>
        var_638 = wp::mul(var_634, var_636);
        var_639 = wp::add(var_592, var_638);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_640 = wp::outer(var_636, var_626);
        var_642 = wp::mul(var_641, var_2);
        var_643 = wp::mul(var_642, var_634);
        var_644 = wp::mul(var_640, var_643);
        var_645 = wp::add(var_598, var_644);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_648 = wp::extract(var_23, var_647);
        var_649 = wp::add(var_648, var_459);
        var_652 = wp::sub(var_47, var_651);
        var_653 = wp::clamp(var_649, var_650, var_652);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_655 = wp::extract(var_23, var_654);
        var_656 = wp::add(var_655, var_599);
        var_659 = wp::sub(var_47, var_658);
        var_660 = wp::clamp(var_656, var_657, var_659);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_662 = wp::extract(var_23, var_661);
        var_663 = wp::add(var_662, var_646);
        var_666 = wp::sub(var_47, var_665);
        var_667 = wp::clamp(var_663, var_664, var_666);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_668 = wp::float(var_459);
        var_669 = wp::float(var_599);
        var_670 = wp::float(var_646);
        var_671 = wp::vec_t<3, wp::float32>(var_668, var_669, var_670);
        var_672 = wp::sub(var_671, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_674 = pick_0(var_35, var_36, var_37, var_459, var_673);
        var_676 = pick_0(var_35, var_36, var_37, var_599, var_675);
        var_677 = wp::mul(var_674, var_676);
        var_679 = pick_0(var_35, var_36, var_37, var_646, var_678);
        var_680 = wp::mul(var_677, var_679);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_681 = wp::address(var_grid_v, var_653, var_660, var_667);
        var_683 = wp::load(var_681);
        var_682 = wp::copy(var_683);
        // new_v += weight * gv                                                                   <L 115>
        var_684 = wp::mul(var_680, var_682);
        var_685 = wp::add(var_639, var_684);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_686 = wp::outer(var_682, var_672);
        var_688 = wp::mul(var_687, var_2);
        var_689 = wp::mul(var_688, var_680);
        var_690 = wp::mul(var_686, var_689);
        var_691 = wp::add(var_645, var_690);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_694 = wp::extract(var_23, var_693);
        var_695 = wp::add(var_694, var_459);
        var_698 = wp::sub(var_47, var_697);
        var_699 = wp::clamp(var_695, var_696, var_698);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_701 = wp::extract(var_23, var_700);
        var_702 = wp::add(var_701, var_599);
        var_705 = wp::sub(var_47, var_704);
        var_706 = wp::clamp(var_702, var_703, var_705);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_708 = wp::extract(var_23, var_707);
        var_709 = wp::add(var_708, var_692);
        var_712 = wp::sub(var_47, var_711);
        var_713 = wp::clamp(var_709, var_710, var_712);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_714 = wp::float(var_459);
        var_715 = wp::float(var_599);
        var_716 = wp::float(var_692);
        var_717 = wp::vec_t<3, wp::float32>(var_714, var_715, var_716);
        var_718 = wp::sub(var_717, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_720 = pick_0(var_35, var_36, var_37, var_459, var_719);
        var_722 = pick_0(var_35, var_36, var_37, var_599, var_721);
        var_723 = wp::mul(var_720, var_722);
        var_725 = pick_0(var_35, var_36, var_37, var_692, var_724);
        var_726 = wp::mul(var_723, var_725);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_727 = wp::address(var_grid_v, var_699, var_706, var_713);
        var_729 = wp::load(var_727);
        var_728 = wp::copy(var_729);
        // new_v += weight * gv                                                                   <L 115>
        var_730 = wp::mul(var_726, var_728);
        var_731 = wp::add(var_685, var_730);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_732 = wp::outer(var_728, var_718);
        var_734 = wp::mul(var_733, var_2);
        var_735 = wp::mul(var_734, var_726);
        var_736 = wp::mul(var_732, var_735);
        var_737 = wp::add(var_691, var_736);
        // for c in range(3):                                                                     <L 108>
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_741 = wp::extract(var_23, var_740);
        var_742 = wp::add(var_741, var_459);
        var_745 = wp::sub(var_47, var_744);
        var_746 = wp::clamp(var_742, var_743, var_745);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_748 = wp::extract(var_23, var_747);
        var_749 = wp::add(var_748, var_738);
        var_752 = wp::sub(var_47, var_751);
        var_753 = wp::clamp(var_749, var_750, var_752);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_755 = wp::extract(var_23, var_754);
        var_756 = wp::add(var_755, var_739);
        var_759 = wp::sub(var_47, var_758);
        var_760 = wp::clamp(var_756, var_757, var_759);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_761 = wp::float(var_459);
        var_762 = wp::float(var_738);
        var_763 = wp::float(var_739);
        var_764 = wp::vec_t<3, wp::float32>(var_761, var_762, var_763);
        var_765 = wp::sub(var_764, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_767 = pick_0(var_35, var_36, var_37, var_459, var_766);
        var_769 = pick_0(var_35, var_36, var_37, var_738, var_768);
        var_770 = wp::mul(var_767, var_769);
        var_772 = pick_0(var_35, var_36, var_37, var_739, var_771);
        var_773 = wp::mul(var_770, var_772);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_774 = wp::address(var_grid_v, var_746, var_753, var_760);
        var_776 = wp::load(var_774);
        var_775 = wp::copy(var_776);
        // new_v += weight * gv                                                                   <L 115>
        var_777 = wp::mul(var_773, var_775);
        var_778 = wp::add(var_731, var_777);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_779 = wp::outer(var_775, var_765);
        var_781 = wp::mul(var_780, var_2);
        var_782 = wp::mul(var_781, var_773);
        var_783 = wp::mul(var_779, var_782);
        var_784 = wp::add(var_737, var_783);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_787 = wp::extract(var_23, var_786);
        var_788 = wp::add(var_787, var_459);
        var_791 = wp::sub(var_47, var_790);
        var_792 = wp::clamp(var_788, var_789, var_791);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_794 = wp::extract(var_23, var_793);
        var_795 = wp::add(var_794, var_738);
        var_798 = wp::sub(var_47, var_797);
        var_799 = wp::clamp(var_795, var_796, var_798);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_801 = wp::extract(var_23, var_800);
        var_802 = wp::add(var_801, var_785);
        var_805 = wp::sub(var_47, var_804);
        var_806 = wp::clamp(var_802, var_803, var_805);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_807 = wp::float(var_459);
        var_808 = wp::float(var_738);
        var_809 = wp::float(var_785);
        var_810 = wp::vec_t<3, wp::float32>(var_807, var_808, var_809);
        var_811 = wp::sub(var_810, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_813 = pick_0(var_35, var_36, var_37, var_459, var_812);
        var_815 = pick_0(var_35, var_36, var_37, var_738, var_814);
        var_816 = wp::mul(var_813, var_815);
        var_818 = pick_0(var_35, var_36, var_37, var_785, var_817);
        var_819 = wp::mul(var_816, var_818);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_820 = wp::address(var_grid_v, var_792, var_799, var_806);
        var_822 = wp::load(var_820);
        var_821 = wp::copy(var_822);
        // new_v += weight * gv                                                                   <L 115>
        var_823 = wp::mul(var_819, var_821);
        var_824 = wp::add(var_778, var_823);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_825 = wp::outer(var_821, var_811);
        var_827 = wp::mul(var_826, var_2);
        var_828 = wp::mul(var_827, var_819);
        var_829 = wp::mul(var_825, var_828);
        var_830 = wp::add(var_784, var_829);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_833 = wp::extract(var_23, var_832);
        var_834 = wp::add(var_833, var_459);
        var_837 = wp::sub(var_47, var_836);
        var_838 = wp::clamp(var_834, var_835, var_837);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_840 = wp::extract(var_23, var_839);
        var_841 = wp::add(var_840, var_738);
        var_844 = wp::sub(var_47, var_843);
        var_845 = wp::clamp(var_841, var_842, var_844);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_847 = wp::extract(var_23, var_846);
        var_848 = wp::add(var_847, var_831);
        var_851 = wp::sub(var_47, var_850);
        var_852 = wp::clamp(var_848, var_849, var_851);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_853 = wp::float(var_459);
        var_854 = wp::float(var_738);
        var_855 = wp::float(var_831);
        var_856 = wp::vec_t<3, wp::float32>(var_853, var_854, var_855);
        var_857 = wp::sub(var_856, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_859 = pick_0(var_35, var_36, var_37, var_459, var_858);
        var_861 = pick_0(var_35, var_36, var_37, var_738, var_860);
        var_862 = wp::mul(var_859, var_861);
        var_864 = pick_0(var_35, var_36, var_37, var_831, var_863);
        var_865 = wp::mul(var_862, var_864);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_866 = wp::address(var_grid_v, var_838, var_845, var_852);
        var_868 = wp::load(var_866);
        var_867 = wp::copy(var_868);
        // new_v += weight * gv                                                                   <L 115>
        var_869 = wp::mul(var_865, var_867);
        var_870 = wp::add(var_824, var_869);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_871 = wp::outer(var_867, var_857);
        var_873 = wp::mul(var_872, var_2);
        var_874 = wp::mul(var_873, var_865);
        var_875 = wp::mul(var_871, var_874);
        var_876 = wp::add(var_830, var_875);
        // for b in range(3):                                                                     <L 107>
        // for c in range(3):                                                                     <L 108>
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_881 = wp::extract(var_23, var_880);
        var_882 = wp::add(var_881, var_877);
        var_885 = wp::sub(var_47, var_884);
        var_886 = wp::clamp(var_882, var_883, var_885);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_888 = wp::extract(var_23, var_887);
        var_889 = wp::add(var_888, var_878);
        var_892 = wp::sub(var_47, var_891);
        var_893 = wp::clamp(var_889, var_890, var_892);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_895 = wp::extract(var_23, var_894);
        var_896 = wp::add(var_895, var_879);
        var_899 = wp::sub(var_47, var_898);
        var_900 = wp::clamp(var_896, var_897, var_899);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_901 = wp::float(var_877);
        var_902 = wp::float(var_878);
        var_903 = wp::float(var_879);
        var_904 = wp::vec_t<3, wp::float32>(var_901, var_902, var_903);
        var_905 = wp::sub(var_904, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_907 = pick_0(var_35, var_36, var_37, var_877, var_906);
        var_909 = pick_0(var_35, var_36, var_37, var_878, var_908);
        var_910 = wp::mul(var_907, var_909);
        var_912 = pick_0(var_35, var_36, var_37, var_879, var_911);
        var_913 = wp::mul(var_910, var_912);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_914 = wp::address(var_grid_v, var_886, var_893, var_900);
        var_916 = wp::load(var_914);
        var_915 = wp::copy(var_916);
        // new_v += weight * gv                                                                   <L 115>
        var_917 = wp::mul(var_913, var_915);
        var_918 = wp::add(var_870, var_917);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_919 = wp::outer(var_915, var_905);
        var_921 = wp::mul(var_920, var_2);
        var_922 = wp::mul(var_921, var_913);
        var_923 = wp::mul(var_919, var_922);
        var_924 = wp::add(var_876, var_923);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_927 = wp::extract(var_23, var_926);
        var_928 = wp::add(var_927, var_877);
        var_931 = wp::sub(var_47, var_930);
        var_932 = wp::clamp(var_928, var_929, var_931);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_934 = wp::extract(var_23, var_933);
        var_935 = wp::add(var_934, var_878);
        var_938 = wp::sub(var_47, var_937);
        var_939 = wp::clamp(var_935, var_936, var_938);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_941 = wp::extract(var_23, var_940);
        var_942 = wp::add(var_941, var_925);
        var_945 = wp::sub(var_47, var_944);
        var_946 = wp::clamp(var_942, var_943, var_945);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_947 = wp::float(var_877);
        var_948 = wp::float(var_878);
        var_949 = wp::float(var_925);
        var_950 = wp::vec_t<3, wp::float32>(var_947, var_948, var_949);
        var_951 = wp::sub(var_950, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_953 = pick_0(var_35, var_36, var_37, var_877, var_952);
        var_955 = pick_0(var_35, var_36, var_37, var_878, var_954);
        var_956 = wp::mul(var_953, var_955);
        var_958 = pick_0(var_35, var_36, var_37, var_925, var_957);
        var_959 = wp::mul(var_956, var_958);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_960 = wp::address(var_grid_v, var_932, var_939, var_946);
        var_962 = wp::load(var_960);
        var_961 = wp::copy(var_962);
        // new_v += weight * gv                                                                   <L 115>
        var_963 = wp::mul(var_959, var_961);
        var_964 = wp::add(var_918, var_963);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_965 = wp::outer(var_961, var_951);
        var_967 = wp::mul(var_966, var_2);
        var_968 = wp::mul(var_967, var_959);
        var_969 = wp::mul(var_965, var_968);
        var_970 = wp::add(var_924, var_969);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_973 = wp::extract(var_23, var_972);
        var_974 = wp::add(var_973, var_877);
        var_977 = wp::sub(var_47, var_976);
        var_978 = wp::clamp(var_974, var_975, var_977);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_980 = wp::extract(var_23, var_979);
        var_981 = wp::add(var_980, var_878);
        var_984 = wp::sub(var_47, var_983);
        var_985 = wp::clamp(var_981, var_982, var_984);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_987 = wp::extract(var_23, var_986);
        var_988 = wp::add(var_987, var_971);
        var_991 = wp::sub(var_47, var_990);
        var_992 = wp::clamp(var_988, var_989, var_991);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_993 = wp::float(var_877);
        var_994 = wp::float(var_878);
        var_995 = wp::float(var_971);
        var_996 = wp::vec_t<3, wp::float32>(var_993, var_994, var_995);
        var_997 = wp::sub(var_996, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_999 = pick_0(var_35, var_36, var_37, var_877, var_998);
        var_1001 = pick_0(var_35, var_36, var_37, var_878, var_1000);
        var_1002 = wp::mul(var_999, var_1001);
        var_1004 = pick_0(var_35, var_36, var_37, var_971, var_1003);
        var_1005 = wp::mul(var_1002, var_1004);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_1006 = wp::address(var_grid_v, var_978, var_985, var_992);
        var_1008 = wp::load(var_1006);
        var_1007 = wp::copy(var_1008);
        // new_v += weight * gv                                                                   <L 115>
        var_1009 = wp::mul(var_1005, var_1007);
        var_1010 = wp::add(var_964, var_1009);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_1011 = wp::outer(var_1007, var_997);
        var_1013 = wp::mul(var_1012, var_2);
        var_1014 = wp::mul(var_1013, var_1005);
        var_1015 = wp::mul(var_1011, var_1014);
        var_1016 = wp::add(var_970, var_1015);
        // for c in range(3):                                                                     <L 108>
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_1020 = wp::extract(var_23, var_1019);
        var_1021 = wp::add(var_1020, var_877);
        var_1024 = wp::sub(var_47, var_1023);
        var_1025 = wp::clamp(var_1021, var_1022, var_1024);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_1027 = wp::extract(var_23, var_1026);
        var_1028 = wp::add(var_1027, var_1017);
        var_1031 = wp::sub(var_47, var_1030);
        var_1032 = wp::clamp(var_1028, var_1029, var_1031);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_1034 = wp::extract(var_23, var_1033);
        var_1035 = wp::add(var_1034, var_1018);
        var_1038 = wp::sub(var_47, var_1037);
        var_1039 = wp::clamp(var_1035, var_1036, var_1038);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_1040 = wp::float(var_877);
        var_1041 = wp::float(var_1017);
        var_1042 = wp::float(var_1018);
        var_1043 = wp::vec_t<3, wp::float32>(var_1040, var_1041, var_1042);
        var_1044 = wp::sub(var_1043, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_1046 = pick_0(var_35, var_36, var_37, var_877, var_1045);
        var_1048 = pick_0(var_35, var_36, var_37, var_1017, var_1047);
        var_1049 = wp::mul(var_1046, var_1048);
        var_1051 = pick_0(var_35, var_36, var_37, var_1018, var_1050);
        var_1052 = wp::mul(var_1049, var_1051);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_1053 = wp::address(var_grid_v, var_1025, var_1032, var_1039);
        var_1055 = wp::load(var_1053);
        var_1054 = wp::copy(var_1055);
        // new_v += weight * gv                                                                   <L 115>
        var_1056 = wp::mul(var_1052, var_1054);
        var_1057 = wp::add(var_1010, var_1056);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_1058 = wp::outer(var_1054, var_1044);
        var_1060 = wp::mul(var_1059, var_2);
        var_1061 = wp::mul(var_1060, var_1052);
        var_1062 = wp::mul(var_1058, var_1061);
        var_1063 = wp::add(var_1016, var_1062);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_1066 = wp::extract(var_23, var_1065);
        var_1067 = wp::add(var_1066, var_877);
        var_1070 = wp::sub(var_47, var_1069);
        var_1071 = wp::clamp(var_1067, var_1068, var_1070);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_1073 = wp::extract(var_23, var_1072);
        var_1074 = wp::add(var_1073, var_1017);
        var_1077 = wp::sub(var_47, var_1076);
        var_1078 = wp::clamp(var_1074, var_1075, var_1077);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_1080 = wp::extract(var_23, var_1079);
        var_1081 = wp::add(var_1080, var_1064);
        var_1084 = wp::sub(var_47, var_1083);
        var_1085 = wp::clamp(var_1081, var_1082, var_1084);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_1086 = wp::float(var_877);
        var_1087 = wp::float(var_1017);
        var_1088 = wp::float(var_1064);
        var_1089 = wp::vec_t<3, wp::float32>(var_1086, var_1087, var_1088);
        var_1090 = wp::sub(var_1089, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_1092 = pick_0(var_35, var_36, var_37, var_877, var_1091);
        var_1094 = pick_0(var_35, var_36, var_37, var_1017, var_1093);
        var_1095 = wp::mul(var_1092, var_1094);
        var_1097 = pick_0(var_35, var_36, var_37, var_1064, var_1096);
        var_1098 = wp::mul(var_1095, var_1097);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_1099 = wp::address(var_grid_v, var_1071, var_1078, var_1085);
        var_1101 = wp::load(var_1099);
        var_1100 = wp::copy(var_1101);
        // new_v += weight * gv                                                                   <L 115>
        var_1102 = wp::mul(var_1098, var_1100);
        var_1103 = wp::add(var_1057, var_1102);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_1104 = wp::outer(var_1100, var_1090);
        var_1106 = wp::mul(var_1105, var_2);
        var_1107 = wp::mul(var_1106, var_1098);
        var_1108 = wp::mul(var_1104, var_1107);
        var_1109 = wp::add(var_1063, var_1108);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_1112 = wp::extract(var_23, var_1111);
        var_1113 = wp::add(var_1112, var_877);
        var_1116 = wp::sub(var_47, var_1115);
        var_1117 = wp::clamp(var_1113, var_1114, var_1116);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_1119 = wp::extract(var_23, var_1118);
        var_1120 = wp::add(var_1119, var_1017);
        var_1123 = wp::sub(var_47, var_1122);
        var_1124 = wp::clamp(var_1120, var_1121, var_1123);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_1126 = wp::extract(var_23, var_1125);
        var_1127 = wp::add(var_1126, var_1110);
        var_1130 = wp::sub(var_47, var_1129);
        var_1131 = wp::clamp(var_1127, var_1128, var_1130);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_1132 = wp::float(var_877);
        var_1133 = wp::float(var_1017);
        var_1134 = wp::float(var_1110);
        var_1135 = wp::vec_t<3, wp::float32>(var_1132, var_1133, var_1134);
        var_1136 = wp::sub(var_1135, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_1138 = pick_0(var_35, var_36, var_37, var_877, var_1137);
        var_1140 = pick_0(var_35, var_36, var_37, var_1017, var_1139);
        var_1141 = wp::mul(var_1138, var_1140);
        var_1143 = pick_0(var_35, var_36, var_37, var_1110, var_1142);
        var_1144 = wp::mul(var_1141, var_1143);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_1145 = wp::address(var_grid_v, var_1117, var_1124, var_1131);
        var_1147 = wp::load(var_1145);
        var_1146 = wp::copy(var_1147);
        // new_v += weight * gv                                                                   <L 115>
        var_1148 = wp::mul(var_1144, var_1146);
        var_1149 = wp::add(var_1103, var_1148);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_1150 = wp::outer(var_1146, var_1136);
        var_1152 = wp::mul(var_1151, var_2);
        var_1153 = wp::mul(var_1152, var_1144);
        var_1154 = wp::mul(var_1150, var_1153);
        var_1155 = wp::add(var_1109, var_1154);
        // for c in range(3):                                                                     <L 108>
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_1159 = wp::extract(var_23, var_1158);
        var_1160 = wp::add(var_1159, var_877);
        var_1163 = wp::sub(var_47, var_1162);
        var_1164 = wp::clamp(var_1160, var_1161, var_1163);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_1166 = wp::extract(var_23, var_1165);
        var_1167 = wp::add(var_1166, var_1156);
        var_1170 = wp::sub(var_47, var_1169);
        var_1171 = wp::clamp(var_1167, var_1168, var_1170);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_1173 = wp::extract(var_23, var_1172);
        var_1174 = wp::add(var_1173, var_1157);
        var_1177 = wp::sub(var_47, var_1176);
        var_1178 = wp::clamp(var_1174, var_1175, var_1177);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_1179 = wp::float(var_877);
        var_1180 = wp::float(var_1156);
        var_1181 = wp::float(var_1157);
        var_1182 = wp::vec_t<3, wp::float32>(var_1179, var_1180, var_1181);
        var_1183 = wp::sub(var_1182, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_1185 = pick_0(var_35, var_36, var_37, var_877, var_1184);
        var_1187 = pick_0(var_35, var_36, var_37, var_1156, var_1186);
        var_1188 = wp::mul(var_1185, var_1187);
        var_1190 = pick_0(var_35, var_36, var_37, var_1157, var_1189);
        var_1191 = wp::mul(var_1188, var_1190);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_1192 = wp::address(var_grid_v, var_1164, var_1171, var_1178);
        var_1194 = wp::load(var_1192);
        var_1193 = wp::copy(var_1194);
        // new_v += weight * gv                                                                   <L 115>
        var_1195 = wp::mul(var_1191, var_1193);
        var_1196 = wp::add(var_1149, var_1195);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_1197 = wp::outer(var_1193, var_1183);
        var_1199 = wp::mul(var_1198, var_2);
        var_1200 = wp::mul(var_1199, var_1191);
        var_1201 = wp::mul(var_1197, var_1200);
        var_1202 = wp::add(var_1155, var_1201);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_1205 = wp::extract(var_23, var_1204);
        var_1206 = wp::add(var_1205, var_877);
        var_1209 = wp::sub(var_47, var_1208);
        var_1210 = wp::clamp(var_1206, var_1207, var_1209);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_1212 = wp::extract(var_23, var_1211);
        var_1213 = wp::add(var_1212, var_1156);
        var_1216 = wp::sub(var_47, var_1215);
        var_1217 = wp::clamp(var_1213, var_1214, var_1216);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_1219 = wp::extract(var_23, var_1218);
        var_1220 = wp::add(var_1219, var_1203);
        var_1223 = wp::sub(var_47, var_1222);
        var_1224 = wp::clamp(var_1220, var_1221, var_1223);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_1225 = wp::float(var_877);
        var_1226 = wp::float(var_1156);
        var_1227 = wp::float(var_1203);
        var_1228 = wp::vec_t<3, wp::float32>(var_1225, var_1226, var_1227);
        var_1229 = wp::sub(var_1228, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_1231 = pick_0(var_35, var_36, var_37, var_877, var_1230);
        var_1233 = pick_0(var_35, var_36, var_37, var_1156, var_1232);
        var_1234 = wp::mul(var_1231, var_1233);
        var_1236 = pick_0(var_35, var_36, var_37, var_1203, var_1235);
        var_1237 = wp::mul(var_1234, var_1236);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_1238 = wp::address(var_grid_v, var_1210, var_1217, var_1224);
        var_1240 = wp::load(var_1238);
        var_1239 = wp::copy(var_1240);
        // new_v += weight * gv                                                                   <L 115>
        var_1241 = wp::mul(var_1237, var_1239);
        var_1242 = wp::add(var_1196, var_1241);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_1243 = wp::outer(var_1239, var_1229);
        var_1245 = wp::mul(var_1244, var_2);
        var_1246 = wp::mul(var_1245, var_1237);
        var_1247 = wp::mul(var_1243, var_1246);
        var_1248 = wp::add(var_1202, var_1247);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_1251 = wp::extract(var_23, var_1250);
        var_1252 = wp::add(var_1251, var_877);
        var_1255 = wp::sub(var_47, var_1254);
        var_1256 = wp::clamp(var_1252, var_1253, var_1255);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_1258 = wp::extract(var_23, var_1257);
        var_1259 = wp::add(var_1258, var_1156);
        var_1262 = wp::sub(var_47, var_1261);
        var_1263 = wp::clamp(var_1259, var_1260, var_1262);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_1265 = wp::extract(var_23, var_1264);
        var_1266 = wp::add(var_1265, var_1249);
        var_1269 = wp::sub(var_47, var_1268);
        var_1270 = wp::clamp(var_1266, var_1267, var_1269);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_1271 = wp::float(var_877);
        var_1272 = wp::float(var_1156);
        var_1273 = wp::float(var_1249);
        var_1274 = wp::vec_t<3, wp::float32>(var_1271, var_1272, var_1273);
        var_1275 = wp::sub(var_1274, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_1277 = pick_0(var_35, var_36, var_37, var_877, var_1276);
        var_1279 = pick_0(var_35, var_36, var_37, var_1156, var_1278);
        var_1280 = wp::mul(var_1277, var_1279);
        var_1282 = pick_0(var_35, var_36, var_37, var_1249, var_1281);
        var_1283 = wp::mul(var_1280, var_1282);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_1284 = wp::address(var_grid_v, var_1256, var_1263, var_1270);
        var_1286 = wp::load(var_1284);
        var_1285 = wp::copy(var_1286);
        // new_v += weight * gv                                                                   <L 115>
        var_1287 = wp::mul(var_1283, var_1285);
        var_1288 = wp::add(var_1242, var_1287);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_1289 = wp::outer(var_1285, var_1275);
        var_1291 = wp::mul(var_1290, var_2);
        var_1292 = wp::mul(var_1291, var_1283);
        var_1293 = wp::mul(var_1289, var_1292);
        var_1294 = wp::add(var_1248, var_1293);
        // s.v[i] = new_v                                                                         <L 117>
        var_1295 = &((var_s).v);
        var_1296 = wp::load(var_1295);
        wp::array_store(var_1296, var_0, var_1288);
        // s.C[i] = new_C                                                                         <L 118>
        var_1297 = &((var_s).C);
        var_1298 = wp::load(var_1297);
        wp::array_store(var_1298, var_0, var_1294);
        // s.x[i] = s.x[i] + new_v * dt                                                           <L 119>
        var_1299 = &((var_s).x);
        var_1301 = wp::load(var_1299);
        var_1300 = wp::address(var_1301, var_0);
        var_1302 = wp::mul(var_1288, var_dt);
        var_1304 = wp::load(var_1300);
        var_1303 = wp::add(var_1304, var_1302);
        var_1305 = &((var_s).x);
        var_1306 = wp::load(var_1305);
        wp::array_store(var_1306, var_0, var_1303);
        // F = (wp.identity(n=3, dtype=float) + new_C * dt) * s.F[i]                              <L 120>
        var_1308 = wp::identity<3, wp::float32>();
        var_1309 = wp::mul(var_1294, var_dt);
        var_1310 = wp::add(var_1308, var_1309);
        var_1311 = &((var_s).F);
        var_1313 = wp::load(var_1311);
        var_1312 = wp::address(var_1313, var_0);
        var_1315 = wp::load(var_1312);
        var_1314 = wp::mul(var_1310, var_1315);
        // s.F[i] = F                                                                             <L 121>
        var_1316 = &((var_s).F);
        var_1317 = wp::load(var_1316);
        wp::array_store(var_1317, var_0, var_1314);
        // s.Jp[i] = wp.determinant(F)                                                            <L 122>
        var_1318 = wp::determinant(var_1314);
        var_1319 = &((var_s).Jp);
        var_1320 = wp::load(var_1319);
        wp::array_store(var_1320, var_0, var_1318);
    }
}

