
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


struct AdamConfig_9150625e
{
    wp::float32 lr;
    wp::float32 beta1;
    wp::float32 beta2;
    wp::float32 eps;
    wp::float32 weight_decay;
    wp::float32 max_grad_norm;


    AdamConfig_9150625e() = default;
    CUDA_CALLABLE AdamConfig_9150625e(wp::float32 const& lr,
    wp::float32 const& beta1 = {},
    wp::float32 const& beta2 = {},
    wp::float32 const& eps = {},
    wp::float32 const& weight_decay = {},
    wp::float32 const& max_grad_norm = {})
        : lr{lr}
        , beta1{beta1}
        , beta2{beta2}
        , eps{eps}
        , weight_decay{weight_decay}
        , max_grad_norm{max_grad_norm}

    {
    }

    CUDA_CALLABLE AdamConfig_9150625e& operator += (const AdamConfig_9150625e& rhs)
    {    lr += rhs.lr;
    beta1 += rhs.beta1;
    beta2 += rhs.beta2;
    eps += rhs.eps;
    weight_decay += rhs.weight_decay;
    max_grad_norm += rhs.max_grad_norm;

        return *this;}

};

static CUDA_CALLABLE void adj_AdamConfig_9150625e(wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 & adj_lr,
    wp::float32 & adj_beta1,
    wp::float32 & adj_beta2,
    wp::float32 & adj_eps,
    wp::float32 & adj_weight_decay,
    wp::float32 & adj_max_grad_norm,
    AdamConfig_9150625e & adj_ret)
{
    adj_lr += adj_ret.lr;
    adj_beta1 += adj_ret.beta1;
    adj_beta2 += adj_ret.beta2;
    adj_eps += adj_ret.eps;
    adj_weight_decay += adj_ret.weight_decay;
    adj_max_grad_norm += adj_ret.max_grad_norm;
}

// Required when compiling adjoints.
CUDA_CALLABLE AdamConfig_9150625e add(const AdamConfig_9150625e& a, const AdamConfig_9150625e& b)
{
    return AdamConfig_9150625e();
}

CUDA_CALLABLE void adj_atomic_add(AdamConfig_9150625e* p, AdamConfig_9150625e t)
{
    wp::adj_atomic_add(&p->lr, t.lr);
    wp::adj_atomic_add(&p->beta1, t.beta1);
    wp::adj_atomic_add(&p->beta2, t.beta2);
    wp::adj_atomic_add(&p->eps, t.eps);
    wp::adj_atomic_add(&p->weight_decay, t.weight_decay);
    wp::adj_atomic_add(&p->max_grad_norm, t.max_grad_norm);
}



// corpus/085_adam_optimizer.py:14
static wp::float32 bias_correction_0(
    wp::float32 var_beta,
    wp::int32 var_t)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // forward
    // def bias_correction(beta: float, t: int) -> float:                                     <L 15>
    // return 1.0 - wp.pow(beta, float(t))                                                    <L 16>
    var_1 = wp::float(var_t);
    var_2 = wp::pow(var_beta, var_1);
    var_3 = wp::sub(var_0, var_2);
    return var_3;
}


// corpus/085_adam_optimizer.py:14
static void adj_bias_correction_0(
    wp::float32 var_beta,
    wp::int32 var_t,
    wp::float32 & adj_beta,
    wp::int32 & adj_t,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    //---------
    // forward
    // def bias_correction(beta: float, t: int) -> float:                                     <L 15>
    // return 1.0 - wp.pow(beta, float(t))                                                    <L 16>
    var_1 = wp::float(var_t);
    var_2 = wp::pow(var_beta, var_1);
    var_3 = wp::sub(var_0, var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_sub(var_0, var_2, adj_0, adj_2, adj_3);
    wp::adj_pow(var_beta, var_1, var_2, adj_beta, adj_1, adj_2);
    wp::adj_float(var_t, adj_t, adj_1);
    // adj: return 1.0 - wp.pow(beta, float(t))                                               <L 16>
    // adj: def bias_correction(beta: float, t: int) -> float:                                <L 15>
    return;
}

struct wp_args_grad_norm_sq_1a63d1e2 {
    wp::array_t<wp::float32> grads;
    wp::array_t<wp::float32> out;
};


void grad_norm_sq_1a63d1e2_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_grad_norm_sq_1a63d1e2 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_grads = _wp_args->grads;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // forward
    // def grad_norm_sq(grads: wp.array(dtype=float), out: wp.array(dtype=float)):            <L 20>
    // i = wp.tid()                                                                           <L 21>
    var_0 = builtin_tid1d();
    // g = grads[i]                                                                           <L 22>
    var_1 = wp::address(var_grads, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // wp.atomic_add(out, 0, g * g)                                                           <L 23>
    var_5 = wp::mul(var_2, var_2);
    var_6 = wp::atomic_add(var_out, var_4, var_5);
}



void grad_norm_sq_1a63d1e2_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_grad_norm_sq_1a63d1e2 *_wp_args,
    wp_args_grad_norm_sq_1a63d1e2 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_grads = _wp_args->grads;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_grads = _wp_adj_args->grads;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    //---------
    // forward
    // def grad_norm_sq(grads: wp.array(dtype=float), out: wp.array(dtype=float)):            <L 20>
    // i = wp.tid()                                                                           <L 21>
    var_0 = builtin_tid1d();
    // g = grads[i]                                                                           <L 22>
    var_1 = wp::address(var_grads, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // wp.atomic_add(out, 0, g * g)                                                           <L 23>
    var_5 = wp::mul(var_2, var_2);
    // var_6 = wp::atomic_add(var_out, var_4, var_5);
    //---------
    // reverse
    wp::adj_atomic_add(var_out, var_4, var_5, adj_out, adj_4, adj_5, adj_6);
    wp::adj_mul(var_2, var_2, adj_2, adj_2, adj_5);
    // adj: wp.atomic_add(out, 0, g * g)                                                      <L 23>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_grads, var_0, adj_grads, adj_0, adj_1);
    // adj: g = grads[i]                                                                      <L 22>
    // adj: i = wp.tid()                                                                      <L 21>
    // adj: def grad_norm_sq(grads: wp.array(dtype=float), out: wp.array(dtype=float)):       <L 20>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void grad_norm_sq_1a63d1e2_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_grad_norm_sq_1a63d1e2 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        grad_norm_sq_1a63d1e2_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void grad_norm_sq_1a63d1e2_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_grad_norm_sq_1a63d1e2 *_wp_args,
    wp_args_grad_norm_sq_1a63d1e2 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        grad_norm_sq_1a63d1e2_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_adam_step_56fef2e2 {
    wp::array_t<wp::float32> params;
    wp::array_t<wp::float32> grads;
    wp::array_t<wp::float32> m;
    wp::array_t<wp::float32> v;
    AdamConfig_9150625e cfg;
    wp::int32 t;
    wp::array_t<wp::float32> grad_norm2;
    wp::array_t<wp::int32> nonfinite;
};


void adam_step_56fef2e2_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_adam_step_56fef2e2 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_params = _wp_args->params;
    wp::array_t<wp::float32> var_grads = _wp_args->grads;
    wp::array_t<wp::float32> var_m = _wp_args->m;
    wp::array_t<wp::float32> var_v = _wp_args->v;
    AdamConfig_9150625e var_cfg = _wp_args->cfg;
    wp::int32 var_t = _wp_args->t;
    wp::array_t<wp::float32> var_grad_norm2 = _wp_args->grad_norm2;
    wp::array_t<wp::int32> var_nonfinite = _wp_args->nonfinite;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    bool var_4;
    bool var_5;
    bool var_6;
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    const wp::int32 var_10 = 0;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32* var_14;
    const wp::float32 var_15 = 0.0;
    bool var_16;
    wp::float32 var_17;
    wp::float32* var_18;
    bool var_19;
    wp::float32 var_20;
    bool var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32* var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32* var_30;
    wp::float32* var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32* var_37;
    wp::float32* var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    const wp::float32 var_42 = 1.0;
    wp::float32* var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32* var_48;
    wp::float32* var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    const wp::float32 var_53 = 1.0;
    wp::float32* var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32* var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32* var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::float32* var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    wp::float32* var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    //---------
    // forward
    // def adam_step(                                                                         <L 27>
    // i = wp.tid()                                                                           <L 37>
    var_0 = builtin_tid1d();
    // g = grads[i]                                                                           <L 38>
    var_1 = wp::address(var_grads, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if wp.isnan(g) or wp.isinf(g):                                                         <L 39>
    var_4 = wp::isnan(var_2);
    var_5 = wp::isinf(var_2);
    var_6 = var_4 || var_5;
    if (var_6) {
        // wp.atomic_add(nonfinite, 0, 1)                                                     <L 40>
        var_9 = wp::atomic_add(var_nonfinite, var_7, var_8);
        // return                                                                             <L 41>
        return;
    }
    // gn = wp.sqrt(grad_norm2[0])                                                            <L 43>
    var_11 = wp::address(var_grad_norm2, var_10);
    var_13 = wp::load(var_11);
    var_12 = wp::sqrt(var_13);
    // if cfg.max_grad_norm > 0.0 and gn > cfg.max_grad_norm:                                 <L 44>
    var_14 = &(var_cfg.max_grad_norm);
    var_17 = wp::load(var_14);
    var_16 = (var_17 > var_15);
    var_18 = &(var_cfg.max_grad_norm);
    var_20 = wp::load(var_18);
    var_19 = (var_12 > var_20);
    var_21 = var_16 && var_19;
    if (var_21) {
        // g = g * (cfg.max_grad_norm / gn)                                                   <L 45>
        var_22 = &(var_cfg.max_grad_norm);
        var_24 = wp::load(var_22);
        var_23 = wp::div(var_24, var_12);
        var_25 = wp::mul(var_2, var_23);
    }
    var_26 = wp::where(var_21, var_25, var_2);
    // p = params[i]                                                                          <L 46>
    var_27 = wp::address(var_params, var_0);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    // p = p - cfg.lr * cfg.weight_decay * p                                                  <L 48>
    var_30 = &(var_cfg.lr);
    var_31 = &(var_cfg.weight_decay);
    var_33 = wp::load(var_30);
    var_34 = wp::load(var_31);
    var_32 = wp::mul(var_33, var_34);
    var_35 = wp::mul(var_32, var_28);
    var_36 = wp::sub(var_28, var_35);
    // mi = cfg.beta1 * m[i] + (1.0 - cfg.beta1) * g                                          <L 49>
    var_37 = &(var_cfg.beta1);
    var_38 = wp::address(var_m, var_0);
    var_40 = wp::load(var_37);
    var_41 = wp::load(var_38);
    var_39 = wp::mul(var_40, var_41);
    var_43 = &(var_cfg.beta1);
    var_45 = wp::load(var_43);
    var_44 = wp::sub(var_42, var_45);
    var_46 = wp::mul(var_44, var_26);
    var_47 = wp::add(var_39, var_46);
    // vi = cfg.beta2 * v[i] + (1.0 - cfg.beta2) * g * g                                      <L 50>
    var_48 = &(var_cfg.beta2);
    var_49 = wp::address(var_v, var_0);
    var_51 = wp::load(var_48);
    var_52 = wp::load(var_49);
    var_50 = wp::mul(var_51, var_52);
    var_54 = &(var_cfg.beta2);
    var_56 = wp::load(var_54);
    var_55 = wp::sub(var_53, var_56);
    var_57 = wp::mul(var_55, var_26);
    var_58 = wp::mul(var_57, var_26);
    var_59 = wp::add(var_50, var_58);
    // m[i] = mi                                                                              <L 51>
    wp::array_store(var_m, var_0, var_47);
    // v[i] = vi                                                                              <L 52>
    wp::array_store(var_v, var_0, var_59);
    // m_hat = mi / bias_correction(cfg.beta1, t)                                             <L 53>
    var_60 = &(var_cfg.beta1);
    var_62 = wp::load(var_60);
    var_61 = bias_correction_0(var_62, var_t);
    var_63 = wp::div(var_47, var_61);
    // v_hat = vi / bias_correction(cfg.beta2, t)                                             <L 54>
    var_64 = &(var_cfg.beta2);
    var_66 = wp::load(var_64);
    var_65 = bias_correction_0(var_66, var_t);
    var_67 = wp::div(var_59, var_65);
    // params[i] = p - cfg.lr * m_hat / (wp.sqrt(v_hat) + cfg.eps)                            <L 55>
    var_68 = &(var_cfg.lr);
    var_70 = wp::load(var_68);
    var_69 = wp::mul(var_70, var_63);
    var_71 = wp::sqrt(var_67);
    var_72 = &(var_cfg.eps);
    var_74 = wp::load(var_72);
    var_73 = wp::add(var_71, var_74);
    var_75 = wp::div(var_69, var_73);
    var_76 = wp::sub(var_36, var_75);
    wp::array_store(var_params, var_0, var_76);
}



void adam_step_56fef2e2_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_adam_step_56fef2e2 *_wp_args,
    wp_args_adam_step_56fef2e2 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_params = _wp_args->params;
    wp::array_t<wp::float32> var_grads = _wp_args->grads;
    wp::array_t<wp::float32> var_m = _wp_args->m;
    wp::array_t<wp::float32> var_v = _wp_args->v;
    AdamConfig_9150625e var_cfg = _wp_args->cfg;
    wp::int32 var_t = _wp_args->t;
    wp::array_t<wp::float32> var_grad_norm2 = _wp_args->grad_norm2;
    wp::array_t<wp::int32> var_nonfinite = _wp_args->nonfinite;
    wp::array_t<wp::float32> adj_params = _wp_adj_args->params;
    wp::array_t<wp::float32> adj_grads = _wp_adj_args->grads;
    wp::array_t<wp::float32> adj_m = _wp_adj_args->m;
    wp::array_t<wp::float32> adj_v = _wp_adj_args->v;
    AdamConfig_9150625e adj_cfg = _wp_adj_args->cfg;
    wp::int32 adj_t = _wp_adj_args->t;
    wp::array_t<wp::float32> adj_grad_norm2 = _wp_adj_args->grad_norm2;
    wp::array_t<wp::int32> adj_nonfinite = _wp_adj_args->nonfinite;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    bool var_4;
    bool var_5;
    bool var_6;
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    const wp::int32 var_10 = 0;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32* var_14;
    const wp::float32 var_15 = 0.0;
    bool var_16;
    wp::float32 var_17;
    wp::float32* var_18;
    bool var_19;
    wp::float32 var_20;
    bool var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32* var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32* var_30;
    wp::float32* var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32* var_37;
    wp::float32* var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    const wp::float32 var_42 = 1.0;
    wp::float32* var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32* var_48;
    wp::float32* var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    const wp::float32 var_53 = 1.0;
    wp::float32* var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32* var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32* var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::float32* var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    wp::float32* var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    bool adj_4 = {};
    bool adj_5 = {};
    bool adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    bool adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    bool adj_19 = {};
    wp::float32 adj_20 = {};
    bool adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
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
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float32 adj_66 = {};
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
    //---------
    // forward
    // def adam_step(                                                                         <L 27>
    // i = wp.tid()                                                                           <L 37>
    var_0 = builtin_tid1d();
    // g = grads[i]                                                                           <L 38>
    var_1 = wp::address(var_grads, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if wp.isnan(g) or wp.isinf(g):                                                         <L 39>
    var_4 = wp::isnan(var_2);
    var_5 = wp::isinf(var_2);
    var_6 = var_4 || var_5;
    if (var_6) {
        // wp.atomic_add(nonfinite, 0, 1)                                                     <L 40>
        // var_9 = wp::atomic_add(var_nonfinite, var_7, var_8);
        // return                                                                             <L 41>
        goto label0;
    }
    // gn = wp.sqrt(grad_norm2[0])                                                            <L 43>
    var_11 = wp::address(var_grad_norm2, var_10);
    var_13 = wp::load(var_11);
    var_12 = wp::sqrt(var_13);
    // if cfg.max_grad_norm > 0.0 and gn > cfg.max_grad_norm:                                 <L 44>
    var_14 = &(var_cfg.max_grad_norm);
    var_17 = wp::load(var_14);
    var_16 = (var_17 > var_15);
    var_18 = &(var_cfg.max_grad_norm);
    var_20 = wp::load(var_18);
    var_19 = (var_12 > var_20);
    var_21 = var_16 && var_19;
    if (var_21) {
        // g = g * (cfg.max_grad_norm / gn)                                                   <L 45>
        var_22 = &(var_cfg.max_grad_norm);
        var_24 = wp::load(var_22);
        var_23 = wp::div(var_24, var_12);
        var_25 = wp::mul(var_2, var_23);
    }
    var_26 = wp::where(var_21, var_25, var_2);
    // p = params[i]                                                                          <L 46>
    var_27 = wp::address(var_params, var_0);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    // p = p - cfg.lr * cfg.weight_decay * p                                                  <L 48>
    var_30 = &(var_cfg.lr);
    var_31 = &(var_cfg.weight_decay);
    var_33 = wp::load(var_30);
    var_34 = wp::load(var_31);
    var_32 = wp::mul(var_33, var_34);
    var_35 = wp::mul(var_32, var_28);
    var_36 = wp::sub(var_28, var_35);
    // mi = cfg.beta1 * m[i] + (1.0 - cfg.beta1) * g                                          <L 49>
    var_37 = &(var_cfg.beta1);
    var_38 = wp::address(var_m, var_0);
    var_40 = wp::load(var_37);
    var_41 = wp::load(var_38);
    var_39 = wp::mul(var_40, var_41);
    var_43 = &(var_cfg.beta1);
    var_45 = wp::load(var_43);
    var_44 = wp::sub(var_42, var_45);
    var_46 = wp::mul(var_44, var_26);
    var_47 = wp::add(var_39, var_46);
    // vi = cfg.beta2 * v[i] + (1.0 - cfg.beta2) * g * g                                      <L 50>
    var_48 = &(var_cfg.beta2);
    var_49 = wp::address(var_v, var_0);
    var_51 = wp::load(var_48);
    var_52 = wp::load(var_49);
    var_50 = wp::mul(var_51, var_52);
    var_54 = &(var_cfg.beta2);
    var_56 = wp::load(var_54);
    var_55 = wp::sub(var_53, var_56);
    var_57 = wp::mul(var_55, var_26);
    var_58 = wp::mul(var_57, var_26);
    var_59 = wp::add(var_50, var_58);
    // m[i] = mi                                                                              <L 51>
    // wp::array_store(var_m, var_0, var_47);
    // v[i] = vi                                                                              <L 52>
    // wp::array_store(var_v, var_0, var_59);
    // m_hat = mi / bias_correction(cfg.beta1, t)                                             <L 53>
    var_60 = &(var_cfg.beta1);
    var_62 = wp::load(var_60);
    var_61 = bias_correction_0(var_62, var_t);
    var_63 = wp::div(var_47, var_61);
    // v_hat = vi / bias_correction(cfg.beta2, t)                                             <L 54>
    var_64 = &(var_cfg.beta2);
    var_66 = wp::load(var_64);
    var_65 = bias_correction_0(var_66, var_t);
    var_67 = wp::div(var_59, var_65);
    // params[i] = p - cfg.lr * m_hat / (wp.sqrt(v_hat) + cfg.eps)                            <L 55>
    var_68 = &(var_cfg.lr);
    var_70 = wp::load(var_68);
    var_69 = wp::mul(var_70, var_63);
    var_71 = wp::sqrt(var_67);
    var_72 = &(var_cfg.eps);
    var_74 = wp::load(var_72);
    var_73 = wp::add(var_71, var_74);
    var_75 = wp::div(var_69, var_73);
    var_76 = wp::sub(var_36, var_75);
    // wp::array_store(var_params, var_0, var_76);
    //---------
    // reverse
    wp::adj_array_store(var_params, var_0, var_76, adj_params, adj_0, adj_76);
    wp::adj_sub(var_36, var_75, adj_36, adj_75, adj_76);
    wp::adj_div(var_69, var_73, var_75, adj_69, adj_73, adj_75);
    wp::adj_add(var_71, var_74, adj_71, adj_72, adj_73);
    adj_cfg.eps += adj_72;
    wp::adj_sqrt(var_67, var_71, adj_67, adj_71);
    wp::adj_mul(var_70, var_63, adj_68, adj_63, adj_69);
    adj_cfg.lr += adj_68;
    // adj: params[i] = p - cfg.lr * m_hat / (wp.sqrt(v_hat) + cfg.eps)                       <L 55>
    wp::adj_div(var_59, var_65, var_67, adj_59, adj_65, adj_67);
    adj_bias_correction_0(var_66, var_t, adj_64, adj_t, adj_65);
    adj_cfg.beta2 += adj_64;
    // adj: v_hat = vi / bias_correction(cfg.beta2, t)                                        <L 54>
    wp::adj_div(var_47, var_61, var_63, adj_47, adj_61, adj_63);
    adj_bias_correction_0(var_62, var_t, adj_60, adj_t, adj_61);
    adj_cfg.beta1 += adj_60;
    // adj: m_hat = mi / bias_correction(cfg.beta1, t)                                        <L 53>
    wp::adj_array_store(var_v, var_0, var_59, adj_v, adj_0, adj_59);
    // adj: v[i] = vi                                                                         <L 52>
    wp::adj_array_store(var_m, var_0, var_47, adj_m, adj_0, adj_47);
    // adj: m[i] = mi                                                                         <L 51>
    wp::adj_add(var_50, var_58, adj_50, adj_58, adj_59);
    wp::adj_mul(var_57, var_26, adj_57, adj_26, adj_58);
    wp::adj_mul(var_55, var_26, adj_55, adj_26, adj_57);
    wp::adj_sub(var_53, var_56, adj_53, adj_54, adj_55);
    adj_cfg.beta2 += adj_54;
    wp::adj_mul(var_51, var_52, adj_48, adj_49, adj_50);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_49);
    adj_cfg.beta2 += adj_48;
    // adj: vi = cfg.beta2 * v[i] + (1.0 - cfg.beta2) * g * g                                 <L 50>
    wp::adj_add(var_39, var_46, adj_39, adj_46, adj_47);
    wp::adj_mul(var_44, var_26, adj_44, adj_26, adj_46);
    wp::adj_sub(var_42, var_45, adj_42, adj_43, adj_44);
    adj_cfg.beta1 += adj_43;
    wp::adj_mul(var_40, var_41, adj_37, adj_38, adj_39);
    wp::adj_address(var_m, var_0, adj_m, adj_0, adj_38);
    adj_cfg.beta1 += adj_37;
    // adj: mi = cfg.beta1 * m[i] + (1.0 - cfg.beta1) * g                                     <L 49>
    wp::adj_sub(var_28, var_35, adj_28, adj_35, adj_36);
    wp::adj_mul(var_32, var_28, adj_32, adj_28, adj_35);
    wp::adj_mul(var_33, var_34, adj_30, adj_31, adj_32);
    adj_cfg.weight_decay += adj_31;
    adj_cfg.lr += adj_30;
    // adj: p = p - cfg.lr * cfg.weight_decay * p                                             <L 48>
    wp::adj_copy(var_29, adj_27, adj_28);
    wp::adj_address(var_params, var_0, adj_params, adj_0, adj_27);
    // adj: p = params[i]                                                                     <L 46>
    wp::adj_where(var_21, var_25, var_2, adj_21, adj_25, adj_2, adj_26);
    if (var_21) {
        wp::adj_mul(var_2, var_23, adj_2, adj_23, adj_25);
        wp::adj_div(var_24, var_12, var_23, adj_22, adj_12, adj_23);
        adj_cfg.max_grad_norm += adj_22;
        // adj: g = g * (cfg.max_grad_norm / gn)                                              <L 45>
    }
    adj_cfg.max_grad_norm += adj_18;
    adj_cfg.max_grad_norm += adj_14;
    // adj: if cfg.max_grad_norm > 0.0 and gn > cfg.max_grad_norm:                            <L 44>
    wp::adj_sqrt(var_13, var_12, adj_11, adj_12);
    wp::adj_address(var_grad_norm2, var_10, adj_grad_norm2, adj_10, adj_11);
    // adj: gn = wp.sqrt(grad_norm2[0])                                                       <L 43>
    if (var_6) {
        label0:;
        // adj: return                                                                        <L 41>
        wp::adj_atomic_add(var_nonfinite, var_7, var_8, adj_nonfinite, adj_7, adj_8, adj_9);
        // adj: wp.atomic_add(nonfinite, 0, 1)                                                <L 40>
    }
    // adj: if wp.isnan(g) or wp.isinf(g):                                                    <L 39>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_grads, var_0, adj_grads, adj_0, adj_1);
    // adj: g = grads[i]                                                                      <L 38>
    // adj: i = wp.tid()                                                                      <L 37>
    // adj: def adam_step(                                                                    <L 27>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void adam_step_56fef2e2_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_adam_step_56fef2e2 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        adam_step_56fef2e2_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void adam_step_56fef2e2_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_adam_step_56fef2e2 *_wp_args,
    wp_args_adam_step_56fef2e2 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        adam_step_56fef2e2_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_sgd_momentum_vec3_72b5ee2e {
    wp::array_t<wp::vec_t<3, wp::float32>> params;
    wp::array_t<wp::vec_t<3, wp::float32>> grads;
    wp::array_t<wp::vec_t<3, wp::float32>> velocity;
    wp::float32 lr;
    wp::float32 momentum;
    bool nesterov;
};


void sgd_momentum_vec3_72b5ee2e_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_sgd_momentum_vec3_72b5ee2e *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_params = _wp_args->params;
    wp::array_t<wp::vec_t<3, wp::float32>> var_grads = _wp_args->grads;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocity = _wp_args->velocity;
    wp::float32 var_lr = _wp_args->lr;
    wp::float32 var_momentum = _wp_args->momentum;
    bool var_nesterov = _wp_args->nesterov;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    //---------
    // forward
    // def sgd_momentum_vec3(params: wp.array(dtype=wp.vec3), grads: wp.array(dtype=wp.vec3), velocity: wp.array(dtype=wp.vec3), lr: float, momentum: float, nesterov: bool):       <L 59>
    // i = wp.tid()                                                                           <L 60>
    var_0 = builtin_tid1d();
    // g = grads[i]                                                                           <L 61>
    var_1 = wp::address(var_grads, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // vel = velocity[i] * momentum + g                                                       <L 62>
    var_4 = wp::address(var_velocity, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::mul(var_6, var_momentum);
    var_7 = wp::add(var_5, var_2);
    // velocity[i] = vel                                                                      <L 63>
    wp::array_store(var_velocity, var_0, var_7);
    // if nesterov:                                                                           <L 64>
    if (var_nesterov) {
        // params[i] = params[i] - (g + vel * momentum) * lr                                  <L 65>
        var_8 = wp::address(var_params, var_0);
        var_9 = wp::mul(var_7, var_momentum);
        var_10 = wp::add(var_2, var_9);
        var_11 = wp::mul(var_10, var_lr);
        var_13 = wp::load(var_8);
        var_12 = wp::sub(var_13, var_11);
        wp::array_store(var_params, var_0, var_12);
    }
    if (!var_nesterov) {
        // params[i] = params[i] - vel * lr                                                   <L 67>
        var_14 = wp::address(var_params, var_0);
        var_15 = wp::mul(var_7, var_lr);
        var_17 = wp::load(var_14);
        var_16 = wp::sub(var_17, var_15);
        wp::array_store(var_params, var_0, var_16);
    }
    // grads[i] = wp.vec3()                                                                   <L 68>
    var_18 = wp::vec_t<3, wp::float32>();
    wp::array_store(var_grads, var_0, var_18);
}



void sgd_momentum_vec3_72b5ee2e_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_sgd_momentum_vec3_72b5ee2e *_wp_args,
    wp_args_sgd_momentum_vec3_72b5ee2e *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_params = _wp_args->params;
    wp::array_t<wp::vec_t<3, wp::float32>> var_grads = _wp_args->grads;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocity = _wp_args->velocity;
    wp::float32 var_lr = _wp_args->lr;
    wp::float32 var_momentum = _wp_args->momentum;
    bool var_nesterov = _wp_args->nesterov;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_params = _wp_adj_args->params;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_grads = _wp_adj_args->grads;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocity = _wp_adj_args->velocity;
    wp::float32 adj_lr = _wp_adj_args->lr;
    wp::float32 adj_momentum = _wp_adj_args->momentum;
    bool adj_nesterov = _wp_adj_args->nesterov;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
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
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    //---------
    // forward
    // def sgd_momentum_vec3(params: wp.array(dtype=wp.vec3), grads: wp.array(dtype=wp.vec3), velocity: wp.array(dtype=wp.vec3), lr: float, momentum: float, nesterov: bool):       <L 59>
    // i = wp.tid()                                                                           <L 60>
    var_0 = builtin_tid1d();
    // g = grads[i]                                                                           <L 61>
    var_1 = wp::address(var_grads, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // vel = velocity[i] * momentum + g                                                       <L 62>
    var_4 = wp::address(var_velocity, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::mul(var_6, var_momentum);
    var_7 = wp::add(var_5, var_2);
    // velocity[i] = vel                                                                      <L 63>
    // wp::array_store(var_velocity, var_0, var_7);
    // if nesterov:                                                                           <L 64>
    if (var_nesterov) {
        // params[i] = params[i] - (g + vel * momentum) * lr                                  <L 65>
        var_8 = wp::address(var_params, var_0);
        var_9 = wp::mul(var_7, var_momentum);
        var_10 = wp::add(var_2, var_9);
        var_11 = wp::mul(var_10, var_lr);
        var_13 = wp::load(var_8);
        var_12 = wp::sub(var_13, var_11);
        // wp::array_store(var_params, var_0, var_12);
    }
    if (!var_nesterov) {
        // params[i] = params[i] - vel * lr                                                   <L 67>
        var_14 = wp::address(var_params, var_0);
        var_15 = wp::mul(var_7, var_lr);
        var_17 = wp::load(var_14);
        var_16 = wp::sub(var_17, var_15);
        // wp::array_store(var_params, var_0, var_16);
    }
    // grads[i] = wp.vec3()                                                                   <L 68>
    var_18 = wp::vec_t<3, wp::float32>();
    // wp::array_store(var_grads, var_0, var_18);
    //---------
    // reverse
    wp::adj_array_store(var_grads, var_0, var_18, adj_grads, adj_0, adj_18);
    // adj: grads[i] = wp.vec3()                                                              <L 68>
    if (!var_nesterov) {
        wp::adj_array_store(var_params, var_0, var_16, adj_params, adj_0, adj_16);
        wp::adj_sub(var_17, var_15, adj_14, adj_15, adj_16);
        wp::adj_mul(var_7, var_lr, adj_7, adj_lr, adj_15);
        wp::adj_address(var_params, var_0, adj_params, adj_0, adj_14);
        // adj: params[i] = params[i] - vel * lr                                              <L 67>
    }
    if (var_nesterov) {
        wp::adj_array_store(var_params, var_0, var_12, adj_params, adj_0, adj_12);
        wp::adj_sub(var_13, var_11, adj_8, adj_11, adj_12);
        wp::adj_mul(var_10, var_lr, adj_10, adj_lr, adj_11);
        wp::adj_add(var_2, var_9, adj_2, adj_9, adj_10);
        wp::adj_mul(var_7, var_momentum, adj_7, adj_momentum, adj_9);
        wp::adj_address(var_params, var_0, adj_params, adj_0, adj_8);
        // adj: params[i] = params[i] - (g + vel * momentum) * lr                             <L 65>
    }
    // adj: if nesterov:                                                                      <L 64>
    wp::adj_array_store(var_velocity, var_0, var_7, adj_velocity, adj_0, adj_7);
    // adj: velocity[i] = vel                                                                 <L 63>
    wp::adj_add(var_5, var_2, adj_5, adj_2, adj_7);
    wp::adj_mul(var_6, var_momentum, adj_4, adj_momentum, adj_5);
    wp::adj_address(var_velocity, var_0, adj_velocity, adj_0, adj_4);
    // adj: vel = velocity[i] * momentum + g                                                  <L 62>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_grads, var_0, adj_grads, adj_0, adj_1);
    // adj: g = grads[i]                                                                      <L 61>
    // adj: i = wp.tid()                                                                      <L 60>
    // adj: def sgd_momentum_vec3(params: wp.array(dtype=wp.vec3), grads: wp.array(dtype=wp.vec3), velocity: wp.array(dtype=wp.vec3), lr: float, momentum: float, nesterov: bool):  <L 59>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void sgd_momentum_vec3_72b5ee2e_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_sgd_momentum_vec3_72b5ee2e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        sgd_momentum_vec3_72b5ee2e_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void sgd_momentum_vec3_72b5ee2e_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_sgd_momentum_vec3_72b5ee2e *_wp_args,
    wp_args_sgd_momentum_vec3_72b5ee2e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        sgd_momentum_vec3_72b5ee2e_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_ema_update_21bee2ee {
    wp::array_t<wp::float32> params;
    wp::array_t<wp::float32> ema;
    wp::float32 decay;
    wp::int32 step;
};


void ema_update_21bee2ee_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_ema_update_21bee2ee *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_params = _wp_args->params;
    wp::array_t<wp::float32> var_ema = _wp_args->ema;
    wp::float32 var_decay = _wp_args->decay;
    wp::int32 var_step = _wp_args->step;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 1.0;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 10.0;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    //---------
    // forward
    // def ema_update(params: wp.array(dtype=float), ema: wp.array(dtype=float), decay: float, step: int):       <L 72>
    // i = wp.tid()                                                                           <L 73>
    var_0 = builtin_tid1d();
    // d = wp.min(decay, (1.0 + float(step)) / (10.0 + float(step)))                          <L 74>
    var_2 = wp::float(var_step);
    var_3 = wp::add(var_1, var_2);
    var_5 = wp::float(var_step);
    var_6 = wp::add(var_4, var_5);
    var_7 = wp::div(var_3, var_6);
    var_8 = wp::min(var_decay, var_7);
    // ema[i] = d * ema[i] + (1.0 - d) * params[i]                                            <L 75>
    var_9 = wp::address(var_ema, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::mul(var_8, var_11);
    var_13 = wp::sub(var_12, var_8);
    var_14 = wp::address(var_params, var_0);
    var_16 = wp::load(var_14);
    var_15 = wp::mul(var_13, var_16);
    var_17 = wp::add(var_10, var_15);
    wp::array_store(var_ema, var_0, var_17);
}



void ema_update_21bee2ee_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_ema_update_21bee2ee *_wp_args,
    wp_args_ema_update_21bee2ee *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_params = _wp_args->params;
    wp::array_t<wp::float32> var_ema = _wp_args->ema;
    wp::float32 var_decay = _wp_args->decay;
    wp::int32 var_step = _wp_args->step;
    wp::array_t<wp::float32> adj_params = _wp_adj_args->params;
    wp::array_t<wp::float32> adj_ema = _wp_adj_args->ema;
    wp::float32 adj_decay = _wp_adj_args->decay;
    wp::int32 adj_step = _wp_adj_args->step;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 1.0;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 10.0;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
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
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    //---------
    // forward
    // def ema_update(params: wp.array(dtype=float), ema: wp.array(dtype=float), decay: float, step: int):       <L 72>
    // i = wp.tid()                                                                           <L 73>
    var_0 = builtin_tid1d();
    // d = wp.min(decay, (1.0 + float(step)) / (10.0 + float(step)))                          <L 74>
    var_2 = wp::float(var_step);
    var_3 = wp::add(var_1, var_2);
    var_5 = wp::float(var_step);
    var_6 = wp::add(var_4, var_5);
    var_7 = wp::div(var_3, var_6);
    var_8 = wp::min(var_decay, var_7);
    // ema[i] = d * ema[i] + (1.0 - d) * params[i]                                            <L 75>
    var_9 = wp::address(var_ema, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::mul(var_8, var_11);
    var_13 = wp::sub(var_12, var_8);
    var_14 = wp::address(var_params, var_0);
    var_16 = wp::load(var_14);
    var_15 = wp::mul(var_13, var_16);
    var_17 = wp::add(var_10, var_15);
    // wp::array_store(var_ema, var_0, var_17);
    //---------
    // reverse
    wp::adj_array_store(var_ema, var_0, var_17, adj_ema, adj_0, adj_17);
    wp::adj_add(var_10, var_15, adj_10, adj_15, adj_17);
    wp::adj_mul(var_13, var_16, adj_13, adj_14, adj_15);
    wp::adj_address(var_params, var_0, adj_params, adj_0, adj_14);
    wp::adj_sub(var_12, var_8, adj_12, adj_8, adj_13);
    wp::adj_mul(var_8, var_11, adj_8, adj_9, adj_10);
    wp::adj_address(var_ema, var_0, adj_ema, adj_0, adj_9);
    // adj: ema[i] = d * ema[i] + (1.0 - d) * params[i]                                       <L 75>
    wp::adj_min(var_decay, var_7, adj_decay, adj_7, adj_8);
    wp::adj_div(var_3, var_6, var_7, adj_3, adj_6, adj_7);
    wp::adj_add(var_4, var_5, adj_4, adj_5, adj_6);
    wp::adj_float(var_step, adj_step, adj_5);
    wp::adj_add(var_1, var_2, adj_1, adj_2, adj_3);
    wp::adj_float(var_step, adj_step, adj_2);
    // adj: d = wp.min(decay, (1.0 + float(step)) / (10.0 + float(step)))                     <L 74>
    // adj: i = wp.tid()                                                                      <L 73>
    // adj: def ema_update(params: wp.array(dtype=float), ema: wp.array(dtype=float), decay: float, step: int):  <L 72>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void ema_update_21bee2ee_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_ema_update_21bee2ee *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        ema_update_21bee2ee_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void ema_update_21bee2ee_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_ema_update_21bee2ee *_wp_args,
    wp_args_ema_update_21bee2ee *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        ema_update_21bee2ee_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

