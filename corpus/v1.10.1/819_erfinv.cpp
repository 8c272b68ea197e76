
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


// corpus/819_erfinv.py:9
static wp::float32 special_0(
    wp::int32 var_k,
    wp::float32 var_v)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    bool var_3;
    const wp::float32 var_4 = 0.0;
    const wp::float32 var_5 = -0.0;
    wp::float32 var_6;
    const wp::int32 var_7 = 2;
    bool var_8;
    const wp::float32 var_9 = 1.0;
    wp::float32 var_10;
    const wp::int32 var_11 = 3;
    bool var_12;
    const wp::float32 var_13 = 1.0;
    const wp::float32 var_14 = -1.0;
    wp::float32 var_15;
    const wp::int32 var_16 = 4;
    bool var_17;
    const wp::float32 var_18 = 1.5;
    wp::float32 var_19;
    const wp::int32 var_20 = 5;
    bool var_21;
    const wp::float32 var_22 = 3.0;
    const wp::float32 var_23 = -3.0;
    wp::float32 var_24;
    const wp::int32 var_25 = 6;
    bool var_26;
    const wp::float32 var_27 = 1e+30;
    const wp::float32 var_28 = 1e+30;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::int32 var_31 = 7;
    bool var_32;
    const wp::float32 var_33 = 1e+30;
    const wp::float32 var_34 = 1e+30;
    wp::float32 var_35;
    const wp::float32 var_36 = 0.0;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    const wp::int32 var_40 = 8;
    bool var_41;
    const wp::float32 var_42 = 0.99999994;
    wp::float32 var_43;
    const wp::int32 var_44 = 9;
    bool var_45;
    const wp::float32 var_46 = 0.99999994;
    const wp::float32 var_47 = -0.99999994;
    wp::float32 var_48;
    const wp::int32 var_49 = 10;
    bool var_50;
    const wp::float32 var_51 = 0.7293294;
    wp::float32 var_52;
    const wp::int32 var_53 = 11;
    bool var_54;
    const wp::float32 var_55 = 0.7293294;
    const wp::float32 var_56 = -0.7293294;
    wp::float32 var_57;
    const wp::int32 var_58 = 12;
    bool var_59;
    const wp::float32 var_60 = 1e-30;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    wp::float32 var_72;
    //---------
    // forward
    // def special(k: int, v: float):                                                         <L 10>
    // r = float(0.0)                                                                         <L 12>
    var_1 = wp::float(var_0);
    // if k == 1:                                                                             <L 13>
    var_3 = (var_k == var_2);
    if (var_3) {
        // r = -0.0                                                                           <L 14>
    }
    var_6 = wp::where(var_3, var_5, var_1);
    if (!var_3) {
        // elif k == 2:                                                                       <L 15>
        var_8 = (var_k == var_7);
        if (var_8) {
            // r = 1.0                                                                        <L 16>
        }
        var_10 = wp::where(var_8, var_9, var_6);
        if (!var_8) {
            // elif k == 3:                                                                   <L 17>
            var_12 = (var_k == var_11);
            if (var_12) {
                // r = -1.0                                                                   <L 18>
            }
            var_15 = wp::where(var_12, var_14, var_10);
            if (!var_12) {
                // elif k == 4:                                                               <L 19>
                var_17 = (var_k == var_16);
                if (var_17) {
                    // r = 1.5                                                                <L 20>
                }
                var_19 = wp::where(var_17, var_18, var_15);
                if (!var_17) {
                    // elif k == 5:                                                           <L 21>
                    var_21 = (var_k == var_20);
                    if (var_21) {
                        // r = -3.0                                                           <L 22>
                    }
                    var_24 = wp::where(var_21, var_23, var_19);
                    if (!var_21) {
                        // elif k == 6:                                                       <L 23>
                        var_26 = (var_k == var_25);
                        if (var_26) {
                            // r = 1.0e30 * 1.0e30                                            <L 24>
                            var_29 = wp::mul(var_27, var_28);
                        }
                        var_30 = wp::where(var_26, var_29, var_24);
                        if (!var_26) {
                            // elif k == 7:                                                   <L 25>
                            var_32 = (var_k == var_31);
                            if (var_32) {
                                // r = (1.0e30 * 1.0e30) * 0.0 + v                            <L 26>
                                var_35 = wp::mul(var_33, var_34);
                                var_37 = wp::mul(var_35, var_36);
                                var_38 = wp::add(var_37, var_v);
                            }
                            var_39 = wp::where(var_32, var_38, var_30);
                            if (!var_32) {
                                // elif k == 8:                                               <L 27>
                                var_41 = (var_k == var_40);
                                if (var_41) {
                                    // r = 0.99999994                                         <L 28>
                                }
                                var_43 = wp::where(var_41, var_42, var_39);
                                if (!var_41) {
                                    // elif k == 9:                                           <L 29>
                                    var_45 = (var_k == var_44);
                                    if (var_45) {
                                        // r = -0.99999994                                    <L 30>
                                    }
                                    var_48 = wp::where(var_45, var_47, var_43);
                                    if (!var_45) {
                                        // elif k == 10:                                      <L 31>
                                        var_50 = (var_k == var_49);
                                        if (var_50) {
                                            // r = 0.7293294                                  <L 32>
                                        }
                                        var_52 = wp::where(var_50, var_51, var_48);
                                        if (!var_50) {
                                            // elif k == 11:                                  <L 33>
                                            var_54 = (var_k == var_53);
                                            if (var_54) {
                                                // r = -0.7293294                             <L 34>
                                            }
                                            var_57 = wp::where(var_54, var_56, var_52);
                                            if (!var_54) {
                                                // elif k == 12:                              <L 35>
                                                var_59 = (var_k == var_58);
                                                if (var_59) {
                                                    // r = 1.0e-30                            <L 36>
                                                }
                                                var_61 = wp::where(var_59, var_60, var_57);
                                            }
                                            var_62 = wp::where(var_54, var_57, var_61);
                                        }
                                        var_63 = wp::where(var_50, var_52, var_62);
                                    }
                                    var_64 = wp::where(var_45, var_48, var_63);
                                }
                                var_65 = wp::where(var_41, var_43, var_64);
                            }
                            var_66 = wp::where(var_32, var_39, var_65);
                        }
                        var_67 = wp::where(var_26, var_30, var_66);
                    }
                    var_68 = wp::where(var_21, var_24, var_67);
                }
                var_69 = wp::where(var_17, var_19, var_68);
            }
            var_70 = wp::where(var_12, var_15, var_69);
        }
        var_71 = wp::where(var_8, var_10, var_70);
    }
    var_72 = wp::where(var_3, var_6, var_71);
    // return r                                                                               <L 37>
    return var_72;
}


// corpus/819_erfinv.py:9
static void adj_special_0(
    wp::int32 var_k,
    wp::float32 var_v,
    wp::int32 & adj_k,
    wp::float32 & adj_v,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    bool var_3;
    const wp::float32 var_4 = 0.0;
    const wp::float32 var_5 = -0.0;
    wp::float32 var_6;
    const wp::int32 var_7 = 2;
    bool var_8;
    const wp::float32 var_9 = 1.0;
    wp::float32 var_10;
    const wp::int32 var_11 = 3;
    bool var_12;
    const wp::float32 var_13 = 1.0;
    const wp::float32 var_14 = -1.0;
    wp::float32 var_15;
    const wp::int32 var_16 = 4;
    bool var_17;
    const wp::float32 var_18 = 1.5;
    wp::float32 var_19;
    const wp::int32 var_20 = 5;
    bool var_21;
    const wp::float32 var_22 = 3.0;
    const wp::float32 var_23 = -3.0;
    wp::float32 var_24;
    const wp::int32 var_25 = 6;
    bool var_26;
    const wp::float32 var_27 = 1e+30;
    const wp::float32 var_28 = 1e+30;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::int32 var_31 = 7;
    bool var_32;
    const wp::float32 var_33 = 1e+30;
    const wp::float32 var_34 = 1e+30;
    wp::float32 var_35;
    const wp::float32 var_36 = 0.0;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    const wp::int32 var_40 = 8;
    bool var_41;
    const wp::float32 var_42 = 0.99999994;
    wp::float32 var_43;
    const wp::int32 var_44 = 9;
    bool var_45;
    const wp::float32 var_46 = 0.99999994;
    const wp::float32 var_47 = -0.99999994;
    wp::float32 var_48;
    const wp::int32 var_49 = 10;
    bool var_50;
    const wp::float32 var_51 = 0.7293294;
    wp::float32 var_52;
    const wp::int32 var_53 = 11;
    bool var_54;
    const wp::float32 var_55 = 0.7293294;
    const wp::float32 var_56 = -0.7293294;
    wp::float32 var_57;
    const wp::int32 var_58 = 12;
    bool var_59;
    const wp::float32 var_60 = 1e-30;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    wp::float32 var_72;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    bool adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    bool adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    bool adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::int32 adj_20 = {};
    bool adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::int32 adj_25 = {};
    bool adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::int32 adj_31 = {};
    bool adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::int32 adj_40 = {};
    bool adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::int32 adj_44 = {};
    bool adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::int32 adj_49 = {};
    bool adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::int32 adj_53 = {};
    bool adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::int32 adj_58 = {};
    bool adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float32 adj_72 = {};
    //---------
    // forward
    // def special(k: int, v: float):                                                         <L 10>
    // r = float(0.0)                                                                         <L 12>
    var_1 = wp::float(var_0);
    // if k == 1:                                                                             <L 13>
    var_3 = (var_k == var_2);
    if (var_3) {
        // r = -0.0                                                                           <L 14>
    }
    var_6 = wp::where(var_3, var_5, var_1);
    if (!var_3) {
        // elif k == 2:                                                                       <L 15>
        var_8 = (var_k == var_7);
        if (var_8) {
            // r = 1.0                                                                        <L 16>
        }
        var_10 = wp::where(var_8, var_9, var_6);
        if (!var_8) {
            // elif k == 3:                                                                   <L 17>
            var_12 = (var_k == var_11);
            if (var_12) {
                // r = -1.0                                                                   <L 18>
            }
            var_15 = wp::where(var_12, var_14, var_10);
            if (!var_12) {
                // elif k == 4:                                                               <L 19>
                var_17 = (var_k == var_16);
                if (var_17) {
                    // r = 1.5                                                                <L 20>
                }
                var_19 = wp::where(var_17, var_18, var_15);
                if (!var_17) {
                    // elif k == 5:                                                           <L 21>
                    var_21 = (var_k == var_20);
                    if (var_21) {
                        // r = -3.0                                                           <L 22>
                    }
                    var_24 = wp::where(var_21, var_23, var_19);
                    if (!var_21) {
                        // elif k == 6:                                                       <L 23>
                        var_26 = (var_k == var_25);
                        if (var_26) {
                            // r = 1.0e30 * 1.0e30                                            <L 24>
                            var_29 = wp::mul(var_27, var_28);
                        }
                        var_30 = wp::where(var_26, var_29, var_24);
                        if (!var_26) {
                            // elif k == 7:                                                   <L 25>
                            var_32 = (var_k == var_31);
                            if (var_32) {
                                // r = (1.0e30 * 1.0e30) * 0.0 + v                            <L 26>
                                var_35 = wp::mul(var_33, var_34);
                                var_37 = wp::mul(var_35, var_36);
                                var_38 = wp::add(var_37, var_v);
                            }
                            var_39 = wp::where(var_32, var_38, var_30);
                            if (!var_32) {
                                // elif k == 8:                                               <L 27>
                                var_41 = (var_k == var_40);
                                if (var_41) {
                                    // r = 0.99999994                                         <L 28>
                                }
                                var_43 = wp::where(var_41, var_42, var_39);
                                if (!var_41) {
                                    // elif k == 9:                                           <L 29>
                                    var_45 = (var_k == var_44);
                                    if (var_45) {
                                        // r = -0.99999994                                    <L 30>
                                    }
                                    var_48 = wp::where(var_45, var_47, var_43);
                                    if (!var_45) {
                                        // elif k == 10:                                      <L 31>
                                        var_50 = (var_k == var_49);
                                        if (var_50) {
                                            // r = 0.7293294                                  <L 32>
                                        }
                                        var_52 = wp::where(var_50, var_51, var_48);
                                        if (!var_50) {
                                            // elif k == 11:                                  <L 33>
                                            var_54 = (var_k == var_53);
                                            if (var_54) {
                                                // r = -0.7293294                             <L 34>
                                            }
                                            var_57 = wp::where(var_54, var_56, var_52);
                                            if (!var_54) {
                                                // elif k == 12:                              <L 35>
                                                var_59 = (var_k == var_58);
                                                if (var_59) {
                                                    // r = 1.0e-30                            <L 36>
                                                }
                                                var_61 = wp::where(var_59, var_60, var_57);
                                            }
                                            var_62 = wp::where(var_54, var_57, var_61);
                                        }
                                        var_63 = wp::where(var_50, var_52, var_62);
                                    }
                                    var_64 = wp::where(var_45, var_48, var_63);
                                }
                                var_65 = wp::where(var_41, var_43, var_64);
                            }
                            var_66 = wp::where(var_32, var_39, var_65);
                        }
                        var_67 = wp::where(var_26, var_30, var_66);
                    }
                    var_68 = wp::where(var_21, var_24, var_67);
                }
                var_69 = wp::where(var_17, var_19, var_68);
            }
            var_70 = wp::where(var_12, var_15, var_69);
        }
        var_71 = wp::where(var_8, var_10, var_70);
    }
    var_72 = wp::where(var_3, var_6, var_71);
    // return r                                                                               <L 37>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_72 += adj_ret;
    // adj: return r                                                                          <L 37>
    wp::adj_where(var_3, var_6, var_71, adj_3, adj_6, adj_71, adj_72);
    if (!var_3) {
        wp::adj_where(var_8, var_10, var_70, adj_8, adj_10, adj_70, adj_71);
        if (!var_8) {
            wp::adj_where(var_12, var_15, var_69, adj_12, adj_15, adj_69, adj_70);
            if (!var_12) {
                wp::adj_where(var_17, var_19, var_68, adj_17, adj_19, adj_68, adj_69);
                if (!var_17) {
                    wp::adj_where(var_21, var_24, var_67, adj_21, adj_24, adj_67, adj_68);
                    if (!var_21) {
                        wp::adj_where(var_26, var_30, var_66, adj_26, adj_30, adj_66, adj_67);
                        if (!var_26) {
                            wp::adj_where(var_32, var_39, var_65, adj_32, adj_39, adj_65, adj_66);
                            if (!var_32) {
                                wp::adj_where(var_41, var_43, var_64, adj_41, adj_43, adj_64, adj_65);
                                if (!var_41) {
                                    wp::adj_where(var_45, var_48, var_63, adj_45, adj_48, adj_63, adj_64);
                                    if (!var_45) {
                                        wp::adj_where(var_50, var_52, var_62, adj_50, adj_52, adj_62, adj_63);
                                        if (!var_50) {
                                            wp::adj_where(var_54, var_57, var_61, adj_54, adj_57, adj_61, adj_62);
                                            if (!var_54) {
                                                wp::adj_where(var_59, var_60, var_57, adj_59, adj_60, adj_57, adj_61);
                                                if (var_59) {
                                                    // adj: r = 1.0e-30                       <L 36>
                                                }
                                                // adj: elif k == 12:                         <L 35>
                                            }
                                            wp::adj_where(var_54, var_56, var_52, adj_54, adj_56, adj_52, adj_57);
                                            if (var_54) {
                                                // adj: r = -0.7293294                        <L 34>
                                            }
                                            // adj: elif k == 11:                             <L 33>
                                        }
                                        wp::adj_where(var_50, var_51, var_48, adj_50, adj_51, adj_48, adj_52);
                                        if (var_50) {
                                            // adj: r = 0.7293294                             <L 32>
                                        }
                                        // adj: elif k == 10:                                 <L 31>
                                    }
                                    wp::adj_where(var_45, var_47, var_43, adj_45, adj_47, adj_43, adj_48);
                                    if (var_45) {
                                        // adj: r = -0.99999994                               <L 30>
                                    }
                                    // adj: elif k == 9:                                      <L 29>
                                }
                                wp::adj_where(var_41, var_42, var_39, adj_41, adj_42, adj_39, adj_43);
                                if (var_41) {
                                    // adj: r = 0.99999994                                    <L 28>
                                }
                                // adj: elif k == 8:                                          <L 27>
                            }
                            wp::adj_where(var_32, var_38, var_30, adj_32, adj_38, adj_30, adj_39);
                            if (var_32) {
                                wp::adj_add(var_37, var_v, adj_37, adj_v, adj_38);
                                wp::adj_mul(var_35, var_36, adj_35, adj_36, adj_37);
                                wp::adj_mul(var_33, var_34, adj_33, adj_34, adj_35);
                                // adj: r = (1.0e30 * 1.0e30) * 0.0 + v                       <L 26>
                            }
                            // adj: elif k == 7:                                              <L 25>
                        }
                        wp::adj_where(var_26, var_29, var_24, adj_26, adj_29, adj_24, adj_30);
                        if (var_26) {
                            wp::adj_mul(var_27, var_28, adj_27, adj_28, adj_29);
                            // adj: r = 1.0e30 * 1.0e30                                       <L 24>
                        }
                        // adj: elif k == 6:                                                  <L 23>
                    }
                    wp::adj_where(var_21, var_23, var_19, adj_21, adj_23, adj_19, adj_24);
                    if (var_21) {
                        // adj: r = -3.0                                                      <L 22>
                    }
                    // adj: elif k == 5:                                                      <L 21>
                }
                wp::adj_where(var_17, var_18, var_15, adj_17, adj_18, adj_15, adj_19);
                if (var_17) {
                    // adj: r = 1.5                                                           <L 20>
                }
                // adj: elif k == 4:                                                          <L 19>
            }
            wp::adj_where(var_12, var_14, var_10, adj_12, adj_14, adj_10, adj_15);
            if (var_12) {
                // adj: r = -1.0                                                              <L 18>
            }
            // adj: elif k == 3:                                                              <L 17>
        }
        wp::adj_where(var_8, var_9, var_6, adj_8, adj_9, adj_6, adj_10);
        if (var_8) {
            // adj: r = 1.0                                                                   <L 16>
        }
        // adj: elif k == 2:                                                                  <L 15>
    }
    wp::adj_where(var_3, var_5, var_1, adj_3, adj_5, adj_1, adj_6);
    if (var_3) {
        // adj: r = -0.0                                                                      <L 14>
    }
    // adj: if k == 1:                                                                        <L 13>
    wp::adj_float(var_0, adj_0, adj_1);
    // adj: r = float(0.0)                                                                    <L 12>
    // adj: def special(k: int, v: float):                                                    <L 10>
    return;
}

struct wp_args_erfinv_f32_9dab27ca {
    wp::array_t<wp::float32> x;
    wp::array_t<wp::float32> out;
};


void erfinv_f32_9dab27ca_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_erfinv_f32_9dab27ca *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    const wp::float32 var_7 = 1.0;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 1;
    const wp::float32 var_11 = 1.0;
    const wp::float32 var_12 = -1.0;
    const wp::float32 var_13 = 1.0;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.999;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 2;
    const wp::float32 var_19 = 1.0;
    const wp::float32 var_20 = 1e-06;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 3;
    const wp::float32 var_25 = 1.0;
    const wp::float32 var_26 = -1.0;
    const wp::float32 var_27 = 1e-06;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::int32 var_31 = 4;
    const wp::float32 var_32 = 1e-07;
    wp::float32 var_33;
    wp::float32 var_34;
    const wp::int32 var_35 = 5;
    const wp::float32 var_36 = 2.0;
    const wp::float32 var_37 = 1e-07;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::int32 var_41 = 6;
    wp::float32 var_42;
    wp::float32 var_43;
    const wp::int32 var_44 = 7;
    wp::float32 var_45;
    const wp::float32 var_46 = 1.0;
    wp::float32 var_47;
    wp::float32 var_48;
    const wp::int32 var_49 = 8;
    wp::float32 var_50;
    wp::float32 var_51;
    const wp::int32 var_52 = 9;
    //---------
    // forward
    // def erfinv_f32(x: wp.array(dtype=float), out: wp.array2d(dtype=float)):                <L 41>
    // i = wp.tid()                                                                           <L 42>
    var_0 = builtin_tid1d();
    // v = x[i]                                                                               <L 43>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // a = wp.abs(v)                                                                          <L 44>
    var_4 = wp::abs(var_2);
    // out[i, 0] = wp.erfinv(v)                                                               <L 45>
    var_5 = wp::erfinv(var_2);
    wp::array_store(var_out, var_0, var_6, var_5);
    // out[i, 1] = wp.erfcinv(v + 1.0)                                                        <L 46>
    var_8 = wp::add(var_2, var_7);
    var_9 = wp::erfcinv(var_8);
    wp::array_store(var_out, var_0, var_10, var_9);
    // out[i, 2] = wp.erfinv(wp.clamp(v, -1.0, 1.0) * 0.999)                                  <L 47>
    var_14 = wp::clamp(var_2, var_12, var_13);
    var_16 = wp::mul(var_14, var_15);
    var_17 = wp::erfinv(var_16);
    wp::array_store(var_out, var_0, var_18, var_17);
    // out[i, 3] = wp.erfinv(1.0 - a * 1.0e-6)                                                <L 48>
    var_21 = wp::mul(var_4, var_20);
    var_22 = wp::sub(var_19, var_21);
    var_23 = wp::erfinv(var_22);
    wp::array_store(var_out, var_0, var_24, var_23);
    // out[i, 4] = wp.erfinv(-1.0 + a * 1.0e-6)                                               <L 49>
    var_28 = wp::mul(var_4, var_27);
    var_29 = wp::add(var_26, var_28);
    var_30 = wp::erfinv(var_29);
    wp::array_store(var_out, var_0, var_31, var_30);
    // out[i, 5] = wp.erfcinv(a * 1.0e-7)                                                     <L 50>
    var_33 = wp::mul(var_4, var_32);
    var_34 = wp::erfcinv(var_33);
    wp::array_store(var_out, var_0, var_35, var_34);
    // out[i, 6] = wp.erfcinv(2.0 - a * 1.0e-7)                                               <L 51>
    var_38 = wp::mul(var_4, var_37);
    var_39 = wp::sub(var_36, var_38);
    var_40 = wp::erfcinv(var_39);
    wp::array_store(var_out, var_0, var_41, var_40);
    // out[i, 7] = wp.erfinv(special(i, v))                                                   <L 52>
    var_42 = special_0(var_0, var_2);
    var_43 = wp::erfinv(var_42);
    wp::array_store(var_out, var_0, var_44, var_43);
    // out[i, 8] = wp.erfcinv(special(i, v) + 1.0)                                            <L 53>
    var_45 = special_0(var_0, var_2);
    var_47 = wp::add(var_45, var_46);
    var_48 = wp::erfcinv(var_47);
    wp::array_store(var_out, var_0, var_49, var_48);
    // out[i, 9] = wp.erfinv(wp.sin(v))                                                       <L 54>
    var_50 = wp::sin(var_2);
    var_51 = wp::erfinv(var_50);
    wp::array_store(var_out, var_0, var_52, var_51);
}



void erfinv_f32_9dab27ca_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_erfinv_f32_9dab27ca *_wp_args,
    wp_args_erfinv_f32_9dab27ca *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    const wp::float32 var_7 = 1.0;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 1;
    const wp::float32 var_11 = 1.0;
    const wp::float32 var_12 = -1.0;
    const wp::float32 var_13 = 1.0;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.999;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 2;
    const wp::float32 var_19 = 1.0;
    const wp::float32 var_20 = 1e-06;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 3;
    const wp::float32 var_25 = 1.0;
    const wp::float32 var_26 = -1.0;
    const wp::float32 var_27 = 1e-06;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::int32 var_31 = 4;
    const wp::float32 var_32 = 1e-07;
    wp::float32 var_33;
    wp::float32 var_34;
    const wp::int32 var_35 = 5;
    const wp::float32 var_36 = 2.0;
    const wp::float32 var_37 = 1e-07;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::int32 var_41 = 6;
    wp::float32 var_42;
    wp::float32 var_43;
    const wp::int32 var_44 = 7;
    wp::float32 var_45;
    const wp::float32 var_46 = 1.0;
    wp::float32 var_47;
    wp::float32 var_48;
    const wp::int32 var_49 = 8;
    wp::float32 var_50;
    wp::float32 var_51;
    const wp::int32 var_52 = 9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::int32 adj_52 = {};
    //---------
    // forward
    // def erfinv_f32(x: wp.array(dtype=float), out: wp.array2d(dtype=float)):                <L 41>
    // i = wp.tid()                                                                           <L 42>
    var_0 = builtin_tid1d();
    // v = x[i]                                                                               <L 43>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // a = wp.abs(v)                                                                          <L 44>
    var_4 = wp::abs(var_2);
    // out[i, 0] = wp.erfinv(v)                                                               <L 45>
    var_5 = wp::erfinv(var_2);
    // wp::array_store(var_out, var_0, var_6, var_5);
    // out[i, 1] = wp.erfcinv(v + 1.0)                                                        <L 46>
    var_8 = wp::add(var_2, var_7);
    var_9 = wp::erfcinv(var_8);
    // wp::array_store(var_out, var_0, var_10, var_9);
    // out[i, 2] = wp.erfinv(wp.clamp(v, -1.0, 1.0) * 0.999)                                  <L 47>
    var_14 = wp::clamp(var_2, var_12, var_13);
    var_16 = wp::mul(var_14, var_15);
    var_17 = wp::erfinv(var_16);
    // wp::array_store(var_out, var_0, var_18, var_17);
    // out[i, 3] = wp.erfinv(1.0 - a * 1.0e-6)                                                <L 48>
    var_21 = wp::mul(var_4, var_20);
    var_22 = wp::sub(var_19, var_21);
    var_23 = wp::erfinv(var_22);
    // wp::array_store(var_out, var_0, var_24, var_23);
    // out[i, 4] = wp.erfinv(-1.0 + a * 1.0e-6)                                               <L 49>
    var_28 = wp::mul(var_4, var_27);
    var_29 = wp::add(var_26, var_28);
    var_30 = wp::erfinv(var_29);
    // wp::array_store(var_out, var_0, var_31, var_30);
    // out[i, 5] = wp.erfcinv(a * 1.0e-7)                                                     <L 50>
    var_33 = wp::mul(var_4, var_32);
    var_34 = wp::erfcinv(var_33);
    // wp::array_store(var_out, var_0, var_35, var_34);
    // out[i, 6] = wp.erfcinv(2.0 - a * 1.0e-7)                                               <L 51>
    var_38 = wp::mul(var_4, var_37);
    var_39 = wp::sub(var_36, var_38);
    var_40 = wp::erfcinv(var_39);
    // wp::array_store(var_out, var_0, var_41, var_40);
    // out[i, 7] = wp.erfinv(special(i, v))                                                   <L 52>
    var_42 = special_0(var_0, var_2);
    var_43 = wp::erfinv(var_42);
    // wp::array_store(var_out, var_0, var_44, var_43);
    // out[i, 8] = wp.erfcinv(special(i, v) + 1.0)                                            <L 53>
    var_45 = special_0(var_0, var_2);
    var_47 = wp::add(var_45, var_46);
    var_48 = wp::erfcinv(var_47);
    // wp::array_store(var_out, var_0, var_49, var_48);
    // out[i, 9] = wp.erfinv(wp.sin(v))                                                       <L 54>
    var_50 = wp::sin(var_2);
    var_51 = wp::erfinv(var_50);
    // wp::array_store(var_out, var_0, var_52, var_51);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_52, var_51, adj_out, adj_0, adj_52, adj_51);
    wp::adj_erfinv(var_50, var_51, adj_50, adj_51);
    wp::adj_sin(var_2, adj_2, adj_50);
    // adj: out[i, 9] = wp.erfinv(wp.sin(v))                                                  <L 54>
    wp::adj_array_store(var_out, var_0, var_49, var_48, adj_out, adj_0, adj_49, adj_48);
    wp::adj_erfcinv(var_47, var_48, adj_47, adj_48);
    wp::adj_add(var_45, var_46, adj_45, adj_46, adj_47);
    adj_special_0(var_0, var_2, adj_0, adj_2, adj_45);
    // adj: out[i, 8] = wp.erfcinv(special(i, v) + 1.0)                                       <L 53>
    wp::adj_array_store(var_out, var_0, var_44, var_43, adj_out, adj_0, adj_44, adj_43);
    wp::adj_erfinv(var_42, var_43, adj_42, adj_43);
    adj_special_0(var_0, var_2, adj_0, adj_2, adj_42);
    // adj: out[i, 7] = wp.erfinv(special(i, v))                                              <L 52>
    wp::adj_array_store(var_out, var_0, var_41, var_40, adj_out, adj_0, adj_41, adj_40);
    wp::adj_erfcinv(var_39, var_40, adj_39, adj_40);
    wp::adj_sub(var_36, var_38, adj_36, adj_38, adj_39);
    wp::adj_mul(var_4, var_37, adj_4, adj_37, adj_38);
    // adj: out[i, 6] = wp.erfcinv(2.0 - a * 1.0e-7)                                          <L 51>
    wp::adj_array_store(var_out, var_0, var_35, var_34, adj_out, adj_0, adj_35, adj_34);
    wp::adj_erfcinv(var_33, var_34, adj_33, adj_34);
    wp::adj_mul(var_4, var_32, adj_4, adj_32, adj_33);
    // adj: out[i, 5] = wp.erfcinv(a * 1.0e-7)                                                <L 50>
    wp::adj_array_store(var_out, var_0, var_31, var_30, adj_out, adj_0, adj_31, adj_30);
    wp::adj_erfinv(var_29, var_30, adj_29, adj_30);
    wp::adj_add(var_26, var_28, adj_26, adj_28, adj_29);
    wp::adj_mul(var_4, var_27, adj_4, adj_27, adj_28);
    // adj: out[i, 4] = wp.erfinv(-1.0 + a * 1.0e-6)                                          <L 49>
    wp::adj_array_store(var_out, var_0, var_24, var_23, adj_out, adj_0, adj_24, adj_23);
    wp::adj_erfinv(var_22, var_23, adj_22, adj_23);
    wp::adj_sub(var_19, var_21, adj_19, adj_21, adj_22);
    wp::adj_mul(var_4, var_20, adj_4, adj_20, adj_21);
    // adj: out[i, 3] = wp.erfinv(1.0 - a * 1.0e-6)                                           <L 48>
    wp::adj_array_store(var_out, var_0, var_18, var_17, adj_out, adj_0, adj_18, adj_17);
    wp::adj_erfinv(var_16, var_17, adj_16, adj_17);
    wp::adj_mul(var_14, var_15, adj_14, adj_15, adj_16);
    wp::adj_clamp(var_2, var_12, var_13, adj_2, adj_12, adj_13, adj_14);
    // adj: out[i, 2] = wp.erfinv(wp.clamp(v, -1.0, 1.0) * 0.999)                             <L 47>
    wp::adj_array_store(var_out, var_0, var_10, var_9, adj_out, adj_0, adj_10, adj_9);
    wp::adj_erfcinv(var_8, var_9, adj_8, adj_9);
    wp::adj_add(var_2, var_7, adj_2, adj_7, adj_8);
    // adj: out[i, 1] = wp.erfcinv(v + 1.0)                                                   <L 46>
    wp::adj_array_store(var_out, var_0, var_6, var_5, adj_out, adj_0, adj_6, adj_5);
    wp::adj_erfinv(var_2, var_5, adj_2, adj_5);
    // adj: out[i, 0] = wp.erfinv(v)                                                          <L 45>
    wp::adj_abs(var_2, adj_2, adj_4);
    // adj: a = wp.abs(v)                                                                     <L 44>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: v = x[i]                                                                          <L 43>
    // adj: i = wp.tid()                                                                      <L 42>
    // adj: def erfinv_f32(x: wp.array(dtype=float), out: wp.array2d(dtype=float)):           <L 41>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void erfinv_f32_9dab27ca_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_erfinv_f32_9dab27ca *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        erfinv_f32_9dab27ca_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void erfinv_f32_9dab27ca_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_erfinv_f32_9dab27ca *_wp_args,
    wp_args_erfinv_f32_9dab27ca *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        erfinv_f32_9dab27ca_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_erfinv_f64_1cb37542 {
    wp::array_t<wp::float64> x;
    wp::array_t<wp::float64> out;
};


void erfinv_f64_1cb37542_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_erfinv_f64_1cb37542 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float64> var_x = _wp_args->x;
    wp::array_t<wp::float64> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float64* var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    wp::float64 var_4;
    const wp::float32 var_5 = 1.0;
    wp::float64 var_6;
    wp::float64 var_7;
    const wp::int32 var_8 = 0;
    wp::float64 var_9;
    wp::float64 var_10;
    const wp::int32 var_11 = 1;
    wp::float64 var_12;
    wp::float64 var_13;
    const wp::float32 var_14 = 0.999;
    wp::float64 var_15;
    wp::float64 var_16;
    wp::float64 var_17;
    const wp::int32 var_18 = 2;
    const wp::float32 var_19 = 1e-14;
    wp::float64 var_20;
    wp::float64 var_21;
    wp::float64 var_22;
    wp::float64 var_23;
    const wp::int32 var_24 = 3;
    wp::float64 var_25;
    const wp::float32 var_26 = 1e-15;
    wp::float64 var_27;
    wp::float64 var_28;
    wp::float64 var_29;
    wp::float64 var_30;
    const wp::int32 var_31 = 4;
    const wp::float32 var_32 = 1e-300;
    wp::float64 var_33;
    wp::float64 var_34;
    wp::float64 var_35;
    const wp::int32 var_36 = 5;
    const wp::float32 var_37 = 2.0;
    wp::float64 var_38;
    const wp::float32 var_39 = 1e-12;
    wp::float64 var_40;
    wp::float64 var_41;
    wp::float64 var_42;
    wp::float64 var_43;
    const wp::int32 var_44 = 6;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float64 var_47;
    wp::float64 var_48;
    const wp::int32 var_49 = 7;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float64 var_52;
    wp::float64 var_53;
    wp::float64 var_54;
    const wp::int32 var_55 = 8;
    const wp::float32 var_56 = 2e-16;
    wp::float64 var_57;
    wp::float64 var_58;
    wp::float64 var_59;
    wp::float64 var_60;
    wp::float64 var_61;
    const wp::int32 var_62 = 9;
    //---------
    // forward
    // def erfinv_f64(x: wp.array(dtype=wp.float64), out: wp.array2d(dtype=wp.float64)):       <L 58>
    // i = wp.tid()                                                                           <L 59>
    var_0 = builtin_tid1d();
    // v = x[i]                                                                               <L 60>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // a = wp.abs(v)                                                                          <L 61>
    var_4 = wp::abs(var_2);
    // one = wp.float64(1.0)                                                                  <L 62>
    var_6 = wp::float64(var_5);
    // out[i, 0] = wp.erfinv(v)                                                               <L 63>
    var_7 = wp::erfinv(var_2);
    wp::array_store(var_out, var_0, var_8, var_7);
    // out[i, 1] = wp.erfcinv(v + one)                                                        <L 64>
    var_9 = wp::add(var_2, var_6);
    var_10 = wp::erfcinv(var_9);
    wp::array_store(var_out, var_0, var_11, var_10);
    // out[i, 2] = wp.erfinv(wp.clamp(v, -one, one) * wp.float64(0.999))                      <L 65>
    var_12 = wp::neg(var_6);
    var_13 = wp::clamp(var_2, var_12, var_6);
    var_15 = wp::float64(var_14);
    var_16 = wp::mul(var_13, var_15);
    var_17 = wp::erfinv(var_16);
    wp::array_store(var_out, var_0, var_18, var_17);
    // out[i, 3] = wp.erfinv(one - a * wp.float64(1.0e-14))                                   <L 67>
    var_20 = wp::float64(var_19);
    var_21 = wp::mul(var_4, var_20);
    var_22 = wp::sub(var_6, var_21);
    var_23 = wp::erfinv(var_22);
    wp::array_store(var_out, var_0, var_24, var_23);
    // out[i, 4] = wp.erfinv(-one + a * wp.float64(1.0e-15))                                  <L 68>
    var_25 = wp::neg(var_6);
    var_27 = wp::float64(var_26);
    var_28 = wp::mul(var_4, var_27);
    var_29 = wp::add(var_25, var_28);
    var_30 = wp::erfinv(var_29);
    wp::array_store(var_out, var_0, var_31, var_30);
    // out[i, 5] = wp.erfcinv(a * wp.float64(1.0e-300))                                       <L 69>
    var_33 = wp::float64(var_32);
    var_34 = wp::mul(var_4, var_33);
    var_35 = wp::erfcinv(var_34);
    wp::array_store(var_out, var_0, var_36, var_35);
    // out[i, 6] = wp.erfcinv(wp.float64(2.0) - a * wp.float64(1.0e-12))                      <L 70>
    var_38 = wp::float64(var_37);
    var_40 = wp::float64(var_39);
    var_41 = wp::mul(var_4, var_40);
    var_42 = wp::sub(var_38, var_41);
    var_43 = wp::erfcinv(var_42);
    wp::array_store(var_out, var_0, var_44, var_43);
    // out[i, 7] = wp.erfinv(wp.float64(special(i, float(v))))                                <L 71>
    var_45 = wp::float(var_2);
    var_46 = special_0(var_0, var_45);
    var_47 = wp::float64(var_46);
    var_48 = wp::erfinv(var_47);
    wp::array_store(var_out, var_0, var_49, var_48);
    // out[i, 8] = wp.erfcinv(one - wp.float64(special(i, float(v))))                         <L 72>
    var_50 = wp::float(var_2);
    var_51 = special_0(var_0, var_50);
    var_52 = wp::float64(var_51);
    var_53 = wp::sub(var_6, var_52);
    var_54 = wp::erfcinv(var_53);
    wp::array_store(var_out, var_0, var_55, var_54);
    // out[i, 9] = wp.erfinv(one - wp.float64(2.0e-16) * wp.float64(i))                       <L 73>
    var_57 = wp::float64(var_56);
    var_58 = wp::float64(var_0);
    var_59 = wp::mul(var_57, var_58);
    var_60 = wp::sub(var_6, var_59);
    var_61 = wp::erfinv(var_60);
    wp::array_store(var_out, var_0, var_62, var_61);
}



void erfinv_f64_1cb37542_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_erfinv_f64_1cb37542 *_wp_args,
    wp_args_erfinv_f64_1cb37542 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float64> var_x = _wp_args->x;
    wp::array_t<wp::float64> var_out = _wp_args->out;
    wp::array_t<wp::float64> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float64> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float64* var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    wp::float64 var_4;
    const wp::float32 var_5 = 1.0;
    wp::float64 var_6;
    wp::float64 var_7;
    const wp::int32 var_8 = 0;
    wp::float64 var_9;
    wp::float64 var_10;
    const wp::int32 var_11 = 1;
    wp::float64 var_12;
    wp::float64 var_13;
    const wp::float32 var_14 = 0.999;
    wp::float64 var_15;
    wp::float64 var_16;
    wp::float64 var_17;
    const wp::int32 var_18 = 2;
    const wp::float32 var_19 = 1e-14;
    wp::float64 var_20;
    wp::float64 var_21;
    wp::float64 var_22;
    wp::float64 var_23;
    const wp::int32 var_24 = 3;
    wp::float64 var_25;
    const wp::float32 var_26 = 1e-15;
    wp::float64 var_27;
    wp::float64 var_28;
    wp::float64 var_29;
    wp::float64 var_30;
    const wp::int32 var_31 = 4;
    const wp::float32 var_32 = 1e-300;
    wp::float64 var_33;
    wp::float64 var_34;
    wp::float64 var_35;
    const wp::int32 var_36 = 5;
    const wp::float32 var_37 = 2.0;
    wp::float64 var_38;
    const wp::float32 var_39 = 1e-12;
    wp::float64 var_40;
    wp::float64 var_41;
    wp::float64 var_42;
    wp::float64 var_43;
    const wp::int32 var_44 = 6;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float64 var_47;
    wp::float64 var_48;
    const wp::int32 var_49 = 7;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float64 var_52;
    wp::float64 var_53;
    wp::float64 var_54;
    const wp::int32 var_55 = 8;
    const wp::float32 var_56 = 2e-16;
    wp::float64 var_57;
    wp::float64 var_58;
    wp::float64 var_59;
    wp::float64 var_60;
    wp::float64 var_61;
    const wp::int32 var_62 = 9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float64 adj_1 = {};
    wp::float64 adj_2 = {};
    wp::float64 adj_3 = {};
    wp::float64 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float64 adj_6 = {};
    wp::float64 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float64 adj_9 = {};
    wp::float64 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float64 adj_12 = {};
    wp::float64 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float64 adj_15 = {};
    wp::float64 adj_16 = {};
    wp::float64 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float64 adj_20 = {};
    wp::float64 adj_21 = {};
    wp::float64 adj_22 = {};
    wp::float64 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float64 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float64 adj_27 = {};
    wp::float64 adj_28 = {};
    wp::float64 adj_29 = {};
    wp::float64 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float64 adj_33 = {};
    wp::float64 adj_34 = {};
    wp::float64 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float64 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float64 adj_40 = {};
    wp::float64 adj_41 = {};
    wp::float64 adj_42 = {};
    wp::float64 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float64 adj_47 = {};
    wp::float64 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float64 adj_52 = {};
    wp::float64 adj_53 = {};
    wp::float64 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float64 adj_57 = {};
    wp::float64 adj_58 = {};
    wp::float64 adj_59 = {};
    wp::float64 adj_60 = {};
    wp::float64 adj_61 = {};
    wp::int32 adj_62 = {};
    //---------
    // forward
    // def erfinv_f64(x: wp.array(dtype=wp.float64), out: wp.array2d(dtype=wp.float64)):       <L 58>
    // i = wp.tid()                                                                           <L 59>
    var_0 = builtin_tid1d();
    // v = x[i]                                                                               <L 60>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // a = wp.abs(v)                                                                          <L 61>
    var_4 = wp::abs(var_2);
    // one = wp.float64(1.0)                                                                  <L 62>
    var_6 = wp::float64(var_5);
    // out[i, 0] = wp.erfinv(v)                                                               <L 63>
    var_7 = wp::erfinv(var_2);
    // wp::array_store(var_out, var_0, var_8, var_7);
    // out[i, 1] = wp.erfcinv(v + one)                                                        <L 64>
    var_9 = wp::add(var_2, var_6);
    var_10 = wp::erfcinv(var_9);
    // wp::array_store(var_out, var_0, var_11, var_10);
    // out[i, 2] = wp.erfinv(wp.clamp(v, -one, one) * wp.float64(0.999))                      <L 65>
    var_12 = wp::neg(var_6);
    var_13 = wp::clamp(var_2, var_12, var_6);
    var_15 = wp::float64(var_14);
    var_16 = wp::mul(var_13, var_15);
    var_17 = wp::erfinv(var_16);
    // wp::array_store(var_out, var_0, var_18, var_17);
    // out[i, 3] = wp.erfinv(one - a * wp.float64(1.0e-14))                                   <L 67>
    var_20 = wp::float64(var_19);
    var_21 = wp::mul(var_4, var_20);
    var_22 = wp::sub(var_6, var_21);
    var_23 = wp::erfinv(var_22);
    // wp::array_store(var_out, var_0, var_24, var_23);
    // out[i, 4] = wp.erfinv(-one + a * wp.float64(1.0e-15))                                  <L 68>
    var_25 = wp::neg(var_6);
    var_27 = wp::float64(var_26);
    var_28 = wp::mul(var_4, var_27);
    var_29 = wp::add(var_25, var_28);
    var_30 = wp::erfinv(var_29);
    // wp::array_store(var_out, var_0, var_31, var_30);
    // out[i, 5] = wp.erfcinv(a * wp.float64(1.0e-300))                                       <L 69>
    var_33 = wp::float64(var_32);
    var_34 = wp::mul(var_4, var_33);
    var_35 = wp::erfcinv(var_34);
    // wp::array_store(var_out, var_0, var_36, var_35);
    // out[i, 6] = wp.erfcinv(wp.float64(2.0) - a * wp.float64(1.0e-12))                      <L 70>
    var_38 = wp::float64(var_37);
    var_40 = wp::float64(var_39);
    var_41 = wp::mul(var_4, var_40);
    var_42 = wp::sub(var_38, var_41);
    var_43 = wp::erfcinv(var_42);
    // wp::array_store(var_out, var_0, var_44, var_43);
    // out[i, 7] = wp.erfinv(wp.float64(special(i, float(v))))                                <L 71>
    var_45 = wp::float(var_2);
    var_46 = special_0(var_0, var_45);
    var_47 = wp::float64(var_46);
    var_48 = wp::erfinv(var_47);
    // wp::array_store(var_out, var_0, var_49, var_48);
    // out[i, 8] = wp.erfcinv(one - wp.float64(special(i, float(v))))                         <L 72>
    var_50 = wp::float(var_2);
    var_51 = special_0(var_0, var_50);
    var_52 = wp::float64(var_51);
    var_53 = wp::sub(var_6, var_52);
    var_54 = wp::erfcinv(var_53);
    // wp::array_store(var_out, var_0, var_55, var_54);
    // out[i, 9] = wp.erfinv(one - wp.float64(2.0e-16) * wp.float64(i))                       <L 73>
    var_57 = wp::float64(var_56);
    var_58 = wp::float64(var_0);
    var_59 = wp::mul(var_57, var_58);
    var_60 = wp::sub(var_6, var_59);
    var_61 = wp::erfinv(var_60);
    // wp::array_store(var_out, var_0, var_62, var_61);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_62, var_61, adj_out, adj_0, adj_62, adj_61);
    wp::adj_erfinv(var_60, var_61, adj_60, adj_61);
    wp::adj_sub(var_6, var_59, adj_6, adj_59, adj_60);
    wp::adj_mul(var_57, var_58, adj_57, adj_58, adj_59);
    wp::adj_float64(var_0, adj_0, adj_58);
    wp::adj_float64(var_56, adj_56, adj_57);
    // adj: out[i, 9] = wp.erfinv(one - wp.float64(2.0e-16) * wp.float64(i))                  <L 73>
    wp::adj_array_store(var_out, var_0, var_55, var_54, adj_out, adj_0, adj_55, adj_54);
    wp::adj_erfcinv(var_53, var_54, adj_53, adj_54);
    wp::adj_sub(var_6, var_52, adj_6, adj_52, adj_53);
    wp::adj_float64(var_51, adj_51, adj_52);
    adj_special_0(var_0, var_50, adj_0, adj_50, adj_51);
    wp::adj_float(var_2, adj_2, adj_50);
    // adj: out[i, 8] = wp.erfcinv(one - wp.float64(special(i, float(v))))                    <L 72>
    wp::adj_array_store(var_out, var_0, var_49, var_48, adj_out, adj_0, adj_49, adj_48);
    wp::adj_erfinv(var_47, var_48, adj_47, adj_48);
    wp::adj_float64(var_46, adj_46, adj_47);
    adj_special_0(var_0, var_45, adj_0, adj_45, adj_46);
    wp::adj_float(var_2, adj_2, adj_45);
    // adj: out[i, 7] = wp.erfinv(wp.float64(special(i, float(v))))                           <L 71>
    wp::adj_array_store(var_out, var_0, var_44, var_43, adj_out, adj_0, adj_44, adj_43);
    wp::adj_erfcinv(var_42, var_43, adj_42, adj_43);
    wp::adj_sub(var_38, var_41, adj_38, adj_41, adj_42);
    wp::adj_mul(var_4, var_40, adj_4, adj_40, adj_41);
    wp::adj_float64(var_39, adj_39, adj_40);
    wp::adj_float64(var_37, adj_37, adj_38);
    // adj: out[i, 6] = wp.erfcinv(wp.float64(2.0) - a * wp.float64(1.0e-12))                 <L 70>
    wp::adj_array_store(var_out, var_0, var_36, var_35, adj_out, adj_0, adj_36, adj_35);
    wp::adj_erfcinv(var_34, var_35, adj_34, adj_35);
    wp::adj_mul(var_4, var_33, adj_4, adj_33, adj_34);
    wp::adj_float64(var_32, adj_32, adj_33);
    // adj: out[i, 5] = wp.erfcinv(a * wp.float64(1.0e-300))                                  <L 69>
    wp::adj_array_store(var_out, var_0, var_31, var_30, adj_out, adj_0, adj_31, adj_30);
    wp::adj_erfinv(var_29, var_30, adj_29, adj_30);
    wp::adj_add(var_25, var_28, adj_25, adj_28, adj_29);
    wp::adj_mul(var_4, var_27, adj_4, adj_27, adj_28);
    wp::adj_float64(var_26, adj_26, adj_27);
    wp::adj_neg(var_6, adj_6, adj_25);
    // adj: out[i, 4] = wp.erfinv(-one + a * wp.float64(1.0e-15))                             <L 68>
    wp::adj_array_store(var_out, var_0, var_24, var_23, adj_out, adj_0, adj_24, adj_23);
    wp::adj_erfinv(var_22, var_23, adj_22, adj_23);
    wp::adj_sub(var_6, var_21, adj_6, adj_21, adj_22);
    wp::adj_mul(var_4, var_20, adj_4, adj_20, adj_21);
    wp::adj_float64(var_19, adj_19, adj_20);
    // adj: out[i, 3] = wp.erfinv(one - a * wp.float64(1.0e-14))                              <L 67>
    wp::adj_array_store(var_out, var_0, var_18, var_17, adj_out, adj_0, adj_18, adj_17);
    wp::adj_erfinv(var_16, var_17, adj_16, adj_17);
    wp::adj_mul(var_13, var_15, adj_13, adj_15, adj_16);
    wp::adj_float64(var_14, adj_14, adj_15);
    wp::adj_clamp(var_2, var_12, var_6, adj_2, adj_12, adj_6, adj_13);
    wp::adj_neg(var_6, adj_6, adj_12);
    // adj: out[i, 2] = wp.erfinv(wp.clamp(v, -one, one) * wp.float64(0.999))                 <L 65>
    wp::adj_array_store(var_out, var_0, var_11, var_10, adj_out, adj_0, adj_11, adj_10);
    wp::adj_erfcinv(var_9, var_10, adj_9, adj_10);
    wp::adj_add(var_2, var_6, adj_2, adj_6, adj_9);
    // adj: out[i, 1] = wp.erfcinv(v + one)                                                   <L 64>
    wp::adj_array_store(var_out, var_0, var_8, var_7, adj_out, adj_0, adj_8, adj_7);
    wp::adj_erfinv(var_2, var_7, adj_2, adj_7);
    // adj: out[i, 0] = wp.erfinv(v)                                                          <L 63>
    wp::adj_float64(var_5, adj_5, adj_6);
    // adj: one = wp.float64(1.0)                                                             <L 62>
    wp::adj_abs(var_2, adj_2, adj_4);
    // adj: a = wp.abs(v)                                                                     <L 61>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: v = x[i]                                                                          <L 60>
    // adj: i = wp.tid()                                                                      <L 59>
    // adj: def erfinv_f64(x: wp.array(dtype=wp.float64), out: wp.array2d(dtype=wp.float64)):  <L 58>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void erfinv_f64_1cb37542_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_erfinv_f64_1cb37542 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        erfinv_f64_1cb37542_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void erfinv_f64_1cb37542_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_erfinv_f64_1cb37542 *_wp_args,
    wp_args_erfinv_f64_1cb37542 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        erfinv_f64_1cb37542_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_erfinv_f16_43852f44 {
    wp::array_t<wp::float16> x;
    wp::array_t<wp::float16> out;
};


void erfinv_f16_43852f44_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_erfinv_f16_43852f44 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float16> var_x = _wp_args->x;
    wp::array_t<wp::float16> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 8.0;
    wp::float32 var_3;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    wp::float16 var_6;
    wp::float16* var_7;
    wp::float16 var_8;
    wp::float16 var_9;
    const wp::float32 var_10 = 2.0;
    wp::float16 var_11;
    wp::float16 var_12;
    wp::float16 var_13;
    const wp::int32 var_14 = 0;
    const wp::float32 var_15 = 1.0;
    wp::float16 var_16;
    wp::float16 var_17;
    wp::float16 var_18;
    const wp::int32 var_19 = 1;
    const wp::float32 var_20 = 0.5;
    wp::float32 var_21;
    wp::float16 var_22;
    wp::float16 var_23;
    const wp::int32 var_24 = 2;
    //---------
    // forward
    // def erfinv_f16(x: wp.array(dtype=wp.float16), out: wp.array2d(dtype=wp.float16)):       <L 77>
    // i = wp.tid()                                                                           <L 78>
    var_0 = builtin_tid1d();
    // h = wp.float16(float(i) / 8.0 - 1.0) * x[i] * wp.float16(2.0)                          <L 79>
    var_1 = wp::float(var_0);
    var_3 = wp::div(var_1, var_2);
    var_5 = wp::sub(var_3, var_4);
    var_6 = wp::float16(var_5);
    var_7 = wp::address(var_x, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::mul(var_6, var_9);
    var_11 = wp::float16(var_10);
    var_12 = wp::mul(var_8, var_11);
    // out[i, 0] = wp.erfinv(h)                                                               <L 80>
    var_13 = wp::erfinv(var_12);
    wp::array_store(var_out, var_0, var_14, var_13);
    // out[i, 1] = wp.erfcinv(h + wp.float16(1.0))                                            <L 81>
    var_16 = wp::float16(var_15);
    var_17 = wp::add(var_12, var_16);
    var_18 = wp::erfcinv(var_17);
    wp::array_store(var_out, var_0, var_19, var_18);
    // out[i, 2] = wp.erfinv(wp.float16(special(i, 0.5)))                                     <L 82>
    var_21 = special_0(var_0, var_20);
    var_22 = wp::float16(var_21);
    var_23 = wp::erfinv(var_22);
    wp::array_store(var_out, var_0, var_24, var_23);
}



void erfinv_f16_43852f44_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_erfinv_f16_43852f44 *_wp_args,
    wp_args_erfinv_f16_43852f44 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float16> var_x = _wp_args->x;
    wp::array_t<wp::float16> var_out = _wp_args->out;
    wp::array_t<wp::float16> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float16> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 8.0;
    wp::float32 var_3;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    wp::float16 var_6;
    wp::float16* var_7;
    wp::float16 var_8;
    wp::float16 var_9;
    const wp::float32 var_10 = 2.0;
    wp::float16 var_11;
    wp::float16 var_12;
    wp::float16 var_13;
    const wp::int32 var_14 = 0;
    const wp::float32 var_15 = 1.0;
    wp::float16 var_16;
    wp::float16 var_17;
    wp::float16 var_18;
    const wp::int32 var_19 = 1;
    const wp::float32 var_20 = 0.5;
    wp::float32 var_21;
    wp::float16 var_22;
    wp::float16 var_23;
    const wp::int32 var_24 = 2;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float16 adj_6 = {};
    wp::float16 adj_7 = {};
    wp::float16 adj_8 = {};
    wp::float16 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float16 adj_11 = {};
    wp::float16 adj_12 = {};
    wp::float16 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float16 adj_16 = {};
    wp::float16 adj_17 = {};
    wp::float16 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float16 adj_22 = {};
    wp::float16 adj_23 = {};
    wp::int32 adj_24 = {};
    //---------
    // forward
    // def erfinv_f16(x: wp.array(dtype=wp.float16), out: wp.array2d(dtype=wp.float16)):       <L 77>
    // i = wp.tid()                                                                           <L 78>
    var_0 = builtin_tid1d();
    // h = wp.float16(float(i) / 8.0 - 1.0) * x[i] * wp.float16(2.0)                          <L 79>
    var_1 = wp::float(var_0);
    var_3 = wp::div(var_1, var_2);
    var_5 = wp::sub(var_3, var_4);
    var_6 = wp::float16(var_5);
    var_7 = wp::address(var_x, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::mul(var_6, var_9);
    var_11 = wp::float16(var_10);
    var_12 = wp::mul(var_8, var_11);
    // out[i, 0] = wp.erfinv(h)                                                               <L 80>
    var_13 = wp::erfinv(var_12);
    // wp::array_store(var_out, var_0, var_14, var_13);
    // out[i, 1] = wp.erfcinv(h + wp.float16(1.0))                                            <L 81>
    var_16 = wp::float16(var_15);
    var_17 = wp::add(var_12, var_16);
    var_18 = wp::erfcinv(var_17);
    // wp::array_store(var_out, var_0, var_19, var_18);
    // out[i, 2] = wp.erfinv(wp.float16(special(i, 0.5)))                                     <L 82>
    var_21 = special_0(var_0, var_20);
    var_22 = wp::float16(var_21);
    var_23 = wp::erfinv(var_22);
    // wp::array_store(var_out, var_0, var_24, var_23);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_24, var_23, adj_out, adj_0, adj_24, adj_23);
    wp::adj_erfinv(var_22, var_23, adj_22, adj_23);
    wp::adj_float16(var_21, adj_21, adj_22);
    adj_special_0(var_0, var_20, adj_0, adj_20, adj_21);
    // adj: out[i, 2] = wp.erfinv(wp.float16(special(i, 0.5)))                                <L 82>
    wp::adj_array_store(var_out, var_0, var_19, var_18, adj_out, adj_0, adj_19, adj_18);
    wp::adj_erfcinv(var_17, var_18, adj_17, adj_18);
    wp::adj_add(var_12, var_16, adj_12, adj_16, adj_17);
    wp::adj_float16(var_15, adj_15, adj_16);
    // adj: out[i, 1] = wp.erfcinv(h + wp.float16(1.0))                                       <L 81>
    wp::adj_array_store(var_out, var_0, var_14, var_13, adj_out, adj_0, adj_14, adj_13);
    wp::adj_erfinv(var_12, var_13, adj_12, adj_13);
    // adj: out[i, 0] = wp.erfinv(h)                                                          <L 80>
    wp::adj_mul(var_8, var_11, adj_8, adj_11, adj_12);
    wp::adj_float16(var_10, adj_10, adj_11);
    wp::adj_mul(var_6, var_9, adj_6, adj_7, adj_8);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_7);
    wp::adj_float16(var_5, adj_5, adj_6);
    wp::adj_sub(var_3, var_4, adj_3, adj_4, adj_5);
    wp::adj_div(var_1, var_2, var_3, adj_1, adj_2, adj_3);
    wp::adj_float(var_0, adj_0, adj_1);
    // adj: h = wp.float16(float(i) / 8.0 - 1.0) * x[i] * wp.float16(2.0)                     <L 79>
    // adj: i = wp.tid()                                                                      <L 78>
    // adj: def erfinv_f16(x: wp.array(dtype=wp.float16), out: wp.array2d(dtype=wp.float16)):  <L 77>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void erfinv_f16_43852f44_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_erfinv_f16_43852f44 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        erfinv_f16_43852f44_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void erfinv_f16_43852f44_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_erfinv_f16_43852f44 *_wp_args,
    wp_args_erfinv_f16_43852f44 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        erfinv_f16_43852f44_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

