
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


struct Complex_433b23ba
{
    wp::float32 re;
    wp::float32 im;


    Complex_433b23ba() = default;
    CUDA_CALLABLE Complex_433b23ba(wp::float32 const& re,
    wp::float32 const& im = {})
        : re{re}
        , im{im}

    {
    }

    CUDA_CALLABLE Complex_433b23ba& operator += (const Complex_433b23ba& rhs)
    {    re += rhs.re;
    im += rhs.im;

        return *this;}

};

static CUDA_CALLABLE void adj_Complex_433b23ba(wp::float32 const&,
    wp::float32 const&,
    wp::float32 & adj_re,
    wp::float32 & adj_im,
    Complex_433b23ba & adj_ret)
{
    adj_re += adj_ret.re;
    adj_im += adj_ret.im;
}

// Required when compiling adjoints.
CUDA_CALLABLE Complex_433b23ba add(const Complex_433b23ba& a, const Complex_433b23ba& b)
{
    return Complex_433b23ba();
}

CUDA_CALLABLE void adj_atomic_add(Complex_433b23ba* p, Complex_433b23ba t)
{
    wp::adj_atomic_add(&p->re, t.re);
    wp::adj_atomic_add(&p->im, t.im);
}



// corpus/831_operator_overload_fallback.py:24
static CUDA_CALLABLE Complex_433b23ba mul_0(
    Complex_433b23ba var_a,
    Complex_433b23ba var_b)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32* var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32* var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32* var_16;
    wp::float32* var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    Complex_433b23ba var_22;
    //---------
    // forward
    // def mul(a: Complex, b: Complex):                                                       <L 25>
    // return Complex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)                   <L 26>
    var_0 = &(var_a.re);
    var_1 = &(var_b.re);
    var_3 = wp::load(var_0);
    var_4 = wp::load(var_1);
    var_2 = wp::mul(var_3, var_4);
    var_5 = &(var_a.im);
    var_6 = &(var_b.im);
    var_8 = wp::load(var_5);
    var_9 = wp::load(var_6);
    var_7 = wp::mul(var_8, var_9);
    var_10 = wp::sub(var_2, var_7);
    var_11 = &(var_a.re);
    var_12 = &(var_b.im);
    var_14 = wp::load(var_11);
    var_15 = wp::load(var_12);
    var_13 = wp::mul(var_14, var_15);
    var_16 = &(var_a.im);
    var_17 = &(var_b.re);
    var_19 = wp::load(var_16);
    var_20 = wp::load(var_17);
    var_18 = wp::mul(var_19, var_20);
    var_21 = wp::add(var_13, var_18);
    var_22 = Complex_433b23ba(var_10, var_21);
    return var_22;
}


// corpus/831_operator_overload_fallback.py:14
static CUDA_CALLABLE Complex_433b23ba add_0(
    Complex_433b23ba var_a,
    Complex_433b23ba var_b)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32* var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    Complex_433b23ba var_10;
    //---------
    // forward
    // def add(a: Complex, b: Complex):                                                       <L 15>
    // return Complex(a.re + b.re, a.im + b.im)                                               <L 16>
    var_0 = &(var_a.re);
    var_1 = &(var_b.re);
    var_3 = wp::load(var_0);
    var_4 = wp::load(var_1);
    var_2 = wp::add(var_3, var_4);
    var_5 = &(var_a.im);
    var_6 = &(var_b.im);
    var_8 = wp::load(var_5);
    var_9 = wp::load(var_6);
    var_7 = wp::add(var_8, var_9);
    var_10 = Complex_433b23ba(var_2, var_7);
    return var_10;
}


// corpus/831_operator_overload_fallback.py:19
static CUDA_CALLABLE Complex_433b23ba sub_0(
    Complex_433b23ba var_a,
    Complex_433b23ba var_b)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32* var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    Complex_433b23ba var_10;
    //---------
    // forward
    // def sub(a: Complex, b: Complex):                                                       <L 20>
    // return Complex(a.re - b.re, a.im - b.im)                                               <L 21>
    var_0 = &(var_a.re);
    var_1 = &(var_b.re);
    var_3 = wp::load(var_0);
    var_4 = wp::load(var_1);
    var_2 = wp::sub(var_3, var_4);
    var_5 = &(var_a.im);
    var_6 = &(var_b.im);
    var_8 = wp::load(var_5);
    var_9 = wp::load(var_6);
    var_7 = wp::sub(var_8, var_9);
    var_10 = Complex_433b23ba(var_2, var_7);
    return var_10;
}


// corpus/831_operator_overload_fallback.py:24
static CUDA_CALLABLE void adj_mul_0(
    Complex_433b23ba var_a,
    Complex_433b23ba var_b,
    Complex_433b23ba & adj_a,
    Complex_433b23ba & adj_b,
    Complex_433b23ba & adj_ret)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32* var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32* var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32* var_16;
    wp::float32* var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    Complex_433b23ba var_22;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
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
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    Complex_433b23ba adj_22 = {};
    //---------
    // forward
    // def mul(a: Complex, b: Complex):                                                       <L 25>
    // return Complex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)                   <L 26>
    var_0 = &(var_a.re);
    var_1 = &(var_b.re);
    var_3 = wp::load(var_0);
    var_4 = wp::load(var_1);
    var_2 = wp::mul(var_3, var_4);
    var_5 = &(var_a.im);
    var_6 = &(var_b.im);
    var_8 = wp::load(var_5);
    var_9 = wp::load(var_6);
    var_7 = wp::mul(var_8, var_9);
    var_10 = wp::sub(var_2, var_7);
    var_11 = &(var_a.re);
    var_12 = &(var_b.im);
    var_14 = wp::load(var_11);
    var_15 = wp::load(var_12);
    var_13 = wp::mul(var_14, var_15);
    var_16 = &(var_a.im);
    var_17 = &(var_b.re);
    var_19 = wp::load(var_16);
    var_20 = wp::load(var_17);
    var_18 = wp::mul(var_19, var_20);
    var_21 = wp::add(var_13, var_18);
    var_22 = Complex_433b23ba(var_10, var_21);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_22 += adj_ret;
    adj_Complex_433b23ba(var_10, var_21, adj_10, adj_21, adj_22);
    wp::adj_add(var_13, var_18, adj_13, adj_18, adj_21);
    wp::adj_mul(var_19, var_20, adj_16, adj_17, adj_18);
    adj_b.re += adj_17;
    adj_a.im += adj_16;
    wp::adj_mul(var_14, var_15, adj_11, adj_12, adj_13);
    adj_b.im += adj_12;
    adj_a.re += adj_11;
    wp::adj_sub(var_2, var_7, adj_2, adj_7, adj_10);
    wp::adj_mul(var_8, var_9, adj_5, adj_6, adj_7);
    adj_b.im += adj_6;
    adj_a.im += adj_5;
    wp::adj_mul(var_3, var_4, adj_0, adj_1, adj_2);
    adj_b.re += adj_1;
    adj_a.re += adj_0;
    // adj: return Complex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)              <L 26>
    // adj: def mul(a: Complex, b: Complex):                                                  <L 25>
    return;
}


// corpus/831_operator_overload_fallback.py:14
static CUDA_CALLABLE void adj_add_0(
    Complex_433b23ba var_a,
    Complex_433b23ba var_b,
    Complex_433b23ba & adj_a,
    Complex_433b23ba & adj_b,
    Complex_433b23ba & adj_ret)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32* var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    Complex_433b23ba var_10;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    Complex_433b23ba adj_10 = {};
    //---------
    // forward
    // def add(a: Complex, b: Complex):                                                       <L 15>
    // return Complex(a.re + b.re, a.im + b.im)                                               <L 16>
    var_0 = &(var_a.re);
    var_1 = &(var_b.re);
    var_3 = wp::load(var_0);
    var_4 = wp::load(var_1);
    var_2 = wp::add(var_3, var_4);
    var_5 = &(var_a.im);
    var_6 = &(var_b.im);
    var_8 = wp::load(var_5);
    var_9 = wp::load(var_6);
    var_7 = wp::add(var_8, var_9);
    var_10 = Complex_433b23ba(var_2, var_7);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_10 += adj_ret;
    adj_Complex_433b23ba(var_2, var_7, adj_2, adj_7, adj_10);
    wp::adj_add(var_8, var_9, adj_5, adj_6, adj_7);
    adj_b.im += adj_6;
    adj_a.im += adj_5;
    wp::adj_add(var_3, var_4, adj_0, adj_1, adj_2);
    adj_b.re += adj_1;
    adj_a.re += adj_0;
    // adj: return Complex(a.re + b.re, a.im + b.im)                                          <L 16>
    // adj: def add(a: Complex, b: Complex):                                                  <L 15>
    return;
}


// corpus/831_operator_overload_fallback.py:19
static CUDA_CALLABLE void adj_sub_0(
    Complex_433b23ba var_a,
    Complex_433b23ba var_b,
    Complex_433b23ba & adj_a,
    Complex_433b23ba & adj_b,
    Complex_433b23ba & adj_ret)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32* var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    Complex_433b23ba var_10;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    Complex_433b23ba adj_10 = {};
    //---------
    // forward
    // def sub(a: Complex, b: Complex):                                                       <L 20>
    // return Complex(a.re - b.re, a.im - b.im)                                               <L 21>
    var_0 = &(var_a.re);
    var_1 = &(var_b.re);
    var_3 = wp::load(var_0);
    var_4 = wp::load(var_1);
    var_2 = wp::sub(var_3, var_4);
    var_5 = &(var_a.im);
    var_6 = &(var_b.im);
    var_8 = wp::load(var_5);
    var_9 = wp::load(var_6);
    var_7 = wp::sub(var_8, var_9);
    var_10 = Complex_433b23ba(var_2, var_7);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_10 += adj_ret;
    adj_Complex_433b23ba(var_2, var_7, adj_2, adj_7, adj_10);
    wp::adj_sub(var_8, var_9, adj_5, adj_6, adj_7);
    adj_b.im += adj_6;
    adj_a.im += adj_5;
    wp::adj_sub(var_3, var_4, adj_0, adj_1, adj_2);
    adj_b.re += adj_1;
    adj_a.re += adj_0;
    // adj: return Complex(a.re - b.re, a.im - b.im)                                          <L 21>
    // adj: def sub(a: Complex, b: Complex):                                                  <L 20>
    return;
}



extern "C" __global__ void complex_ops_bf5c22aa_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<Complex_433b23ba> var_a,
    wp::array_t<Complex_433b23ba> var_b,
    wp::array_t<Complex_433b23ba> var_out,
    wp::array_t<wp::float32> var_x)
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
        Complex_433b23ba* var_1;
        Complex_433b23ba* var_2;
        Complex_433b23ba var_3;
        Complex_433b23ba var_4;
        Complex_433b23ba var_5;
        Complex_433b23ba* var_6;
        Complex_433b23ba var_7;
        Complex_433b23ba var_8;
        Complex_433b23ba* var_9;
        Complex_433b23ba* var_10;
        Complex_433b23ba var_11;
        Complex_433b23ba var_12;
        Complex_433b23ba* var_13;
        Complex_433b23ba var_14;
        Complex_433b23ba var_15;
        wp::float32* var_16;
        const wp::float32 var_17 = 2.0;
        wp::float32 var_18;
        wp::float32 var_19;
        const wp::float32 var_20 = 1.0;
        wp::float32 var_21;
        const wp::float32 var_22 = 0.5;
        wp::float32 var_23;
        //---------
        // forward
        // def complex_ops(a: wp.array(dtype=Complex), b: wp.array(dtype=Complex), out: wp.array(dtype=Complex), x: wp.array(dtype=float)):       <L 30>
        // i = wp.tid()                                                                           <L 31>
        var_0 = builtin_tid1d();
        // z = a[i] * b[i] + a[i]                                                                 <L 32>
        var_1 = wp::address(var_a, var_0);
        var_2 = wp::address(var_b, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = mul_0(var_4, var_5);
        var_6 = wp::address(var_a, var_0);
        var_8 = wp::load(var_6);
        var_7 = add_0(var_3, var_8);
        // z += b[i]                                                                              <L 33>
        var_9 = wp::address(var_b, var_0);
        var_10 = wp::address(var_b, var_0);
        var_12 = wp::load(var_10);
        var_11 = add_0(var_7, var_12);
        // z = z - a[i]                                                                           <L 34>
        var_13 = wp::address(var_a, var_0);
        var_15 = wp::load(var_13);
        var_14 = sub_0(var_11, var_15);
        // out[i] = z                                                                             <L 35>
        wp::array_store(var_out, var_0, var_14);
        // x[i] = x[i] * 2.0 + 1.0                                                                <L 36>
        var_16 = wp::address(var_x, var_0);
        var_19 = wp::load(var_16);
        var_18 = wp::mul(var_19, var_17);
        var_21 = wp::add(var_18, var_20);
        wp::array_store(var_x, var_0, var_21);
        // x[i] -= 0.5                                                                            <L 37>
        var_23 = wp::atomic_sub(var_x, var_0, var_22);
    }
}



extern "C" __global__ void complex_ops_bf5c22aa_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<Complex_433b23ba> var_a,
    wp::array_t<Complex_433b23ba> var_b,
    wp::array_t<Complex_433b23ba> var_out,
    wp::array_t<wp::float32> var_x,
    wp::array_t<Complex_433b23ba> adj_a,
    wp::array_t<Complex_433b23ba> adj_b,
    wp::array_t<Complex_433b23ba> adj_out,
    wp::array_t<wp::float32> adj_x)
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
        Complex_433b23ba* var_1;
        Complex_433b23ba* var_2;
        Complex_433b23ba var_3;
        Complex_433b23ba var_4;
        Complex_433b23ba var_5;
        Complex_433b23ba* var_6;
        Complex_433b23ba var_7;
        Complex_433b23ba var_8;
        Complex_433b23ba* var_9;
        Complex_433b23ba* var_10;
        Complex_433b23ba var_11;
        Complex_433b23ba var_12;
        Complex_433b23ba* var_13;
        Complex_433b23ba var_14;
        Complex_433b23ba var_15;
        wp::float32* var_16;
        const wp::float32 var_17 = 2.0;
        wp::float32 var_18;
        wp::float32 var_19;
        const wp::float32 var_20 = 1.0;
        wp::float32 var_21;
        const wp::float32 var_22 = 0.5;
        wp::float32 var_23;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        Complex_433b23ba adj_1 = {};
        Complex_433b23ba adj_2 = {};
        Complex_433b23ba adj_3 = {};
        Complex_433b23ba adj_4 = {};
        Complex_433b23ba adj_5 = {};
        Complex_433b23ba adj_6 = {};
        Complex_433b23ba adj_7 = {};
        Complex_433b23ba adj_8 = {};
        Complex_433b23ba adj_9 = {};
        Complex_433b23ba adj_10 = {};
        Complex_433b23ba adj_11 = {};
        Complex_433b23ba adj_12 = {};
        Complex_433b23ba adj_13 = {};
        Complex_433b23ba adj_14 = {};
        Complex_433b23ba adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        //---------
        // forward
        // def complex_ops(a: wp.array(dtype=Complex), b: wp.array(dtype=Complex), out: wp.array(dtype=Complex), x: wp.array(dtype=float)):       <L 30>
        // i = wp.tid()                                                                           <L 31>
        var_0 = builtin_tid1d();
        // z = a[i] * b[i] + a[i]                                                                 <L 32>
        var_1 = wp::address(var_a, var_0);
        var_2 = wp::address(var_b, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = mul_0(var_4, var_5);
        var_6 = wp::address(var_a, var_0);
        var_8 = wp::load(var_6);
        var_7 = add_0(var_3, var_8);
        // z += b[i]                                                                              <L 33>
        var_9 = wp::address(var_b, var_0);
        var_10 = wp::address(var_b, var_0);
        var_12 = wp::load(var_10);
        var_11 = add_0(var_7, var_12);
        // z = z - a[i]                                                                           <L 34>
        var_13 = wp::address(var_a, var_0);
        var_15 = wp::load(var_13);
        var_14 = sub_0(var_11, var_15);
        // out[i] = z                                                                             <L 35>
        // wp::array_store(var_out, var_0, var_14);
        // x[i] = x[i] * 2.0 + 1.0                                                                <L 36>
        var_16 = wp::address(var_x, var_0);
        var_19 = wp::load(var_16);
        var_18 = wp::mul(var_19, var_17);
        var_21 = wp::add(var_18, var_20);
        // wp::array_store(var_x, var_0, var_21);
        // x[i] -= 0.5                                                                            <L 37>
        // var_23 = wp::atomic_sub(var_x, var_0, var_22);
        //---------
        // reverse
        wp::adj_atomic_sub(var_x, var_0, var_22, adj_x, adj_0, adj_22, adj_23);
        // adj: x[i] -= 0.5                                                                       <L 37>
        wp::adj_array_store(var_x, var_0, var_21, adj_x, adj_0, adj_21);
        wp::adj_add(var_18, var_20, adj_18, adj_20, adj_21);
        wp::adj_mul(var_19, var_17, adj_16, adj_17, adj_18);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_16);
        // adj: x[i] = x[i] * 2.0 + 1.0                                                           <L 36>
        wp::adj_array_store(var_out, var_0, var_14, adj_out, adj_0, adj_14);
        // adj: out[i] = z                                                                        <L 35>
        adj_sub_0(var_11, var_15, adj_11, adj_13, adj_14);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_13);
        // adj: z = z - a[i]                                                                      <L 34>
        adj_add_0(var_7, var_12, adj_7, adj_10, adj_11);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_10);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_9);
        // adj: z += b[i]                                                                         <L 33>
        adj_add_0(var_3, var_8, adj_3, adj_6, adj_7);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_6);
        adj_mul_0(var_4, var_5, adj_1, adj_2, adj_3);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: z = a[i] * b[i] + a[i]                                                            <L 32>
        // adj: i = wp.tid()                                                                      <L 31>
        // adj: def complex_ops(a: wp.array(dtype=Complex), b: wp.array(dtype=Complex), out: wp.array(dtype=Complex), x: wp.array(dtype=float)):  <L 30>
        continue;
    }
}

