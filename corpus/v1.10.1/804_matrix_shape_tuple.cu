
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



extern "C" __global__ void shaped_matrices_ec5189e4_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float64> var_outd)
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
        wp::float32 var_2;
        wp::float32 var_3;
        const wp::float32 var_4 = 1.0;
        const wp::float32 var_5 = 2.0;
        const wp::float32 var_6 = 3.0;
        const wp::float32 var_7 = 4.0;
        const wp::float32 var_8 = 5.0;
        const wp::float32 var_9 = 6.0;
        const wp::int32 var_10 = 2;
        const wp::int32 var_11 = 3;
        wp::tuple_t<wp::int32, wp::int32> var_12;
        wp::mat_t<2, 3, wp::float32> var_13;
        const wp::float32 var_14 = 0.0;
        const wp::float32 var_15 = 0.0;
        const wp::int32 var_16 = 2;
        const wp::int32 var_17 = 2;
        wp::tuple_t<wp::int32, wp::int32> var_18;
        wp::mat_t<2, 2, wp::float32> var_19;
        const wp::int32 var_20 = 2;
        const wp::int32 var_21 = 2;
        wp::tuple_t<wp::int32, wp::int32> var_22;
        wp::mat_t<2, 2, wp::float32> var_23;
        const wp::int32 var_24 = 3;
        const wp::int32 var_25 = 2;
        wp::tuple_t<wp::int32, wp::int32> var_26;
        wp::mat_t<3, 2, wp::float32> var_27;
        const wp::int32 var_28 = 4;
        const wp::int32 var_29 = 4;
        wp::tuple_t<wp::int32, wp::int32> var_30;
        wp::mat_t<4, 4, wp::float64> var_31;
        wp::mat_t<3, 2, wp::float64> var_32;
        const wp::int32 var_33 = 3;
        const wp::int32 var_34 = 2;
        wp::tuple_t<wp::int32, wp::int32> var_35;
        wp::mat_t<3, 2, wp::float64> var_36;
        const wp::float32 var_37 = 1.0;
        const wp::float32 var_38 = 2.0;
        const wp::float32 var_39 = 3.0;
        const wp::float32 var_40 = 4.0;
        const wp::float32 var_41 = 5.0;
        const wp::float32 var_42 = 6.0;
        const wp::float32 var_43 = 7.0;
        const wp::float32 var_44 = 8.0;
        const wp::float32 var_45 = 9.0;
        const wp::float32 var_46 = 10.0;
        const wp::float32 var_47 = 11.0;
        const wp::float32 var_48 = 12.0;
        const wp::float32 var_49 = 13.0;
        const wp::float32 var_50 = 14.0;
        const wp::float32 var_51 = 15.0;
        const wp::float32 var_52 = 16.0;
        const wp::float32 var_53 = 17.0;
        const wp::float32 var_54 = 18.0;
        const wp::float32 var_55 = 19.0;
        const wp::float32 var_56 = 20.0;
        const wp::float32 var_57 = 21.0;
        const wp::float32 var_58 = 22.0;
        const wp::float32 var_59 = 23.0;
        const wp::float32 var_60 = 24.0;
        const wp::float32 var_61 = 25.0;
        const wp::int32 var_62 = 5;
        const wp::int32 var_63 = 5;
        wp::tuple_t<wp::int32, wp::int32> var_64;
        wp::mat_t<5, 5, wp::float32> var_65;
        const wp::int32 var_66 = 1;
        const wp::int32 var_67 = 2;
        wp::float32 var_68;
        const wp::int32 var_69 = 0;
        const wp::int32 var_70 = 0;
        wp::float32 var_71;
        wp::float32 var_72;
        const wp::int32 var_73 = 2;
        const wp::int32 var_74 = 1;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        wp::float32 var_80;
        const wp::int32 var_81 = 3;
        const wp::int32 var_82 = 3;
        wp::float64 var_83;
        const wp::int32 var_84 = 2;
        const wp::int32 var_85 = 1;
        wp::float64 var_86;
        wp::float64 var_87;
        //---------
        // forward
        // def shaped_matrices(out: wp.array(dtype=float), outd: wp.array(dtype=wp.float64)):       <L 10>
        // i = wp.tid()                                                                           <L 11>
        var_0 = builtin_tid1d();
        // x = out[i]                                                                             <L 12>
        var_1 = wp::address(var_out, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a = wp.matrix(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, shape=(2, 3))                              <L 13>
        var_12 = wp::tuple(var_10, var_11);
        var_13 = wp::mat_t<2, 3, wp::float32>({var_4, var_5, var_6, var_7, var_8, var_9});
        // b = wp.types.matrix(x, 0.0, 0.0, x, shape=(2, 2), dtype=float)                         <L 14>
        var_18 = wp::tuple(var_16, var_17);
        var_19 = wp::mat_t<2, 2, wp::float32>(var_2, var_14, var_15, var_2);
        // c = wp.matrix(b, shape=(2, 2))                                                         <L 15>
        var_22 = wp::tuple(var_20, var_21);
        var_23 = wp::mat_t<2, 2, wp::float32>(var_19);
        // f = wp.types.matrix(x, shape=(3, 2))                                                   <L 16>
        var_26 = wp::tuple(var_24, var_25);
        var_27 = wp::mat_t<3, 2, wp::float32>(var_2);
        // z = wp.matrix(shape=(4, 4), dtype=wp.float64)                                          <L 17>
        var_30 = wp::tuple(var_28, var_29);
        var_31 = wp::mat_t<4, 4, wp::float64>();
        // m = mat32d()                                                                           <L 18>
        var_32 = wp::mat_t<3, 2, wp::float64>();
        // n = mat32d(m, shape=(3, 2))                                                            <L 19>
        var_35 = wp::tuple(var_33, var_34);
        var_36 = wp::mat_t<3, 2, wp::float64>(var_32);
        // big = wp.matrix(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0,       <L 20>
        // 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0, 24.0, 25.0, shape=(5, 5))                    <L 21>
        var_64 = wp::tuple(var_62, var_63);
        var_65 = wp::mat_t<5, 5, wp::float32>({var_37, var_38, var_39, var_40, var_41, var_42, var_43, var_44, var_45, var_46, var_47, var_48, var_49, var_50, var_51, var_52, var_53, var_54, var_55, var_56, var_57, var_58, var_59, var_60, var_61});
        // out[i] = a[1, 2] + c[0, 0] + f[2, 1] + wp.trace(big) + wp.determinant(b)               <L 22>
        var_68 = wp::extract(var_13, var_66, var_67);
        var_71 = wp::extract(var_23, var_69, var_70);
        var_72 = wp::add(var_68, var_71);
        var_75 = wp::extract(var_27, var_73, var_74);
        var_76 = wp::add(var_72, var_75);
        var_77 = wp::trace(var_65);
        var_78 = wp::add(var_76, var_77);
        var_79 = wp::determinant(var_19);
        var_80 = wp::add(var_78, var_79);
        wp::array_store(var_out, var_0, var_80);
        // outd[i] = z[3, 3] + n[2, 1]                                                            <L 23>
        var_83 = wp::extract(var_31, var_81, var_82);
        var_86 = wp::extract(var_36, var_84, var_85);
        var_87 = wp::add(var_83, var_86);
        wp::array_store(var_outd, var_0, var_87);
    }
}



extern "C" __global__ void shaped_matrices_ec5189e4_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float64> var_outd,
    wp::array_t<wp::float32> adj_out,
    wp::array_t<wp::float64> adj_outd)
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
        wp::float32 var_2;
        wp::float32 var_3;
        const wp::float32 var_4 = 1.0;
        const wp::float32 var_5 = 2.0;
        const wp::float32 var_6 = 3.0;
        const wp::float32 var_7 = 4.0;
        const wp::float32 var_8 = 5.0;
        const wp::float32 var_9 = 6.0;
        const wp::int32 var_10 = 2;
        const wp::int32 var_11 = 3;
        wp::tuple_t<wp::int32, wp::int32> var_12;
        wp::mat_t<2, 3, wp::float32> var_13;
        const wp::float32 var_14 = 0.0;
        const wp::float32 var_15 = 0.0;
        const wp::int32 var_16 = 2;
        const wp::int32 var_17 = 2;
        wp::tuple_t<wp::int32, wp::int32> var_18;
        wp::mat_t<2, 2, wp::float32> var_19;
        const wp::int32 var_20 = 2;
        const wp::int32 var_21 = 2;
        wp::tuple_t<wp::int32, wp::int32> var_22;
        wp::mat_t<2, 2, wp::float32> var_23;
        const wp::int32 var_24 = 3;
        const wp::int32 var_25 = 2;
        wp::tuple_t<wp::int32, wp::int32> var_26;
        wp::mat_t<3, 2, wp::float32> var_27;
        const wp::int32 var_28 = 4;
        const wp::int32 var_29 = 4;
        wp::tuple_t<wp::int32, wp::int32> var_30;
        wp::mat_t<4, 4, wp::float64> var_31;
        wp::mat_t<3, 2, wp::float64> var_32;
        const wp::int32 var_33 = 3;
        const wp::int32 var_34 = 2;
        wp::tuple_t<wp::int32, wp::int32> var_35;
        wp::mat_t<3, 2, wp::float64> var_36;
        const wp::float32 var_37 = 1.0;
        const wp::float32 var_38 = 2.0;
        const wp::float32 var_39 = 3.0;
        const wp::float32 var_40 = 4.0;
        const wp::float32 var_41 = 5.0;
        const wp::float32 var_42 = 6.0;
        const wp::float32 var_43 = 7.0;
        const wp::float32 var_44 = 8.0;
        const wp::float32 var_45 = 9.0;
        const wp::float32 var_46 = 10.0;
        const wp::float32 var_47 = 11.0;
        const wp::float32 var_48 = 12.0;
        const wp::float32 var_49 = 13.0;
        const wp::float32 var_50 = 14.0;
        const wp::float32 var_51 = 15.0;
        const wp::float32 var_52 = 16.0;
        const wp::float32 var_53 = 17.0;
        const wp::float32 var_54 = 18.0;
        const wp::float32 var_55 = 19.0;
        const wp::float32 var_56 = 20.0;
        const wp::float32 var_57 = 21.0;
        const wp::float32 var_58 = 22.0;
        const wp::float32 var_59 = 23.0;
        const wp::float32 var_60 = 24.0;
        const wp::float32 var_61 = 25.0;
        const wp::int32 var_62 = 5;
        const wp::int32 var_63 = 5;
        wp::tuple_t<wp::int32, wp::int32> var_64;
        wp::mat_t<5, 5, wp::float32> var_65;
        const wp::int32 var_66 = 1;
        const wp::int32 var_67 = 2;
        wp::float32 var_68;
        const wp::int32 var_69 = 0;
        const wp::int32 var_70 = 0;
        wp::float32 var_71;
        wp::float32 var_72;
        const wp::int32 var_73 = 2;
        const wp::int32 var_74 = 1;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        wp::float32 var_80;
        const wp::int32 var_81 = 3;
        const wp::int32 var_82 = 3;
        wp::float64 var_83;
        const wp::int32 var_84 = 2;
        const wp::int32 var_85 = 1;
        wp::float64 var_86;
        wp::float64 var_87;
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
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_12 = {};
        wp::mat_t<2, 3, wp::float32> adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_18 = {};
        wp::mat_t<2, 2, wp::float32> adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_22 = {};
        wp::mat_t<2, 2, wp::float32> adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_26 = {};
        wp::mat_t<3, 2, wp::float32> adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_30 = {};
        wp::mat_t<4, 4, wp::float64> adj_31 = {};
        wp::mat_t<3, 2, wp::float64> adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_35 = {};
        wp::mat_t<3, 2, wp::float64> adj_36 = {};
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
        wp::int32 adj_62 = {};
        wp::int32 adj_63 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_64 = {};
        wp::mat_t<5, 5, wp::float32> adj_65 = {};
        wp::int32 adj_66 = {};
        wp::int32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::int32 adj_69 = {};
        wp::int32 adj_70 = {};
        wp::float32 adj_71 = {};
        wp::float32 adj_72 = {};
        wp::int32 adj_73 = {};
        wp::int32 adj_74 = {};
        wp::float32 adj_75 = {};
        wp::float32 adj_76 = {};
        wp::float32 adj_77 = {};
        wp::float32 adj_78 = {};
        wp::float32 adj_79 = {};
        wp::float32 adj_80 = {};
        wp::int32 adj_81 = {};
        wp::int32 adj_82 = {};
        wp::float64 adj_83 = {};
        wp::int32 adj_84 = {};
        wp::int32 adj_85 = {};
        wp::float64 adj_86 = {};
        wp::float64 adj_87 = {};
        //---------
        // forward
        // def shaped_matrices(out: wp.array(dtype=float), outd: wp.array(dtype=wp.float64)):       <L 10>
        // i = wp.tid()                                                                           <L 11>
        var_0 = builtin_tid1d();
        // x = out[i]                                                                             <L 12>
        var_1 = wp::address(var_out, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a = wp.matrix(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, shape=(2, 3))                              <L 13>
        var_12 = wp::tuple(var_10, var_11);
        var_13 = wp::mat_t<2, 3, wp::float32>({var_4, var_5, var_6, var_7, var_8, var_9});
        // b = wp.types.matrix(x, 0.0, 0.0, x, shape=(2, 2), dtype=float)                         <L 14>
        var_18 = wp::tuple(var_16, var_17);
        var_19 = wp::mat_t<2, 2, wp::float32>(var_2, var_14, var_15, var_2);
        // c = wp.matrix(b, shape=(2, 2))                                                         <L 15>
        var_22 = wp::tuple(var_20, var_21);
        var_23 = wp::mat_t<2, 2, wp::float32>(var_19);
        // f = wp.types.matrix(x, shape=(3, 2))                                                   <L 16>
        var_26 = wp::tuple(var_24, var_25);
        var_27 = wp::mat_t<3, 2, wp::float32>(var_2);
        // z = wp.matrix(shape=(4, 4), dtype=wp.float64)                                          <L 17>
        var_30 = wp::tuple(var_28, var_29);
        var_31 = wp::mat_t<4, 4, wp::float64>();
        // m = mat32d()                                                                           <L 18>
        var_32 = wp::mat_t<3, 2, wp::float64>();
        // n = mat32d(m, shape=(3, 2))                                                            <L 19>
        var_35 = wp::tuple(var_33, var_34);
        var_36 = wp::mat_t<3, 2, wp::float64>(var_32);
        // big = wp.matrix(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0,       <L 20>
        // 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0, 24.0, 25.0, shape=(5, 5))                    <L 21>
        var_64 = wp::tuple(var_62, var_63);
        var_65 = wp::mat_t<5, 5, wp::float32>({var_37, var_38, var_39, var_40, var_41, var_42, var_43, var_44, var_45, var_46, var_47, var_48, var_49, var_50, var_51, var_52, var_53, var_54, var_55, var_56, var_57, var_58, var_59, var_60, var_61});
        // out[i] = a[1, 2] + c[0, 0] + f[2, 1] + wp.trace(big) + wp.determinant(b)               <L 22>
        var_68 = wp::extract(var_13, var_66, var_67);
        var_71 = wp::extract(var_23, var_69, var_70);
        var_72 = wp::add(var_68, var_71);
        var_75 = wp::extract(var_27, var_73, var_74);
        var_76 = wp::add(var_72, var_75);
        var_77 = wp::trace(var_65);
        var_78 = wp::add(var_76, var_77);
        var_79 = wp::determinant(var_19);
        var_80 = wp::add(var_78, var_79);
        // wp::array_store(var_out, var_0, var_80);
        // outd[i] = z[3, 3] + n[2, 1]                                                            <L 23>
        var_83 = wp::extract(var_31, var_81, var_82);
        var_86 = wp::extract(var_36, var_84, var_85);
        var_87 = wp::add(var_83, var_86);
        // wp::array_store(var_outd, var_0, var_87);
        //---------
        // reverse
        wp::adj_array_store(var_outd, var_0, var_87, adj_outd, adj_0, adj_87);
        wp::adj_add(var_83, var_86, adj_83, adj_86, adj_87);
        wp::adj_extract(var_36, var_84, var_85, adj_36, adj_84, adj_85, adj_86);
        wp::adj_extract(var_31, var_81, var_82, adj_31, adj_81, adj_82, adj_83);
        // adj: outd[i] = z[3, 3] + n[2, 1]                                                       <L 23>
        wp::adj_array_store(var_out, var_0, var_80, adj_out, adj_0, adj_80);
        wp::adj_add(var_78, var_79, adj_78, adj_79, adj_80);
        wp::adj_determinant(var_19, adj_19, adj_79);
        wp::adj_add(var_76, var_77, adj_76, adj_77, adj_78);
        wp::adj_trace(var_65, adj_65, adj_77);
        wp::adj_add(var_72, var_75, adj_72, adj_75, adj_76);
        wp::adj_extract(var_27, var_73, var_74, adj_27, adj_73, adj_74, adj_75);
        wp::adj_add(var_68, var_71, adj_68, adj_71, adj_72);
        wp::adj_extract(var_23, var_69, var_70, adj_23, adj_69, adj_70, adj_71);
        wp::adj_extract(var_13, var_66, var_67, adj_13, adj_66, adj_67, adj_68);
        // adj: out[i] = a[1, 2] + c[0, 0] + f[2, 1] + wp.trace(big) + wp.determinant(b)          <L 22>
        wp::adj_mat_t({var_37, var_38, var_39, var_40, var_41, var_42, var_43, var_44, var_45, var_46, var_47, var_48, var_49, var_50, var_51, var_52, var_53, var_54, var_55, var_56, var_57, var_58, var_59, var_60, var_61}, {&adj_37, &adj_38, &adj_39, &adj_40, &adj_41, &adj_42, &adj_43, &adj_44, &adj_45, &adj_46, &adj_47, &adj_48, &adj_49, &adj_50, &adj_51, &adj_52, &adj_53, &adj_54, &adj_55, &adj_56, &adj_57, &adj_58, &adj_59, &adj_60, &adj_61}, adj_65);
        // adj: 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0, 24.0, 25.0, shape=(5, 5))               <L 21>
        // adj: big = wp.matrix(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0,  <L 20>
        wp::adj_mat_t(var_32, adj_32, adj_36);
        // adj: n = mat32d(m, shape=(3, 2))                                                       <L 19>
        // adj: m = mat32d()                                                                      <L 18>
        // adj: z = wp.matrix(shape=(4, 4), dtype=wp.float64)                                     <L 17>
        wp::adj_mat_t(var_2, adj_2, adj_27);
        // adj: f = wp.types.matrix(x, shape=(3, 2))                                              <L 16>
        wp::adj_mat_t(var_19, adj_19, adj_23);
        // adj: c = wp.matrix(b, shape=(2, 2))                                                    <L 15>
        wp::adj_mat_t(var_2, var_14, var_15, var_2, adj_2, adj_14, adj_15, adj_2, adj_19);
        // adj: b = wp.types.matrix(x, 0.0, 0.0, x, shape=(2, 2), dtype=float)                    <L 14>
        wp::adj_mat_t({var_4, var_5, var_6, var_7, var_8, var_9}, {&adj_4, &adj_5, &adj_6, &adj_7, &adj_8, &adj_9}, adj_13);
        // adj: a = wp.matrix(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, shape=(2, 3))                         <L 13>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_out, var_0, adj_out, adj_0, adj_1);
        // adj: x = out[i]                                                                        <L 12>
        // adj: i = wp.tid()                                                                      <L 11>
        // adj: def shaped_matrices(out: wp.array(dtype=float), outd: wp.array(dtype=wp.float64)):  <L 10>
        continue;
    }
}

