
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


struct Node_7b0930f4
{
    wp::vec_t<3, wp::float32> center_of_mass;
    wp::float32 mass;
    wp::float32 half_size;
    wp::int32 first_child;
    wp::int32 body;


    Node_7b0930f4() = default;
    CUDA_CALLABLE Node_7b0930f4(wp::vec_t<3, wp::float32> const& center_of_mass,
    wp::float32 const& mass = {},
    wp::float32 const& half_size = {},
    wp::int32 const& first_child = {},
    wp::int32 const& body = {})
        : center_of_mass{center_of_mass}
        , mass{mass}
        , half_size{half_size}
        , first_child{first_child}
        , body{body}

    {
    }

    CUDA_CALLABLE Node_7b0930f4& operator += (const Node_7b0930f4& rhs)
    {    center_of_mass += rhs.center_of_mass;
    mass += rhs.mass;
    half_size += rhs.half_size;
    first_child += rhs.first_child;
    body += rhs.body;

        return *this;}

};

static CUDA_CALLABLE void adj_Node_7b0930f4(wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::int32 const&,
    wp::int32 const&,
    wp::vec_t<3, wp::float32> & adj_center_of_mass,
    wp::float32 & adj_mass,
    wp::float32 & adj_half_size,
    wp::int32 & adj_first_child,
    wp::int32 & adj_body,
    Node_7b0930f4 & adj_ret)
{
    adj_center_of_mass += adj_ret.center_of_mass;
    adj_mass += adj_ret.mass;
    adj_half_size += adj_ret.half_size;
    adj_first_child += adj_ret.first_child;
    adj_body += adj_ret.body;
}

// Required when compiling adjoints.
CUDA_CALLABLE Node_7b0930f4 add(const Node_7b0930f4& a, const Node_7b0930f4& b)
{
    return Node_7b0930f4();
}

CUDA_CALLABLE void adj_atomic_add(Node_7b0930f4* p, Node_7b0930f4 t)
{
    wp::adj_atomic_add(&p->center_of_mass, t.center_of_mass);
    wp::adj_atomic_add(&p->mass, t.mass);
    wp::adj_atomic_add(&p->half_size, t.half_size);
    wp::adj_atomic_add(&p->first_child, t.first_child);
    wp::adj_atomic_add(&p->body, t.body);
}



// corpus/079_barnes_hut_leaves.py:21
static CUDA_CALLABLE wp::vec_t<3, wp::float32> point_accel_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_q,
    wp::float32 var_m,
    wp::float32 var_eps2)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    //---------
    // forward
    // def point_accel(p: wp.vec3, q: wp.vec3, m: float, eps2: float) -> wp.vec3:             <L 22>
    // r = q - p                                                                              <L 23>
    var_0 = wp::sub(var_q, var_p);
    // d2 = wp.dot(r, r) + eps2                                                               <L 24>
    var_1 = wp::dot(var_0, var_0);
    var_2 = wp::add(var_1, var_eps2);
    // return r * (m / (d2 * wp.sqrt(d2)))                                                    <L 25>
    var_3 = wp::sqrt(var_2);
    var_4 = wp::mul(var_2, var_3);
    var_5 = wp::div(var_m, var_4);
    var_6 = wp::mul(var_0, var_5);
    return var_6;
}


// corpus/079_barnes_hut_leaves.py:13
static CUDA_CALLABLE bool accept_0(
    Node_7b0930f4 var_node,
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_theta)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32>* var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    bool var_5;
    const bool var_6 = false;
    const wp::float32 var_7 = 2.0;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    bool var_12;
    //---------
    // forward
    // def accept(node: Node, p: wp.vec3, theta: float) -> bool:                              <L 14>
    // d = wp.length(node.center_of_mass - p)                                                 <L 15>
    var_0 = &(var_node.center_of_mass);
    var_2 = wp::load(var_0);
    var_1 = wp::sub(var_2, var_p);
    var_3 = wp::length(var_1);
    // if d <= 0.0:                                                                           <L 16>
    var_5 = (var_3 <= var_4);
    if (var_5) {
        // return False                                                                       <L 17>
        return var_6;
    }
    // return 2.0 * node.half_size / d < theta                                                <L 18>
    var_8 = &(var_node.half_size);
    var_10 = wp::load(var_8);
    var_9 = wp::mul(var_7, var_10);
    var_11 = wp::div(var_9, var_3);
    var_12 = (var_11 < var_theta);
    return var_12;
}


// corpus/079_barnes_hut_leaves.py:21
static CUDA_CALLABLE void adj_point_accel_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_q,
    wp::float32 var_m,
    wp::float32 var_eps2,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_q,
    wp::float32 & adj_m,
    wp::float32 & adj_eps2,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    //---------
    // forward
    // def point_accel(p: wp.vec3, q: wp.vec3, m: float, eps2: float) -> wp.vec3:             <L 22>
    // r = q - p                                                                              <L 23>
    var_0 = wp::sub(var_q, var_p);
    // d2 = wp.dot(r, r) + eps2                                                               <L 24>
    var_1 = wp::dot(var_0, var_0);
    var_2 = wp::add(var_1, var_eps2);
    // return r * (m / (d2 * wp.sqrt(d2)))                                                    <L 25>
    var_3 = wp::sqrt(var_2);
    var_4 = wp::mul(var_2, var_3);
    var_5 = wp::div(var_m, var_4);
    var_6 = wp::mul(var_0, var_5);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_6 += adj_ret;
    wp::adj_mul(var_0, var_5, adj_0, adj_5, adj_6);
    wp::adj_div(var_m, var_4, var_5, adj_m, adj_4, adj_5);
    wp::adj_mul(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_sqrt(var_2, var_3, adj_2, adj_3);
    // adj: return r * (m / (d2 * wp.sqrt(d2)))                                               <L 25>
    wp::adj_add(var_1, var_eps2, adj_1, adj_eps2, adj_2);
    wp::adj_dot(var_0, var_0, adj_0, adj_0, adj_1);
    // adj: d2 = wp.dot(r, r) + eps2                                                          <L 24>
    wp::adj_sub(var_q, var_p, adj_q, adj_p, adj_0);
    // adj: r = q - p                                                                         <L 23>
    // adj: def point_accel(p: wp.vec3, q: wp.vec3, m: float, eps2: float) -> wp.vec3:        <L 22>
    return;
}


// corpus/079_barnes_hut_leaves.py:13
static CUDA_CALLABLE void adj_accept_0(
    Node_7b0930f4 var_node,
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_theta,
    Node_7b0930f4 & adj_node,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_theta,
    bool & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32>* var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    bool var_5;
    const bool var_6 = false;
    const wp::float32 var_7 = 2.0;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    bool var_12;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    bool adj_5 = {};
    bool adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    bool adj_12 = {};
    //---------
    // forward
    // def accept(node: Node, p: wp.vec3, theta: float) -> bool:                              <L 14>
    // d = wp.length(node.center_of_mass - p)                                                 <L 15>
    var_0 = &(var_node.center_of_mass);
    var_2 = wp::load(var_0);
    var_1 = wp::sub(var_2, var_p);
    var_3 = wp::length(var_1);
    // if d <= 0.0:                                                                           <L 16>
    var_5 = (var_3 <= var_4);
    if (var_5) {
        // return False                                                                       <L 17>
        goto label0;
    }
    // return 2.0 * node.half_size / d < theta                                                <L 18>
    var_8 = &(var_node.half_size);
    var_10 = wp::load(var_8);
    var_9 = wp::mul(var_7, var_10);
    var_11 = wp::div(var_9, var_3);
    var_12 = (var_11 < var_theta);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_12 += adj_ret;
    wp::adj_div(var_9, var_3, var_11, adj_9, adj_3, adj_11);
    wp::adj_mul(var_7, var_10, adj_7, adj_8, adj_9);
    adj_node.half_size += adj_8;
    // adj: return 2.0 * node.half_size / d < theta                                           <L 18>
    if (var_5) {
        label0:;
        adj_6 += adj_ret;
        // adj: return False                                                                  <L 17>
    }
    // adj: if d <= 0.0:                                                                      <L 16>
    wp::adj_length(var_1, var_3, adj_1, adj_3);
    wp::adj_sub(var_2, var_p, adj_0, adj_p, adj_1);
    adj_node.center_of_mass += adj_0;
    // adj: d = wp.length(node.center_of_mass - p)                                            <L 15>
    // adj: def accept(node: Node, p: wp.vec3, theta: float) -> bool:                         <L 14>
    return;
}



extern "C" __global__ void traverse_e8551f72_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<Node_7b0930f4> var_nodes,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::float32 var_theta,
    wp::float32 var_eps,
    wp::array_t<wp::int32> var_stack,
    wp::array_t<wp::vec_t<3, wp::float32>> var_acc,
    wp::array_t<wp::int32> var_interactions)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::float32 var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        const wp::int32 var_10 = 0;
        wp::int32 var_11;
        const wp::int32 var_12 = 0;
        const wp::int32 var_13 = 0;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        const wp::int32 var_16 = 0;
        wp::int32 var_17;
        const wp::int32 var_18 = 0;
        bool var_19;
        const wp::int32 var_20 = 1;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        wp::int32* var_23;
        wp::int32 var_24;
        wp::int32 var_25;
        Node_7b0930f4* var_26;
        Node_7b0930f4 var_27;
        Node_7b0930f4 var_28;
        wp::float32* var_29;
        const wp::float32 var_30 = 0.0;
        bool var_31;
        wp::float32 var_32;
        wp::int32 var_33;
        wp::int32* var_34;
        const wp::int32 var_35 = 0;
        bool var_36;
        wp::int32 var_37;
        wp::int32* var_38;
        bool var_39;
        wp::int32 var_40;
        wp::vec_t<3, wp::float32>* var_41;
        wp::float32* var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::float32 var_45;
        wp::vec_t<3, wp::float32>* var_46;
        wp::float32* var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::float32 var_50;
        wp::vec_t<3, wp::float32> var_51;
        const wp::int32 var_52 = 1;
        const wp::int32 var_53 = 1;
        wp::int32 var_54;
        wp::vec_t<3, wp::float32> var_55;
        wp::int32 var_56;
        wp::int32 var_57;
        bool var_58;
        wp::vec_t<3, wp::float32>* var_59;
        wp::float32* var_60;
        wp::vec_t<3, wp::float32> var_61;
        wp::vec_t<3, wp::float32> var_62;
        wp::float32 var_63;
        wp::vec_t<3, wp::float32>* var_64;
        wp::float32* var_65;
        wp::vec_t<3, wp::float32> var_66;
        wp::vec_t<3, wp::float32> var_67;
        wp::float32 var_68;
        wp::vec_t<3, wp::float32> var_69;
        const wp::int32 var_70 = 1;
        const wp::int32 var_71 = 1;
        wp::int32 var_72;
        wp::int32 var_73;
        const wp::int32 var_74 = 0;
        bool var_75;
        wp::int32* var_76;
        wp::int32 var_77;
        wp::int32 var_78;
        const wp::int32 var_79 = 1;
        const wp::int32 var_80 = 1;
        wp::int32 var_81;
        wp::int32 var_82;
        const wp::int32 var_83 = 1;
        bool var_84;
        wp::int32* var_85;
        wp::int32 var_86;
        wp::int32 var_87;
        const wp::int32 var_88 = 1;
        const wp::int32 var_89 = 1;
        wp::int32 var_90;
        wp::int32 var_91;
        const wp::int32 var_92 = 2;
        bool var_93;
        wp::int32* var_94;
        wp::int32 var_95;
        wp::int32 var_96;
        const wp::int32 var_97 = 1;
        const wp::int32 var_98 = 1;
        wp::int32 var_99;
        wp::int32 var_100;
        const wp::int32 var_101 = 3;
        bool var_102;
        wp::int32* var_103;
        wp::int32 var_104;
        wp::int32 var_105;
        const wp::int32 var_106 = 1;
        const wp::int32 var_107 = 1;
        wp::int32 var_108;
        wp::int32 var_109;
        const wp::int32 var_110 = 4;
        bool var_111;
        wp::int32* var_112;
        wp::int32 var_113;
        wp::int32 var_114;
        const wp::int32 var_115 = 1;
        const wp::int32 var_116 = 1;
        wp::int32 var_117;
        wp::int32 var_118;
        const wp::int32 var_119 = 5;
        bool var_120;
        wp::int32* var_121;
        wp::int32 var_122;
        wp::int32 var_123;
        const wp::int32 var_124 = 1;
        const wp::int32 var_125 = 1;
        wp::int32 var_126;
        wp::int32 var_127;
        const wp::int32 var_128 = 6;
        bool var_129;
        wp::int32* var_130;
        wp::int32 var_131;
        wp::int32 var_132;
        const wp::int32 var_133 = 1;
        const wp::int32 var_134 = 1;
        wp::int32 var_135;
        wp::int32 var_136;
        const wp::int32 var_137 = 7;
        bool var_138;
        wp::int32* var_139;
        wp::int32 var_140;
        wp::int32 var_141;
        const wp::int32 var_142 = 1;
        const wp::int32 var_143 = 1;
        wp::int32 var_144;
        wp::int32 var_145;
        const wp::int32 var_146 = 0;
        wp::int32 var_147;
        //---------
        // forward
        // def traverse(                                                                          <L 29>
        // i = wp.tid()                                                                           <L 38>
        var_0 = builtin_tid1d();
        // p = pos[i]                                                                             <L 39>
        var_1 = wp::address(var_pos, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a = wp.vec3()                                                                          <L 40>
        var_4 = wp::vec_t<3, wp::float32>();
        // eps2 = eps * eps                                                                       <L 41>
        var_5 = wp::mul(var_eps, var_eps);
        // max_depth = stack.shape[1]                                                             <L 42>
        var_6 = &(var_stack.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // sp = int(0)                                                                            <L 43>
        var_11 = wp::int(var_10);
        // stack[i, 0] = 0                                                                        <L 44>
        wp::array_store(var_stack, var_0, var_13, var_12);
        // sp = int(1)                                                                            <L 45>
        var_15 = wp::int(var_14);
        // count = int(0)                                                                         <L 46>
        var_17 = wp::int(var_16);
        // while sp > 0:                                                                          <L 47>
        start_while_0:;
        var_19 = (var_15 > var_18);
        if ((var_19) == false) goto end_while_0;
            // sp -= 1                                                                            <L 48>
            var_22 = wp::sub(var_15, var_21);
            // n = stack[i, sp]                                                                   <L 49>
            var_23 = wp::address(var_stack, var_0, var_22);
            var_25 = wp::load(var_23);
            var_24 = wp::copy(var_25);
            // node = nodes[n]                                                                    <L 50>
            var_26 = wp::address(var_nodes, var_24);
            var_28 = wp::load(var_26);
            var_27 = wp::copy(var_28);
            // if node.mass == 0.0:                                                               <L 51>
            var_29 = &(var_27.mass);
            var_32 = wp::load(var_29);
            var_31 = (var_32 == var_30);
            if (var_31) {
                // continue                                                                       <L 52>
                wp::assign(var_15, var_22);
                goto start_while_0;
            }
            var_33 = wp::where(var_31, var_15, var_22);
            // if node.body >= 0:                                                                 <L 53>
            var_34 = &(var_27.body);
            var_37 = wp::load(var_34);
            var_36 = (var_37 >= var_35);
            if (var_36) {
                // if node.body != i:                                                             <L 54>
                var_38 = &(var_27.body);
                var_40 = wp::load(var_38);
                var_39 = (var_40 != var_0);
                if (var_39) {
                    // a += point_accel(p, node.center_of_mass, node.mass, eps2)                  <L 55>
                    var_41 = &(var_27.center_of_mass);
                    var_42 = &(var_27.mass);
                    var_44 = wp::load(var_41);
                    var_45 = wp::load(var_42);
                    var_43 = point_accel_0(var_2, var_44, var_45, var_5);
                    var_46 = &(var_27.center_of_mass);
                    var_47 = &(var_27.mass);
                    var_49 = wp::load(var_46);
                    var_50 = wp::load(var_47);
                    var_48 = point_accel_0(var_2, var_49, var_50, var_5);
                    var_51 = wp::add(var_4, var_48);
                    // count += 1                                                                 <L 56>
                    var_54 = wp::add(var_17, var_53);
                }
                var_55 = wp::where(var_39, var_51, var_4);
                var_56 = wp::where(var_39, var_54, var_17);
                // continue                                                                       <L 57>
                wp::assign(var_4, var_55);
                wp::assign(var_15, var_33);
                wp::assign(var_17, var_56);
                goto start_while_0;
            }
            var_57 = wp::where(var_36, var_15, var_33);
            // if accept(node, p, theta):                                                         <L 58>
            var_58 = accept_0(var_27, var_2, var_theta);
            if (var_58) {
                // a += point_accel(p, node.center_of_mass, node.mass, eps2)                      <L 59>
                var_59 = &(var_27.center_of_mass);
                var_60 = &(var_27.mass);
                var_62 = wp::load(var_59);
                var_63 = wp::load(var_60);
                var_61 = point_accel_0(var_2, var_62, var_63, var_5);
                var_64 = &(var_27.center_of_mass);
                var_65 = &(var_27.mass);
                var_67 = wp::load(var_64);
                var_68 = wp::load(var_65);
                var_66 = point_accel_0(var_2, var_67, var_68, var_5);
                var_69 = wp::add(var_4, var_66);
                // count += 1                                                                     <L 60>
                var_72 = wp::add(var_17, var_71);
                // continue                                                                       <L 61>
                wp::assign(var_4, var_69);
                wp::assign(var_15, var_57);
                wp::assign(var_17, var_72);
                goto start_while_0;
            }
            var_73 = wp::where(var_58, var_15, var_57);
            // for c in range(8):                                                                 <L 62>
            // if sp < max_depth:                                                                 <L 63>
            var_75 = (var_73 < var_8);
            if (var_75) {
                // stack[i, sp] = node.first_child + c                                            <L 64>
                var_76 = &(var_27.first_child);
                var_78 = wp::load(var_76);
                var_77 = wp::add(var_78, var_74);
                wp::array_store(var_stack, var_0, var_73, var_77);
                // sp += 1                                                                        <L 65>
                var_81 = wp::add(var_73, var_80);
            }
            var_82 = wp::where(var_75, var_81, var_73);
            // if sp < max_depth:                                                                 <L 63>
            var_84 = (var_82 < var_8);
            if (var_84) {
                // stack[i, sp] = node.first_child + c                                            <L 64>
                var_85 = &(var_27.first_child);
                var_87 = wp::load(var_85);
                var_86 = wp::add(var_87, var_83);
                wp::array_store(var_stack, var_0, var_82, var_86);
                // sp += 1                                                                        <L 65>
                var_90 = wp::add(var_82, var_89);
            }
            var_91 = wp::where(var_84, var_90, var_82);
            // if sp < max_depth:                                                                 <L 63>
            var_93 = (var_91 < var_8);
            if (var_93) {
                // stack[i, sp] = node.first_child + c                                            <L 64>
                var_94 = &(var_27.first_child);
                var_96 = wp::load(var_94);
                var_95 = wp::add(var_96, var_92);
                wp::array_store(var_stack, var_0, var_91, var_95);
                // sp += 1                                                                        <L 65>
                var_99 = wp::add(var_91, var_98);
            }
            var_100 = wp::where(var_93, var_99, var_91);
            // if sp < max_depth:                                                                 <L 63>
            var_102 = (var_100 < var_8);
            if (var_102) {
                // stack[i, sp] = node.first_child + c                                            <L 64>
                var_103 = &(var_27.first_child);
                var_105 = wp::load(var_103);
                var_104 = wp::add(var_105, var_101);
                wp::array_store(var_stack, var_0, var_100, var_104);
                // sp += 1                                                                        <L 65>
                var_108 = wp::add(var_100, var_107);
            }
            var_109 = wp::where(var_102, var_108, var_100);
            // if sp < max_depth:                                                                 <L 63>
            var_111 = (var_109 < var_8);
            if (var_111) {
                // stack[i, sp] = node.first_child + c                                            <L 64>
                var_112 = &(var_27.first_child);
                var_114 = wp::load(var_112);
                var_113 = wp::add(var_114, var_110);
                wp::array_store(var_stack, var_0, var_109, var_113);
                // sp += 1                                                                        <L 65>
                var_117 = wp::add(var_109, var_116);
            }
            var_118 = wp::where(var_111, var_117, var_109);
            // if sp < max_depth:                                                                 <L 63>
            var_120 = (var_118 < var_8);
            if (var_120) {
                // stack[i, sp] = node.first_child + c                                            <L 64>
                var_121 = &(var_27.first_child);
                var_123 = wp::load(var_121);
                var_122 = wp::add(var_123, var_119);
                wp::array_store(var_stack, var_0, var_118, var_122);
                // sp += 1                                                                        <L 65>
                var_126 = wp::add(var_118, var_125);
            }
            var_127 = wp::where(var_120, var_126, var_118);
            // if sp < max_depth:                                                                 <L 63>
            var_129 = (var_127 < var_8);
            if (var_129) {
                // stack[i, sp] = node.first_child + c                                            <L 64>
                var_130 = &(var_27.first_child);
                var_132 = wp::load(var_130);
                var_131 = wp::add(var_132, var_128);
                wp::array_store(var_stack, var_0, var_127, var_131);
                // sp += 1                                                                        <L 65>
                var_135 = wp::add(var_127, var_134);
            }
            var_136 = wp::where(var_129, var_135, var_127);
            // if sp < max_depth:                                                                 <L 63>
            var_138 = (var_136 < var_8);
            if (var_138) {
                // stack[i, sp] = node.first_child + c                                            <L 64>
                var_139 = &(var_27.first_child);
                var_141 = wp::load(var_139);
                var_140 = wp::add(var_141, var_137);
                wp::array_store(var_stack, var_0, var_136, var_140);
                // sp += 1                                                                        <L 65>
                var_144 = wp::add(var_136, var_143);
            }
            var_145 = wp::where(var_138, var_144, var_136);
            wp::assign(var_15, var_145);
        goto start_while_0;
        end_while_0:;
        // acc[i] = a                                                                             <L 66>
        wp::array_store(var_acc, var_0, var_4);
        // wp.atomic_add(interactions, 0, count)                                                  <L 67>
        var_147 = wp::atomic_add(var_interactions, var_146, var_17);
    }
}



extern "C" __global__ void traverse_e8551f72_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<Node_7b0930f4> var_nodes,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::float32 var_theta,
    wp::float32 var_eps,
    wp::array_t<wp::int32> var_stack,
    wp::array_t<wp::vec_t<3, wp::float32>> var_acc,
    wp::array_t<wp::int32> var_interactions,
    wp::array_t<Node_7b0930f4> adj_nodes,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pos,
    wp::float32 adj_theta,
    wp::float32 adj_eps,
    wp::array_t<wp::int32> adj_stack,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_acc,
    wp::array_t<wp::int32> adj_interactions)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::float32 var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        const wp::int32 var_10 = 0;
        wp::int32 var_11;
        const wp::int32 var_12 = 0;
        const wp::int32 var_13 = 0;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        const wp::int32 var_16 = 0;
        wp::int32 var_17;
        const wp::int32 var_18 = 0;
        bool var_19;
        const wp::int32 var_20 = 1;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        wp::int32* var_23;
        wp::int32 var_24;
        wp::int32 var_25;
        Node_7b0930f4* var_26;
        Node_7b0930f4 var_27;
        Node_7b0930f4 var_28;
        wp::float32* var_29;
        const wp::float32 var_30 = 0.0;
        bool var_31;
        wp::float32 var_32;
        wp::int32 var_33;
        wp::int32* var_34;
        const wp::int32 var_35 = 0;
        bool var_36;
        wp::int32 var_37;
        wp::int32* var_38;
        bool var_39;
        wp::int32 var_40;
        wp::vec_t<3, wp::float32>* var_41;
        wp::float32* var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::float32 var_45;
        wp::vec_t<3, wp::float32>* var_46;
        wp::float32* var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::float32 var_50;
        wp::vec_t<3, wp::float32> var_51;
        const wp::int32 var_52 = 1;
        const wp::int32 var_53 = 1;
        wp::int32 var_54;
        wp::vec_t<3, wp::float32> var_55;
        wp::int32 var_56;
        wp::int32 var_57;
        bool var_58;
        wp::vec_t<3, wp::float32>* var_59;
        wp::float32* var_60;
        wp::vec_t<3, wp::float32> var_61;
        wp::vec_t<3, wp::float32> var_62;
        wp::float32 var_63;
        wp::vec_t<3, wp::float32>* var_64;
        wp::float32* var_65;
        wp::vec_t<3, wp::float32> var_66;
        wp::vec_t<3, wp::float32> var_67;
        wp::float32 var_68;
        wp::vec_t<3, wp::float32> var_69;
        const wp::int32 var_70 = 1;
        const wp::int32 var_71 = 1;
        wp::int32 var_72;
        wp::int32 var_73;
        const wp::int32 var_74 = 0;
        bool var_75;
        wp::int32* var_76;
        wp::int32 var_77;
        wp::int32 var_78;
        const wp::int32 var_79 = 1;
        const wp::int32 var_80 = 1;
        wp::int32 var_81;
        wp::int32 var_82;
        const wp::int32 var_83 = 1;
        bool var_84;
        wp::int32* var_85;
        wp::int32 var_86;
        wp::int32 var_87;
        const wp::int32 var_88 = 1;
        const wp::int32 var_89 = 1;
        wp::int32 var_90;
        wp::int32 var_91;
        const wp::int32 var_92 = 2;
        bool var_93;
        wp::int32* var_94;
        wp::int32 var_95;
        wp::int32 var_96;
        const wp::int32 var_97 = 1;
        const wp::int32 var_98 = 1;
        wp::int32 var_99;
        wp::int32 var_100;
        const wp::int32 var_101 = 3;
        bool var_102;
        wp::int32* var_103;
        wp::int32 var_104;
        wp::int32 var_105;
        const wp::int32 var_106 = 1;
        const wp::int32 var_107 = 1;
        wp::int32 var_108;
        wp::int32 var_109;
        const wp::int32 var_110 = 4;
        bool var_111;
        wp::int32* var_112;
        wp::int32 var_113;
        wp::int32 var_114;
        const wp::int32 var_115 = 1;
        const wp::int32 var_116 = 1;
        wp::int32 var_117;
        wp::int32 var_118;
        const wp::int32 var_119 = 5;
        bool var_120;
        wp::int32* var_121;
        wp::int32 var_122;
        wp::int32 var_123;
        const wp::int32 var_124 = 1;
        const wp::int32 var_125 = 1;
        wp::int32 var_126;
        wp::int32 var_127;
        const wp::int32 var_128 = 6;
        bool var_129;
        wp::int32* var_130;
        wp::int32 var_131;
        wp::int32 var_132;
        const wp::int32 var_133 = 1;
        const wp::int32 var_134 = 1;
        wp::int32 var_135;
        wp::int32 var_136;
        const wp::int32 var_137 = 7;
        bool var_138;
        wp::int32* var_139;
        wp::int32 var_140;
        wp::int32 var_141;
        const wp::int32 var_142 = 1;
        const wp::int32 var_143 = 1;
        wp::int32 var_144;
        wp::int32 var_145;
        const wp::int32 var_146 = 0;
        wp::int32 var_147;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::shape_t adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        bool adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        Node_7b0930f4 adj_26 = {};
        Node_7b0930f4 adj_27 = {};
        Node_7b0930f4 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        bool adj_31 = {};
        wp::float32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        bool adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        bool adj_39 = {};
        wp::int32 adj_40 = {};
        wp::vec_t<3, wp::float32> adj_41 = {};
        wp::float32 adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        wp::vec_t<3, wp::float32> adj_44 = {};
        wp::float32 adj_45 = {};
        wp::vec_t<3, wp::float32> adj_46 = {};
        wp::float32 adj_47 = {};
        wp::vec_t<3, wp::float32> adj_48 = {};
        wp::vec_t<3, wp::float32> adj_49 = {};
        wp::float32 adj_50 = {};
        wp::vec_t<3, wp::float32> adj_51 = {};
        wp::int32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::int32 adj_54 = {};
        wp::vec_t<3, wp::float32> adj_55 = {};
        wp::int32 adj_56 = {};
        wp::int32 adj_57 = {};
        bool adj_58 = {};
        wp::vec_t<3, wp::float32> adj_59 = {};
        wp::float32 adj_60 = {};
        wp::vec_t<3, wp::float32> adj_61 = {};
        wp::vec_t<3, wp::float32> adj_62 = {};
        wp::float32 adj_63 = {};
        wp::vec_t<3, wp::float32> adj_64 = {};
        wp::float32 adj_65 = {};
        wp::vec_t<3, wp::float32> adj_66 = {};
        wp::vec_t<3, wp::float32> adj_67 = {};
        wp::float32 adj_68 = {};
        wp::vec_t<3, wp::float32> adj_69 = {};
        wp::int32 adj_70 = {};
        wp::int32 adj_71 = {};
        wp::int32 adj_72 = {};
        wp::int32 adj_73 = {};
        wp::int32 adj_74 = {};
        bool adj_75 = {};
        wp::int32 adj_76 = {};
        wp::int32 adj_77 = {};
        wp::int32 adj_78 = {};
        wp::int32 adj_79 = {};
        wp::int32 adj_80 = {};
        wp::int32 adj_81 = {};
        wp::int32 adj_82 = {};
        wp::int32 adj_83 = {};
        bool adj_84 = {};
        wp::int32 adj_85 = {};
        wp::int32 adj_86 = {};
        wp::int32 adj_87 = {};
        wp::int32 adj_88 = {};
        wp::int32 adj_89 = {};
        wp::int32 adj_90 = {};
        wp::int32 adj_91 = {};
        wp::int32 adj_92 = {};
        bool adj_93 = {};
        wp::int32 adj_94 = {};
        wp::int32 adj_95 = {};
        wp::int32 adj_96 = {};
        wp::int32 adj_97 = {};
        wp::int32 adj_98 = {};
        wp::int32 adj_99 = {};
        wp::int32 adj_100 = {};
        wp::int32 adj_101 = {};
        bool adj_102 = {};
        wp::int32 adj_103 = {};
        wp::int32 adj_104 = {};
        wp::int32 adj_105 = {};
        wp::int32 adj_106 = {};
        wp::int32 adj_107 = {};
        wp::int32 adj_108 = {};
        wp::int32 adj_109 = {};
        wp::int32 adj_110 = {};
        bool adj_111 = {};
        wp::int32 adj_112 = {};
        wp::int32 adj_113 = {};
        wp::int32 adj_114 = {};
        wp::int32 adj_115 = {};
        wp::int32 adj_116 = {};
        wp::int32 adj_117 = {};
        wp::int32 adj_118 = {};
        wp::int32 adj_119 = {};
        bool adj_120 = {};
        wp::int32 adj_121 = {};
        wp::int32 adj_122 = {};
        wp::int32 adj_123 = {};
        wp::int32 adj_124 = {};
        wp::int32 adj_125 = {};
        wp::int32 adj_126 = {};
        wp::int32 adj_127 = {};
        wp::int32 adj_128 = {};
        bool adj_129 = {};
        wp::int32 adj_130 = {};
        wp::int32 adj_131 = {};
        wp::int32 adj_132 = {};
        wp::int32 adj_133 = {};
        wp::int32 adj_134 = {};
        wp::int32 adj_135 = {};
        wp::int32 adj_136 = {};
        wp::int32 adj_137 = {};
        bool adj_138 = {};
        wp::int32 adj_139 = {};
        wp::int32 adj_140 = {};
        wp::int32 adj_141 = {};
        wp::int32 adj_142 = {};
        wp::int32 adj_143 = {};
        wp::int32 adj_144 = {};
        wp::int32 adj_145 = {};
        wp::int32 adj_146 = {};
        wp::int32 adj_147 = {};
        //---------
        // forward
        // def traverse(                                                                          <L 29>
        // i = wp.tid()                                                                           <L 38>
        var_0 = builtin_tid1d();
        // p = pos[i]                                                                             <L 39>
        var_1 = wp::address(var_pos, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a = wp.vec3()                                                                          <L 40>
        var_4 = wp::vec_t<3, wp::float32>();
        // eps2 = eps * eps                                                                       <L 41>
        var_5 = wp::mul(var_eps, var_eps);
        // max_depth = stack.shape[1]                                                             <L 42>
        var_6 = &(var_stack.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // sp = int(0)                                                                            <L 43>
        var_11 = wp::int(var_10);
        // stack[i, 0] = 0                                                                        <L 44>
        // wp::array_store(var_stack, var_0, var_13, var_12);
        // sp = int(1)                                                                            <L 45>
        var_15 = wp::int(var_14);
        // count = int(0)                                                                         <L 46>
        var_17 = wp::int(var_16);
        // while sp > 0:                                                                          <L 47>
        // acc[i] = a                                                                             <L 66>
        // wp::array_store(var_acc, var_0, var_4);
        // wp.atomic_add(interactions, 0, count)                                                  <L 67>
        // var_147 = wp::atomic_add(var_interactions, var_146, var_17);
        //---------
        // reverse
        wp::adj_atomic_add(var_interactions, var_146, var_17, adj_interactions, adj_146, adj_17, adj_147);
        // adj: wp.atomic_add(interactions, 0, count)                                             <L 67>
        wp::adj_array_store(var_acc, var_0, var_4, adj_acc, adj_0, adj_4);
        // adj: acc[i] = a                                                                        <L 66>
        start_while_0:;
        var_19 = (var_15 > var_18);
        if ((var_19) == false) goto end_while_0;
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
        adj_48 = {};
        adj_49 = {};
        adj_50 = {};
        adj_51 = {};
        adj_52 = {};
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
        adj_69 = {};
        adj_70 = {};
        adj_71 = {};
        adj_72 = {};
        adj_73 = {};
        adj_74 = {};
        adj_75 = {};
        adj_76 = {};
        adj_77 = {};
        adj_78 = {};
        adj_79 = {};
        adj_80 = {};
        adj_81 = {};
        adj_82 = {};
        adj_83 = {};
        adj_84 = {};
        adj_85 = {};
        adj_86 = {};
        adj_87 = {};
        adj_88 = {};
        adj_89 = {};
        adj_90 = {};
        adj_91 = {};
        adj_92 = {};
        adj_93 = {};
        adj_94 = {};
        adj_95 = {};
        adj_96 = {};
        adj_97 = {};
        adj_98 = {};
        adj_99 = {};
        adj_100 = {};
        adj_101 = {};
        adj_102 = {};
        adj_103 = {};
        adj_104 = {};
        adj_105 = {};
        adj_106 = {};
        adj_107 = {};
        adj_108 = {};
        adj_109 = {};
        adj_110 = {};
        adj_111 = {};
        adj_112 = {};
        adj_113 = {};
        adj_114 = {};
        adj_115 = {};
        adj_116 = {};
        adj_117 = {};
        adj_118 = {};
        adj_119 = {};
        adj_120 = {};
        adj_121 = {};
        adj_122 = {};
        adj_123 = {};
        adj_124 = {};
        adj_125 = {};
        adj_126 = {};
        adj_127 = {};
        adj_128 = {};
        adj_129 = {};
        adj_130 = {};
        adj_131 = {};
        adj_132 = {};
        adj_133 = {};
        adj_134 = {};
        adj_135 = {};
        adj_136 = {};
        adj_137 = {};
        adj_138 = {};
        adj_139 = {};
        adj_140 = {};
        adj_141 = {};
        adj_142 = {};
        adj_143 = {};
        adj_144 = {};
        adj_145 = {};
            // sp -= 1                                                                            <L 48>
            var_22 = wp::sub(var_15, var_21);
            // n = stack[i, sp]                                                                   <L 49>
            var_23 = wp::address(var_stack, var_0, var_22);
            var_25 = wp::load(var_23);
            var_24 = wp::copy(var_25);
            // node = nodes[n]                                                                    <L 50>
            var_26 = wp::address(var_nodes, var_24);
            var_28 = wp::load(var_26);
            var_27 = wp::copy(var_28);
            // if node.mass == 0.0:                                                               <L 51>
            var_29 = &(var_27.mass);
            var_32 = wp::load(var_29);
            var_31 = (var_32 == var_30);
            if (var_31) {
                // continue                                                                       <L 52>
                wp::assign(var_15, var_22);
                goto start_while_0;
            }
            var_33 = wp::where(var_31, var_15, var_22);
            // if node.body >= 0:                                                                 <L 53>
            var_34 = &(var_27.body);
            var_37 = wp::load(var_34);
            var_36 = (var_37 >= var_35);
            if (var_36) {
                // if node.body != i:                                                             <L 54>
                var_38 = &(var_27.body);
                var_40 = wp::load(var_38);
                var_39 = (var_40 != var_0);
                if (var_39) {
                    // a += point_accel(p, node.center_of_mass, node.mass, eps2)                  <L 55>
                    var_41 = &(var_27.center_of_mass);
                    var_42 = &(var_27.mass);
                    var_44 = wp::load(var_41);
                    var_45 = wp::load(var_42);
                    var_43 = point_accel_0(var_2, var_44, var_45, var_5);
                    var_46 = &(var_27.center_of_mass);
                    var_47 = &(var_27.mass);
                    var_49 = wp::load(var_46);
                    var_50 = wp::load(var_47);
                    var_48 = point_accel_0(var_2, var_49, var_50, var_5);
                    var_51 = wp::add(var_4, var_48);
                    // count += 1                                                                 <L 56>
                    var_54 = wp::add(var_17, var_53);
                }
                var_55 = wp::where(var_39, var_51, var_4);
                var_56 = wp::where(var_39, var_54, var_17);
                // continue                                                                       <L 57>
                wp::assign(var_4, var_55);
                wp::assign(var_15, var_33);
                wp::assign(var_17, var_56);
                goto start_while_0;
            }
            var_57 = wp::where(var_36, var_15, var_33);
            // if accept(node, p, theta):                                                         <L 58>
            var_58 = accept_0(var_27, var_2, var_theta);
            if (var_58) {
                // a += point_accel(p, node.center_of_mass, node.mass, eps2)                      <L 59>
                var_59 = &(var_27.center_of_mass);
                var_60 = &(var_27.mass);
                var_62 = wp::load(var_59);
                var_63 = wp::load(var_60);
                var_61 = point_accel_0(var_2, var_62, var_63, var_5);
                var_64 = &(var_27.center_of_mass);
                var_65 = &(var_27.mass);
                var_67 = wp::load(var_64);
                var_68 = wp::load(var_65);
                var_66 = point_accel_0(var_2, var_67, var_68, var_5);
                var_69 = wp::add(var_4, var_66);
                // count += 1                                                                     <L 60>
                var_72 = wp::add(var_17, var_71);
                // continue                                                                       <L 61>
                wp::assign(var_4, var_69);
                wp::assign(var_15, var_57);
                wp::assign(var_17, var_72);
                goto start_while_0;
            }
            var_73 = wp::where(var_58, var_15, var_57);
            // for c in range(8):                                                                 <L 62>
            // if sp < max_depth:                                                                 <L 63>
            var_75 = (var_73 < var_8);
            if (var_75) {
                // stack[i, sp] = node.first_child + c                                            <L 64>
                var_76 = &(var_27.first_child);
                var_78 = wp::load(var_76);
                var_77 = wp::add(var_78, var_74);
                // wp::array_store(var_stack, var_0, var_73, var_77);
                // sp += 1                                                                        <L 65>
                var_81 = wp::add(var_73, var_80);
            }
            var_82 = wp::where(var_75, var_81, var_73);
            // if sp < max_depth:                                                                 <L 63>
            var_84 = (var_82 < var_8);
            if (var_84) {
                // stack[i, sp] = node.first_child + c                                            <L 64>
                var_85 = &(var_27.first_child);
                var_87 = wp::load(var_85);
                var_86 = wp::add(var_87, var_83);
                // wp::array_store(var_stack, var_0, var_82, var_86);
                // sp += 1                                                                        <L 65>
                var_90 = wp::add(var_82, var_89);
            }
            var_91 = wp::where(var_84, var_90, var_82);
            // if sp < max_depth:                                                                 <L 63>
            var_93 = (var_91 < var_8);
            if (var_93) {
                // stack[i, sp] = node.first_child + c                                            <L 64>
                var_94 = &(var_27.first_child);
                var_96 = wp::load(var_94);
                var_95 = wp::add(var_96, var_92);
                // wp::array_store(var_stack, var_0, var_91, var_95);
                // sp += 1                                                                        <L 65>
                var_99 = wp::add(var_91, var_98);
            }
            var_100 = wp::where(var_93, var_99, var_91);
            // if sp < max_depth:                                                                 <L 63>
            var_102 = (var_100 < var_8);
            if (var_102) {
                // stack[i, sp] = node.first_child + c                                            <L 64>
                var_103 = &(var_27.first_child);
                var_105 = wp::load(var_103);
                var_104 = wp::add(var_105, var_101);
                // wp::array_store(var_stack, var_0, var_100, var_104);
                // sp += 1                                                                        <L 65>
                var_108 = wp::add(var_100, var_107);
            }
            var_109 = wp::where(var_102, var_108, var_100);
            // if sp < max_depth:                                                                 <L 63>
            var_111 = (var_109 < var_8);
            if (var_111) {
                // stack[i, sp] = node.first_child + c                                            <L 64>
                var_112 = &(var_27.first_child);
                var_114 = wp::load(var_112);
                var_113 = wp::add(var_114, var_110);
                // wp::array_store(var_stack, var_0, var_109, var_113);
                // sp += 1                                                                        <L 65>
                var_117 = wp::add(var_109, var_116);
            }
            var_118 = wp::where(var_111, var_117, var_109);
            // if sp < max_depth:                                                                 <L 63>
            var_120 = (var_118 < var_8);
            if (var_120) {
                // stack[i, sp] = node.first_child + c                                            <L 64>
                var_121 = &(var_27.first_child);
                var_123 = wp::load(var_121);
                var_122 = wp::add(var_123, var_119);
                // wp::array_store(var_stack, var_0, var_118, var_122);
                // sp += 1                                                                        <L 65>
                var_126 = wp::add(var_118, var_125);
            }
            var_127 = wp::where(var_120, var_126, var_118);
            // if sp < max_depth:                                                                 <L 63>
            var_129 = (var_127 < var_8);
            if (var_129) {
                // stack[i, sp] = node.first_child + c                                            <L 64>
                var_130 = &(var_27.first_child);
                var_132 = wp::load(var_130);
                var_131 = wp::add(var_132, var_128);
                // wp::array_store(var_stack, var_0, var_127, var_131);
                // sp += 1                                                                        <L 65>
                var_135 = wp::add(var_127, var_134);
            }
            var_136 = wp::where(var_129, var_135, var_127);
            // if sp < max_depth:                                                                 <L 63>
            var_138 = (var_136 < var_8);
            if (var_138) {
                // stack[i, sp] = node.first_child + c                                            <L 64>
                var_139 = &(var_27.first_child);
                var_141 = wp::load(var_139);
                var_140 = wp::add(var_141, var_137);
                // wp::array_store(var_stack, var_0, var_136, var_140);
                // sp += 1                                                                        <L 65>
                var_144 = wp::add(var_136, var_143);
            }
            var_145 = wp::where(var_138, var_144, var_136);
            wp::assign(var_15, var_145);
            wp::adj_assign(var_15, var_145, adj_15, adj_145);
            wp::adj_where(var_138, var_144, var_136, adj_138, adj_144, adj_136, adj_145);
            if (var_138) {
                wp::adj_add(var_136, var_143, adj_136, adj_143, adj_144);
                // adj: sp += 1                                                                   <L 65>
                wp::adj_array_store(var_stack, var_0, var_136, var_140, adj_stack, adj_0, adj_136, adj_140);
                wp::adj_add(var_141, var_137, adj_139, adj_137, adj_140);
                adj_27.first_child = adj_139;
                // adj: stack[i, sp] = node.first_child + c                                       <L 64>
            }
            // adj: if sp < max_depth:                                                            <L 63>
            wp::adj_where(var_129, var_135, var_127, adj_129, adj_135, adj_127, adj_136);
            if (var_129) {
                wp::adj_add(var_127, var_134, adj_127, adj_134, adj_135);
                // adj: sp += 1                                                                   <L 65>
                wp::adj_array_store(var_stack, var_0, var_127, var_131, adj_stack, adj_0, adj_127, adj_131);
                wp::adj_add(var_132, var_128, adj_130, adj_128, adj_131);
                adj_27.first_child = adj_130;
                // adj: stack[i, sp] = node.first_child + c                                       <L 64>
            }
            // adj: if sp < max_depth:                                                            <L 63>
            wp::adj_where(var_120, var_126, var_118, adj_120, adj_126, adj_118, adj_127);
            if (var_120) {
                wp::adj_add(var_118, var_125, adj_118, adj_125, adj_126);
                // adj: sp += 1                                                                   <L 65>
                wp::adj_array_store(var_stack, var_0, var_118, var_122, adj_stack, adj_0, adj_118, adj_122);
                wp::adj_add(var_123, var_119, adj_121, adj_119, adj_122);
                adj_27.first_child = adj_121;
                // adj: stack[i, sp] = node.first_child + c                                       <L 64>
            }
            // adj: if sp < max_depth:                                                            <L 63>
            wp::adj_where(var_111, var_117, var_109, adj_111, adj_117, adj_109, adj_118);
            if (var_111) {
                wp::adj_add(var_109, var_116, adj_109, adj_116, adj_117);
                // adj: sp += 1                                                                   <L 65>
                wp::adj_array_store(var_stack, var_0, var_109, var_113, adj_stack, adj_0, adj_109, adj_113);
                wp::adj_add(var_114, var_110, adj_112, adj_110, adj_113);
                adj_27.first_child = adj_112;
                // adj: stack[i, sp] = node.first_child + c                                       <L 64>
            }
            // adj: if sp < max_depth:                                                            <L 63>
            wp::adj_where(var_102, var_108, var_100, adj_102, adj_108, adj_100, adj_109);
            if (var_102) {
                wp::adj_add(var_100, var_107, adj_100, adj_107, adj_108);
                // adj: sp += 1                                                                   <L 65>
                wp::adj_array_store(var_stack, var_0, var_100, var_104, adj_stack, adj_0, adj_100, adj_104);
                wp::adj_add(var_105, var_101, adj_103, adj_101, adj_104);
                adj_27.first_child = adj_103;
                // adj: stack[i, sp] = node.first_child + c                                       <L 64>
            }
            // adj: if sp < max_depth:                                                            <L 63>
            wp::adj_where(var_93, var_99, var_91, adj_93, adj_99, adj_91, adj_100);
            if (var_93) {
                wp::adj_add(var_91, var_98, adj_91, adj_98, adj_99);
                // adj: sp += 1                                                                   <L 65>
                wp::adj_array_store(var_stack, var_0, var_91, var_95, adj_stack, adj_0, adj_91, adj_95);
                wp::adj_add(var_96, var_92, adj_94, adj_92, adj_95);
                adj_27.first_child = adj_94;
                // adj: stack[i, sp] = node.first_child + c                                       <L 64>
            }
            // adj: if sp < max_depth:                                                            <L 63>
            wp::adj_where(var_84, var_90, var_82, adj_84, adj_90, adj_82, adj_91);
            if (var_84) {
                wp::adj_add(var_82, var_89, adj_82, adj_89, adj_90);
                // adj: sp += 1                                                                   <L 65>
                wp::adj_array_store(var_stack, var_0, var_82, var_86, adj_stack, adj_0, adj_82, adj_86);
                wp::adj_add(var_87, var_83, adj_85, adj_83, adj_86);
                adj_27.first_child = adj_85;
                // adj: stack[i, sp] = node.first_child + c                                       <L 64>
            }
            // adj: if sp < max_depth:                                                            <L 63>
            wp::adj_where(var_75, var_81, var_73, adj_75, adj_81, adj_73, adj_82);
            if (var_75) {
                wp::adj_add(var_73, var_80, adj_73, adj_80, adj_81);
                // adj: sp += 1                                                                   <L 65>
                wp::adj_array_store(var_stack, var_0, var_73, var_77, adj_stack, adj_0, adj_73, adj_77);
                wp::adj_add(var_78, var_74, adj_76, adj_74, adj_77);
                adj_27.first_child = adj_76;
                // adj: stack[i, sp] = node.first_child + c                                       <L 64>
            }
            // adj: if sp < max_depth:                                                            <L 63>
            // adj: for c in range(8):                                                            <L 62>
            wp::adj_where(var_58, var_15, var_57, adj_58, adj_15, adj_57, adj_73);
            if (var_58) {
                wp::adj_assign(var_17, var_72, adj_17, adj_72);
                wp::adj_assign(var_15, var_57, adj_15, adj_57);
                wp::adj_assign(var_4, var_69, adj_4, adj_69);
                // adj: continue                                                                  <L 61>
                wp::adj_add(var_17, var_71, adj_17, adj_71, adj_72);
                // adj: count += 1                                                                <L 60>
                wp::adj_add(var_4, var_66, adj_4, adj_66, adj_69);
                adj_point_accel_0(var_2, var_67, var_68, var_5, adj_2, adj_64, adj_65, adj_5, adj_66);
                adj_27.mass += adj_65;
                adj_27.center_of_mass += adj_64;
                adj_point_accel_0(var_2, var_62, var_63, var_5, adj_2, adj_59, adj_60, adj_5, adj_61);
                adj_27.mass += adj_60;
                adj_27.center_of_mass += adj_59;
                // adj: a += point_accel(p, node.center_of_mass, node.mass, eps2)                 <L 59>
            }
            adj_accept_0(var_27, var_2, var_theta, adj_27, adj_2, adj_theta, adj_58);
            // adj: if accept(node, p, theta):                                                    <L 58>
            wp::adj_where(var_36, var_15, var_33, adj_36, adj_15, adj_33, adj_57);
            if (var_36) {
                wp::adj_assign(var_17, var_56, adj_17, adj_56);
                wp::adj_assign(var_15, var_33, adj_15, adj_33);
                wp::adj_assign(var_4, var_55, adj_4, adj_55);
                // adj: continue                                                                  <L 57>
                wp::adj_where(var_39, var_54, var_17, adj_39, adj_54, adj_17, adj_56);
                wp::adj_where(var_39, var_51, var_4, adj_39, adj_51, adj_4, adj_55);
                if (var_39) {
                    wp::adj_add(var_17, var_53, adj_17, adj_53, adj_54);
                    // adj: count += 1                                                            <L 56>
                    wp::adj_add(var_4, var_48, adj_4, adj_48, adj_51);
                    adj_point_accel_0(var_2, var_49, var_50, var_5, adj_2, adj_46, adj_47, adj_5, adj_48);
                    adj_27.mass += adj_47;
                    adj_27.center_of_mass += adj_46;
                    adj_point_accel_0(var_2, var_44, var_45, var_5, adj_2, adj_41, adj_42, adj_5, adj_43);
                    adj_27.mass += adj_42;
                    adj_27.center_of_mass += adj_41;
                    // adj: a += point_accel(p, node.center_of_mass, node.mass, eps2)             <L 55>
                }
                adj_27.body = adj_38;
                // adj: if node.body != i:                                                        <L 54>
            }
            adj_27.body = adj_34;
            // adj: if node.body >= 0:                                                            <L 53>
            wp::adj_where(var_31, var_15, var_22, adj_31, adj_15, adj_22, adj_33);
            if (var_31) {
                wp::adj_assign(var_15, var_22, adj_15, adj_22);
                // adj: continue                                                                  <L 52>
            }
            adj_27.mass += adj_29;
            // adj: if node.mass == 0.0:                                                          <L 51>
            wp::adj_copy(var_28, adj_26, adj_27);
            wp::adj_address(var_nodes, var_24, adj_nodes, adj_24, adj_26);
            // adj: node = nodes[n]                                                               <L 50>
            wp::adj_copy(var_25, adj_23, adj_24);
            wp::adj_address(var_stack, var_0, var_22, adj_stack, adj_0, adj_22, adj_23);
            // adj: n = stack[i, sp]                                                              <L 49>
            wp::adj_sub(var_15, var_21, adj_15, adj_21, adj_22);
            // adj: sp -= 1                                                                       <L 48>
        goto start_while_0;
        end_while_0:;
        // adj: while sp > 0:                                                                     <L 47>
        wp::adj_int(var_16, adj_16, adj_17);
        // adj: count = int(0)                                                                    <L 46>
        wp::adj_int(var_14, adj_14, adj_15);
        // adj: sp = int(1)                                                                       <L 45>
        wp::adj_array_store(var_stack, var_0, var_13, var_12, adj_stack, adj_0, adj_13, adj_12);
        // adj: stack[i, 0] = 0                                                                   <L 44>
        wp::adj_int(var_10, adj_10, adj_11);
        // adj: sp = int(0)                                                                       <L 43>
        wp::adj_extract(var_9, var_7, adj_6, adj_7, adj_8);
        adj_stack.shape = adj_6;
        // adj: max_depth = stack.shape[1]                                                        <L 42>
        wp::adj_mul(var_eps, var_eps, adj_eps, adj_eps, adj_5);
        // adj: eps2 = eps * eps                                                                  <L 41>
        // adj: a = wp.vec3()                                                                     <L 40>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_pos, var_0, adj_pos, adj_0, adj_1);
        // adj: p = pos[i]                                                                        <L 39>
        // adj: i = wp.tid()                                                                      <L 38>
        // adj: def traverse(                                                                     <L 29>
        continue;
    }
}



extern "C" __global__ void summarize_children_bd0f18bc_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<Node_7b0930f4> var_nodes,
    wp::int32 var_level_start,
    wp::int32 var_level_count)
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
        bool var_1;
        wp::int32 var_2;
        Node_7b0930f4* var_3;
        Node_7b0930f4 var_4;
        Node_7b0930f4 var_5;
        wp::int32* var_6;
        const wp::int32 var_7 = 0;
        bool var_8;
        wp::int32 var_9;
        wp::int32* var_10;
        const wp::int32 var_11 = 0;
        bool var_12;
        wp::int32 var_13;
        bool var_14;
        const wp::float32 var_15 = 0.0;
        wp::float32 var_16;
        wp::vec_t<3, wp::float32> var_17;
        const wp::int32 var_18 = 0;
        wp::int32* var_19;
        wp::int32 var_20;
        wp::int32 var_21;
        Node_7b0930f4* var_22;
        Node_7b0930f4 var_23;
        Node_7b0930f4 var_24;
        wp::float32* var_25;
        wp::float32* var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::vec_t<3, wp::float32>* var_29;
        wp::float32* var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::float32 var_33;
        wp::vec_t<3, wp::float32>* var_34;
        wp::float32* var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::float32 var_38;
        wp::vec_t<3, wp::float32> var_39;
        const wp::int32 var_40 = 1;
        wp::int32* var_41;
        wp::int32 var_42;
        wp::int32 var_43;
        Node_7b0930f4* var_44;
        Node_7b0930f4 var_45;
        Node_7b0930f4 var_46;
        wp::float32* var_47;
        wp::float32* var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::vec_t<3, wp::float32>* var_51;
        wp::float32* var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::float32 var_55;
        wp::vec_t<3, wp::float32>* var_56;
        wp::float32* var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::vec_t<3, wp::float32> var_59;
        wp::float32 var_60;
        wp::vec_t<3, wp::float32> var_61;
        const wp::int32 var_62 = 2;
        wp::int32* var_63;
        wp::int32 var_64;
        wp::int32 var_65;
        Node_7b0930f4* var_66;
        Node_7b0930f4 var_67;
        Node_7b0930f4 var_68;
        wp::float32* var_69;
        wp::float32* var_70;
        wp::float32 var_71;
        wp::float32 var_72;
        wp::vec_t<3, wp::float32>* var_73;
        wp::float32* var_74;
        wp::vec_t<3, wp::float32> var_75;
        wp::vec_t<3, wp::float32> var_76;
        wp::float32 var_77;
        wp::vec_t<3, wp::float32>* var_78;
        wp::float32* var_79;
        wp::vec_t<3, wp::float32> var_80;
        wp::vec_t<3, wp::float32> var_81;
        wp::float32 var_82;
        wp::vec_t<3, wp::float32> var_83;
        const wp::int32 var_84 = 3;
        wp::int32* var_85;
        wp::int32 var_86;
        wp::int32 var_87;
        Node_7b0930f4* var_88;
        Node_7b0930f4 var_89;
        Node_7b0930f4 var_90;
        wp::float32* var_91;
        wp::float32* var_92;
        wp::float32 var_93;
        wp::float32 var_94;
        wp::vec_t<3, wp::float32>* var_95;
        wp::float32* var_96;
        wp::vec_t<3, wp::float32> var_97;
        wp::vec_t<3, wp::float32> var_98;
        wp::float32 var_99;
        wp::vec_t<3, wp::float32>* var_100;
        wp::float32* var_101;
        wp::vec_t<3, wp::float32> var_102;
        wp::vec_t<3, wp::float32> var_103;
        wp::float32 var_104;
        wp::vec_t<3, wp::float32> var_105;
        const wp::int32 var_106 = 4;
        wp::int32* var_107;
        wp::int32 var_108;
        wp::int32 var_109;
        Node_7b0930f4* var_110;
        Node_7b0930f4 var_111;
        Node_7b0930f4 var_112;
        wp::float32* var_113;
        wp::float32* var_114;
        wp::float32 var_115;
        wp::float32 var_116;
        wp::vec_t<3, wp::float32>* var_117;
        wp::float32* var_118;
        wp::vec_t<3, wp::float32> var_119;
        wp::vec_t<3, wp::float32> var_120;
        wp::float32 var_121;
        wp::vec_t<3, wp::float32>* var_122;
        wp::float32* var_123;
        wp::vec_t<3, wp::float32> var_124;
        wp::vec_t<3, wp::float32> var_125;
        wp::float32 var_126;
        wp::vec_t<3, wp::float32> var_127;
        const wp::int32 var_128 = 5;
        wp::int32* var_129;
        wp::int32 var_130;
        wp::int32 var_131;
        Node_7b0930f4* var_132;
        Node_7b0930f4 var_133;
        Node_7b0930f4 var_134;
        wp::float32* var_135;
        wp::float32* var_136;
        wp::float32 var_137;
        wp::float32 var_138;
        wp::vec_t<3, wp::float32>* var_139;
        wp::float32* var_140;
        wp::vec_t<3, wp::float32> var_141;
        wp::vec_t<3, wp::float32> var_142;
        wp::float32 var_143;
        wp::vec_t<3, wp::float32>* var_144;
        wp::float32* var_145;
        wp::vec_t<3, wp::float32> var_146;
        wp::vec_t<3, wp::float32> var_147;
        wp::float32 var_148;
        wp::vec_t<3, wp::float32> var_149;
        const wp::int32 var_150 = 6;
        wp::int32* var_151;
        wp::int32 var_152;
        wp::int32 var_153;
        Node_7b0930f4* var_154;
        Node_7b0930f4 var_155;
        Node_7b0930f4 var_156;
        wp::float32* var_157;
        wp::float32* var_158;
        wp::float32 var_159;
        wp::float32 var_160;
        wp::vec_t<3, wp::float32>* var_161;
        wp::float32* var_162;
        wp::vec_t<3, wp::float32> var_163;
        wp::vec_t<3, wp::float32> var_164;
        wp::float32 var_165;
        wp::vec_t<3, wp::float32>* var_166;
        wp::float32* var_167;
        wp::vec_t<3, wp::float32> var_168;
        wp::vec_t<3, wp::float32> var_169;
        wp::float32 var_170;
        wp::vec_t<3, wp::float32> var_171;
        const wp::int32 var_172 = 7;
        wp::int32* var_173;
        wp::int32 var_174;
        wp::int32 var_175;
        Node_7b0930f4* var_176;
        Node_7b0930f4 var_177;
        Node_7b0930f4 var_178;
        wp::float32* var_179;
        wp::float32* var_180;
        wp::float32 var_181;
        wp::float32 var_182;
        wp::vec_t<3, wp::float32>* var_183;
        wp::float32* var_184;
        wp::vec_t<3, wp::float32> var_185;
        wp::vec_t<3, wp::float32> var_186;
        wp::float32 var_187;
        wp::vec_t<3, wp::float32>* var_188;
        wp::float32* var_189;
        wp::vec_t<3, wp::float32> var_190;
        wp::vec_t<3, wp::float32> var_191;
        wp::float32 var_192;
        wp::vec_t<3, wp::float32> var_193;
        wp::float32* var_194;
        const wp::float32 var_195 = 0.0;
        bool var_196;
        wp::vec_t<3, wp::float32> var_197;
        wp::vec_t<3, wp::float32>* var_198;
        //---------
        // forward
        // def summarize_children(nodes: wp.array(dtype=Node), level_start: int, level_count: int):       <L 71>
        // k = wp.tid()                                                                           <L 72>
        var_0 = builtin_tid1d();
        // if k >= level_count:                                                                   <L 73>
        var_1 = (var_0 >= var_level_count);
        if (var_1) {
            // return                                                                             <L 74>
            continue;
        }
        // n = level_start + k                                                                    <L 75>
        var_2 = wp::add(var_level_start, var_0);
        // node = nodes[n]                                                                        <L 76>
        var_3 = wp::address(var_nodes, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // if node.body >= 0 or node.first_child < 0:                                             <L 77>
        var_6 = &(var_4.body);
        var_9 = wp::load(var_6);
        var_8 = (var_9 >= var_7);
        var_10 = &(var_4.first_child);
        var_13 = wp::load(var_10);
        var_12 = (var_13 < var_11);
        var_14 = var_8 || var_12;
        if (var_14) {
            // return                                                                             <L 78>
            continue;
        }
        // m = float(0.0)                                                                         <L 79>
        var_16 = wp::float(var_15);
        // com = wp.vec3()                                                                        <L 80>
        var_17 = wp::vec_t<3, wp::float32>();
        // for c in range(8):                                                                     <L 81>
        // child = nodes[node.first_child + c]                                                    <L 82>
        var_19 = &(var_4.first_child);
        var_21 = wp::load(var_19);
        var_20 = wp::add(var_21, var_18);
        var_22 = wp::address(var_nodes, var_20);
        var_24 = wp::load(var_22);
        var_23 = wp::copy(var_24);
        // m += child.mass                                                                        <L 83>
        var_25 = &(var_23.mass);
        var_26 = &(var_23.mass);
        var_28 = wp::load(var_26);
        var_27 = wp::add(var_16, var_28);
        // com += child.center_of_mass * child.mass                                               <L 84>
        var_29 = &(var_23.center_of_mass);
        var_30 = &(var_23.mass);
        var_32 = wp::load(var_29);
        var_33 = wp::load(var_30);
        var_31 = wp::mul(var_32, var_33);
        var_34 = &(var_23.center_of_mass);
        var_35 = &(var_23.mass);
        var_37 = wp::load(var_34);
        var_38 = wp::load(var_35);
        var_36 = wp::mul(var_37, var_38);
        var_39 = wp::add(var_17, var_36);
        // child = nodes[node.first_child + c]                                                    <L 82>
        var_41 = &(var_4.first_child);
        var_43 = wp::load(var_41);
        var_42 = wp::add(var_43, var_40);
        var_44 = wp::address(var_nodes, var_42);
        var_46 = wp::load(var_44);
        var_45 = wp::copy(var_46);
        // m += child.mass                                                                        <L 83>
        var_47 = &(var_45.mass);
        var_48 = &(var_45.mass);
        var_50 = wp::load(var_48);
        var_49 = wp::add(var_27, var_50);
        // com += child.center_of_mass * child.mass                                               <L 84>
        var_51 = &(var_45.center_of_mass);
        var_52 = &(var_45.mass);
        var_54 = wp::load(var_51);
        var_55 = wp::load(var_52);
        var_53 = wp::mul(var_54, var_55);
        var_56 = &(var_45.center_of_mass);
        var_57 = &(var_45.mass);
        var_59 = wp::load(var_56);
        var_60 = wp::load(var_57);
        var_58 = wp::mul(var_59, var_60);
        var_61 = wp::add(var_39, var_58);
        // child = nodes[node.first_child + c]                                                    <L 82>
        var_63 = &(var_4.first_child);
        var_65 = wp::load(var_63);
        var_64 = wp::add(var_65, var_62);
        var_66 = wp::address(var_nodes, var_64);
        var_68 = wp::load(var_66);
        var_67 = wp::copy(var_68);
        // m += child.mass                                                                        <L 83>
        var_69 = &(var_67.mass);
        var_70 = &(var_67.mass);
        var_72 = wp::load(var_70);
        var_71 = wp::add(var_49, var_72);
        // com += child.center_of_mass * child.mass                                               <L 84>
        var_73 = &(var_67.center_of_mass);
        var_74 = &(var_67.mass);
        var_76 = wp::load(var_73);
        var_77 = wp::load(var_74);
        var_75 = wp::mul(var_76, var_77);
        var_78 = &(var_67.center_of_mass);
        var_79 = &(var_67.mass);
        var_81 = wp::load(var_78);
        var_82 = wp::load(var_79);
        var_80 = wp::mul(var_81, var_82);
        var_83 = wp::add(var_61, var_80);
        // child = nodes[node.first_child + c]                                                    <L 82>
        var_85 = &(var_4.first_child);
        var_87 = wp::load(var_85);
        var_86 = wp::add(var_87, var_84);
        var_88 = wp::address(var_nodes, var_86);
        var_90 = wp::load(var_88);
        var_89 = wp::copy(var_90);
        // m += child.mass                                                                        <L 83>
        var_91 = &(var_89.mass);
        var_92 = &(var_89.mass);
        var_94 = wp::load(var_92);
        var_93 = wp::add(var_71, var_94);
        // com += child.center_of_mass * child.mass                                               <L 84>
        var_95 = &(var_89.center_of_mass);
        var_96 = &(var_89.mass);
        var_98 = wp::load(var_95);
        var_99 = wp::load(var_96);
        var_97 = wp::mul(var_98, var_99);
        var_100 = &(var_89.center_of_mass);
        var_101 = &(var_89.mass);
        var_103 = wp::load(var_100);
        var_104 = wp::load(var_101);
        var_102 = wp::mul(var_103, var_104);
        var_105 = wp::add(var_83, var_102);
        // child = nodes[node.first_child + c]                                                    <L 82>
        var_107 = &(var_4.first_child);
        var_109 = wp::load(var_107);
        var_108 = wp::add(var_109, var_106);
        var_110 = wp::address(var_nodes, var_108);
        var_112 = wp::load(var_110);
        var_111 = wp::copy(var_112);
        // m += child.mass                                                                        <L 83>
        var_113 = &(var_111.mass);
        var_114 = &(var_111.mass);
        var_116 = wp::load(var_114);
        var_115 = wp::add(var_93, var_116);
        // com += child.center_of_mass * child.mass                                               <L 84>
        var_117 = &(var_111.center_of_mass);
        var_118 = &(var_111.mass);
        var_120 = wp::load(var_117);
        var_121 = wp::load(var_118);
        var_119 = wp::mul(var_120, var_121);
        var_122 = &(var_111.center_of_mass);
        var_123 = &(var_111.mass);
        var_125 = wp::load(var_122);
        var_126 = wp::load(var_123);
        var_124 = wp::mul(var_125, var_126);
        var_127 = wp::add(var_105, var_124);
        // child = nodes[node.first_child + c]                                                    <L 82>
        var_129 = &(var_4.first_child);
        var_131 = wp::load(var_129);
        var_130 = wp::add(var_131, var_128);
        var_132 = wp::address(var_nodes, var_130);
        var_134 = wp::load(var_132);
        var_133 = wp::copy(var_134);
        // m += child.mass                                                                        <L 83>
        var_135 = &(var_133.mass);
        var_136 = &(var_133.mass);
        var_138 = wp::load(var_136);
        var_137 = wp::add(var_115, var_138);
        // com += child.center_of_mass * child.mass                                               <L 84>
        var_139 = &(var_133.center_of_mass);
        var_140 = &(var_133.mass);
        var_142 = wp::load(var_139);
        var_143 = wp::load(var_140);
        var_141 = wp::mul(var_142, var_143);
        var_144 = &(var_133.center_of_mass);
        var_145 = &(var_133.mass);
        var_147 = wp::load(var_144);
        var_148 = wp::load(var_145);
        var_146 = wp::mul(var_147, var_148);
        var_149 = wp::add(var_127, var_146);
        // child = nodes[node.first_child + c]                                                    <L 82>
        var_151 = &(var_4.first_child);
        var_153 = wp::load(var_151);
        var_152 = wp::add(var_153, var_150);
        var_154 = wp::address(var_nodes, var_152);
        var_156 = wp::load(var_154);
        var_155 = wp::copy(var_156);
        // m += child.mass                                                                        <L 83>
        var_157 = &(var_155.mass);
        var_158 = &(var_155.mass);
        var_160 = wp::load(var_158);
        var_159 = wp::add(var_137, var_160);
        // com += child.center_of_mass * child.mass                                               <L 84>
        var_161 = &(var_155.center_of_mass);
        var_162 = &(var_155.mass);
        var_164 = wp::load(var_161);
        var_165 = wp::load(var_162);
        var_163 = wp::mul(var_164, var_165);
        var_166 = &(var_155.center_of_mass);
        var_167 = &(var_155.mass);
        var_169 = wp::load(var_166);
        var_170 = wp::load(var_167);
        var_168 = wp::mul(var_169, var_170);
        var_171 = wp::add(var_149, var_168);
        // child = nodes[node.first_child + c]                                                    <L 82>
        var_173 = &(var_4.first_child);
        var_175 = wp::load(var_173);
        var_174 = wp::add(var_175, var_172);
        var_176 = wp::address(var_nodes, var_174);
        var_178 = wp::load(var_176);
        var_177 = wp::copy(var_178);
        // m += child.mass                                                                        <L 83>
        var_179 = &(var_177.mass);
        var_180 = &(var_177.mass);
        var_182 = wp::load(var_180);
        var_181 = wp::add(var_159, var_182);
        // com += child.center_of_mass * child.mass                                               <L 84>
        var_183 = &(var_177.center_of_mass);
        var_184 = &(var_177.mass);
        var_186 = wp::load(var_183);
        var_187 = wp::load(var_184);
        var_185 = wp::mul(var_186, var_187);
        var_188 = &(var_177.center_of_mass);
        var_189 = &(var_177.mass);
        var_191 = wp::load(var_188);
        var_192 = wp::load(var_189);
        var_190 = wp::mul(var_191, var_192);
        var_193 = wp::add(var_171, var_190);
        // node.mass = m                                                                          <L 85>
        var_194 = &(var_4.mass);
        wp::store(var_194, var_181);
        // if m > 0.0:                                                                            <L 86>
        var_196 = (var_181 > var_195);
        if (var_196) {
            // node.center_of_mass = com / m                                                      <L 87>
            var_197 = wp::div(var_193, var_181);
            var_198 = &(var_4.center_of_mass);
            wp::store(var_198, var_197);
        }
        // nodes[n] = node                                                                        <L 88>
        wp::array_store(var_nodes, var_2, var_4);
    }
}



extern "C" __global__ void summarize_children_bd0f18bc_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<Node_7b0930f4> var_nodes,
    wp::int32 var_level_start,
    wp::int32 var_level_count,
    wp::array_t<Node_7b0930f4> adj_nodes,
    wp::int32 adj_level_start,
    wp::int32 adj_level_count)
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
        bool var_1;
        wp::int32 var_2;
        Node_7b0930f4* var_3;
        Node_7b0930f4 var_4;
        Node_7b0930f4 var_5;
        wp::int32* var_6;
        const wp::int32 var_7 = 0;
        bool var_8;
        wp::int32 var_9;
        wp::int32* var_10;
        const wp::int32 var_11 = 0;
        bool var_12;
        wp::int32 var_13;
        bool var_14;
        const wp::float32 var_15 = 0.0;
        wp::float32 var_16;
        wp::vec_t<3, wp::float32> var_17;
        const wp::int32 var_18 = 0;
        wp::int32* var_19;
        wp::int32 var_20;
        wp::int32 var_21;
        Node_7b0930f4* var_22;
        Node_7b0930f4 var_23;
        Node_7b0930f4 var_24;
        wp::float32* var_25;
        wp::float32* var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::vec_t<3, wp::float32>* var_29;
        wp::float32* var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::float32 var_33;
        wp::vec_t<3, wp::float32>* var_34;
        wp::float32* var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::float32 var_38;
        wp::vec_t<3, wp::float32> var_39;
        const wp::int32 var_40 = 1;
        wp::int32* var_41;
        wp::int32 var_42;
        wp::int32 var_43;
        Node_7b0930f4* var_44;
        Node_7b0930f4 var_45;
        Node_7b0930f4 var_46;
        wp::float32* var_47;
        wp::float32* var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::vec_t<3, wp::float32>* var_51;
        wp::float32* var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::float32 var_55;
        wp::vec_t<3, wp::float32>* var_56;
        wp::float32* var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::vec_t<3, wp::float32> var_59;
        wp::float32 var_60;
        wp::vec_t<3, wp::float32> var_61;
        const wp::int32 var_62 = 2;
        wp::int32* var_63;
        wp::int32 var_64;
        wp::int32 var_65;
        Node_7b0930f4* var_66;
        Node_7b0930f4 var_67;
        Node_7b0930f4 var_68;
        wp::float32* var_69;
        wp::float32* var_70;
        wp::float32 var_71;
        wp::float32 var_72;
        wp::vec_t<3, wp::float32>* var_73;
        wp::float32* var_74;
        wp::vec_t<3, wp::float32> var_75;
        wp::vec_t<3, wp::float32> var_76;
        wp::float32 var_77;
        wp::vec_t<3, wp::float32>* var_78;
        wp::float32* var_79;
        wp::vec_t<3, wp::float32> var_80;
        wp::vec_t<3, wp::float32> var_81;
        wp::float32 var_82;
        wp::vec_t<3, wp::float32> var_83;
        const wp::int32 var_84 = 3;
        wp::int32* var_85;
        wp::int32 var_86;
        wp::int32 var_87;
        Node_7b0930f4* var_88;
        Node_7b0930f4 var_89;
        Node_7b0930f4 var_90;
        wp::float32* var_91;
        wp::float32* var_92;
        wp::float32 var_93;
        wp::float32 var_94;
        wp::vec_t<3, wp::float32>* var_95;
        wp::float32* var_96;
        wp::vec_t<3, wp::float32> var_97;
        wp::vec_t<3, wp::float32> var_98;
        wp::float32 var_99;
        wp::vec_t<3, wp::float32>* var_100;
        wp::float32* var_101;
        wp::vec_t<3, wp::float32> var_102;
        wp::vec_t<3, wp::float32> var_103;
        wp::float32 var_104;
        wp::vec_t<3, wp::float32> var_105;
        const wp::int32 var_106 = 4;
        wp::int32* var_107;
        wp::int32 var_108;
        wp::int32 var_109;
        Node_7b0930f4* var_110;
        Node_7b0930f4 var_111;
        Node_7b0930f4 var_112;
        wp::float32* var_113;
        wp::float32* var_114;
        wp::float32 var_115;
        wp::float32 var_116;
        wp::vec_t<3, wp::float32>* var_117;
        wp::float32* var_118;
        wp::vec_t<3, wp::float32> var_119;
        wp::vec_t<3, wp::float32> var_120;
        wp::float32 var_121;
        wp::vec_t<3, wp::float32>* var_122;
        wp::float32* var_123;
        wp::vec_t<3, wp::float32> var_124;
        wp::vec_t<3, wp::float32> var_125;
        wp::float32 var_126;
        wp::vec_t<3, wp::float32> var_127;
        const wp::int32 var_128 = 5;
        wp::int32* var_129;
        wp::int32 var_130;
        wp::int32 var_131;
        Node_7b0930f4* var_132;
        Node_7b0930f4 var_133;
        Node_7b0930f4 var_134;
        wp::float32* var_135;
        wp::float32* var_136;
        wp::float32 var_137;
        wp::float32 var_138;
        wp::vec_t<3, wp::float32>* var_139;
        wp::float32* var_140;
        wp::vec_t<3, wp::float32> var_141;
        wp::vec_t<3, wp::float32> var_142;
        wp::float32 var_143;
        wp::vec_t<3, wp::float32>* var_144;
        wp::float32* var_145;
        wp::vec_t<3, wp::float32> var_146;
        wp::vec_t<3, wp::float32> var_147;
        wp::float32 var_148;
        wp::vec_t<3, wp::float32> var_149;
        const wp::int32 var_150 = 6;
        wp::int32* var_151;
        wp::int32 var_152;
        wp::int32 var_153;
        Node_7b0930f4* var_154;
        Node_7b0930f4 var_155;
        Node_7b0930f4 var_156;
        wp::float32* var_157;
        wp::float32* var_158;
        wp::float32 var_159;
        wp::float32 var_160;
        wp::vec_t<3, wp::float32>* var_161;
        wp::float32* var_162;
        wp::vec_t<3, wp::float32> var_163;
        wp::vec_t<3, wp::float32> var_164;
        wp::float32 var_165;
        wp::vec_t<3, wp::float32>* var_166;
        wp::float32* var_167;
        wp::vec_t<3, wp::float32> var_168;
        wp::vec_t<3, wp::float32> var_169;
        wp::float32 var_170;
        wp::vec_t<3, wp::float32> var_171;
        const wp::int32 var_172 = 7;
        wp::int32* var_173;
        wp::int32 var_174;
        wp::int32 var_175;
        Node_7b0930f4* var_176;
        Node_7b0930f4 var_177;
        Node_7b0930f4 var_178;
        wp::float32* var_179;
        wp::float32* var_180;
        wp::float32 var_181;
        wp::float32 var_182;
        wp::vec_t<3, wp::float32>* var_183;
        wp::float32* var_184;
        wp::vec_t<3, wp::float32> var_185;
        wp::vec_t<3, wp::float32> var_186;
        wp::float32 var_187;
        wp::vec_t<3, wp::float32>* var_188;
        wp::float32* var_189;
        wp::vec_t<3, wp::float32> var_190;
        wp::vec_t<3, wp::float32> var_191;
        wp::float32 var_192;
        wp::vec_t<3, wp::float32> var_193;
        wp::float32* var_194;
        const wp::float32 var_195 = 0.0;
        bool var_196;
        wp::vec_t<3, wp::float32> var_197;
        wp::vec_t<3, wp::float32>* var_198;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::int32 adj_2 = {};
        Node_7b0930f4 adj_3 = {};
        Node_7b0930f4 adj_4 = {};
        Node_7b0930f4 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        bool adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        bool adj_12 = {};
        wp::int32 adj_13 = {};
        bool adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        Node_7b0930f4 adj_22 = {};
        Node_7b0930f4 adj_23 = {};
        Node_7b0930f4 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::float32 adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::float32 adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::float32 adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        wp::vec_t<3, wp::float32> adj_37 = {};
        wp::float32 adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        wp::int32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::int32 adj_43 = {};
        Node_7b0930f4 adj_44 = {};
        Node_7b0930f4 adj_45 = {};
        Node_7b0930f4 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::vec_t<3, wp::float32> adj_51 = {};
        wp::float32 adj_52 = {};
        wp::vec_t<3, wp::float32> adj_53 = {};
        wp::vec_t<3, wp::float32> adj_54 = {};
        wp::float32 adj_55 = {};
        wp::vec_t<3, wp::float32> adj_56 = {};
        wp::float32 adj_57 = {};
        wp::vec_t<3, wp::float32> adj_58 = {};
        wp::vec_t<3, wp::float32> adj_59 = {};
        wp::float32 adj_60 = {};
        wp::vec_t<3, wp::float32> adj_61 = {};
        wp::int32 adj_62 = {};
        wp::int32 adj_63 = {};
        wp::int32 adj_64 = {};
        wp::int32 adj_65 = {};
        Node_7b0930f4 adj_66 = {};
        Node_7b0930f4 adj_67 = {};
        Node_7b0930f4 adj_68 = {};
        wp::float32 adj_69 = {};
        wp::float32 adj_70 = {};
        wp::float32 adj_71 = {};
        wp::float32 adj_72 = {};
        wp::vec_t<3, wp::float32> adj_73 = {};
        wp::float32 adj_74 = {};
        wp::vec_t<3, wp::float32> adj_75 = {};
        wp::vec_t<3, wp::float32> adj_76 = {};
        wp::float32 adj_77 = {};
        wp::vec_t<3, wp::float32> adj_78 = {};
        wp::float32 adj_79 = {};
        wp::vec_t<3, wp::float32> adj_80 = {};
        wp::vec_t<3, wp::float32> adj_81 = {};
        wp::float32 adj_82 = {};
        wp::vec_t<3, wp::float32> adj_83 = {};
        wp::int32 adj_84 = {};
        wp::int32 adj_85 = {};
        wp::int32 adj_86 = {};
        wp::int32 adj_87 = {};
        Node_7b0930f4 adj_88 = {};
        Node_7b0930f4 adj_89 = {};
        Node_7b0930f4 adj_90 = {};
        wp::float32 adj_91 = {};
        wp::float32 adj_92 = {};
        wp::float32 adj_93 = {};
        wp::float32 adj_94 = {};
        wp::vec_t<3, wp::float32> adj_95 = {};
        wp::float32 adj_96 = {};
        wp::vec_t<3, wp::float32> adj_97 = {};
        wp::vec_t<3, wp::float32> adj_98 = {};
        wp::float32 adj_99 = {};
        wp::vec_t<3, wp::float32> adj_100 = {};
        wp::float32 adj_101 = {};
        wp::vec_t<3, wp::float32> adj_102 = {};
        wp::vec_t<3, wp::float32> adj_103 = {};
        wp::float32 adj_104 = {};
        wp::vec_t<3, wp::float32> adj_105 = {};
        wp::int32 adj_106 = {};
        wp::int32 adj_107 = {};
        wp::int32 adj_108 = {};
        wp::int32 adj_109 = {};
        Node_7b0930f4 adj_110 = {};
        Node_7b0930f4 adj_111 = {};
        Node_7b0930f4 adj_112 = {};
        wp::float32 adj_113 = {};
        wp::float32 adj_114 = {};
        wp::float32 adj_115 = {};
        wp::float32 adj_116 = {};
        wp::vec_t<3, wp::float32> adj_117 = {};
        wp::float32 adj_118 = {};
        wp::vec_t<3, wp::float32> adj_119 = {};
        wp::vec_t<3, wp::float32> adj_120 = {};
        wp::float32 adj_121 = {};
        wp::vec_t<3, wp::float32> adj_122 = {};
        wp::float32 adj_123 = {};
        wp::vec_t<3, wp::float32> adj_124 = {};
        wp::vec_t<3, wp::float32> adj_125 = {};
        wp::float32 adj_126 = {};
        wp::vec_t<3, wp::float32> adj_127 = {};
        wp::int32 adj_128 = {};
        wp::int32 adj_129 = {};
        wp::int32 adj_130 = {};
        wp::int32 adj_131 = {};
        Node_7b0930f4 adj_132 = {};
        Node_7b0930f4 adj_133 = {};
        Node_7b0930f4 adj_134 = {};
        wp::float32 adj_135 = {};
        wp::float32 adj_136 = {};
        wp::float32 adj_137 = {};
        wp::float32 adj_138 = {};
        wp::vec_t<3, wp::float32> adj_139 = {};
        wp::float32 adj_140 = {};
        wp::vec_t<3, wp::float32> adj_141 = {};
        wp::vec_t<3, wp::float32> adj_142 = {};
        wp::float32 adj_143 = {};
        wp::vec_t<3, wp::float32> adj_144 = {};
        wp::float32 adj_145 = {};
        wp::vec_t<3, wp::float32> adj_146 = {};
        wp::vec_t<3, wp::float32> adj_147 = {};
        wp::float32 adj_148 = {};
        wp::vec_t<3, wp::float32> adj_149 = {};
        wp::int32 adj_150 = {};
        wp::int32 adj_151 = {};
        wp::int32 adj_152 = {};
        wp::int32 adj_153 = {};
        Node_7b0930f4 adj_154 = {};
        Node_7b0930f4 adj_155 = {};
        Node_7b0930f4 adj_156 = {};
        wp::float32 adj_157 = {};
        wp::float32 adj_158 = {};
        wp::float32 adj_159 = {};
        wp::float32 adj_160 = {};
        wp::vec_t<3, wp::float32> adj_161 = {};
        wp::float32 adj_162 = {};
        wp::vec_t<3, wp::float32> adj_163 = {};
        wp::vec_t<3, wp::float32> adj_164 = {};
        wp::float32 adj_165 = {};
        wp::vec_t<3, wp::float32> adj_166 = {};
        wp::float32 adj_167 = {};
        wp::vec_t<3, wp::float32> adj_168 = {};
        wp::vec_t<3, wp::float32> adj_169 = {};
        wp::float32 adj_170 = {};
        wp::vec_t<3, wp::float32> adj_171 = {};
        wp::int32 adj_172 = {};
        wp::int32 adj_173 = {};
        wp::int32 adj_174 = {};
        wp::int32 adj_175 = {};
        Node_7b0930f4 adj_176 = {};
        Node_7b0930f4 adj_177 = {};
        Node_7b0930f4 adj_178 = {};
        wp::float32 adj_179 = {};
        wp::float32 adj_180 = {};
        wp::float32 adj_181 = {};
        wp::float32 adj_182 = {};
        wp::vec_t<3, wp::float32> adj_183 = {};
        wp::float32 adj_184 = {};
        wp::vec_t<3, wp::float32> adj_185 = {};
        wp::vec_t<3, wp::float32> adj_186 = {};
        wp::float32 adj_187 = {};
        wp::vec_t<3, wp::float32> adj_188 = {};
        wp::float32 adj_189 = {};
        wp::vec_t<3, wp::float32> adj_190 = {};
        wp::vec_t<3, wp::float32> adj_191 = {};
        wp::float32 adj_192 = {};
        wp::vec_t<3, wp::float32> adj_193 = {};
        wp::float32 adj_194 = {};
        wp::float32 adj_195 = {};
        bool adj_196 = {};
        wp::vec_t<3, wp::float32> adj_197 = {};
        wp::vec_t<3, wp::float32> adj_198 = {};
        //---------
        // forward
        // def summarize_children(nodes: wp.array(dtype=Node), level_start: int, level_count: int):       <L 71>
        // k = wp.tid()                                                                           <L 72>
        var_0 = builtin_tid1d();
        // if k >= level_count:                                                                   <L 73>
        var_1 = (var_0 >= var_level_count);
        if (var_1) {
            // return                                                                             <L 74>
            goto label0;
        }
        // n = level_start + k                                                                    <L 75>
        var_2 = wp::add(var_level_start, var_0);
        // node = nodes[n]                                                                        <L 76>
        var_3 = wp::address(var_nodes, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // if node.body >= 0 or node.first_child < 0:                                             <L 77>
        var_6 = &(var_4.body);
        var_9 = wp::load(var_6);
        var_8 = (var_9 >= var_7);
        var_10 = &(var_4.first_child);
        var_13 = wp::load(var_10);
        var_12 = (var_13 < var_11);
        var_14 = var_8 || var_12;
        if (var_14) {
            // return                                                                             <L 78>
            goto label1;
        }
        // m = float(0.0)                                                                         <L 79>
        var_16 = wp::float(var_15);
        // com = wp.vec3()                                                                        <L 80>
        var_17 = wp::vec_t<3, wp::float32>();
        // for c in range(8):                                                                     <L 81>
        // child = nodes[node.first_child + c]                                                    <L 82>
        var_19 = &(var_4.first_child);
        var_21 = wp::load(var_19);
        var_20 = wp::add(var_21, var_18);
        var_22 = wp::address(var_nodes, var_20);
        var_24 = wp::load(var_22);
        var_23 = wp::copy(var_24);
        // m += child.mass                                                                        <L 83>
        var_25 = &(var_23.mass);
        var_26 = &(var_23.mass);
        var_28 = wp::load(var_26);
        var_27 = wp::add(var_16, var_28);
        // com += child.center_of_mass * child.mass                                               <L 84>
        var_29 = &(var_23.center_of_mass);
        var_30 = &(var_23.mass);
        var_32 = wp::load(var_29);
        var_33 = wp::load(var_30);
        var_31 = wp::mul(var_32, var_33);
        var_34 = &(var_23.center_of_mass);
        var_35 = &(var_23.mass);
        var_37 = wp::load(var_34);
        var_38 = wp::load(var_35);
        var_36 = wp::mul(var_37, var_38);
        var_39 = wp::add(var_17, var_36);
        // child = nodes[node.first_child + c]                                                    <L 82>
        var_41 = &(var_4.first_child);
        var_43 = wp::load(var_41);
        var_42 = wp::add(var_43, var_40);
        var_44 = wp::address(var_nodes, var_42);
        var_46 = wp::load(var_44);
        var_45 = wp::copy(var_46);
        // m += child.mass                                                                        <L 83>
        var_47 = &(var_45.mass);
        var_48 = &(var_45.mass);
        var_50 = wp::load(var_48);
        var_49 = wp::add(var_27, var_50);
        // com += child.center_of_mass * child.mass                                               <L 84>
        var_51 = &(var_45.center_of_mass);
        var_52 = &(var_45.mass);
        var_54 = wp::load(var_51);
        var_55 = wp::load(var_52);
        var_53 = wp::mul(var_54, var_55);
        var_56 = &(var_45.center_of_mass);
        var_57 = &(var_45.mass);
        var_59 = wp::load(var_56);
        var_60 = wp::load(var_57);
        var_58 = wp::mul(var_59, var_60);
        var_61 = wp::add(var_39, var_58);
        // child = nodes[node.first_child + c]                                                    <L 82>
        var_63 = &(var_4.first_child);
        var_65 = wp::load(var_63);
        var_64 = wp::add(var_65, var_62);
        var_66 = wp::address(var_nodes, var_64);
        var_68 = wp::load(var_66);
        var_67 = wp::copy(var_68);
        // m += child.mass                                                                        <L 83>
        var_69 = &(var_67.mass);
        var_70 = &(var_67.mass);
        var_72 = wp::load(var_70);
        var_71 = wp::add(var_49, var_72);
        // com += child.center_of_mass * child.mass                                               <L 84>
        var_73 = &(var_67.center_of_mass);
        var_74 = &(var_67.mass);
        var_76 = wp::load(var_73);
        var_77 = wp::load(var_74);
        var_75 = wp::mul(var_76, var_77);
        var_78 = &(var_67.center_of_mass);
        var_79 = &(var_67.mass);
        var_81 = wp::load(var_78);
        var_82 = wp::load(var_79);
        var_80 = wp::mul(var_81, var_82);
        var_83 = wp::add(var_61, var_80);
        // child = nodes[node.first_child + c]                                                    <L 82>
        var_85 = &(var_4.first_child);
        var_87 = wp::load(var_85);
        var_86 = wp::add(var_87, var_84);
        var_88 = wp::address(var_nodes, var_86);
        var_90 = wp::load(var_88);
        var_89 = wp::copy(var_90);
        // m += child.mass                                                                        <L 83>
        var_91 = &(var_89.mass);
        var_92 = &(var_89.mass);
        var_94 = wp::load(var_92);
        var_93 = wp::add(var_71, var_94);
        // com += child.center_of_mass * child.mass                                               <L 84>
        var_95 = &(var_89.center_of_mass);
        var_96 = &(var_89.mass);
        var_98 = wp::load(var_95);
        var_99 = wp::load(var_96);
        var_97 = wp::mul(var_98, var_99);
        var_100 = &(var_89.center_of_mass);
        var_101 = &(var_89.mass);
        var_103 = wp::load(var_100);
        var_104 = wp::load(var_101);
        var_102 = wp::mul(var_103, var_104);
        var_105 = wp::add(var_83, var_102);
        // child = nodes[node.first_child + c]                                                    <L 82>
        var_107 = &(var_4.first_child);
        var_109 = wp::load(var_107);
        var_108 = wp::add(var_109, var_106);
        var_110 = wp::address(var_nodes, var_108);
        var_112 = wp::load(var_110);
        var_111 = wp::copy(var_112);
        // m += child.mass                                                                        <L 83>
        var_113 = &(var_111.mass);
        var_114 = &(var_111.mass);
        var_116 = wp::load(var_114);
        var_115 = wp::add(var_93, var_116);
        // com += child.center_of_mass * child.mass                                               <L 84>
        var_117 = &(var_111.center_of_mass);
        var_118 = &(var_111.mass);
        var_120 = wp::load(var_117);
        var_121 = wp::load(var_118);
        var_119 = wp::mul(var_120, var_121);
        var_122 = &(var_111.center_of_mass);
        var_123 = &(var_111.mass);
        var_125 = wp::load(var_122);
        var_126 = wp::load(var_123);
        var_124 = wp::mul(var_125, var_126);
        var_127 = wp::add(var_105, var_124);
        // child = nodes[node.first_child + c]                                                    <L 82>
        var_129 = &(var_4.first_child);
        var_131 = wp::load(var_129);
        var_130 = wp::add(var_131, var_128);
        var_132 = wp::address(var_nodes, var_130);
        var_134 = wp::load(var_132);
        var_133 = wp::copy(var_134);
        // m += child.mass                                                                        <L 83>
        var_135 = &(var_133.mass);
        var_136 = &(var_133.mass);
        var_138 = wp::load(var_136);
        var_137 = wp::add(var_115, var_138);
        // com += child.center_of_mass * child.mass                                               <L 84>
        var_139 = &(var_133.center_of_mass);
        var_140 = &(var_133.mass);
        var_142 = wp::load(var_139);
        var_143 = wp::load(var_140);
        var_141 = wp::mul(var_142, var_143);
        var_144 = &(var_133.center_of_mass);
        var_145 = &(var_133.mass);
        var_147 = wp::load(var_144);
        var_148 = wp::load(var_145);
        var_146 = wp::mul(var_147, var_148);
        var_149 = wp::add(var_127, var_146);
        // child = nodes[node.first_child + c]                                                    <L 82>
        var_151 = &(var_4.first_child);
        var_153 = wp::load(var_151);
        var_152 = wp::add(var_153, var_150);
        var_154 = wp::address(var_nodes, var_152);
        var_156 = wp::load(var_154);
        var_155 = wp::copy(var_156);
        // m += child.mass                                                                        <L 83>
        var_157 = &(var_155.mass);
        var_158 = &(var_155.mass);
        var_160 = wp::load(var_158);
        var_159 = wp::add(var_137, var_160);
        // com += child.center_of_mass * child.mass                                               <L 84>
        var_161 = &(var_155.center_of_mass);
        var_162 = &(var_155.mass);
        var_164 = wp::load(var_161);
        var_165 = wp::load(var_162);
        var_163 = wp::mul(var_164, var_165);
        var_166 = &(var_155.center_of_mass);
        var_167 = &(var_155.mass);
        var_169 = wp::load(var_166);
        var_170 = wp::load(var_167);
        var_168 = wp::mul(var_169, var_170);
        var_171 = wp::add(var_149, var_168);
        // child = nodes[node.first_child + c]                                                    <L 82>
        var_173 = &(var_4.first_child);
        var_175 = wp::load(var_173);
        var_174 = wp::add(var_175, var_172);
        var_176 = wp::address(var_nodes, var_174);
        var_178 = wp::load(var_176);
        var_177 = wp::copy(var_178);
        // m += child.mass                                                                        <L 83>
        var_179 = &(var_177.mass);
        var_180 = &(var_177.mass);
        var_182 = wp::load(var_180);
        var_181 = wp::add(var_159, var_182);
        // com += child.center_of_mass * child.mass                                               <L 84>
        var_183 = &(var_177.center_of_mass);
        var_184 = &(var_177.mass);
        var_186 = wp::load(var_183);
        var_187 = wp::load(var_184);
        var_185 = wp::mul(var_186, var_187);
        var_188 = &(var_177.center_of_mass);
        var_189 = &(var_177.mass);
        var_191 = wp::load(var_188);
        var_192 = wp::load(var_189);
        var_190 = wp::mul(var_191, var_192);
        var_193 = wp::add(var_171, var_190);
        // node.mass = m                                                                          <L 85>
        var_194 = &(var_4.mass);
        // wp::store(var_194, var_181);
        // if m > 0.0:                                                                            <L 86>
        var_196 = (var_181 > var_195);
        if (var_196) {
            // node.center_of_mass = com / m                                                      <L 87>
            var_197 = wp::div(var_193, var_181);
            var_198 = &(var_4.center_of_mass);
            // wp::store(var_198, var_197);
        }
        // nodes[n] = node                                                                        <L 88>
        // wp::array_store(var_nodes, var_2, var_4);
        //---------
        // reverse
        wp::adj_array_store(var_nodes, var_2, var_4, adj_nodes, adj_2, adj_4);
        // adj: nodes[n] = node                                                                   <L 88>
        if (var_196) {
            adj_4.center_of_mass += adj_198;
            wp::adj_div(var_193, var_181, adj_193, adj_181, adj_197);
            // adj: node.center_of_mass = com / m                                                 <L 87>
        }
        // adj: if m > 0.0:                                                                       <L 86>
        adj_4.mass += adj_194;
        // adj: node.mass = m                                                                     <L 85>
        wp::adj_add(var_171, var_190, adj_171, adj_190, adj_193);
        wp::adj_mul(var_191, var_192, adj_188, adj_189, adj_190);
        adj_177.mass += adj_189;
        adj_177.center_of_mass += adj_188;
        wp::adj_mul(var_186, var_187, adj_183, adj_184, adj_185);
        adj_177.mass += adj_184;
        adj_177.center_of_mass += adj_183;
        // adj: com += child.center_of_mass * child.mass                                          <L 84>
        wp::adj_add(var_159, var_182, adj_159, adj_180, adj_181);
        adj_177.mass += adj_180;
        adj_177.mass += adj_179;
        // adj: m += child.mass                                                                   <L 83>
        wp::adj_copy(var_178, adj_176, adj_177);
        wp::adj_address(var_nodes, var_174, adj_nodes, adj_174, adj_176);
        wp::adj_add(var_175, var_172, adj_173, adj_172, adj_174);
        adj_4.first_child = adj_173;
        // adj: child = nodes[node.first_child + c]                                               <L 82>
        wp::adj_add(var_149, var_168, adj_149, adj_168, adj_171);
        wp::adj_mul(var_169, var_170, adj_166, adj_167, adj_168);
        adj_155.mass += adj_167;
        adj_155.center_of_mass += adj_166;
        wp::adj_mul(var_164, var_165, adj_161, adj_162, adj_163);
        adj_155.mass += adj_162;
        adj_155.center_of_mass += adj_161;
        // adj: com += child.center_of_mass * child.mass                                          <L 84>
        wp::adj_add(var_137, var_160, adj_137, adj_158, adj_159);
        adj_155.mass += adj_158;
        adj_155.mass += adj_157;
        // adj: m += child.mass                                                                   <L 83>
        wp::adj_copy(var_156, adj_154, adj_155);
        wp::adj_address(var_nodes, var_152, adj_nodes, adj_152, adj_154);
        wp::adj_add(var_153, var_150, adj_151, adj_150, adj_152);
        adj_4.first_child = adj_151;
        // adj: child = nodes[node.first_child + c]                                               <L 82>
        wp::adj_add(var_127, var_146, adj_127, adj_146, adj_149);
        wp::adj_mul(var_147, var_148, adj_144, adj_145, adj_146);
        adj_133.mass += adj_145;
        adj_133.center_of_mass += adj_144;
        wp::adj_mul(var_142, var_143, adj_139, adj_140, adj_141);
        adj_133.mass += adj_140;
        adj_133.center_of_mass += adj_139;
        // adj: com += child.center_of_mass * child.mass                                          <L 84>
        wp::adj_add(var_115, var_138, adj_115, adj_136, adj_137);
        adj_133.mass += adj_136;
        adj_133.mass += adj_135;
        // adj: m += child.mass                                                                   <L 83>
        wp::adj_copy(var_134, adj_132, adj_133);
        wp::adj_address(var_nodes, var_130, adj_nodes, adj_130, adj_132);
        wp::adj_add(var_131, var_128, adj_129, adj_128, adj_130);
        adj_4.first_child = adj_129;
        // adj: child = nodes[node.first_child + c]                                               <L 82>
        wp::adj_add(var_105, var_124, adj_105, adj_124, adj_127);
        wp::adj_mul(var_125, var_126, adj_122, adj_123, adj_124);
        adj_111.mass += adj_123;
        adj_111.center_of_mass += adj_122;
        wp::adj_mul(var_120, var_121, adj_117, adj_118, adj_119);
        adj_111.mass += adj_118;
        adj_111.center_of_mass += adj_117;
        // adj: com += child.center_of_mass * child.mass                                          <L 84>
        wp::adj_add(var_93, var_116, adj_93, adj_114, adj_115);
        adj_111.mass += adj_114;
        adj_111.mass += adj_113;
        // adj: m += child.mass                                                                   <L 83>
        wp::adj_copy(var_112, adj_110, adj_111);
        wp::adj_address(var_nodes, var_108, adj_nodes, adj_108, adj_110);
        wp::adj_add(var_109, var_106, adj_107, adj_106, adj_108);
        adj_4.first_child = adj_107;
        // adj: child = nodes[node.first_child + c]                                               <L 82>
        wp::adj_add(var_83, var_102, adj_83, adj_102, adj_105);
        wp::adj_mul(var_103, var_104, adj_100, adj_101, adj_102);
        adj_89.mass += adj_101;
        adj_89.center_of_mass += adj_100;
        wp::adj_mul(var_98, var_99, adj_95, adj_96, adj_97);
        adj_89.mass += adj_96;
        adj_89.center_of_mass += adj_95;
        // adj: com += child.center_of_mass * child.mass                                          <L 84>
        wp::adj_add(var_71, var_94, adj_71, adj_92, adj_93);
        adj_89.mass += adj_92;
        adj_89.mass += adj_91;
        // adj: m += child.mass                                                                   <L 83>
        wp::adj_copy(var_90, adj_88, adj_89);
        wp::adj_address(var_nodes, var_86, adj_nodes, adj_86, adj_88);
        wp::adj_add(var_87, var_84, adj_85, adj_84, adj_86);
        adj_4.first_child = adj_85;
        // adj: child = nodes[node.first_child + c]                                               <L 82>
        wp::adj_add(var_61, var_80, adj_61, adj_80, adj_83);
        wp::adj_mul(var_81, var_82, adj_78, adj_79, adj_80);
        adj_67.mass += adj_79;
        adj_67.center_of_mass += adj_78;
        wp::adj_mul(var_76, var_77, adj_73, adj_74, adj_75);
        adj_67.mass += adj_74;
        adj_67.center_of_mass += adj_73;
        // adj: com += child.center_of_mass * child.mass                                          <L 84>
        wp::adj_add(var_49, var_72, adj_49, adj_70, adj_71);
        adj_67.mass += adj_70;
        adj_67.mass += adj_69;
        // adj: m += child.mass                                                                   <L 83>
        wp::adj_copy(var_68, adj_66, adj_67);
        wp::adj_address(var_nodes, var_64, adj_nodes, adj_64, adj_66);
        wp::adj_add(var_65, var_62, adj_63, adj_62, adj_64);
        adj_4.first_child = adj_63;
        // adj: child = nodes[node.first_child + c]                                               <L 82>
        wp::adj_add(var_39, var_58, adj_39, adj_58, adj_61);
        wp::adj_mul(var_59, var_60, adj_56, adj_57, adj_58);
        adj_45.mass += adj_57;
        adj_45.center_of_mass += adj_56;
        wp::adj_mul(var_54, var_55, adj_51, adj_52, adj_53);
        adj_45.mass += adj_52;
        adj_45.center_of_mass += adj_51;
        // adj: com += child.center_of_mass * child.mass                                          <L 84>
        wp::adj_add(var_27, var_50, adj_27, adj_48, adj_49);
        adj_45.mass += adj_48;
        adj_45.mass += adj_47;
        // adj: m += child.mass                                                                   <L 83>
        wp::adj_copy(var_46, adj_44, adj_45);
        wp::adj_address(var_nodes, var_42, adj_nodes, adj_42, adj_44);
        wp::adj_add(var_43, var_40, adj_41, adj_40, adj_42);
        adj_4.first_child = adj_41;
        // adj: child = nodes[node.first_child + c]                                               <L 82>
        wp::adj_add(var_17, var_36, adj_17, adj_36, adj_39);
        wp::adj_mul(var_37, var_38, adj_34, adj_35, adj_36);
        adj_23.mass += adj_35;
        adj_23.center_of_mass += adj_34;
        wp::adj_mul(var_32, var_33, adj_29, adj_30, adj_31);
        adj_23.mass += adj_30;
        adj_23.center_of_mass += adj_29;
        // adj: com += child.center_of_mass * child.mass                                          <L 84>
        wp::adj_add(var_16, var_28, adj_16, adj_26, adj_27);
        adj_23.mass += adj_26;
        adj_23.mass += adj_25;
        // adj: m += child.mass                                                                   <L 83>
        wp::adj_copy(var_24, adj_22, adj_23);
        wp::adj_address(var_nodes, var_20, adj_nodes, adj_20, adj_22);
        wp::adj_add(var_21, var_18, adj_19, adj_18, adj_20);
        adj_4.first_child = adj_19;
        // adj: child = nodes[node.first_child + c]                                               <L 82>
        // adj: for c in range(8):                                                                <L 81>
        // adj: com = wp.vec3()                                                                   <L 80>
        wp::adj_float(var_15, adj_15, adj_16);
        // adj: m = float(0.0)                                                                    <L 79>
        if (var_14) {
            label1:;
            // adj: return                                                                        <L 78>
        }
        adj_4.first_child = adj_10;
        adj_4.body = adj_6;
        // adj: if node.body >= 0 or node.first_child < 0:                                        <L 77>
        wp::adj_copy(var_5, adj_3, adj_4);
        wp::adj_address(var_nodes, var_2, adj_nodes, adj_2, adj_3);
        // adj: node = nodes[n]                                                                   <L 76>
        wp::adj_add(var_level_start, var_0, adj_level_start, adj_0, adj_2);
        // adj: n = level_start + k                                                               <L 75>
        if (var_1) {
            label0:;
            // adj: return                                                                        <L 74>
        }
        // adj: if k >= level_count:                                                              <L 73>
        // adj: k = wp.tid()                                                                      <L 72>
        // adj: def summarize_children(nodes: wp.array(dtype=Node), level_start: int, level_count: int):  <L 71>
        continue;
    }
}

