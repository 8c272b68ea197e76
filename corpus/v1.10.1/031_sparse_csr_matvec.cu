
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


struct CSRMatrix_ce65e64f
{
    wp::array_t<wp::int32> row_ptr;
    wp::array_t<wp::int32> col_idx;
    wp::array_t<wp::float32> values;
    wp::int32 num_rows;


    CSRMatrix_ce65e64f() = default;
    CUDA_CALLABLE CSRMatrix_ce65e64f(wp::array_t<wp::int32> const& row_ptr,
    wp::array_t<wp::int32> const& col_idx = {},
    wp::array_t<wp::float32> const& values = {},
    wp::int32 const& num_rows = {})
        : row_ptr{row_ptr}
        , col_idx{col_idx}
        , values{values}
        , num_rows{num_rows}

    {
    }

    CUDA_CALLABLE CSRMatrix_ce65e64f& operator += (const CSRMatrix_ce65e64f& rhs)
    {    num_rows += rhs.num_rows;

        return *this;}

};

static CUDA_CALLABLE void adj_CSRMatrix_ce65e64f(wp::array_t<wp::int32> const&,
    wp::array_t<wp::int32> const&,
    wp::array_t<wp::float32> const&,
    wp::int32 const&,
    wp::array_t<wp::int32> & adj_row_ptr,
    wp::array_t<wp::int32> & adj_col_idx,
    wp::array_t<wp::float32> & adj_values,
    wp::int32 & adj_num_rows,
    CSRMatrix_ce65e64f & adj_ret)
{
    adj_row_ptr = adj_ret.row_ptr;
    adj_col_idx = adj_ret.col_idx;
    adj_values = adj_ret.values;
    adj_num_rows += adj_ret.num_rows;
}

// Required when compiling adjoints.
CUDA_CALLABLE CSRMatrix_ce65e64f add(const CSRMatrix_ce65e64f& a, const CSRMatrix_ce65e64f& b)
{
    return CSRMatrix_ce65e64f();
}

CUDA_CALLABLE void adj_atomic_add(CSRMatrix_ce65e64f* p, CSRMatrix_ce65e64f t)
{
    wp::adj_atomic_add(&p->row_ptr, t.row_ptr);
    wp::adj_atomic_add(&p->col_idx, t.col_idx);
    wp::adj_atomic_add(&p->values, t.values);
    wp::adj_atomic_add(&p->num_rows, t.num_rows);
}



// corpus/031_sparse_csr_matvec.py:12
static CUDA_CALLABLE wp::float32 row_dot_0(
    CSRMatrix_ce65e64f var_A,
    wp::int32 var_row,
    wp::array_t<wp::float32> var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    wp::array_t<wp::int32>* var_2;
    wp::int32* var_3;
    wp::array_t<wp::int32> var_4;
    wp::array_t<wp::int32>* var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    wp::int32* var_8;
    wp::array_t<wp::int32> var_9;
    wp::range_t var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    wp::array_t<wp::float32>* var_14;
    wp::float32* var_15;
    wp::array_t<wp::float32> var_16;
    wp::array_t<wp::int32>* var_17;
    wp::int32* var_18;
    wp::array_t<wp::int32> var_19;
    wp::float32* var_20;
    wp::int32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::array_t<wp::float32>* var_25;
    wp::float32* var_26;
    wp::array_t<wp::float32> var_27;
    wp::array_t<wp::int32>* var_28;
    wp::int32* var_29;
    wp::array_t<wp::int32> var_30;
    wp::float32* var_31;
    wp::int32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    //---------
    // forward
    // def row_dot(A: CSRMatrix, row: int, x: wp.array(dtype=float)) -> float:                <L 13>
    // s = float(0.0)                                                                         <L 14>
    var_1 = wp::float(var_0);
    // for k in range(A.row_ptr[row], A.row_ptr[row + 1]):                                    <L 15>
    var_2 = &(var_A.row_ptr);
    var_4 = wp::load(var_2);
    var_3 = wp::address(var_4, var_row);
    var_5 = &(var_A.row_ptr);
    var_7 = wp::add(var_row, var_6);
    var_9 = wp::load(var_5);
    var_8 = wp::address(var_9, var_7);
    var_11 = wp::load(var_3);
    var_12 = wp::load(var_8);
    var_10 = wp::range(var_11, var_12);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_13 = wp::iter_next(var_10);
        // s += A.values[k] * x[A.col_idx[k]]                                                 <L 16>
        var_14 = &(var_A.values);
        var_16 = wp::load(var_14);
        var_15 = wp::address(var_16, var_13);
        var_17 = &(var_A.col_idx);
        var_19 = wp::load(var_17);
        var_18 = wp::address(var_19, var_13);
        var_21 = wp::load(var_18);
        var_20 = wp::address(var_x, var_21);
        var_23 = wp::load(var_15);
        var_24 = wp::load(var_20);
        var_22 = wp::mul(var_23, var_24);
        var_25 = &(var_A.values);
        var_27 = wp::load(var_25);
        var_26 = wp::address(var_27, var_13);
        var_28 = &(var_A.col_idx);
        var_30 = wp::load(var_28);
        var_29 = wp::address(var_30, var_13);
        var_32 = wp::load(var_29);
        var_31 = wp::address(var_x, var_32);
        var_34 = wp::load(var_26);
        var_35 = wp::load(var_31);
        var_33 = wp::mul(var_34, var_35);
        var_36 = wp::add(var_1, var_33);
        wp::assign(var_1, var_36);
        goto start_for_0;
    end_for_0:;
    // return s                                                                               <L 17>
    return var_1;
}


// corpus/031_sparse_csr_matvec.py:20
static CUDA_CALLABLE wp::float32 diagonal_entry_0(
    CSRMatrix_ce65e64f var_A,
    wp::int32 var_row)
{
    //---------
    // primal vars
    wp::array_t<wp::int32>* var_0;
    wp::int32* var_1;
    wp::array_t<wp::int32> var_2;
    wp::array_t<wp::int32>* var_3;
    const wp::int32 var_4 = 1;
    wp::int32 var_5;
    wp::int32* var_6;
    wp::array_t<wp::int32> var_7;
    wp::range_t var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::array_t<wp::int32>* var_12;
    wp::int32* var_13;
    wp::array_t<wp::int32> var_14;
    bool var_15;
    wp::int32 var_16;
    wp::array_t<wp::float32>* var_17;
    wp::float32* var_18;
    wp::array_t<wp::float32> var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.0;
    //---------
    // forward
    // def diagonal_entry(A: CSRMatrix, row: int) -> float:                                   <L 21>
    // for k in range(A.row_ptr[row], A.row_ptr[row + 1]):                                    <L 22>
    var_0 = &(var_A.row_ptr);
    var_2 = wp::load(var_0);
    var_1 = wp::address(var_2, var_row);
    var_3 = &(var_A.row_ptr);
    var_5 = wp::add(var_row, var_4);
    var_7 = wp::load(var_3);
    var_6 = wp::address(var_7, var_5);
    var_9 = wp::load(var_1);
    var_10 = wp::load(var_6);
    var_8 = wp::range(var_9, var_10);
    start_for_0:;
        if (iter_cmp(var_8) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_8);
        // if A.col_idx[k] == row:                                                            <L 23>
        var_12 = &(var_A.col_idx);
        var_14 = wp::load(var_12);
        var_13 = wp::address(var_14, var_11);
        var_16 = wp::load(var_13);
        var_15 = (var_16 == var_row);
        if (var_15) {
            // return A.values[k]                                                             <L 24>
            var_17 = &(var_A.values);
            var_19 = wp::load(var_17);
            var_18 = wp::address(var_19, var_11);
            var_21 = wp::load(var_18);
            var_20 = wp::copy(var_21);
            return var_20;
        }
        goto start_for_0;
    end_for_0:;
    // return 0.0                                                                             <L 25>
    return var_22;
}


// corpus/031_sparse_csr_matvec.py:12
static CUDA_CALLABLE void adj_row_dot_0(
    CSRMatrix_ce65e64f var_A,
    wp::int32 var_row,
    wp::array_t<wp::float32> var_x,
    CSRMatrix_ce65e64f & adj_A,
    wp::int32 & adj_row,
    wp::array_t<wp::float32> & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    wp::array_t<wp::int32>* var_2;
    wp::int32* var_3;
    wp::array_t<wp::int32> var_4;
    wp::array_t<wp::int32>* var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    wp::int32* var_8;
    wp::array_t<wp::int32> var_9;
    wp::range_t var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    wp::array_t<wp::float32>* var_14;
    wp::float32* var_15;
    wp::array_t<wp::float32> var_16;
    wp::array_t<wp::int32>* var_17;
    wp::int32* var_18;
    wp::array_t<wp::int32> var_19;
    wp::float32* var_20;
    wp::int32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::array_t<wp::float32>* var_25;
    wp::float32* var_26;
    wp::array_t<wp::float32> var_27;
    wp::array_t<wp::int32>* var_28;
    wp::int32* var_29;
    wp::array_t<wp::int32> var_30;
    wp::float32* var_31;
    wp::int32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::array_t<wp::int32> adj_2 = {};
    wp::int32 adj_3 = {};
    wp::array_t<wp::int32> adj_4 = {};
    wp::array_t<wp::int32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::array_t<wp::int32> adj_9 = {};
    wp::range_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::array_t<wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    wp::array_t<wp::float32> adj_16 = {};
    wp::array_t<wp::int32> adj_17 = {};
    wp::int32 adj_18 = {};
    wp::array_t<wp::int32> adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::array_t<wp::float32> adj_25 = {};
    wp::float32 adj_26 = {};
    wp::array_t<wp::float32> adj_27 = {};
    wp::array_t<wp::int32> adj_28 = {};
    wp::int32 adj_29 = {};
    wp::array_t<wp::int32> adj_30 = {};
    wp::float32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    //---------
    // forward
    // def row_dot(A: CSRMatrix, row: int, x: wp.array(dtype=float)) -> float:                <L 13>
    // s = float(0.0)                                                                         <L 14>
    var_1 = wp::float(var_0);
    // for k in range(A.row_ptr[row], A.row_ptr[row + 1]):                                    <L 15>
    var_2 = &(var_A.row_ptr);
    var_4 = wp::load(var_2);
    var_3 = wp::address(var_4, var_row);
    var_5 = &(var_A.row_ptr);
    var_7 = wp::add(var_row, var_6);
    var_9 = wp::load(var_5);
    var_8 = wp::address(var_9, var_7);
    var_11 = wp::load(var_3);
    var_12 = wp::load(var_8);
    var_10 = wp::range(var_11, var_12);
    // return s                                                                               <L 17>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_1 += adj_ret;
    // adj: return s                                                                          <L 17>
    var_10 = wp::iter_reverse(var_10);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_13 = wp::iter_next(var_10);
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
        // s += A.values[k] * x[A.col_idx[k]]                                                 <L 16>
        var_14 = &(var_A.values);
        var_16 = wp::load(var_14);
        var_15 = wp::address(var_16, var_13);
        var_17 = &(var_A.col_idx);
        var_19 = wp::load(var_17);
        var_18 = wp::address(var_19, var_13);
        var_21 = wp::load(var_18);
        var_20 = wp::address(var_x, var_21);
        var_23 = wp::load(var_15);
        var_24 = wp::load(var_20);
        var_22 = wp::mul(var_23, var_24);
        var_25 = &(var_A.values);
        var_27 = wp::load(var_25);
        var_26 = wp::address(var_27, var_13);
        var_28 = &(var_A.col_idx);
        var_30 = wp::load(var_28);
        var_29 = wp::address(var_30, var_13);
        var_32 = wp::load(var_29);
        var_31 = wp::address(var_x, var_32);
        var_34 = wp::load(var_26);
        var_35 = wp::load(var_31);
        var_33 = wp::mul(var_34, var_35);
        var_36 = wp::add(var_1, var_33);
        wp::assign(var_1, var_36);
        wp::adj_assign(var_1, var_36, adj_1, adj_36);
        wp::adj_add(var_1, var_33, adj_1, adj_33, adj_36);
        wp::adj_mul(var_34, var_35, adj_26, adj_31, adj_33);
        wp::adj_address(var_x, var_32, adj_x, adj_29, adj_31);
        wp::adj_address(var_30, var_13, adj_28, adj_13, adj_29);
        adj_A.col_idx = adj_28;
        wp::adj_address(var_27, var_13, adj_25, adj_13, adj_26);
        adj_A.values = adj_25;
        wp::adj_mul(var_23, var_24, adj_15, adj_20, adj_22);
        wp::adj_address(var_x, var_21, adj_x, adj_18, adj_20);
        wp::adj_address(var_19, var_13, adj_17, adj_13, adj_18);
        adj_A.col_idx = adj_17;
        wp::adj_address(var_16, var_13, adj_14, adj_13, adj_15);
        adj_A.values = adj_14;
        // adj: s += A.values[k] * x[A.col_idx[k]]                                            <L 16>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_11, var_12, adj_3, adj_8, adj_10);
    wp::adj_address(var_9, var_7, adj_5, adj_7, adj_8);
    wp::adj_add(var_row, var_6, adj_row, adj_6, adj_7);
    adj_A.row_ptr = adj_5;
    wp::adj_address(var_4, var_row, adj_2, adj_row, adj_3);
    adj_A.row_ptr = adj_2;
    // adj: for k in range(A.row_ptr[row], A.row_ptr[row + 1]):                               <L 15>
    wp::adj_float(var_0, adj_0, adj_1);
    // adj: s = float(0.0)                                                                    <L 14>
    // adj: def row_dot(A: CSRMatrix, row: int, x: wp.array(dtype=float)) -> float:           <L 13>
    return;
}


// corpus/031_sparse_csr_matvec.py:20
static CUDA_CALLABLE void adj_diagonal_entry_0(
    CSRMatrix_ce65e64f var_A,
    wp::int32 var_row,
    CSRMatrix_ce65e64f & adj_A,
    wp::int32 & adj_row,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::array_t<wp::int32>* var_0;
    wp::int32* var_1;
    wp::array_t<wp::int32> var_2;
    wp::array_t<wp::int32>* var_3;
    const wp::int32 var_4 = 1;
    wp::int32 var_5;
    wp::int32* var_6;
    wp::array_t<wp::int32> var_7;
    wp::range_t var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::array_t<wp::int32>* var_12;
    wp::int32* var_13;
    wp::array_t<wp::int32> var_14;
    bool var_15;
    wp::int32 var_16;
    wp::array_t<wp::float32>* var_17;
    wp::float32* var_18;
    wp::array_t<wp::float32> var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.0;
    //---------
    // dual vars
    wp::array_t<wp::int32> adj_0 = {};
    wp::int32 adj_1 = {};
    wp::array_t<wp::int32> adj_2 = {};
    wp::array_t<wp::int32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::array_t<wp::int32> adj_7 = {};
    wp::range_t adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::array_t<wp::int32> adj_12 = {};
    wp::int32 adj_13 = {};
    wp::array_t<wp::int32> adj_14 = {};
    bool adj_15 = {};
    wp::int32 adj_16 = {};
    wp::array_t<wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    wp::array_t<wp::float32> adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    //---------
    // forward
    // def diagonal_entry(A: CSRMatrix, row: int) -> float:                                   <L 21>
    // for k in range(A.row_ptr[row], A.row_ptr[row + 1]):                                    <L 22>
    var_0 = &(var_A.row_ptr);
    var_2 = wp::load(var_0);
    var_1 = wp::address(var_2, var_row);
    var_3 = &(var_A.row_ptr);
    var_5 = wp::add(var_row, var_4);
    var_7 = wp::load(var_3);
    var_6 = wp::address(var_7, var_5);
    var_9 = wp::load(var_1);
    var_10 = wp::load(var_6);
    var_8 = wp::range(var_9, var_10);
    // return 0.0                                                                             <L 25>
    goto label3;
    //---------
    // reverse
    label3:;
    adj_22 += adj_ret;
    // adj: return 0.0                                                                        <L 25>
    var_8 = wp::iter_reverse(var_8);
    start_for_0:;
        if (iter_cmp(var_8) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_8);
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
        // if A.col_idx[k] == row:                                                            <L 23>
        var_12 = &(var_A.col_idx);
        var_14 = wp::load(var_12);
        var_13 = wp::address(var_14, var_11);
        var_16 = wp::load(var_13);
        var_15 = (var_16 == var_row);
        if (var_15) {
            // return A.values[k]                                                             <L 24>
            var_17 = &(var_A.values);
            var_19 = wp::load(var_17);
            var_18 = wp::address(var_19, var_11);
            var_21 = wp::load(var_18);
            var_20 = wp::copy(var_21);
            goto label2;
        }
        if (var_15) {
            label2:;
            adj_20 += adj_ret;
            wp::adj_copy(var_21, adj_18, adj_20);
            wp::adj_address(var_19, var_11, adj_17, adj_11, adj_18);
            adj_A.values = adj_17;
            // adj: return A.values[k]                                                        <L 24>
        }
        wp::adj_address(var_14, var_11, adj_12, adj_11, adj_13);
        adj_A.col_idx = adj_12;
        // adj: if A.col_idx[k] == row:                                                       <L 23>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_9, var_10, adj_1, adj_6, adj_8);
    wp::adj_address(var_7, var_5, adj_3, adj_5, adj_6);
    wp::adj_add(var_row, var_4, adj_row, adj_4, adj_5);
    adj_A.row_ptr = adj_3;
    wp::adj_address(var_2, var_row, adj_0, adj_row, adj_1);
    adj_A.row_ptr = adj_0;
    // adj: for k in range(A.row_ptr[row], A.row_ptr[row + 1]):                               <L 22>
    // adj: def diagonal_entry(A: CSRMatrix, row: int) -> float:                              <L 21>
    return;
}



extern "C" __global__ void spmv_fdb699da_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    CSRMatrix_ce65e64f var_A,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_y,
    wp::float32 var_alpha,
    wp::float32 var_beta)
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
        wp::int32* var_1;
        bool var_2;
        wp::int32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        //---------
        // forward
        // def spmv(A: CSRMatrix, x: wp.array(dtype=float), y: wp.array(dtype=float), alpha: float, beta: float):       <L 29>
        // row = wp.tid()                                                                         <L 30>
        var_0 = builtin_tid1d();
        // if row >= A.num_rows:                                                                  <L 31>
        var_1 = &(var_A.num_rows);
        var_3 = wp::load(var_1);
        var_2 = (var_0 >= var_3);
        if (var_2) {
            // return                                                                             <L 32>
            continue;
        }
        // y[row] = alpha * row_dot(A, row, x) + beta * y[row]                                    <L 33>
        var_4 = row_dot_0(var_A, var_0, var_x);
        var_5 = wp::mul(var_alpha, var_4);
        var_6 = wp::address(var_y, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::mul(var_beta, var_8);
        var_9 = wp::add(var_5, var_7);
        wp::array_store(var_y, var_0, var_9);
    }
}



extern "C" __global__ void spmv_fdb699da_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    CSRMatrix_ce65e64f var_A,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_y,
    wp::float32 var_alpha,
    wp::float32 var_beta,
    CSRMatrix_ce65e64f adj_A,
    wp::array_t<wp::float32> adj_x,
    wp::array_t<wp::float32> adj_y,
    wp::float32 adj_alpha,
    wp::float32 adj_beta)
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
        wp::int32* var_1;
        bool var_2;
        wp::int32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        bool adj_2 = {};
        wp::int32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        //---------
        // forward
        // def spmv(A: CSRMatrix, x: wp.array(dtype=float), y: wp.array(dtype=float), alpha: float, beta: float):       <L 29>
        // row = wp.tid()                                                                         <L 30>
        var_0 = builtin_tid1d();
        // if row >= A.num_rows:                                                                  <L 31>
        var_1 = &(var_A.num_rows);
        var_3 = wp::load(var_1);
        var_2 = (var_0 >= var_3);
        if (var_2) {
            // return                                                                             <L 32>
            goto label0;
        }
        // y[row] = alpha * row_dot(A, row, x) + beta * y[row]                                    <L 33>
        var_4 = row_dot_0(var_A, var_0, var_x);
        var_5 = wp::mul(var_alpha, var_4);
        var_6 = wp::address(var_y, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::mul(var_beta, var_8);
        var_9 = wp::add(var_5, var_7);
        // wp::array_store(var_y, var_0, var_9);
        //---------
        // reverse
        wp::adj_array_store(var_y, var_0, var_9, adj_y, adj_0, adj_9);
        wp::adj_add(var_5, var_7, adj_5, adj_7, adj_9);
        wp::adj_mul(var_beta, var_8, adj_beta, adj_6, adj_7);
        wp::adj_address(var_y, var_0, adj_y, adj_0, adj_6);
        wp::adj_mul(var_alpha, var_4, adj_alpha, adj_4, adj_5);
        adj_row_dot_0(var_A, var_0, var_x, adj_A, adj_0, adj_x, adj_4);
        // adj: y[row] = alpha * row_dot(A, row, x) + beta * y[row]                               <L 33>
        if (var_2) {
            label0:;
            // adj: return                                                                        <L 32>
        }
        adj_A.num_rows = adj_1;
        // adj: if row >= A.num_rows:                                                             <L 31>
        // adj: row = wp.tid()                                                                    <L 30>
        // adj: def spmv(A: CSRMatrix, x: wp.array(dtype=float), y: wp.array(dtype=float), alpha: float, beta: float):  <L 29>
        continue;
    }
}



extern "C" __global__ void jacobi_precondition_ec4075b1_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    CSRMatrix_ce65e64f var_A,
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
        wp::float32 var_1;
        const wp::float32 var_2 = 0.0;
        bool var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32* var_7;
        wp::float32 var_8;
        //---------
        // forward
        // def jacobi_precondition(A: CSRMatrix, r: wp.array(dtype=float), z: wp.array(dtype=float)):       <L 37>
        // row = wp.tid()                                                                         <L 38>
        var_0 = builtin_tid1d();
        // d = diagonal_entry(A, row)                                                             <L 39>
        var_1 = diagonal_entry_0(var_A, var_0);
        // if d != 0.0:                                                                           <L 40>
        var_3 = (var_1 != var_2);
        if (var_3) {
            // z[row] = r[row] / d                                                                <L 41>
            var_4 = wp::address(var_r, var_0);
            var_6 = wp::load(var_4);
            var_5 = wp::div(var_6, var_1);
            wp::array_store(var_z, var_0, var_5);
        }
        if (!var_3) {
            // z[row] = r[row]                                                                    <L 43>
            var_7 = wp::address(var_r, var_0);
            var_8 = wp::load(var_7);
            wp::array_store(var_z, var_0, var_8);
        }
    }
}



extern "C" __global__ void jacobi_precondition_ec4075b1_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    CSRMatrix_ce65e64f var_A,
    wp::array_t<wp::float32> var_r,
    wp::array_t<wp::float32> var_z,
    CSRMatrix_ce65e64f adj_A,
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
        wp::float32 var_1;
        const wp::float32 var_2 = 0.0;
        bool var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32* var_7;
        wp::float32 var_8;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        bool adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        //---------
        // forward
        // def jacobi_precondition(A: CSRMatrix, r: wp.array(dtype=float), z: wp.array(dtype=float)):       <L 37>
        // row = wp.tid()                                                                         <L 38>
        var_0 = builtin_tid1d();
        // d = diagonal_entry(A, row)                                                             <L 39>
        var_1 = diagonal_entry_0(var_A, var_0);
        // if d != 0.0:                                                                           <L 40>
        var_3 = (var_1 != var_2);
        if (var_3) {
            // z[row] = r[row] / d                                                                <L 41>
            var_4 = wp::address(var_r, var_0);
            var_6 = wp::load(var_4);
            var_5 = wp::div(var_6, var_1);
            // wp::array_store(var_z, var_0, var_5);
        }
        if (!var_3) {
            // z[row] = r[row]                                                                    <L 43>
            var_7 = wp::address(var_r, var_0);
            var_8 = wp::load(var_7);
            // wp::array_store(var_z, var_0, var_8);
        }
        //---------
        // reverse
        if (!var_3) {
            wp::adj_array_store(var_z, var_0, var_8, adj_z, adj_0, adj_7);
            wp::adj_address(var_r, var_0, adj_r, adj_0, adj_7);
            // adj: z[row] = r[row]                                                               <L 43>
        }
        if (var_3) {
            wp::adj_array_store(var_z, var_0, var_5, adj_z, adj_0, adj_5);
            wp::adj_div(var_6, var_1, var_5, adj_4, adj_1, adj_5);
            wp::adj_address(var_r, var_0, adj_r, adj_0, adj_4);
            // adj: z[row] = r[row] / d                                                           <L 41>
        }
        // adj: if d != 0.0:                                                                      <L 40>
        adj_diagonal_entry_0(var_A, var_0, adj_A, adj_0, adj_1);
        // adj: d = diagonal_entry(A, row)                                                        <L 39>
        // adj: row = wp.tid()                                                                    <L 38>
        // adj: def jacobi_precondition(A: CSRMatrix, r: wp.array(dtype=float), z: wp.array(dtype=float)):  <L 37>
        continue;
    }
}



extern "C" __global__ void gauss_seidel_colored_7da45896_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    CSRMatrix_ce65e64f var_A,
    wp::array_t<wp::float32> var_b,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::int32> var_colors,
    wp::int32 var_color,
    wp::float32 var_omega)
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
        wp::int32* var_1;
        bool var_2;
        wp::int32 var_3;
        const wp::float32 var_4 = 0.0;
        wp::float32 var_5;
        const wp::float32 var_6 = 0.0;
        wp::float32 var_7;
        wp::array_t<wp::int32>* var_8;
        wp::int32* var_9;
        wp::array_t<wp::int32> var_10;
        wp::array_t<wp::int32>* var_11;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        wp::int32* var_14;
        wp::array_t<wp::int32> var_15;
        wp::range_t var_16;
        wp::int32 var_17;
        wp::int32 var_18;
        wp::int32 var_19;
        wp::array_t<wp::int32>* var_20;
        wp::int32* var_21;
        wp::array_t<wp::int32> var_22;
        wp::int32 var_23;
        wp::int32 var_24;
        bool var_25;
        wp::array_t<wp::float32>* var_26;
        wp::float32* var_27;
        wp::array_t<wp::float32> var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::array_t<wp::float32>* var_32;
        wp::float32* var_33;
        wp::array_t<wp::float32> var_34;
        wp::float32* var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::array_t<wp::float32>* var_39;
        wp::float32* var_40;
        wp::array_t<wp::float32> var_41;
        wp::float32* var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        const wp::float32 var_48 = 0.0;
        bool var_49;
        wp::float32* var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        const wp::float32 var_54 = 1.0;
        wp::float32 var_55;
        wp::float32* var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        //---------
        // forward
        // def gauss_seidel_colored(A: CSRMatrix, b: wp.array(dtype=float), x: wp.array(dtype=float), colors: wp.array(dtype=int), color: int, omega: float):       <L 47>
        // row = wp.tid()                                                                         <L 48>
        var_0 = builtin_tid1d();
        // if colors[row] != color:                                                               <L 49>
        var_1 = wp::address(var_colors, var_0);
        var_3 = wp::load(var_1);
        var_2 = (var_3 != var_color);
        if (var_2) {
            // return                                                                             <L 50>
            continue;
        }
        // sigma = float(0.0)                                                                     <L 51>
        var_5 = wp::float(var_4);
        // diag = float(0.0)                                                                      <L 52>
        var_7 = wp::float(var_6);
        // for k in range(A.row_ptr[row], A.row_ptr[row + 1]):                                    <L 53>
        var_8 = &(var_A.row_ptr);
        var_10 = wp::load(var_8);
        var_9 = wp::address(var_10, var_0);
        var_11 = &(var_A.row_ptr);
        var_13 = wp::add(var_0, var_12);
        var_15 = wp::load(var_11);
        var_14 = wp::address(var_15, var_13);
        var_17 = wp::load(var_9);
        var_18 = wp::load(var_14);
        var_16 = wp::range(var_17, var_18);
        start_for_1:;
            if (iter_cmp(var_16) == 0) goto end_for_1;
            var_19 = wp::iter_next(var_16);
            // c = A.col_idx[k]                                                                   <L 54>
            var_20 = &(var_A.col_idx);
            var_22 = wp::load(var_20);
            var_21 = wp::address(var_22, var_19);
            var_24 = wp::load(var_21);
            var_23 = wp::copy(var_24);
            // if c == row:                                                                       <L 55>
            var_25 = (var_23 == var_0);
            if (var_25) {
                // diag = A.values[k]                                                             <L 56>
                var_26 = &(var_A.values);
                var_28 = wp::load(var_26);
                var_27 = wp::address(var_28, var_19);
                var_30 = wp::load(var_27);
                var_29 = wp::copy(var_30);
            }
            var_31 = wp::where(var_25, var_29, var_7);
            if (!var_25) {
                // sigma += A.values[k] * x[c]                                                    <L 58>
                var_32 = &(var_A.values);
                var_34 = wp::load(var_32);
                var_33 = wp::address(var_34, var_19);
                var_35 = wp::address(var_x, var_23);
                var_37 = wp::load(var_33);
                var_38 = wp::load(var_35);
                var_36 = wp::mul(var_37, var_38);
                var_39 = &(var_A.values);
                var_41 = wp::load(var_39);
                var_40 = wp::address(var_41, var_19);
                var_42 = wp::address(var_x, var_23);
                var_44 = wp::load(var_40);
                var_45 = wp::load(var_42);
                var_43 = wp::mul(var_44, var_45);
                var_46 = wp::add(var_5, var_43);
            }
            var_47 = wp::where(var_25, var_5, var_46);
            wp::assign(var_5, var_47);
            wp::assign(var_7, var_31);
            goto start_for_1;
        end_for_1:;
        // if diag == 0.0:                                                                        <L 59>
        var_49 = (var_7 == var_48);
        if (var_49) {
            // return                                                                             <L 60>
            continue;
        }
        // x_new = (b[row] - sigma) / diag                                                        <L 61>
        var_50 = wp::address(var_b, var_0);
        var_52 = wp::load(var_50);
        var_51 = wp::sub(var_52, var_5);
        var_53 = wp::div(var_51, var_7);
        // x[row] = (1.0 - omega) * x[row] + omega * x_new                                        <L 62>
        var_55 = wp::sub(var_54, var_omega);
        var_56 = wp::address(var_x, var_0);
        var_58 = wp::load(var_56);
        var_57 = wp::mul(var_55, var_58);
        var_59 = wp::mul(var_omega, var_53);
        var_60 = wp::add(var_57, var_59);
        wp::array_store(var_x, var_0, var_60);
    }
}



extern "C" __global__ void gauss_seidel_colored_7da45896_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    CSRMatrix_ce65e64f var_A,
    wp::array_t<wp::float32> var_b,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::int32> var_colors,
    wp::int32 var_color,
    wp::float32 var_omega,
    CSRMatrix_ce65e64f adj_A,
    wp::array_t<wp::float32> adj_b,
    wp::array_t<wp::float32> adj_x,
    wp::array_t<wp::int32> adj_colors,
    wp::int32 adj_color,
    wp::float32 adj_omega)
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
        wp::int32* var_1;
        bool var_2;
        wp::int32 var_3;
        const wp::float32 var_4 = 0.0;
        wp::float32 var_5;
        const wp::float32 var_6 = 0.0;
        wp::float32 var_7;
        wp::array_t<wp::int32>* var_8;
        wp::int32* var_9;
        wp::array_t<wp::int32> var_10;
        wp::array_t<wp::int32>* var_11;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        wp::int32* var_14;
        wp::array_t<wp::int32> var_15;
        wp::range_t var_16;
        wp::int32 var_17;
        wp::int32 var_18;
        wp::int32 var_19;
        wp::array_t<wp::int32>* var_20;
        wp::int32* var_21;
        wp::array_t<wp::int32> var_22;
        wp::int32 var_23;
        wp::int32 var_24;
        bool var_25;
        wp::array_t<wp::float32>* var_26;
        wp::float32* var_27;
        wp::array_t<wp::float32> var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::array_t<wp::float32>* var_32;
        wp::float32* var_33;
        wp::array_t<wp::float32> var_34;
        wp::float32* var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::array_t<wp::float32>* var_39;
        wp::float32* var_40;
        wp::array_t<wp::float32> var_41;
        wp::float32* var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        const wp::float32 var_48 = 0.0;
        bool var_49;
        wp::float32* var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        const wp::float32 var_54 = 1.0;
        wp::float32 var_55;
        wp::float32* var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        bool adj_2 = {};
        wp::int32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::array_t<wp::int32> adj_8 = {};
        wp::int32 adj_9 = {};
        wp::array_t<wp::int32> adj_10 = {};
        wp::array_t<wp::int32> adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::array_t<wp::int32> adj_15 = {};
        wp::range_t adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::array_t<wp::int32> adj_20 = {};
        wp::int32 adj_21 = {};
        wp::array_t<wp::int32> adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        bool adj_25 = {};
        wp::array_t<wp::float32> adj_26 = {};
        wp::float32 adj_27 = {};
        wp::array_t<wp::float32> adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::array_t<wp::float32> adj_32 = {};
        wp::float32 adj_33 = {};
        wp::array_t<wp::float32> adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::array_t<wp::float32> adj_39 = {};
        wp::float32 adj_40 = {};
        wp::array_t<wp::float32> adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        bool adj_49 = {};
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
        //---------
        // forward
        // def gauss_seidel_colored(A: CSRMatrix, b: wp.array(dtype=float), x: wp.array(dtype=float), colors: wp.array(dtype=int), color: int, omega: float):       <L 47>
        // row = wp.tid()                                                                         <L 48>
        var_0 = builtin_tid1d();
        // if colors[row] != color:                                                               <L 49>
        var_1 = wp::address(var_colors, var_0);
        var_3 = wp::load(var_1);
        var_2 = (var_3 != var_color);
        if (var_2) {
            // return                                                                             <L 50>
            goto label0;
        }
        // sigma = float(0.0)                                                                     <L 51>
        var_5 = wp::float(var_4);
        // diag = float(0.0)                                                                      <L 52>
        var_7 = wp::float(var_6);
        // for k in range(A.row_ptr[row], A.row_ptr[row + 1]):                                    <L 53>
        var_8 = &(var_A.row_ptr);
        var_10 = wp::load(var_8);
        var_9 = wp::address(var_10, var_0);
        var_11 = &(var_A.row_ptr);
        var_13 = wp::add(var_0, var_12);
        var_15 = wp::load(var_11);
        var_14 = wp::address(var_15, var_13);
        var_17 = wp::load(var_9);
        var_18 = wp::load(var_14);
        var_16 = wp::range(var_17, var_18);
        // if diag == 0.0:                                                                        <L 59>
        var_49 = (var_7 == var_48);
        if (var_49) {
            // return                                                                             <L 60>
            goto label3;
        }
        // x_new = (b[row] - sigma) / diag                                                        <L 61>
        var_50 = wp::address(var_b, var_0);
        var_52 = wp::load(var_50);
        var_51 = wp::sub(var_52, var_5);
        var_53 = wp::div(var_51, var_7);
        // x[row] = (1.0 - omega) * x[row] + omega * x_new                                        <L 62>
        var_55 = wp::sub(var_54, var_omega);
        var_56 = wp::address(var_x, var_0);
        var_58 = wp::load(var_56);
        var_57 = wp::mul(var_55, var_58);
        var_59 = wp::mul(var_omega, var_53);
        var_60 = wp::add(var_57, var_59);
        // wp::array_store(var_x, var_0, var_60);
        //---------
        // reverse
        wp::adj_array_store(var_x, var_0, var_60, adj_x, adj_0, adj_60);
        wp::adj_add(var_57, var_59, adj_57, adj_59, adj_60);
        wp::adj_mul(var_omega, var_53, adj_omega, adj_53, adj_59);
        wp::adj_mul(var_55, var_58, adj_55, adj_56, adj_57);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_56);
        wp::adj_sub(var_54, var_omega, adj_54, adj_omega, adj_55);
        // adj: x[row] = (1.0 - omega) * x[row] + omega * x_new                                   <L 62>
        wp::adj_div(var_51, var_7, var_53, adj_51, adj_7, adj_53);
        wp::adj_sub(var_52, var_5, adj_50, adj_5, adj_51);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_50);
        // adj: x_new = (b[row] - sigma) / diag                                                   <L 61>
        if (var_49) {
            label3:;
            // adj: return                                                                        <L 60>
        }
        // adj: if diag == 0.0:                                                                   <L 59>
        var_16 = wp::iter_reverse(var_16);
        start_for_1:;
            if (iter_cmp(var_16) == 0) goto end_for_1;
            var_19 = wp::iter_next(var_16);
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
            // c = A.col_idx[k]                                                                   <L 54>
            var_20 = &(var_A.col_idx);
            var_22 = wp::load(var_20);
            var_21 = wp::address(var_22, var_19);
            var_24 = wp::load(var_21);
            var_23 = wp::copy(var_24);
            // if c == row:                                                                       <L 55>
            var_25 = (var_23 == var_0);
            if (var_25) {
                // diag = A.values[k]                                                             <L 56>
                var_26 = &(var_A.values);
                var_28 = wp::load(var_26);
                var_27 = wp::address(var_28, var_19);
                var_30 = wp::load(var_27);
                var_29 = wp::copy(var_30);
            }
            var_31 = wp::where(var_25, var_29, var_7);
            if (!var_25) {
                // sigma += A.values[k] * x[c]                                                    <L 58>
                var_32 = &(var_A.values);
                var_34 = wp::load(var_32);
                var_33 = wp::address(var_34, var_19);
                var_35 = wp::address(var_x, var_23);
                var_37 = wp::load(var_33);
                var_38 = wp::load(var_35);
                var_36 = wp::mul(var_37, var_38);
                var_39 = &(var_A.values);
                var_41 = wp::load(var_39);
                var_40 = wp::address(var_41, var_19);
                var_42 = wp::address(var_x, var_23);
                var_44 = wp::load(var_40);
                var_45 = wp::load(var_42);
                var_43 = wp::mul(var_44, var_45);
                var_46 = wp::add(var_5, var_43);
            }
            var_47 = wp::where(var_25, var_5, var_46);
            wp::assign(var_5, var_47);
            wp::assign(var_7, var_31);
            wp::adj_assign(var_7, var_31, adj_7, adj_31);
            wp::adj_assign(var_5, var_47, adj_5, adj_47);
            wp::adj_where(var_25, var_5, var_46, adj_25, adj_5, adj_46, adj_47);
            if (!var_25) {
                wp::adj_add(var_5, var_43, adj_5, adj_43, adj_46);
                wp::adj_mul(var_44, var_45, adj_40, adj_42, adj_43);
                wp::adj_address(var_x, var_23, adj_x, adj_23, adj_42);
                wp::adj_address(var_41, var_19, adj_39, adj_19, adj_40);
                adj_A.values = adj_39;
                wp::adj_mul(var_37, var_38, adj_33, adj_35, adj_36);
                wp::adj_address(var_x, var_23, adj_x, adj_23, adj_35);
                wp::adj_address(var_34, var_19, adj_32, adj_19, adj_33);
                adj_A.values = adj_32;
                // adj: sigma += A.values[k] * x[c]                                               <L 58>
            }
            wp::adj_where(var_25, var_29, var_7, adj_25, adj_29, adj_7, adj_31);
            if (var_25) {
                wp::adj_copy(var_30, adj_27, adj_29);
                wp::adj_address(var_28, var_19, adj_26, adj_19, adj_27);
                adj_A.values = adj_26;
                // adj: diag = A.values[k]                                                        <L 56>
            }
            // adj: if c == row:                                                                  <L 55>
            wp::adj_copy(var_24, adj_21, adj_23);
            wp::adj_address(var_22, var_19, adj_20, adj_19, adj_21);
            adj_A.col_idx = adj_20;
            // adj: c = A.col_idx[k]                                                              <L 54>
        	goto start_for_1;
        end_for_1:;
        wp::adj_range(var_17, var_18, adj_9, adj_14, adj_16);
        wp::adj_address(var_15, var_13, adj_11, adj_13, adj_14);
        wp::adj_add(var_0, var_12, adj_0, adj_12, adj_13);
        adj_A.row_ptr = adj_11;
        wp::adj_address(var_10, var_0, adj_8, adj_0, adj_9);
        adj_A.row_ptr = adj_8;
        // adj: for k in range(A.row_ptr[row], A.row_ptr[row + 1]):                               <L 53>
        wp::adj_float(var_6, adj_6, adj_7);
        // adj: diag = float(0.0)                                                                 <L 52>
        wp::adj_float(var_4, adj_4, adj_5);
        // adj: sigma = float(0.0)                                                                <L 51>
        if (var_2) {
            label0:;
            // adj: return                                                                        <L 50>
        }
        wp::adj_address(var_colors, var_0, adj_colors, adj_0, adj_1);
        // adj: if colors[row] != color:                                                          <L 49>
        // adj: row = wp.tid()                                                                    <L 48>
        // adj: def gauss_seidel_colored(A: CSRMatrix, b: wp.array(dtype=float), x: wp.array(dtype=float), colors: wp.array(dtype=int), color: int, omega: float):  <L 47>
        continue;
    }
}



extern "C" __global__ void cg_update_f235f0cf_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_r,
    wp::array_t<wp::float32> var_p,
    wp::array_t<wp::float32> var_Ap,
    wp::float32 var_alpha,
    wp::array_t<wp::float32> var_r_norm)
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
        wp::float32* var_7;
        wp::float32* var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 0;
        wp::float32 var_14;
        wp::float32 var_15;
        //---------
        // forward
        // def cg_update(x: wp.array(dtype=float), r: wp.array(dtype=float), p: wp.array(dtype=float), Ap: wp.array(dtype=float), alpha: float, r_norm: wp.array(dtype=float)):       <L 66>
        // i = wp.tid()                                                                           <L 67>
        var_0 = builtin_tid1d();
        // x[i] = x[i] + alpha * p[i]                                                             <L 68>
        var_1 = wp::address(var_x, var_0);
        var_2 = wp::address(var_p, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::mul(var_alpha, var_4);
        var_6 = wp::load(var_1);
        var_5 = wp::add(var_6, var_3);
        wp::array_store(var_x, var_0, var_5);
        // ri = r[i] - alpha * Ap[i]                                                              <L 69>
        var_7 = wp::address(var_r, var_0);
        var_8 = wp::address(var_Ap, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::mul(var_alpha, var_10);
        var_12 = wp::load(var_7);
        var_11 = wp::sub(var_12, var_9);
        // r[i] = ri                                                                              <L 70>
        wp::array_store(var_r, var_0, var_11);
        // wp.atomic_add(r_norm, 0, ri * ri)                                                      <L 71>
        var_14 = wp::mul(var_11, var_11);
        var_15 = wp::atomic_add(var_r_norm, var_13, var_14);
    }
}



extern "C" __global__ void cg_update_f235f0cf_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_r,
    wp::array_t<wp::float32> var_p,
    wp::array_t<wp::float32> var_Ap,
    wp::float32 var_alpha,
    wp::array_t<wp::float32> var_r_norm,
    wp::array_t<wp::float32> adj_x,
    wp::array_t<wp::float32> adj_r,
    wp::array_t<wp::float32> adj_p,
    wp::array_t<wp::float32> adj_Ap,
    wp::float32 adj_alpha,
    wp::array_t<wp::float32> adj_r_norm)
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
        wp::float32* var_7;
        wp::float32* var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 0;
        wp::float32 var_14;
        wp::float32 var_15;
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
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        //---------
        // forward
        // def cg_update(x: wp.array(dtype=float), r: wp.array(dtype=float), p: wp.array(dtype=float), Ap: wp.array(dtype=float), alpha: float, r_norm: wp.array(dtype=float)):       <L 66>
        // i = wp.tid()                                                                           <L 67>
        var_0 = builtin_tid1d();
        // x[i] = x[i] + alpha * p[i]                                                             <L 68>
        var_1 = wp::address(var_x, var_0);
        var_2 = wp::address(var_p, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::mul(var_alpha, var_4);
        var_6 = wp::load(var_1);
        var_5 = wp::add(var_6, var_3);
        // wp::array_store(var_x, var_0, var_5);
        // ri = r[i] - alpha * Ap[i]                                                              <L 69>
        var_7 = wp::address(var_r, var_0);
        var_8 = wp::address(var_Ap, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::mul(var_alpha, var_10);
        var_12 = wp::load(var_7);
        var_11 = wp::sub(var_12, var_9);
        // r[i] = ri                                                                              <L 70>
        // wp::array_store(var_r, var_0, var_11);
        // wp.atomic_add(r_norm, 0, ri * ri)                                                      <L 71>
        var_14 = wp::mul(var_11, var_11);
        // var_15 = wp::atomic_add(var_r_norm, var_13, var_14);
        //---------
        // reverse
        wp::adj_atomic_add(var_r_norm, var_13, var_14, adj_r_norm, adj_13, adj_14, adj_15);
        wp::adj_mul(var_11, var_11, adj_11, adj_11, adj_14);
        // adj: wp.atomic_add(r_norm, 0, ri * ri)                                                 <L 71>
        wp::adj_array_store(var_r, var_0, var_11, adj_r, adj_0, adj_11);
        // adj: r[i] = ri                                                                         <L 70>
        wp::adj_sub(var_12, var_9, adj_7, adj_9, adj_11);
        wp::adj_mul(var_alpha, var_10, adj_alpha, adj_8, adj_9);
        wp::adj_address(var_Ap, var_0, adj_Ap, adj_0, adj_8);
        wp::adj_address(var_r, var_0, adj_r, adj_0, adj_7);
        // adj: ri = r[i] - alpha * Ap[i]                                                         <L 69>
        wp::adj_array_store(var_x, var_0, var_5, adj_x, adj_0, adj_5);
        wp::adj_add(var_6, var_3, adj_1, adj_3, adj_5);
        wp::adj_mul(var_alpha, var_4, adj_alpha, adj_2, adj_3);
        wp::adj_address(var_p, var_0, adj_p, adj_0, adj_2);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
        // adj: x[i] = x[i] + alpha * p[i]                                                        <L 68>
        // adj: i = wp.tid()                                                                      <L 67>
        // adj: def cg_update(x: wp.array(dtype=float), r: wp.array(dtype=float), p: wp.array(dtype=float), Ap: wp.array(dtype=float), alpha: float, r_norm: wp.array(dtype=float)):  <L 66>
        continue;
    }
}



extern "C" __global__ void vector_dot_2c2cd81c_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_b,
    wp::array_t<wp::float32> var_out)
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
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        //---------
        // forward
        // def vector_dot(a: wp.array(dtype=float), b: wp.array(dtype=float), out: wp.array(dtype=float)):       <L 75>
        // i = wp.tid()                                                                           <L 76>
        var_0 = builtin_tid1d();
        // wp.atomic_add(out, 0, a[i] * b[i])                                                     <L 77>
        var_2 = wp::address(var_a, var_0);
        var_3 = wp::address(var_b, var_0);
        var_5 = wp::load(var_2);
        var_6 = wp::load(var_3);
        var_4 = wp::mul(var_5, var_6);
        var_7 = wp::atomic_add(var_out, var_1, var_4);
    }
}



extern "C" __global__ void vector_dot_2c2cd81c_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_b,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float32> adj_b,
    wp::array_t<wp::float32> adj_out)
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
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        //---------
        // forward
        // def vector_dot(a: wp.array(dtype=float), b: wp.array(dtype=float), out: wp.array(dtype=float)):       <L 75>
        // i = wp.tid()                                                                           <L 76>
        var_0 = builtin_tid1d();
        // wp.atomic_add(out, 0, a[i] * b[i])                                                     <L 77>
        var_2 = wp::address(var_a, var_0);
        var_3 = wp::address(var_b, var_0);
        var_5 = wp::load(var_2);
        var_6 = wp::load(var_3);
        var_4 = wp::mul(var_5, var_6);
        // var_7 = wp::atomic_add(var_out, var_1, var_4);
        //---------
        // reverse
        wp::adj_atomic_add(var_out, var_1, var_4, adj_out, adj_1, adj_4, adj_7);
        wp::adj_mul(var_5, var_6, adj_2, adj_3, adj_4);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_3);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_2);
        // adj: wp.atomic_add(out, 0, a[i] * b[i])                                                <L 77>
        // adj: i = wp.tid()                                                                      <L 76>
        // adj: def vector_dot(a: wp.array(dtype=float), b: wp.array(dtype=float), out: wp.array(dtype=float)):  <L 75>
        continue;
    }
}



extern "C" __global__ void row_norms_c4c26488_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    CSRMatrix_ce65e64f var_A,
    wp::array_t<wp::float32> var_norms,
    wp::array_t<wp::int32> var_nnz_max)
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
        wp::array_t<wp::int32>* var_1;
        wp::int32* var_2;
        wp::array_t<wp::int32> var_3;
        wp::int32 var_4;
        wp::int32 var_5;
        wp::array_t<wp::int32>* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::int32* var_9;
        wp::array_t<wp::int32> var_10;
        wp::int32 var_11;
        wp::int32 var_12;
        const wp::float32 var_13 = 0.0;
        wp::float32 var_14;
        wp::range_t var_15;
        wp::int32 var_16;
        wp::array_t<wp::float32>* var_17;
        wp::float32* var_18;
        wp::array_t<wp::float32> var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        const wp::int32 var_26 = 0;
        wp::int32 var_27;
        wp::int32 var_28;
        //---------
        // forward
        // def row_norms(A: CSRMatrix, norms: wp.array(dtype=float), nnz_max: wp.array(dtype=int)):       <L 81>
        // row = wp.tid()                                                                         <L 82>
        var_0 = builtin_tid1d();
        // start = A.row_ptr[row]                                                                 <L 83>
        var_1 = &(var_A.row_ptr);
        var_3 = wp::load(var_1);
        var_2 = wp::address(var_3, var_0);
        var_5 = wp::load(var_2);
        var_4 = wp::copy(var_5);
        // end = A.row_ptr[row + 1]                                                               <L 84>
        var_6 = &(var_A.row_ptr);
        var_8 = wp::add(var_0, var_7);
        var_10 = wp::load(var_6);
        var_9 = wp::address(var_10, var_8);
        var_12 = wp::load(var_9);
        var_11 = wp::copy(var_12);
        // s = float(0.0)                                                                         <L 85>
        var_14 = wp::float(var_13);
        // for k in range(start, end):                                                            <L 86>
        var_15 = wp::range(var_4, var_11);
        start_for_0:;
            if (iter_cmp(var_15) == 0) goto end_for_0;
            var_16 = wp::iter_next(var_15);
            // v = A.values[k]                                                                    <L 87>
            var_17 = &(var_A.values);
            var_19 = wp::load(var_17);
            var_18 = wp::address(var_19, var_16);
            var_21 = wp::load(var_18);
            var_20 = wp::copy(var_21);
            // s += v * v                                                                         <L 88>
            var_22 = wp::mul(var_20, var_20);
            var_23 = wp::mul(var_20, var_20);
            var_24 = wp::add(var_14, var_23);
            wp::assign(var_14, var_24);
            goto start_for_0;
        end_for_0:;
        // norms[row] = wp.sqrt(s)                                                                <L 89>
        var_25 = wp::sqrt(var_14);
        wp::array_store(var_norms, var_0, var_25);
        // wp.atomic_max(nnz_max, 0, end - start)                                                 <L 90>
        var_27 = wp::sub(var_11, var_4);
        var_28 = wp::atomic_max(var_nnz_max, var_26, var_27);
    }
}



extern "C" __global__ void row_norms_c4c26488_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    CSRMatrix_ce65e64f var_A,
    wp::array_t<wp::float32> var_norms,
    wp::array_t<wp::int32> var_nnz_max,
    CSRMatrix_ce65e64f adj_A,
    wp::array_t<wp::float32> adj_norms,
    wp::array_t<wp::int32> adj_nnz_max)
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
        wp::array_t<wp::int32>* var_1;
        wp::int32* var_2;
        wp::array_t<wp::int32> var_3;
        wp::int32 var_4;
        wp::int32 var_5;
        wp::array_t<wp::int32>* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::int32* var_9;
        wp::array_t<wp::int32> var_10;
        wp::int32 var_11;
        wp::int32 var_12;
        const wp::float32 var_13 = 0.0;
        wp::float32 var_14;
        wp::range_t var_15;
        wp::int32 var_16;
        wp::array_t<wp::float32>* var_17;
        wp::float32* var_18;
        wp::array_t<wp::float32> var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        const wp::int32 var_26 = 0;
        wp::int32 var_27;
        wp::int32 var_28;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::array_t<wp::int32> adj_1 = {};
        wp::int32 adj_2 = {};
        wp::array_t<wp::int32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::array_t<wp::int32> adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::array_t<wp::int32> adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::range_t adj_15 = {};
        wp::int32 adj_16 = {};
        wp::array_t<wp::float32> adj_17 = {};
        wp::float32 adj_18 = {};
        wp::array_t<wp::float32> adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        //---------
        // forward
        // def row_norms(A: CSRMatrix, norms: wp.array(dtype=float), nnz_max: wp.array(dtype=int)):       <L 81>
        // row = wp.tid()                                                                         <L 82>
        var_0 = builtin_tid1d();
        // start = A.row_ptr[row]                                                                 <L 83>
        var_1 = &(var_A.row_ptr);
        var_3 = wp::load(var_1);
        var_2 = wp::address(var_3, var_0);
        var_5 = wp::load(var_2);
        var_4 = wp::copy(var_5);
        // end = A.row_ptr[row + 1]                                                               <L 84>
        var_6 = &(var_A.row_ptr);
        var_8 = wp::add(var_0, var_7);
        var_10 = wp::load(var_6);
        var_9 = wp::address(var_10, var_8);
        var_12 = wp::load(var_9);
        var_11 = wp::copy(var_12);
        // s = float(0.0)                                                                         <L 85>
        var_14 = wp::float(var_13);
        // for k in range(start, end):                                                            <L 86>
        var_15 = wp::range(var_4, var_11);
        // norms[row] = wp.sqrt(s)                                                                <L 89>
        var_25 = wp::sqrt(var_14);
        // wp::array_store(var_norms, var_0, var_25);
        // wp.atomic_max(nnz_max, 0, end - start)                                                 <L 90>
        var_27 = wp::sub(var_11, var_4);
        // var_28 = wp::atomic_max(var_nnz_max, var_26, var_27);
        //---------
        // reverse
        wp::adj_atomic_max(var_nnz_max, var_26, var_27, adj_nnz_max, adj_26, adj_27, adj_28);
        wp::adj_sub(var_11, var_4, adj_11, adj_4, adj_27);
        // adj: wp.atomic_max(nnz_max, 0, end - start)                                            <L 90>
        wp::adj_array_store(var_norms, var_0, var_25, adj_norms, adj_0, adj_25);
        wp::adj_sqrt(var_14, var_25, adj_14, adj_25);
        // adj: norms[row] = wp.sqrt(s)                                                           <L 89>
        var_15 = wp::iter_reverse(var_15);
        start_for_0:;
            if (iter_cmp(var_15) == 0) goto end_for_0;
            var_16 = wp::iter_next(var_15);
        	adj_17 = {};
        	adj_18 = {};
        	adj_19 = {};
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
        	adj_24 = {};
            // v = A.values[k]                                                                    <L 87>
            var_17 = &(var_A.values);
            var_19 = wp::load(var_17);
            var_18 = wp::address(var_19, var_16);
            var_21 = wp::load(var_18);
            var_20 = wp::copy(var_21);
            // s += v * v                                                                         <L 88>
            var_22 = wp::mul(var_20, var_20);
            var_23 = wp::mul(var_20, var_20);
            var_24 = wp::add(var_14, var_23);
            wp::assign(var_14, var_24);
            wp::adj_assign(var_14, var_24, adj_14, adj_24);
            wp::adj_add(var_14, var_23, adj_14, adj_23, adj_24);
            wp::adj_mul(var_20, var_20, adj_20, adj_20, adj_23);
            wp::adj_mul(var_20, var_20, adj_20, adj_20, adj_22);
            // adj: s += v * v                                                                    <L 88>
            wp::adj_copy(var_21, adj_18, adj_20);
            wp::adj_address(var_19, var_16, adj_17, adj_16, adj_18);
            adj_A.values = adj_17;
            // adj: v = A.values[k]                                                               <L 87>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_4, var_11, adj_4, adj_11, adj_15);
        // adj: for k in range(start, end):                                                       <L 86>
        wp::adj_float(var_13, adj_13, adj_14);
        // adj: s = float(0.0)                                                                    <L 85>
        wp::adj_copy(var_12, adj_9, adj_11);
        wp::adj_address(var_10, var_8, adj_6, adj_8, adj_9);
        wp::adj_add(var_0, var_7, adj_0, adj_7, adj_8);
        adj_A.row_ptr = adj_6;
        // adj: end = A.row_ptr[row + 1]                                                          <L 84>
        wp::adj_copy(var_5, adj_2, adj_4);
        wp::adj_address(var_3, var_0, adj_1, adj_0, adj_2);
        adj_A.row_ptr = adj_1;
        // adj: start = A.row_ptr[row]                                                            <L 83>
        // adj: row = wp.tid()                                                                    <L 82>
        // adj: def row_norms(A: CSRMatrix, norms: wp.array(dtype=float), nnz_max: wp.array(dtype=int)):  <L 81>
        continue;
    }
}

