
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


struct Spring_0d35531d
{
    wp::int32 a;
    wp::int32 b;
    wp::float32 rest;
    wp::float32 k;


    Spring_0d35531d() = default;
    CUDA_CALLABLE Spring_0d35531d(wp::int32 const& a,
    wp::int32 const& b = {},
    wp::float32 const& rest = {},
    wp::float32 const& k = {})
        : a{a}
        , b{b}
        , rest{rest}
        , k{k}

    {
    }

    CUDA_CALLABLE Spring_0d35531d& operator += (const Spring_0d35531d& rhs)
    {    a += rhs.a;
    b += rhs.b;
    rest += rhs.rest;
    k += rhs.k;

        return *this;}

};

static CUDA_CALLABLE void adj_Spring_0d35531d(wp::int32 const&,
    wp::int32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::int32 & adj_a,
    wp::int32 & adj_b,
    wp::float32 & adj_rest,
    wp::float32 & adj_k,
    Spring_0d35531d & adj_ret)
{
    adj_a += adj_ret.a;
    adj_b += adj_ret.b;
    adj_rest += adj_ret.rest;
    adj_k += adj_ret.k;
}

// Required when compiling adjoints.
CUDA_CALLABLE Spring_0d35531d add(const Spring_0d35531d& a, const Spring_0d35531d& b)
{
    return Spring_0d35531d();
}

CUDA_CALLABLE void adj_atomic_add(Spring_0d35531d* p, Spring_0d35531d t)
{
    wp::adj_atomic_add(&p->a, t.a);
    wp::adj_atomic_add(&p->b, t.b);
    wp::adj_atomic_add(&p->rest, t.rest);
    wp::adj_atomic_add(&p->k, t.k);
}



struct Transform2D_8ff43c86
{
    wp::vec_t<2, wp::float32> offset;
    wp::float32 angle;
    wp::float32 scale;


    Transform2D_8ff43c86() = default;
    CUDA_CALLABLE Transform2D_8ff43c86(wp::vec_t<2, wp::float32> const& offset,
    wp::float32 const& angle = {},
    wp::float32 const& scale = {})
        : offset{offset}
        , angle{angle}
        , scale{scale}

    {
    }

    CUDA_CALLABLE Transform2D_8ff43c86& operator += (const Transform2D_8ff43c86& rhs)
    {    offset += rhs.offset;
    angle += rhs.angle;
    scale += rhs.scale;

        return *this;}

};

static CUDA_CALLABLE void adj_Transform2D_8ff43c86(wp::vec_t<2, wp::float32> const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::vec_t<2, wp::float32> & adj_offset,
    wp::float32 & adj_angle,
    wp::float32 & adj_scale,
    Transform2D_8ff43c86 & adj_ret)
{
    adj_offset += adj_ret.offset;
    adj_angle += adj_ret.angle;
    adj_scale += adj_ret.scale;
}

// Required when compiling adjoints.
CUDA_CALLABLE Transform2D_8ff43c86 add(const Transform2D_8ff43c86& a, const Transform2D_8ff43c86& b)
{
    return Transform2D_8ff43c86();
}

CUDA_CALLABLE void adj_atomic_add(Transform2D_8ff43c86* p, Transform2D_8ff43c86 t)
{
    wp::adj_atomic_add(&p->offset, t.offset);
    wp::adj_atomic_add(&p->angle, t.angle);
    wp::adj_atomic_add(&p->scale, t.scale);
}



struct Layer_4dd551b6
{
    Transform2D_8ff43c86 xf;
    wp::float32 weight;
    bool active;


    Layer_4dd551b6() = default;
    CUDA_CALLABLE Layer_4dd551b6(Transform2D_8ff43c86 const& xf,
    wp::float32 const& weight = {},
    bool const& active = {})
        : xf{xf}
        , weight{weight}
        , active{active}

    {
    }

    CUDA_CALLABLE Layer_4dd551b6& operator += (const Layer_4dd551b6& rhs)
    {    xf += rhs.xf;
    weight += rhs.weight;
    active += rhs.active;

        return *this;}

};

static CUDA_CALLABLE void adj_Layer_4dd551b6(Transform2D_8ff43c86 const&,
    wp::float32 const&,
    bool const&,
    Transform2D_8ff43c86 & adj_xf,
    wp::float32 & adj_weight,
    bool & adj_active,
    Layer_4dd551b6 & adj_ret)
{
    adj_xf += adj_ret.xf;
    adj_weight += adj_ret.weight;
    adj_active += adj_ret.active;
}

// Required when compiling adjoints.
CUDA_CALLABLE Layer_4dd551b6 add(const Layer_4dd551b6& a, const Layer_4dd551b6& b)
{
    return Layer_4dd551b6();
}

CUDA_CALLABLE void adj_atomic_add(Layer_4dd551b6* p, Layer_4dd551b6 t)
{
    adj_atomic_add(&p->xf, t.xf);
    wp::adj_atomic_add(&p->weight, t.weight);
    wp::adj_atomic_add(&p->active, t.active);
}



struct Stack_ec1f5054
{
    Layer_4dd551b6 base;
    Layer_4dd551b6 top;
    wp::array_t<wp::int32> ids;


    Stack_ec1f5054() = default;
    CUDA_CALLABLE Stack_ec1f5054(Layer_4dd551b6 const& base,
    Layer_4dd551b6 const& top = {},
    wp::array_t<wp::int32> const& ids = {})
        : base{base}
        , top{top}
        , ids{ids}

    {
    }

    CUDA_CALLABLE Stack_ec1f5054& operator += (const Stack_ec1f5054& rhs)
    {    base += rhs.base;
    top += rhs.top;

        return *this;}

};

static CUDA_CALLABLE void adj_Stack_ec1f5054(Layer_4dd551b6 const&,
    Layer_4dd551b6 const&,
    wp::array_t<wp::int32> const&,
    Layer_4dd551b6 & adj_base,
    Layer_4dd551b6 & adj_top,
    wp::array_t<wp::int32> & adj_ids,
    Stack_ec1f5054 & adj_ret)
{
    adj_base += adj_ret.base;
    adj_top += adj_ret.top;
    adj_ids = adj_ret.ids;
}

// Required when compiling adjoints.
CUDA_CALLABLE Stack_ec1f5054 add(const Stack_ec1f5054& a, const Stack_ec1f5054& b)
{
    return Stack_ec1f5054();
}

CUDA_CALLABLE void adj_atomic_add(Stack_ec1f5054* p, Stack_ec1f5054 t)
{
    adj_atomic_add(&p->base, t.base);
    adj_atomic_add(&p->top, t.top);
    wp::adj_atomic_add(&p->ids, t.ids);
}



// corpus/145_struct_ctor_nested_layers.py:38
static wp::vec_t<2, wp::float32> apply_xf_0(
    Transform2D_8ff43c86 var_t,
    wp::vec_t<2, wp::float32> var_p)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 1;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 0;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 1;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::vec_t<2, wp::float32> var_20;
    wp::float32* var_21;
    wp::vec_t<2, wp::float32> var_22;
    wp::float32 var_23;
    wp::vec_t<2, wp::float32>* var_24;
    wp::vec_t<2, wp::float32> var_25;
    wp::vec_t<2, wp::float32> var_26;
    //---------
    // forward
    // def apply_xf(t: Transform2D, p: wp.vec2) -> wp.vec2:                                   <L 39>
    // c = wp.cos(t.angle)                                                                    <L 40>
    var_0 = &(var_t.angle);
    var_2 = wp::load(var_0);
    var_1 = wp::cos(var_2);
    // s = wp.sin(t.angle)                                                                    <L 41>
    var_3 = &(var_t.angle);
    var_5 = wp::load(var_3);
    var_4 = wp::sin(var_5);
    // q = wp.vec2(c * p[0] - s * p[1], s * p[0] + c * p[1])                                  <L 42>
    var_7 = wp::extract(var_p, var_6);
    var_8 = wp::mul(var_1, var_7);
    var_10 = wp::extract(var_p, var_9);
    var_11 = wp::mul(var_4, var_10);
    var_12 = wp::sub(var_8, var_11);
    var_14 = wp::extract(var_p, var_13);
    var_15 = wp::mul(var_4, var_14);
    var_17 = wp::extract(var_p, var_16);
    var_18 = wp::mul(var_1, var_17);
    var_19 = wp::add(var_15, var_18);
    var_20 = wp::vec_t<2, wp::float32>(var_12, var_19);
    // return q * t.scale + t.offset                                                          <L 43>
    var_21 = &(var_t.scale);
    var_23 = wp::load(var_21);
    var_22 = wp::mul(var_20, var_23);
    var_24 = &(var_t.offset);
    var_26 = wp::load(var_24);
    var_25 = wp::add(var_22, var_26);
    return var_25;
}


// corpus/145_struct_ctor_nested_layers.py:46
static Transform2D_8ff43c86 compose_0(
    Transform2D_8ff43c86 var_a,
    Transform2D_8ff43c86 var_b)
{
    //---------
    // primal vars
    wp::vec_t<2, wp::float32>* var_0;
    wp::vec_t<2, wp::float32> var_1;
    wp::vec_t<2, wp::float32> var_2;
    wp::float32* var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32* var_8;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    Transform2D_8ff43c86 var_13;
    //---------
    // forward
    // def compose(a: Transform2D, b: Transform2D) -> Transform2D:                            <L 47>
    // o = apply_xf(a, b.offset)                                                              <L 48>
    var_0 = &(var_b.offset);
    var_2 = wp::load(var_0);
    var_1 = apply_xf_0(var_a, var_2);
    // return Transform2D(o, a.angle + b.angle, a.scale * b.scale)                            <L 49>
    var_3 = &(var_a.angle);
    var_4 = &(var_b.angle);
    var_6 = wp::load(var_3);
    var_7 = wp::load(var_4);
    var_5 = wp::add(var_6, var_7);
    var_8 = &(var_a.scale);
    var_9 = &(var_b.scale);
    var_11 = wp::load(var_8);
    var_12 = wp::load(var_9);
    var_10 = wp::mul(var_11, var_12);
    var_13 = Transform2D_8ff43c86(var_1, var_5, var_10);
    return var_13;
}


// corpus/145_struct_ctor_nested_layers.py:33
static Transform2D_8ff43c86 make_xf_0(
    wp::vec_t<2, wp::float32> var_o,
    wp::float32 var_a,
    wp::float32 var_s)
{
    //---------
    // primal vars
    Transform2D_8ff43c86 var_0;
    //---------
    // forward
    // def make_xf(o: wp.vec2, a: float, s: float) -> Transform2D:                            <L 34>
    // return Transform2D(o, a, s)                                                            <L 35>
    var_0 = Transform2D_8ff43c86(var_o, var_a, var_s);
    return var_0;
}


// corpus/145_struct_ctor_nested_layers.py:38
static void adj_apply_xf_0(
    Transform2D_8ff43c86 var_t,
    wp::vec_t<2, wp::float32> var_p,
    Transform2D_8ff43c86 & adj_t,
    wp::vec_t<2, wp::float32> & adj_p,
    wp::vec_t<2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 1;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 0;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 1;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::vec_t<2, wp::float32> var_20;
    wp::float32* var_21;
    wp::vec_t<2, wp::float32> var_22;
    wp::float32 var_23;
    wp::vec_t<2, wp::float32>* var_24;
    wp::vec_t<2, wp::float32> var_25;
    wp::vec_t<2, wp::float32> var_26;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::vec_t<2, wp::float32> adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<2, wp::float32> adj_22 = {};
    wp::float32 adj_23 = {};
    wp::vec_t<2, wp::float32> adj_24 = {};
    wp::vec_t<2, wp::float32> adj_25 = {};
    wp::vec_t<2, wp::float32> adj_26 = {};
    //---------
    // forward
    // def apply_xf(t: Transform2D, p: wp.vec2) -> wp.vec2:                                   <L 39>
    // c = wp.cos(t.angle)                                                                    <L 40>
    var_0 = &(var_t.angle);
    var_2 = wp::load(var_0);
    var_1 = wp::cos(var_2);
    // s = wp.sin(t.angle)                                                                    <L 41>
    var_3 = &(var_t.angle);
    var_5 = wp::load(var_3);
    var_4 = wp::sin(var_5);
    // q = wp.vec2(c * p[0] - s * p[1], s * p[0] + c * p[1])                                  <L 42>
    var_7 = wp::extract(var_p, var_6);
    var_8 = wp::mul(var_1, var_7);
    var_10 = wp::extract(var_p, var_9);
    var_11 = wp::mul(var_4, var_10);
    var_12 = wp::sub(var_8, var_11);
    var_14 = wp::extract(var_p, var_13);
    var_15 = wp::mul(var_4, var_14);
    var_17 = wp::extract(var_p, var_16);
    var_18 = wp::mul(var_1, var_17);
    var_19 = wp::add(var_15, var_18);
    var_20 = wp::vec_t<2, wp::float32>(var_12, var_19);
    // return q * t.scale + t.offset                                                          <L 43>
    var_21 = &(var_t.scale);
    var_23 = wp::load(var_21);
    var_22 = wp::mul(var_20, var_23);
    var_24 = &(var_t.offset);
    var_26 = wp::load(var_24);
    var_25 = wp::add(var_22, var_26);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_25 += adj_ret;
    wp::adj_add(var_22, var_26, adj_22, adj_24, adj_25);
    adj_t.offset += adj_24;
    wp::adj_mul(var_20, var_23, adj_20, adj_21, adj_22);
    adj_t.scale += adj_21;
    // adj: return q * t.scale + t.offset                                                     <L 43>
    wp::adj_vec_t(var_12, var_19, adj_12, adj_19, adj_20);
    wp::adj_add(var_15, var_18, adj_15, adj_18, adj_19);
    wp::adj_mul(var_1, var_17, adj_1, adj_17, adj_18);
    wp::adj_extract(var_p, var_16, adj_p, adj_16, adj_17);
    wp::adj_mul(var_4, var_14, adj_4, adj_14, adj_15);
    wp::adj_extract(var_p, var_13, adj_p, adj_13, adj_14);
    wp::adj_sub(var_8, var_11, adj_8, adj_11, adj_12);
    wp::adj_mul(var_4, var_10, adj_4, adj_10, adj_11);
    wp::adj_extract(var_p, var_9, adj_p, adj_9, adj_10);
    wp::adj_mul(var_1, var_7, adj_1, adj_7, adj_8);
    wp::adj_extract(var_p, var_6, adj_p, adj_6, adj_7);
    // adj: q = wp.vec2(c * p[0] - s * p[1], s * p[0] + c * p[1])                             <L 42>
    wp::adj_sin(var_5, adj_3, adj_4);
    adj_t.angle += adj_3;
    // adj: s = wp.sin(t.angle)                                                               <L 41>
    wp::adj_cos(var_2, adj_0, adj_1);
    adj_t.angle += adj_0;
    // adj: c = wp.cos(t.angle)                                                               <L 40>
    // adj: def apply_xf(t: Transform2D, p: wp.vec2) -> wp.vec2:                              <L 39>
    return;
}


// corpus/145_struct_ctor_nested_layers.py:46
static void adj_compose_0(
    Transform2D_8ff43c86 var_a,
    Transform2D_8ff43c86 var_b,
    Transform2D_8ff43c86 & adj_a,
    Transform2D_8ff43c86 & adj_b,
    Transform2D_8ff43c86 & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<2, wp::float32>* var_0;
    wp::vec_t<2, wp::float32> var_1;
    wp::vec_t<2, wp::float32> var_2;
    wp::float32* var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32* var_8;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    Transform2D_8ff43c86 var_13;
    //---------
    // dual vars
    wp::vec_t<2, wp::float32> adj_0 = {};
    wp::vec_t<2, wp::float32> adj_1 = {};
    wp::vec_t<2, wp::float32> adj_2 = {};
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
    Transform2D_8ff43c86 adj_13 = {};
    //---------
    // forward
    // def compose(a: Transform2D, b: Transform2D) -> Transform2D:                            <L 47>
    // o = apply_xf(a, b.offset)                                                              <L 48>
    var_0 = &(var_b.offset);
    var_2 = wp::load(var_0);
    var_1 = apply_xf_0(var_a, var_2);
    // return Transform2D(o, a.angle + b.angle, a.scale * b.scale)                            <L 49>
    var_3 = &(var_a.angle);
    var_4 = &(var_b.angle);
    var_6 = wp::load(var_3);
    var_7 = wp::load(var_4);
    var_5 = wp::add(var_6, var_7);
    var_8 = &(var_a.scale);
    var_9 = &(var_b.scale);
    var_11 = wp::load(var_8);
    var_12 = wp::load(var_9);
    var_10 = wp::mul(var_11, var_12);
    var_13 = Transform2D_8ff43c86(var_1, var_5, var_10);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_13 += adj_ret;
    adj_Transform2D_8ff43c86(var_1, var_5, var_10, adj_1, adj_5, adj_10, adj_13);
    wp::adj_mul(var_11, var_12, adj_8, adj_9, adj_10);
    adj_b.scale += adj_9;
    adj_a.scale += adj_8;
    wp::adj_add(var_6, var_7, adj_3, adj_4, adj_5);
    adj_b.angle += adj_4;
    adj_a.angle += adj_3;
    // adj: return Transform2D(o, a.angle + b.angle, a.scale * b.scale)                       <L 49>
    adj_apply_xf_0(var_a, var_2, adj_a, adj_0, adj_1);
    adj_b.offset += adj_0;
    // adj: o = apply_xf(a, b.offset)                                                         <L 48>
    // adj: def compose(a: Transform2D, b: Transform2D) -> Transform2D:                       <L 47>
    return;
}


// corpus/145_struct_ctor_nested_layers.py:33
static void adj_make_xf_0(
    wp::vec_t<2, wp::float32> var_o,
    wp::float32 var_a,
    wp::float32 var_s,
    wp::vec_t<2, wp::float32> & adj_o,
    wp::float32 & adj_a,
    wp::float32 & adj_s,
    Transform2D_8ff43c86 & adj_ret)
{
    //---------
    // primal vars
    Transform2D_8ff43c86 var_0;
    //---------
    // dual vars
    Transform2D_8ff43c86 adj_0 = {};
    //---------
    // forward
    // def make_xf(o: wp.vec2, a: float, s: float) -> Transform2D:                            <L 34>
    // return Transform2D(o, a, s)                                                            <L 35>
    var_0 = Transform2D_8ff43c86(var_o, var_a, var_s);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    adj_Transform2D_8ff43c86(var_o, var_a, var_s, adj_o, adj_a, adj_s, adj_0);
    // adj: return Transform2D(o, a, s)                                                       <L 35>
    // adj: def make_xf(o: wp.vec2, a: float, s: float) -> Transform2D:                       <L 34>
    return;
}

struct wp_args_build_springs_16dd919e {
    wp::int32 n;
    wp::float32 k;
    wp::array_t<Spring_0d35531d> springs;
};


void build_springs_16dd919e_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_build_springs_16dd919e *_wp_args)
{
    //---------
    // argument vars
    wp::int32 var_n = _wp_args->n;
    wp::float32 var_k = _wp_args->k;
    wp::array_t<Spring_0d35531d> var_springs = _wp_args->springs;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    wp::float32 var_6;
    Spring_0d35531d var_7;
    //---------
    // forward
    // def build_springs(n: int, k: float, springs: wp.array(dtype=Spring)):                  <L 53>
    // i = wp.tid()                                                                           <L 54>
    var_0 = builtin_tid1d();
    // springs[i] = Spring(i, (i + 1) % n, 1.0 / float(n), k)                                 <L 55>
    var_2 = wp::add(var_0, var_1);
    var_3 = wp::mod(var_2, var_n);
    var_5 = wp::float(var_n);
    var_6 = wp::div(var_4, var_5);
    var_7 = Spring_0d35531d(var_0, var_3, var_6, var_k);
    wp::array_store(var_springs, var_0, var_7);
}



void build_springs_16dd919e_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_build_springs_16dd919e *_wp_args,
    wp_args_build_springs_16dd919e *_wp_adj_args)
{
    //---------
    // argument vars
    wp::int32 var_n = _wp_args->n;
    wp::float32 var_k = _wp_args->k;
    wp::array_t<Spring_0d35531d> var_springs = _wp_args->springs;
    wp::int32 adj_n = _wp_adj_args->n;
    wp::float32 adj_k = _wp_adj_args->k;
    wp::array_t<Spring_0d35531d> adj_springs = _wp_adj_args->springs;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    wp::float32 var_6;
    Spring_0d35531d var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    Spring_0d35531d adj_7 = {};
    //---------
    // forward
    // def build_springs(n: int, k: float, springs: wp.array(dtype=Spring)):                  <L 53>
    // i = wp.tid()                                                                           <L 54>
    var_0 = builtin_tid1d();
    // springs[i] = Spring(i, (i + 1) % n, 1.0 / float(n), k)                                 <L 55>
    var_2 = wp::add(var_0, var_1);
    var_3 = wp::mod(var_2, var_n);
    var_5 = wp::float(var_n);
    var_6 = wp::div(var_4, var_5);
    var_7 = Spring_0d35531d(var_0, var_3, var_6, var_k);
    // wp::array_store(var_springs, var_0, var_7);
    //---------
    // reverse
    wp::adj_array_store(var_springs, var_0, var_7, adj_springs, adj_0, adj_7);
    adj_Spring_0d35531d(var_0, var_3, var_6, var_k, adj_0, adj_3, adj_6, adj_k, adj_7);
    wp::adj_div(var_4, var_5, var_6, adj_4, adj_5, adj_6);
    wp::adj_float(var_n, adj_n, adj_5);
    wp::adj_mod(var_2, var_n, adj_2, adj_n, adj_3);
    wp::adj_add(var_0, var_1, adj_0, adj_1, adj_2);
    // adj: springs[i] = Spring(i, (i + 1) % n, 1.0 / float(n), k)                            <L 55>
    // adj: i = wp.tid()                                                                      <L 54>
    // adj: def build_springs(n: int, k: float, springs: wp.array(dtype=Spring)):             <L 53>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void build_springs_16dd919e_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_build_springs_16dd919e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        build_springs_16dd919e_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void build_springs_16dd919e_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_build_springs_16dd919e *_wp_args,
    wp_args_build_springs_16dd919e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        build_springs_16dd919e_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_spring_energy_a8c4eae8 {
    wp::array_t<Spring_0d35531d> springs;
    wp::array_t<wp::vec_t<2, wp::float32>> x;
    wp::array_t<wp::float32> e;
};


void spring_energy_a8c4eae8_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_spring_energy_a8c4eae8 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Spring_0d35531d> var_springs = _wp_args->springs;
    wp::array_t<wp::vec_t<2, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_e = _wp_args->e;
    //---------
    // primal vars
    wp::int32 var_0;
    Spring_0d35531d* var_1;
    Spring_0d35531d var_2;
    Spring_0d35531d var_3;
    wp::int32* var_4;
    wp::vec_t<2, wp::float32>* var_5;
    wp::int32 var_6;
    wp::int32* var_7;
    wp::vec_t<2, wp::float32>* var_8;
    wp::int32 var_9;
    wp::vec_t<2, wp::float32> var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::vec_t<2, wp::float32> var_12;
    wp::float32 var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 0;
    const wp::float32 var_18 = 0.5;
    wp::float32* var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    //---------
    // forward
    // def spring_energy(springs: wp.array(dtype=Spring), x: wp.array(dtype=wp.vec2), e: wp.array(dtype=float)):       <L 59>
    // i = wp.tid()                                                                           <L 60>
    var_0 = builtin_tid1d();
    // s = springs[i]                                                                         <L 61>
    var_1 = wp::address(var_springs, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // d = wp.length(x[s.b] - x[s.a]) - s.rest                                                <L 62>
    var_4 = &(var_2.b);
    var_6 = wp::load(var_4);
    var_5 = wp::address(var_x, var_6);
    var_7 = &(var_2.a);
    var_9 = wp::load(var_7);
    var_8 = wp::address(var_x, var_9);
    var_11 = wp::load(var_5);
    var_12 = wp::load(var_8);
    var_10 = wp::sub(var_11, var_12);
    var_13 = wp::length(var_10);
    var_14 = &(var_2.rest);
    var_16 = wp::load(var_14);
    var_15 = wp::sub(var_13, var_16);
    // wp.atomic_add(e, 0, 0.5 * s.k * d * d)                                                 <L 63>
    var_19 = &(var_2.k);
    var_21 = wp::load(var_19);
    var_20 = wp::mul(var_18, var_21);
    var_22 = wp::mul(var_20, var_15);
    var_23 = wp::mul(var_22, var_15);
    var_24 = wp::atomic_add(var_e, var_17, var_23);
}



void spring_energy_a8c4eae8_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_spring_energy_a8c4eae8 *_wp_args,
    wp_args_spring_energy_a8c4eae8 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<Spring_0d35531d> var_springs = _wp_args->springs;
    wp::array_t<wp::vec_t<2, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_e = _wp_args->e;
    wp::array_t<Spring_0d35531d> adj_springs = _wp_adj_args->springs;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float32> adj_e = _wp_adj_args->e;
    //---------
    // primal vars
    wp::int32 var_0;
    Spring_0d35531d* var_1;
    Spring_0d35531d var_2;
    Spring_0d35531d var_3;
    wp::int32* var_4;
    wp::vec_t<2, wp::float32>* var_5;
    wp::int32 var_6;
    wp::int32* var_7;
    wp::vec_t<2, wp::float32>* var_8;
    wp::int32 var_9;
    wp::vec_t<2, wp::float32> var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::vec_t<2, wp::float32> var_12;
    wp::float32 var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 0;
    const wp::float32 var_18 = 0.5;
    wp::float32* var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    Spring_0d35531d adj_1 = {};
    Spring_0d35531d adj_2 = {};
    Spring_0d35531d adj_3 = {};
    wp::int32 adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::vec_t<2, wp::float32> adj_8 = {};
    wp::int32 adj_9 = {};
    wp::vec_t<2, wp::float32> adj_10 = {};
    wp::vec_t<2, wp::float32> adj_11 = {};
    wp::vec_t<2, wp::float32> adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    //---------
    // forward
    // def spring_energy(springs: wp.array(dtype=Spring), x: wp.array(dtype=wp.vec2), e: wp.array(dtype=float)):       <L 59>
    // i = wp.tid()                                                                           <L 60>
    var_0 = builtin_tid1d();
    // s = springs[i]                                                                         <L 61>
    var_1 = wp::address(var_springs, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // d = wp.length(x[s.b] - x[s.a]) - s.rest                                                <L 62>
    var_4 = &(var_2.b);
    var_6 = wp::load(var_4);
    var_5 = wp::address(var_x, var_6);
    var_7 = &(var_2.a);
    var_9 = wp::load(var_7);
    var_8 = wp::address(var_x, var_9);
    var_11 = wp::load(var_5);
    var_12 = wp::load(var_8);
    var_10 = wp::sub(var_11, var_12);
    var_13 = wp::length(var_10);
    var_14 = &(var_2.rest);
    var_16 = wp::load(var_14);
    var_15 = wp::sub(var_13, var_16);
    // wp.atomic_add(e, 0, 0.5 * s.k * d * d)                                                 <L 63>
    var_19 = &(var_2.k);
    var_21 = wp::load(var_19);
    var_20 = wp::mul(var_18, var_21);
    var_22 = wp::mul(var_20, var_15);
    var_23 = wp::mul(var_22, var_15);
    // var_24 = wp::atomic_add(var_e, var_17, var_23);
    //---------
    // reverse
    wp::adj_atomic_add(var_e, var_17, var_23, adj_e, adj_17, adj_23, adj_24);
    wp::adj_mul(var_22, var_15, adj_22, adj_15, adj_23);
    wp::adj_mul(var_20, var_15, adj_20, adj_15, adj_22);
    wp::adj_mul(var_18, var_21, adj_18, adj_19, adj_20);
    adj_2.k += adj_19;
    // adj: wp.atomic_add(e, 0, 0.5 * s.k * d * d)                                            <L 63>
    wp::adj_sub(var_13, var_16, adj_13, adj_14, adj_15);
    adj_2.rest += adj_14;
    wp::adj_length(var_10, var_13, adj_10, adj_13);
    wp::adj_sub(var_11, var_12, adj_5, adj_8, adj_10);
    wp::adj_address(var_x, var_9, adj_x, adj_7, adj_8);
    adj_2.a = adj_7;
    wp::adj_address(var_x, var_6, adj_x, adj_4, adj_5);
    adj_2.b = adj_4;
    // adj: d = wp.length(x[s.b] - x[s.a]) - s.rest                                           <L 62>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_springs, var_0, adj_springs, adj_0, adj_1);
    // adj: s = springs[i]                                                                    <L 61>
    // adj: i = wp.tid()                                                                      <L 60>
    // adj: def spring_energy(springs: wp.array(dtype=Spring), x: wp.array(dtype=wp.vec2), e: wp.array(dtype=float)):  <L 59>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void spring_energy_a8c4eae8_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_spring_energy_a8c4eae8 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        spring_energy_a8c4eae8_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void spring_energy_a8c4eae8_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_spring_energy_a8c4eae8 *_wp_args,
    wp_args_spring_energy_a8c4eae8 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        spring_energy_a8c4eae8_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_layered_8491a40e {
    Stack_ec1f5054 stack;
    wp::array_t<wp::vec_t<2, wp::float32>> pts;
    wp::array_t<wp::vec_t<2, wp::float32>> out;
};


void layered_8491a40e_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_layered_8491a40e *_wp_args)
{
    //---------
    // argument vars
    Stack_ec1f5054 var_stack = _wp_args->stack;
    wp::array_t<wp::vec_t<2, wp::float32>> var_pts = _wp_args->pts;
    wp::array_t<wp::vec_t<2, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32>* var_1;
    wp::vec_t<2, wp::float32> var_2;
    wp::vec_t<2, wp::float32> var_3;
    Layer_4dd551b6* var_4;
    Transform2D_8ff43c86* var_5;
    Transform2D_8ff43c86 var_6;
    Transform2D_8ff43c86 var_7;
    Layer_4dd551b6* var_8;
    bool* var_9;
    bool var_10;
    Layer_4dd551b6* var_11;
    Transform2D_8ff43c86* var_12;
    Layer_4dd551b6* var_13;
    Transform2D_8ff43c86* var_14;
    Transform2D_8ff43c86 var_15;
    Transform2D_8ff43c86 var_16;
    Transform2D_8ff43c86 var_17;
    bool var_18;
    Transform2D_8ff43c86 var_19;
    bool var_20;
    wp::vec_t<2, wp::float32> var_21;
    Layer_4dd551b6* var_22;
    wp::float32* var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    Layer_4dd551b6* var_26;
    bool* var_27;
    bool var_28;
    Layer_4dd551b6* var_29;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    bool var_33;
    wp::float32 var_34;
    bool var_35;
    wp::vec_t<2, wp::float32> var_36;
    wp::array_t<wp::int32>* var_37;
    wp::int32* var_38;
    wp::array_t<wp::int32> var_39;
    wp::int32 var_40;
    //---------
    // forward
    // def layered(stack: Stack, pts: wp.array(dtype=wp.vec2), out: wp.array(dtype=wp.vec2)):       <L 67>
    // i = wp.tid()                                                                           <L 68>
    var_0 = builtin_tid1d();
    // p = pts[i]                                                                             <L 69>
    var_1 = wp::address(var_pts, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // t = stack.base.xf                                                                      <L 70>
    var_4 = &(var_stack.base);
    var_5 = &(var_4->xf);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // if stack.top.active:                                                                   <L 71>
    var_8 = &(var_stack.top);
    var_9 = &(var_8->active);
    var_10 = wp::load(var_9);
    if (var_10) {
        // t = compose(stack.base.xf, stack.top.xf)                                           <L 72>
        var_11 = &(var_stack.base);
        var_12 = &(var_11->xf);
        var_13 = &(var_stack.top);
        var_14 = &(var_13->xf);
        var_16 = wp::load(var_12);
        var_17 = wp::load(var_14);
        var_15 = compose_0(var_16, var_17);
    }
    var_18 = wp::load(var_9);
    var_20 = wp::load(var_9);
    var_19 = wp::where(var_20, var_15, var_6);
    // q = apply_xf(t, p)                                                                     <L 73>
    var_21 = apply_xf_0(var_19, var_2);
    // w = stack.base.weight                                                                  <L 74>
    var_22 = &(var_stack.base);
    var_23 = &(var_22->weight);
    var_25 = wp::load(var_23);
    var_24 = wp::copy(var_25);
    // if stack.top.active:                                                                   <L 75>
    var_26 = &(var_stack.top);
    var_27 = &(var_26->active);
    var_28 = wp::load(var_27);
    if (var_28) {
        // w = w + stack.top.weight                                                           <L 76>
        var_29 = &(var_stack.top);
        var_30 = &(var_29->weight);
        var_32 = wp::load(var_30);
        var_31 = wp::add(var_24, var_32);
    }
    var_33 = wp::load(var_27);
    var_35 = wp::load(var_27);
    var_34 = wp::where(var_35, var_31, var_24);
    // out[stack.ids[i]] = q * w                                                              <L 77>
    var_36 = wp::mul(var_21, var_34);
    var_37 = &(var_stack.ids);
    var_39 = wp::load(var_37);
    var_38 = wp::address(var_39, var_0);
    var_40 = wp::load(var_38);
    wp::array_store(var_out, var_40, var_36);
}



void layered_8491a40e_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_layered_8491a40e *_wp_args,
    wp_args_layered_8491a40e *_wp_adj_args)
{
    //---------
    // argument vars
    Stack_ec1f5054 var_stack = _wp_args->stack;
    wp::array_t<wp::vec_t<2, wp::float32>> var_pts = _wp_args->pts;
    wp::array_t<wp::vec_t<2, wp::float32>> var_out = _wp_args->out;
    Stack_ec1f5054 adj_stack = _wp_adj_args->stack;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_pts = _wp_adj_args->pts;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32>* var_1;
    wp::vec_t<2, wp::float32> var_2;
    wp::vec_t<2, wp::float32> var_3;
    Layer_4dd551b6* var_4;
    Transform2D_8ff43c86* var_5;
    Transform2D_8ff43c86 var_6;
    Transform2D_8ff43c86 var_7;
    Layer_4dd551b6* var_8;
    bool* var_9;
    bool var_10;
    Layer_4dd551b6* var_11;
    Transform2D_8ff43c86* var_12;
    Layer_4dd551b6* var_13;
    Transform2D_8ff43c86* var_14;
    Transform2D_8ff43c86 var_15;
    Transform2D_8ff43c86 var_16;
    Transform2D_8ff43c86 var_17;
    bool var_18;
    Transform2D_8ff43c86 var_19;
    bool var_20;
    wp::vec_t<2, wp::float32> var_21;
    Layer_4dd551b6* var_22;
    wp::float32* var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    Layer_4dd551b6* var_26;
    bool* var_27;
    bool var_28;
    Layer_4dd551b6* var_29;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    bool var_33;
    wp::float32 var_34;
    bool var_35;
    wp::vec_t<2, wp::float32> var_36;
    wp::array_t<wp::int32>* var_37;
    wp::int32* var_38;
    wp::array_t<wp::int32> var_39;
    wp::int32 var_40;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<2, wp::float32> adj_1 = {};
    wp::vec_t<2, wp::float32> adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    Layer_4dd551b6 adj_4 = {};
    Transform2D_8ff43c86 adj_5 = {};
    Transform2D_8ff43c86 adj_6 = {};
    Transform2D_8ff43c86 adj_7 = {};
    Layer_4dd551b6 adj_8 = {};
    bool adj_9 = {};
    bool adj_10 = {};
    Layer_4dd551b6 adj_11 = {};
    Transform2D_8ff43c86 adj_12 = {};
    Layer_4dd551b6 adj_13 = {};
    Transform2D_8ff43c86 adj_14 = {};
    Transform2D_8ff43c86 adj_15 = {};
    Transform2D_8ff43c86 adj_16 = {};
    Transform2D_8ff43c86 adj_17 = {};
    bool adj_18 = {};
    Transform2D_8ff43c86 adj_19 = {};
    bool adj_20 = {};
    wp::vec_t<2, wp::float32> adj_21 = {};
    Layer_4dd551b6 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    Layer_4dd551b6 adj_26 = {};
    bool adj_27 = {};
    bool adj_28 = {};
    Layer_4dd551b6 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    bool adj_33 = {};
    wp::float32 adj_34 = {};
    bool adj_35 = {};
    wp::vec_t<2, wp::float32> adj_36 = {};
    wp::array_t<wp::int32> adj_37 = {};
    wp::int32 adj_38 = {};
    wp::array_t<wp::int32> adj_39 = {};
    wp::int32 adj_40 = {};
    //---------
    // forward
    // def layered(stack: Stack, pts: wp.array(dtype=wp.vec2), out: wp.array(dtype=wp.vec2)):       <L 67>
    // i = wp.tid()                                                                           <L 68>
    var_0 = builtin_tid1d();
    // p = pts[i]                                                                             <L 69>
    var_1 = wp::address(var_pts, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // t = stack.base.xf                                                                      <L 70>
    var_4 = &(var_stack.base);
    var_5 = &(var_4->xf);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // if stack.top.active:                                                                   <L 71>
    var_8 = &(var_stack.top);
    var_9 = &(var_8->active);
    var_10 = wp::load(var_9);
    if (var_10) {
        // t = compose(stack.base.xf, stack.top.xf)                                           <L 72>
        var_11 = &(var_stack.base);
        var_12 = &(var_11->xf);
        var_13 = &(var_stack.top);
        var_14 = &(var_13->xf);
        var_16 = wp::load(var_12);
        var_17 = wp::load(var_14);
        var_15 = compose_0(var_16, var_17);
    }
    var_18 = wp::load(var_9);
    var_20 = wp::load(var_9);
    var_19 = wp::where(var_20, var_15, var_6);
    // q = apply_xf(t, p)                                                                     <L 73>
    var_21 = apply_xf_0(var_19, var_2);
    // w = stack.base.weight                                                                  <L 74>
    var_22 = &(var_stack.base);
    var_23 = &(var_22->weight);
    var_25 = wp::load(var_23);
    var_24 = wp::copy(var_25);
    // if stack.top.active:                                                                   <L 75>
    var_26 = &(var_stack.top);
    var_27 = &(var_26->active);
    var_28 = wp::load(var_27);
    if (var_28) {
        // w = w + stack.top.weight                                                           <L 76>
        var_29 = &(var_stack.top);
        var_30 = &(var_29->weight);
        var_32 = wp::load(var_30);
        var_31 = wp::add(var_24, var_32);
    }
    var_33 = wp::load(var_27);
    var_35 = wp::load(var_27);
    var_34 = wp::where(var_35, var_31, var_24);
    // out[stack.ids[i]] = q * w                                                              <L 77>
    var_36 = wp::mul(var_21, var_34);
    var_37 = &(var_stack.ids);
    var_39 = wp::load(var_37);
    var_38 = wp::address(var_39, var_0);
    var_40 = wp::load(var_38);
    // wp::array_store(var_out, var_40, var_36);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_40, var_36, adj_out, adj_38, adj_36);
    wp::adj_address(var_39, var_0, adj_37, adj_0, adj_38);
    adj_stack.ids = adj_37;
    wp::adj_mul(var_21, var_34, adj_21, adj_34, adj_36);
    // adj: out[stack.ids[i]] = q * w                                                         <L 77>
    wp::adj_where(var_35, var_31, var_24, adj_27, adj_31, adj_24, adj_34);
    if (var_33) {
        wp::adj_add(var_24, var_32, adj_24, adj_30, adj_31);
        adj_29.weight += adj_30;
        adj_stack.top += adj_29;
        // adj: w = w + stack.top.weight                                                      <L 76>
    }
    adj_26.active = adj_27;
    adj_stack.top += adj_26;
    // adj: if stack.top.active:                                                              <L 75>
    wp::adj_copy(var_25, adj_23, adj_24);
    adj_22.weight += adj_23;
    adj_stack.base += adj_22;
    // adj: w = stack.base.weight                                                             <L 74>
    adj_apply_xf_0(var_19, var_2, adj_19, adj_2, adj_21);
    // adj: q = apply_xf(t, p)                                                                <L 73>
    wp::adj_where(var_20, var_15, var_6, adj_9, adj_15, adj_6, adj_19);
    if (var_18) {
        adj_compose_0(var_16, var_17, adj_12, adj_14, adj_15);
        adj_13.xf += adj_14;
        adj_stack.top += adj_13;
        adj_11.xf += adj_12;
        adj_stack.base += adj_11;
        // adj: t = compose(stack.base.xf, stack.top.xf)                                      <L 72>
    }
    adj_8.active = adj_9;
    adj_stack.top += adj_8;
    // adj: if stack.top.active:                                                              <L 71>
    wp::adj_copy(var_7, adj_5, adj_6);
    adj_4.xf += adj_5;
    adj_stack.base += adj_4;
    // adj: t = stack.base.xf                                                                 <L 70>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_pts, var_0, adj_pts, adj_0, adj_1);
    // adj: p = pts[i]                                                                        <L 69>
    // adj: i = wp.tid()                                                                      <L 68>
    // adj: def layered(stack: Stack, pts: wp.array(dtype=wp.vec2), out: wp.array(dtype=wp.vec2)):  <L 67>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void layered_8491a40e_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_layered_8491a40e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        layered_8491a40e_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void layered_8491a40e_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_layered_8491a40e *_wp_args,
    wp_args_layered_8491a40e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        layered_8491a40e_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_modify_layers_f67be625 {
    wp::array_t<Layer_4dd551b6> layers;
    wp::float32 dt;
};


void modify_layers_f67be625_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_modify_layers_f67be625 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Layer_4dd551b6> var_layers = _wp_args->layers;
    wp::float32 var_dt = _wp_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    Layer_4dd551b6* var_1;
    Layer_4dd551b6 var_2;
    Layer_4dd551b6 var_3;
    Transform2D_8ff43c86* var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    Transform2D_8ff43c86* var_8;
    Transform2D_8ff43c86* var_9;
    wp::float32* var_10;
    Transform2D_8ff43c86* var_11;
    wp::vec_t<2, wp::float32>* var_12;
    const wp::float32 var_13 = 0.0;
    wp::vec_t<2, wp::float32> var_14;
    wp::vec_t<2, wp::float32> var_15;
    wp::vec_t<2, wp::float32> var_16;
    Transform2D_8ff43c86* var_17;
    Transform2D_8ff43c86* var_18;
    wp::vec_t<2, wp::float32>* var_19;
    const wp::float32 var_20 = 1.01;
    Transform2D_8ff43c86* var_21;
    wp::float32* var_22;
    const wp::float32 var_23 = 1.01;
    wp::float32 var_24;
    wp::float32 var_25;
    Transform2D_8ff43c86* var_26;
    Transform2D_8ff43c86* var_27;
    wp::float32* var_28;
    Transform2D_8ff43c86* var_29;
    wp::float32* var_30;
    const wp::float32 var_31 = 2.0;
    bool var_32;
    wp::float32 var_33;
    const bool var_34 = false;
    bool* var_35;
    Layer_4dd551b6* var_36;
    wp::float32* var_37;
    const wp::float32 var_38 = 0.5;
    wp::float32 var_39;
    wp::float32 var_40;
    Layer_4dd551b6* var_41;
    Layer_4dd551b6* var_42;
    wp::float32* var_43;
    const wp::float32 var_44 = 0.0;
    Layer_4dd551b6* var_45;
    Transform2D_8ff43c86* var_46;
    wp::vec_t<2, wp::float32>* var_47;
    const wp::int32 var_48 = 1;
    wp::float32* var_49;
    //---------
    // forward
    // def modify_layers(layers: wp.array(dtype=Layer), dt: float):                           <L 81>
    // i = wp.tid()                                                                           <L 82>
    var_0 = builtin_tid1d();
    // l = layers[i]                                                                          <L 83>
    var_1 = wp::address(var_layers, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // l.xf.angle = l.xf.angle + dt                                                           <L 84>
    var_4 = &(var_2.xf);
    var_5 = &(var_4->angle);
    var_7 = wp::load(var_5);
    var_6 = wp::add(var_7, var_dt);
    var_8 = &(var_2.xf);
    var_9 = &(var_2.xf);
    var_10 = &(var_9->angle);
    wp::store(var_10, var_6);
    // l.xf.offset = l.xf.offset + wp.vec2(dt, 0.0)                                           <L 85>
    var_11 = &(var_2.xf);
    var_12 = &(var_11->offset);
    var_14 = wp::vec_t<2, wp::float32>(var_dt, var_13);
    var_16 = wp::load(var_12);
    var_15 = wp::add(var_16, var_14);
    var_17 = &(var_2.xf);
    var_18 = &(var_2.xf);
    var_19 = &(var_18->offset);
    wp::store(var_19, var_15);
    // l.xf.scale *= 1.01                                                                     <L 86>
    var_21 = &(var_2.xf);
    var_22 = &(var_21->scale);
    var_25 = wp::load(var_22);
    var_24 = wp::mul(var_25, var_23);
    var_26 = &(var_2.xf);
    var_27 = &(var_2.xf);
    var_28 = &(var_27->scale);
    wp::store(var_28, var_24);
    // if l.xf.scale > 2.0:                                                                   <L 87>
    var_29 = &(var_2.xf);
    var_30 = &(var_29->scale);
    var_33 = wp::load(var_30);
    var_32 = (var_33 > var_31);
    if (var_32) {
        // l.active = False                                                                   <L 88>
        var_35 = &(var_2.active);
        wp::store(var_35, var_34);
    }
    // layers[i] = l                                                                          <L 89>
    wp::array_store(var_layers, var_0, var_2);
    // layers[i].weight = layers[i].weight * 0.5                                              <L 90>
    var_36 = wp::address(var_layers, var_0);
    var_37 = &(var_36->weight);
    var_40 = wp::load(var_37);
    var_39 = wp::mul(var_40, var_38);
    var_41 = wp::address(var_layers, var_0);
    var_42 = wp::address(var_layers, var_0);
    var_43 = &(var_42->weight);
    wp::store(var_43, var_39);
    // layers[i].xf.offset[1] = 0.0                                                           <L 91>
    var_45 = wp::address(var_layers, var_0);
    var_46 = &(var_45->xf);
    var_47 = &(var_46->offset);
    var_49 = wp::indexref(var_47, var_48);
    wp::store(var_49, var_44);
}



void modify_layers_f67be625_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_modify_layers_f67be625 *_wp_args,
    wp_args_modify_layers_f67be625 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<Layer_4dd551b6> var_layers = _wp_args->layers;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<Layer_4dd551b6> adj_layers = _wp_adj_args->layers;
    wp::float32 adj_dt = _wp_adj_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    Layer_4dd551b6* var_1;
    Layer_4dd551b6 var_2;
    Layer_4dd551b6 var_3;
    Transform2D_8ff43c86* var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    Transform2D_8ff43c86* var_8;
    Transform2D_8ff43c86* var_9;
    wp::float32* var_10;
    Transform2D_8ff43c86* var_11;
    wp::vec_t<2, wp::float32>* var_12;
    const wp::float32 var_13 = 0.0;
    wp::vec_t<2, wp::float32> var_14;
    wp::vec_t<2, wp::float32> var_15;
    wp::vec_t<2, wp::float32> var_16;
    Transform2D_8ff43c86* var_17;
    Transform2D_8ff43c86* var_18;
    wp::vec_t<2, wp::float32>* var_19;
    const wp::float32 var_20 = 1.01;
    Transform2D_8ff43c86* var_21;
    wp::float32* var_22;
    const wp::float32 var_23 = 1.01;
    wp::float32 var_24;
    wp::float32 var_25;
    Transform2D_8ff43c86* var_26;
    Transform2D_8ff43c86* var_27;
    wp::float32* var_28;
    Transform2D_8ff43c86* var_29;
    wp::float32* var_30;
    const wp::float32 var_31 = 2.0;
    bool var_32;
    wp::float32 var_33;
    const bool var_34 = false;
    bool* var_35;
    Layer_4dd551b6* var_36;
    wp::float32* var_37;
    const wp::float32 var_38 = 0.5;
    wp::float32 var_39;
    wp::float32 var_40;
    Layer_4dd551b6* var_41;
    Layer_4dd551b6* var_42;
    wp::float32* var_43;
    const wp::float32 var_44 = 0.0;
    Layer_4dd551b6* var_45;
    Transform2D_8ff43c86* var_46;
    wp::vec_t<2, wp::float32>* var_47;
    const wp::int32 var_48 = 1;
    wp::float32* var_49;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    Layer_4dd551b6 adj_1 = {};
    Layer_4dd551b6 adj_2 = {};
    Layer_4dd551b6 adj_3 = {};
    Transform2D_8ff43c86 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    Transform2D_8ff43c86 adj_8 = {};
    Transform2D_8ff43c86 adj_9 = {};
    wp::float32 adj_10 = {};
    Transform2D_8ff43c86 adj_11 = {};
    wp::vec_t<2, wp::float32> adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<2, wp::float32> adj_14 = {};
    wp::vec_t<2, wp::float32> adj_15 = {};
    wp::vec_t<2, wp::float32> adj_16 = {};
    Transform2D_8ff43c86 adj_17 = {};
    Transform2D_8ff43c86 adj_18 = {};
    wp::vec_t<2, wp::float32> adj_19 = {};
    wp::float32 adj_20 = {};
    Transform2D_8ff43c86 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    Transform2D_8ff43c86 adj_26 = {};
    Transform2D_8ff43c86 adj_27 = {};
    wp::float32 adj_28 = {};
    Transform2D_8ff43c86 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    bool adj_32 = {};
    wp::float32 adj_33 = {};
    bool adj_34 = {};
    bool adj_35 = {};
    Layer_4dd551b6 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    Layer_4dd551b6 adj_41 = {};
    Layer_4dd551b6 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    Layer_4dd551b6 adj_45 = {};
    Transform2D_8ff43c86 adj_46 = {};
    wp::vec_t<2, wp::float32> adj_47 = {};
    wp::int32 adj_48 = {};
    wp::float32 adj_49 = {};
    //---------
    // forward
    // def modify_layers(layers: wp.array(dtype=Layer), dt: float):                           <L 81>
    // i = wp.tid()                                                                           <L 82>
    var_0 = builtin_tid1d();
    // l = layers[i]                                                                          <L 83>
    var_1 = wp::address(var_layers, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // l.xf.angle = l.xf.angle + dt                                                           <L 84>
    var_4 = &(var_2.xf);
    var_5 = &(var_4->angle);
    var_7 = wp::load(var_5);
    var_6 = wp::add(var_7, var_dt);
    var_8 = &(var_2.xf);
    var_9 = &(var_2.xf);
    var_10 = &(var_9->angle);
    // wp::store(var_10, var_6);
    // l.xf.offset = l.xf.offset + wp.vec2(dt, 0.0)                                           <L 85>
    var_11 = &(var_2.xf);
    var_12 = &(var_11->offset);
    var_14 = wp::vec_t<2, wp::float32>(var_dt, var_13);
    var_16 = wp::load(var_12);
    var_15 = wp::add(var_16, var_14);
    var_17 = &(var_2.xf);
    var_18 = &(var_2.xf);
    var_19 = &(var_18->offset);
    // wp::store(var_19, var_15);
    // l.xf.scale *= 1.01                                                                     <L 86>
    var_21 = &(var_2.xf);
    var_22 = &(var_21->scale);
    var_25 = wp::load(var_22);
    var_24 = wp::mul(var_25, var_23);
    var_26 = &(var_2.xf);
    var_27 = &(var_2.xf);
    var_28 = &(var_27->scale);
    // wp::store(var_28, var_24);
    // if l.xf.scale > 2.0:                                                                   <L 87>
    var_29 = &(var_2.xf);
    var_30 = &(var_29->scale);
    var_33 = wp::load(var_30);
    var_32 = (var_33 > var_31);
    if (var_32) {
        // l.active = False                                                                   <L 88>
        var_35 = &(var_2.active);
        // wp::store(var_35, var_34);
    }
    // layers[i] = l                                                                          <L 89>
    // wp::array_store(var_layers, var_0, var_2);
    // layers[i].weight = layers[i].weight * 0.5                                              <L 90>
    var_36 = wp::address(var_layers, var_0);
    var_37 = &(var_36->weight);
    var_40 = wp::load(var_37);
    var_39 = wp::mul(var_40, var_38);
    var_41 = wp::address(var_layers, var_0);
    var_42 = wp::address(var_layers, var_0);
    var_43 = &(var_42->weight);
    // wp::store(var_43, var_39);
    // layers[i].xf.offset[1] = 0.0                                                           <L 91>
    var_45 = wp::address(var_layers, var_0);
    var_46 = &(var_45->xf);
    var_47 = &(var_46->offset);
    // var_49 = wp::indexref(var_47, var_48);
    // wp::store(var_49, var_44);
    //---------
    // reverse
    adj_46.offset += adj_47;
    adj_45.xf += adj_46;
    wp::adj_address(var_layers, var_0, adj_layers, adj_0, adj_45);
    // adj: layers[i].xf.offset[1] = 0.0                                                      <L 91>
    adj_42.weight += adj_43;
    wp::adj_address(var_layers, var_0, adj_layers, adj_0, adj_42);
    wp::adj_address(var_layers, var_0, adj_layers, adj_0, adj_41);
    wp::adj_mul(var_40, var_38, adj_37, adj_38, adj_39);
    adj_36.weight += adj_37;
    wp::adj_address(var_layers, var_0, adj_layers, adj_0, adj_36);
    // adj: layers[i].weight = layers[i].weight * 0.5                                         <L 90>
    wp::adj_array_store(var_layers, var_0, var_2, adj_layers, adj_0, adj_2);
    // adj: layers[i] = l                                                                     <L 89>
    if (var_32) {
        adj_2.active = adj_35;
        // adj: l.active = False                                                              <L 88>
    }
    adj_29.scale += adj_30;
    adj_2.xf += adj_29;
    // adj: if l.xf.scale > 2.0:                                                              <L 87>
    adj_27.scale += adj_28;
    adj_2.xf += adj_27;
    adj_2.xf += adj_26;
    wp::adj_mul(var_25, var_23, adj_22, adj_23, adj_24);
    adj_21.scale += adj_22;
    adj_2.xf += adj_21;
    // adj: l.xf.scale *= 1.01                                                                <L 86>
    adj_18.offset += adj_19;
    adj_2.xf += adj_18;
    adj_2.xf += adj_17;
    wp::adj_add(var_16, var_14, adj_12, adj_14, adj_15);
    wp::adj_vec_t(var_dt, var_13, adj_dt, adj_13, adj_14);
    adj_11.offset += adj_12;
    adj_2.xf += adj_11;
    // adj: l.xf.offset = l.xf.offset + wp.vec2(dt, 0.0)                                      <L 85>
    adj_9.angle += adj_10;
    adj_2.xf += adj_9;
    adj_2.xf += adj_8;
    wp::adj_add(var_7, var_dt, adj_5, adj_dt, adj_6);
    adj_4.angle += adj_5;
    adj_2.xf += adj_4;
    // adj: l.xf.angle = l.xf.angle + dt                                                      <L 84>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_layers, var_0, adj_layers, adj_0, adj_1);
    // adj: l = layers[i]                                                                     <L 83>
    // adj: i = wp.tid()                                                                      <L 82>
    // adj: def modify_layers(layers: wp.array(dtype=Layer), dt: float):                      <L 81>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void modify_layers_f67be625_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_modify_layers_f67be625 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        modify_layers_f67be625_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void modify_layers_f67be625_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_modify_layers_f67be625 *_wp_args,
    wp_args_modify_layers_f67be625 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        modify_layers_f67be625_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_make_layers_b1178e0e {
    wp::array_t<Layer_4dd551b6> layers;
};


void make_layers_b1178e0e_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_make_layers_b1178e0e *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Layer_4dd551b6> var_layers = _wp_args->layers;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.0;
    wp::vec_t<2, wp::float32> var_3;
    const wp::float32 var_4 = 0.1;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 1.0;
    Transform2D_8ff43c86 var_8;
    const wp::float32 var_9 = 1.0;
    const bool var_10 = true;
    Layer_4dd551b6 var_11;
    //---------
    // forward
    // def make_layers(layers: wp.array(dtype=Layer)):                                        <L 95>
    // i = wp.tid()                                                                           <L 96>
    var_0 = builtin_tid1d();
    // xf = make_xf(wp.vec2(float(i), 0.0), 0.1 * float(i), 1.0)                              <L 97>
    var_1 = wp::float(var_0);
    var_3 = wp::vec_t<2, wp::float32>(var_1, var_2);
    var_5 = wp::float(var_0);
    var_6 = wp::mul(var_4, var_5);
    var_8 = make_xf_0(var_3, var_6, var_7);
    // layers[i] = Layer(xf, 1.0, True)                                                       <L 98>
    var_11 = Layer_4dd551b6(var_8, var_9, var_10);
    wp::array_store(var_layers, var_0, var_11);
}



void make_layers_b1178e0e_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_make_layers_b1178e0e *_wp_args,
    wp_args_make_layers_b1178e0e *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<Layer_4dd551b6> var_layers = _wp_args->layers;
    wp::array_t<Layer_4dd551b6> adj_layers = _wp_adj_args->layers;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.0;
    wp::vec_t<2, wp::float32> var_3;
    const wp::float32 var_4 = 0.1;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 1.0;
    Transform2D_8ff43c86 var_8;
    const wp::float32 var_9 = 1.0;
    const bool var_10 = true;
    Layer_4dd551b6 var_11;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    Transform2D_8ff43c86 adj_8 = {};
    wp::float32 adj_9 = {};
    bool adj_10 = {};
    Layer_4dd551b6 adj_11 = {};
    //---------
    // forward
    // def make_layers(layers: wp.array(dtype=Layer)):                                        <L 95>
    // i = wp.tid()                                                                           <L 96>
    var_0 = builtin_tid1d();
    // xf = make_xf(wp.vec2(float(i), 0.0), 0.1 * float(i), 1.0)                              <L 97>
    var_1 = wp::float(var_0);
    var_3 = wp::vec_t<2, wp::float32>(var_1, var_2);
    var_5 = wp::float(var_0);
    var_6 = wp::mul(var_4, var_5);
    var_8 = make_xf_0(var_3, var_6, var_7);
    // layers[i] = Layer(xf, 1.0, True)                                                       <L 98>
    var_11 = Layer_4dd551b6(var_8, var_9, var_10);
    // wp::array_store(var_layers, var_0, var_11);
    //---------
    // reverse
    wp::adj_array_store(var_layers, var_0, var_11, adj_layers, adj_0, adj_11);
    adj_Layer_4dd551b6(var_8, var_9, var_10, adj_8, adj_9, adj_10, adj_11);
    // adj: layers[i] = Layer(xf, 1.0, True)                                                  <L 98>
    adj_make_xf_0(var_3, var_6, var_7, adj_3, adj_6, adj_7, adj_8);
    wp::adj_mul(var_4, var_5, adj_4, adj_5, adj_6);
    wp::adj_float(var_0, adj_0, adj_5);
    wp::adj_vec_t(var_1, var_2, adj_1, adj_2, adj_3);
    wp::adj_float(var_0, adj_0, adj_1);
    // adj: xf = make_xf(wp.vec2(float(i), 0.0), 0.1 * float(i), 1.0)                         <L 97>
    // adj: i = wp.tid()                                                                      <L 96>
    // adj: def make_layers(layers: wp.array(dtype=Layer)):                                   <L 95>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void make_layers_b1178e0e_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_make_layers_b1178e0e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        make_layers_b1178e0e_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void make_layers_b1178e0e_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_make_layers_b1178e0e *_wp_args,
    wp_args_make_layers_b1178e0e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        make_layers_b1178e0e_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

