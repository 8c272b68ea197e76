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


struct Joint_9860be22
{
    wp::int32 parent;
    wp::int32 joint_type;
    wp::vec_t<3, wp::float32> axis;
    wp::transform_t<wp::float32> parent_xform;
    wp::int32 q_start;


    Joint_9860be22() = default;
    CUDA_CALLABLE Joint_9860be22(wp::int32 const& parent,
    wp::int32 const& joint_type = {},
    wp::vec_t<3, wp::float32> const& axis = {},
    wp::transform_t<wp::float32> const& parent_xform = {},
    wp::int32 const& q_start = {})
        : parent{parent}
        , joint_type{joint_type}
        , axis{axis}
        , parent_xform{parent_xform}
        , q_start{q_start}

    {
    }

    CUDA_CALLABLE Joint_9860be22& operator += (const Joint_9860be22& rhs)
    {    parent += rhs.parent;
    joint_type += rhs.joint_type;
    axis += rhs.axis;
    parent_xform += rhs.parent_xform;
    q_start += rhs.q_start;

        return *this;}

};

static CUDA_CALLABLE void adj_Joint_9860be22(wp::int32 const&,
    wp::int32 const&,
    wp::vec_t<3, wp::float32> const&,
    wp::transform_t<wp::float32> const&,
    wp::int32 const&,
    wp::int32 & adj_parent,
    wp::int32 & adj_joint_type,
    wp::vec_t<3, wp::float32> & adj_axis,
    wp::transform_t<wp::float32> & adj_parent_xform,
    wp::int32 & adj_q_start,
    Joint_9860be22 & adj_ret)
{
    adj_parent += adj_ret.parent;
    adj_joint_type += adj_ret.joint_type;
    adj_axis += adj_ret.axis;
    adj_parent_xform += adj_ret.parent_xform;
    adj_q_start += adj_ret.q_start;
}

// Required when compiling adjoints.
CUDA_CALLABLE Joint_9860be22 add(const Joint_9860be22& a, const Joint_9860be22& b)
{
    return Joint_9860be22();
}

CUDA_CALLABLE void adj_atomic_add(Joint_9860be22* p, Joint_9860be22 t)
{
    wp::adj_atomic_add(&p->parent, t.parent);
    wp::adj_atomic_add(&p->joint_type, t.joint_type);
    wp::adj_atomic_add(&p->axis, t.axis);
    wp::adj_atomic_add(&p->parent_xform, t.parent_xform);
    wp::adj_atomic_add(&p->q_start, t.q_start);
}




// corpus/020_forward_kinematics.py:13
static wp::transform_t<wp::float32> joint_transform_0(
    Joint_9860be22 var_j,
    wp::array_t<wp::float32> var_q)
{
    //---------
    // primal vars
    wp::int32* var_0;
    const wp::int32 var_1 = 0;
    bool var_2;
    wp::int32 var_3;
    wp::int32* var_4;
    wp::float32* var_5;
    wp::int32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    const wp::float32 var_10 = 0.0;
    const wp::float32 var_11 = 0.0;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::quat_t<wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::transform_t<wp::float32> var_16;
    wp::int32* var_17;
    const wp::int32 var_18 = 1;
    bool var_19;
    wp::int32 var_20;
    wp::int32* var_21;
    wp::float32* var_22;
    wp::int32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::vec_t<3, wp::float32>* var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::quat_t<wp::float32> var_29;
    wp::transform_t<wp::float32> var_30;
    wp::int32* var_31;
    const wp::int32 var_32 = 2;
    bool var_33;
    wp::int32 var_34;
    wp::int32* var_35;
    wp::int32 var_36;
    wp::int32 var_37;
    wp::float32* var_38;
    const wp::int32 var_39 = 1;
    wp::int32 var_40;
    wp::float32* var_41;
    const wp::int32 var_42 = 2;
    wp::int32 var_43;
    wp::float32* var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    const wp::int32 var_49 = 3;
    wp::int32 var_50;
    wp::float32* var_51;
    const wp::int32 var_52 = 4;
    wp::int32 var_53;
    wp::float32* var_54;
    const wp::int32 var_55 = 5;
    wp::int32 var_56;
    wp::float32* var_57;
    const wp::int32 var_58 = 6;
    wp::int32 var_59;
    wp::float32* var_60;
    wp::quat_t<wp::float32> var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::quat_t<wp::float32> var_66;
    wp::transform_t<wp::float32> var_67;
    wp::transform_t<wp::float32> var_68;
    //---------
    // forward
    // def joint_transform(j: Joint, q: wp.array(dtype=float)) -> wp.transform:               <L 14>
    // if j.joint_type == 0:                                                                  <L 15>
    var_0 = &((var_j).joint_type);
    var_3 = wp::load(var_0);
    var_2 = (var_3 == var_1);
    if (var_2) {
        // angle = q[j.q_start]                                                               <L 17>
        var_4 = &((var_j).q_start);
        var_6 = wp::load(var_4);
        var_5 = wp::address(var_q, var_6);
        var_8 = wp::load(var_5);
        var_7 = wp::copy(var_8);
        // return wp.transform(wp.vec3(0.0, 0.0, 0.0), wp.quat_from_axis_angle(j.axis, angle))       <L 18>
        var_12 = wp::vec_t<3, wp::float32>(var_9, var_10, var_11);
        var_13 = &((var_j).axis);
        var_15 = wp::load(var_13);
        var_14 = wp::quat_from_axis_angle(var_15, var_7);
        var_16 = wp::transform_t<wp::float32>(var_12, var_14);
        return var_16;
    }
    if (!var_2) {
        // elif j.joint_type == 1:                                                            <L 19>
        var_17 = &((var_j).joint_type);
        var_20 = wp::load(var_17);
        var_19 = (var_20 == var_18);
        if (var_19) {
            // d = q[j.q_start]                                                               <L 21>
            var_21 = &((var_j).q_start);
            var_23 = wp::load(var_21);
            var_22 = wp::address(var_q, var_23);
            var_25 = wp::load(var_22);
            var_24 = wp::copy(var_25);
            // return wp.transform(j.axis * d, wp.quat_identity())                            <L 22>
            var_26 = &((var_j).axis);
            var_28 = wp::load(var_26);
            var_27 = wp::mul(var_28, var_24);
            var_29 = wp::quat_identity<wp::float32>();
            var_30 = wp::transform_t<wp::float32>(var_27, var_29);
            return var_30;
        }
        if (!var_19) {
            // elif j.joint_type == 2:                                                        <L 23>
            var_31 = &((var_j).joint_type);
            var_34 = wp::load(var_31);
            var_33 = (var_34 == var_32);
            if (var_33) {
                // s = j.q_start                                                              <L 25>
                var_35 = &((var_j).q_start);
                var_37 = wp::load(var_35);
                var_36 = wp::copy(var_37);
                // p = wp.vec3(q[s], q[s + 1], q[s + 2])                                      <L 26>
                var_38 = wp::address(var_q, var_36);
                var_40 = wp::add(var_36, var_39);
                var_41 = wp::address(var_q, var_40);
                var_43 = wp::add(var_36, var_42);
                var_44 = wp::address(var_q, var_43);
                var_46 = wp::load(var_38);
                var_47 = wp::load(var_41);
                var_48 = wp::load(var_44);
                var_45 = wp::vec_t<3, wp::float32>(var_46, var_47, var_48);
                // r = wp.normalize(wp.quat(q[s + 3], q[s + 4], q[s + 5], q[s + 6]))          <L 27>
                var_50 = wp::add(var_36, var_49);
                var_51 = wp::address(var_q, var_50);
                var_53 = wp::add(var_36, var_52);
                var_54 = wp::address(var_q, var_53);
                var_56 = wp::add(var_36, var_55);
                var_57 = wp::address(var_q, var_56);
                var_59 = wp::add(var_36, var_58);
                var_60 = wp::address(var_q, var_59);
                var_62 = wp::load(var_51);
                var_63 = wp::load(var_54);
                var_64 = wp::load(var_57);
                var_65 = wp::load(var_60);
                var_61 = wp::quat_t<wp::float32>(var_62, var_63, var_64, var_65);
                var_66 = wp::normalize(var_61);
                // return wp.transform(p, r)                                                  <L 28>
                var_67 = wp::transform_t<wp::float32>(var_45, var_66);
                return var_67;
            }
        }
    }
    // return wp.transform_identity()                                                         <L 29>
    var_68 = wp::transform_identity<wp::float32>();
    return var_68;
}


// corpus/020_forward_kinematics.py:13
static void adj_joint_transform_0(
    Joint_9860be22 var_j,
    wp::array_t<wp::float32> var_q,
    Joint_9860be22 & adj_j,
    wp::array_t<wp::float32> & adj_q,
    wp::transform_t<wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::int32* var_0;
    const wp::int32 var_1 = 0;
    bool var_2;
    wp::int32 var_3;
    wp::int32* var_4;
    wp::float32* var_5;
    wp::int32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    const wp::float32 var_10 = 0.0;
    const wp::float32 var_11 = 0.0;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::quat_t<wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::transform_t<wp::float32> var_16;
    wp::int32* var_17;
    const wp::int32 var_18 = 1;
    bool var_19;
    wp::int32 var_20;
    wp::int32* var_21;
    wp::float32* var_22;
    wp::int32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::vec_t<3, wp::float32>* var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::quat_t<wp::float32> var_29;
    wp::transform_t<wp::float32> var_30;
    wp::int32* var_31;
    const wp::int32 var_32 = 2;
    bool var_33;
    wp::int32 var_34;
    wp::int32* var_35;
    wp::int32 var_36;
    wp::int32 var_37;
    wp::float32* var_38;
    const wp::int32 var_39 = 1;
    wp::int32 var_40;
    wp::float32* var_41;
    const wp::int32 var_42 = 2;
    wp::int32 var_43;
    wp::float32* var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    const wp::int32 var_49 = 3;
    wp::int32 var_50;
    wp::float32* var_51;
    const wp::int32 var_52 = 4;
    wp::int32 var_53;
    wp::float32* var_54;
    const wp::int32 var_55 = 5;
    wp::int32 var_56;
    wp::float32* var_57;
    const wp::int32 var_58 = 6;
    wp::int32 var_59;
    wp::float32* var_60;
    wp::quat_t<wp::float32> var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::quat_t<wp::float32> var_66;
    wp::transform_t<wp::float32> var_67;
    wp::transform_t<wp::float32> var_68;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    bool adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::quat_t<wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::transform_t<wp::float32> adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    bool adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::quat_t<wp::float32> adj_29 = {};
    wp::transform_t<wp::float32> adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    bool adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::vec_t<3, wp::float32> adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::int32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::int32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::quat_t<wp::float32> adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::quat_t<wp::float32> adj_66 = {};
    wp::transform_t<wp::float32> adj_67 = {};
    wp::transform_t<wp::float32> adj_68 = {};
    //---------
    // forward
    // def joint_transform(j: Joint, q: wp.array(dtype=float)) -> wp.transform:               <L 14>
    // if j.joint_type == 0:                                                                  <L 15>
    var_0 = &((var_j).joint_type);
    var_3 = wp::load(var_0);
    var_2 = (var_3 == var_1);
    if (var_2) {
        // angle = q[j.q_start]                                                               <L 17>
        var_4 = &((var_j).q_start);
        var_6 = wp::load(var_4);
        var_5 = wp::address(var_q, var_6);
        var_8 = wp::load(var_5);
        var_7 = wp::copy(var_8);
        // return wp.transform(wp.vec3(0.0, 0.0, 0.0), wp.quat_from_axis_angle(j.axis, angle))       <L 18>
        var_12 = wp::vec_t<3, wp::float32>(var_9, var_10, var_11);
        var_13 = &((var_j).axis);
        var_15 = wp::load(var_13);
        var_14 = wp::quat_from_axis_angle(var_15, var_7);
        var_16 = wp::transform_t<wp::float32>(var_12, var_14);
        goto label0;
    }
    if (!var_2) {
        // elif j.joint_type == 1:                                                            <L 19>
        var_17 = &((var_j).joint_type);
        var_20 = wp::load(var_17);
        var_19 = (var_20 == var_18);
        if (var_19) {
            // d = q[j.q_start]                                                               <L 21>
            var_21 = &((var_j).q_start);
            var_23 = wp::load(var_21);
            var_22 = wp::address(var_q, var_23);
            var_25 = wp::load(var_22);
            var_24 = wp::copy(var_25);
            // return wp.transform(j.axis * d, wp.quat_identity())                            <L 22>
            var_26 = &((var_j).axis);
            var_28 = wp::load(var_26);
            var_27 = wp::mul(var_28, var_24);
            var_29 = wp::quat_identity<wp::float32>();
            var_30 = wp::transform_t<wp::float32>(var_27, var_29);
            goto label1;
        }
        if (!var_19) {
            // elif j.joint_type == 2:                                                        <L 23>
            var_31 = &((var_j).joint_type);
            var_34 = wp::load(var_31);
            var_33 = (var_34 == var_32);
            if (var_33) {
                // s = j.q_start                                                              <L 25>
                var_35 = &((var_j).q_start);
                var_37 = wp::load(var_35);
                var_36 = wp::copy(var_37);
                // p = wp.vec3(q[s], q[s + 1], q[s + 2])                                      <L 26>
                var_38 = wp::address(var_q, var_36);
                var_40 = wp::add(var_36, var_39);
                var_41 = wp::address(var_q, var_40);
                var_43 = wp::add(var_36, var_42);
                var_44 = wp::address(var_q, var_43);
                var_46 = wp::load(var_38);
                var_47 = wp::load(var_41);
                var_48 = wp::load(var_44);
                var_45 = wp::vec_t<3, wp::float32>(var_46, var_47, var_48);
                // r = wp.normalize(wp.quat(q[s + 3], q[s + 4], q[s + 5], q[s + 6]))          <L 27>
                var_50 = wp::add(var_36, var_49);
                var_51 = wp::address(var_q, var_50);
                var_53 = wp::add(var_36, var_52);
                var_54 = wp::address(var_q, var_53);
                var_56 = wp::add(var_36, var_55);
                var_57 = wp::address(var_q, var_56);
                var_59 = wp::add(var_36, var_58);
                var_60 = wp::address(var_q, var_59);
                var_62 = wp::load(var_51);
                var_63 = wp::load(var_54);
                var_64 = wp::load(var_57);
                var_65 = wp::load(var_60);
                var_61 = wp::quat_t<wp::float32>(var_62, var_63, var_64, var_65);
                var_66 = wp::normalize(var_61);
                // return wp.transform(p, r)                                                  <L 28>
                var_67 = wp::transform_t<wp::float32>(var_45, var_66);
                goto label2;
            }
        }
    }
    // return wp.transform_identity()                                                         <L 29>
    var_68 = wp::transform_identity<wp::float32>();
    goto label3;
    //---------
    // reverse
    label3:;
    adj_68 += adj_ret;
    // adj: return wp.transform_identity()                                                    <L 29>
    if (!var_2) {
        if (!var_19) {
            if (var_33) {
                label2:;
                adj_67 += adj_ret;
                wp::adj_transform_t(var_45, var_66, adj_45, adj_66, adj_67);
                // adj: return wp.transform(p, r)                                             <L 28>
                wp::adj_normalize(var_61, adj_61, adj_66);
                wp::adj_quat_t(var_62, var_63, var_64, var_65, adj_51, adj_54, adj_57, adj_60, adj_61);
                wp::adj_address(var_q, var_59, adj_q, adj_59, adj_60);
                wp::adj_add(var_36, var_58, adj_36, adj_58, adj_59);
                wp::adj_address(var_q, var_56, adj_q, adj_56, adj_57);
                wp::adj_add(var_36, var_55, adj_36, adj_55, adj_56);
                wp::adj_address(var_q, var_53, adj_q, adj_53, adj_54);
                wp::adj_add(var_36, var_52, adj_36, adj_52, adj_53);
                wp::adj_address(var_q, var_50, adj_q, adj_50, adj_51);
                wp::adj_add(var_36, var_49, adj_36, adj_49, adj_50);
                // adj: r = wp.normalize(wp.quat(q[s + 3], q[s + 4], q[s + 5], q[s + 6]))     <L 27>
                wp::adj_vec_t(var_46, var_47, var_48, adj_38, adj_41, adj_44, adj_45);
                wp::adj_address(var_q, var_43, adj_q, adj_43, adj_44);
                wp::adj_add(var_36, var_42, adj_36, adj_42, adj_43);
                wp::adj_address(var_q, var_40, adj_q, adj_40, adj_41);
                wp::adj_add(var_36, var_39, adj_36, adj_39, adj_40);
                wp::adj_address(var_q, var_36, adj_q, adj_36, adj_38);
                // adj: p = wp.vec3(q[s], q[s + 1], q[s + 2])                                 <L 26>
                wp::adj_copy(var_37, adj_35, adj_36);
                adj_j.q_start = adj_35;
                // adj: s = j.q_start                                                         <L 25>
            }
            adj_j.joint_type = adj_31;
            // adj: elif j.joint_type == 2:                                                   <L 23>
        }
        if (var_19) {
            label1:;
            adj_30 += adj_ret;
            wp::adj_transform_t(var_27, var_29, adj_27, adj_29, adj_30);
            wp::adj_mul(var_28, var_24, adj_26, adj_24, adj_27);
            adj_j.axis += adj_26;
            // adj: return wp.transform(j.axis * d, wp.quat_identity())                       <L 22>
            wp::adj_copy(var_25, adj_22, adj_24);
            wp::adj_address(var_q, var_23, adj_q, adj_21, adj_22);
            adj_j.q_start = adj_21;
            // adj: d = q[j.q_start]                                                          <L 21>
        }
        adj_j.joint_type = adj_17;
        // adj: elif j.joint_type == 1:                                                       <L 19>
    }
    if (var_2) {
        label0:;
        adj_16 += adj_ret;
        wp::adj_transform_t(var_12, var_14, adj_12, adj_14, adj_16);
        wp::adj_quat_from_axis_angle(var_15, var_7, adj_13, adj_7, adj_14);
        adj_j.axis += adj_13;
        wp::adj_vec_t(var_9, var_10, var_11, adj_9, adj_10, adj_11, adj_12);
        // adj: return wp.transform(wp.vec3(0.0, 0.0, 0.0), wp.quat_from_axis_angle(j.axis, angle))  <L 18>
        wp::adj_copy(var_8, adj_5, adj_7);
        wp::adj_address(var_q, var_6, adj_q, adj_4, adj_5);
        adj_j.q_start = adj_4;
        // adj: angle = q[j.q_start]                                                          <L 17>
    }
    adj_j.joint_type = adj_0;
    // adj: if j.joint_type == 0:                                                             <L 15>
    // adj: def joint_transform(j: Joint, q: wp.array(dtype=float)) -> wp.transform:          <L 14>
    return;
}

struct wp_args_eval_fk_serial_2187c5d1 {
    wp::array_t<Joint_9860be22> joints;
    wp::array_t<wp::float32> q;
    wp::int32 num_joints;
    wp::array_t<wp::transform_t<wp::float32>> body_xform;
};


void eval_fk_serial_2187c5d1_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_eval_fk_serial_2187c5d1 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Joint_9860be22> var_joints = _wp_args->joints;
    wp::array_t<wp::float32> var_q = _wp_args->q;
    wp::int32 var_num_joints = _wp_args->num_joints;
    wp::array_t<wp::transform_t<wp::float32>> var_body_xform = _wp_args->body_xform;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::range_t var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    Joint_9860be22* var_5;
    Joint_9860be22 var_6;
    Joint_9860be22 var_7;
    wp::transform_t<wp::float32>* var_8;
    wp::transform_t<wp::float32> var_9;
    wp::transform_t<wp::float32> var_10;
    wp::transform_t<wp::float32> var_11;
    wp::transform_t<wp::float32> var_12;
    wp::int32* var_13;
    const wp::int32 var_14 = 0;
    bool var_15;
    wp::int32 var_16;
    wp::int32* var_17;
    wp::int32 var_18;
    wp::int32 var_19;
    wp::transform_t<wp::float32>* var_20;
    wp::transform_t<wp::float32> var_21;
    wp::transform_t<wp::float32> var_22;
    wp::transform_t<wp::float32> var_23;
    wp::transform_t<wp::float32> var_24;
    wp::transform_t<wp::float32> var_25;
    wp::int32 var_26;
    //---------
    // forward
    // def eval_fk_serial(joints: wp.array(dtype=Joint), q: wp.array(dtype=float), num_joints: int, body_xform: wp.array(dtype=wp.transform)):       <L 33>
    // articulation = wp.tid()                                                                <L 34>
    var_0 = builtin_tid1d();
    // base = articulation * num_joints                                                       <L 35>
    var_1 = wp::mul(var_0, var_num_joints);
    // for k in range(num_joints):                                                            <L 36>
    var_2 = wp::range(var_num_joints);
    start_for_0:;
        if (iter_cmp(var_2) == 0) goto end_for_0;
        var_3 = wp::iter_next(var_2);
        // j = joints[base + k]                                                               <L 37>
        var_4 = wp::add(var_1, var_3);
        var_5 = wp::address(var_joints, var_4);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // X_pj = j.parent_xform                                                              <L 38>
        var_8 = &((var_6).parent_xform);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // X_j = joint_transform(j, q)                                                        <L 39>
        var_11 = joint_transform_0(var_6, var_q);
        // X_wp = wp.transform_identity()                                                     <L 40>
        var_12 = wp::transform_identity<wp::float32>();
        // if j.parent >= 0:                                                                  <L 41>
        var_13 = &((var_6).parent);
        var_16 = wp::load(var_13);
        var_15 = (var_16 >= var_14);
        if (var_15) {
            // X_wp = body_xform[base + j.parent]                                             <L 42>
            var_17 = &((var_6).parent);
            var_19 = wp::load(var_17);
            var_18 = wp::add(var_1, var_19);
            var_20 = wp::address(var_body_xform, var_18);
            var_22 = wp::load(var_20);
            var_21 = wp::copy(var_22);
        }
        var_23 = wp::where(var_15, var_21, var_12);
        // body_xform[base + k] = wp.transform_multiply(X_wp, wp.transform_multiply(X_pj, X_j))       <L 43>
        var_24 = wp::transform_multiply(var_9, var_11);
        var_25 = wp::transform_multiply(var_23, var_24);
        var_26 = wp::add(var_1, var_3);
        wp::array_store(var_body_xform, var_26, var_25);
        goto start_for_0;
    end_for_0:;
}



void eval_fk_serial_2187c5d1_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_eval_fk_serial_2187c5d1 *_wp_args,
    wp_args_eval_fk_serial_2187c5d1 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<Joint_9860be22> var_joints = _wp_args->joints;
    wp::array_t<wp::float32> var_q = _wp_args->q;
    wp::int32 var_num_joints = _wp_args->num_joints;
    wp::array_t<wp::transform_t<wp::float32>> var_body_xform = _wp_args->body_xform;
    wp::array_t<Joint_9860be22> adj_joints = _wp_adj_args->joints;
    wp::array_t<wp::float32> adj_q = _wp_adj_args->q;
    wp::int32 adj_num_joints = _wp_adj_args->num_joints;
    wp::array_t<wp::transform_t<wp::float32>> adj_body_xform = _wp_adj_args->body_xform;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::range_t var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    Joint_9860be22* var_5;
    Joint_9860be22 var_6;
    Joint_9860be22 var_7;
    wp::transform_t<wp::float32>* var_8;
    wp::transform_t<wp::float32> var_9;
    wp::transform_t<wp::float32> var_10;
    wp::transform_t<wp::float32> var_11;
    wp::transform_t<wp::float32> var_12;
    wp::int32* var_13;
    const wp::int32 var_14 = 0;
    bool var_15;
    wp::int32 var_16;
    wp::int32* var_17;
    wp::int32 var_18;
    wp::int32 var_19;
    wp::transform_t<wp::float32>* var_20;
    wp::transform_t<wp::float32> var_21;
    wp::transform_t<wp::float32> var_22;
    wp::transform_t<wp::float32> var_23;
    wp::transform_t<wp::float32> var_24;
    wp::transform_t<wp::float32> var_25;
    wp::int32 var_26;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::range_t adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    Joint_9860be22 adj_5 = {};
    Joint_9860be22 adj_6 = {};
    Joint_9860be22 adj_7 = {};
    wp::transform_t<wp::float32> adj_8 = {};
    wp::transform_t<wp::float32> adj_9 = {};
    wp::transform_t<wp::float32> adj_10 = {};
    wp::transform_t<wp::float32> adj_11 = {};
    wp::transform_t<wp::float32> adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    bool adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::transform_t<wp::float32> adj_20 = {};
    wp::transform_t<wp::float32> adj_21 = {};
    wp::transform_t<wp::float32> adj_22 = {};
    wp::transform_t<wp::float32> adj_23 = {};
    wp::transform_t<wp::float32> adj_24 = {};
    wp::transform_t<wp::float32> adj_25 = {};
    wp::int32 adj_26 = {};
    //---------
    // forward
    // def eval_fk_serial(joints: wp.array(dtype=Joint), q: wp.array(dtype=float), num_joints: int, body_xform: wp.array(dtype=wp.transform)):       <L 33>
    // articulation = wp.tid()                                                                <L 34>
    var_0 = builtin_tid1d();
    // base = articulation * num_joints                                                       <L 35>
    var_1 = wp::mul(var_0, var_num_joints);
    // for k in range(num_joints):                                                            <L 36>
    var_2 = wp::range(var_num_joints);
    //---------
    // reverse
    var_2 = wp::iter_reverse(var_2);
    start_for_0:;
        if (iter_cmp(var_2) == 0) goto end_for_0;
        var_3 = wp::iter_next(var_2);
    	adj_4 = {};
    	adj_5 = {};
    	adj_6 = {};
    	adj_7 = {};
    	adj_8 = {};
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
    	adj_22 = {};
    	adj_23 = {};
    	adj_24 = {};
    	adj_25 = {};
    	adj_26 = {};
        // j = joints[base + k]                                                               <L 37>
        var_4 = wp::add(var_1, var_3);
        var_5 = wp::address(var_joints, var_4);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // X_pj = j.parent_xform                                                              <L 38>
        var_8 = &((var_6).parent_xform);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // X_j = joint_transform(j, q)                                                        <L 39>
        var_11 = joint_transform_0(var_6, var_q);
        // X_wp = wp.transform_identity()                                                     <L 40>
        var_12 = wp::transform_identity<wp::float32>();
        // if j.parent >= 0:                                                                  <L 41>
        var_13 = &((var_6).parent);
        var_16 = wp::load(var_13);
        var_15 = (var_16 >= var_14);
        if (var_15) {
            // X_wp = body_xform[base + j.parent]                                             <L 42>
            var_17 = &((var_6).parent);
            var_19 = wp::load(var_17);
            var_18 = wp::add(var_1, var_19);
            var_20 = wp::address(var_body_xform, var_18);
            var_22 = wp::load(var_20);
            var_21 = wp::copy(var_22);
        }
        var_23 = wp::where(var_15, var_21, var_12);
        // body_xform[base + k] = wp.transform_multiply(X_wp, wp.transform_multiply(X_pj, X_j))       <L 43>
        var_24 = wp::transform_multiply(var_9, var_11);
        var_25 = wp::transform_multiply(var_23, var_24);
        var_26 = wp::add(var_1, var_3);
        // wp::array_store(var_body_xform, var_26, var_25);
        wp::adj_array_store(var_body_xform, var_26, var_25, adj_body_xform, adj_26, adj_25);
        wp::adj_add(var_1, var_3, adj_1, adj_3, adj_26);
        wp::adj_transform_multiply(var_23, var_24, adj_23, adj_24, adj_25);
        wp::adj_transform_multiply(var_9, var_11, adj_9, adj_11, adj_24);
        // adj: body_xform[base + k] = wp.transform_multiply(X_wp, wp.transform_multiply(X_pj, X_j))  <L 43>
        wp::adj_where(var_15, var_21, var_12, adj_15, adj_21, adj_12, adj_23);
        if (var_15) {
            wp::adj_copy(var_22, adj_20, adj_21);
            wp::adj_address(var_body_xform, var_18, adj_body_xform, adj_18, adj_20);
            wp::adj_add(var_1, var_19, adj_1, adj_17, adj_18);
            adj_6.parent = adj_17;
            // adj: X_wp = body_xform[base + j.parent]                                        <L 42>
        }
        adj_6.parent = adj_13;
        // adj: if j.parent >= 0:                                                             <L 41>
        // adj: X_wp = wp.transform_identity()                                                <L 40>
        adj_joint_transform_0(var_6, var_q, adj_6, adj_q, adj_11);
        // adj: X_j = joint_transform(j, q)                                                   <L 39>
        wp::adj_copy(var_10, adj_8, adj_9);
        adj_6.parent_xform += adj_8;
        // adj: X_pj = j.parent_xform                                                         <L 38>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_joints, var_4, adj_joints, adj_4, adj_5);
        wp::adj_add(var_1, var_3, adj_1, adj_3, adj_4);
        // adj: j = joints[base + k]                                                          <L 37>
    	goto start_for_0;
    end_for_0:;
    // adj: for k in range(num_joints):                                                       <L 36>
    wp::adj_mul(var_0, var_num_joints, adj_0, adj_num_joints, adj_1);
    // adj: base = articulation * num_joints                                                  <L 35>
    // adj: articulation = wp.tid()                                                           <L 34>
    // adj: def eval_fk_serial(joints: wp.array(dtype=Joint), q: wp.array(dtype=float), num_joints: int, body_xform: wp.array(dtype=wp.transform)):  <L 33>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void eval_fk_serial_2187c5d1_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_fk_serial_2187c5d1 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        eval_fk_serial_2187c5d1_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void eval_fk_serial_2187c5d1_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_fk_serial_2187c5d1 *_wp_args,
    wp_args_eval_fk_serial_2187c5d1 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        eval_fk_serial_2187c5d1_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_body_points_world_e418567a {
    wp::array_t<wp::transform_t<wp::float32>> body_xform;
    wp::array_t<wp::int32> point_body;
    wp::array_t<wp::vec_t<3, wp::float32>> local_points;
    wp::array_t<wp::vec_t<3, wp::float32>> world_points;
};


void body_points_world_e418567a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_body_points_world_e418567a *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_body_xform = _wp_args->body_xform;
    wp::array_t<wp::int32> var_point_body = _wp_args->point_body;
    wp::array_t<wp::vec_t<3, wp::float32>> var_local_points = _wp_args->local_points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_world_points = _wp_args->world_points;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::transform_t<wp::float32>* var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::transform_t<wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    //---------
    // forward
    // def body_points_world(body_xform: wp.array(dtype=wp.transform), point_body: wp.array(dtype=int), local_points: wp.array(dtype=wp.vec3), world_points: wp.array(dtype=wp.vec3)):       <L 47>
    // i = wp.tid()                                                                           <L 48>
    var_0 = builtin_tid1d();
    // b = point_body[i]                                                                      <L 49>
    var_1 = wp::address(var_point_body, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if b < 0:                                                                              <L 50>
    var_5 = (var_2 < var_4);
    if (var_5) {
        // world_points[i] = local_points[i]                                                  <L 51>
        var_6 = wp::address(var_local_points, var_0);
        var_7 = wp::load(var_6);
        wp::array_store(var_world_points, var_0, var_7);
        // return                                                                             <L 52>
        return;
    }
    // world_points[i] = wp.transform_point(body_xform[b], local_points[i])                   <L 53>
    var_8 = wp::address(var_body_xform, var_2);
    var_9 = wp::address(var_local_points, var_0);
    var_11 = wp::load(var_8);
    var_12 = wp::load(var_9);
    var_10 = wp::transform_point(var_11, var_12);
    wp::array_store(var_world_points, var_0, var_10);
}



void body_points_world_e418567a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_body_points_world_e418567a *_wp_args,
    wp_args_body_points_world_e418567a *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_body_xform = _wp_args->body_xform;
    wp::array_t<wp::int32> var_point_body = _wp_args->point_body;
    wp::array_t<wp::vec_t<3, wp::float32>> var_local_points = _wp_args->local_points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_world_points = _wp_args->world_points;
    wp::array_t<wp::transform_t<wp::float32>> adj_body_xform = _wp_adj_args->body_xform;
    wp::array_t<wp::int32> adj_point_body = _wp_adj_args->point_body;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_local_points = _wp_adj_args->local_points;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_world_points = _wp_adj_args->world_points;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::transform_t<wp::float32>* var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::transform_t<wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    bool adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::transform_t<wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::transform_t<wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    //---------
    // forward
    // def body_points_world(body_xform: wp.array(dtype=wp.transform), point_body: wp.array(dtype=int), local_points: wp.array(dtype=wp.vec3), world_points: wp.array(dtype=wp.vec3)):       <L 47>
    // i = wp.tid()                                                                           <L 48>
    var_0 = builtin_tid1d();
    // b = point_body[i]                                                                      <L 49>
    var_1 = wp::address(var_point_body, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if b < 0:                                                                              <L 50>
    var_5 = (var_2 < var_4);
    if (var_5) {
        // world_points[i] = local_points[i]                                                  <L 51>
        var_6 = wp::address(var_local_points, var_0);
        var_7 = wp::load(var_6);
        // wp::array_store(var_world_points, var_0, var_7);
        // return                                                                             <L 52>
        goto label0;
    }
    // world_points[i] = wp.transform_point(body_xform[b], local_points[i])                   <L 53>
    var_8 = wp::address(var_body_xform, var_2);
    var_9 = wp::address(var_local_points, var_0);
    var_11 = wp::load(var_8);
    var_12 = wp::load(var_9);
    var_10 = wp::transform_point(var_11, var_12);
    // wp::array_store(var_world_points, var_0, var_10);
    //---------
    // reverse
    wp::adj_array_store(var_world_points, var_0, var_10, adj_world_points, adj_0, adj_10);
    wp::adj_transform_point(var_11, var_12, adj_8, adj_9, adj_10);
    wp::adj_address(var_local_points, var_0, adj_local_points, adj_0, adj_9);
    wp::adj_address(var_body_xform, var_2, adj_body_xform, adj_2, adj_8);
    // adj: world_points[i] = wp.transform_point(body_xform[b], local_points[i])              <L 53>
    if (var_5) {
        label0:;
        // adj: return                                                                        <L 52>
        wp::adj_array_store(var_world_points, var_0, var_7, adj_world_points, adj_0, adj_6);
        wp::adj_address(var_local_points, var_0, adj_local_points, adj_0, adj_6);
        // adj: world_points[i] = local_points[i]                                             <L 51>
    }
    // adj: if b < 0:                                                                         <L 50>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_point_body, var_0, adj_point_body, adj_0, adj_1);
    // adj: b = point_body[i]                                                                 <L 49>
    // adj: i = wp.tid()                                                                      <L 48>
    // adj: def body_points_world(body_xform: wp.array(dtype=wp.transform), point_body: wp.array(dtype=int), local_points: wp.array(dtype=wp.vec3), world_points: wp.array(dtype=wp.vec3)):  <L 47>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void body_points_world_e418567a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_body_points_world_e418567a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        body_points_world_e418567a_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void body_points_world_e418567a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_body_points_world_e418567a *_wp_args,
    wp_args_body_points_world_e418567a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        body_points_world_e418567a_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_relative_transforms_d58b3796 {
    wp::array_t<wp::transform_t<wp::float32>> body_xform;
    wp::array_t<wp::vec_t<2, wp::int32>> pairs;
    wp::array_t<wp::transform_t<wp::float32>> rel;
    wp::array_t<wp::float32> dist;
};


void relative_transforms_d58b3796_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_relative_transforms_d58b3796 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_body_xform = _wp_args->body_xform;
    wp::array_t<wp::vec_t<2, wp::int32>> var_pairs = _wp_args->pairs;
    wp::array_t<wp::transform_t<wp::float32>> var_rel = _wp_args->rel;
    wp::array_t<wp::float32> var_dist = _wp_args->dist;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::int32>* var_1;
    wp::vec_t<2, wp::int32> var_2;
    wp::vec_t<2, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::transform_t<wp::float32>* var_6;
    wp::transform_t<wp::float32> var_7;
    wp::transform_t<wp::float32> var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::transform_t<wp::float32>* var_11;
    wp::transform_t<wp::float32> var_12;
    wp::transform_t<wp::float32> var_13;
    wp::transform_t<wp::float32> var_14;
    wp::transform_t<wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::float32 var_17;
    //---------
    // forward
    // def relative_transforms(body_xform: wp.array(dtype=wp.transform), pairs: wp.array(dtype=wp.vec2i), rel: wp.array(dtype=wp.transform), dist: wp.array(dtype=float)):       <L 57>
    // i = wp.tid()                                                                           <L 58>
    var_0 = builtin_tid1d();
    // p = pairs[i]                                                                           <L 59>
    var_1 = wp::address(var_pairs, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // a = body_xform[p[0]]                                                                   <L 60>
    var_5 = wp::extract(var_2, var_4);
    var_6 = wp::address(var_body_xform, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // b = body_xform[p[1]]                                                                   <L 61>
    var_10 = wp::extract(var_2, var_9);
    var_11 = wp::address(var_body_xform, var_10);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // r = wp.transform_multiply(wp.transform_inverse(a), b)                                  <L 62>
    var_14 = wp::transform_inverse(var_7);
    var_15 = wp::transform_multiply(var_14, var_12);
    // rel[i] = r                                                                             <L 63>
    wp::array_store(var_rel, var_0, var_15);
    // dist[i] = wp.length(wp.transform_get_translation(r))                                   <L 64>
    var_16 = wp::transform_get_translation(var_15);
    var_17 = wp::length(var_16);
    wp::array_store(var_dist, var_0, var_17);
}



void relative_transforms_d58b3796_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_relative_transforms_d58b3796 *_wp_args,
    wp_args_relative_transforms_d58b3796 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_body_xform = _wp_args->body_xform;
    wp::array_t<wp::vec_t<2, wp::int32>> var_pairs = _wp_args->pairs;
    wp::array_t<wp::transform_t<wp::float32>> var_rel = _wp_args->rel;
    wp::array_t<wp::float32> var_dist = _wp_args->dist;
    wp::array_t<wp::transform_t<wp::float32>> adj_body_xform = _wp_adj_args->body_xform;
    wp::array_t<wp::vec_t<2, wp::int32>> adj_pairs = _wp_adj_args->pairs;
    wp::array_t<wp::transform_t<wp::float32>> adj_rel = _wp_adj_args->rel;
    wp::array_t<wp::float32> adj_dist = _wp_adj_args->dist;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::int32>* var_1;
    wp::vec_t<2, wp::int32> var_2;
    wp::vec_t<2, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::transform_t<wp::float32>* var_6;
    wp::transform_t<wp::float32> var_7;
    wp::transform_t<wp::float32> var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::transform_t<wp::float32>* var_11;
    wp::transform_t<wp::float32> var_12;
    wp::transform_t<wp::float32> var_13;
    wp::transform_t<wp::float32> var_14;
    wp::transform_t<wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::float32 var_17;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<2, wp::int32> adj_1 = {};
    wp::vec_t<2, wp::int32> adj_2 = {};
    wp::vec_t<2, wp::int32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::transform_t<wp::float32> adj_6 = {};
    wp::transform_t<wp::float32> adj_7 = {};
    wp::transform_t<wp::float32> adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::transform_t<wp::float32> adj_11 = {};
    wp::transform_t<wp::float32> adj_12 = {};
    wp::transform_t<wp::float32> adj_13 = {};
    wp::transform_t<wp::float32> adj_14 = {};
    wp::transform_t<wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::float32 adj_17 = {};
    //---------
    // forward
    // def relative_transforms(body_xform: wp.array(dtype=wp.transform), pairs: wp.array(dtype=wp.vec2i), rel: wp.array(dtype=wp.transform), dist: wp.array(dtype=float)):       <L 57>
    // i = wp.tid()                                                                           <L 58>
    var_0 = builtin_tid1d();
    // p = pairs[i]                                                                           <L 59>
    var_1 = wp::address(var_pairs, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // a = body_xform[p[0]]                                                                   <L 60>
    var_5 = wp::extract(var_2, var_4);
    var_6 = wp::address(var_body_xform, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // b = body_xform[p[1]]                                                                   <L 61>
    var_10 = wp::extract(var_2, var_9);
    var_11 = wp::address(var_body_xform, var_10);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // r = wp.transform_multiply(wp.transform_inverse(a), b)                                  <L 62>
    var_14 = wp::transform_inverse(var_7);
    var_15 = wp::transform_multiply(var_14, var_12);
    // rel[i] = r                                                                             <L 63>
    // wp::array_store(var_rel, var_0, var_15);
    // dist[i] = wp.length(wp.transform_get_translation(r))                                   <L 64>
    var_16 = wp::transform_get_translation(var_15);
    var_17 = wp::length(var_16);
    // wp::array_store(var_dist, var_0, var_17);
    //---------
    // reverse
    wp::adj_array_store(var_dist, var_0, var_17, adj_dist, adj_0, adj_17);
    wp::adj_length(var_16, var_17, adj_16, adj_17);
    wp::adj_transform_get_translation(var_15, adj_15, adj_16);
    // adj: dist[i] = wp.length(wp.transform_get_translation(r))                              <L 64>
    wp::adj_array_store(var_rel, var_0, var_15, adj_rel, adj_0, adj_15);
    // adj: rel[i] = r                                                                        <L 63>
    wp::adj_transform_multiply(var_14, var_12, adj_14, adj_12, adj_15);
    wp::adj_transform_inverse(var_7, adj_7, adj_14);
    // adj: r = wp.transform_multiply(wp.transform_inverse(a), b)                             <L 62>
    wp::adj_copy(var_13, adj_11, adj_12);
    wp::adj_address(var_body_xform, var_10, adj_body_xform, adj_10, adj_11);
    wp::adj_extract(var_2, var_9, adj_2, adj_9, adj_10);
    // adj: b = body_xform[p[1]]                                                              <L 61>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_body_xform, var_5, adj_body_xform, adj_5, adj_6);
    wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: a = body_xform[p[0]]                                                              <L 60>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_pairs, var_0, adj_pairs, adj_0, adj_1);
    // adj: p = pairs[i]                                                                      <L 59>
    // adj: i = wp.tid()                                                                      <L 58>
    // adj: def relative_transforms(body_xform: wp.array(dtype=wp.transform), pairs: wp.array(dtype=wp.vec2i), rel: wp.array(dtype=wp.transform), dist: wp.array(dtype=float)):  <L 57>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void relative_transforms_d58b3796_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_relative_transforms_d58b3796 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        relative_transforms_d58b3796_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void relative_transforms_d58b3796_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_relative_transforms_d58b3796 *_wp_args,
    wp_args_relative_transforms_d58b3796 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        relative_transforms_d58b3796_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_end_effector_error_f3e2551b {
    wp::array_t<wp::transform_t<wp::float32>> body_xform;
    wp::int32 ee_body;
    wp::vec_t<3, wp::float32> ee_offset;
    wp::vec_t<3, wp::float32> target;
    wp::quat_t<wp::float32> target_rot;
    wp::array_t<wp::vec_t<3, wp::float32>> pos_err;
    wp::array_t<wp::vec_t<3, wp::float32>> rot_err;
};


void end_effector_error_f3e2551b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_end_effector_error_f3e2551b *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_body_xform = _wp_args->body_xform;
    wp::int32 var_ee_body = _wp_args->ee_body;
    wp::vec_t<3, wp::float32> var_ee_offset = _wp_args->ee_offset;
    wp::vec_t<3, wp::float32> var_target = _wp_args->target;
    wp::quat_t<wp::float32> var_target_rot = _wp_args->target_rot;
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos_err = _wp_args->pos_err;
    wp::array_t<wp::vec_t<3, wp::float32>> var_rot_err = _wp_args->rot_err;
    //---------
    // primal vars
    wp::transform_t<wp::float32>* var_0;
    wp::transform_t<wp::float32> var_1;
    wp::transform_t<wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::int32 var_5 = 0;
    wp::quat_t<wp::float32> var_6;
    wp::quat_t<wp::float32> var_7;
    wp::quat_t<wp::float32> var_8;
    const wp::int32 var_9 = 3;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    bool var_12;
    const wp::float32 var_13 = -1.0;
    const wp::float32 var_14 = 1.0;
    wp::float32 var_15;
    const wp::int32 var_16 = 0;
    wp::float32 var_17;
    const wp::int32 var_18 = 1;
    wp::float32 var_19;
    const wp::int32 var_20 = 2;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    const wp::float32 var_23 = 2.0;
    wp::float32 var_24;
    wp::vec_t<3, wp::float32> var_25;
    const wp::int32 var_26 = 0;
    //---------
    // forward
    // def end_effector_error(                                                                <L 68>
    // X = body_xform[ee_body]                                                                <L 77>
    var_0 = wp::address(var_body_xform, var_ee_body);
    var_2 = wp::load(var_0);
    var_1 = wp::copy(var_2);
    // p = wp.transform_point(X, ee_offset)                                                   <L 78>
    var_3 = wp::transform_point(var_1, var_ee_offset);
    // pos_err[0] = target - p                                                                <L 79>
    var_4 = wp::sub(var_target, var_3);
    wp::array_store(var_pos_err, var_5, var_4);
    // r = wp.transform_get_rotation(X)                                                       <L 80>
    var_6 = wp::transform_get_rotation(var_1);
    // dq = target_rot * wp.quat_inverse(r)                                                   <L 81>
    var_7 = wp::quat_inverse(var_6);
    var_8 = wp::mul(var_target_rot, var_7);
    // sgn = wp.where(dq[3] < 0.0, -1.0, 1.0)                                                 <L 82>
    var_10 = wp::extract(var_8, var_9);
    var_12 = (var_10 < var_11);
    var_15 = wp::where(var_12, var_13, var_14);
    // rot_err[0] = wp.vec3(dq[0], dq[1], dq[2]) * (2.0 * sgn)                                <L 83>
    var_17 = wp::extract(var_8, var_16);
    var_19 = wp::extract(var_8, var_18);
    var_21 = wp::extract(var_8, var_20);
    var_22 = wp::vec_t<3, wp::float32>(var_17, var_19, var_21);
    var_24 = wp::mul(var_23, var_15);
    var_25 = wp::mul(var_22, var_24);
    wp::array_store(var_rot_err, var_26, var_25);
}



void end_effector_error_f3e2551b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_end_effector_error_f3e2551b *_wp_args,
    wp_args_end_effector_error_f3e2551b *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_body_xform = _wp_args->body_xform;
    wp::int32 var_ee_body = _wp_args->ee_body;
    wp::vec_t<3, wp::float32> var_ee_offset = _wp_args->ee_offset;
    wp::vec_t<3, wp::float32> var_target = _wp_args->target;
    wp::quat_t<wp::float32> var_target_rot = _wp_args->target_rot;
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos_err = _wp_args->pos_err;
    wp::array_t<wp::vec_t<3, wp::float32>> var_rot_err = _wp_args->rot_err;
    wp::array_t<wp::transform_t<wp::float32>> adj_body_xform = _wp_adj_args->body_xform;
    wp::int32 adj_ee_body = _wp_adj_args->ee_body;
    wp::vec_t<3, wp::float32> adj_ee_offset = _wp_adj_args->ee_offset;
    wp::vec_t<3, wp::float32> adj_target = _wp_adj_args->target;
    wp::quat_t<wp::float32> adj_target_rot = _wp_adj_args->target_rot;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pos_err = _wp_adj_args->pos_err;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_rot_err = _wp_adj_args->rot_err;
    //---------
    // primal vars
    wp::transform_t<wp::float32>* var_0;
    wp::transform_t<wp::float32> var_1;
    wp::transform_t<wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::int32 var_5 = 0;
    wp::quat_t<wp::float32> var_6;
    wp::quat_t<wp::float32> var_7;
    wp::quat_t<wp::float32> var_8;
    const wp::int32 var_9 = 3;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    bool var_12;
    const wp::float32 var_13 = -1.0;
    const wp::float32 var_14 = 1.0;
    wp::float32 var_15;
    const wp::int32 var_16 = 0;
    wp::float32 var_17;
    const wp::int32 var_18 = 1;
    wp::float32 var_19;
    const wp::int32 var_20 = 2;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    const wp::float32 var_23 = 2.0;
    wp::float32 var_24;
    wp::vec_t<3, wp::float32> var_25;
    const wp::int32 var_26 = 0;
    //---------
    // dual vars
    wp::transform_t<wp::float32> adj_0 = {};
    wp::transform_t<wp::float32> adj_1 = {};
    wp::transform_t<wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::int32 adj_5 = {};
    wp::quat_t<wp::float32> adj_6 = {};
    wp::quat_t<wp::float32> adj_7 = {};
    wp::quat_t<wp::float32> adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    bool adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::int32 adj_26 = {};
    //---------
    // forward
    // def end_effector_error(                                                                <L 68>
    // X = body_xform[ee_body]                                                                <L 77>
    var_0 = wp::address(var_body_xform, var_ee_body);
    var_2 = wp::load(var_0);
    var_1 = wp::copy(var_2);
    // p = wp.transform_point(X, ee_offset)                                                   <L 78>
    var_3 = wp::transform_point(var_1, var_ee_offset);
    // pos_err[0] = target - p                                                                <L 79>
    var_4 = wp::sub(var_target, var_3);
    // wp::array_store(var_pos_err, var_5, var_4);
    // r = wp.transform_get_rotation(X)                                                       <L 80>
    var_6 = wp::transform_get_rotation(var_1);
    // dq = target_rot * wp.quat_inverse(r)                                                   <L 81>
    var_7 = wp::quat_inverse(var_6);
    var_8 = wp::mul(var_target_rot, var_7);
    // sgn = wp.where(dq[3] < 0.0, -1.0, 1.0)                                                 <L 82>
    var_10 = wp::extract(var_8, var_9);
    var_12 = (var_10 < var_11);
    var_15 = wp::where(var_12, var_13, var_14);
    // rot_err[0] = wp.vec3(dq[0], dq[1], dq[2]) * (2.0 * sgn)                                <L 83>
    var_17 = wp::extract(var_8, var_16);
    var_19 = wp::extract(var_8, var_18);
    var_21 = wp::extract(var_8, var_20);
    var_22 = wp::vec_t<3, wp::float32>(var_17, var_19, var_21);
    var_24 = wp::mul(var_23, var_15);
    var_25 = wp::mul(var_22, var_24);
    // wp::array_store(var_rot_err, var_26, var_25);
    //---------
    // reverse
    wp::adj_array_store(var_rot_err, var_26, var_25, adj_rot_err, adj_26, adj_25);
    wp::adj_mul(var_22, var_24, adj_22, adj_24, adj_25);
    wp::adj_mul(var_23, var_15, adj_23, adj_15, adj_24);
    wp::adj_vec_t(var_17, var_19, var_21, adj_17, adj_19, adj_21, adj_22);
    wp::adj_extract(var_8, var_20, adj_8, adj_20, adj_21);
    wp::adj_extract(var_8, var_18, adj_8, adj_18, adj_19);
    wp::adj_extract(var_8, var_16, adj_8, adj_16, adj_17);
    // adj: rot_err[0] = wp.vec3(dq[0], dq[1], dq[2]) * (2.0 * sgn)                           <L 83>
    wp::adj_where(var_12, var_13, var_14, adj_12, adj_13, adj_14, adj_15);
    wp::adj_extract(var_8, var_9, adj_8, adj_9, adj_10);
    // adj: sgn = wp.where(dq[3] < 0.0, -1.0, 1.0)                                            <L 82>
    wp::adj_mul(var_target_rot, var_7, adj_target_rot, adj_7, adj_8);
    wp::adj_quat_inverse(var_6, adj_6, adj_7);
    // adj: dq = target_rot * wp.quat_inverse(r)                                              <L 81>
    wp::adj_transform_get_rotation(var_1, adj_1, adj_6);
    // adj: r = wp.transform_get_rotation(X)                                                  <L 80>
    wp::adj_array_store(var_pos_err, var_5, var_4, adj_pos_err, adj_5, adj_4);
    wp::adj_sub(var_target, var_3, adj_target, adj_3, adj_4);
    // adj: pos_err[0] = target - p                                                           <L 79>
    wp::adj_transform_point(var_1, var_ee_offset, adj_1, adj_ee_offset, adj_3);
    // adj: p = wp.transform_point(X, ee_offset)                                              <L 78>
    wp::adj_copy(var_2, adj_0, adj_1);
    wp::adj_address(var_body_xform, var_ee_body, adj_body_xform, adj_ee_body, adj_0);
    // adj: X = body_xform[ee_body]                                                           <L 77>
    // adj: def end_effector_error(                                                           <L 68>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void end_effector_error_f3e2551b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_end_effector_error_f3e2551b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        end_effector_error_f3e2551b_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void end_effector_error_f3e2551b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_end_effector_error_f3e2551b *_wp_args,
    wp_args_end_effector_error_f3e2551b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        end_effector_error_f3e2551b_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

