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


struct Contact_d5ff73e6
{
    wp::vec_t<3, wp::float32> normal;
    wp::float32 depth;


    Contact_d5ff73e6() = default;
    CUDA_CALLABLE Contact_d5ff73e6(wp::vec_t<3, wp::float32> const& normal,
    wp::float32 const& depth = {})
        : normal{normal}
        , depth{depth}

    {
    }

    CUDA_CALLABLE Contact_d5ff73e6& operator += (const Contact_d5ff73e6& rhs)
    {    normal += rhs.normal;
    depth += rhs.depth;

        return *this;}

};

static CUDA_CALLABLE void adj_Contact_d5ff73e6(wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::vec_t<3, wp::float32> & adj_normal,
    wp::float32 & adj_depth,
    Contact_d5ff73e6 & adj_ret)
{
    adj_normal += adj_ret.normal;
    adj_depth += adj_ret.depth;
}

// Required when compiling adjoints.
CUDA_CALLABLE Contact_d5ff73e6 add(const Contact_d5ff73e6& a, const Contact_d5ff73e6& b)
{
    return Contact_d5ff73e6();
}

CUDA_CALLABLE void adj_atomic_add(Contact_d5ff73e6* p, Contact_d5ff73e6 t)
{
    wp::adj_atomic_add(&p->normal, t.normal);
    wp::adj_atomic_add(&p->depth, t.depth);
}




// corpus/606_tuple_params.py:28
static CUDA_CALLABLE wp::vec_t<3, wp::float32> contact_force_0(
    wp::tuple_t<Contact_d5ff73e6, float> var_c)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    Contact_d5ff73e6 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    const wp::int32 var_3 = 0;
    Contact_d5ff73e6 var_4;
    wp::float32* var_5;
    const wp::int32 var_6 = 1;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    //---------
    // forward
    // def contact_force(c: tuple[Contact, float]) -> wp.vec3:                                <L 29>
    // return c[0].normal * (c[0].depth * c[1])                                               <L 30>
    var_1 = wp::extract<0>(var_c);
    var_2 = &(var_1.normal);
    var_4 = wp::extract<0>(var_c);
    var_5 = &(var_4.depth);
    var_7 = wp::extract<1>(var_c);
    var_9 = wp::load(var_5);
    var_8 = wp::mul(var_9, var_7);
    var_11 = wp::load(var_2);
    var_10 = wp::mul(var_11, var_8);
    return var_10;
}


// corpus/606_tuple_params.py:33
static CUDA_CALLABLE void split_0(
    wp::quat_t<wp::float32> var_q,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::tuple_t<wp::vec_t<3, wp::float32>, wp::float32> var_2;
    const wp::int32 var_3 = 0;
    wp::vec_t<3, wp::float32> var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    //---------
    // forward
    // def split(q: wp.quat) -> tuple[wp.vec3, float]:                                        <L 34>
    // axis_angle = wp.quat_to_axis_angle(q)                                                  <L 35>
    wp::quat_to_axis_angle(var_q, var_0, var_1);
    var_2 = wp::tuple(var_0, var_1);
    // return axis_angle[0], axis_angle[1]                                                    <L 36>
    var_4 = wp::extract<0>(var_2);
    var_6 = wp::extract<1>(var_2);
    ret_0 = var_4;
    ret_1 = var_6;
    return;
}


// corpus/606_tuple_params.py:0
static CUDA_CALLABLE wp::float32 weighted_sum_0(
    wp::tuple_t<wp::float32, wp::float32, wp::float32> var_values,
    wp::float32 var_w)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    const wp::int32 var_2 = 3;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 2;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    //---------
    // forward
    // def weighted_sum(values: tuple[float, ...], w: float):                                 <L 1>
    // out = float(0.0)                                                                       <L 2>
    var_1 = wp::float(var_0);
    // for i in range(len(values)):                                                           <L 3>
    // out += values[i] * w                                                                   <L 4>
    var_4 = wp::extract<0>(var_values);
    var_5 = wp::mul(var_4, var_w);
    var_6 = wp::add(var_1, var_5);
    var_8 = wp::extract<1>(var_values);
    var_9 = wp::mul(var_8, var_w);
    var_10 = wp::add(var_6, var_9);
    var_12 = wp::extract<2>(var_values);
    var_13 = wp::mul(var_12, var_w);
    var_14 = wp::add(var_10, var_13);
    // return out                                                                             <L 5>
    return var_14;
}


// corpus/606_tuple_params.py:0
static CUDA_CALLABLE wp::int32 summarize_0(
    wp::tuple_t<wp::int32, wp::int32, wp::int32> var_values)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 3;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 2;
    wp::int32 var_13;
    wp::int32 var_14;
    //---------
    // forward
    // def summarize(values: Any):                                                            <L 1>
    // total = values[0] - values[0]                                                          <L 2>
    var_1 = wp::extract<0>(var_values);
    var_3 = wp::extract<0>(var_values);
    var_4 = wp::sub(var_1, var_3);
    // for i in range(len(values)):                                                           <L 3>
    // total += values[i]                                                                     <L 4>
    var_7 = wp::extract<0>(var_values);
    var_8 = wp::add(var_4, var_7);
    var_10 = wp::extract<1>(var_values);
    var_11 = wp::add(var_8, var_10);
    var_13 = wp::extract<2>(var_values);
    var_14 = wp::add(var_11, var_13);
    // return total                                                                           <L 5>
    return var_14;
}


// corpus/606_tuple_params.py:0
static CUDA_CALLABLE wp::float32 summarize_0(
    wp::tuple_t<wp::float32, wp::float32, wp::float32> var_values)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 3;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 1;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 2;
    wp::float32 var_13;
    wp::float32 var_14;
    //---------
    // forward
    // def summarize(values: Any):                                                            <L 1>
    // total = values[0] - values[0]                                                          <L 2>
    var_1 = wp::extract<0>(var_values);
    var_3 = wp::extract<0>(var_values);
    var_4 = wp::sub(var_1, var_3);
    // for i in range(len(values)):                                                           <L 3>
    // total += values[i]                                                                     <L 4>
    var_7 = wp::extract<0>(var_values);
    var_8 = wp::add(var_4, var_7);
    var_10 = wp::extract<1>(var_values);
    var_11 = wp::add(var_8, var_10);
    var_13 = wp::extract<2>(var_values);
    var_14 = wp::add(var_11, var_13);
    // return total                                                                           <L 5>
    return var_14;
}


// corpus/606_tuple_params.py:28
static CUDA_CALLABLE void adj_contact_force_0(
    wp::tuple_t<Contact_d5ff73e6, float> var_c,
    wp::tuple_t<Contact_d5ff73e6, float> & adj_c,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    Contact_d5ff73e6 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    const wp::int32 var_3 = 0;
    Contact_d5ff73e6 var_4;
    wp::float32* var_5;
    const wp::int32 var_6 = 1;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    Contact_d5ff73e6 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::int32 adj_3 = {};
    Contact_d5ff73e6 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    //---------
    // forward
    // def contact_force(c: tuple[Contact, float]) -> wp.vec3:                                <L 29>
    // return c[0].normal * (c[0].depth * c[1])                                               <L 30>
    var_1 = wp::extract<0>(var_c);
    var_2 = &(var_1.normal);
    var_4 = wp::extract<0>(var_c);
    var_5 = &(var_4.depth);
    var_7 = wp::extract<1>(var_c);
    var_9 = wp::load(var_5);
    var_8 = wp::mul(var_9, var_7);
    var_11 = wp::load(var_2);
    var_10 = wp::mul(var_11, var_8);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_10 += adj_ret;
    wp::adj_mul(var_11, var_8, adj_2, adj_8, adj_10);
    wp::adj_mul(var_9, var_7, adj_5, adj_7, adj_8);
    adj_4.depth += adj_5;
    adj_1.normal += adj_2;
    // adj: return c[0].normal * (c[0].depth * c[1])                                          <L 30>
    // adj: def contact_force(c: tuple[Contact, float]) -> wp.vec3:                           <L 29>
    return;
}


// corpus/606_tuple_params.py:33
static CUDA_CALLABLE void adj_split_0(
    wp::quat_t<wp::float32> var_q,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::float32 & ret_1,
    wp::quat_t<wp::float32> & adj_q,
    wp::vec_t<3, wp::float32> & adj_ret_0,
    wp::float32 & adj_ret_1)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::tuple_t<wp::vec_t<3, wp::float32>, wp::float32> var_2;
    const wp::int32 var_3 = 0;
    wp::vec_t<3, wp::float32> var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::tuple_t<wp::vec_t<3, wp::float32>, wp::float32> adj_2 = {};
    wp::int32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    //---------
    // forward
    // def split(q: wp.quat) -> tuple[wp.vec3, float]:                                        <L 34>
    // axis_angle = wp.quat_to_axis_angle(q)                                                  <L 35>
    wp::quat_to_axis_angle(var_q, var_0, var_1);
    var_2 = wp::tuple(var_0, var_1);
    // return axis_angle[0], axis_angle[1]                                                    <L 36>
    var_4 = wp::extract<0>(var_2);
    var_6 = wp::extract<1>(var_2);
    ret_0 = var_4;
    ret_1 = var_6;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_6 += adj_ret_1;
    adj_4 += adj_ret_0;
    // adj: return axis_angle[0], axis_angle[1]                                               <L 36>
    wp::adj_quat_to_axis_angle(var_q, var_0, var_1, adj_q, adj_0, adj_1);
    // adj: axis_angle = wp.quat_to_axis_angle(q)                                             <L 35>
    // adj: def split(q: wp.quat) -> tuple[wp.vec3, float]:                                   <L 34>
    return;
}


// corpus/606_tuple_params.py:0
static CUDA_CALLABLE void adj_weighted_sum_0(
    wp::tuple_t<wp::float32, wp::float32, wp::float32> var_values,
    wp::float32 var_w,
    wp::tuple_t<wp::float32, wp::float32, wp::float32> & adj_values,
    wp::float32 & adj_w,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    const wp::int32 var_2 = 3;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 2;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    //---------
    // forward
    // def weighted_sum(values: tuple[float, ...], w: float):                                 <L 1>
    // out = float(0.0)                                                                       <L 2>
    var_1 = wp::float(var_0);
    // for i in range(len(values)):                                                           <L 3>
    // out += values[i] * w                                                                   <L 4>
    var_4 = wp::extract<0>(var_values);
    var_5 = wp::mul(var_4, var_w);
    var_6 = wp::add(var_1, var_5);
    var_8 = wp::extract<1>(var_values);
    var_9 = wp::mul(var_8, var_w);
    var_10 = wp::add(var_6, var_9);
    var_12 = wp::extract<2>(var_values);
    var_13 = wp::mul(var_12, var_w);
    var_14 = wp::add(var_10, var_13);
    // return out                                                                             <L 5>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_14 += adj_ret;
    // adj: return out                                                                        <L 5>
    wp::adj_add(var_10, var_13, adj_10, adj_13, adj_14);
    wp::adj_mul(var_12, var_w, adj_12, adj_w, adj_13);
    wp::adj_add(var_6, var_9, adj_6, adj_9, adj_10);
    wp::adj_mul(var_8, var_w, adj_8, adj_w, adj_9);
    wp::adj_add(var_1, var_5, adj_1, adj_5, adj_6);
    wp::adj_mul(var_4, var_w, adj_4, adj_w, adj_5);
    // adj: out += values[i] * w                                                              <L 4>
    // adj: for i in range(len(values)):                                                      <L 3>
    wp::adj_float(var_0, adj_0, adj_1);
    // adj: out = float(0.0)                                                                  <L 2>
    // adj: def weighted_sum(values: tuple[float, ...], w: float):                            <L 1>
    return;
}


// corpus/606_tuple_params.py:0
static CUDA_CALLABLE void adj_summarize_0(
    wp::tuple_t<wp::int32, wp::int32, wp::int32> var_values,
    wp::tuple_t<wp::int32, wp::int32, wp::int32> & adj_values,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 3;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 2;
    wp::int32 var_13;
    wp::int32 var_14;
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
    wp::int32 adj_14 = {};
    //---------
    // forward
    // def summarize(values: Any):                                                            <L 1>
    // total = values[0] - values[0]                                                          <L 2>
    var_1 = wp::extract<0>(var_values);
    var_3 = wp::extract<0>(var_values);
    var_4 = wp::sub(var_1, var_3);
    // for i in range(len(values)):                                                           <L 3>
    // total += values[i]                                                                     <L 4>
    var_7 = wp::extract<0>(var_values);
    var_8 = wp::add(var_4, var_7);
    var_10 = wp::extract<1>(var_values);
    var_11 = wp::add(var_8, var_10);
    var_13 = wp::extract<2>(var_values);
    var_14 = wp::add(var_11, var_13);
    // return total                                                                           <L 5>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_14 += adj_ret;
    // adj: return total                                                                      <L 5>
    wp::adj_add(var_11, var_13, adj_11, adj_13, adj_14);
    wp::adj_add(var_8, var_10, adj_8, adj_10, adj_11);
    wp::adj_add(var_4, var_7, adj_4, adj_7, adj_8);
    // adj: total += values[i]                                                                <L 4>
    // adj: for i in range(len(values)):                                                      <L 3>
    wp::adj_sub(var_1, var_3, adj_1, adj_3, adj_4);
    // adj: total = values[0] - values[0]                                                     <L 2>
    // adj: def summarize(values: Any):                                                       <L 1>
    return;
}


// corpus/606_tuple_params.py:0
static CUDA_CALLABLE void adj_summarize_0(
    wp::tuple_t<wp::float32, wp::float32, wp::float32> var_values,
    wp::tuple_t<wp::float32, wp::float32, wp::float32> & adj_values,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 3;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 1;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 2;
    wp::float32 var_13;
    wp::float32 var_14;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    //---------
    // forward
    // def summarize(values: Any):                                                            <L 1>
    // total = values[0] - values[0]                                                          <L 2>
    var_1 = wp::extract<0>(var_values);
    var_3 = wp::extract<0>(var_values);
    var_4 = wp::sub(var_1, var_3);
    // for i in range(len(values)):                                                           <L 3>
    // total += values[i]                                                                     <L 4>
    var_7 = wp::extract<0>(var_values);
    var_8 = wp::add(var_4, var_7);
    var_10 = wp::extract<1>(var_values);
    var_11 = wp::add(var_8, var_10);
    var_13 = wp::extract<2>(var_values);
    var_14 = wp::add(var_11, var_13);
    // return total                                                                           <L 5>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_14 += adj_ret;
    // adj: return total                                                                      <L 5>
    wp::adj_add(var_11, var_13, adj_11, adj_13, adj_14);
    wp::adj_add(var_8, var_10, adj_8, adj_10, adj_11);
    wp::adj_add(var_4, var_7, adj_4, adj_7, adj_8);
    // adj: total += values[i]                                                                <L 4>
    // adj: for i in range(len(values)):                                                      <L 3>
    wp::adj_sub(var_1, var_3, adj_1, adj_3, adj_4);
    // adj: total = values[0] - values[0]                                                     <L 2>
    // adj: def summarize(values: Any):                                                       <L 1>
    return;
}



extern "C" __global__ void accumulate_becda635_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_depths,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::array_t<wp::quat_t<wp::float32>> var_rotations,
    wp::float32 var_stiffness,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::array_t<wp::float32> var_scores)
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
        Contact_d5ff73e6 var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::float32 var_5;
        wp::tuple_t<Contact_d5ff73e6, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::quat_t<wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::float32 var_10;
        wp::quat_t<wp::float32> var_11;
        wp::float32* var_12;
        const wp::int32 var_13 = 2;
        wp::float32 var_14;
        wp::tuple_t<wp::float32, wp::float32, wp::float32> var_15;
        wp::float32 var_16;
        const wp::int32 var_17 = 2;
        wp::int32 var_18;
        const wp::int32 var_19 = 3;
        wp::tuple_t<wp::int32, wp::int32, wp::int32> var_20;
        const wp::float32 var_21 = 0.5;
        wp::float32 var_22;
        wp::int32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        //---------
        // forward
        // def accumulate(                                                                        <L 40>
        // i = wp.tid()                                                                           <L 48>
        var_0 = builtin_tid1d();
        // c = Contact(normals[i], depths[i])                                                     <L 49>
        var_1 = wp::address(var_normals, var_0);
        var_2 = wp::address(var_depths, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = Contact_d5ff73e6(var_4, var_5);
        // pair = (c, stiffness)                                                                  <L 50>
        var_6 = wp::tuple(var_3, var_stiffness);
        // forces[i] = contact_force(pair)                                                        <L 51>
        var_7 = contact_force_0(var_6);
        wp::array_store(var_forces, var_0, var_7);
        // axis, angle = split(rotations[i])                                                      <L 52>
        var_8 = wp::address(var_rotations, var_0);
        var_11 = wp::load(var_8);
        split_0(var_11, var_9, var_10);
        // three = (depths[i], angle, axis[2])                                                    <L 53>
        var_12 = wp::address(var_depths, var_0);
        var_14 = wp::extract(var_9, var_13);
        var_16 = wp::load(var_12);
        var_15 = wp::tuple(var_16, var_10, var_14);
        // ints = (i, 2 * i, 3)                                                                   <L 54>
        var_18 = wp::mul(var_17, var_0);
        var_20 = wp::tuple(var_0, var_18, var_19);
        // scores[i] = weighted_sum(three, 0.5) + float(summarize(ints)) + summarize(three)       <L 55>
        var_22 = weighted_sum_0(var_15, var_21);
        var_23 = summarize_0(var_20);
        var_24 = wp::float(var_23);
        var_25 = wp::add(var_22, var_24);
        var_26 = summarize_0(var_15);
        var_27 = wp::add(var_25, var_26);
        wp::array_store(var_scores, var_0, var_27);
    }
}



extern "C" __global__ void accumulate_becda635_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_depths,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::array_t<wp::quat_t<wp::float32>> var_rotations,
    wp::float32 var_stiffness,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::array_t<wp::float32> var_scores,
    wp::array_t<wp::float32> adj_depths,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals,
    wp::array_t<wp::quat_t<wp::float32>> adj_rotations,
    wp::float32 adj_stiffness,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces,
    wp::array_t<wp::float32> adj_scores)
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
        Contact_d5ff73e6 var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::float32 var_5;
        wp::tuple_t<Contact_d5ff73e6, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::quat_t<wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::float32 var_10;
        wp::quat_t<wp::float32> var_11;
        wp::float32* var_12;
        const wp::int32 var_13 = 2;
        wp::float32 var_14;
        wp::tuple_t<wp::float32, wp::float32, wp::float32> var_15;
        wp::float32 var_16;
        const wp::int32 var_17 = 2;
        wp::int32 var_18;
        const wp::int32 var_19 = 3;
        wp::tuple_t<wp::int32, wp::int32, wp::int32> var_20;
        const wp::float32 var_21 = 0.5;
        wp::float32 var_22;
        wp::int32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::float32 adj_2 = {};
        Contact_d5ff73e6 adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::tuple_t<Contact_d5ff73e6, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::quat_t<wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::float32 adj_10 = {};
        wp::quat_t<wp::float32> adj_11 = {};
        wp::float32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::tuple_t<wp::float32, wp::float32, wp::float32> adj_15 = {};
        wp::float32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::tuple_t<wp::int32, wp::int32, wp::int32> adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        //---------
        // forward
        // def accumulate(                                                                        <L 40>
        // i = wp.tid()                                                                           <L 48>
        var_0 = builtin_tid1d();
        // c = Contact(normals[i], depths[i])                                                     <L 49>
        var_1 = wp::address(var_normals, var_0);
        var_2 = wp::address(var_depths, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = Contact_d5ff73e6(var_4, var_5);
        // pair = (c, stiffness)                                                                  <L 50>
        var_6 = wp::tuple(var_3, var_stiffness);
        // forces[i] = contact_force(pair)                                                        <L 51>
        var_7 = contact_force_0(var_6);
        // wp::array_store(var_forces, var_0, var_7);
        // axis, angle = split(rotations[i])                                                      <L 52>
        var_8 = wp::address(var_rotations, var_0);
        var_11 = wp::load(var_8);
        split_0(var_11, var_9, var_10);
        // three = (depths[i], angle, axis[2])                                                    <L 53>
        var_12 = wp::address(var_depths, var_0);
        var_14 = wp::extract(var_9, var_13);
        var_16 = wp::load(var_12);
        var_15 = wp::tuple(var_16, var_10, var_14);
        // ints = (i, 2 * i, 3)                                                                   <L 54>
        var_18 = wp::mul(var_17, var_0);
        var_20 = wp::tuple(var_0, var_18, var_19);
        // scores[i] = weighted_sum(three, 0.5) + float(summarize(ints)) + summarize(three)       <L 55>
        var_22 = weighted_sum_0(var_15, var_21);
        var_23 = summarize_0(var_20);
        var_24 = wp::float(var_23);
        var_25 = wp::add(var_22, var_24);
        var_26 = summarize_0(var_15);
        var_27 = wp::add(var_25, var_26);
        // wp::array_store(var_scores, var_0, var_27);
        //---------
        // reverse
        wp::adj_array_store(var_scores, var_0, var_27, adj_scores, adj_0, adj_27);
        wp::adj_add(var_25, var_26, adj_25, adj_26, adj_27);
        adj_summarize_0(var_15, adj_15, adj_26);
        wp::adj_add(var_22, var_24, adj_22, adj_24, adj_25);
        wp::adj_float(var_23, adj_23, adj_24);
        adj_summarize_0(var_20, adj_20, adj_23);
        adj_weighted_sum_0(var_15, var_21, adj_15, adj_21, adj_22);
        // adj: scores[i] = weighted_sum(three, 0.5) + float(summarize(ints)) + summarize(three)  <L 55>
        wp::adj_mul(var_17, var_0, adj_17, adj_0, adj_18);
        // adj: ints = (i, 2 * i, 3)                                                              <L 54>
        wp::adj_extract(var_9, var_13, adj_9, adj_13, adj_14);
        wp::adj_address(var_depths, var_0, adj_depths, adj_0, adj_12);
        // adj: three = (depths[i], angle, axis[2])                                               <L 53>
        adj_split_0(var_11, var_9, var_10, adj_8, adj_9, adj_10);
        wp::adj_address(var_rotations, var_0, adj_rotations, adj_0, adj_8);
        // adj: axis, angle = split(rotations[i])                                                 <L 52>
        wp::adj_array_store(var_forces, var_0, var_7, adj_forces, adj_0, adj_7);
        adj_contact_force_0(var_6, adj_6, adj_7);
        // adj: forces[i] = contact_force(pair)                                                   <L 51>
        // adj: pair = (c, stiffness)                                                             <L 50>
        adj_Contact_d5ff73e6(var_4, var_5, adj_1, adj_2, adj_3);
        wp::adj_address(var_depths, var_0, adj_depths, adj_0, adj_2);
        wp::adj_address(var_normals, var_0, adj_normals, adj_0, adj_1);
        // adj: c = Contact(normals[i], depths[i])                                                <L 49>
        // adj: i = wp.tid()                                                                      <L 48>
        // adj: def accumulate(                                                                   <L 40>
        continue;
    }
}

