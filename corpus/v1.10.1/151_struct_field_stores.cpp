
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


struct Inner_b303c261
{
    wp::float32 x;
    wp::vec_t<3, wp::float32> v;
    wp::mat_t<2, 2, wp::float32> m;


    Inner_b303c261() = default;
    CUDA_CALLABLE Inner_b303c261(wp::float32 const& x,
    wp::vec_t<3, wp::float32> const& v = {},
    wp::mat_t<2, 2, wp::float32> const& m = {})
        : x{x}
        , v{v}
        , m{m}

    {
    }

    CUDA_CALLABLE Inner_b303c261& operator += (const Inner_b303c261& rhs)
    {    x += rhs.x;
    v += rhs.v;
    m += rhs.m;

        return *this;}

};

static CUDA_CALLABLE void adj_Inner_b303c261(wp::float32 const&,
    wp::vec_t<3, wp::float32> const&,
    wp::mat_t<2, 2, wp::float32> const&,
    wp::float32 & adj_x,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::mat_t<2, 2, wp::float32> & adj_m,
    Inner_b303c261 & adj_ret)
{
    adj_x += adj_ret.x;
    adj_v += adj_ret.v;
    adj_m += adj_ret.m;
}

// Required when compiling adjoints.
CUDA_CALLABLE Inner_b303c261 add(const Inner_b303c261& a, const Inner_b303c261& b)
{
    return Inner_b303c261();
}

CUDA_CALLABLE void adj_atomic_add(Inner_b303c261* p, Inner_b303c261 t)
{
    wp::adj_atomic_add(&p->x, t.x);
    wp::adj_atomic_add(&p->v, t.v);
    wp::adj_atomic_add(&p->m, t.m);
}



struct Particle_a8d3dec3
{
    wp::vec_t<3, wp::float32> pos;
    wp::vec_t<3, wp::float32> vel;
    wp::float32 mass;
    wp::int32 flags;
    Inner_b303c261 inner;


    Particle_a8d3dec3() = default;
    CUDA_CALLABLE Particle_a8d3dec3(wp::vec_t<3, wp::float32> const& pos,
    wp::vec_t<3, wp::float32> const& vel = {},
    wp::float32 const& mass = {},
    wp::int32 const& flags = {},
    Inner_b303c261 const& inner = {})
        : pos{pos}
        , vel{vel}
        , mass{mass}
        , flags{flags}
        , inner{inner}

    {
    }

    CUDA_CALLABLE Particle_a8d3dec3& operator += (const Particle_a8d3dec3& rhs)
    {    pos += rhs.pos;
    vel += rhs.vel;
    mass += rhs.mass;
    flags += rhs.flags;
    inner += rhs.inner;

        return *this;}

};

static CUDA_CALLABLE void adj_Particle_a8d3dec3(wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::int32 const&,
    Inner_b303c261 const&,
    wp::vec_t<3, wp::float32> & adj_pos,
    wp::vec_t<3, wp::float32> & adj_vel,
    wp::float32 & adj_mass,
    wp::int32 & adj_flags,
    Inner_b303c261 & adj_inner,
    Particle_a8d3dec3 & adj_ret)
{
    adj_pos += adj_ret.pos;
    adj_vel += adj_ret.vel;
    adj_mass += adj_ret.mass;
    adj_flags += adj_ret.flags;
    adj_inner += adj_ret.inner;
}

// Required when compiling adjoints.
CUDA_CALLABLE Particle_a8d3dec3 add(const Particle_a8d3dec3& a, const Particle_a8d3dec3& b)
{
    return Particle_a8d3dec3();
}

CUDA_CALLABLE void adj_atomic_add(Particle_a8d3dec3* p, Particle_a8d3dec3 t)
{
    wp::adj_atomic_add(&p->pos, t.pos);
    wp::adj_atomic_add(&p->vel, t.vel);
    wp::adj_atomic_add(&p->mass, t.mass);
    wp::adj_atomic_add(&p->flags, t.flags);
    adj_atomic_add(&p->inner, t.inner);
}



struct Buffers_3fa16cd6
{
    wp::array_t<wp::vec_t<3, wp::float32>> forces;
    wp::array_t<wp::float32> energy;
    wp::array_t<wp::int32> counts;


    Buffers_3fa16cd6() = default;
    CUDA_CALLABLE Buffers_3fa16cd6(wp::array_t<wp::vec_t<3, wp::float32>> const& forces,
    wp::array_t<wp::float32> const& energy = {},
    wp::array_t<wp::int32> const& counts = {})
        : forces{forces}
        , energy{energy}
        , counts{counts}

    {
    }

    CUDA_CALLABLE Buffers_3fa16cd6& operator += (const Buffers_3fa16cd6& rhs)
    {
        return *this;}

};

static CUDA_CALLABLE void adj_Buffers_3fa16cd6(wp::array_t<wp::vec_t<3, wp::float32>> const&,
    wp::array_t<wp::float32> const&,
    wp::array_t<wp::int32> const&,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_forces,
    wp::array_t<wp::float32> & adj_energy,
    wp::array_t<wp::int32> & adj_counts,
    Buffers_3fa16cd6 & adj_ret)
{
    adj_forces = adj_ret.forces;
    adj_energy = adj_ret.energy;
    adj_counts = adj_ret.counts;
}

// Required when compiling adjoints.
CUDA_CALLABLE Buffers_3fa16cd6 add(const Buffers_3fa16cd6& a, const Buffers_3fa16cd6& b)
{
    return Buffers_3fa16cd6();
}

CUDA_CALLABLE void adj_atomic_add(Buffers_3fa16cd6* p, Buffers_3fa16cd6 t)
{
    wp::adj_atomic_add(&p->forces, t.forces);
    wp::adj_atomic_add(&p->energy, t.energy);
    wp::adj_atomic_add(&p->counts, t.counts);
}


struct wp_args_field_updates_0193a984 {
    wp::array_t<Particle_a8d3dec3> ps;
    wp::float32 dt;
};


void field_updates_0193a984_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_field_updates_0193a984 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Particle_a8d3dec3> var_ps = _wp_args->ps;
    wp::float32 var_dt = _wp_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 9.8;
    const wp::float32 var_3 = -9.8;
    const wp::float32 var_4 = 0.0;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    Particle_a8d3dec3* var_7;
    wp::vec_t<3, wp::float32>* var_8;
    const wp::float32 var_9 = 0.0;
    const wp::float32 var_10 = 9.8;
    const wp::float32 var_11 = -9.8;
    const wp::float32 var_12 = 0.0;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    Particle_a8d3dec3* var_17;
    Particle_a8d3dec3* var_18;
    wp::vec_t<3, wp::float32>* var_19;
    Particle_a8d3dec3* var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    Particle_a8d3dec3* var_24;
    wp::vec_t<3, wp::float32>* var_25;
    Particle_a8d3dec3* var_26;
    wp::vec_t<3, wp::float32>* var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    Particle_a8d3dec3* var_32;
    Particle_a8d3dec3* var_33;
    wp::vec_t<3, wp::float32>* var_34;
    const wp::float32 var_35 = 0.999;
    Particle_a8d3dec3* var_36;
    wp::float32* var_37;
    const wp::float32 var_38 = 0.999;
    wp::float32 var_39;
    wp::float32 var_40;
    Particle_a8d3dec3* var_41;
    Particle_a8d3dec3* var_42;
    wp::float32* var_43;
    const wp::int32 var_44 = 2;
    Particle_a8d3dec3* var_45;
    wp::int32* var_46;
    const wp::int32 var_47 = 2;
    wp::int32 var_48;
    wp::int32 var_49;
    Particle_a8d3dec3* var_50;
    Particle_a8d3dec3* var_51;
    wp::int32* var_52;
    Particle_a8d3dec3* var_53;
    wp::vec_t<3, wp::float32>* var_54;
    const wp::int32 var_55 = 1;
    wp::float32 var_56;
    wp::vec_t<3, wp::float32> var_57;
    const wp::float32 var_58 = 0.0;
    wp::float32 var_59;
    Particle_a8d3dec3* var_60;
    wp::vec_t<3, wp::float32>* var_61;
    const wp::int32 var_62 = 1;
    wp::float32* var_63;
    Particle_a8d3dec3* var_64;
    wp::float32* var_65;
    Particle_a8d3dec3* var_66;
    Inner_b303c261* var_67;
    Particle_a8d3dec3* var_68;
    Inner_b303c261* var_69;
    wp::float32* var_70;
    wp::float32 var_71;
    const wp::float32 var_72 = 1.0;
    Particle_a8d3dec3* var_73;
    Inner_b303c261* var_74;
    wp::vec_t<3, wp::float32>* var_75;
    const wp::int32 var_76 = 2;
    wp::float32* var_77;
    Particle_a8d3dec3* var_78;
    Inner_b303c261* var_79;
    wp::mat_t<2, 2, wp::float32>* var_80;
    const wp::int32 var_81 = 0;
    const wp::int32 var_82 = 1;
    wp::float32* var_83;
    //---------
    // forward
    // def field_updates(ps: wp.array(dtype=Particle), dt: float):                            <L 28>
    // i = wp.tid()                                                                           <L 29>
    var_0 = builtin_tid1d();
    // ps[i].vel += wp.vec3(0.0, -9.8, 0.0) * dt                                              <L 30>
    var_5 = wp::vec_t<3, wp::float32>(var_1, var_3, var_4);
    var_6 = wp::mul(var_5, var_dt);
    var_7 = wp::address(var_ps, var_0);
    var_8 = &(var_7->vel);
    var_13 = wp::vec_t<3, wp::float32>(var_9, var_11, var_12);
    var_14 = wp::mul(var_13, var_dt);
    var_16 = wp::load(var_8);
    var_15 = wp::add(var_16, var_14);
    var_17 = wp::address(var_ps, var_0);
    var_18 = wp::address(var_ps, var_0);
    var_19 = &(var_18->vel);
    wp::store(var_19, var_15);
    // ps[i].pos += ps[i].vel * dt                                                            <L 31>
    var_20 = wp::address(var_ps, var_0);
    var_21 = &(var_20->vel);
    var_23 = wp::load(var_21);
    var_22 = wp::mul(var_23, var_dt);
    var_24 = wp::address(var_ps, var_0);
    var_25 = &(var_24->pos);
    var_26 = wp::address(var_ps, var_0);
    var_27 = &(var_26->vel);
    var_29 = wp::load(var_27);
    var_28 = wp::mul(var_29, var_dt);
    var_31 = wp::load(var_25);
    var_30 = wp::add(var_31, var_28);
    var_32 = wp::address(var_ps, var_0);
    var_33 = wp::address(var_ps, var_0);
    var_34 = &(var_33->pos);
    wp::store(var_34, var_30);
    // ps[i].mass *= 0.999                                                                    <L 32>
    var_36 = wp::address(var_ps, var_0);
    var_37 = &(var_36->mass);
    var_40 = wp::load(var_37);
    var_39 = wp::mul(var_40, var_38);
    var_41 = wp::address(var_ps, var_0);
    var_42 = wp::address(var_ps, var_0);
    var_43 = &(var_42->mass);
    wp::store(var_43, var_39);
    // ps[i].flags |= 2                                                                       <L 33>
    var_45 = wp::address(var_ps, var_0);
    var_46 = &(var_45->flags);
    var_49 = wp::load(var_46);
    var_48 = wp::bit_or(var_49, var_47);
    var_50 = wp::address(var_ps, var_0);
    var_51 = wp::address(var_ps, var_0);
    var_52 = &(var_51->flags);
    wp::store(var_52, var_48);
    // ps[i].pos[1] = wp.max(ps[i].pos[1], 0.0)                                               <L 34>
    var_53 = wp::address(var_ps, var_0);
    var_54 = &(var_53->pos);
    var_57 = wp::load(var_54);
    var_56 = wp::extract(var_57, var_55);
    var_59 = wp::max(var_56, var_58);
    var_60 = wp::address(var_ps, var_0);
    var_61 = &(var_60->pos);
    var_63 = wp::indexref(var_61, var_62);
    wp::store(var_63, var_59);
    // ps[i].inner.x = ps[i].mass                                                             <L 35>
    var_64 = wp::address(var_ps, var_0);
    var_65 = &(var_64->mass);
    var_66 = wp::address(var_ps, var_0);
    var_67 = &(var_66->inner);
    var_68 = wp::address(var_ps, var_0);
    var_69 = &(var_68->inner);
    var_70 = &(var_69->x);
    var_71 = wp::load(var_65);
    wp::store(var_70, var_71);
    // ps[i].inner.v[2] = 1.0                                                                 <L 36>
    var_73 = wp::address(var_ps, var_0);
    var_74 = &(var_73->inner);
    var_75 = &(var_74->v);
    var_77 = wp::indexref(var_75, var_76);
    wp::store(var_77, var_72);
    // ps[i].inner.m[0, 1] = dt                                                               <L 37>
    var_78 = wp::address(var_ps, var_0);
    var_79 = &(var_78->inner);
    var_80 = &(var_79->m);
    var_83 = wp::indexref(var_80, var_81, var_82);
    wp::store(var_83, var_dt);
}



void field_updates_0193a984_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_field_updates_0193a984 *_wp_args,
    wp_args_field_updates_0193a984 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<Particle_a8d3dec3> var_ps = _wp_args->ps;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<Particle_a8d3dec3> adj_ps = _wp_adj_args->ps;
    wp::float32 adj_dt = _wp_adj_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 9.8;
    const wp::float32 var_3 = -9.8;
    const wp::float32 var_4 = 0.0;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    Particle_a8d3dec3* var_7;
    wp::vec_t<3, wp::float32>* var_8;
    const wp::float32 var_9 = 0.0;
    const wp::float32 var_10 = 9.8;
    const wp::float32 var_11 = -9.8;
    const wp::float32 var_12 = 0.0;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    Particle_a8d3dec3* var_17;
    Particle_a8d3dec3* var_18;
    wp::vec_t<3, wp::float32>* var_19;
    Particle_a8d3dec3* var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    Particle_a8d3dec3* var_24;
    wp::vec_t<3, wp::float32>* var_25;
    Particle_a8d3dec3* var_26;
    wp::vec_t<3, wp::float32>* var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    Particle_a8d3dec3* var_32;
    Particle_a8d3dec3* var_33;
    wp::vec_t<3, wp::float32>* var_34;
    const wp::float32 var_35 = 0.999;
    Particle_a8d3dec3* var_36;
    wp::float32* var_37;
    const wp::float32 var_38 = 0.999;
    wp::float32 var_39;
    wp::float32 var_40;
    Particle_a8d3dec3* var_41;
    Particle_a8d3dec3* var_42;
    wp::float32* var_43;
    const wp::int32 var_44 = 2;
    Particle_a8d3dec3* var_45;
    wp::int32* var_46;
    const wp::int32 var_47 = 2;
    wp::int32 var_48;
    wp::int32 var_49;
    Particle_a8d3dec3* var_50;
    Particle_a8d3dec3* var_51;
    wp::int32* var_52;
    Particle_a8d3dec3* var_53;
    wp::vec_t<3, wp::float32>* var_54;
    const wp::int32 var_55 = 1;
    wp::float32 var_56;
    wp::vec_t<3, wp::float32> var_57;
    const wp::float32 var_58 = 0.0;
    wp::float32 var_59;
    Particle_a8d3dec3* var_60;
    wp::vec_t<3, wp::float32>* var_61;
    const wp::int32 var_62 = 1;
    wp::float32* var_63;
    Particle_a8d3dec3* var_64;
    wp::float32* var_65;
    Particle_a8d3dec3* var_66;
    Inner_b303c261* var_67;
    Particle_a8d3dec3* var_68;
    Inner_b303c261* var_69;
    wp::float32* var_70;
    wp::float32 var_71;
    const wp::float32 var_72 = 1.0;
    Particle_a8d3dec3* var_73;
    Inner_b303c261* var_74;
    wp::vec_t<3, wp::float32>* var_75;
    const wp::int32 var_76 = 2;
    wp::float32* var_77;
    Particle_a8d3dec3* var_78;
    Inner_b303c261* var_79;
    wp::mat_t<2, 2, wp::float32>* var_80;
    const wp::int32 var_81 = 0;
    const wp::int32 var_82 = 1;
    wp::float32* var_83;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    Particle_a8d3dec3 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    Particle_a8d3dec3 adj_17 = {};
    Particle_a8d3dec3 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    Particle_a8d3dec3 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    Particle_a8d3dec3 adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    Particle_a8d3dec3 adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    Particle_a8d3dec3 adj_32 = {};
    Particle_a8d3dec3 adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::float32 adj_35 = {};
    Particle_a8d3dec3 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    Particle_a8d3dec3 adj_41 = {};
    Particle_a8d3dec3 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::int32 adj_44 = {};
    Particle_a8d3dec3 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    Particle_a8d3dec3 adj_50 = {};
    Particle_a8d3dec3 adj_51 = {};
    wp::int32 adj_52 = {};
    Particle_a8d3dec3 adj_53 = {};
    wp::vec_t<3, wp::float32> adj_54 = {};
    wp::int32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::vec_t<3, wp::float32> adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    Particle_a8d3dec3 adj_60 = {};
    wp::vec_t<3, wp::float32> adj_61 = {};
    wp::int32 adj_62 = {};
    wp::float32 adj_63 = {};
    Particle_a8d3dec3 adj_64 = {};
    wp::float32 adj_65 = {};
    Particle_a8d3dec3 adj_66 = {};
    Inner_b303c261 adj_67 = {};
    Particle_a8d3dec3 adj_68 = {};
    Inner_b303c261 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float32 adj_72 = {};
    Particle_a8d3dec3 adj_73 = {};
    Inner_b303c261 adj_74 = {};
    wp::vec_t<3, wp::float32> adj_75 = {};
    wp::int32 adj_76 = {};
    wp::float32 adj_77 = {};
    Particle_a8d3dec3 adj_78 = {};
    Inner_b303c261 adj_79 = {};
    wp::mat_t<2, 2, wp::float32> adj_80 = {};
    wp::int32 adj_81 = {};
    wp::int32 adj_82 = {};
    wp::float32 adj_83 = {};
    //---------
    // forward
    // def field_updates(ps: wp.array(dtype=Particle), dt: float):                            <L 28>
    // i = wp.tid()                                                                           <L 29>
    var_0 = builtin_tid1d();
    // ps[i].vel += wp.vec3(0.0, -9.8, 0.0) * dt                                              <L 30>
    var_5 = wp::vec_t<3, wp::float32>(var_1, var_3, var_4);
    var_6 = wp::mul(var_5, var_dt);
    var_7 = wp::address(var_ps, var_0);
    var_8 = &(var_7->vel);
    var_13 = wp::vec_t<3, wp::float32>(var_9, var_11, var_12);
    var_14 = wp::mul(var_13, var_dt);
    var_16 = wp::load(var_8);
    var_15 = wp::add(var_16, var_14);
    var_17 = wp::address(var_ps, var_0);
    var_18 = wp::address(var_ps, var_0);
    var_19 = &(var_18->vel);
    // wp::store(var_19, var_15);
    // ps[i].pos += ps[i].vel * dt                                                            <L 31>
    var_20 = wp::address(var_ps, var_0);
    var_21 = &(var_20->vel);
    var_23 = wp::load(var_21);
    var_22 = wp::mul(var_23, var_dt);
    var_24 = wp::address(var_ps, var_0);
    var_25 = &(var_24->pos);
    var_26 = wp::address(var_ps, var_0);
    var_27 = &(var_26->vel);
    var_29 = wp::load(var_27);
    var_28 = wp::mul(var_29, var_dt);
    var_31 = wp::load(var_25);
    var_30 = wp::add(var_31, var_28);
    var_32 = wp::address(var_ps, var_0);
    var_33 = wp::address(var_ps, var_0);
    var_34 = &(var_33->pos);
    // wp::store(var_34, var_30);
    // ps[i].mass *= 0.999                                                                    <L 32>
    var_36 = wp::address(var_ps, var_0);
    var_37 = &(var_36->mass);
    var_40 = wp::load(var_37);
    var_39 = wp::mul(var_40, var_38);
    var_41 = wp::address(var_ps, var_0);
    var_42 = wp::address(var_ps, var_0);
    var_43 = &(var_42->mass);
    // wp::store(var_43, var_39);
    // ps[i].flags |= 2                                                                       <L 33>
    var_45 = wp::address(var_ps, var_0);
    var_46 = &(var_45->flags);
    var_49 = wp::load(var_46);
    var_48 = wp::bit_or(var_49, var_47);
    var_50 = wp::address(var_ps, var_0);
    var_51 = wp::address(var_ps, var_0);
    var_52 = &(var_51->flags);
    // wp::store(var_52, var_48);
    // ps[i].pos[1] = wp.max(ps[i].pos[1], 0.0)                                               <L 34>
    var_53 = wp::address(var_ps, var_0);
    var_54 = &(var_53->pos);
    var_57 = wp::load(var_54);
    var_56 = wp::extract(var_57, var_55);
    var_59 = wp::max(var_56, var_58);
    var_60 = wp::address(var_ps, var_0);
    var_61 = &(var_60->pos);
    // var_63 = wp::indexref(var_61, var_62);
    // wp::store(var_63, var_59);
    // ps[i].inner.x = ps[i].mass                                                             <L 35>
    var_64 = wp::address(var_ps, var_0);
    var_65 = &(var_64->mass);
    var_66 = wp::address(var_ps, var_0);
    var_67 = &(var_66->inner);
    var_68 = wp::address(var_ps, var_0);
    var_69 = &(var_68->inner);
    var_70 = &(var_69->x);
    var_71 = wp::load(var_65);
    // wp::store(var_70, var_71);
    // ps[i].inner.v[2] = 1.0                                                                 <L 36>
    var_73 = wp::address(var_ps, var_0);
    var_74 = &(var_73->inner);
    var_75 = &(var_74->v);
    // var_77 = wp::indexref(var_75, var_76);
    // wp::store(var_77, var_72);
    // ps[i].inner.m[0, 1] = dt                                                               <L 37>
    var_78 = wp::address(var_ps, var_0);
    var_79 = &(var_78->inner);
    var_80 = &(var_79->m);
    // var_83 = wp::indexref(var_80, var_81, var_82);
    // wp::store(var_83, var_dt);
    //---------
    // reverse
    adj_79.m += adj_80;
    adj_78.inner += adj_79;
    wp::adj_address(var_ps, var_0, adj_ps, adj_0, adj_78);
    // adj: ps[i].inner.m[0, 1] = dt                                                          <L 37>
    adj_74.v += adj_75;
    adj_73.inner += adj_74;
    wp::adj_address(var_ps, var_0, adj_ps, adj_0, adj_73);
    // adj: ps[i].inner.v[2] = 1.0                                                            <L 36>
    adj_69.x += adj_70;
    adj_68.inner += adj_69;
    wp::adj_address(var_ps, var_0, adj_ps, adj_0, adj_68);
    adj_66.inner += adj_67;
    wp::adj_address(var_ps, var_0, adj_ps, adj_0, adj_66);
    adj_64.mass += adj_65;
    wp::adj_address(var_ps, var_0, adj_ps, adj_0, adj_64);
    // adj: ps[i].inner.x = ps[i].mass                                                        <L 35>
    adj_60.pos += adj_61;
    wp::adj_address(var_ps, var_0, adj_ps, adj_0, adj_60);
    wp::adj_max(var_56, var_58, adj_56, adj_58, adj_59);
    wp::adj_extract(var_57, var_55, adj_54, adj_55, adj_56);
    adj_53.pos += adj_54;
    wp::adj_address(var_ps, var_0, adj_ps, adj_0, adj_53);
    // adj: ps[i].pos[1] = wp.max(ps[i].pos[1], 0.0)                                          <L 34>
    adj_51.flags = adj_52;
    wp::adj_address(var_ps, var_0, adj_ps, adj_0, adj_51);
    wp::adj_address(var_ps, var_0, adj_ps, adj_0, adj_50);
    adj_45.flags = adj_46;
    wp::adj_address(var_ps, var_0, adj_ps, adj_0, adj_45);
    // adj: ps[i].flags |= 2                                                                  <L 33>
    adj_42.mass += adj_43;
    wp::adj_address(var_ps, var_0, adj_ps, adj_0, adj_42);
    wp::adj_address(var_ps, var_0, adj_ps, adj_0, adj_41);
    wp::adj_mul(var_40, var_38, adj_37, adj_38, adj_39);
    adj_36.mass += adj_37;
    wp::adj_address(var_ps, var_0, adj_ps, adj_0, adj_36);
    // adj: ps[i].mass *= 0.999                                                               <L 32>
    adj_33.pos += adj_34;
    wp::adj_address(var_ps, var_0, adj_ps, adj_0, adj_33);
    wp::adj_address(var_ps, var_0, adj_ps, adj_0, adj_32);
    wp::adj_add(var_31, var_28, adj_25, adj_28, adj_30);
    wp::adj_mul(var_29, var_dt, adj_27, adj_dt, adj_28);
    adj_26.vel += adj_27;
    wp::adj_address(var_ps, var_0, adj_ps, adj_0, adj_26);
    adj_24.pos += adj_25;
    wp::adj_address(var_ps, var_0, adj_ps, adj_0, adj_24);
    wp::adj_mul(var_23, var_dt, adj_21, adj_dt, adj_22);
    adj_20.vel += adj_21;
    wp::adj_address(var_ps, var_0, adj_ps, adj_0, adj_20);
    // adj: ps[i].pos += ps[i].vel * dt                                                       <L 31>
    adj_18.vel += adj_19;
    wp::adj_address(var_ps, var_0, adj_ps, adj_0, adj_18);
    wp::adj_address(var_ps, var_0, adj_ps, adj_0, adj_17);
    wp::adj_add(var_16, var_14, adj_8, adj_14, adj_15);
    wp::adj_mul(var_13, var_dt, adj_13, adj_dt, adj_14);
    wp::adj_vec_t(var_9, var_11, var_12, adj_9, adj_11, adj_12, adj_13);
    adj_7.vel += adj_8;
    wp::adj_address(var_ps, var_0, adj_ps, adj_0, adj_7);
    wp::adj_mul(var_5, var_dt, adj_5, adj_dt, adj_6);
    wp::adj_vec_t(var_1, var_3, var_4, adj_1, adj_3, adj_4, adj_5);
    // adj: ps[i].vel += wp.vec3(0.0, -9.8, 0.0) * dt                                         <L 30>
    // adj: i = wp.tid()                                                                      <L 29>
    // adj: def field_updates(ps: wp.array(dtype=Particle), dt: float):                       <L 28>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void field_updates_0193a984_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_field_updates_0193a984 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        field_updates_0193a984_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void field_updates_0193a984_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_field_updates_0193a984 *_wp_args,
    wp_args_field_updates_0193a984 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        field_updates_0193a984_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_buffer_accumulate_14334eef {
    Buffers_3fa16cd6 b;
    wp::array_t<Particle_a8d3dec3> ps;
    wp::float32 cell;
};


void buffer_accumulate_14334eef_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_buffer_accumulate_14334eef *_wp_args)
{
    //---------
    // argument vars
    Buffers_3fa16cd6 var_b = _wp_args->b;
    wp::array_t<Particle_a8d3dec3> var_ps = _wp_args->ps;
    wp::float32 var_cell = _wp_args->cell;
    //---------
    // primal vars
    wp::int32 var_0;
    Particle_a8d3dec3* var_1;
    Particle_a8d3dec3 var_2;
    Particle_a8d3dec3 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::float32* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::array_t<wp::vec_t<3, wp::float32>> var_11;
    wp::array_t<wp::float32>* var_12;
    const wp::int32 var_13 = 0;
    const wp::float32 var_14 = 0.5;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::float32 var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::array_t<wp::float32> var_23;
    wp::vec_t<3, wp::float32>* var_24;
    const wp::int32 var_25 = 0;
    wp::float32 var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::float32 var_28;
    wp::int32 var_29;
    const wp::int32 var_30 = 0;
    wp::array_t<wp::int32>* var_31;
    wp::shape_t* var_32;
    const wp::int32 var_33 = 0;
    wp::int32 var_34;
    wp::shape_t var_35;
    const wp::int32 var_36 = 1;
    wp::int32 var_37;
    wp::int32 var_38;
    wp::vec_t<3, wp::float32>* var_39;
    const wp::int32 var_40 = 2;
    wp::float32 var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::float32 var_43;
    wp::int32 var_44;
    const wp::int32 var_45 = 0;
    wp::array_t<wp::int32>* var_46;
    wp::shape_t* var_47;
    const wp::int32 var_48 = 1;
    wp::int32 var_49;
    wp::shape_t var_50;
    const wp::int32 var_51 = 1;
    wp::int32 var_52;
    wp::int32 var_53;
    const wp::int32 var_54 = 1;
    wp::array_t<wp::int32>* var_55;
    wp::int32 var_56;
    wp::array_t<wp::int32> var_57;
    wp::array_t<wp::float32>* var_58;
    const wp::int32 var_59 = 1;
    wp::float32* var_60;
    wp::float32 var_61;
    wp::array_t<wp::float32> var_62;
    wp::float32 var_63;
    //---------
    // forward
    // def buffer_accumulate(b: Buffers, ps: wp.array(dtype=Particle), cell: float):          <L 41>
    // i = wp.tid()                                                                           <L 42>
    var_0 = builtin_tid1d();
    // p = ps[i]                                                                              <L 43>
    var_1 = wp::address(var_ps, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // b.forces[i] += p.vel * p.mass                                                          <L 44>
    var_4 = &(var_2.vel);
    var_5 = &(var_2.mass);
    var_7 = wp::load(var_4);
    var_8 = wp::load(var_5);
    var_6 = wp::mul(var_7, var_8);
    var_9 = &(var_b.forces);
    var_11 = wp::load(var_9);
    var_10 = wp::atomic_add(var_11, var_0, var_6);
    // wp.atomic_add(b.energy, 0, 0.5 * p.mass * wp.length_sq(p.vel))                         <L 45>
    var_12 = &(var_b.energy);
    var_15 = &(var_2.mass);
    var_17 = wp::load(var_15);
    var_16 = wp::mul(var_14, var_17);
    var_18 = &(var_2.vel);
    var_20 = wp::load(var_18);
    var_19 = wp::length_sq(var_20);
    var_21 = wp::mul(var_16, var_19);
    var_23 = wp::load(var_12);
    var_22 = wp::atomic_add(var_23, var_13, var_21);
    // cx = wp.clamp(int(p.pos[0] / cell), 0, b.counts.shape[0] - 1)                          <L 46>
    var_24 = &(var_2.pos);
    var_27 = wp::load(var_24);
    var_26 = wp::extract(var_27, var_25);
    var_28 = wp::div(var_26, var_cell);
    var_29 = wp::int(var_28);
    var_31 = &(var_b.counts);
    var_32 = &(var_31->shape);
    var_35 = wp::load(var_32);
    var_34 = wp::extract(var_35, var_33);
    var_37 = wp::sub(var_34, var_36);
    var_38 = wp::clamp(var_29, var_30, var_37);
    // cz = wp.clamp(int(p.pos[2] / cell), 0, b.counts.shape[1] - 1)                          <L 47>
    var_39 = &(var_2.pos);
    var_42 = wp::load(var_39);
    var_41 = wp::extract(var_42, var_40);
    var_43 = wp::div(var_41, var_cell);
    var_44 = wp::int(var_43);
    var_46 = &(var_b.counts);
    var_47 = &(var_46->shape);
    var_50 = wp::load(var_47);
    var_49 = wp::extract(var_50, var_48);
    var_52 = wp::sub(var_49, var_51);
    var_53 = wp::clamp(var_44, var_45, var_52);
    // b.counts[cx, cz] += 1                                                                  <L 48>
    var_55 = &(var_b.counts);
    var_57 = wp::load(var_55);
    var_56 = wp::atomic_add(var_57, var_38, var_53, var_54);
    // wp.atomic_max(b.energy, 1, p.mass)                                                     <L 49>
    var_58 = &(var_b.energy);
    var_60 = &(var_2.mass);
    var_62 = wp::load(var_58);
    var_63 = wp::load(var_60);
    var_61 = wp::atomic_max(var_62, var_59, var_63);
}



void buffer_accumulate_14334eef_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_buffer_accumulate_14334eef *_wp_args,
    wp_args_buffer_accumulate_14334eef *_wp_adj_args)
{
    //---------
    // argument vars
    Buffers_3fa16cd6 var_b = _wp_args->b;
    wp::array_t<Particle_a8d3dec3> var_ps = _wp_args->ps;
    wp::float32 var_cell = _wp_args->cell;
    Buffers_3fa16cd6 adj_b = _wp_adj_args->b;
    wp::array_t<Particle_a8d3dec3> adj_ps = _wp_adj_args->ps;
    wp::float32 adj_cell = _wp_adj_args->cell;
    //---------
    // primal vars
    wp::int32 var_0;
    Particle_a8d3dec3* var_1;
    Particle_a8d3dec3 var_2;
    Particle_a8d3dec3 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::float32* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::array_t<wp::vec_t<3, wp::float32>> var_11;
    wp::array_t<wp::float32>* var_12;
    const wp::int32 var_13 = 0;
    const wp::float32 var_14 = 0.5;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::float32 var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::array_t<wp::float32> var_23;
    wp::vec_t<3, wp::float32>* var_24;
    const wp::int32 var_25 = 0;
    wp::float32 var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::float32 var_28;
    wp::int32 var_29;
    const wp::int32 var_30 = 0;
    wp::array_t<wp::int32>* var_31;
    wp::shape_t* var_32;
    const wp::int32 var_33 = 0;
    wp::int32 var_34;
    wp::shape_t var_35;
    const wp::int32 var_36 = 1;
    wp::int32 var_37;
    wp::int32 var_38;
    wp::vec_t<3, wp::float32>* var_39;
    const wp::int32 var_40 = 2;
    wp::float32 var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::float32 var_43;
    wp::int32 var_44;
    const wp::int32 var_45 = 0;
    wp::array_t<wp::int32>* var_46;
    wp::shape_t* var_47;
    const wp::int32 var_48 = 1;
    wp::int32 var_49;
    wp::shape_t var_50;
    const wp::int32 var_51 = 1;
    wp::int32 var_52;
    wp::int32 var_53;
    const wp::int32 var_54 = 1;
    wp::array_t<wp::int32>* var_55;
    wp::int32 var_56;
    wp::array_t<wp::int32> var_57;
    wp::array_t<wp::float32>* var_58;
    const wp::int32 var_59 = 1;
    wp::float32* var_60;
    wp::float32 var_61;
    wp::array_t<wp::float32> var_62;
    wp::float32 var_63;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    Particle_a8d3dec3 adj_1 = {};
    Particle_a8d3dec3 adj_2 = {};
    Particle_a8d3dec3 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_11 = {};
    wp::array_t<wp::float32> adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::float32 adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::array_t<wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::float32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::array_t<wp::int32> adj_31 = {};
    wp::shape_t adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::shape_t adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::int32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    wp::float32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::array_t<wp::int32> adj_46 = {};
    wp::shape_t adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::shape_t adj_50 = {};
    wp::int32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::int32 adj_54 = {};
    wp::array_t<wp::int32> adj_55 = {};
    wp::int32 adj_56 = {};
    wp::array_t<wp::int32> adj_57 = {};
    wp::array_t<wp::float32> adj_58 = {};
    wp::int32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::array_t<wp::float32> adj_62 = {};
    wp::float32 adj_63 = {};
    //---------
    // forward
    // def buffer_accumulate(b: Buffers, ps: wp.array(dtype=Particle), cell: float):          <L 41>
    // i = wp.tid()                                                                           <L 42>
    var_0 = builtin_tid1d();
    // p = ps[i]                                                                              <L 43>
    var_1 = wp::address(var_ps, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // b.forces[i] += p.vel * p.mass                                                          <L 44>
    var_4 = &(var_2.vel);
    var_5 = &(var_2.mass);
    var_7 = wp::load(var_4);
    var_8 = wp::load(var_5);
    var_6 = wp::mul(var_7, var_8);
    var_9 = &(var_b.forces);
    var_11 = wp::load(var_9);
    // var_10 = wp::atomic_add(var_11, var_0, var_6);
    // wp.atomic_add(b.energy, 0, 0.5 * p.mass * wp.length_sq(p.vel))                         <L 45>
    var_12 = &(var_b.energy);
    var_15 = &(var_2.mass);
    var_17 = wp::load(var_15);
    var_16 = wp::mul(var_14, var_17);
    var_18 = &(var_2.vel);
    var_20 = wp::load(var_18);
    var_19 = wp::length_sq(var_20);
    var_21 = wp::mul(var_16, var_19);
    var_23 = wp::load(var_12);
    // var_22 = wp::atomic_add(var_23, var_13, var_21);
    // cx = wp.clamp(int(p.pos[0] / cell), 0, b.counts.shape[0] - 1)                          <L 46>
    var_24 = &(var_2.pos);
    var_27 = wp::load(var_24);
    var_26 = wp::extract(var_27, var_25);
    var_28 = wp::div(var_26, var_cell);
    var_29 = wp::int(var_28);
    var_31 = &(var_b.counts);
    var_32 = &(var_31->shape);
    var_35 = wp::load(var_32);
    var_34 = wp::extract(var_35, var_33);
    var_37 = wp::sub(var_34, var_36);
    var_38 = wp::clamp(var_29, var_30, var_37);
    // cz = wp.clamp(int(p.pos[2] / cell), 0, b.counts.shape[1] - 1)                          <L 47>
    var_39 = &(var_2.pos);
    var_42 = wp::load(var_39);
    var_41 = wp::extract(var_42, var_40);
    var_43 = wp::div(var_41, var_cell);
    var_44 = wp::int(var_43);
    var_46 = &(var_b.counts);
    var_47 = &(var_46->shape);
    var_50 = wp::load(var_47);
    var_49 = wp::extract(var_50, var_48);
    var_52 = wp::sub(var_49, var_51);
    var_53 = wp::clamp(var_44, var_45, var_52);
    // b.counts[cx, cz] += 1                                                                  <L 48>
    var_55 = &(var_b.counts);
    var_57 = wp::load(var_55);
    // var_56 = wp::atomic_add(var_57, var_38, var_53, var_54);
    // wp.atomic_max(b.energy, 1, p.mass)                                                     <L 49>
    var_58 = &(var_b.energy);
    var_60 = &(var_2.mass);
    var_62 = wp::load(var_58);
    var_63 = wp::load(var_60);
    // var_61 = wp::atomic_max(var_62, var_59, var_63);
    //---------
    // reverse
    wp::adj_atomic_max(var_62, var_59, var_63, adj_58, adj_59, adj_60, adj_61);
    adj_2.mass += adj_60;
    adj_b.energy = adj_58;
    // adj: wp.atomic_max(b.energy, 1, p.mass)                                                <L 49>
    wp::adj_atomic_add(var_57, var_38, var_53, var_54, adj_55, adj_38, adj_53, adj_54, adj_56);
    adj_b.counts = adj_55;
    // adj: b.counts[cx, cz] += 1                                                             <L 48>
    wp::adj_clamp(var_44, var_45, var_52, adj_44, adj_45, adj_52, adj_53);
    wp::adj_sub(var_49, var_51, adj_49, adj_51, adj_52);
    wp::adj_extract(var_50, var_48, adj_47, adj_48, adj_49);
    adj_46.shape = adj_47;
    adj_b.counts = adj_46;
    wp::adj_int(var_43, adj_43, adj_44);
    wp::adj_div(var_41, var_cell, var_43, adj_41, adj_cell, adj_43);
    wp::adj_extract(var_42, var_40, adj_39, adj_40, adj_41);
    adj_2.pos += adj_39;
    // adj: cz = wp.clamp(int(p.pos[2] / cell), 0, b.counts.shape[1] - 1)                     <L 47>
    wp::adj_clamp(var_29, var_30, var_37, adj_29, adj_30, adj_37, adj_38);
    wp::adj_sub(var_34, var_36, adj_34, adj_36, adj_37);
    wp::adj_extract(var_35, var_33, adj_32, adj_33, adj_34);
    adj_31.shape = adj_32;
    adj_b.counts = adj_31;
    wp::adj_int(var_28, adj_28, adj_29);
    wp::adj_div(var_26, var_cell, var_28, adj_26, adj_cell, adj_28);
    wp::adj_extract(var_27, var_25, adj_24, adj_25, adj_26);
    adj_2.pos += adj_24;
    // adj: cx = wp.clamp(int(p.pos[0] / cell), 0, b.counts.shape[0] - 1)                     <L 46>
    wp::adj_atomic_add(var_23, var_13, var_21, adj_12, adj_13, adj_21, adj_22);
    wp::adj_mul(var_16, var_19, adj_16, adj_19, adj_21);
    wp::adj_length_sq(var_20, adj_18, adj_19);
    adj_2.vel += adj_18;
    wp::adj_mul(var_14, var_17, adj_14, adj_15, adj_16);
    adj_2.mass += adj_15;
    adj_b.energy = adj_12;
    // adj: wp.atomic_add(b.energy, 0, 0.5 * p.mass * wp.length_sq(p.vel))                    <L 45>
    wp::adj_atomic_add(var_11, var_0, var_6, adj_9, adj_0, adj_6, adj_10);
    adj_b.forces = adj_9;
    wp::adj_mul(var_7, var_8, adj_4, adj_5, adj_6);
    adj_2.mass += adj_5;
    adj_2.vel += adj_4;
    // adj: b.forces[i] += p.vel * p.mass                                                     <L 44>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_ps, var_0, adj_ps, adj_0, adj_1);
    // adj: p = ps[i]                                                                         <L 43>
    // adj: i = wp.tid()                                                                      <L 42>
    // adj: def buffer_accumulate(b: Buffers, ps: wp.array(dtype=Particle), cell: float):     <L 41>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void buffer_accumulate_14334eef_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_buffer_accumulate_14334eef *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        buffer_accumulate_14334eef_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void buffer_accumulate_14334eef_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_buffer_accumulate_14334eef *_wp_args,
    wp_args_buffer_accumulate_14334eef *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        buffer_accumulate_14334eef_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_local_struct_edit_d131a011 {
    wp::array_t<Particle_a8d3dec3> ps;
    wp::array_t<Particle_a8d3dec3> out;
};


void local_struct_edit_d131a011_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_local_struct_edit_d131a011 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Particle_a8d3dec3> var_ps = _wp_args->ps;
    wp::array_t<Particle_a8d3dec3> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    Particle_a8d3dec3* var_1;
    Particle_a8d3dec3 var_2;
    Particle_a8d3dec3 var_3;
    const wp::float32 var_4 = 1.0;
    const wp::float32 var_5 = 2.0;
    const wp::float32 var_6 = 3.0;
    const wp::float32 var_7 = 4.0;
    wp::mat_t<2, 2, wp::float32> var_8;
    Inner_b303c261* var_9;
    Inner_b303c261* var_10;
    wp::mat_t<2, 2, wp::float32>* var_11;
    Inner_b303c261* var_12;
    wp::float32* var_13;
    Inner_b303c261* var_14;
    wp::mat_t<2, 2, wp::float32>* var_15;
    const wp::int32 var_16 = 1;
    const wp::int32 var_17 = 1;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::vec_t<3, wp::float32>* var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    Inner_b303c261* var_25;
    Inner_b303c261* var_26;
    wp::vec_t<3, wp::float32>* var_27;
    Inner_b303c261* var_28;
    wp::vec_t<3, wp::float32>* var_29;
    const wp::float32 var_30 = 1.0;
    const wp::float32 var_31 = 0.0;
    const wp::float32 var_32 = 0.0;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    Inner_b303c261* var_36;
    Inner_b303c261* var_37;
    wp::vec_t<3, wp::float32>* var_38;
    wp::vec_t<3, wp::float32>* var_39;
    const wp::int32 var_40 = 2;
    wp::float32 var_41;
    wp::vec_t<3, wp::float32> var_42;
    const wp::float32 var_43 = 0.5;
    wp::float32 var_44;
    wp::vec_t<3, wp::float32>* var_45;
    const wp::int32 var_46 = 2;
    wp::float32* var_47;
    wp::int32* var_48;
    const wp::int32 var_49 = 1;
    wp::int32 var_50;
    wp::int32 var_51;
    wp::int32 var_52;
    wp::int32* var_53;
    //---------
    // forward
    // def local_struct_edit(ps: wp.array(dtype=Particle), out: wp.array(dtype=Particle)):       <L 53>
    // i = wp.tid()                                                                           <L 54>
    var_0 = builtin_tid1d();
    // p = ps[i]                                                                              <L 55>
    var_1 = wp::address(var_ps, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // p.inner.m = wp.mat22(1.0, 2.0, 3.0, 4.0)                                               <L 56>
    var_8 = wp::mat_t<2, 2, wp::float32>(var_4, var_5, var_6, var_7);
    var_9 = &(var_2.inner);
    var_10 = &(var_2.inner);
    var_11 = &(var_10->m);
    wp::store(var_11, var_8);
    // p.inner.m[1, 1] = p.inner.x                                                            <L 57>
    var_12 = &(var_2.inner);
    var_13 = &(var_12->x);
    var_14 = &(var_2.inner);
    var_15 = &(var_14->m);
    var_18 = wp::indexref(var_15, var_16, var_17);
    var_19 = wp::load(var_13);
    wp::store(var_18, var_19);
    // p.inner.v = p.pos - p.vel                                                              <L 58>
    var_20 = &(var_2.pos);
    var_21 = &(var_2.vel);
    var_23 = wp::load(var_20);
    var_24 = wp::load(var_21);
    var_22 = wp::sub(var_23, var_24);
    var_25 = &(var_2.inner);
    var_26 = &(var_2.inner);
    var_27 = &(var_26->v);
    wp::store(var_27, var_22);
    // p.inner.v = p.inner.v + wp.vec3(1.0, 0.0, 0.0)                                         <L 59>
    var_28 = &(var_2.inner);
    var_29 = &(var_28->v);
    var_33 = wp::vec_t<3, wp::float32>(var_30, var_31, var_32);
    var_35 = wp::load(var_29);
    var_34 = wp::add(var_35, var_33);
    var_36 = &(var_2.inner);
    var_37 = &(var_2.inner);
    var_38 = &(var_37->v);
    wp::store(var_38, var_34);
    // p.pos[2] = p.pos[2] - 0.5                                                              <L 60>
    var_39 = &(var_2.pos);
    var_42 = wp::load(var_39);
    var_41 = wp::extract(var_42, var_40);
    var_44 = wp::sub(var_41, var_43);
    var_45 = &(var_2.pos);
    var_47 = wp::indexref(var_45, var_46);
    wp::store(var_47, var_44);
    // p.flags = p.flags & ~1                                                                 <L 61>
    var_48 = &(var_2.flags);
    var_50 = wp::invert(var_49);
    var_52 = wp::load(var_48);
    var_51 = wp::bit_and(var_52, var_50);
    var_53 = &(var_2.flags);
    wp::store(var_53, var_51);
    // out[i] = p                                                                             <L 62>
    wp::array_store(var_out, var_0, var_2);
}



void local_struct_edit_d131a011_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_local_struct_edit_d131a011 *_wp_args,
    wp_args_local_struct_edit_d131a011 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<Particle_a8d3dec3> var_ps = _wp_args->ps;
    wp::array_t<Particle_a8d3dec3> var_out = _wp_args->out;
    wp::array_t<Particle_a8d3dec3> adj_ps = _wp_adj_args->ps;
    wp::array_t<Particle_a8d3dec3> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    Particle_a8d3dec3* var_1;
    Particle_a8d3dec3 var_2;
    Particle_a8d3dec3 var_3;
    const wp::float32 var_4 = 1.0;
    const wp::float32 var_5 = 2.0;
    const wp::float32 var_6 = 3.0;
    const wp::float32 var_7 = 4.0;
    wp::mat_t<2, 2, wp::float32> var_8;
    Inner_b303c261* var_9;
    Inner_b303c261* var_10;
    wp::mat_t<2, 2, wp::float32>* var_11;
    Inner_b303c261* var_12;
    wp::float32* var_13;
    Inner_b303c261* var_14;
    wp::mat_t<2, 2, wp::float32>* var_15;
    const wp::int32 var_16 = 1;
    const wp::int32 var_17 = 1;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::vec_t<3, wp::float32>* var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    Inner_b303c261* var_25;
    Inner_b303c261* var_26;
    wp::vec_t<3, wp::float32>* var_27;
    Inner_b303c261* var_28;
    wp::vec_t<3, wp::float32>* var_29;
    const wp::float32 var_30 = 1.0;
    const wp::float32 var_31 = 0.0;
    const wp::float32 var_32 = 0.0;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    Inner_b303c261* var_36;
    Inner_b303c261* var_37;
    wp::vec_t<3, wp::float32>* var_38;
    wp::vec_t<3, wp::float32>* var_39;
    const wp::int32 var_40 = 2;
    wp::float32 var_41;
    wp::vec_t<3, wp::float32> var_42;
    const wp::float32 var_43 = 0.5;
    wp::float32 var_44;
    wp::vec_t<3, wp::float32>* var_45;
    const wp::int32 var_46 = 2;
    wp::float32* var_47;
    wp::int32* var_48;
    const wp::int32 var_49 = 1;
    wp::int32 var_50;
    wp::int32 var_51;
    wp::int32 var_52;
    wp::int32* var_53;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    Particle_a8d3dec3 adj_1 = {};
    Particle_a8d3dec3 adj_2 = {};
    Particle_a8d3dec3 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::mat_t<2, 2, wp::float32> adj_8 = {};
    Inner_b303c261 adj_9 = {};
    Inner_b303c261 adj_10 = {};
    wp::mat_t<2, 2, wp::float32> adj_11 = {};
    Inner_b303c261 adj_12 = {};
    wp::float32 adj_13 = {};
    Inner_b303c261 adj_14 = {};
    wp::mat_t<2, 2, wp::float32> adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    Inner_b303c261 adj_25 = {};
    Inner_b303c261 adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    Inner_b303c261 adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    Inner_b303c261 adj_36 = {};
    Inner_b303c261 adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::int32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::vec_t<3, wp::float32> adj_45 = {};
    wp::int32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::int32 adj_53 = {};
    //---------
    // forward
    // def local_struct_edit(ps: wp.array(dtype=Particle), out: wp.array(dtype=Particle)):       <L 53>
    // i = wp.tid()                                                                           <L 54>
    var_0 = builtin_tid1d();
    // p = ps[i]                                                                              <L 55>
    var_1 = wp::address(var_ps, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // p.inner.m = wp.mat22(1.0, 2.0, 3.0, 4.0)                                               <L 56>
    var_8 = wp::mat_t<2, 2, wp::float32>(var_4, var_5, var_6, var_7);
    var_9 = &(var_2.inner);
    var_10 = &(var_2.inner);
    var_11 = &(var_10->m);
    // wp::store(var_11, var_8);
    // p.inner.m[1, 1] = p.inner.x                                                            <L 57>
    var_12 = &(var_2.inner);
    var_13 = &(var_12->x);
    var_14 = &(var_2.inner);
    var_15 = &(var_14->m);
    // var_18 = wp::indexref(var_15, var_16, var_17);
    var_19 = wp::load(var_13);
    // wp::store(var_18, var_19);
    // p.inner.v = p.pos - p.vel                                                              <L 58>
    var_20 = &(var_2.pos);
    var_21 = &(var_2.vel);
    var_23 = wp::load(var_20);
    var_24 = wp::load(var_21);
    var_22 = wp::sub(var_23, var_24);
    var_25 = &(var_2.inner);
    var_26 = &(var_2.inner);
    var_27 = &(var_26->v);
    // wp::store(var_27, var_22);
    // p.inner.v = p.inner.v + wp.vec3(1.0, 0.0, 0.0)                                         <L 59>
    var_28 = &(var_2.inner);
    var_29 = &(var_28->v);
    var_33 = wp::vec_t<3, wp::float32>(var_30, var_31, var_32);
    var_35 = wp::load(var_29);
    var_34 = wp::add(var_35, var_33);
    var_36 = &(var_2.inner);
    var_37 = &(var_2.inner);
    var_38 = &(var_37->v);
    // wp::store(var_38, var_34);
    // p.pos[2] = p.pos[2] - 0.5                                                              <L 60>
    var_39 = &(var_2.pos);
    var_42 = wp::load(var_39);
    var_41 = wp::extract(var_42, var_40);
    var_44 = wp::sub(var_41, var_43);
    var_45 = &(var_2.pos);
    // var_47 = wp::indexref(var_45, var_46);
    // wp::store(var_47, var_44);
    // p.flags = p.flags & ~1                                                                 <L 61>
    var_48 = &(var_2.flags);
    var_50 = wp::invert(var_49);
    var_52 = wp::load(var_48);
    var_51 = wp::bit_and(var_52, var_50);
    var_53 = &(var_2.flags);
    // wp::store(var_53, var_51);
    // out[i] = p                                                                             <L 62>
    // wp::array_store(var_out, var_0, var_2);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_2, adj_out, adj_0, adj_2);
    // adj: out[i] = p                                                                        <L 62>
    adj_2.flags = adj_53;
    adj_2.flags = adj_48;
    // adj: p.flags = p.flags & ~1                                                            <L 61>
    adj_2.pos += adj_45;
    wp::adj_sub(var_41, var_43, adj_41, adj_43, adj_44);
    wp::adj_extract(var_42, var_40, adj_39, adj_40, adj_41);
    adj_2.pos += adj_39;
    // adj: p.pos[2] = p.pos[2] - 0.5                                                         <L 60>
    adj_37.v += adj_38;
    adj_2.inner += adj_37;
    adj_2.inner += adj_36;
    wp::adj_add(var_35, var_33, adj_29, adj_33, adj_34);
    wp::adj_vec_t(var_30, var_31, var_32, adj_30, adj_31, adj_32, adj_33);
    adj_28.v += adj_29;
    adj_2.inner += adj_28;
    // adj: p.inner.v = p.inner.v + wp.vec3(1.0, 0.0, 0.0)                                    <L 59>
    adj_26.v += adj_27;
    adj_2.inner += adj_26;
    adj_2.inner += adj_25;
    wp::adj_sub(var_23, var_24, adj_20, adj_21, adj_22);
    adj_2.vel += adj_21;
    adj_2.pos += adj_20;
    // adj: p.inner.v = p.pos - p.vel                                                         <L 58>
    adj_14.m += adj_15;
    adj_2.inner += adj_14;
    adj_12.x += adj_13;
    adj_2.inner += adj_12;
    // adj: p.inner.m[1, 1] = p.inner.x                                                       <L 57>
    adj_10.m += adj_11;
    adj_2.inner += adj_10;
    adj_2.inner += adj_9;
    wp::adj_mat_t(var_4, var_5, var_6, var_7, adj_4, adj_5, adj_6, adj_7, adj_8);
    // adj: p.inner.m = wp.mat22(1.0, 2.0, 3.0, 4.0)                                          <L 56>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_ps, var_0, adj_ps, adj_0, adj_1);
    // adj: p = ps[i]                                                                         <L 55>
    // adj: i = wp.tid()                                                                      <L 54>
    // adj: def local_struct_edit(ps: wp.array(dtype=Particle), out: wp.array(dtype=Particle)):  <L 53>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void local_struct_edit_d131a011_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_local_struct_edit_d131a011 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        local_struct_edit_d131a011_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void local_struct_edit_d131a011_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_local_struct_edit_d131a011 *_wp_args,
    wp_args_local_struct_edit_d131a011 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        local_struct_edit_d131a011_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_matrix_elements_90de5743 {
    wp::array_t<wp::mat_t<3, 3, wp::float32>> m;
    wp::array_t<wp::vec_t<4, wp::float32>> v;
};


void matrix_elements_90de5743_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_matrix_elements_90de5743 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::vec_t<4, wp::float32>> var_v = _wp_args->v;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 1.0;
    wp::mat_t<3, 3, wp::float32>* var_2;
    const wp::int32 var_3 = 0;
    const wp::int32 var_4 = 0;
    wp::float32* var_5;
    const wp::float32 var_6 = 2.0;
    wp::mat_t<3, 3, wp::float32>* var_7;
    const wp::int32 var_8 = 1;
    const wp::int32 var_9 = 2;
    wp::mat_t<3, 3, wp::float32> var_10;
    wp::vec_t<4, wp::float32>* var_11;
    const wp::int32 var_12 = 0;
    wp::float32 var_13;
    wp::vec_t<4, wp::float32> var_14;
    wp::vec_t<4, wp::float32>* var_15;
    const wp::int32 var_16 = 1;
    wp::float32 var_17;
    wp::vec_t<4, wp::float32> var_18;
    wp::float32 var_19;
    wp::vec_t<4, wp::float32>* var_20;
    const wp::int32 var_21 = 3;
    wp::float32* var_22;
    const wp::float32 var_23 = 1.0;
    wp::vec_t<4, wp::float32>* var_24;
    const wp::int32 var_25 = 0;
    wp::float32 var_26;
    wp::vec_t<4, wp::float32> var_27;
    const wp::float32 var_28 = 1.0;
    wp::float32 var_29;
    wp::vec_t<4, wp::float32>* var_30;
    const wp::int32 var_31 = 0;
    wp::float32* var_32;
    //---------
    // forward
    // def matrix_elements(m: wp.array(dtype=wp.mat33), v: wp.array(dtype=wp.vec4)):          <L 66>
    // i = wp.tid()                                                                           <L 67>
    var_0 = builtin_tid1d();
    // m[i][0, 0] = 1.0                                                                       <L 68>
    var_2 = wp::address(var_m, var_0);
    var_5 = wp::indexref(var_2, var_3, var_4);
    wp::store(var_5, var_1);
    // m[i][1, 2] += 2.0                                                                      <L 69>
    var_7 = wp::address(var_m, var_0);
    var_10 = wp::load(var_7);
    wp::add_inplace(var_10, var_8, var_9, var_6);
    // v[i][3] = v[i][0] + v[i][1]                                                            <L 70>
    var_11 = wp::address(var_v, var_0);
    var_14 = wp::load(var_11);
    var_13 = wp::extract(var_14, var_12);
    var_15 = wp::address(var_v, var_0);
    var_18 = wp::load(var_15);
    var_17 = wp::extract(var_18, var_16);
    var_19 = wp::add(var_13, var_17);
    var_20 = wp::address(var_v, var_0);
    var_22 = wp::indexref(var_20, var_21);
    wp::store(var_22, var_19);
    // v[i].x -= 1.0                                                                          <L 71>
    var_24 = wp::address(var_v, var_0);
    var_27 = wp::load(var_24);
    var_26 = wp::extract(var_27, var_25);
    var_29 = wp::sub(var_26, var_28);
    var_30 = wp::address(var_v, var_0);
    var_32 = wp::indexref(var_30, var_31);
    wp::store(var_32, var_29);
}



void matrix_elements_90de5743_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_matrix_elements_90de5743 *_wp_args,
    wp_args_matrix_elements_90de5743 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::vec_t<4, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_m = _wp_adj_args->m;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_v = _wp_adj_args->v;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 1.0;
    wp::mat_t<3, 3, wp::float32>* var_2;
    const wp::int32 var_3 = 0;
    const wp::int32 var_4 = 0;
    wp::float32* var_5;
    const wp::float32 var_6 = 2.0;
    wp::mat_t<3, 3, wp::float32>* var_7;
    const wp::int32 var_8 = 1;
    const wp::int32 var_9 = 2;
    wp::mat_t<3, 3, wp::float32> var_10;
    wp::vec_t<4, wp::float32>* var_11;
    const wp::int32 var_12 = 0;
    wp::float32 var_13;
    wp::vec_t<4, wp::float32> var_14;
    wp::vec_t<4, wp::float32>* var_15;
    const wp::int32 var_16 = 1;
    wp::float32 var_17;
    wp::vec_t<4, wp::float32> var_18;
    wp::float32 var_19;
    wp::vec_t<4, wp::float32>* var_20;
    const wp::int32 var_21 = 3;
    wp::float32* var_22;
    const wp::float32 var_23 = 1.0;
    wp::vec_t<4, wp::float32>* var_24;
    const wp::int32 var_25 = 0;
    wp::float32 var_26;
    wp::vec_t<4, wp::float32> var_27;
    const wp::float32 var_28 = 1.0;
    wp::float32 var_29;
    wp::vec_t<4, wp::float32>* var_30;
    const wp::int32 var_31 = 0;
    wp::float32* var_32;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::mat_t<3, 3, wp::float32> adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::mat_t<3, 3, wp::float32> adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::mat_t<3, 3, wp::float32> adj_10 = {};
    wp::vec_t<4, wp::float32> adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<4, wp::float32> adj_14 = {};
    wp::vec_t<4, wp::float32> adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::vec_t<4, wp::float32> adj_18 = {};
    wp::float32 adj_19 = {};
    wp::vec_t<4, wp::float32> adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::vec_t<4, wp::float32> adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::vec_t<4, wp::float32> adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::vec_t<4, wp::float32> adj_30 = {};
    wp::int32 adj_31 = {};
    wp::float32 adj_32 = {};
    //---------
    // forward
    // def matrix_elements(m: wp.array(dtype=wp.mat33), v: wp.array(dtype=wp.vec4)):          <L 66>
    // i = wp.tid()                                                                           <L 67>
    var_0 = builtin_tid1d();
    // m[i][0, 0] = 1.0                                                                       <L 68>
    var_2 = wp::address(var_m, var_0);
    // var_5 = wp::indexref(var_2, var_3, var_4);
    // wp::store(var_5, var_1);
    // m[i][1, 2] += 2.0                                                                      <L 69>
    var_7 = wp::address(var_m, var_0);
    var_10 = wp::load(var_7);
    wp::add_inplace(var_10, var_8, var_9, var_6);
    // v[i][3] = v[i][0] + v[i][1]                                                            <L 70>
    var_11 = wp::address(var_v, var_0);
    var_14 = wp::load(var_11);
    var_13 = wp::extract(var_14, var_12);
    var_15 = wp::address(var_v, var_0);
    var_18 = wp::load(var_15);
    var_17 = wp::extract(var_18, var_16);
    var_19 = wp::add(var_13, var_17);
    var_20 = wp::address(var_v, var_0);
    // var_22 = wp::indexref(var_20, var_21);
    // wp::store(var_22, var_19);
    // v[i].x -= 1.0                                                                          <L 71>
    var_24 = wp::address(var_v, var_0);
    var_27 = wp::load(var_24);
    var_26 = wp::extract(var_27, var_25);
    var_29 = wp::sub(var_26, var_28);
    var_30 = wp::address(var_v, var_0);
    // var_32 = wp::indexref(var_30, var_31);
    // wp::store(var_32, var_29);
    //---------
    // reverse
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_30);
    wp::adj_sub(var_26, var_28, adj_26, adj_28, adj_29);
    wp::adj_extract(var_27, var_25, adj_24, adj_25, adj_26);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_24);
    // adj: v[i].x -= 1.0                                                                     <L 71>
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_20);
    wp::adj_add(var_13, var_17, adj_13, adj_17, adj_19);
    wp::adj_extract(var_18, var_16, adj_15, adj_16, adj_17);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_15);
    wp::adj_extract(var_14, var_12, adj_11, adj_12, adj_13);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_11);
    // adj: v[i][3] = v[i][0] + v[i][1]                                                       <L 70>
    wp::adj_add_inplace(var_10, var_8, var_9, var_6, adj_7, adj_8, adj_9, adj_6);
    wp::adj_address(var_m, var_0, adj_m, adj_0, adj_7);
    // adj: m[i][1, 2] += 2.0                                                                 <L 69>
    wp::adj_address(var_m, var_0, adj_m, adj_0, adj_2);
    // adj: m[i][0, 0] = 1.0                                                                  <L 68>
    // adj: i = wp.tid()                                                                      <L 67>
    // adj: def matrix_elements(m: wp.array(dtype=wp.mat33), v: wp.array(dtype=wp.vec4)):     <L 66>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void matrix_elements_90de5743_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_matrix_elements_90de5743 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        matrix_elements_90de5743_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void matrix_elements_90de5743_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_matrix_elements_90de5743 *_wp_args,
    wp_args_matrix_elements_90de5743 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        matrix_elements_90de5743_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

