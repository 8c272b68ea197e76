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


// corpus/185_sparse_csr_conjugate_gradient.py:4
static CUDA_CALLABLE wp::float32 csr_row_dot_0(
    wp::array_t<wp::int32> var_offsets,
    wp::array_t<wp::int32> var_cols,
    wp::array_t<wp::float32> var_vals,
    wp::array_t<wp::float32> var_x,
    wp::int32 var_row)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    wp::int32* var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::int32* var_5;
    wp::range_t var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::float32* var_10;
    wp::int32* var_11;
    wp::float32* var_12;
    wp::int32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    //---------
    // forward
    // def csr_row_dot(offsets: wp.array(dtype=int), cols: wp.array(dtype=int), vals: wp.array(dtype=float), x: wp.array(dtype=float), row: int) -> float:       <L 5>
    // s = float(0.0)                                                                         <L 6>
    var_1 = wp::float(var_0);
    // for k in range(offsets[row], offsets[row + 1]):                                        <L 7>
    var_2 = wp::address(var_offsets, var_row);
    var_4 = wp::add(var_row, var_3);
    var_5 = wp::address(var_offsets, var_4);
    var_7 = wp::load(var_2);
    var_8 = wp::load(var_5);
    var_6 = wp::range(var_7, var_8);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_9 = wp::iter_next(var_6);
        // s += vals[k] * x[cols[k]]                                                          <L 8>
        var_10 = wp::address(var_vals, var_9);
        var_11 = wp::address(var_cols, var_9);
        var_13 = wp::load(var_11);
        var_12 = wp::address(var_x, var_13);
        var_15 = wp::load(var_10);
        var_16 = wp::load(var_12);
        var_14 = wp::mul(var_15, var_16);
        var_17 = wp::add(var_1, var_14);
        wp::assign(var_1, var_17);
        goto start_for_0;
    end_for_0:;
    // return s                                                                               <L 9>
    return var_1;
}


// corpus/185_sparse_csr_conjugate_gradient.py:4
static CUDA_CALLABLE void adj_csr_row_dot_0(
    wp::array_t<wp::int32> var_offsets,
    wp::array_t<wp::int32> var_cols,
    wp::array_t<wp::float32> var_vals,
    wp::array_t<wp::float32> var_x,
    wp::int32 var_row,
    wp::array_t<wp::int32> & adj_offsets,
    wp::array_t<wp::int32> & adj_cols,
    wp::array_t<wp::float32> & adj_vals,
    wp::array_t<wp::float32> & adj_x,
    wp::int32 & adj_row,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    wp::int32* var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::int32* var_5;
    wp::range_t var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::float32* var_10;
    wp::int32* var_11;
    wp::float32* var_12;
    wp::int32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::range_t adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    //---------
    // forward
    // def csr_row_dot(offsets: wp.array(dtype=int), cols: wp.array(dtype=int), vals: wp.array(dtype=float), x: wp.array(dtype=float), row: int) -> float:       <L 5>
    // s = float(0.0)                                                                         <L 6>
    var_1 = wp::float(var_0);
    // for k in range(offsets[row], offsets[row + 1]):                                        <L 7>
    var_2 = wp::address(var_offsets, var_row);
    var_4 = wp::add(var_row, var_3);
    var_5 = wp::address(var_offsets, var_4);
    var_7 = wp::load(var_2);
    var_8 = wp::load(var_5);
    var_6 = wp::range(var_7, var_8);
    // return s                                                                               <L 9>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_1 += adj_ret;
    // adj: return s                                                                          <L 9>
    var_6 = wp::iter_reverse(var_6);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_9 = wp::iter_next(var_6);
    	adj_10 = {};
    	adj_11 = {};
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
        // s += vals[k] * x[cols[k]]                                                          <L 8>
        var_10 = wp::address(var_vals, var_9);
        var_11 = wp::address(var_cols, var_9);
        var_13 = wp::load(var_11);
        var_12 = wp::address(var_x, var_13);
        var_15 = wp::load(var_10);
        var_16 = wp::load(var_12);
        var_14 = wp::mul(var_15, var_16);
        var_17 = wp::add(var_1, var_14);
        wp::assign(var_1, var_17);
        wp::adj_assign(var_1, var_17, adj_1, adj_17);
        wp::adj_add(var_1, var_14, adj_1, adj_14, adj_17);
        wp::adj_mul(var_15, var_16, adj_10, adj_12, adj_14);
        wp::adj_address(var_x, var_13, adj_x, adj_11, adj_12);
        wp::adj_address(var_cols, var_9, adj_cols, adj_9, adj_11);
        wp::adj_address(var_vals, var_9, adj_vals, adj_9, adj_10);
        // adj: s += vals[k] * x[cols[k]]                                                     <L 8>
    	goto start_for_0;
    end_for_0:;
    wp::adj_address(var_offsets, var_4, adj_offsets, adj_4, adj_5);
    wp::adj_add(var_row, var_3, adj_row, adj_3, adj_4);
    wp::adj_address(var_offsets, var_row, adj_offsets, adj_row, adj_2);
    // adj: for k in range(offsets[row], offsets[row + 1]):                                   <L 7>
    wp::adj_float(var_0, adj_0, adj_1);
    // adj: s = float(0.0)                                                                    <L 6>
    // adj: def csr_row_dot(offsets: wp.array(dtype=int), cols: wp.array(dtype=int), vals: wp.array(dtype=float), x: wp.array(dtype=float), row: int) -> float:  <L 5>
    return;
}



extern "C" __global__ void spmv_111b14c9_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_offsets,
    wp::array_t<wp::int32> var_cols,
    wp::array_t<wp::float32> var_vals,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_y)
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
        wp::float32 var_1;
        //---------
        // forward
        // def spmv(offsets: wp.array(dtype=int), cols: wp.array(dtype=int), vals: wp.array(dtype=float), x: wp.array(dtype=float), y: wp.array(dtype=float)):       <L 13>
        // r = wp.tid()                                                                           <L 14>
        var_0 = builtin_tid1d();
        // y[r] = csr_row_dot(offsets, cols, vals, x, r)                                          <L 15>
        var_1 = csr_row_dot_0(var_offsets, var_cols, var_vals, var_x, var_0);
        wp::array_store(var_y, var_0, var_1);
    }
}



extern "C" __global__ void spmv_111b14c9_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_offsets,
    wp::array_t<wp::int32> var_cols,
    wp::array_t<wp::float32> var_vals,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_y,
    wp::array_t<wp::int32> adj_offsets,
    wp::array_t<wp::int32> adj_cols,
    wp::array_t<wp::float32> adj_vals,
    wp::array_t<wp::float32> adj_x,
    wp::array_t<wp::float32> adj_y)
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
        wp::float32 var_1;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        //---------
        // forward
        // def spmv(offsets: wp.array(dtype=int), cols: wp.array(dtype=int), vals: wp.array(dtype=float), x: wp.array(dtype=float), y: wp.array(dtype=float)):       <L 13>
        // r = wp.tid()                                                                           <L 14>
        var_0 = builtin_tid1d();
        // y[r] = csr_row_dot(offsets, cols, vals, x, r)                                          <L 15>
        var_1 = csr_row_dot_0(var_offsets, var_cols, var_vals, var_x, var_0);
        // wp::array_store(var_y, var_0, var_1);
        //---------
        // reverse
        wp::adj_array_store(var_y, var_0, var_1, adj_y, adj_0, adj_1);
        adj_csr_row_dot_0(var_offsets, var_cols, var_vals, var_x, var_0, adj_offsets, adj_cols, adj_vals, adj_x, adj_0, adj_1);
        // adj: y[r] = csr_row_dot(offsets, cols, vals, x, r)                                     <L 15>
        // adj: r = wp.tid()                                                                      <L 14>
        // adj: def spmv(offsets: wp.array(dtype=int), cols: wp.array(dtype=int), vals: wp.array(dtype=float), x: wp.array(dtype=float), y: wp.array(dtype=float)):  <L 13>
        continue;
    }
}



extern "C" __global__ void dot_product_71f919c9_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_b,
    wp::array_t<wp::float32> var_out,
    wp::int32 var_slot)
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
        wp::float32* var_1;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        //---------
        // forward
        // def dot_product(a: wp.array(dtype=float), b: wp.array(dtype=float), out: wp.array(dtype=float), slot: int):       <L 19>
        // i = wp.tid()                                                                           <L 20>
        var_0 = builtin_tid1d();
        // wp.atomic_add(out, slot, a[i] * b[i])                                                  <L 21>
        var_1 = wp::address(var_a, var_0);
        var_2 = wp::address(var_b, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = wp::mul(var_4, var_5);
        var_6 = wp::atomic_add(var_out, var_slot, var_3);
    }
}



extern "C" __global__ void dot_product_71f919c9_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_b,
    wp::array_t<wp::float32> var_out,
    wp::int32 var_slot,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float32> adj_b,
    wp::array_t<wp::float32> adj_out,
    wp::int32 adj_slot)
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
        wp::float32* var_1;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        //---------
        // forward
        // def dot_product(a: wp.array(dtype=float), b: wp.array(dtype=float), out: wp.array(dtype=float), slot: int):       <L 19>
        // i = wp.tid()                                                                           <L 20>
        var_0 = builtin_tid1d();
        // wp.atomic_add(out, slot, a[i] * b[i])                                                  <L 21>
        var_1 = wp::address(var_a, var_0);
        var_2 = wp::address(var_b, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = wp::mul(var_4, var_5);
        // var_6 = wp::atomic_add(var_out, var_slot, var_3);
        //---------
        // reverse
        wp::adj_atomic_add(var_out, var_slot, var_3, adj_out, adj_slot, adj_3, adj_6);
        wp::adj_mul(var_4, var_5, adj_1, adj_2, adj_3);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: wp.atomic_add(out, slot, a[i] * b[i])                                             <L 21>
        // adj: i = wp.tid()                                                                      <L 20>
        // adj: def dot_product(a: wp.array(dtype=float), b: wp.array(dtype=float), out: wp.array(dtype=float), slot: int):  <L 19>
        continue;
    }
}



extern "C" __global__ void cg_update_x_r_f270c225_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_r,
    wp::array_t<wp::float32> var_p,
    wp::array_t<wp::float32> var_Ap,
    wp::array_t<wp::float32> var_scalars)
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
        const wp::int32 var_1 = 0;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        const wp::int32 var_5 = 1;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::float32 var_9 = 0.0;
        wp::float32 var_10;
        const wp::float32 var_11 = 0.0;
        bool var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32* var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32* var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        //---------
        // forward
        // def cg_update_x_r(x: wp.array(dtype=float), r: wp.array(dtype=float), p: wp.array(dtype=float), Ap: wp.array(dtype=float), scalars: wp.array(dtype=float)):       <L 25>
        // i = wp.tid()                                                                           <L 26>
        var_0 = builtin_tid1d();
        // rr = scalars[0]                                                                        <L 27>
        var_2 = wp::address(var_scalars, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // pAp = scalars[1]                                                                       <L 28>
        var_6 = wp::address(var_scalars, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // alpha = float(0.0)                                                                     <L 29>
        var_10 = wp::float(var_9);
        // if pAp != 0.0:                                                                         <L 30>
        var_12 = (var_7 != var_11);
        if (var_12) {
            // alpha = rr / pAp                                                                   <L 31>
            var_13 = wp::div(var_3, var_7);
        }
        var_14 = wp::where(var_12, var_13, var_10);
        // x[i] = x[i] + alpha * p[i]                                                             <L 32>
        var_15 = wp::address(var_x, var_0);
        var_16 = wp::address(var_p, var_0);
        var_18 = wp::load(var_16);
        var_17 = wp::mul(var_14, var_18);
        var_20 = wp::load(var_15);
        var_19 = wp::add(var_20, var_17);
        wp::array_store(var_x, var_0, var_19);
        // r[i] = r[i] - alpha * Ap[i]                                                            <L 33>
        var_21 = wp::address(var_r, var_0);
        var_22 = wp::address(var_Ap, var_0);
        var_24 = wp::load(var_22);
        var_23 = wp::mul(var_14, var_24);
        var_26 = wp::load(var_21);
        var_25 = wp::sub(var_26, var_23);
        wp::array_store(var_r, var_0, var_25);
    }
}



extern "C" __global__ void cg_update_x_r_f270c225_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_r,
    wp::array_t<wp::float32> var_p,
    wp::array_t<wp::float32> var_Ap,
    wp::array_t<wp::float32> var_scalars,
    wp::array_t<wp::float32> adj_x,
    wp::array_t<wp::float32> adj_r,
    wp::array_t<wp::float32> adj_p,
    wp::array_t<wp::float32> adj_Ap,
    wp::array_t<wp::float32> adj_scalars)
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
        const wp::int32 var_1 = 0;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        const wp::int32 var_5 = 1;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::float32 var_9 = 0.0;
        wp::float32 var_10;
        const wp::float32 var_11 = 0.0;
        bool var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32* var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32* var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
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
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        //---------
        // forward
        // def cg_update_x_r(x: wp.array(dtype=float), r: wp.array(dtype=float), p: wp.array(dtype=float), Ap: wp.array(dtype=float), scalars: wp.array(dtype=float)):       <L 25>
        // i = wp.tid()                                                                           <L 26>
        var_0 = builtin_tid1d();
        // rr = scalars[0]                                                                        <L 27>
        var_2 = wp::address(var_scalars, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // pAp = scalars[1]                                                                       <L 28>
        var_6 = wp::address(var_scalars, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // alpha = float(0.0)                                                                     <L 29>
        var_10 = wp::float(var_9);
        // if pAp != 0.0:                                                                         <L 30>
        var_12 = (var_7 != var_11);
        if (var_12) {
            // alpha = rr / pAp                                                                   <L 31>
            var_13 = wp::div(var_3, var_7);
        }
        var_14 = wp::where(var_12, var_13, var_10);
        // x[i] = x[i] + alpha * p[i]                                                             <L 32>
        var_15 = wp::address(var_x, var_0);
        var_16 = wp::address(var_p, var_0);
        var_18 = wp::load(var_16);
        var_17 = wp::mul(var_14, var_18);
        var_20 = wp::load(var_15);
        var_19 = wp::add(var_20, var_17);
        // wp::array_store(var_x, var_0, var_19);
        // r[i] = r[i] - alpha * Ap[i]                                                            <L 33>
        var_21 = wp::address(var_r, var_0);
        var_22 = wp::address(var_Ap, var_0);
        var_24 = wp::load(var_22);
        var_23 = wp::mul(var_14, var_24);
        var_26 = wp::load(var_21);
        var_25 = wp::sub(var_26, var_23);
        // wp::array_store(var_r, var_0, var_25);
        //---------
        // reverse
        wp::adj_array_store(var_r, var_0, var_25, adj_r, adj_0, adj_25);
        wp::adj_sub(var_26, var_23, adj_21, adj_23, adj_25);
        wp::adj_mul(var_14, var_24, adj_14, adj_22, adj_23);
        wp::adj_address(var_Ap, var_0, adj_Ap, adj_0, adj_22);
        wp::adj_address(var_r, var_0, adj_r, adj_0, adj_21);
        // adj: r[i] = r[i] - alpha * Ap[i]                                                       <L 33>
        wp::adj_array_store(var_x, var_0, var_19, adj_x, adj_0, adj_19);
        wp::adj_add(var_20, var_17, adj_15, adj_17, adj_19);
        wp::adj_mul(var_14, var_18, adj_14, adj_16, adj_17);
        wp::adj_address(var_p, var_0, adj_p, adj_0, adj_16);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_15);
        // adj: x[i] = x[i] + alpha * p[i]                                                        <L 32>
        wp::adj_where(var_12, var_13, var_10, adj_12, adj_13, adj_10, adj_14);
        if (var_12) {
            wp::adj_div(var_3, var_7, var_13, adj_3, adj_7, adj_13);
            // adj: alpha = rr / pAp                                                              <L 31>
        }
        // adj: if pAp != 0.0:                                                                    <L 30>
        wp::adj_float(var_9, adj_9, adj_10);
        // adj: alpha = float(0.0)                                                                <L 29>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_scalars, var_5, adj_scalars, adj_5, adj_6);
        // adj: pAp = scalars[1]                                                                  <L 28>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_scalars, var_1, adj_scalars, adj_1, adj_2);
        // adj: rr = scalars[0]                                                                   <L 27>
        // adj: i = wp.tid()                                                                      <L 26>
        // adj: def cg_update_x_r(x: wp.array(dtype=float), r: wp.array(dtype=float), p: wp.array(dtype=float), Ap: wp.array(dtype=float), scalars: wp.array(dtype=float)):  <L 25>
        continue;
    }
}



extern "C" __global__ void cg_update_p_d1c00561_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_r,
    wp::array_t<wp::float32> var_p,
    wp::array_t<wp::float32> var_scalars)
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
        const wp::int32 var_1 = 0;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        const wp::int32 var_5 = 2;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::float32 var_9 = 0.0;
        wp::float32 var_10;
        const wp::float32 var_11 = 0.0;
        bool var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32* var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        //---------
        // forward
        // def cg_update_p(r: wp.array(dtype=float), p: wp.array(dtype=float), scalars: wp.array(dtype=float)):       <L 37>
        // i = wp.tid()                                                                           <L 38>
        var_0 = builtin_tid1d();
        // rr_old = scalars[0]                                                                    <L 39>
        var_2 = wp::address(var_scalars, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // rr_new = scalars[2]                                                                    <L 40>
        var_6 = wp::address(var_scalars, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // beta = float(0.0)                                                                      <L 41>
        var_10 = wp::float(var_9);
        // if rr_old != 0.0:                                                                      <L 42>
        var_12 = (var_3 != var_11);
        if (var_12) {
            // beta = rr_new / rr_old                                                             <L 43>
            var_13 = wp::div(var_7, var_3);
        }
        var_14 = wp::where(var_12, var_13, var_10);
        // p[i] = r[i] + beta * p[i]                                                              <L 44>
        var_15 = wp::address(var_r, var_0);
        var_16 = wp::address(var_p, var_0);
        var_18 = wp::load(var_16);
        var_17 = wp::mul(var_14, var_18);
        var_20 = wp::load(var_15);
        var_19 = wp::add(var_20, var_17);
        wp::array_store(var_p, var_0, var_19);
    }
}



extern "C" __global__ void cg_update_p_d1c00561_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_r,
    wp::array_t<wp::float32> var_p,
    wp::array_t<wp::float32> var_scalars,
    wp::array_t<wp::float32> adj_r,
    wp::array_t<wp::float32> adj_p,
    wp::array_t<wp::float32> adj_scalars)
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
        const wp::int32 var_1 = 0;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        const wp::int32 var_5 = 2;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::float32 var_9 = 0.0;
        wp::float32 var_10;
        const wp::float32 var_11 = 0.0;
        bool var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32* var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        bool adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        //---------
        // forward
        // def cg_update_p(r: wp.array(dtype=float), p: wp.array(dtype=float), scalars: wp.array(dtype=float)):       <L 37>
        // i = wp.tid()                                                                           <L 38>
        var_0 = builtin_tid1d();
        // rr_old = scalars[0]                                                                    <L 39>
        var_2 = wp::address(var_scalars, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // rr_new = scalars[2]                                                                    <L 40>
        var_6 = wp::address(var_scalars, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // beta = float(0.0)                                                                      <L 41>
        var_10 = wp::float(var_9);
        // if rr_old != 0.0:                                                                      <L 42>
        var_12 = (var_3 != var_11);
        if (var_12) {
            // beta = rr_new / rr_old                                                             <L 43>
            var_13 = wp::div(var_7, var_3);
        }
        var_14 = wp::where(var_12, var_13, var_10);
        // p[i] = r[i] + beta * p[i]                                                              <L 44>
        var_15 = wp::address(var_r, var_0);
        var_16 = wp::address(var_p, var_0);
        var_18 = wp::load(var_16);
        var_17 = wp::mul(var_14, var_18);
        var_20 = wp::load(var_15);
        var_19 = wp::add(var_20, var_17);
        // wp::array_store(var_p, var_0, var_19);
        //---------
        // reverse
        wp::adj_array_store(var_p, var_0, var_19, adj_p, adj_0, adj_19);
        wp::adj_add(var_20, var_17, adj_15, adj_17, adj_19);
        wp::adj_mul(var_14, var_18, adj_14, adj_16, adj_17);
        wp::adj_address(var_p, var_0, adj_p, adj_0, adj_16);
        wp::adj_address(var_r, var_0, adj_r, adj_0, adj_15);
        // adj: p[i] = r[i] + beta * p[i]                                                         <L 44>
        wp::adj_where(var_12, var_13, var_10, adj_12, adj_13, adj_10, adj_14);
        if (var_12) {
            wp::adj_div(var_7, var_3, var_13, adj_7, adj_3, adj_13);
            // adj: beta = rr_new / rr_old                                                        <L 43>
        }
        // adj: if rr_old != 0.0:                                                                 <L 42>
        wp::adj_float(var_9, adj_9, adj_10);
        // adj: beta = float(0.0)                                                                 <L 41>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_scalars, var_5, adj_scalars, adj_5, adj_6);
        // adj: rr_new = scalars[2]                                                               <L 40>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_scalars, var_1, adj_scalars, adj_1, adj_2);
        // adj: rr_old = scalars[0]                                                               <L 39>
        // adj: i = wp.tid()                                                                      <L 38>
        // adj: def cg_update_p(r: wp.array(dtype=float), p: wp.array(dtype=float), scalars: wp.array(dtype=float)):  <L 37>
        continue;
    }
}



extern "C" __global__ void jacobi_precondition_5fae2cf2_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_offsets,
    wp::array_t<wp::int32> var_cols,
    wp::array_t<wp::float32> var_vals,
    wp::array_t<wp::float32> var_r,
    wp::array_t<wp::float32> var_z)
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
        wp::int32* var_3;
        const wp::int32 var_4 = 1;
        wp::int32 var_5;
        wp::int32* var_6;
        wp::range_t var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        wp::int32 var_10;
        wp::int32* var_11;
        bool var_12;
        wp::int32 var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        //---------
        // forward
        // def jacobi_precondition(offsets: wp.array(dtype=int), cols: wp.array(dtype=int), vals: wp.array(dtype=float), r: wp.array(dtype=float), z: wp.array(dtype=float)):       <L 48>
        // row = wp.tid()                                                                         <L 49>
        var_0 = builtin_tid1d();
        // diag = float(1.0)                                                                      <L 50>
        var_2 = wp::float(var_1);
        // for k in range(offsets[row], offsets[row + 1]):                                        <L 51>
        var_3 = wp::address(var_offsets, var_0);
        var_5 = wp::add(var_0, var_4);
        var_6 = wp::address(var_offsets, var_5);
        var_8 = wp::load(var_3);
        var_9 = wp::load(var_6);
        var_7 = wp::range(var_8, var_9);
        start_for_0:;
            if (iter_cmp(var_7) == 0) goto end_for_0;
            var_10 = wp::iter_next(var_7);
            // if cols[k] == row:                                                                 <L 52>
            var_11 = wp::address(var_cols, var_10);
            var_13 = wp::load(var_11);
            var_12 = (var_13 == var_0);
            if (var_12) {
                // diag = vals[k]                                                                 <L 53>
                var_14 = wp::address(var_vals, var_10);
                var_16 = wp::load(var_14);
                var_15 = wp::copy(var_16);
                // break                                                                          <L 54>
                wp::assign(var_2, var_15);
                goto end_for_0;
            }
            goto start_for_0;
        end_for_0:;
        // z[row] = r[row] / diag                                                                 <L 55>
        var_17 = wp::address(var_r, var_0);
        var_19 = wp::load(var_17);
        var_18 = wp::div(var_19, var_2);
        wp::array_store(var_z, var_0, var_18);
    }
}



extern "C" __global__ void jacobi_precondition_5fae2cf2_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_offsets,
    wp::array_t<wp::int32> var_cols,
    wp::array_t<wp::float32> var_vals,
    wp::array_t<wp::float32> var_r,
    wp::array_t<wp::float32> var_z,
    wp::array_t<wp::int32> adj_offsets,
    wp::array_t<wp::int32> adj_cols,
    wp::array_t<wp::float32> adj_vals,
    wp::array_t<wp::float32> adj_r,
    wp::array_t<wp::float32> adj_z)
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
        wp::int32* var_3;
        const wp::int32 var_4 = 1;
        wp::int32 var_5;
        wp::int32* var_6;
        wp::range_t var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        wp::int32 var_10;
        wp::int32* var_11;
        bool var_12;
        wp::int32 var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::range_t adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        bool adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        //---------
        // forward
        // def jacobi_precondition(offsets: wp.array(dtype=int), cols: wp.array(dtype=int), vals: wp.array(dtype=float), r: wp.array(dtype=float), z: wp.array(dtype=float)):       <L 48>
        // row = wp.tid()                                                                         <L 49>
        var_0 = builtin_tid1d();
        // diag = float(1.0)                                                                      <L 50>
        var_2 = wp::float(var_1);
        // for k in range(offsets[row], offsets[row + 1]):                                        <L 51>
        var_3 = wp::address(var_offsets, var_0);
        var_5 = wp::add(var_0, var_4);
        var_6 = wp::address(var_offsets, var_5);
        var_8 = wp::load(var_3);
        var_9 = wp::load(var_6);
        var_7 = wp::range(var_8, var_9);
        // z[row] = r[row] / diag                                                                 <L 55>
        var_17 = wp::address(var_r, var_0);
        var_19 = wp::load(var_17);
        var_18 = wp::div(var_19, var_2);
        // wp::array_store(var_z, var_0, var_18);
        //---------
        // reverse
        wp::adj_array_store(var_z, var_0, var_18, adj_z, adj_0, adj_18);
        wp::adj_div(var_19, var_2, var_18, adj_17, adj_2, adj_18);
        wp::adj_address(var_r, var_0, adj_r, adj_0, adj_17);
        // adj: z[row] = r[row] / diag                                                            <L 55>
        var_7 = wp::iter_reverse(var_7);
        start_for_0:;
            if (iter_cmp(var_7) == 0) goto end_for_0;
            var_10 = wp::iter_next(var_7);
        	adj_11 = {};
        	adj_12 = {};
        	adj_13 = {};
        	adj_14 = {};
        	adj_15 = {};
        	adj_16 = {};
            // if cols[k] == row:                                                                 <L 52>
            var_11 = wp::address(var_cols, var_10);
            var_13 = wp::load(var_11);
            var_12 = (var_13 == var_0);
            if (var_12) {
                // diag = vals[k]                                                                 <L 53>
                var_14 = wp::address(var_vals, var_10);
                var_16 = wp::load(var_14);
                var_15 = wp::copy(var_16);
                // break                                                                          <L 54>
                wp::assign(var_2, var_15);
                goto end_for_0;
            }
            if (var_12) {
                wp::adj_assign(var_2, var_15, adj_2, adj_15);
                // adj: break                                                                     <L 54>
                wp::adj_copy(var_16, adj_14, adj_15);
                wp::adj_address(var_vals, var_10, adj_vals, adj_10, adj_14);
                // adj: diag = vals[k]                                                            <L 53>
            }
            wp::adj_address(var_cols, var_10, adj_cols, adj_10, adj_11);
            // adj: if cols[k] == row:                                                            <L 52>
        	goto start_for_0;
        end_for_0:;
        wp::adj_address(var_offsets, var_5, adj_offsets, adj_5, adj_6);
        wp::adj_add(var_0, var_4, adj_0, adj_4, adj_5);
        wp::adj_address(var_offsets, var_0, adj_offsets, adj_0, adj_3);
        // adj: for k in range(offsets[row], offsets[row + 1]):                                   <L 51>
        wp::adj_float(var_1, adj_1, adj_2);
        // adj: diag = float(1.0)                                                                 <L 50>
        // adj: row = wp.tid()                                                                    <L 49>
        // adj: def jacobi_precondition(offsets: wp.array(dtype=int), cols: wp.array(dtype=int), vals: wp.array(dtype=float), r: wp.array(dtype=float), z: wp.array(dtype=float)):  <L 48>
        continue;
    }
}



extern "C" __global__ void laplacian_csr_9e9d33a6_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::int32 var_n,
    wp::array_t<wp::int32> var_offsets,
    wp::array_t<wp::int32> var_cols,
    wp::array_t<wp::float32> var_vals)
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
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        const wp::int32 var_5 = 0;
        bool var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        const wp::int32 var_9 = 3;
        wp::int32 var_10;
        const wp::int32 var_11 = 2;
        wp::int32 var_12;
        const wp::int32 var_13 = 3;
        wp::int32 var_14;
        const wp::int32 var_15 = 2;
        wp::int32 var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        wp::int32 var_20;
        const wp::int32 var_21 = 0;
        bool var_22;
        const wp::int32 var_23 = 1;
        wp::int32 var_24;
        const wp::float32 var_25 = -1.0;
        const wp::int32 var_26 = 1;
        wp::int32 var_27;
        wp::int32 var_28;
        const wp::float32 var_29 = 2.0;
        const wp::int32 var_30 = 1;
        wp::int32 var_31;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        bool var_34;
        const wp::int32 var_35 = 1;
        wp::int32 var_36;
        const wp::float32 var_37 = -1.0;
        //---------
        // forward
        // def laplacian_csr(n: int, offsets: wp.array(dtype=int), cols: wp.array(dtype=int), vals: wp.array(dtype=float)):       <L 59>
        // row = wp.tid()                                                                         <L 60>
        var_0 = builtin_tid1d();
        // start = row * 3 - 1                                                                    <L 61>
        var_2 = wp::mul(var_0, var_1);
        var_4 = wp::sub(var_2, var_3);
        // if row == 0:                                                                           <L 62>
        var_6 = (var_0 == var_5);
        if (var_6) {
            // start = 0                                                                          <L 63>
        }
        var_8 = wp::where(var_6, var_7, var_4);
        // offsets[row + 1] = wp.min(row * 3 + 2, 3 * n - 2)                                      <L 64>
        var_10 = wp::mul(var_0, var_9);
        var_12 = wp::add(var_10, var_11);
        var_14 = wp::mul(var_13, var_n);
        var_16 = wp::sub(var_14, var_15);
        var_17 = wp::min(var_12, var_16);
        var_19 = wp::add(var_0, var_18);
        wp::array_store(var_offsets, var_19, var_17);
        // k = start                                                                              <L 65>
        var_20 = wp::copy(var_8);
        // if row > 0:                                                                            <L 66>
        var_22 = (var_0 > var_21);
        if (var_22) {
            // cols[k] = row - 1                                                                  <L 67>
            var_24 = wp::sub(var_0, var_23);
            wp::array_store(var_cols, var_20, var_24);
            // vals[k] = -1.0                                                                     <L 68>
            wp::array_store(var_vals, var_20, var_25);
            // k += 1                                                                             <L 69>
            var_27 = wp::add(var_20, var_26);
        }
        var_28 = wp::where(var_22, var_27, var_20);
        // cols[k] = row                                                                          <L 70>
        wp::array_store(var_cols, var_28, var_0);
        // vals[k] = 2.0                                                                          <L 71>
        wp::array_store(var_vals, var_28, var_29);
        // k += 1                                                                                 <L 72>
        var_31 = wp::add(var_28, var_30);
        // if row < n - 1:                                                                        <L 73>
        var_33 = wp::sub(var_n, var_32);
        var_34 = (var_0 < var_33);
        if (var_34) {
            // cols[k] = row + 1                                                                  <L 74>
            var_36 = wp::add(var_0, var_35);
            wp::array_store(var_cols, var_31, var_36);
            // vals[k] = -1.0                                                                     <L 75>
            wp::array_store(var_vals, var_31, var_37);
        }
    }
}



extern "C" __global__ void laplacian_csr_9e9d33a6_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::int32 var_n,
    wp::array_t<wp::int32> var_offsets,
    wp::array_t<wp::int32> var_cols,
    wp::array_t<wp::float32> var_vals,
    wp::int32 adj_n,
    wp::array_t<wp::int32> adj_offsets,
    wp::array_t<wp::int32> adj_cols,
    wp::array_t<wp::float32> adj_vals)
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
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        const wp::int32 var_5 = 0;
        bool var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        const wp::int32 var_9 = 3;
        wp::int32 var_10;
        const wp::int32 var_11 = 2;
        wp::int32 var_12;
        const wp::int32 var_13 = 3;
        wp::int32 var_14;
        const wp::int32 var_15 = 2;
        wp::int32 var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        wp::int32 var_20;
        const wp::int32 var_21 = 0;
        bool var_22;
        const wp::int32 var_23 = 1;
        wp::int32 var_24;
        const wp::float32 var_25 = -1.0;
        const wp::int32 var_26 = 1;
        wp::int32 var_27;
        wp::int32 var_28;
        const wp::float32 var_29 = 2.0;
        const wp::int32 var_30 = 1;
        wp::int32 var_31;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        bool var_34;
        const wp::int32 var_35 = 1;
        wp::int32 var_36;
        const wp::float32 var_37 = -1.0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        bool adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
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
        bool adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        bool adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::float32 adj_37 = {};
        //---------
        // forward
        // def laplacian_csr(n: int, offsets: wp.array(dtype=int), cols: wp.array(dtype=int), vals: wp.array(dtype=float)):       <L 59>
        // row = wp.tid()                                                                         <L 60>
        var_0 = builtin_tid1d();
        // start = row * 3 - 1                                                                    <L 61>
        var_2 = wp::mul(var_0, var_1);
        var_4 = wp::sub(var_2, var_3);
        // if row == 0:                                                                           <L 62>
        var_6 = (var_0 == var_5);
        if (var_6) {
            // start = 0                                                                          <L 63>
        }
        var_8 = wp::where(var_6, var_7, var_4);
        // offsets[row + 1] = wp.min(row * 3 + 2, 3 * n - 2)                                      <L 64>
        var_10 = wp::mul(var_0, var_9);
        var_12 = wp::add(var_10, var_11);
        var_14 = wp::mul(var_13, var_n);
        var_16 = wp::sub(var_14, var_15);
        var_17 = wp::min(var_12, var_16);
        var_19 = wp::add(var_0, var_18);
        // wp::array_store(var_offsets, var_19, var_17);
        // k = start                                                                              <L 65>
        var_20 = wp::copy(var_8);
        // if row > 0:                                                                            <L 66>
        var_22 = (var_0 > var_21);
        if (var_22) {
            // cols[k] = row - 1                                                                  <L 67>
            var_24 = wp::sub(var_0, var_23);
            // wp::array_store(var_cols, var_20, var_24);
            // vals[k] = -1.0                                                                     <L 68>
            // wp::array_store(var_vals, var_20, var_25);
            // k += 1                                                                             <L 69>
            var_27 = wp::add(var_20, var_26);
        }
        var_28 = wp::where(var_22, var_27, var_20);
        // cols[k] = row                                                                          <L 70>
        // wp::array_store(var_cols, var_28, var_0);
        // vals[k] = 2.0                                                                          <L 71>
        // wp::array_store(var_vals, var_28, var_29);
        // k += 1                                                                                 <L 72>
        var_31 = wp::add(var_28, var_30);
        // if row < n - 1:                                                                        <L 73>
        var_33 = wp::sub(var_n, var_32);
        var_34 = (var_0 < var_33);
        if (var_34) {
            // cols[k] = row + 1                                                                  <L 74>
            var_36 = wp::add(var_0, var_35);
            // wp::array_store(var_cols, var_31, var_36);
            // vals[k] = -1.0                                                                     <L 75>
            // wp::array_store(var_vals, var_31, var_37);
        }
        //---------
        // reverse
        if (var_34) {
            wp::adj_array_store(var_vals, var_31, var_37, adj_vals, adj_31, adj_37);
            // adj: vals[k] = -1.0                                                                <L 75>
            wp::adj_array_store(var_cols, var_31, var_36, adj_cols, adj_31, adj_36);
            wp::adj_add(var_0, var_35, adj_0, adj_35, adj_36);
            // adj: cols[k] = row + 1                                                             <L 74>
        }
        wp::adj_sub(var_n, var_32, adj_n, adj_32, adj_33);
        // adj: if row < n - 1:                                                                   <L 73>
        wp::adj_add(var_28, var_30, adj_28, adj_30, adj_31);
        // adj: k += 1                                                                            <L 72>
        wp::adj_array_store(var_vals, var_28, var_29, adj_vals, adj_28, adj_29);
        // adj: vals[k] = 2.0                                                                     <L 71>
        wp::adj_array_store(var_cols, var_28, var_0, adj_cols, adj_28, adj_0);
        // adj: cols[k] = row                                                                     <L 70>
        wp::adj_where(var_22, var_27, var_20, adj_22, adj_27, adj_20, adj_28);
        if (var_22) {
            wp::adj_add(var_20, var_26, adj_20, adj_26, adj_27);
            // adj: k += 1                                                                        <L 69>
            wp::adj_array_store(var_vals, var_20, var_25, adj_vals, adj_20, adj_25);
            // adj: vals[k] = -1.0                                                                <L 68>
            wp::adj_array_store(var_cols, var_20, var_24, adj_cols, adj_20, adj_24);
            wp::adj_sub(var_0, var_23, adj_0, adj_23, adj_24);
            // adj: cols[k] = row - 1                                                             <L 67>
        }
        // adj: if row > 0:                                                                       <L 66>
        wp::adj_copy(var_8, adj_8, adj_20);
        // adj: k = start                                                                         <L 65>
        wp::adj_array_store(var_offsets, var_19, var_17, adj_offsets, adj_19, adj_17);
        wp::adj_add(var_0, var_18, adj_0, adj_18, adj_19);
        wp::adj_min(var_12, var_16, adj_12, adj_16, adj_17);
        wp::adj_sub(var_14, var_15, adj_14, adj_15, adj_16);
        wp::adj_mul(var_13, var_n, adj_13, adj_n, adj_14);
        wp::adj_add(var_10, var_11, adj_10, adj_11, adj_12);
        wp::adj_mul(var_0, var_9, adj_0, adj_9, adj_10);
        // adj: offsets[row + 1] = wp.min(row * 3 + 2, 3 * n - 2)                                 <L 64>
        wp::adj_where(var_6, var_7, var_4, adj_6, adj_7, adj_4, adj_8);
        if (var_6) {
            // adj: start = 0                                                                     <L 63>
        }
        // adj: if row == 0:                                                                      <L 62>
        wp::adj_sub(var_2, var_3, adj_2, adj_3, adj_4);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
        // adj: start = row * 3 - 1                                                               <L 61>
        // adj: row = wp.tid()                                                                    <L 60>
        // adj: def laplacian_csr(n: int, offsets: wp.array(dtype=int), cols: wp.array(dtype=int), vals: wp.array(dtype=float)):  <L 59>
        continue;
    }
}

