#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

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
    const wp::float32 var_4 = -0.0;
    const wp::int32 var_5 = 2;
    bool var_6;
    const wp::float32 var_7 = 1.0;
    const wp::int32 var_8 = 3;
    bool var_9;
    const wp::float32 var_10 = -1.0;
    const wp::int32 var_11 = 4;
    bool var_12;
    const wp::float32 var_13 = 1.5;
    const wp::int32 var_14 = 5;
    bool var_15;
    const wp::float32 var_16 = -3.0;
    const wp::int32 var_17 = 6;
    bool var_18;
    const wp::float32 var_19 = 1e+30;
    const wp::float32 var_20 = 1e+30;
    wp::float32 var_21;
    const wp::int32 var_22 = 7;
    bool var_23;
    const wp::float32 var_24 = 1e+30;
    const wp::float32 var_25 = 1e+30;
    wp::float32 var_26;
    const wp::float32 var_27 = 0.0;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::int32 var_30 = 8;
    bool var_31;
    const wp::float32 var_32 = 0.99999994;
    const wp::int32 var_33 = 9;
    bool var_34;
    const wp::float32 var_35 = -0.99999994;
    const wp::int32 var_36 = 10;
    bool var_37;
    const wp::float32 var_38 = 0.7293294;
    const wp::int32 var_39 = 11;
    bool var_40;
    const wp::float32 var_41 = -0.7293294;
    const wp::int32 var_42 = 12;
    bool var_43;
    const wp::float32 var_44 = 1e-30;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
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
    if (!var_3) {
        // elif k == 2:                                                                       <L 15>
        var_6 = (var_k == var_5);
        if (var_6) {
            // r = 1.0                                                                        <L 16>
        }
        if (!var_6) {
            // elif k == 3:                                                                   <L 17>
            var_9 = (var_k == var_8);
            if (var_9) {
                // r = -1.0                                                                   <L 18>
            }
            if (!var_9) {
                // elif k == 4:                                                               <L 19>
                var_12 = (var_k == var_11);
                if (var_12) {
                    // r = 1.5                                                                <L 20>
                }
                if (!var_12) {
                    // elif k == 5:                                                           <L 21>
                    var_15 = (var_k == var_14);
                    if (var_15) {
                        // r = -3.0                                                           <L 22>
                    }
                    if (!var_15) {
                        // elif k == 6:                                                       <L 23>
                        var_18 = (var_k == var_17);
                        if (var_18) {
                            // r = 1.0e30 * 1.0e30                                            <L 24>
                            var_21 = wp::mul(var_19, var_20);
                        }
                        if (!var_18) {
                            // elif k == 7:                                                   <L 25>
                            var_23 = (var_k == var_22);
                            if (var_23) {
                                // r = (1.0e30 * 1.0e30) * 0.0 + v                            <L 26>
                                var_26 = wp::mul(var_24, var_25);
                                var_28 = wp::mul(var_26, var_27);
                                var_29 = wp::add(var_28, var_v);
                            }
                            if (!var_23) {
                                // elif k == 8:                                               <L 27>
                                var_31 = (var_k == var_30);
                                if (var_31) {
                                    // r = 0.99999994                                         <L 28>
                                }
                                if (!var_31) {
                                    // elif k == 9:                                           <L 29>
                                    var_34 = (var_k == var_33);
                                    if (var_34) {
                                        // r = -0.99999994                                    <L 30>
                                    }
                                    if (!var_34) {
                                        // elif k == 10:                                      <L 31>
                                        var_37 = (var_k == var_36);
                                        if (var_37) {
                                            // r = 0.7293294                                  <L 32>
                                        }
                                        if (!var_37) {
                                            // elif k == 11:                                  <L 33>
                                            var_40 = (var_k == var_39);
                                            if (var_40) {
                                                // r = -0.7293294                             <L 34>
                                            }
                                            if (!var_40) {
                                                // elif k == 12:                              <L 35>
                                                var_43 = (var_k == var_42);
                                                if (var_43) {
                                                    // r = 1.0e-30                            <L 36>
                                                }
                                                var_45 = wp::where(var_43, var_44, var_1);
                                            }
                                            var_46 = wp::where(var_40, var_41, var_45);
                                        }
                                        var_47 = wp::where(var_37, var_38, var_46);
                                    }
                                    var_48 = wp::where(var_34, var_35, var_47);
                                }
                                var_49 = wp::where(var_31, var_32, var_48);
                            }
                            var_50 = wp::where(var_23, var_29, var_49);
                        }
                        var_51 = wp::where(var_18, var_21, var_50);
                    }
                    var_52 = wp::where(var_15, var_16, var_51);
                }
                var_53 = wp::where(var_12, var_13, var_52);
            }
            var_54 = wp::where(var_9, var_10, var_53);
        }
        var_55 = wp::where(var_6, var_7, var_54);
    }
    var_56 = wp::where(var_3, var_4, var_55);
    // return r                                                                               <L 37>
    return var_56;
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
    const wp::float32 var_4 = -0.0;
    const wp::int32 var_5 = 2;
    bool var_6;
    const wp::float32 var_7 = 1.0;
    const wp::int32 var_8 = 3;
    bool var_9;
    const wp::float32 var_10 = -1.0;
    const wp::int32 var_11 = 4;
    bool var_12;
    const wp::float32 var_13 = 1.5;
    const wp::int32 var_14 = 5;
    bool var_15;
    const wp::float32 var_16 = -3.0;
    const wp::int32 var_17 = 6;
    bool var_18;
    const wp::float32 var_19 = 1e+30;
    const wp::float32 var_20 = 1e+30;
    wp::float32 var_21;
    const wp::int32 var_22 = 7;
    bool var_23;
    const wp::float32 var_24 = 1e+30;
    const wp::float32 var_25 = 1e+30;
    wp::float32 var_26;
    const wp::float32 var_27 = 0.0;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::int32 var_30 = 8;
    bool var_31;
    const wp::float32 var_32 = 0.99999994;
    const wp::int32 var_33 = 9;
    bool var_34;
    const wp::float32 var_35 = -0.99999994;
    const wp::int32 var_36 = 10;
    bool var_37;
    const wp::float32 var_38 = 0.7293294;
    const wp::int32 var_39 = 11;
    bool var_40;
    const wp::float32 var_41 = -0.7293294;
    const wp::int32 var_42 = 12;
    bool var_43;
    const wp::float32 var_44 = 1e-30;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    bool adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    bool adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    bool adj_12 = {};
    wp::float32 adj_13 = {};
    wp::int32 adj_14 = {};
    bool adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    bool adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::int32 adj_22 = {};
    bool adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::int32 adj_30 = {};
    bool adj_31 = {};
    wp::float32 adj_32 = {};
    wp::int32 adj_33 = {};
    bool adj_34 = {};
    wp::float32 adj_35 = {};
    wp::int32 adj_36 = {};
    bool adj_37 = {};
    wp::float32 adj_38 = {};
    wp::int32 adj_39 = {};
    bool adj_40 = {};
    wp::float32 adj_41 = {};
    wp::int32 adj_42 = {};
    bool adj_43 = {};
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
    if (!var_3) {
        // elif k == 2:                                                                       <L 15>
        var_6 = (var_k == var_5);
        if (var_6) {
            // r = 1.0                                                                        <L 16>
        }
        if (!var_6) {
            // elif k == 3:                                                                   <L 17>
            var_9 = (var_k == var_8);
            if (var_9) {
                // r = -1.0                                                                   <L 18>
            }
            if (!var_9) {
                // elif k == 4:                                                               <L 19>
                var_12 = (var_k == var_11);
                if (var_12) {
                    // r = 1.5                                                                <L 20>
                }
                if (!var_12) {
                    // elif k == 5:                                                           <L 21>
                    var_15 = (var_k == var_14);
                    if (var_15) {
                        // r = -3.0                                                           <L 22>
                    }
                    if (!var_15) {
                        // elif k == 6:                                                       <L 23>
                        var_18 = (var_k == var_17);
                        if (var_18) {
                            // r = 1.0e30 * 1.0e30                                            <L 24>
                            var_21 = wp::mul(var_19, var_20);
                        }
                        if (!var_18) {
                            // elif k == 7:                                                   <L 25>
                            var_23 = (var_k == var_22);
                            if (var_23) {
                                // r = (1.0e30 * 1.0e30) * 0.0 + v                            <L 26>
                                var_26 = wp::mul(var_24, var_25);
                                var_28 = wp::mul(var_26, var_27);
                                var_29 = wp::add(var_28, var_v);
                            }
                            if (!var_23) {
                                // elif k == 8:                                               <L 27>
                                var_31 = (var_k == var_30);
                                if (var_31) {
                                    // r = 0.99999994                                         <L 28>
                                }
                                if (!var_31) {
                                    // elif k == 9:                                           <L 29>
                                    var_34 = (var_k == var_33);
                                    if (var_34) {
                                        // r = -0.99999994                                    <L 30>
                                    }
                                    if (!var_34) {
                                        // elif k == 10:                                      <L 31>
                                        var_37 = (var_k == var_36);
                                        if (var_37) {
                                            // r = 0.7293294                                  <L 32>
                                        }
                                        if (!var_37) {
                                            // elif k == 11:                                  <L 33>
                                            var_40 = (var_k == var_39);
                                            if (var_40) {
                                                // r = -0.7293294                             <L 34>
                                            }
                                            if (!var_40) {
                                                // elif k == 12:                              <L 35>
                                                var_43 = (var_k == var_42);
                                                if (var_43) {
                                                    // r = 1.0e-30                            <L 36>
                                                }
                                                var_45 = wp::where(var_43, var_44, var_1);
                                            }
                                            var_46 = wp::where(var_40, var_41, var_45);
                                        }
                                        var_47 = wp::where(var_37, var_38, var_46);
                                    }
                                    var_48 = wp::where(var_34, var_35, var_47);
                                }
                                var_49 = wp::where(var_31, var_32, var_48);
                            }
                            var_50 = wp::where(var_23, var_29, var_49);
                        }
                        var_51 = wp::where(var_18, var_21, var_50);
                    }
                    var_52 = wp::where(var_15, var_16, var_51);
                }
                var_53 = wp::where(var_12, var_13, var_52);
            }
            var_54 = wp::where(var_9, var_10, var_53);
        }
        var_55 = wp::where(var_6, var_7, var_54);
    }
    var_56 = wp::where(var_3, var_4, var_55);
    // return r                                                                               <L 37>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_56 += adj_ret;
    // adj: return r                                                                          <L 37>
    wp::adj_where(var_3, var_4, var_55, adj_3, adj_4, adj_55, adj_56);
    if (!var_3) {
        wp::adj_where(var_6, var_7, var_54, adj_6, adj_7, adj_54, adj_55);
        if (!var_6) {
            wp::adj_where(var_9, var_10, var_53, adj_9, adj_10, adj_53, adj_54);
            if (!var_9) {
                wp::adj_where(var_12, var_13, var_52, adj_12, adj_13, adj_52, adj_53);
                if (!var_12) {
                    wp::adj_where(var_15, var_16, var_51, adj_15, adj_16, adj_51, adj_52);
                    if (!var_15) {
                        wp::adj_where(var_18, var_21, var_50, adj_18, adj_21, adj_50, adj_51);
                        if (!var_18) {
                            wp::adj_where(var_23, var_29, var_49, adj_23, adj_29, adj_49, adj_50);
                            if (!var_23) {
                                wp::adj_where(var_31, var_32, var_48, adj_31, adj_32, adj_48, adj_49);
                                if (!var_31) {
                                    wp::adj_where(var_34, var_35, var_47, adj_34, adj_35, adj_47, adj_48);
                                    if (!var_34) {
                                        wp::adj_where(var_37, var_38, var_46, adj_37, adj_38, adj_46, adj_47);
                                        if (!var_37) {
                                            wp::adj_where(var_40, var_41, var_45, adj_40, adj_41, adj_45, adj_46);
                                            if (!var_40) {
                                                wp::adj_where(var_43, var_44, var_1, adj_43, adj_44, adj_1, adj_45);
                                                if (var_43) {
                                                    // adj: r = 1.0e-30                       <L 36>
                                                }
                                                // adj: elif k == 12:                         <L 35>
                                            }
                                            if (var_40) {
                                                // adj: r = -0.7293294                        <L 34>
                                            }
                                            // adj: elif k == 11:                             <L 33>
                                        }
                                        if (var_37) {
                                            // adj: r = 0.7293294                             <L 32>
                                        }
                                        // adj: elif k == 10:                                 <L 31>
                                    }
                                    if (var_34) {
                                        // adj: r = -0.99999994                               <L 30>
                                    }
                                    // adj: elif k == 9:                                      <L 29>
                                }
                                if (var_31) {
                                    // adj: r = 0.99999994                                    <L 28>
                                }
                                // adj: elif k == 8:                                          <L 27>
                            }
                            if (var_23) {
                                wp::adj_add(var_28, var_v, adj_28, adj_v, adj_29);
                                wp::adj_mul(var_26, var_27, adj_26, adj_27, adj_28);
                                wp::adj_mul(var_24, var_25, adj_24, adj_25, adj_26);
                                // adj: r = (1.0e30 * 1.0e30) * 0.0 + v                       <L 26>
                            }
                            // adj: elif k == 7:                                              <L 25>
                        }
                        if (var_18) {
                            wp::adj_mul(var_19, var_20, adj_19, adj_20, adj_21);
                            // adj: r = 1.0e30 * 1.0e30                                       <L 24>
                        }
                        // adj: elif k == 6:                                                  <L 23>
                    }
                    if (var_15) {
                        // adj: r = -3.0                                                      <L 22>
                    }
                    // adj: elif k == 5:                                                      <L 21>
                }
                if (var_12) {
                    // adj: r = 1.5                                                           <L 20>
                }
                // adj: elif k == 4:                                                          <L 19>
            }
            if (var_9) {
                // adj: r = -1.0                                                              <L 18>
            }
            // adj: elif k == 3:                                                              <L 17>
        }
        if (var_6) {
            // adj: r = 1.0                                                                   <L 16>
        }
        // adj: elif k == 2:                                                                  <L 15>
    }
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
    wp::launch_bounds_t<1> dim,
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
    const wp::float32 var_11 = -1.0;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.999;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 2;
    const wp::float32 var_18 = 1.0;
    const wp::float32 var_19 = 1e-06;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::int32 var_23 = 3;
    const wp::float32 var_24 = -1.0;
    const wp::float32 var_25 = 1e-06;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    const wp::int32 var_29 = 4;
    const wp::float32 var_30 = 1e-07;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::int32 var_33 = 5;
    const wp::float32 var_34 = 2.0;
    const wp::float32 var_35 = 1e-07;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    const wp::int32 var_39 = 6;
    wp::float32 var_40;
    wp::float32 var_41;
    const wp::int32 var_42 = 7;
    wp::float32 var_43;
    const wp::float32 var_44 = 1.0;
    wp::float32 var_45;
    wp::float32 var_46;
    const wp::int32 var_47 = 8;
    wp::float32 var_48;
    wp::float32 var_49;
    const wp::int32 var_50 = 9;
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
    var_13 = wp::clamp(var_2, var_11, var_12);
    var_15 = wp::mul(var_13, var_14);
    var_16 = wp::erfinv(var_15);
    wp::array_store(var_out, var_0, var_17, var_16);
    // out[i, 3] = wp.erfinv(1.0 - a * 1.0e-6)                                                <L 48>
    var_20 = wp::mul(var_4, var_19);
    var_21 = wp::sub(var_18, var_20);
    var_22 = wp::erfinv(var_21);
    wp::array_store(var_out, var_0, var_23, var_22);
    // out[i, 4] = wp.erfinv(-1.0 + a * 1.0e-6)                                               <L 49>
    var_26 = wp::mul(var_4, var_25);
    var_27 = wp::add(var_24, var_26);
    var_28 = wp::erfinv(var_27);
    wp::array_store(var_out, var_0, var_29, var_28);
    // out[i, 5] = wp.erfcinv(a * 1.0e-7)                                                     <L 50>
    var_31 = wp::mul(var_4, var_30);
    var_32 = wp::erfcinv(var_31);
    wp::array_store(var_out, var_0, var_33, var_32);
    // out[i, 6] = wp.erfcinv(2.0 - a * 1.0e-7)                                               <L 51>
    var_36 = wp::mul(var_4, var_35);
    var_37 = wp::sub(var_34, var_36);
    var_38 = wp::erfcinv(var_37);
    wp::array_store(var_out, var_0, var_39, var_38);
    // out[i, 7] = wp.erfinv(special(i, v))                                                   <L 52>
    var_40 = special_0(var_0, var_2);
    var_41 = wp::erfinv(var_40);
    wp::array_store(var_out, var_0, var_42, var_41);
    // out[i, 8] = wp.erfcinv(special(i, v) + 1.0)                                            <L 53>
    var_43 = special_0(var_0, var_2);
    var_45 = wp::add(var_43, var_44);
    var_46 = wp::erfcinv(var_45);
    wp::array_store(var_out, var_0, var_47, var_46);
    // out[i, 9] = wp.erfinv(wp.sin(v))                                                       <L 54>
    var_48 = wp::sin(var_2);
    var_49 = wp::erfinv(var_48);
    wp::array_store(var_out, var_0, var_50, var_49);
}



void erfinv_f32_9dab27ca_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
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
    const wp::float32 var_11 = -1.0;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.999;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 2;
    const wp::float32 var_18 = 1.0;
    const wp::float32 var_19 = 1e-06;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::int32 var_23 = 3;
    const wp::float32 var_24 = -1.0;
    const wp::float32 var_25 = 1e-06;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    const wp::int32 var_29 = 4;
    const wp::float32 var_30 = 1e-07;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::int32 var_33 = 5;
    const wp::float32 var_34 = 2.0;
    const wp::float32 var_35 = 1e-07;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    const wp::int32 var_39 = 6;
    wp::float32 var_40;
    wp::float32 var_41;
    const wp::int32 var_42 = 7;
    wp::float32 var_43;
    const wp::float32 var_44 = 1.0;
    wp::float32 var_45;
    wp::float32 var_46;
    const wp::int32 var_47 = 8;
    wp::float32 var_48;
    wp::float32 var_49;
    const wp::int32 var_50 = 9;
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
    wp::int32 adj_17 = {};
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
    wp::int32 adj_29 = {};
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
    wp::int32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::int32 adj_50 = {};
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
    var_13 = wp::clamp(var_2, var_11, var_12);
    var_15 = wp::mul(var_13, var_14);
    var_16 = wp::erfinv(var_15);
    // wp::array_store(var_out, var_0, var_17, var_16);
    // out[i, 3] = wp.erfinv(1.0 - a * 1.0e-6)                                                <L 48>
    var_20 = wp::mul(var_4, var_19);
    var_21 = wp::sub(var_18, var_20);
    var_22 = wp::erfinv(var_21);
    // wp::array_store(var_out, var_0, var_23, var_22);
    // out[i, 4] = wp.erfinv(-1.0 + a * 1.0e-6)                                               <L 49>
    var_26 = wp::mul(var_4, var_25);
    var_27 = wp::add(var_24, var_26);
    var_28 = wp::erfinv(var_27);
    // wp::array_store(var_out, var_0, var_29, var_28);
    // out[i, 5] = wp.erfcinv(a * 1.0e-7)                                                     <L 50>
    var_31 = wp::mul(var_4, var_30);
    var_32 = wp::erfcinv(var_31);
    // wp::array_store(var_out, var_0, var_33, var_32);
    // out[i, 6] = wp.erfcinv(2.0 - a * 1.0e-7)                                               <L 51>
    var_36 = wp::mul(var_4, var_35);
    var_37 = wp::sub(var_34, var_36);
    var_38 = wp::erfcinv(var_37);
    // wp::array_store(var_out, var_0, var_39, var_38);
    // out[i, 7] = wp.erfinv(special(i, v))                                                   <L 52>
    var_40 = special_0(var_0, var_2);
    var_41 = wp::erfinv(var_40);
    // wp::array_store(var_out, var_0, var_42, var_41);
    // out[i, 8] = wp.erfcinv(special(i, v) + 1.0)                                            <L 53>
    var_43 = special_0(var_0, var_2);
    var_45 = wp::add(var_43, var_44);
    var_46 = wp::erfcinv(var_45);
    // wp::array_store(var_out, var_0, var_47, var_46);
    // out[i, 9] = wp.erfinv(wp.sin(v))                                                       <L 54>
    var_48 = wp::sin(var_2);
    var_49 = wp::erfinv(var_48);
    // wp::array_store(var_out, var_0, var_50, var_49);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_50, var_49, adj_out, adj_0, adj_50, adj_49);
    wp::adj_erfinv(var_48, var_49, adj_48, adj_49);
    wp::adj_sin(var_2, adj_2, adj_48);
    // adj: out[i, 9] = wp.erfinv(wp.sin(v))                                                  <L 54>
    wp::adj_array_store(var_out, var_0, var_47, var_46, adj_out, adj_0, adj_47, adj_46);
    wp::adj_erfcinv(var_45, var_46, adj_45, adj_46);
    wp::adj_add(var_43, var_44, adj_43, adj_44, adj_45);
    adj_special_0(var_0, var_2, adj_0, adj_2, adj_43);
    // adj: out[i, 8] = wp.erfcinv(special(i, v) + 1.0)                                       <L 53>
    wp::adj_array_store(var_out, var_0, var_42, var_41, adj_out, adj_0, adj_42, adj_41);
    wp::adj_erfinv(var_40, var_41, adj_40, adj_41);
    adj_special_0(var_0, var_2, adj_0, adj_2, adj_40);
    // adj: out[i, 7] = wp.erfinv(special(i, v))                                              <L 52>
    wp::adj_array_store(var_out, var_0, var_39, var_38, adj_out, adj_0, adj_39, adj_38);
    wp::adj_erfcinv(var_37, var_38, adj_37, adj_38);
    wp::adj_sub(var_34, var_36, adj_34, adj_36, adj_37);
    wp::adj_mul(var_4, var_35, adj_4, adj_35, adj_36);
    // adj: out[i, 6] = wp.erfcinv(2.0 - a * 1.0e-7)                                          <L 51>
    wp::adj_array_store(var_out, var_0, var_33, var_32, adj_out, adj_0, adj_33, adj_32);
    wp::adj_erfcinv(var_31, var_32, adj_31, adj_32);
    wp::adj_mul(var_4, var_30, adj_4, adj_30, adj_31);
    // adj: out[i, 5] = wp.erfcinv(a * 1.0e-7)                                                <L 50>
    wp::adj_array_store(var_out, var_0, var_29, var_28, adj_out, adj_0, adj_29, adj_28);
    wp::adj_erfinv(var_27, var_28, adj_27, adj_28);
    wp::adj_add(var_24, var_26, adj_24, adj_26, adj_27);
    wp::adj_mul(var_4, var_25, adj_4, adj_25, adj_26);
    // adj: out[i, 4] = wp.erfinv(-1.0 + a * 1.0e-6)                                          <L 49>
    wp::adj_array_store(var_out, var_0, var_23, var_22, adj_out, adj_0, adj_23, adj_22);
    wp::adj_erfinv(var_21, var_22, adj_21, adj_22);
    wp::adj_sub(var_18, var_20, adj_18, adj_20, adj_21);
    wp::adj_mul(var_4, var_19, adj_4, adj_19, adj_20);
    // adj: out[i, 3] = wp.erfinv(1.0 - a * 1.0e-6)                                           <L 48>
    wp::adj_array_store(var_out, var_0, var_17, var_16, adj_out, adj_0, adj_17, adj_16);
    wp::adj_erfinv(var_15, var_16, adj_15, adj_16);
    wp::adj_mul(var_13, var_14, adj_13, adj_14, adj_15);
    wp::adj_clamp(var_2, var_11, var_12, adj_2, adj_11, adj_12, adj_13);
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
    wp::launch_bounds_t<1> *dim,
    wp_args_erfinv_f32_9dab27ca *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        erfinv_f32_9dab27ca_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void erfinv_f32_9dab27ca_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_erfinv_f32_9dab27ca *_wp_args,
    wp_args_erfinv_f32_9dab27ca *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        erfinv_f32_9dab27ca_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_erfinv_f64_1cb37542 {
    wp::array_t<wp::float64> x;
    wp::array_t<wp::float64> out;
};


void erfinv_f64_1cb37542_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
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
    wp::float64 var_5;
    wp::float64 var_6;
    const wp::int32 var_7 = 0;
    wp::float64 var_8;
    wp::float64 var_9;
    const wp::int32 var_10 = 1;
    wp::float64 var_11;
    wp::float64 var_12;
    wp::float64 var_13;
    wp::float64 var_14;
    wp::float64 var_15;
    const wp::int32 var_16 = 2;
    wp::float64 var_17;
    wp::float64 var_18;
    wp::float64 var_19;
    wp::float64 var_20;
    const wp::int32 var_21 = 3;
    wp::float64 var_22;
    wp::float64 var_23;
    wp::float64 var_24;
    wp::float64 var_25;
    wp::float64 var_26;
    const wp::int32 var_27 = 4;
    wp::float64 var_28;
    wp::float64 var_29;
    wp::float64 var_30;
    const wp::int32 var_31 = 5;
    wp::float64 var_32;
    wp::float64 var_33;
    wp::float64 var_34;
    wp::float64 var_35;
    wp::float64 var_36;
    const wp::int32 var_37 = 6;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float64 var_40;
    wp::float64 var_41;
    const wp::int32 var_42 = 7;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float64 var_45;
    wp::float64 var_46;
    wp::float64 var_47;
    const wp::int32 var_48 = 8;
    wp::float64 var_49;
    wp::float64 var_50;
    wp::float64 var_51;
    wp::float64 var_52;
    wp::float64 var_53;
    const wp::int32 var_54 = 9;
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
    var_5 = 1.0;
    // out[i, 0] = wp.erfinv(v)                                                               <L 63>
    var_6 = wp::erfinv(var_2);
    wp::array_store(var_out, var_0, var_7, var_6);
    // out[i, 1] = wp.erfcinv(v + one)                                                        <L 64>
    var_8 = wp::add(var_2, var_5);
    var_9 = wp::erfcinv(var_8);
    wp::array_store(var_out, var_0, var_10, var_9);
    // out[i, 2] = wp.erfinv(wp.clamp(v, -one, one) * wp.float64(0.999))                      <L 65>
    var_11 = wp::neg(var_5);
    var_12 = wp::clamp(var_2, var_11, var_5);
    var_13 = 0.999;
    var_14 = wp::mul(var_12, var_13);
    var_15 = wp::erfinv(var_14);
    wp::array_store(var_out, var_0, var_16, var_15);
    // out[i, 3] = wp.erfinv(one - a * wp.float64(1.0e-14))                                   <L 67>
    var_17 = 1e-14;
    var_18 = wp::mul(var_4, var_17);
    var_19 = wp::sub(var_5, var_18);
    var_20 = wp::erfinv(var_19);
    wp::array_store(var_out, var_0, var_21, var_20);
    // out[i, 4] = wp.erfinv(-one + a * wp.float64(1.0e-15))                                  <L 68>
    var_22 = wp::neg(var_5);
    var_23 = 1e-15;
    var_24 = wp::mul(var_4, var_23);
    var_25 = wp::add(var_22, var_24);
    var_26 = wp::erfinv(var_25);
    wp::array_store(var_out, var_0, var_27, var_26);
    // out[i, 5] = wp.erfcinv(a * wp.float64(1.0e-300))                                       <L 69>
    var_28 = 1e-300;
    var_29 = wp::mul(var_4, var_28);
    var_30 = wp::erfcinv(var_29);
    wp::array_store(var_out, var_0, var_31, var_30);
    // out[i, 6] = wp.erfcinv(wp.float64(2.0) - a * wp.float64(1.0e-12))                      <L 70>
    var_32 = 2.0;
    var_33 = 1e-12;
    var_34 = wp::mul(var_4, var_33);
    var_35 = wp::sub(var_32, var_34);
    var_36 = wp::erfcinv(var_35);
    wp::array_store(var_out, var_0, var_37, var_36);
    // out[i, 7] = wp.erfinv(wp.float64(special(i, float(v))))                                <L 71>
    var_38 = wp::float(var_2);
    var_39 = special_0(var_0, var_38);
    var_40 = wp::float64(var_39);
    var_41 = wp::erfinv(var_40);
    wp::array_store(var_out, var_0, var_42, var_41);
    // out[i, 8] = wp.erfcinv(one - wp.float64(special(i, float(v))))                         <L 72>
    var_43 = wp::float(var_2);
    var_44 = special_0(var_0, var_43);
    var_45 = wp::float64(var_44);
    var_46 = wp::sub(var_5, var_45);
    var_47 = wp::erfcinv(var_46);
    wp::array_store(var_out, var_0, var_48, var_47);
    // out[i, 9] = wp.erfinv(one - wp.float64(2.0e-16) * wp.float64(i))                       <L 73>
    var_49 = 2e-16;
    var_50 = wp::float64(var_0);
    var_51 = wp::mul(var_49, var_50);
    var_52 = wp::sub(var_5, var_51);
    var_53 = wp::erfinv(var_52);
    wp::array_store(var_out, var_0, var_54, var_53);
}



void erfinv_f64_1cb37542_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
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
    wp::float64 var_5;
    wp::float64 var_6;
    const wp::int32 var_7 = 0;
    wp::float64 var_8;
    wp::float64 var_9;
    const wp::int32 var_10 = 1;
    wp::float64 var_11;
    wp::float64 var_12;
    wp::float64 var_13;
    wp::float64 var_14;
    wp::float64 var_15;
    const wp::int32 var_16 = 2;
    wp::float64 var_17;
    wp::float64 var_18;
    wp::float64 var_19;
    wp::float64 var_20;
    const wp::int32 var_21 = 3;
    wp::float64 var_22;
    wp::float64 var_23;
    wp::float64 var_24;
    wp::float64 var_25;
    wp::float64 var_26;
    const wp::int32 var_27 = 4;
    wp::float64 var_28;
    wp::float64 var_29;
    wp::float64 var_30;
    const wp::int32 var_31 = 5;
    wp::float64 var_32;
    wp::float64 var_33;
    wp::float64 var_34;
    wp::float64 var_35;
    wp::float64 var_36;
    const wp::int32 var_37 = 6;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float64 var_40;
    wp::float64 var_41;
    const wp::int32 var_42 = 7;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float64 var_45;
    wp::float64 var_46;
    wp::float64 var_47;
    const wp::int32 var_48 = 8;
    wp::float64 var_49;
    wp::float64 var_50;
    wp::float64 var_51;
    wp::float64 var_52;
    wp::float64 var_53;
    const wp::int32 var_54 = 9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float64 adj_1 = {};
    wp::float64 adj_2 = {};
    wp::float64 adj_3 = {};
    wp::float64 adj_4 = {};
    wp::float64 adj_5 = {};
    wp::float64 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float64 adj_8 = {};
    wp::float64 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float64 adj_11 = {};
    wp::float64 adj_12 = {};
    wp::float64 adj_13 = {};
    wp::float64 adj_14 = {};
    wp::float64 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float64 adj_17 = {};
    wp::float64 adj_18 = {};
    wp::float64 adj_19 = {};
    wp::float64 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float64 adj_22 = {};
    wp::float64 adj_23 = {};
    wp::float64 adj_24 = {};
    wp::float64 adj_25 = {};
    wp::float64 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::float64 adj_28 = {};
    wp::float64 adj_29 = {};
    wp::float64 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::float64 adj_32 = {};
    wp::float64 adj_33 = {};
    wp::float64 adj_34 = {};
    wp::float64 adj_35 = {};
    wp::float64 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float64 adj_40 = {};
    wp::float64 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float64 adj_45 = {};
    wp::float64 adj_46 = {};
    wp::float64 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::float64 adj_49 = {};
    wp::float64 adj_50 = {};
    wp::float64 adj_51 = {};
    wp::float64 adj_52 = {};
    wp::float64 adj_53 = {};
    wp::int32 adj_54 = {};
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
    var_5 = 1.0;
    // out[i, 0] = wp.erfinv(v)                                                               <L 63>
    var_6 = wp::erfinv(var_2);
    // wp::array_store(var_out, var_0, var_7, var_6);
    // out[i, 1] = wp.erfcinv(v + one)                                                        <L 64>
    var_8 = wp::add(var_2, var_5);
    var_9 = wp::erfcinv(var_8);
    // wp::array_store(var_out, var_0, var_10, var_9);
    // out[i, 2] = wp.erfinv(wp.clamp(v, -one, one) * wp.float64(0.999))                      <L 65>
    var_11 = wp::neg(var_5);
    var_12 = wp::clamp(var_2, var_11, var_5);
    var_13 = 0.999;
    var_14 = wp::mul(var_12, var_13);
    var_15 = wp::erfinv(var_14);
    // wp::array_store(var_out, var_0, var_16, var_15);
    // out[i, 3] = wp.erfinv(one - a * wp.float64(1.0e-14))                                   <L 67>
    var_17 = 1e-14;
    var_18 = wp::mul(var_4, var_17);
    var_19 = wp::sub(var_5, var_18);
    var_20 = wp::erfinv(var_19);
    // wp::array_store(var_out, var_0, var_21, var_20);
    // out[i, 4] = wp.erfinv(-one + a * wp.float64(1.0e-15))                                  <L 68>
    var_22 = wp::neg(var_5);
    var_23 = 1e-15;
    var_24 = wp::mul(var_4, var_23);
    var_25 = wp::add(var_22, var_24);
    var_26 = wp::erfinv(var_25);
    // wp::array_store(var_out, var_0, var_27, var_26);
    // out[i, 5] = wp.erfcinv(a * wp.float64(1.0e-300))                                       <L 69>
    var_28 = 1e-300;
    var_29 = wp::mul(var_4, var_28);
    var_30 = wp::erfcinv(var_29);
    // wp::array_store(var_out, var_0, var_31, var_30);
    // out[i, 6] = wp.erfcinv(wp.float64(2.0) - a * wp.float64(1.0e-12))                      <L 70>
    var_32 = 2.0;
    var_33 = 1e-12;
    var_34 = wp::mul(var_4, var_33);
    var_35 = wp::sub(var_32, var_34);
    var_36 = wp::erfcinv(var_35);
    // wp::array_store(var_out, var_0, var_37, var_36);
    // out[i, 7] = wp.erfinv(wp.float64(special(i, float(v))))                                <L 71>
    var_38 = wp::float(var_2);
    var_39 = special_0(var_0, var_38);
    var_40 = wp::float64(var_39);
    var_41 = wp::erfinv(var_40);
    // wp::array_store(var_out, var_0, var_42, var_41);
    // out[i, 8] = wp.erfcinv(one - wp.float64(special(i, float(v))))                         <L 72>
    var_43 = wp::float(var_2);
    var_44 = special_0(var_0, var_43);
    var_45 = wp::float64(var_44);
    var_46 = wp::sub(var_5, var_45);
    var_47 = wp::erfcinv(var_46);
    // wp::array_store(var_out, var_0, var_48, var_47);
    // out[i, 9] = wp.erfinv(one - wp.float64(2.0e-16) * wp.float64(i))                       <L 73>
    var_49 = 2e-16;
    var_50 = wp::float64(var_0);
    var_51 = wp::mul(var_49, var_50);
    var_52 = wp::sub(var_5, var_51);
    var_53 = wp::erfinv(var_52);
    // wp::array_store(var_out, var_0, var_54, var_53);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_54, var_53, adj_out, adj_0, adj_54, adj_53);
    wp::adj_erfinv(var_52, var_53, adj_52, adj_53);
    wp::adj_sub(var_5, var_51, adj_5, adj_51, adj_52);
    wp::adj_mul(var_49, var_50, adj_49, adj_50, adj_51);
    wp::adj_float64(var_0, adj_0, adj_50);
    // adj: out[i, 9] = wp.erfinv(one - wp.float64(2.0e-16) * wp.float64(i))                  <L 73>
    wp::adj_array_store(var_out, var_0, var_48, var_47, adj_out, adj_0, adj_48, adj_47);
    wp::adj_erfcinv(var_46, var_47, adj_46, adj_47);
    wp::adj_sub(var_5, var_45, adj_5, adj_45, adj_46);
    wp::adj_float64(var_44, adj_44, adj_45);
    adj_special_0(var_0, var_43, adj_0, adj_43, adj_44);
    wp::adj_float(var_2, adj_2, adj_43);
    // adj: out[i, 8] = wp.erfcinv(one - wp.float64(special(i, float(v))))                    <L 72>
    wp::adj_array_store(var_out, var_0, var_42, var_41, adj_out, adj_0, adj_42, adj_41);
    wp::adj_erfinv(var_40, var_41, adj_40, adj_41);
    wp::adj_float64(var_39, adj_39, adj_40);
    adj_special_0(var_0, var_38, adj_0, adj_38, adj_39);
    wp::adj_float(var_2, adj_2, adj_38);
    // adj: out[i, 7] = wp.erfinv(wp.float64(special(i, float(v))))                           <L 71>
    wp::adj_array_store(var_out, var_0, var_37, var_36, adj_out, adj_0, adj_37, adj_36);
    wp::adj_erfcinv(var_35, var_36, adj_35, adj_36);
    wp::adj_sub(var_32, var_34, adj_32, adj_34, adj_35);
    wp::adj_mul(var_4, var_33, adj_4, adj_33, adj_34);
    // adj: out[i, 6] = wp.erfcinv(wp.float64(2.0) - a * wp.float64(1.0e-12))                 <L 70>
    wp::adj_array_store(var_out, var_0, var_31, var_30, adj_out, adj_0, adj_31, adj_30);
    wp::adj_erfcinv(var_29, var_30, adj_29, adj_30);
    wp::adj_mul(var_4, var_28, adj_4, adj_28, adj_29);
    // adj: out[i, 5] = wp.erfcinv(a * wp.float64(1.0e-300))                                  <L 69>
    wp::adj_array_store(var_out, var_0, var_27, var_26, adj_out, adj_0, adj_27, adj_26);
    wp::adj_erfinv(var_25, var_26, adj_25, adj_26);
    wp::adj_add(var_22, var_24, adj_22, adj_24, adj_25);
    wp::adj_mul(var_4, var_23, adj_4, adj_23, adj_24);
    wp::adj_neg(var_5, adj_5, adj_22);
    // adj: out[i, 4] = wp.erfinv(-one + a * wp.float64(1.0e-15))                             <L 68>
    wp::adj_array_store(var_out, var_0, var_21, var_20, adj_out, adj_0, adj_21, adj_20);
    wp::adj_erfinv(var_19, var_20, adj_19, adj_20);
    wp::adj_sub(var_5, var_18, adj_5, adj_18, adj_19);
    wp::adj_mul(var_4, var_17, adj_4, adj_17, adj_18);
    // adj: out[i, 3] = wp.erfinv(one - a * wp.float64(1.0e-14))                              <L 67>
    wp::adj_array_store(var_out, var_0, var_16, var_15, adj_out, adj_0, adj_16, adj_15);
    wp::adj_erfinv(var_14, var_15, adj_14, adj_15);
    wp::adj_mul(var_12, var_13, adj_12, adj_13, adj_14);
    wp::adj_clamp(var_2, var_11, var_5, adj_2, adj_11, adj_5, adj_12);
    wp::adj_neg(var_5, adj_5, adj_11);
    // adj: out[i, 2] = wp.erfinv(wp.clamp(v, -one, one) * wp.float64(0.999))                 <L 65>
    wp::adj_array_store(var_out, var_0, var_10, var_9, adj_out, adj_0, adj_10, adj_9);
    wp::adj_erfcinv(var_8, var_9, adj_8, adj_9);
    wp::adj_add(var_2, var_5, adj_2, adj_5, adj_8);
    // adj: out[i, 1] = wp.erfcinv(v + one)                                                   <L 64>
    wp::adj_array_store(var_out, var_0, var_7, var_6, adj_out, adj_0, adj_7, adj_6);
    wp::adj_erfinv(var_2, var_6, adj_2, adj_6);
    // adj: out[i, 0] = wp.erfinv(v)                                                          <L 63>
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
    wp::launch_bounds_t<1> *dim,
    wp_args_erfinv_f64_1cb37542 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        erfinv_f64_1cb37542_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void erfinv_f64_1cb37542_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_erfinv_f64_1cb37542 *_wp_args,
    wp_args_erfinv_f64_1cb37542 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        erfinv_f64_1cb37542_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_erfinv_f16_43852f44 {
    wp::array_t<wp::float16> x;
    wp::array_t<wp::float16> out;
};


void erfinv_f16_43852f44_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
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
    wp::launch_bounds_t<1> dim,
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
    wp::launch_bounds_t<1> *dim,
    wp_args_erfinv_f16_43852f44 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        erfinv_f16_43852f44_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void erfinv_f16_43852f44_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_erfinv_f16_43852f44 *_wp_args,
    wp_args_erfinv_f16_43852f44 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        erfinv_f16_43852f44_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

