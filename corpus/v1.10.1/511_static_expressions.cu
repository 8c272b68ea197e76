
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



extern "C" __global__ void statics_81aa5f35_cuda_kernel_forward(
    wp::launch_bounds_t dim,
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
        wp::float32* var_8;
        const wp::float32 var_9 = 1.0;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 1;
        wp::float32* var_14;
        const wp::float32 var_15 = 1.0;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32* var_18;
        const wp::float32 var_19 = 1.0;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::int32 var_23 = 2;
        wp::float32* var_24;
        const wp::float32 var_25 = 1.0;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32* var_28;
        const wp::float32 var_29 = 1.0;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        const wp::int32 var_33 = 3;
        wp::float32* var_34;
        const wp::float32 var_35 = 1.0;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32* var_38;
        const wp::float32 var_39 = 1.0;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        const wp::int32 var_43 = 4;
        wp::float32* var_44;
        const wp::float32 var_45 = 1.0;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32* var_48;
        const wp::float32 var_49 = 1.0;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        const wp::int32 var_53 = 5;
        wp::float32* var_54;
        const wp::float32 var_55 = 1.0;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32* var_58;
        const wp::float32 var_59 = 1.0;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        const wp::int32 var_63 = 6;
        wp::float32* var_64;
        const wp::float32 var_65 = 1.0;
        wp::float32 var_66;
        wp::float32 var_67;
        wp::float32* var_68;
        const wp::float32 var_69 = 1.0;
        wp::float32 var_70;
        wp::float32 var_71;
        wp::float32 var_72;
        const wp::int32 var_73 = 7;
        wp::float32* var_74;
        const wp::float32 var_75 = 1.0;
        wp::float32 var_76;
        wp::float32 var_77;
        wp::float32* var_78;
        const wp::float32 var_79 = 1.0;
        wp::float32 var_80;
        wp::float32 var_81;
        wp::float32 var_82;
        const wp::float32 var_83 = 0.3333333333333333;
        wp::float32 var_84;
        wp::vec_t<3, wp::float32>* var_85;
        const wp::vec_t<3, wp::float32> var_86 = wp::initializer_array<3,wp::float32>{0.0, 1.0, 0.0};
        const wp::float32 var_87 = 2.0;
        wp::vec_t<3, wp::float32> var_88;
        wp::vec_t<3, wp::float32> var_89;
        wp::vec_t<3, wp::float32> var_90;
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
        var_8 = wp::address(var_a, var_3);
        var_11 = wp::load(var_8);
        var_10 = wp::mul(var_11, var_9);
        var_12 = wp::add(var_2, var_10);
        var_14 = wp::address(var_a, var_13);
        var_17 = wp::load(var_14);
        var_16 = wp::mul(var_17, var_15);
        var_18 = wp::address(var_a, var_13);
        var_21 = wp::load(var_18);
        var_20 = wp::mul(var_21, var_19);
        var_22 = wp::add(var_12, var_20);
        var_24 = wp::address(var_a, var_23);
        var_27 = wp::load(var_24);
        var_26 = wp::mul(var_27, var_25);
        var_28 = wp::address(var_a, var_23);
        var_31 = wp::load(var_28);
        var_30 = wp::mul(var_31, var_29);
        var_32 = wp::add(var_22, var_30);
        var_34 = wp::address(var_a, var_33);
        var_37 = wp::load(var_34);
        var_36 = wp::mul(var_37, var_35);
        var_38 = wp::address(var_a, var_33);
        var_41 = wp::load(var_38);
        var_40 = wp::mul(var_41, var_39);
        var_42 = wp::add(var_32, var_40);
        var_44 = wp::address(var_a, var_43);
        var_47 = wp::load(var_44);
        var_46 = wp::mul(var_47, var_45);
        var_48 = wp::address(var_a, var_43);
        var_51 = wp::load(var_48);
        var_50 = wp::mul(var_51, var_49);
        var_52 = wp::add(var_42, var_50);
        var_54 = wp::address(var_a, var_53);
        var_57 = wp::load(var_54);
        var_56 = wp::mul(var_57, var_55);
        var_58 = wp::address(var_a, var_53);
        var_61 = wp::load(var_58);
        var_60 = wp::mul(var_61, var_59);
        var_62 = wp::add(var_52, var_60);
        var_64 = wp::address(var_a, var_63);
        var_67 = wp::load(var_64);
        var_66 = wp::mul(var_67, var_65);
        var_68 = wp::address(var_a, var_63);
        var_71 = wp::load(var_68);
        var_70 = wp::mul(var_71, var_69);
        var_72 = wp::add(var_62, var_70);
        var_74 = wp::address(var_a, var_73);
        var_77 = wp::load(var_74);
        var_76 = wp::mul(var_77, var_75);
        var_78 = wp::address(var_a, var_73);
        var_81 = wp::load(var_78);
        var_80 = wp::mul(var_81, var_79);
        var_82 = wp::add(var_72, var_80);
        // a[i] = s + wp.static(1.0 / 3.0)                                                        <L 14>
        var_84 = wp::add(var_82, var_83);
        wp::array_store(var_a, var_0, var_84);
        // v[i] = v[i] + wp.static(UP) * wp.static(SCALE * float(N))                              <L 15>
        var_85 = wp::address(var_v, var_0);
        var_88 = wp::mul(var_86, var_87);
        var_90 = wp::load(var_85);
        var_89 = wp::add(var_90, var_88);
        wp::array_store(var_v, var_0, var_89);
    }
}



extern "C" __global__ void statics_81aa5f35_cuda_kernel_backward(
    wp::launch_bounds_t dim,
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
        wp::float32* var_8;
        const wp::float32 var_9 = 1.0;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 1;
        wp::float32* var_14;
        const wp::float32 var_15 = 1.0;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32* var_18;
        const wp::float32 var_19 = 1.0;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::int32 var_23 = 2;
        wp::float32* var_24;
        const wp::float32 var_25 = 1.0;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32* var_28;
        const wp::float32 var_29 = 1.0;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        const wp::int32 var_33 = 3;
        wp::float32* var_34;
        const wp::float32 var_35 = 1.0;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32* var_38;
        const wp::float32 var_39 = 1.0;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        const wp::int32 var_43 = 4;
        wp::float32* var_44;
        const wp::float32 var_45 = 1.0;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32* var_48;
        const wp::float32 var_49 = 1.0;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        const wp::int32 var_53 = 5;
        wp::float32* var_54;
        const wp::float32 var_55 = 1.0;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32* var_58;
        const wp::float32 var_59 = 1.0;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        const wp::int32 var_63 = 6;
        wp::float32* var_64;
        const wp::float32 var_65 = 1.0;
        wp::float32 var_66;
        wp::float32 var_67;
        wp::float32* var_68;
        const wp::float32 var_69 = 1.0;
        wp::float32 var_70;
        wp::float32 var_71;
        wp::float32 var_72;
        const wp::int32 var_73 = 7;
        wp::float32* var_74;
        const wp::float32 var_75 = 1.0;
        wp::float32 var_76;
        wp::float32 var_77;
        wp::float32* var_78;
        const wp::float32 var_79 = 1.0;
        wp::float32 var_80;
        wp::float32 var_81;
        wp::float32 var_82;
        const wp::float32 var_83 = 0.3333333333333333;
        wp::float32 var_84;
        wp::vec_t<3, wp::float32>* var_85;
        const wp::vec_t<3, wp::float32> var_86 = wp::initializer_array<3,wp::float32>{0.0, 1.0, 0.0};
        const wp::float32 var_87 = 2.0;
        wp::vec_t<3, wp::float32> var_88;
        wp::vec_t<3, wp::float32> var_89;
        wp::vec_t<3, wp::float32> var_90;
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
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
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
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::int32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::float32 adj_69 = {};
        wp::float32 adj_70 = {};
        wp::float32 adj_71 = {};
        wp::float32 adj_72 = {};
        wp::int32 adj_73 = {};
        wp::float32 adj_74 = {};
        wp::float32 adj_75 = {};
        wp::float32 adj_76 = {};
        wp::float32 adj_77 = {};
        wp::float32 adj_78 = {};
        wp::float32 adj_79 = {};
        wp::float32 adj_80 = {};
        wp::float32 adj_81 = {};
        wp::float32 adj_82 = {};
        wp::float32 adj_83 = {};
        wp::float32 adj_84 = {};
        wp::vec_t<3, wp::float32> adj_85 = {};
        wp::vec_t<3, wp::float32> adj_86 = {};
        wp::float32 adj_87 = {};
        wp::vec_t<3, wp::float32> adj_88 = {};
        wp::vec_t<3, wp::float32> adj_89 = {};
        wp::vec_t<3, wp::float32> adj_90 = {};
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
        var_8 = wp::address(var_a, var_3);
        var_11 = wp::load(var_8);
        var_10 = wp::mul(var_11, var_9);
        var_12 = wp::add(var_2, var_10);
        var_14 = wp::address(var_a, var_13);
        var_17 = wp::load(var_14);
        var_16 = wp::mul(var_17, var_15);
        var_18 = wp::address(var_a, var_13);
        var_21 = wp::load(var_18);
        var_20 = wp::mul(var_21, var_19);
        var_22 = wp::add(var_12, var_20);
        var_24 = wp::address(var_a, var_23);
        var_27 = wp::load(var_24);
        var_26 = wp::mul(var_27, var_25);
        var_28 = wp::address(var_a, var_23);
        var_31 = wp::load(var_28);
        var_30 = wp::mul(var_31, var_29);
        var_32 = wp::add(var_22, var_30);
        var_34 = wp::address(var_a, var_33);
        var_37 = wp::load(var_34);
        var_36 = wp::mul(var_37, var_35);
        var_38 = wp::address(var_a, var_33);
        var_41 = wp::load(var_38);
        var_40 = wp::mul(var_41, var_39);
        var_42 = wp::add(var_32, var_40);
        var_44 = wp::address(var_a, var_43);
        var_47 = wp::load(var_44);
        var_46 = wp::mul(var_47, var_45);
        var_48 = wp::address(var_a, var_43);
        var_51 = wp::load(var_48);
        var_50 = wp::mul(var_51, var_49);
        var_52 = wp::add(var_42, var_50);
        var_54 = wp::address(var_a, var_53);
        var_57 = wp::load(var_54);
        var_56 = wp::mul(var_57, var_55);
        var_58 = wp::address(var_a, var_53);
        var_61 = wp::load(var_58);
        var_60 = wp::mul(var_61, var_59);
        var_62 = wp::add(var_52, var_60);
        var_64 = wp::address(var_a, var_63);
        var_67 = wp::load(var_64);
        var_66 = wp::mul(var_67, var_65);
        var_68 = wp::address(var_a, var_63);
        var_71 = wp::load(var_68);
        var_70 = wp::mul(var_71, var_69);
        var_72 = wp::add(var_62, var_70);
        var_74 = wp::address(var_a, var_73);
        var_77 = wp::load(var_74);
        var_76 = wp::mul(var_77, var_75);
        var_78 = wp::address(var_a, var_73);
        var_81 = wp::load(var_78);
        var_80 = wp::mul(var_81, var_79);
        var_82 = wp::add(var_72, var_80);
        // a[i] = s + wp.static(1.0 / 3.0)                                                        <L 14>
        var_84 = wp::add(var_82, var_83);
        // wp::array_store(var_a, var_0, var_84);
        // v[i] = v[i] + wp.static(UP) * wp.static(SCALE * float(N))                              <L 15>
        var_85 = wp::address(var_v, var_0);
        var_88 = wp::mul(var_86, var_87);
        var_90 = wp::load(var_85);
        var_89 = wp::add(var_90, var_88);
        // wp::array_store(var_v, var_0, var_89);
        //---------
        // reverse
        wp::adj_array_store(var_v, var_0, var_89, adj_v, adj_0, adj_89);
        wp::adj_add(var_90, var_88, adj_85, adj_88, adj_89);
        wp::adj_mul(var_86, var_87, adj_86, adj_87, adj_88);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_85);
        // adj: v[i] = v[i] + wp.static(UP) * wp.static(SCALE * float(N))                         <L 15>
        wp::adj_array_store(var_a, var_0, var_84, adj_a, adj_0, adj_84);
        wp::adj_add(var_82, var_83, adj_82, adj_83, adj_84);
        // adj: a[i] = s + wp.static(1.0 / 3.0)                                                   <L 14>
        wp::adj_add(var_72, var_80, adj_72, adj_80, adj_82);
        wp::adj_mul(var_81, var_79, adj_78, adj_79, adj_80);
        wp::adj_address(var_a, var_73, adj_a, adj_73, adj_78);
        wp::adj_mul(var_77, var_75, adj_74, adj_75, adj_76);
        wp::adj_address(var_a, var_73, adj_a, adj_73, adj_74);
        wp::adj_add(var_62, var_70, adj_62, adj_70, adj_72);
        wp::adj_mul(var_71, var_69, adj_68, adj_69, adj_70);
        wp::adj_address(var_a, var_63, adj_a, adj_63, adj_68);
        wp::adj_mul(var_67, var_65, adj_64, adj_65, adj_66);
        wp::adj_address(var_a, var_63, adj_a, adj_63, adj_64);
        wp::adj_add(var_52, var_60, adj_52, adj_60, adj_62);
        wp::adj_mul(var_61, var_59, adj_58, adj_59, adj_60);
        wp::adj_address(var_a, var_53, adj_a, adj_53, adj_58);
        wp::adj_mul(var_57, var_55, adj_54, adj_55, adj_56);
        wp::adj_address(var_a, var_53, adj_a, adj_53, adj_54);
        wp::adj_add(var_42, var_50, adj_42, adj_50, adj_52);
        wp::adj_mul(var_51, var_49, adj_48, adj_49, adj_50);
        wp::adj_address(var_a, var_43, adj_a, adj_43, adj_48);
        wp::adj_mul(var_47, var_45, adj_44, adj_45, adj_46);
        wp::adj_address(var_a, var_43, adj_a, adj_43, adj_44);
        wp::adj_add(var_32, var_40, adj_32, adj_40, adj_42);
        wp::adj_mul(var_41, var_39, adj_38, adj_39, adj_40);
        wp::adj_address(var_a, var_33, adj_a, adj_33, adj_38);
        wp::adj_mul(var_37, var_35, adj_34, adj_35, adj_36);
        wp::adj_address(var_a, var_33, adj_a, adj_33, adj_34);
        wp::adj_add(var_22, var_30, adj_22, adj_30, adj_32);
        wp::adj_mul(var_31, var_29, adj_28, adj_29, adj_30);
        wp::adj_address(var_a, var_23, adj_a, adj_23, adj_28);
        wp::adj_mul(var_27, var_25, adj_24, adj_25, adj_26);
        wp::adj_address(var_a, var_23, adj_a, adj_23, adj_24);
        wp::adj_add(var_12, var_20, adj_12, adj_20, adj_22);
        wp::adj_mul(var_21, var_19, adj_18, adj_19, adj_20);
        wp::adj_address(var_a, var_13, adj_a, adj_13, adj_18);
        wp::adj_mul(var_17, var_15, adj_14, adj_15, adj_16);
        wp::adj_address(var_a, var_13, adj_a, adj_13, adj_14);
        wp::adj_add(var_2, var_10, adj_2, adj_10, adj_12);
        wp::adj_mul(var_11, var_9, adj_8, adj_9, adj_10);
        wp::adj_address(var_a, var_3, adj_a, adj_3, adj_8);
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

