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


// corpus/601_array_views_rows.py:4
static CUDA_CALLABLE wp::float32 dot_row_0(
    wp::array_t<wp::float32> var_row,
    wp::array_t<wp::float32> var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::range_t var_6;
    wp::int32 var_7;
    wp::float32* var_8;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    //---------
    // forward
    // def dot_row(row: wp.array(dtype=float), x: wp.array(dtype=float)) -> float:            <L 5>
    // s = float(0.0)                                                                         <L 6>
    var_1 = wp::float(var_0);
    // for j in range(row.shape[0]):                                                          <L 7>
    var_2 = &(var_row.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    var_6 = wp::range(var_4);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_7 = wp::iter_next(var_6);
        // s += row[j] * x[j]                                                                 <L 8>
        var_8 = wp::address(var_row, var_7);
        var_9 = wp::address(var_x, var_7);
        var_11 = wp::load(var_8);
        var_12 = wp::load(var_9);
        var_10 = wp::mul(var_11, var_12);
        var_13 = wp::add(var_1, var_10);
        wp::assign(var_1, var_13);
        goto start_for_0;
    end_for_0:;
    // return s                                                                               <L 9>
    return var_1;
}


// corpus/601_array_views_rows.py:4
static CUDA_CALLABLE void adj_dot_row_0(
    wp::array_t<wp::float32> var_row,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> & adj_row,
    wp::array_t<wp::float32> & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::range_t var_6;
    wp::int32 var_7;
    wp::float32* var_8;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::shape_t adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::range_t adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    //---------
    // forward
    // def dot_row(row: wp.array(dtype=float), x: wp.array(dtype=float)) -> float:            <L 5>
    // s = float(0.0)                                                                         <L 6>
    var_1 = wp::float(var_0);
    // for j in range(row.shape[0]):                                                          <L 7>
    var_2 = &(var_row.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    var_6 = wp::range(var_4);
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
        var_7 = wp::iter_next(var_6);
    	adj_8 = {};
    	adj_9 = {};
    	adj_10 = {};
    	adj_11 = {};
    	adj_12 = {};
    	adj_13 = {};
        // s += row[j] * x[j]                                                                 <L 8>
        var_8 = wp::address(var_row, var_7);
        var_9 = wp::address(var_x, var_7);
        var_11 = wp::load(var_8);
        var_12 = wp::load(var_9);
        var_10 = wp::mul(var_11, var_12);
        var_13 = wp::add(var_1, var_10);
        wp::assign(var_1, var_13);
        wp::adj_assign(var_1, var_13, adj_1, adj_13);
        wp::adj_add(var_1, var_10, adj_1, adj_10, adj_13);
        wp::adj_mul(var_11, var_12, adj_8, adj_9, adj_10);
        wp::adj_address(var_x, var_7, adj_x, adj_7, adj_9);
        wp::adj_address(var_row, var_7, adj_row, adj_7, adj_8);
        // adj: s += row[j] * x[j]                                                            <L 8>
    	goto start_for_0;
    end_for_0:;
    adj_row.shape = adj_2;
    // adj: for j in range(row.shape[0]):                                                     <L 7>
    wp::adj_float(var_0, adj_0, adj_1);
    // adj: s = float(0.0)                                                                    <L 6>
    // adj: def dot_row(row: wp.array(dtype=float), x: wp.array(dtype=float)) -> float:       <L 5>
    return;
}



extern "C" __global__ void dense_matvec_20e4bef5_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_A,
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
        wp::slice_t var_1;
        const wp::int32 var_2 = 0;
        wp::array_t<wp::float32> var_3;
        wp::float32 var_4;
        //---------
        // forward
        // def dense_matvec(A: wp.array2d(dtype=float), x: wp.array(dtype=float), y: wp.array(dtype=float)):       <L 13>
        // i = wp.tid()                                                                           <L 14>
        var_0 = builtin_tid1d();
        // row = A[i]                                                                             <L 15>
        var_1 = wp::slice_t(var_0, var_0, var_2);
        var_3 = wp::view(var_A, var_1);
        // y[i] = dot_row(row, x)                                                                 <L 16>
        var_4 = dot_row_0(var_3, var_x);
        wp::array_store(var_y, var_0, var_4);
    }
}



extern "C" __global__ void dense_matvec_20e4bef5_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_A,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_y,
    wp::array_t<wp::float32> adj_A,
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
        wp::slice_t var_1;
        const wp::int32 var_2 = 0;
        wp::array_t<wp::float32> var_3;
        wp::float32 var_4;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::slice_t adj_1 = {};
        wp::int32 adj_2 = {};
        wp::array_t<wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        //---------
        // forward
        // def dense_matvec(A: wp.array2d(dtype=float), x: wp.array(dtype=float), y: wp.array(dtype=float)):       <L 13>
        // i = wp.tid()                                                                           <L 14>
        var_0 = builtin_tid1d();
        // row = A[i]                                                                             <L 15>
        var_1 = wp::slice_t(var_0, var_0, var_2);
        var_3 = wp::view(var_A, var_1);
        // y[i] = dot_row(row, x)                                                                 <L 16>
        var_4 = dot_row_0(var_3, var_x);
        // wp::array_store(var_y, var_0, var_4);
        //---------
        // reverse
        wp::adj_array_store(var_y, var_0, var_4, adj_y, adj_0, adj_4);
        adj_dot_row_0(var_3, var_x, adj_3, adj_x, adj_4);
        // adj: y[i] = dot_row(row, x)                                                            <L 16>
        wp::adj_view(var_A, var_1, adj_A, adj_1, adj_3);
        // adj: row = A[i]                                                                        <L 15>
        // adj: i = wp.tid()                                                                      <L 14>
        // adj: def dense_matvec(A: wp.array2d(dtype=float), x: wp.array(dtype=float), y: wp.array(dtype=float)):  <L 13>
        continue;
    }
}



extern "C" __global__ void neighbor_average_756891f9_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_neighbors,
    wp::array_t<wp::int32> var_counts,
    wp::array_t<wp::vec_t<3, wp::float32>> var_values,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out)
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
        wp::slice_t var_1;
        const wp::int32 var_2 = 0;
        wp::array_t<wp::int32> var_3;
        wp::int32* var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        const wp::float32 var_7 = 0.0;
        wp::vec_t<3, wp::float32> var_8;
        wp::range_t var_9;
        wp::int32 var_10;
        wp::int32* var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::int32 var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        const wp::int32 var_16 = 0;
        bool var_17;
        wp::float32 var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        //---------
        // forward
        // def neighbor_average(                                                                  <L 20>
        // tid = wp.tid()                                                                         <L 26>
        var_0 = builtin_tid1d();
        // nbrs = neighbors[tid]                                                                  <L 27>
        var_1 = wp::slice_t(var_0, var_0, var_2);
        var_3 = wp::view(var_neighbors, var_1);
        // n = counts[tid]                                                                        <L 28>
        var_4 = wp::address(var_counts, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // acc = wp.vec3(0.0)                                                                     <L 29>
        var_8 = wp::vec_t<3, wp::float32>(var_7);
        // for k in range(n):                                                                     <L 30>
        var_9 = wp::range(var_5);
        start_for_0:;
            if (iter_cmp(var_9) == 0) goto end_for_0;
            var_10 = wp::iter_next(var_9);
            // acc += values[nbrs[k]]                                                             <L 31>
            var_11 = wp::address(var_3, var_10);
            var_13 = wp::load(var_11);
            var_12 = wp::address(var_values, var_13);
            var_15 = wp::load(var_12);
            var_14 = wp::add(var_8, var_15);
            wp::assign(var_8, var_14);
            goto start_for_0;
        end_for_0:;
        // if n > 0:                                                                              <L 32>
        var_17 = (var_5 > var_16);
        if (var_17) {
            // acc = acc / float(n)                                                               <L 33>
            var_18 = wp::float(var_5);
            var_19 = wp::div(var_8, var_18);
        }
        var_20 = wp::where(var_17, var_19, var_8);
        // out[tid] = acc                                                                         <L 34>
        wp::array_store(var_out, var_0, var_20);
    }
}



extern "C" __global__ void neighbor_average_756891f9_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_neighbors,
    wp::array_t<wp::int32> var_counts,
    wp::array_t<wp::vec_t<3, wp::float32>> var_values,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::int32> adj_neighbors,
    wp::array_t<wp::int32> adj_counts,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_values,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out)
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
        wp::slice_t var_1;
        const wp::int32 var_2 = 0;
        wp::array_t<wp::int32> var_3;
        wp::int32* var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        const wp::float32 var_7 = 0.0;
        wp::vec_t<3, wp::float32> var_8;
        wp::range_t var_9;
        wp::int32 var_10;
        wp::int32* var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::int32 var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        const wp::int32 var_16 = 0;
        bool var_17;
        wp::float32 var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::slice_t adj_1 = {};
        wp::int32 adj_2 = {};
        wp::array_t<wp::int32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::range_t adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::int32 adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::int32 adj_16 = {};
        bool adj_17 = {};
        wp::float32 adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        //---------
        // forward
        // def neighbor_average(                                                                  <L 20>
        // tid = wp.tid()                                                                         <L 26>
        var_0 = builtin_tid1d();
        // nbrs = neighbors[tid]                                                                  <L 27>
        var_1 = wp::slice_t(var_0, var_0, var_2);
        var_3 = wp::view(var_neighbors, var_1);
        // n = counts[tid]                                                                        <L 28>
        var_4 = wp::address(var_counts, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // acc = wp.vec3(0.0)                                                                     <L 29>
        var_8 = wp::vec_t<3, wp::float32>(var_7);
        // for k in range(n):                                                                     <L 30>
        var_9 = wp::range(var_5);
        // if n > 0:                                                                              <L 32>
        var_17 = (var_5 > var_16);
        if (var_17) {
            // acc = acc / float(n)                                                               <L 33>
            var_18 = wp::float(var_5);
            var_19 = wp::div(var_8, var_18);
        }
        var_20 = wp::where(var_17, var_19, var_8);
        // out[tid] = acc                                                                         <L 34>
        // wp::array_store(var_out, var_0, var_20);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_20, adj_out, adj_0, adj_20);
        // adj: out[tid] = acc                                                                    <L 34>
        wp::adj_where(var_17, var_19, var_8, adj_17, adj_19, adj_8, adj_20);
        if (var_17) {
            wp::adj_div(var_8, var_18, adj_8, adj_18, adj_19);
            wp::adj_float(var_5, adj_5, adj_18);
            // adj: acc = acc / float(n)                                                          <L 33>
        }
        // adj: if n > 0:                                                                         <L 32>
        var_9 = wp::iter_reverse(var_9);
        start_for_0:;
            if (iter_cmp(var_9) == 0) goto end_for_0;
            var_10 = wp::iter_next(var_9);
        	adj_11 = {};
        	adj_12 = {};
        	adj_13 = {};
        	adj_14 = {};
        	adj_15 = {};
            // acc += values[nbrs[k]]                                                             <L 31>
            var_11 = wp::address(var_3, var_10);
            var_13 = wp::load(var_11);
            var_12 = wp::address(var_values, var_13);
            var_15 = wp::load(var_12);
            var_14 = wp::add(var_8, var_15);
            wp::assign(var_8, var_14);
            wp::adj_assign(var_8, var_14, adj_8, adj_14);
            wp::adj_add(var_8, var_15, adj_8, adj_12, adj_14);
            wp::adj_address(var_values, var_13, adj_values, adj_11, adj_12);
            wp::adj_address(var_3, var_10, adj_3, adj_10, adj_11);
            // adj: acc += values[nbrs[k]]                                                        <L 31>
        	goto start_for_0;
        end_for_0:;
        // adj: for k in range(n):                                                                <L 30>
        wp::adj_vec_t(var_7, adj_7, adj_8);
        // adj: acc = wp.vec3(0.0)                                                                <L 29>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_counts, var_0, adj_counts, adj_0, adj_4);
        // adj: n = counts[tid]                                                                   <L 28>
        wp::adj_view(var_neighbors, var_1, adj_neighbors, adj_1, adj_3);
        // adj: nbrs = neighbors[tid]                                                             <L 27>
        // adj: tid = wp.tid()                                                                    <L 26>
        // adj: def neighbor_average(                                                             <L 20>
        continue;
    }
}



extern "C" __global__ void batched_row_scale_04af7128_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_batch,
    wp::array_t<wp::float32> var_scale)
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
        wp::slice_t var_2;
        const wp::int32 var_3 = 0;
        wp::array_t<wp::float32> var_4;
        wp::slice_t var_5;
        const wp::int32 var_6 = 0;
        wp::array_t<wp::float32> var_7;
        wp::float32* var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::int32 var_11;
        wp::range_t var_12;
        wp::int32 var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        //---------
        // forward
        // def batched_row_scale(batch: wp.array3d(dtype=float), scale: wp.array2d(dtype=float)):       <L 38>
        // b, i = wp.tid()                                                                        <L 39>
        builtin_tid2d(var_0, var_1);
        // plane = batch[b]                                                                       <L 40>
        var_2 = wp::slice_t(var_0, var_0, var_3);
        var_4 = wp::view(var_batch, var_2);
        // row = plane[i]                                                                         <L 41>
        var_5 = wp::slice_t(var_1, var_1, var_6);
        var_7 = wp::view(var_4, var_5);
        // s = scale[b][i]                                                                        <L 42>
        var_8 = wp::address(var_scale, var_0, var_1);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // for j in range(len(row)):                                                              <L 43>
        var_11 = wp::len(var_7);
        var_12 = wp::range(var_11);
        start_for_0:;
            if (iter_cmp(var_12) == 0) goto end_for_0;
            var_13 = wp::iter_next(var_12);
            // row[j] = row[j] * s                                                                <L 44>
            var_14 = wp::address(var_7, var_13);
            var_16 = wp::load(var_14);
            var_15 = wp::mul(var_16, var_9);
            wp::array_store(var_7, var_13, var_15);
            goto start_for_0;
        end_for_0:;
    }
}



extern "C" __global__ void batched_row_scale_04af7128_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_batch,
    wp::array_t<wp::float32> var_scale,
    wp::array_t<wp::float32> adj_batch,
    wp::array_t<wp::float32> adj_scale)
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
        wp::slice_t var_2;
        const wp::int32 var_3 = 0;
        wp::array_t<wp::float32> var_4;
        wp::slice_t var_5;
        const wp::int32 var_6 = 0;
        wp::array_t<wp::float32> var_7;
        wp::float32* var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::int32 var_11;
        wp::range_t var_12;
        wp::int32 var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::slice_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::array_t<wp::float32> adj_4 = {};
        wp::slice_t adj_5 = {};
        wp::int32 adj_6 = {};
        wp::array_t<wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::range_t adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        //---------
        // forward
        // def batched_row_scale(batch: wp.array3d(dtype=float), scale: wp.array2d(dtype=float)):       <L 38>
        // b, i = wp.tid()                                                                        <L 39>
        builtin_tid2d(var_0, var_1);
        // plane = batch[b]                                                                       <L 40>
        var_2 = wp::slice_t(var_0, var_0, var_3);
        var_4 = wp::view(var_batch, var_2);
        // row = plane[i]                                                                         <L 41>
        var_5 = wp::slice_t(var_1, var_1, var_6);
        var_7 = wp::view(var_4, var_5);
        // s = scale[b][i]                                                                        <L 42>
        var_8 = wp::address(var_scale, var_0, var_1);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // for j in range(len(row)):                                                              <L 43>
        var_11 = wp::len(var_7);
        var_12 = wp::range(var_11);
        //---------
        // reverse
        var_12 = wp::iter_reverse(var_12);
        start_for_0:;
            if (iter_cmp(var_12) == 0) goto end_for_0;
            var_13 = wp::iter_next(var_12);
        	adj_14 = {};
        	adj_15 = {};
        	adj_16 = {};
            // row[j] = row[j] * s                                                                <L 44>
            var_14 = wp::address(var_7, var_13);
            var_16 = wp::load(var_14);
            var_15 = wp::mul(var_16, var_9);
            // wp::array_store(var_7, var_13, var_15);
            wp::adj_array_store(var_7, var_13, var_15, adj_7, adj_13, adj_15);
            wp::adj_mul(var_16, var_9, adj_14, adj_9, adj_15);
            wp::adj_address(var_7, var_13, adj_7, adj_13, adj_14);
            // adj: row[j] = row[j] * s                                                           <L 44>
        	goto start_for_0;
        end_for_0:;
        // adj: for j in range(len(row)):                                                         <L 43>
        wp::adj_copy(var_10, adj_8, adj_9);
        wp::adj_address(var_scale, var_0, var_1, adj_scale, adj_0, adj_1, adj_8);
        // adj: s = scale[b][i]                                                                   <L 42>
        wp::adj_view(var_4, var_5, adj_4, adj_5, adj_7);
        // adj: row = plane[i]                                                                    <L 41>
        wp::adj_view(var_batch, var_2, adj_batch, adj_2, adj_4);
        // adj: plane = batch[b]                                                                  <L 40>
        // adj: b, i = wp.tid()                                                                   <L 39>
        // adj: def batched_row_scale(batch: wp.array3d(dtype=float), scale: wp.array2d(dtype=float)):  <L 38>
        continue;
    }
}



extern "C" __global__ void column_and_block_sums_5875e939_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_img,
    wp::array_t<wp::float32> var_col_sum,
    wp::array_t<wp::float32> var_block)
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
        wp::slice_t var_1;
        const wp::int32 var_2 = 2147483647;
        const wp::int32 var_3 = -2147483648;
        const wp::int32 var_4 = 1;
        wp::slice_t var_5;
        const wp::int32 var_6 = 0;
        wp::array_t<wp::float32> var_7;
        const wp::float32 var_8 = 0.0;
        wp::float32 var_9;
        wp::shape_t* var_10;
        const wp::int32 var_11 = 0;
        wp::int32 var_12;
        wp::shape_t var_13;
        wp::range_t var_14;
        wp::int32 var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::int32 var_19 = 0;
        const wp::int32 var_20 = 2;
        wp::slice_t var_21;
        const wp::int32 var_22 = 1;
        const wp::int32 var_23 = 0;
        const wp::int32 var_24 = 2;
        wp::slice_t var_25;
        const wp::int32 var_26 = 1;
        wp::array_t<wp::float32> var_27;
        const wp::int32 var_28 = 1;
        const wp::int32 var_29 = 3;
        wp::slice_t var_30;
        const wp::int32 var_31 = 1;
        wp::array_t<wp::float32> var_32;
        const wp::int32 var_33 = 2;
        wp::slice_t var_34;
        const wp::int32 var_35 = 2147483647;
        const wp::int32 var_36 = -2147483648;
        wp::array_t<wp::float32> var_37;
        const wp::int32 var_38 = 0;
        bool var_39;
        const wp::int32 var_40 = 0;
        const wp::int32 var_41 = 0;
        wp::float32* var_42;
        const wp::int32 var_43 = 1;
        const wp::int32 var_44 = 1;
        wp::float32* var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        const wp::int32 var_49 = 0;
        wp::slice_t var_50;
        const wp::int32 var_51 = 2147483647;
        const wp::int32 var_52 = -2147483648;
        const wp::int32 var_53 = 1;
        wp::slice_t var_54;
        const wp::int32 var_55 = 0;
        wp::array_t<wp::float32> var_56;
        const wp::int32 var_57 = 1;
        wp::float32* var_58;
        const wp::int32 var_59 = 0;
        wp::float32 var_60;
        //---------
        // forward
        // def column_and_block_sums(                                                             <L 48>
        // j = wp.tid()                                                                           <L 51>
        var_0 = builtin_tid1d();
        // col = img[:, j]                                                                        <L 52>
        var_1 = wp::slice_t(var_2, var_3, var_4);
        var_5 = wp::slice_t(var_0, var_0, var_6);
        var_7 = wp::view(var_img, var_1, var_5);
        // total = float(0.0)                                                                     <L 53>
        var_9 = wp::float(var_8);
        // for i in range(col.shape[0]):                                                          <L 54>
        var_10 = &(var_7.shape);
        var_13 = wp::load(var_10);
        var_12 = wp::extract(var_13, var_11);
        var_14 = wp::range(var_12);
        start_for_0:;
            if (iter_cmp(var_14) == 0) goto end_for_0;
            var_15 = wp::iter_next(var_14);
            // total += col[i]                                                                    <L 55>
            var_16 = wp::address(var_7, var_15);
            var_18 = wp::load(var_16);
            var_17 = wp::add(var_9, var_18);
            wp::assign(var_9, var_17);
            goto start_for_0;
        end_for_0:;
        // col_sum[j] = total                                                                     <L 56>
        wp::array_store(var_col_sum, var_0, var_9);
        // corner = img[0:2, 0:2]                                                                 <L 57>
        var_21 = wp::slice_t(var_19, var_20, var_22);
        var_25 = wp::slice_t(var_23, var_24, var_26);
        var_27 = wp::view(var_img, var_21, var_25);
        // head = block[1:3]                                                                      <L 58>
        var_30 = wp::slice_t(var_28, var_29, var_31);
        var_32 = wp::view(var_block, var_30);
        // every_other = block[::2]                                                               <L 59>
        var_34 = wp::slice_t(var_35, var_36, var_33);
        var_37 = wp::view(var_block, var_34);
        // if j == 0:                                                                             <L 60>
        var_39 = (var_0 == var_38);
        if (var_39) {
            // head[0] = corner[0, 0] + corner[1, 1]                                              <L 61>
            var_42 = wp::address(var_27, var_40, var_41);
            var_45 = wp::address(var_27, var_43, var_44);
            var_47 = wp::load(var_42);
            var_48 = wp::load(var_45);
            var_46 = wp::add(var_47, var_48);
            wp::array_store(var_32, var_49, var_46);
            // every_other[0] = img[j, :][1]                                                      <L 62>
            var_50 = wp::slice_t(var_51, var_52, var_53);
            var_54 = wp::slice_t(var_0, var_0, var_55);
            var_56 = wp::view(var_img, var_54, var_50);
            var_58 = wp::address(var_56, var_57);
            var_60 = wp::load(var_58);
            wp::array_store(var_37, var_59, var_60);
        }
    }
}



extern "C" __global__ void column_and_block_sums_5875e939_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_img,
    wp::array_t<wp::float32> var_col_sum,
    wp::array_t<wp::float32> var_block,
    wp::array_t<wp::float32> adj_img,
    wp::array_t<wp::float32> adj_col_sum,
    wp::array_t<wp::float32> adj_block)
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
        wp::slice_t var_1;
        const wp::int32 var_2 = 2147483647;
        const wp::int32 var_3 = -2147483648;
        const wp::int32 var_4 = 1;
        wp::slice_t var_5;
        const wp::int32 var_6 = 0;
        wp::array_t<wp::float32> var_7;
        const wp::float32 var_8 = 0.0;
        wp::float32 var_9;
        wp::shape_t* var_10;
        const wp::int32 var_11 = 0;
        wp::int32 var_12;
        wp::shape_t var_13;
        wp::range_t var_14;
        wp::int32 var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::int32 var_19 = 0;
        const wp::int32 var_20 = 2;
        wp::slice_t var_21;
        const wp::int32 var_22 = 1;
        const wp::int32 var_23 = 0;
        const wp::int32 var_24 = 2;
        wp::slice_t var_25;
        const wp::int32 var_26 = 1;
        wp::array_t<wp::float32> var_27;
        const wp::int32 var_28 = 1;
        const wp::int32 var_29 = 3;
        wp::slice_t var_30;
        const wp::int32 var_31 = 1;
        wp::array_t<wp::float32> var_32;
        const wp::int32 var_33 = 2;
        wp::slice_t var_34;
        const wp::int32 var_35 = 2147483647;
        const wp::int32 var_36 = -2147483648;
        wp::array_t<wp::float32> var_37;
        const wp::int32 var_38 = 0;
        bool var_39;
        const wp::int32 var_40 = 0;
        const wp::int32 var_41 = 0;
        wp::float32* var_42;
        const wp::int32 var_43 = 1;
        const wp::int32 var_44 = 1;
        wp::float32* var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        const wp::int32 var_49 = 0;
        wp::slice_t var_50;
        const wp::int32 var_51 = 2147483647;
        const wp::int32 var_52 = -2147483648;
        const wp::int32 var_53 = 1;
        wp::slice_t var_54;
        const wp::int32 var_55 = 0;
        wp::array_t<wp::float32> var_56;
        const wp::int32 var_57 = 1;
        wp::float32* var_58;
        const wp::int32 var_59 = 0;
        wp::float32 var_60;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::slice_t adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::slice_t adj_5 = {};
        wp::int32 adj_6 = {};
        wp::array_t<wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::shape_t adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::shape_t adj_13 = {};
        wp::range_t adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::slice_t adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::slice_t adj_25 = {};
        wp::int32 adj_26 = {};
        wp::array_t<wp::float32> adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::slice_t adj_30 = {};
        wp::int32 adj_31 = {};
        wp::array_t<wp::float32> adj_32 = {};
        wp::int32 adj_33 = {};
        wp::slice_t adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::array_t<wp::float32> adj_37 = {};
        wp::int32 adj_38 = {};
        bool adj_39 = {};
        wp::int32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::int32 adj_49 = {};
        wp::slice_t adj_50 = {};
        wp::int32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::slice_t adj_54 = {};
        wp::int32 adj_55 = {};
        wp::array_t<wp::float32> adj_56 = {};
        wp::int32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::int32 adj_59 = {};
        wp::float32 adj_60 = {};
        //---------
        // forward
        // def column_and_block_sums(                                                             <L 48>
        // j = wp.tid()                                                                           <L 51>
        var_0 = builtin_tid1d();
        // col = img[:, j]                                                                        <L 52>
        var_1 = wp::slice_t(var_2, var_3, var_4);
        var_5 = wp::slice_t(var_0, var_0, var_6);
        var_7 = wp::view(var_img, var_1, var_5);
        // total = float(0.0)                                                                     <L 53>
        var_9 = wp::float(var_8);
        // for i in range(col.shape[0]):                                                          <L 54>
        var_10 = &(var_7.shape);
        var_13 = wp::load(var_10);
        var_12 = wp::extract(var_13, var_11);
        var_14 = wp::range(var_12);
        // col_sum[j] = total                                                                     <L 56>
        // wp::array_store(var_col_sum, var_0, var_9);
        // corner = img[0:2, 0:2]                                                                 <L 57>
        var_21 = wp::slice_t(var_19, var_20, var_22);
        var_25 = wp::slice_t(var_23, var_24, var_26);
        var_27 = wp::view(var_img, var_21, var_25);
        // head = block[1:3]                                                                      <L 58>
        var_30 = wp::slice_t(var_28, var_29, var_31);
        var_32 = wp::view(var_block, var_30);
        // every_other = block[::2]                                                               <L 59>
        var_34 = wp::slice_t(var_35, var_36, var_33);
        var_37 = wp::view(var_block, var_34);
        // if j == 0:                                                                             <L 60>
        var_39 = (var_0 == var_38);
        if (var_39) {
            // head[0] = corner[0, 0] + corner[1, 1]                                              <L 61>
            var_42 = wp::address(var_27, var_40, var_41);
            var_45 = wp::address(var_27, var_43, var_44);
            var_47 = wp::load(var_42);
            var_48 = wp::load(var_45);
            var_46 = wp::add(var_47, var_48);
            // wp::array_store(var_32, var_49, var_46);
            // every_other[0] = img[j, :][1]                                                      <L 62>
            var_50 = wp::slice_t(var_51, var_52, var_53);
            var_54 = wp::slice_t(var_0, var_0, var_55);
            var_56 = wp::view(var_img, var_54, var_50);
            var_58 = wp::address(var_56, var_57);
            var_60 = wp::load(var_58);
            // wp::array_store(var_37, var_59, var_60);
        }
        //---------
        // reverse
        if (var_39) {
            wp::adj_array_store(var_37, var_59, var_60, adj_37, adj_59, adj_58);
            wp::adj_address(var_56, var_57, adj_56, adj_57, adj_58);
            wp::adj_view(var_img, var_54, var_50, adj_img, adj_54, adj_50, adj_56);
            // adj: every_other[0] = img[j, :][1]                                                 <L 62>
            wp::adj_array_store(var_32, var_49, var_46, adj_32, adj_49, adj_46);
            wp::adj_add(var_47, var_48, adj_42, adj_45, adj_46);
            wp::adj_address(var_27, var_43, var_44, adj_27, adj_43, adj_44, adj_45);
            wp::adj_address(var_27, var_40, var_41, adj_27, adj_40, adj_41, adj_42);
            // adj: head[0] = corner[0, 0] + corner[1, 1]                                         <L 61>
        }
        // adj: if j == 0:                                                                        <L 60>
        wp::adj_view(var_block, var_34, adj_block, adj_34, adj_37);
        // adj: every_other = block[::2]                                                          <L 59>
        wp::adj_view(var_block, var_30, adj_block, adj_30, adj_32);
        // adj: head = block[1:3]                                                                 <L 58>
        wp::adj_view(var_img, var_21, var_25, adj_img, adj_21, adj_25, adj_27);
        // adj: corner = img[0:2, 0:2]                                                            <L 57>
        wp::adj_array_store(var_col_sum, var_0, var_9, adj_col_sum, adj_0, adj_9);
        // adj: col_sum[j] = total                                                                <L 56>
        var_14 = wp::iter_reverse(var_14);
        start_for_0:;
            if (iter_cmp(var_14) == 0) goto end_for_0;
            var_15 = wp::iter_next(var_14);
        	adj_16 = {};
        	adj_17 = {};
        	adj_18 = {};
            // total += col[i]                                                                    <L 55>
            var_16 = wp::address(var_7, var_15);
            var_18 = wp::load(var_16);
            var_17 = wp::add(var_9, var_18);
            wp::assign(var_9, var_17);
            wp::adj_assign(var_9, var_17, adj_9, adj_17);
            wp::adj_add(var_9, var_18, adj_9, adj_16, adj_17);
            wp::adj_address(var_7, var_15, adj_7, adj_15, adj_16);
            // adj: total += col[i]                                                               <L 55>
        	goto start_for_0;
        end_for_0:;
        adj_7.shape = adj_10;
        // adj: for i in range(col.shape[0]):                                                     <L 54>
        wp::adj_float(var_8, adj_8, adj_9);
        // adj: total = float(0.0)                                                                <L 53>
        wp::adj_view(var_img, var_1, var_5, adj_img, adj_1, adj_5, adj_7);
        // adj: col = img[:, j]                                                                   <L 52>
        // adj: j = wp.tid()                                                                      <L 51>
        // adj: def column_and_block_sums(                                                        <L 48>
        continue;
    }
}

