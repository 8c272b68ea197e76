
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



extern "C" __global__ void jones_plassmann_round_c6c819a4_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_offsets,
    wp::array_t<wp::int32> var_adj,
    wp::array_t<wp::uint32> var_weights,
    wp::array_t<wp::int32> var_colors,
    wp::int32 var_round_id,
    wp::array_t<wp::int32> var_colored)
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
        const wp::int32 var_2 = 0;
        bool var_3;
        wp::int32 var_4;
        wp::uint32* var_5;
        wp::uint32 var_6;
        wp::uint32 var_7;
        const bool var_8 = true;
        bool var_9;
        wp::int32* var_10;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        wp::int32* var_13;
        wp::range_t var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        wp::int32* var_18;
        wp::int32 var_19;
        wp::int32 var_20;
        wp::int32* var_21;
        const wp::int32 var_22 = 0;
        bool var_23;
        wp::int32 var_24;
        wp::int32* var_25;
        bool var_26;
        wp::int32 var_27;
        bool var_28;
        wp::int32* var_29;
        const wp::int32 var_30 = 0;
        bool var_31;
        wp::int32 var_32;
        wp::uint32* var_33;
        wp::uint32 var_34;
        wp::uint32 var_35;
        bool var_36;
        bool var_37;
        bool var_38;
        bool var_39;
        bool var_40;
        const bool var_41 = false;
        bool var_42;
        const wp::int32 var_43 = 0;
        wp::uint32 var_44;
        wp::int32* var_45;
        const wp::int32 var_46 = 1;
        wp::int32 var_47;
        wp::int32* var_48;
        wp::range_t var_49;
        wp::int32 var_50;
        wp::int32 var_51;
        wp::int32 var_52;
        wp::int32* var_53;
        wp::int32* var_54;
        wp::int32 var_55;
        wp::int32 var_56;
        wp::int32 var_57;
        const wp::int32 var_58 = 0;
        bool var_59;
        const wp::int32 var_60 = 32;
        bool var_61;
        bool var_62;
        const wp::int32 var_63 = 1;
        wp::uint32 var_64;
        wp::uint32 var_65;
        wp::uint32 var_66;
        wp::uint32 var_67;
        wp::uint32 var_68;
        const wp::int32 var_69 = 0;
        wp::int32 var_70;
        bool var_71;
        const wp::int32 var_72 = 1;
        wp::uint32 var_73;
        wp::uint32 var_74;
        wp::uint32 var_75;
        wp::uint32 var_76;
        const wp::int32 var_77 = 0;
        wp::uint32 var_78;
        bool var_79;
        bool var_80;
        const wp::int32 var_81 = 1;
        const wp::int32 var_82 = 1;
        wp::int32 var_83;
        const wp::int32 var_84 = 0;
        const wp::int32 var_85 = 1;
        wp::int32 var_86;
        //---------
        // forward
        // def jones_plassmann_round(offsets: wp.array(dtype=int), adj: wp.array(dtype=int), weights: wp.array(dtype=wp.uint32), colors: wp.array(dtype=int), round_id: int, colored: wp.array(dtype=int)):       <L 7>
        // v = wp.tid()                                                                           <L 8>
        var_0 = builtin_tid1d();
        // if colors[v] >= 0:                                                                     <L 9>
        var_1 = wp::address(var_colors, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 >= var_2);
        if (var_3) {
            // return                                                                             <L 10>
            continue;
        }
        // wv = weights[v]                                                                        <L 11>
        var_5 = wp::address(var_weights, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // is_max = bool(True)                                                                    <L 12>
        var_9 = bool(var_8);
        // for e in range(offsets[v], offsets[v + 1]):                                            <L 13>
        var_10 = wp::address(var_offsets, var_0);
        var_12 = wp::add(var_0, var_11);
        var_13 = wp::address(var_offsets, var_12);
        var_15 = wp::load(var_10);
        var_16 = wp::load(var_13);
        var_14 = wp::range(var_15, var_16);
        start_for_1:;
            if (iter_cmp(var_14) == 0) goto end_for_1;
            var_17 = wp::iter_next(var_14);
            // u = adj[e]                                                                         <L 14>
            var_18 = wp::address(var_adj, var_17);
            var_20 = wp::load(var_18);
            var_19 = wp::copy(var_20);
            // if colors[u] >= 0 and colors[u] != round_id:                                       <L 15>
            var_21 = wp::address(var_colors, var_19);
            var_24 = wp::load(var_21);
            var_23 = (var_24 >= var_22);
            var_25 = wp::address(var_colors, var_19);
            var_27 = wp::load(var_25);
            var_26 = (var_27 != var_round_id);
            var_28 = var_23 && var_26;
            if (var_28) {
                // continue                                                                       <L 16>
                goto start_for_1;
            }
            // if colors[u] < 0:                                                                  <L 17>
            var_29 = wp::address(var_colors, var_19);
            var_32 = wp::load(var_29);
            var_31 = (var_32 < var_30);
            if (var_31) {
                // wu = weights[u]                                                                <L 18>
                var_33 = wp::address(var_weights, var_19);
                var_35 = wp::load(var_33);
                var_34 = wp::copy(var_35);
                // if wu > wv or (wu == wv and u > v):                                            <L 19>
                var_36 = (var_34 > var_6);
                var_37 = (var_34 == var_6);
                var_38 = (var_19 > var_0);
                var_39 = var_37 && var_38;
                var_40 = var_36 || var_39;
                if (var_40) {
                    // is_max = False                                                             <L 20>
                    // break                                                                      <L 21>
                    wp::assign(var_9, var_41);
                    goto end_for_1;
                }
            }
            goto start_for_1;
        end_for_1:;
        // if not is_max:                                                                         <L 22>
        var_42 = wp::unot(var_9);
        if (var_42) {
            // return                                                                             <L 23>
            continue;
        }
        // used = wp.uint32(0)                                                                    <L 24>
        var_44 = wp::uint32(var_43);
        // for e in range(offsets[v], offsets[v + 1]):                                            <L 25>
        var_45 = wp::address(var_offsets, var_0);
        var_47 = wp::add(var_0, var_46);
        var_48 = wp::address(var_offsets, var_47);
        var_50 = wp::load(var_45);
        var_51 = wp::load(var_48);
        var_49 = wp::range(var_50, var_51);
        start_for_4:;
            if (iter_cmp(var_49) == 0) goto end_for_4;
            var_52 = wp::iter_next(var_49);
            // c = colors[adj[e]]                                                                 <L 26>
            var_53 = wp::address(var_adj, var_52);
            var_55 = wp::load(var_53);
            var_54 = wp::address(var_colors, var_55);
            var_57 = wp::load(var_54);
            var_56 = wp::copy(var_57);
            // if c >= 0 and c < MAX_COLORS:                                                      <L 27>
            var_59 = (var_56 >= var_58);
            var_61 = (var_56 < var_60);
            var_62 = var_59 && var_61;
            if (var_62) {
                // used = used | (wp.uint32(1) << wp.uint32(c))                                   <L 28>
                var_64 = wp::uint32(var_63);
                var_65 = wp::uint32(var_56);
                var_66 = wp::lshift(var_64, var_65);
                var_67 = wp::bit_or(var_44, var_66);
            }
            var_68 = wp::where(var_62, var_67, var_44);
            wp::assign(var_44, var_68);
            goto start_for_4;
        end_for_4:;
        // c = int(0)                                                                             <L 29>
        var_70 = wp::int(var_69);
        // while c < MAX_COLORS and (used & (wp.uint32(1) << wp.uint32(c))) != wp.uint32(0):       <L 30>
        start_while_6:;
        var_71 = (var_70 < var_60);
        var_73 = wp::uint32(var_72);
        var_74 = wp::uint32(var_70);
        var_75 = wp::lshift(var_73, var_74);
        var_76 = wp::bit_and(var_44, var_75);
        var_78 = wp::uint32(var_77);
        var_79 = (var_76 != var_78);
        var_80 = var_71 && var_79;
        if ((var_80) == false) goto end_while_6;
            // c += 1                                                                             <L 31>
            var_83 = wp::add(var_70, var_82);
            wp::assign(var_70, var_83);
        goto start_while_6;
        end_while_6:;
        // colors[v] = c                                                                          <L 32>
        wp::array_store(var_colors, var_0, var_70);
        // wp.atomic_add(colored, 0, 1)                                                           <L 33>
        var_86 = wp::atomic_add(var_colored, var_84, var_85);
    }
}



extern "C" __global__ void jones_plassmann_round_c6c819a4_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_offsets,
    wp::array_t<wp::int32> var_adj,
    wp::array_t<wp::uint32> var_weights,
    wp::array_t<wp::int32> var_colors,
    wp::int32 var_round_id,
    wp::array_t<wp::int32> var_colored,
    wp::array_t<wp::int32> adj_offsets,
    wp::array_t<wp::int32> adj_adj,
    wp::array_t<wp::uint32> adj_weights,
    wp::array_t<wp::int32> adj_colors,
    wp::int32 adj_round_id,
    wp::array_t<wp::int32> adj_colored)
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
        const wp::int32 var_2 = 0;
        bool var_3;
        wp::int32 var_4;
        wp::uint32* var_5;
        wp::uint32 var_6;
        wp::uint32 var_7;
        const bool var_8 = true;
        bool var_9;
        wp::int32* var_10;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        wp::int32* var_13;
        wp::range_t var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        wp::int32* var_18;
        wp::int32 var_19;
        wp::int32 var_20;
        wp::int32* var_21;
        const wp::int32 var_22 = 0;
        bool var_23;
        wp::int32 var_24;
        wp::int32* var_25;
        bool var_26;
        wp::int32 var_27;
        bool var_28;
        wp::int32* var_29;
        const wp::int32 var_30 = 0;
        bool var_31;
        wp::int32 var_32;
        wp::uint32* var_33;
        wp::uint32 var_34;
        wp::uint32 var_35;
        bool var_36;
        bool var_37;
        bool var_38;
        bool var_39;
        bool var_40;
        const bool var_41 = false;
        bool var_42;
        const wp::int32 var_43 = 0;
        wp::uint32 var_44;
        wp::int32* var_45;
        const wp::int32 var_46 = 1;
        wp::int32 var_47;
        wp::int32* var_48;
        wp::range_t var_49;
        wp::int32 var_50;
        wp::int32 var_51;
        wp::int32 var_52;
        wp::int32* var_53;
        wp::int32* var_54;
        wp::int32 var_55;
        wp::int32 var_56;
        wp::int32 var_57;
        const wp::int32 var_58 = 0;
        bool var_59;
        const wp::int32 var_60 = 32;
        bool var_61;
        bool var_62;
        const wp::int32 var_63 = 1;
        wp::uint32 var_64;
        wp::uint32 var_65;
        wp::uint32 var_66;
        wp::uint32 var_67;
        wp::uint32 var_68;
        const wp::int32 var_69 = 0;
        wp::int32 var_70;
        bool var_71;
        const wp::int32 var_72 = 1;
        wp::uint32 var_73;
        wp::uint32 var_74;
        wp::uint32 var_75;
        wp::uint32 var_76;
        const wp::int32 var_77 = 0;
        wp::uint32 var_78;
        bool var_79;
        bool var_80;
        const wp::int32 var_81 = 1;
        const wp::int32 var_82 = 1;
        wp::int32 var_83;
        const wp::int32 var_84 = 0;
        const wp::int32 var_85 = 1;
        wp::int32 var_86;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::int32 adj_4 = {};
        wp::uint32 adj_5 = {};
        wp::uint32 adj_6 = {};
        wp::uint32 adj_7 = {};
        bool adj_8 = {};
        bool adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::range_t adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        bool adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        bool adj_26 = {};
        wp::int32 adj_27 = {};
        bool adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        bool adj_31 = {};
        wp::int32 adj_32 = {};
        wp::uint32 adj_33 = {};
        wp::uint32 adj_34 = {};
        wp::uint32 adj_35 = {};
        bool adj_36 = {};
        bool adj_37 = {};
        bool adj_38 = {};
        bool adj_39 = {};
        bool adj_40 = {};
        bool adj_41 = {};
        bool adj_42 = {};
        wp::int32 adj_43 = {};
        wp::uint32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::int32 adj_48 = {};
        wp::range_t adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::int32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::int32 adj_57 = {};
        wp::int32 adj_58 = {};
        bool adj_59 = {};
        wp::int32 adj_60 = {};
        bool adj_61 = {};
        bool adj_62 = {};
        wp::int32 adj_63 = {};
        wp::uint32 adj_64 = {};
        wp::uint32 adj_65 = {};
        wp::uint32 adj_66 = {};
        wp::uint32 adj_67 = {};
        wp::uint32 adj_68 = {};
        wp::int32 adj_69 = {};
        wp::int32 adj_70 = {};
        bool adj_71 = {};
        wp::int32 adj_72 = {};
        wp::uint32 adj_73 = {};
        wp::uint32 adj_74 = {};
        wp::uint32 adj_75 = {};
        wp::uint32 adj_76 = {};
        wp::int32 adj_77 = {};
        wp::uint32 adj_78 = {};
        bool adj_79 = {};
        bool adj_80 = {};
        wp::int32 adj_81 = {};
        wp::int32 adj_82 = {};
        wp::int32 adj_83 = {};
        wp::int32 adj_84 = {};
        wp::int32 adj_85 = {};
        wp::int32 adj_86 = {};
        //---------
        // forward
        // def jones_plassmann_round(offsets: wp.array(dtype=int), adj: wp.array(dtype=int), weights: wp.array(dtype=wp.uint32), colors: wp.array(dtype=int), round_id: int, colored: wp.array(dtype=int)):       <L 7>
        // v = wp.tid()                                                                           <L 8>
        var_0 = builtin_tid1d();
        // if colors[v] >= 0:                                                                     <L 9>
        var_1 = wp::address(var_colors, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 >= var_2);
        if (var_3) {
            // return                                                                             <L 10>
            goto label0;
        }
        // wv = weights[v]                                                                        <L 11>
        var_5 = wp::address(var_weights, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // is_max = bool(True)                                                                    <L 12>
        var_9 = bool(var_8);
        // for e in range(offsets[v], offsets[v + 1]):                                            <L 13>
        var_10 = wp::address(var_offsets, var_0);
        var_12 = wp::add(var_0, var_11);
        var_13 = wp::address(var_offsets, var_12);
        var_15 = wp::load(var_10);
        var_16 = wp::load(var_13);
        var_14 = wp::range(var_15, var_16);
        // if not is_max:                                                                         <L 22>
        var_42 = wp::unot(var_9);
        if (var_42) {
            // return                                                                             <L 23>
            goto label3;
        }
        // used = wp.uint32(0)                                                                    <L 24>
        var_44 = wp::uint32(var_43);
        // for e in range(offsets[v], offsets[v + 1]):                                            <L 25>
        var_45 = wp::address(var_offsets, var_0);
        var_47 = wp::add(var_0, var_46);
        var_48 = wp::address(var_offsets, var_47);
        var_50 = wp::load(var_45);
        var_51 = wp::load(var_48);
        var_49 = wp::range(var_50, var_51);
        // c = int(0)                                                                             <L 29>
        var_70 = wp::int(var_69);
        // while c < MAX_COLORS and (used & (wp.uint32(1) << wp.uint32(c))) != wp.uint32(0):       <L 30>
        // colors[v] = c                                                                          <L 32>
        // wp::array_store(var_colors, var_0, var_70);
        // wp.atomic_add(colored, 0, 1)                                                           <L 33>
        // var_86 = wp::atomic_add(var_colored, var_84, var_85);
        //---------
        // reverse
        wp::adj_atomic_add(var_colored, var_84, var_85, adj_colored, adj_84, adj_85, adj_86);
        // adj: wp.atomic_add(colored, 0, 1)                                                      <L 33>
        wp::adj_array_store(var_colors, var_0, var_70, adj_colors, adj_0, adj_70);
        // adj: colors[v] = c                                                                     <L 32>
        start_while_6:;
        var_71 = (var_70 < var_60);
        var_73 = wp::uint32(var_72);
        var_74 = wp::uint32(var_70);
        var_75 = wp::lshift(var_73, var_74);
        var_76 = wp::bit_and(var_44, var_75);
        var_78 = wp::uint32(var_77);
        var_79 = (var_76 != var_78);
        var_80 = var_71 && var_79;
        if ((var_80) == false) goto end_while_6;
        adj_81 = {};
        adj_82 = {};
        adj_83 = {};
            // c += 1                                                                             <L 31>
            var_83 = wp::add(var_70, var_82);
            wp::assign(var_70, var_83);
            wp::adj_assign(var_70, var_83, adj_70, adj_83);
            wp::adj_add(var_70, var_82, adj_70, adj_82, adj_83);
            // adj: c += 1                                                                        <L 31>
        goto start_while_6;
        end_while_6:;
        // adj: while c < MAX_COLORS and (used & (wp.uint32(1) << wp.uint32(c))) != wp.uint32(0):  <L 30>
        wp::adj_int(var_69, adj_69, adj_70);
        // adj: c = int(0)                                                                        <L 29>
        var_49 = wp::iter_reverse(var_49);
        start_for_4:;
            if (iter_cmp(var_49) == 0) goto end_for_4;
            var_52 = wp::iter_next(var_49);
        	adj_53 = {};
        	adj_54 = {};
        	adj_55 = {};
        	adj_56 = {};
        	adj_57 = {};
        	adj_58 = {};
        	adj_59 = {};
        	adj_60 = {};
        	adj_61 = {};
        	adj_62 = {};
        	adj_63 = {};
        	adj_64 = {};
        	adj_65 = {};
        	adj_66 = {};
        	adj_67 = {};
        	adj_68 = {};
            // c = colors[adj[e]]                                                                 <L 26>
            var_53 = wp::address(var_adj, var_52);
            var_55 = wp::load(var_53);
            var_54 = wp::address(var_colors, var_55);
            var_57 = wp::load(var_54);
            var_56 = wp::copy(var_57);
            // if c >= 0 and c < MAX_COLORS:                                                      <L 27>
            var_59 = (var_56 >= var_58);
            var_61 = (var_56 < var_60);
            var_62 = var_59 && var_61;
            if (var_62) {
                // used = used | (wp.uint32(1) << wp.uint32(c))                                   <L 28>
                var_64 = wp::uint32(var_63);
                var_65 = wp::uint32(var_56);
                var_66 = wp::lshift(var_64, var_65);
                var_67 = wp::bit_or(var_44, var_66);
            }
            var_68 = wp::where(var_62, var_67, var_44);
            wp::assign(var_44, var_68);
            wp::adj_assign(var_44, var_68, adj_44, adj_68);
            wp::adj_where(var_62, var_67, var_44, adj_62, adj_67, adj_44, adj_68);
            if (var_62) {
                wp::adj_uint32(var_56, adj_56, adj_65);
                wp::adj_uint32(var_63, adj_63, adj_64);
                // adj: used = used | (wp.uint32(1) << wp.uint32(c))                              <L 28>
            }
            // adj: if c >= 0 and c < MAX_COLORS:                                                 <L 27>
            wp::adj_copy(var_57, adj_54, adj_56);
            wp::adj_address(var_colors, var_55, adj_colors, adj_53, adj_54);
            wp::adj_address(var_adj, var_52, adj_adj, adj_52, adj_53);
            // adj: c = colors[adj[e]]                                                            <L 26>
        	goto start_for_4;
        end_for_4:;
        wp::adj_range(var_50, var_51, adj_45, adj_48, adj_49);
        wp::adj_address(var_offsets, var_47, adj_offsets, adj_47, adj_48);
        wp::adj_add(var_0, var_46, adj_0, adj_46, adj_47);
        wp::adj_address(var_offsets, var_0, adj_offsets, adj_0, adj_45);
        // adj: for e in range(offsets[v], offsets[v + 1]):                                       <L 25>
        wp::adj_uint32(var_43, adj_43, adj_44);
        // adj: used = wp.uint32(0)                                                               <L 24>
        if (var_42) {
            label3:;
            // adj: return                                                                        <L 23>
        }
        // adj: if not is_max:                                                                    <L 22>
        var_14 = wp::iter_reverse(var_14);
        start_for_1:;
            if (iter_cmp(var_14) == 0) goto end_for_1;
            var_17 = wp::iter_next(var_14);
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
        	adj_37 = {};
        	adj_38 = {};
        	adj_39 = {};
        	adj_40 = {};
        	adj_41 = {};
            // u = adj[e]                                                                         <L 14>
            var_18 = wp::address(var_adj, var_17);
            var_20 = wp::load(var_18);
            var_19 = wp::copy(var_20);
            // if colors[u] >= 0 and colors[u] != round_id:                                       <L 15>
            var_21 = wp::address(var_colors, var_19);
            var_24 = wp::load(var_21);
            var_23 = (var_24 >= var_22);
            var_25 = wp::address(var_colors, var_19);
            var_27 = wp::load(var_25);
            var_26 = (var_27 != var_round_id);
            var_28 = var_23 && var_26;
            if (var_28) {
                // continue                                                                       <L 16>
                goto start_for_1;
            }
            // if colors[u] < 0:                                                                  <L 17>
            var_29 = wp::address(var_colors, var_19);
            var_32 = wp::load(var_29);
            var_31 = (var_32 < var_30);
            if (var_31) {
                // wu = weights[u]                                                                <L 18>
                var_33 = wp::address(var_weights, var_19);
                var_35 = wp::load(var_33);
                var_34 = wp::copy(var_35);
                // if wu > wv or (wu == wv and u > v):                                            <L 19>
                var_36 = (var_34 > var_6);
                var_37 = (var_34 == var_6);
                var_38 = (var_19 > var_0);
                var_39 = var_37 && var_38;
                var_40 = var_36 || var_39;
                if (var_40) {
                    // is_max = False                                                             <L 20>
                    // break                                                                      <L 21>
                    wp::assign(var_9, var_41);
                    goto end_for_1;
                }
            }
            if (var_31) {
                if (var_40) {
                    wp::adj_assign(var_9, var_41, adj_9, adj_41);
                    // adj: break                                                                 <L 21>
                    // adj: is_max = False                                                        <L 20>
                }
                // adj: if wu > wv or (wu == wv and u > v):                                       <L 19>
                wp::adj_copy(var_35, adj_33, adj_34);
                wp::adj_address(var_weights, var_19, adj_weights, adj_19, adj_33);
                // adj: wu = weights[u]                                                           <L 18>
            }
            wp::adj_address(var_colors, var_19, adj_colors, adj_19, adj_29);
            // adj: if colors[u] < 0:                                                             <L 17>
            if (var_28) {
                // adj: continue                                                                  <L 16>
            }
            wp::adj_address(var_colors, var_19, adj_colors, adj_19, adj_25);
            wp::adj_address(var_colors, var_19, adj_colors, adj_19, adj_21);
            // adj: if colors[u] >= 0 and colors[u] != round_id:                                  <L 15>
            wp::adj_copy(var_20, adj_18, adj_19);
            wp::adj_address(var_adj, var_17, adj_adj, adj_17, adj_18);
            // adj: u = adj[e]                                                                    <L 14>
        	goto start_for_1;
        end_for_1:;
        wp::adj_range(var_15, var_16, adj_10, adj_13, adj_14);
        wp::adj_address(var_offsets, var_12, adj_offsets, adj_12, adj_13);
        wp::adj_add(var_0, var_11, adj_0, adj_11, adj_12);
        wp::adj_address(var_offsets, var_0, adj_offsets, adj_0, adj_10);
        // adj: for e in range(offsets[v], offsets[v + 1]):                                       <L 13>
        adj_bool(var_8, adj_8, adj_9);
        // adj: is_max = bool(True)                                                               <L 12>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_weights, var_0, adj_weights, adj_0, adj_5);
        // adj: wv = weights[v]                                                                   <L 11>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 10>
        }
        wp::adj_address(var_colors, var_0, adj_colors, adj_0, adj_1);
        // adj: if colors[v] >= 0:                                                                <L 9>
        // adj: v = wp.tid()                                                                      <L 8>
        // adj: def jones_plassmann_round(offsets: wp.array(dtype=int), adj: wp.array(dtype=int), weights: wp.array(dtype=wp.uint32), colors: wp.array(dtype=int), round_id: int, colored: wp.array(dtype=int)):  <L 7>
        continue;
    }
}



extern "C" __global__ void random_weights_f0e472d3_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::int32 var_seed,
    wp::array_t<wp::uint32> var_weights,
    wp::array_t<wp::int32> var_colors)
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
        wp::uint32 var_1;
        wp::uint32 var_2;
        const wp::int32 var_3 = 1;
        const wp::int32 var_4 = -1;
        //---------
        // forward
        // def random_weights(seed: int, weights: wp.array(dtype=wp.uint32), colors: wp.array(dtype=int)):       <L 37>
        // v = wp.tid()                                                                           <L 38>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, v)                                                          <L 39>
        var_1 = wp::rand_init(var_seed, var_0);
        // weights[v] = wp.randu(state)                                                           <L 40>
        var_2 = wp::randu(var_1);
        wp::array_store(var_weights, var_0, var_2);
        // colors[v] = -1                                                                         <L 41>
        wp::array_store(var_colors, var_0, var_4);
    }
}



extern "C" __global__ void random_weights_f0e472d3_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::int32 var_seed,
    wp::array_t<wp::uint32> var_weights,
    wp::array_t<wp::int32> var_colors,
    wp::int32 adj_seed,
    wp::array_t<wp::uint32> adj_weights,
    wp::array_t<wp::int32> adj_colors)
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
        wp::uint32 var_1;
        wp::uint32 var_2;
        const wp::int32 var_3 = 1;
        const wp::int32 var_4 = -1;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::uint32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        //---------
        // forward
        // def random_weights(seed: int, weights: wp.array(dtype=wp.uint32), colors: wp.array(dtype=int)):       <L 37>
        // v = wp.tid()                                                                           <L 38>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, v)                                                          <L 39>
        var_1 = wp::rand_init(var_seed, var_0);
        // weights[v] = wp.randu(state)                                                           <L 40>
        var_2 = wp::randu(var_1);
        // wp::array_store(var_weights, var_0, var_2);
        // colors[v] = -1                                                                         <L 41>
        // wp::array_store(var_colors, var_0, var_4);
        //---------
        // reverse
        wp::adj_array_store(var_colors, var_0, var_4, adj_colors, adj_0, adj_4);
        // adj: colors[v] = -1                                                                    <L 41>
        wp::adj_array_store(var_weights, var_0, var_2, adj_weights, adj_0, adj_2);
        // adj: weights[v] = wp.randu(state)                                                      <L 40>
        // adj: state = wp.rand_init(seed, v)                                                     <L 39>
        // adj: v = wp.tid()                                                                      <L 38>
        // adj: def random_weights(seed: int, weights: wp.array(dtype=wp.uint32), colors: wp.array(dtype=int)):  <L 37>
        continue;
    }
}



extern "C" __global__ void color_histogram_631ccd6e_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_colors,
    wp::array_t<wp::int32> var_hist,
    wp::array_t<wp::int32> var_max_color)
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
        wp::int32 var_2;
        wp::int32 var_3;
        const wp::int32 var_4 = 0;
        bool var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        //---------
        // forward
        // def color_histogram(colors: wp.array(dtype=int), hist: wp.array(dtype=int), max_color: wp.array(dtype=int)):       <L 45>
        // v = wp.tid()                                                                           <L 46>
        var_0 = builtin_tid1d();
        // c = colors[v]                                                                          <L 47>
        var_1 = wp::address(var_colors, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if c >= 0:                                                                             <L 48>
        var_5 = (var_2 >= var_4);
        if (var_5) {
            // wp.atomic_add(hist, c, 1)                                                          <L 49>
            var_7 = wp::atomic_add(var_hist, var_2, var_6);
            // wp.atomic_max(max_color, 0, c)                                                     <L 50>
            var_9 = wp::atomic_max(var_max_color, var_8, var_2);
        }
    }
}



extern "C" __global__ void color_histogram_631ccd6e_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_colors,
    wp::array_t<wp::int32> var_hist,
    wp::array_t<wp::int32> var_max_color,
    wp::array_t<wp::int32> adj_colors,
    wp::array_t<wp::int32> adj_hist,
    wp::array_t<wp::int32> adj_max_color)
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
        wp::int32 var_2;
        wp::int32 var_3;
        const wp::int32 var_4 = 0;
        bool var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        bool adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        //---------
        // forward
        // def color_histogram(colors: wp.array(dtype=int), hist: wp.array(dtype=int), max_color: wp.array(dtype=int)):       <L 45>
        // v = wp.tid()                                                                           <L 46>
        var_0 = builtin_tid1d();
        // c = colors[v]                                                                          <L 47>
        var_1 = wp::address(var_colors, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if c >= 0:                                                                             <L 48>
        var_5 = (var_2 >= var_4);
        if (var_5) {
            // wp.atomic_add(hist, c, 1)                                                          <L 49>
            // var_7 = wp::atomic_add(var_hist, var_2, var_6);
            // wp.atomic_max(max_color, 0, c)                                                     <L 50>
            // var_9 = wp::atomic_max(var_max_color, var_8, var_2);
        }
        //---------
        // reverse
        if (var_5) {
            wp::adj_atomic_max(var_max_color, var_8, var_2, adj_max_color, adj_8, adj_2, adj_9);
            // adj: wp.atomic_max(max_color, 0, c)                                                <L 50>
            wp::adj_atomic_add(var_hist, var_2, var_6, adj_hist, adj_2, adj_6, adj_7);
            // adj: wp.atomic_add(hist, c, 1)                                                     <L 49>
        }
        // adj: if c >= 0:                                                                        <L 48>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_colors, var_0, adj_colors, adj_0, adj_1);
        // adj: c = colors[v]                                                                     <L 47>
        // adj: v = wp.tid()                                                                      <L 46>
        // adj: def color_histogram(colors: wp.array(dtype=int), hist: wp.array(dtype=int), max_color: wp.array(dtype=int)):  <L 45>
        continue;
    }
}



extern "C" __global__ void validate_ca16c8a5_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_offsets,
    wp::array_t<wp::int32> var_adj,
    wp::array_t<wp::int32> var_colors,
    wp::array_t<wp::int32> var_conflicts)
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
        const wp::int32 var_2 = 1;
        wp::int32 var_3;
        wp::int32* var_4;
        wp::range_t var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        wp::int32* var_9;
        wp::int32 var_10;
        wp::int32 var_11;
        bool var_12;
        wp::int32* var_13;
        wp::int32* var_14;
        bool var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        bool var_18;
        const wp::int32 var_19 = 0;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        //---------
        // forward
        // def validate(offsets: wp.array(dtype=int), adj: wp.array(dtype=int), colors: wp.array(dtype=int), conflicts: wp.array(dtype=int)):       <L 54>
        // v = wp.tid()                                                                           <L 55>
        var_0 = builtin_tid1d();
        // for e in range(offsets[v], offsets[v + 1]):                                            <L 56>
        var_1 = wp::address(var_offsets, var_0);
        var_3 = wp::add(var_0, var_2);
        var_4 = wp::address(var_offsets, var_3);
        var_6 = wp::load(var_1);
        var_7 = wp::load(var_4);
        var_5 = wp::range(var_6, var_7);
        start_for_0:;
            if (iter_cmp(var_5) == 0) goto end_for_0;
            var_8 = wp::iter_next(var_5);
            // u = adj[e]                                                                         <L 57>
            var_9 = wp::address(var_adj, var_8);
            var_11 = wp::load(var_9);
            var_10 = wp::copy(var_11);
            // if u > v and colors[u] == colors[v]:                                               <L 58>
            var_12 = (var_10 > var_0);
            var_13 = wp::address(var_colors, var_10);
            var_14 = wp::address(var_colors, var_0);
            var_16 = wp::load(var_13);
            var_17 = wp::load(var_14);
            var_15 = (var_16 == var_17);
            var_18 = var_12 && var_15;
            if (var_18) {
                // wp.atomic_add(conflicts, 0, 1)                                                 <L 59>
                var_21 = wp::atomic_add(var_conflicts, var_19, var_20);
            }
            goto start_for_0;
        end_for_0:;
    }
}



extern "C" __global__ void validate_ca16c8a5_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_offsets,
    wp::array_t<wp::int32> var_adj,
    wp::array_t<wp::int32> var_colors,
    wp::array_t<wp::int32> var_conflicts,
    wp::array_t<wp::int32> adj_offsets,
    wp::array_t<wp::int32> adj_adj,
    wp::array_t<wp::int32> adj_colors,
    wp::array_t<wp::int32> adj_conflicts)
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
        const wp::int32 var_2 = 1;
        wp::int32 var_3;
        wp::int32* var_4;
        wp::range_t var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        wp::int32* var_9;
        wp::int32 var_10;
        wp::int32 var_11;
        bool var_12;
        wp::int32* var_13;
        wp::int32* var_14;
        bool var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        bool var_18;
        const wp::int32 var_19 = 0;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::range_t adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        bool adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        bool adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        bool adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        //---------
        // forward
        // def validate(offsets: wp.array(dtype=int), adj: wp.array(dtype=int), colors: wp.array(dtype=int), conflicts: wp.array(dtype=int)):       <L 54>
        // v = wp.tid()                                                                           <L 55>
        var_0 = builtin_tid1d();
        // for e in range(offsets[v], offsets[v + 1]):                                            <L 56>
        var_1 = wp::address(var_offsets, var_0);
        var_3 = wp::add(var_0, var_2);
        var_4 = wp::address(var_offsets, var_3);
        var_6 = wp::load(var_1);
        var_7 = wp::load(var_4);
        var_5 = wp::range(var_6, var_7);
        //---------
        // reverse
        var_5 = wp::iter_reverse(var_5);
        start_for_0:;
            if (iter_cmp(var_5) == 0) goto end_for_0;
            var_8 = wp::iter_next(var_5);
        	adj_9 = {};
        	adj_10 = {};
        	adj_11 = {};
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
            // u = adj[e]                                                                         <L 57>
            var_9 = wp::address(var_adj, var_8);
            var_11 = wp::load(var_9);
            var_10 = wp::copy(var_11);
            // if u > v and colors[u] == colors[v]:                                               <L 58>
            var_12 = (var_10 > var_0);
            var_13 = wp::address(var_colors, var_10);
            var_14 = wp::address(var_colors, var_0);
            var_16 = wp::load(var_13);
            var_17 = wp::load(var_14);
            var_15 = (var_16 == var_17);
            var_18 = var_12 && var_15;
            if (var_18) {
                // wp.atomic_add(conflicts, 0, 1)                                                 <L 59>
                // var_21 = wp::atomic_add(var_conflicts, var_19, var_20);
            }
            if (var_18) {
                wp::adj_atomic_add(var_conflicts, var_19, var_20, adj_conflicts, adj_19, adj_20, adj_21);
                // adj: wp.atomic_add(conflicts, 0, 1)                                            <L 59>
            }
            wp::adj_address(var_colors, var_0, adj_colors, adj_0, adj_14);
            wp::adj_address(var_colors, var_10, adj_colors, adj_10, adj_13);
            // adj: if u > v and colors[u] == colors[v]:                                          <L 58>
            wp::adj_copy(var_11, adj_9, adj_10);
            wp::adj_address(var_adj, var_8, adj_adj, adj_8, adj_9);
            // adj: u = adj[e]                                                                    <L 57>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_6, var_7, adj_1, adj_4, adj_5);
        wp::adj_address(var_offsets, var_3, adj_offsets, adj_3, adj_4);
        wp::adj_add(var_0, var_2, adj_0, adj_2, adj_3);
        wp::adj_address(var_offsets, var_0, adj_offsets, adj_0, adj_1);
        // adj: for e in range(offsets[v], offsets[v + 1]):                                       <L 56>
        // adj: v = wp.tid()                                                                      <L 55>
        // adj: def validate(offsets: wp.array(dtype=int), adj: wp.array(dtype=int), colors: wp.array(dtype=int), conflicts: wp.array(dtype=int)):  <L 54>
        continue;
    }
}

