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



extern "C" __global__ void statics_81aa5f35_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v)
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
        const wp::float32 var_1 = 0.0;
        wp::float32 var_2;
        const wp::int32 var_3 = 0;
        wp::float32* var_4;
        const wp::float32 var_5 = 1.0;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::int32 var_9 = 1;
        wp::float32* var_10;
        const wp::float32 var_11 = 1.0;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 2;
        wp::float32* var_16;
        const wp::float32 var_17 = 1.0;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 3;
        wp::float32* var_22;
        const wp::float32 var_23 = 1.0;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 4;
        wp::float32* var_28;
        const wp::float32 var_29 = 1.0;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        const wp::int32 var_33 = 5;
        wp::float32* var_34;
        const wp::float32 var_35 = 1.0;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        const wp::int32 var_39 = 6;
        wp::float32* var_40;
        const wp::float32 var_41 = 1.0;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        const wp::int32 var_45 = 7;
        wp::float32* var_46;
        const wp::float32 var_47 = 1.0;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        const wp::float32 var_51 = 0.3333333333333333;
        wp::float32 var_52;
        wp::vec_t<3, wp::float32>* var_53;
        const wp::vec_t<3, wp::float32> var_54 = wp::initializer_array<3,wp::float32>{0.0, 1.0, 0.0};
        const wp::float32 var_55 = 2.0;
        wp::vec_t<3, wp::float32> var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::vec_t<3, wp::float32> var_58;
        //---------
        // forward
        // def statics(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3)):                     <L 9>
        // i = wp.tid()                                                                           <L 10>
        var_0 = builtin_tid1d();
        // s = float(0.0)                                                                         <L 11>
        var_2 = wp::float(var_1);
        // for j in range(wp.static(N * 2)):                                                      <L 12>
        // s += a[j] * wp.static(SCALE * 2.0)                                                     <L 13>
        var_4 = wp::address(var_a, var_3);
        var_7 = wp::load(var_4);
        var_6 = wp::mul(var_7, var_5);
        var_8 = wp::add(var_2, var_6);
        var_10 = wp::address(var_a, var_9);
        var_13 = wp::load(var_10);
        var_12 = wp::mul(var_13, var_11);
        var_14 = wp::add(var_8, var_12);
        var_16 = wp::address(var_a, var_15);
        var_19 = wp::load(var_16);
        var_18 = wp::mul(var_19, var_17);
        var_20 = wp::add(var_14, var_18);
        var_22 = wp::address(var_a, var_21);
        var_25 = wp::load(var_22);
        var_24 = wp::mul(var_25, var_23);
        var_26 = wp::add(var_20, var_24);
        var_28 = wp::address(var_a, var_27);
        var_31 = wp::load(var_28);
        var_30 = wp::mul(var_31, var_29);
        var_32 = wp::add(var_26, var_30);
        var_34 = wp::address(var_a, var_33);
        var_37 = wp::load(var_34);
        var_36 = wp::mul(var_37, var_35);
        var_38 = wp::add(var_32, var_36);
        var_40 = wp::address(var_a, var_39);
        var_43 = wp::load(var_40);
        var_42 = wp::mul(var_43, var_41);
        var_44 = wp::add(var_38, var_42);
        var_46 = wp::address(var_a, var_45);
        var_49 = wp::load(var_46);
        var_48 = wp::mul(var_49, var_47);
        var_50 = wp::add(var_44, var_48);
        // a[i] = s + wp.static(1.0 / 3.0)                                                        <L 14>
        var_52 = wp::add(var_50, var_51);
        wp::array_store(var_a, var_0, var_52);
        // v[i] = v[i] + wp.static(UP) * wp.static(SCALE * float(N))                              <L 15>
        var_53 = wp::address(var_v, var_0);
        var_56 = wp::mul(var_54, var_55);
        var_58 = wp::load(var_53);
        var_57 = wp::add(var_58, var_56);
        wp::array_store(var_v, var_0, var_57);
    }
}



extern "C" __global__ void statics_81aa5f35_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v)
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
        const wp::float32 var_1 = 0.0;
        wp::float32 var_2;
        const wp::int32 var_3 = 0;
        wp::float32* var_4;
        const wp::float32 var_5 = 1.0;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::int32 var_9 = 1;
        wp::float32* var_10;
        const wp::float32 var_11 = 1.0;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 2;
        wp::float32* var_16;
        const wp::float32 var_17 = 1.0;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 3;
        wp::float32* var_22;
        const wp::float32 var_23 = 1.0;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 4;
        wp::float32* var_28;
        const wp::float32 var_29 = 1.0;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        const wp::int32 var_33 = 5;
        wp::float32* var_34;
        const wp::float32 var_35 = 1.0;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        const wp::int32 var_39 = 6;
        wp::float32* var_40;
        const wp::float32 var_41 = 1.0;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        const wp::int32 var_45 = 7;
        wp::float32* var_46;
        const wp::float32 var_47 = 1.0;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        const wp::float32 var_51 = 0.3333333333333333;
        wp::float32 var_52;
        wp::vec_t<3, wp::float32>* var_53;
        const wp::vec_t<3, wp::float32> var_54 = wp::initializer_array<3,wp::float32>{0.0, 1.0, 0.0};
        const wp::float32 var_55 = 2.0;
        wp::vec_t<3, wp::float32> var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::vec_t<3, wp::float32> var_58;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::vec_t<3, wp::float32> adj_53 = {};
        wp::vec_t<3, wp::float32> adj_54 = {};
        wp::float32 adj_55 = {};
        wp::vec_t<3, wp::float32> adj_56 = {};
        wp::vec_t<3, wp::float32> adj_57 = {};
        wp::vec_t<3, wp::float32> adj_58 = {};
        //---------
        // forward
        // def statics(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3)):                     <L 9>
        // i = wp.tid()                                                                           <L 10>
        var_0 = builtin_tid1d();
        // s = float(0.0)                                                                         <L 11>
        var_2 = wp::float(var_1);
        // for j in range(wp.static(N * 2)):                                                      <L 12>
        // s += a[j] * wp.static(SCALE * 2.0)                                                     <L 13>
        var_4 = wp::address(var_a, var_3);
        var_7 = wp::load(var_4);
        var_6 = wp::mul(var_7, var_5);
        var_8 = wp::add(var_2, var_6);
        var_10 = wp::address(var_a, var_9);
        var_13 = wp::load(var_10);
        var_12 = wp::mul(var_13, var_11);
        var_14 = wp::add(var_8, var_12);
        var_16 = wp::address(var_a, var_15);
        var_19 = wp::load(var_16);
        var_18 = wp::mul(var_19, var_17);
        var_20 = wp::add(var_14, var_18);
        var_22 = wp::address(var_a, var_21);
        var_25 = wp::load(var_22);
        var_24 = wp::mul(var_25, var_23);
        var_26 = wp::add(var_20, var_24);
        var_28 = wp::address(var_a, var_27);
        var_31 = wp::load(var_28);
        var_30 = wp::mul(var_31, var_29);
        var_32 = wp::add(var_26, var_30);
        var_34 = wp::address(var_a, var_33);
        var_37 = wp::load(var_34);
        var_36 = wp::mul(var_37, var_35);
        var_38 = wp::add(var_32, var_36);
        var_40 = wp::address(var_a, var_39);
        var_43 = wp::load(var_40);
        var_42 = wp::mul(var_43, var_41);
        var_44 = wp::add(var_38, var_42);
        var_46 = wp::address(var_a, var_45);
        var_49 = wp::load(var_46);
        var_48 = wp::mul(var_49, var_47);
        var_50 = wp::add(var_44, var_48);
        // a[i] = s + wp.static(1.0 / 3.0)                                                        <L 14>
        var_52 = wp::add(var_50, var_51);
        // wp::array_store(var_a, var_0, var_52);
        // v[i] = v[i] + wp.static(UP) * wp.static(SCALE * float(N))                              <L 15>
        var_53 = wp::address(var_v, var_0);
        var_56 = wp::mul(var_54, var_55);
        var_58 = wp::load(var_53);
        var_57 = wp::add(var_58, var_56);
        // wp::array_store(var_v, var_0, var_57);
        //---------
        // reverse
        wp::adj_array_store(var_v, var_0, var_57, adj_v, adj_0, adj_57);
        wp::adj_add(var_58, var_56, adj_53, adj_56, adj_57);
        wp::adj_mul(var_54, var_55, adj_54, adj_55, adj_56);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_53);
        // adj: v[i] = v[i] + wp.static(UP) * wp.static(SCALE * float(N))                         <L 15>
        wp::adj_array_store(var_a, var_0, var_52, adj_a, adj_0, adj_52);
        wp::adj_add(var_50, var_51, adj_50, adj_51, adj_52);
        // adj: a[i] = s + wp.static(1.0 / 3.0)                                                   <L 14>
        wp::adj_add(var_44, var_48, adj_44, adj_48, adj_50);
        wp::adj_mul(var_49, var_47, adj_46, adj_47, adj_48);
        wp::adj_address(var_a, var_45, adj_a, adj_45, adj_46);
        wp::adj_add(var_38, var_42, adj_38, adj_42, adj_44);
        wp::adj_mul(var_43, var_41, adj_40, adj_41, adj_42);
        wp::adj_address(var_a, var_39, adj_a, adj_39, adj_40);
        wp::adj_add(var_32, var_36, adj_32, adj_36, adj_38);
        wp::adj_mul(var_37, var_35, adj_34, adj_35, adj_36);
        wp::adj_address(var_a, var_33, adj_a, adj_33, adj_34);
        wp::adj_add(var_26, var_30, adj_26, adj_30, adj_32);
        wp::adj_mul(var_31, var_29, adj_28, adj_29, adj_30);
        wp::adj_address(var_a, var_27, adj_a, adj_27, adj_28);
        wp::adj_add(var_20, var_24, adj_20, adj_24, adj_26);
        wp::adj_mul(var_25, var_23, adj_22, adj_23, adj_24);
        wp::adj_address(var_a, var_21, adj_a, adj_21, adj_22);
        wp::adj_add(var_14, var_18, adj_14, adj_18, adj_20);
        wp::adj_mul(var_19, var_17, adj_16, adj_17, adj_18);
        wp::adj_address(var_a, var_15, adj_a, adj_15, adj_16);
        wp::adj_add(var_8, var_12, adj_8, adj_12, adj_14);
        wp::adj_mul(var_13, var_11, adj_10, adj_11, adj_12);
        wp::adj_address(var_a, var_9, adj_a, adj_9, adj_10);
        wp::adj_add(var_2, var_6, adj_2, adj_6, adj_8);
        wp::adj_mul(var_7, var_5, adj_4, adj_5, adj_6);
        wp::adj_address(var_a, var_3, adj_a, adj_3, adj_4);
        // adj: s += a[j] * wp.static(SCALE * 2.0)                                                <L 13>
        // adj: for j in range(wp.static(N * 2)):                                                 <L 12>
        wp::adj_float(var_1, adj_1, adj_2);
        // adj: s = float(0.0)                                                                    <L 11>
        // adj: i = wp.tid()                                                                      <L 10>
        // adj: def statics(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3)):                <L 9>
        continue;
    }
}

