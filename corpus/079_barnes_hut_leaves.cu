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
    var_0 = &((var_node).center_of_mass);
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
    var_8 = &((var_node).half_size);
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
    var_0 = &((var_node).center_of_mass);
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
    var_8 = &((var_node).half_size);
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
    wp::launch_bounds_t<1> dim,
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
        wp::int32 var_21;
        wp::int32* var_22;
        wp::int32 var_23;
        wp::int32 var_24;
        Node_7b0930f4* var_25;
        Node_7b0930f4 var_26;
        Node_7b0930f4 var_27;
        wp::float32* var_28;
        const wp::float32 var_29 = 0.0;
        bool var_30;
        wp::float32 var_31;
        wp::int32 var_32;
        wp::int32* var_33;
        const wp::int32 var_34 = 0;
        bool var_35;
        wp::int32 var_36;
        wp::int32* var_37;
        bool var_38;
        wp::int32 var_39;
        wp::vec_t<3, wp::float32>* var_40;
        wp::float32* var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::float32 var_44;
        wp::vec_t<3, wp::float32> var_45;
        const wp::int32 var_46 = 1;
        wp::int32 var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::int32 var_49;
        wp::int32 var_50;
        bool var_51;
        wp::vec_t<3, wp::float32>* var_52;
        wp::float32* var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::vec_t<3, wp::float32> var_55;
        wp::float32 var_56;
        wp::vec_t<3, wp::float32> var_57;
        const wp::int32 var_58 = 1;
        wp::int32 var_59;
        wp::int32 var_60;
        const wp::int32 var_61 = 0;
        bool var_62;
        wp::int32* var_63;
        wp::int32 var_64;
        wp::int32 var_65;
        const wp::int32 var_66 = 1;
        wp::int32 var_67;
        wp::int32 var_68;
        const wp::int32 var_69 = 1;
        bool var_70;
        wp::int32* var_71;
        wp::int32 var_72;
        wp::int32 var_73;
        const wp::int32 var_74 = 1;
        wp::int32 var_75;
        wp::int32 var_76;
        const wp::int32 var_77 = 2;
        bool var_78;
        wp::int32* var_79;
        wp::int32 var_80;
        wp::int32 var_81;
        const wp::int32 var_82 = 1;
        wp::int32 var_83;
        wp::int32 var_84;
        const wp::int32 var_85 = 3;
        bool var_86;
        wp::int32* var_87;
        wp::int32 var_88;
        wp::int32 var_89;
        const wp::int32 var_90 = 1;
        wp::int32 var_91;
        wp::int32 var_92;
        const wp::int32 var_93 = 4;
        bool var_94;
        wp::int32* var_95;
        wp::int32 var_96;
        wp::int32 var_97;
        const wp::int32 var_98 = 1;
        wp::int32 var_99;
        wp::int32 var_100;
        const wp::int32 var_101 = 5;
        bool var_102;
        wp::int32* var_103;
        wp::int32 var_104;
        wp::int32 var_105;
        const wp::int32 var_106 = 1;
        wp::int32 var_107;
        wp::int32 var_108;
        const wp::int32 var_109 = 6;
        bool var_110;
        wp::int32* var_111;
        wp::int32 var_112;
        wp::int32 var_113;
        const wp::int32 var_114 = 1;
        wp::int32 var_115;
        wp::int32 var_116;
        const wp::int32 var_117 = 7;
        bool var_118;
        wp::int32* var_119;
        wp::int32 var_120;
        wp::int32 var_121;
        const wp::int32 var_122 = 1;
        wp::int32 var_123;
        wp::int32 var_124;
        const wp::int32 var_125 = 0;
        wp::int32 var_126;
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
            var_21 = wp::sub(var_15, var_20);
            // n = stack[i, sp]                                                                   <L 49>
            var_22 = wp::address(var_stack, var_0, var_21);
            var_24 = wp::load(var_22);
            var_23 = wp::copy(var_24);
            // node = nodes[n]                                                                    <L 50>
            var_25 = wp::address(var_nodes, var_23);
            var_27 = wp::load(var_25);
            var_26 = wp::copy(var_27);
            // if node.mass == 0.0:                                                               <L 51>
            var_28 = &((var_26).mass);
            var_31 = wp::load(var_28);
            var_30 = (var_31 == var_29);
            if (var_30) {
                // continue                                                                       <L 52>
                wp::assign(var_15, var_21);
                goto start_while_0;
            }
            var_32 = wp::where(var_30, var_15, var_21);
            // if node.body >= 0:                                                                 <L 53>
            var_33 = &((var_26).body);
            var_36 = wp::load(var_33);
            var_35 = (var_36 >= var_34);
            if (var_35) {
                // if node.body != i:                                                             <L 54>
                var_37 = &((var_26).body);
                var_39 = wp::load(var_37);
                var_38 = (var_39 != var_0);
                if (var_38) {
                    // a += point_accel(p, node.center_of_mass, node.mass, eps2)                  <L 55>
                    var_40 = &((var_26).center_of_mass);
                    var_41 = &((var_26).mass);
                    var_43 = wp::load(var_40);
                    var_44 = wp::load(var_41);
                    var_42 = point_accel_0(var_2, var_43, var_44, var_5);
                    var_45 = wp::add(var_4, var_42);
                    // count += 1                                                                 <L 56>
                    var_47 = wp::add(var_17, var_46);
                }
                var_48 = wp::where(var_38, var_45, var_4);
                var_49 = wp::where(var_38, var_47, var_17);
                // continue                                                                       <L 57>
                wp::assign(var_4, var_48);
                wp::assign(var_15, var_32);
                wp::assign(var_17, var_49);
                goto start_while_0;
            }
            var_50 = wp::where(var_35, var_15, var_32);
            // if accept(node, p, theta):                                                         <L 58>
            var_51 = accept_0(var_26, var_2, var_theta);
            if (var_51) {
                // a += point_accel(p, node.center_of_mass, node.mass, eps2)                      <L 59>
                var_52 = &((var_26).center_of_mass);
                var_53 = &((var_26).mass);
                var_55 = wp::load(var_52);
                var_56 = wp::load(var_53);
                var_54 = point_accel_0(var_2, var_55, var_56, var_5);
                var_57 = wp::add(var_4, var_54);
                // count += 1                                                                     <L 60>
                var_59 = wp::add(var_17, var_58);
                // continue                                                                       <L 61>
                wp::assign(var_4, var_57);
                wp::assign(var_15, var_50);
                wp::assign(var_17, var_59);
                goto start_while_0;
            }
            var_60 = wp::where(var_51, var_15, var_50);
            // for c in range(8):                                                                 <L 62>
            // if sp < max_depth:                                                                 <L 63>
            var_62 = (var_60 < var_8);
            if (var_62) {
                // stack[i, sp] = node.first_child + c                                            <L 64>
                var_63 = &((var_26).first_child);
                var_65 = wp::load(var_63);
                var_64 = wp::add(var_65, var_61);
                wp::array_store(var_stack, var_0, var_60, var_64);
                // sp += 1                                                                        <L 65>
                var_67 = wp::add(var_60, var_66);
            }
            var_68 = wp::where(var_62, var_67, var_60);
            // if sp < max_depth:                                                                 <L 63>
            var_70 = (var_68 < var_8);
            if (var_70) {
                // stack[i, sp] = node.first_child + c                                            <L 64>
                var_71 = &((var_26).first_child);
                var_73 = wp::load(var_71);
                var_72 = wp::add(var_73, var_69);
                wp::array_store(var_stack, var_0, var_68, var_72);
                // sp += 1                                                                        <L 65>
                var_75 = wp::add(var_68, var_74);
            }
            var_76 = wp::where(var_70, var_75, var_68);
            // if sp < max_depth:                                                                 <L 63>
            var_78 = (var_76 < var_8);
            if (var_78) {
                // stack[i, sp] = node.first_child + c                                            <L 64>
                var_79 = &((var_26).first_child);
                var_81 = wp::load(var_79);
                var_80 = wp::add(var_81, var_77);
                wp::array_store(var_stack, var_0, var_76, var_80);
                // sp += 1                                                                        <L 65>
                var_83 = wp::add(var_76, var_82);
            }
            var_84 = wp::where(var_78, var_83, var_76);
            // if sp < max_depth:                                                                 <L 63>
            var_86 = (var_84 < var_8);
            if (var_86) {
                // stack[i, sp] = node.first_child + c                                            <L 64>
                var_87 = &((var_26).first_child);
                var_89 = wp::load(var_87);
                var_88 = wp::add(var_89, var_85);
                wp::array_store(var_stack, var_0, var_84, var_88);
                // sp += 1                                                                        <L 65>
                var_91 = wp::add(var_84, var_90);
            }
            var_92 = wp::where(var_86, var_91, var_84);
            // if sp < max_depth:                                                                 <L 63>
            var_94 = (var_92 < var_8);
            if (var_94) {
                // stack[i, sp] = node.first_child + c                                            <L 64>
                var_95 = &((var_26).first_child);
                var_97 = wp::load(var_95);
                var_96 = wp::add(var_97, var_93);
                wp::array_store(var_stack, var_0, var_92, var_96);
                // sp += 1                                                                        <L 65>
                var_99 = wp::add(var_92, var_98);
            }
            var_100 = wp::where(var_94, var_99, var_92);
            // if sp < max_depth:                                                                 <L 63>
            var_102 = (var_100 < var_8);
            if (var_102) {
                // stack[i, sp] = node.first_child + c                                            <L 64>
                var_103 = &((var_26).first_child);
                var_105 = wp::load(var_103);
                var_104 = wp::add(var_105, var_101);
                wp::array_store(var_stack, var_0, var_100, var_104);
                // sp += 1                                                                        <L 65>
                var_107 = wp::add(var_100, var_106);
            }
            var_108 = wp::where(var_102, var_107, var_100);
            // if sp < max_depth:                                                                 <L 63>
            var_110 = (var_108 < var_8);
            if (var_110) {
                // stack[i, sp] = node.first_child + c                                            <L 64>
                var_111 = &((var_26).first_child);
                var_113 = wp::load(var_111);
                var_112 = wp::add(var_113, var_109);
                wp::array_store(var_stack, var_0, var_108, var_112);
                // sp += 1                                                                        <L 65>
                var_115 = wp::add(var_108, var_114);
            }
            var_116 = wp::where(var_110, var_115, var_108);
            // if sp < max_depth:                                                                 <L 63>
            var_118 = (var_116 < var_8);
            if (var_118) {
                // stack[i, sp] = node.first_child + c                                            <L 64>
                var_119 = &((var_26).first_child);
                var_121 = wp::load(var_119);
                var_120 = wp::add(var_121, var_117);
                wp::array_store(var_stack, var_0, var_116, var_120);
                // sp += 1                                                                        <L 65>
                var_123 = wp::add(var_116, var_122);
            }
            var_124 = wp::where(var_118, var_123, var_116);
            wp::assign(var_15, var_124);
        goto start_while_0;
        end_while_0:;
        // acc[i] = a                                                                             <L 66>
        wp::array_store(var_acc, var_0, var_4);
        // wp.atomic_add(interactions, 0, count)                                                  <L 67>
        var_126 = wp::atomic_add(var_interactions, var_125, var_17);
    }
}



extern "C" __global__ void traverse_e8551f72_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
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
        wp::int32 var_21;
        wp::int32* var_22;
        wp::int32 var_23;
        wp::int32 var_24;
        Node_7b0930f4* var_25;
        Node_7b0930f4 var_26;
        Node_7b0930f4 var_27;
        wp::float32* var_28;
        const wp::float32 var_29 = 0.0;
        bool var_30;
        wp::float32 var_31;
        wp::int32 var_32;
        wp::int32* var_33;
        const wp::int32 var_34 = 0;
        bool var_35;
        wp::int32 var_36;
        wp::int32* var_37;
        bool var_38;
        wp::int32 var_39;
        wp::vec_t<3, wp::float32>* var_40;
        wp::float32* var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::float32 var_44;
        wp::vec_t<3, wp::float32> var_45;
        const wp::int32 var_46 = 1;
        wp::int32 var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::int32 var_49;
        wp::int32 var_50;
        bool var_51;
        wp::vec_t<3, wp::float32>* var_52;
        wp::float32* var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::vec_t<3, wp::float32> var_55;
        wp::float32 var_56;
        wp::vec_t<3, wp::float32> var_57;
        const wp::int32 var_58 = 1;
        wp::int32 var_59;
        wp::int32 var_60;
        const wp::int32 var_61 = 0;
        bool var_62;
        wp::int32* var_63;
        wp::int32 var_64;
        wp::int32 var_65;
        const wp::int32 var_66 = 1;
        wp::int32 var_67;
        wp::int32 var_68;
        const wp::int32 var_69 = 1;
        bool var_70;
        wp::int32* var_71;
        wp::int32 var_72;
        wp::int32 var_73;
        const wp::int32 var_74 = 1;
        wp::int32 var_75;
        wp::int32 var_76;
        const wp::int32 var_77 = 2;
        bool var_78;
        wp::int32* var_79;
        wp::int32 var_80;
        wp::int32 var_81;
        const wp::int32 var_82 = 1;
        wp::int32 var_83;
        wp::int32 var_84;
        const wp::int32 var_85 = 3;
        bool var_86;
        wp::int32* var_87;
        wp::int32 var_88;
        wp::int32 var_89;
        const wp::int32 var_90 = 1;
        wp::int32 var_91;
        wp::int32 var_92;
        const wp::int32 var_93 = 4;
        bool var_94;
        wp::int32* var_95;
        wp::int32 var_96;
        wp::int32 var_97;
        const wp::int32 var_98 = 1;
        wp::int32 var_99;
        wp::int32 var_100;
        const wp::int32 var_101 = 5;
        bool var_102;
        wp::int32* var_103;
        wp::int32 var_104;
        wp::int32 var_105;
        const wp::int32 var_106 = 1;
        wp::int32 var_107;
        wp::int32 var_108;
        const wp::int32 var_109 = 6;
        bool var_110;
        wp::int32* var_111;
        wp::int32 var_112;
        wp::int32 var_113;
        const wp::int32 var_114 = 1;
        wp::int32 var_115;
        wp::int32 var_116;
        const wp::int32 var_117 = 7;
        bool var_118;
        wp::int32* var_119;
        wp::int32 var_120;
        wp::int32 var_121;
        const wp::int32 var_122 = 1;
        wp::int32 var_123;
        wp::int32 var_124;
        const wp::int32 var_125 = 0;
        wp::int32 var_126;
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
        Node_7b0930f4 adj_25 = {};
        Node_7b0930f4 adj_26 = {};
        Node_7b0930f4 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        bool adj_30 = {};
        wp::float32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        bool adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        bool adj_38 = {};
        wp::int32 adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        wp::float32 adj_41 = {};
        wp::vec_t<3, wp::float32> adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        wp::float32 adj_44 = {};
        wp::vec_t<3, wp::float32> adj_45 = {};
        wp::int32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::vec_t<3, wp::float32> adj_48 = {};
        wp::int32 adj_49 = {};
        wp::int32 adj_50 = {};
        bool adj_51 = {};
        wp::vec_t<3, wp::float32> adj_52 = {};
        wp::float32 adj_53 = {};
        wp::vec_t<3, wp::float32> adj_54 = {};
        wp::vec_t<3, wp::float32> adj_55 = {};
        wp::float32 adj_56 = {};
        wp::vec_t<3, wp::float32> adj_57 = {};
        wp::int32 adj_58 = {};
        wp::int32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::int32 adj_61 = {};
        bool adj_62 = {};
        wp::int32 adj_63 = {};
        wp::int32 adj_64 = {};
        wp::int32 adj_65 = {};
        wp::int32 adj_66 = {};
        wp::int32 adj_67 = {};
        wp::int32 adj_68 = {};
        wp::int32 adj_69 = {};
        bool adj_70 = {};
        wp::int32 adj_71 = {};
        wp::int32 adj_72 = {};
        wp::int32 adj_73 = {};
        wp::int32 adj_74 = {};
        wp::int32 adj_75 = {};
        wp::int32 adj_76 = {};
        wp::int32 adj_77 = {};
        bool adj_78 = {};
        wp::int32 adj_79 = {};
        wp::int32 adj_80 = {};
        wp::int32 adj_81 = {};
        wp::int32 adj_82 = {};
        wp::int32 adj_83 = {};
        wp::int32 adj_84 = {};
        wp::int32 adj_85 = {};
        bool adj_86 = {};
        wp::int32 adj_87 = {};
        wp::int32 adj_88 = {};
        wp::int32 adj_89 = {};
        wp::int32 adj_90 = {};
        wp::int32 adj_91 = {};
        wp::int32 adj_92 = {};
        wp::int32 adj_93 = {};
        bool adj_94 = {};
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
        bool adj_110 = {};
        wp::int32 adj_111 = {};
        wp::int32 adj_112 = {};
        wp::int32 adj_113 = {};
        wp::int32 adj_114 = {};
        wp::int32 adj_115 = {};
        wp::int32 adj_116 = {};
        wp::int32 adj_117 = {};
        bool adj_118 = {};
        wp::int32 adj_119 = {};
        wp::int32 adj_120 = {};
        wp::int32 adj_121 = {};
        wp::int32 adj_122 = {};
        wp::int32 adj_123 = {};
        wp::int32 adj_124 = {};
        wp::int32 adj_125 = {};
        wp::int32 adj_126 = {};
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
        // var_126 = wp::atomic_add(var_interactions, var_125, var_17);
        //---------
        // reverse
        wp::adj_atomic_add(var_interactions, var_125, var_17, adj_interactions, adj_125, adj_17, adj_126);
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
            // sp -= 1                                                                            <L 48>
            var_21 = wp::sub(var_15, var_20);
            // n = stack[i, sp]                                                                   <L 49>
            var_22 = wp::address(var_stack, var_0, var_21);
            var_24 = wp::load(var_22);
            var_23 = wp::copy(var_24);
            // node = nodes[n]                                                                    <L 50>
            var_25 = wp::address(var_nodes, var_23);
            var_27 = wp::load(var_25);
            var_26 = wp::copy(var_27);
            // if node.mass == 0.0:                                                               <L 51>
            var_28 = &((var_26).mass);
            var_31 = wp::load(var_28);
            var_30 = (var_31 == var_29);
            if (var_30) {
                // continue                                                                       <L 52>
                wp::assign(var_15, var_21);
                goto start_while_0;
            }
            var_32 = wp::where(var_30, var_15, var_21);
            // if node.body >= 0:                                                                 <L 53>
            var_33 = &((var_26).body);
            var_36 = wp::load(var_33);
            var_35 = (var_36 >= var_34);
            if (var_35) {
                // if node.body != i:                                                             <L 54>
                var_37 = &((var_26).body);
                var_39 = wp::load(var_37);
                var_38 = (var_39 != var_0);
                if (var_38) {
                    // a += point_accel(p, node.center_of_mass, node.mass, eps2)                  <L 55>
                    var_40 = &((var_26).center_of_mass);
                    var_41 = &((var_26).mass);
                    var_43 = wp::load(var_40);
                    var_44 = wp::load(var_41);
                    var_42 = point_accel_0(var_2, var_43, var_44, var_5);
                    var_45 = wp::add(var_4, var_42);
                    // count += 1                                                                 <L 56>
                    var_47 = wp::add(var_17, var_46);
                }
                var_48 = wp::where(var_38, var_45, var_4);
                var_49 = wp::where(var_38, var_47, var_17);
                // continue                                                                       <L 57>
                wp::assign(var_4, var_48);
                wp::assign(var_15, var_32);
                wp::assign(var_17, var_49);
                goto start_while_0;
            }
            var_50 = wp::where(var_35, var_15, var_32);
            // if accept(node, p, theta):                                                         <L 58>
            var_51 = accept_0(var_26, var_2, var_theta);
            if (var_51) {
                // a += point_accel(p, node.center_of_mass, node.mass, eps2)                      <L 59>
                var_52 = &((var_26).center_of_mass);
                var_53 = &((var_26).mass);
                var_55 = wp::load(var_52);
                var_56 = wp::load(var_53);
                var_54 = point_accel_0(var_2, var_55, var_56, var_5);
                var_57 = wp::add(var_4, var_54);
                // count += 1                                                                     <L 60>
                var_59 = wp::add(var_17, var_58);
                // continue                                                                       <L 61>
                wp::assign(var_4, var_57);
                wp::assign(var_15, var_50);
                wp::assign(var_17, var_59);
                goto start_while_0;
            }
            var_60 = wp::where(var_51, var_15, var_50);
            // for c in range(8):                                                                 <L 62>
            // if sp < max_depth:                                                                 <L 63>
            var_62 = (var_60 < var_8);
            if (var_62) {
                // stack[i, sp] = node.first_child + c                                            <L 64>
                var_63 = &((var_26).first_child);
                var_65 = wp::load(var_63);
                var_64 = wp::add(var_65, var_61);
                // wp::array_store(var_stack, var_0, var_60, var_64);
                // sp += 1                                                                        <L 65>
                var_67 = wp::add(var_60, var_66);
            }
            var_68 = wp::where(var_62, var_67, var_60);
            // if sp < max_depth:                                                                 <L 63>
            var_70 = (var_68 < var_8);
            if (var_70) {
                // stack[i, sp] = node.first_child + c                                            <L 64>
                var_71 = &((var_26).first_child);
                var_73 = wp::load(var_71);
                var_72 = wp::add(var_73, var_69);
                // wp::array_store(var_stack, var_0, var_68, var_72);
                // sp += 1                                                                        <L 65>
                var_75 = wp::add(var_68, var_74);
            }
            var_76 = wp::where(var_70, var_75, var_68);
            // if sp < max_depth:                                                                 <L 63>
            var_78 = (var_76 < var_8);
            if (var_78) {
                // stack[i, sp] = node.first_child + c                                            <L 64>
                var_79 = &((var_26).first_child);
                var_81 = wp::load(var_79);
                var_80 = wp::add(var_81, var_77);
                // wp::array_store(var_stack, var_0, var_76, var_80);
                // sp += 1                                                                        <L 65>
                var_83 = wp::add(var_76, var_82);
            }
            var_84 = wp::where(var_78, var_83, var_76);
            // if sp < max_depth:                                                                 <L 63>
            var_86 = (var_84 < var_8);
            if (var_86) {
                // stack[i, sp] = node.first_child + c                                            <L 64>
                var_87 = &((var_26).first_child);
                var_89 = wp::load(var_87);
                var_88 = wp::add(var_89, var_85);
                // wp::array_store(var_stack, var_0, var_84, var_88);
                // sp += 1                                                                        <L 65>
                var_91 = wp::add(var_84, var_90);
            }
            var_92 = wp::where(var_86, var_91, var_84);
            // if sp < max_depth:                                                                 <L 63>
            var_94 = (var_92 < var_8);
            if (var_94) {
                // stack[i, sp] = node.first_child + c                                            <L 64>
                var_95 = &((var_26).first_child);
                var_97 = wp::load(var_95);
                var_96 = wp::add(var_97, var_93);
                // wp::array_store(var_stack, var_0, var_92, var_96);
                // sp += 1                                                                        <L 65>
                var_99 = wp::add(var_92, var_98);
            }
            var_100 = wp::where(var_94, var_99, var_92);
            // if sp < max_depth:                                                                 <L 63>
            var_102 = (var_100 < var_8);
            if (var_102) {
                // stack[i, sp] = node.first_child + c                                            <L 64>
                var_103 = &((var_26).first_child);
                var_105 = wp::load(var_103);
                var_104 = wp::add(var_105, var_101);
                // wp::array_store(var_stack, var_0, var_100, var_104);
                // sp += 1                                                                        <L 65>
                var_107 = wp::add(var_100, var_106);
            }
            var_108 = wp::where(var_102, var_107, var_100);
            // if sp < max_depth:                                                                 <L 63>
            var_110 = (var_108 < var_8);
            if (var_110) {
                // stack[i, sp] = node.first_child + c                                            <L 64>
                var_111 = &((var_26).first_child);
                var_113 = wp::load(var_111);
                var_112 = wp::add(var_113, var_109);
                // wp::array_store(var_stack, var_0, var_108, var_112);
                // sp += 1                                                                        <L 65>
                var_115 = wp::add(var_108, var_114);
            }
            var_116 = wp::where(var_110, var_115, var_108);
            // if sp < max_depth:                                                                 <L 63>
            var_118 = (var_116 < var_8);
            if (var_118) {
                // stack[i, sp] = node.first_child + c                                            <L 64>
                var_119 = &((var_26).first_child);
                var_121 = wp::load(var_119);
                var_120 = wp::add(var_121, var_117);
                // wp::array_store(var_stack, var_0, var_116, var_120);
                // sp += 1                                                                        <L 65>
                var_123 = wp::add(var_116, var_122);
            }
            var_124 = wp::where(var_118, var_123, var_116);
            wp::assign(var_15, var_124);
            wp::adj_assign(var_15, var_124, adj_15, adj_124);
            wp::adj_where(var_118, var_123, var_116, adj_118, adj_123, adj_116, adj_124);
            if (var_118) {
                wp::adj_add(var_116, var_122, adj_116, adj_122, adj_123);
                // adj: sp += 1                                                                   <L 65>
                wp::adj_array_store(var_stack, var_0, var_116, var_120, adj_stack, adj_0, adj_116, adj_120);
                wp::adj_add(var_121, var_117, adj_119, adj_117, adj_120);
                adj_26.first_child = adj_119;
                // adj: stack[i, sp] = node.first_child + c                                       <L 64>
            }
            // adj: if sp < max_depth:                                                            <L 63>
            wp::adj_where(var_110, var_115, var_108, adj_110, adj_115, adj_108, adj_116);
            if (var_110) {
                wp::adj_add(var_108, var_114, adj_108, adj_114, adj_115);
                // adj: sp += 1                                                                   <L 65>
                wp::adj_array_store(var_stack, var_0, var_108, var_112, adj_stack, adj_0, adj_108, adj_112);
                wp::adj_add(var_113, var_109, adj_111, adj_109, adj_112);
                adj_26.first_child = adj_111;
                // adj: stack[i, sp] = node.first_child + c                                       <L 64>
            }
            // adj: if sp < max_depth:                                                            <L 63>
            wp::adj_where(var_102, var_107, var_100, adj_102, adj_107, adj_100, adj_108);
            if (var_102) {
                wp::adj_add(var_100, var_106, adj_100, adj_106, adj_107);
                // adj: sp += 1                                                                   <L 65>
                wp::adj_array_store(var_stack, var_0, var_100, var_104, adj_stack, adj_0, adj_100, adj_104);
                wp::adj_add(var_105, var_101, adj_103, adj_101, adj_104);
                adj_26.first_child = adj_103;
                // adj: stack[i, sp] = node.first_child + c                                       <L 64>
            }
            // adj: if sp < max_depth:                                                            <L 63>
            wp::adj_where(var_94, var_99, var_92, adj_94, adj_99, adj_92, adj_100);
            if (var_94) {
                wp::adj_add(var_92, var_98, adj_92, adj_98, adj_99);
                // adj: sp += 1                                                                   <L 65>
                wp::adj_array_store(var_stack, var_0, var_92, var_96, adj_stack, adj_0, adj_92, adj_96);
                wp::adj_add(var_97, var_93, adj_95, adj_93, adj_96);
                adj_26.first_child = adj_95;
                // adj: stack[i, sp] = node.first_child + c                                       <L 64>
            }
            // adj: if sp < max_depth:                                                            <L 63>
            wp::adj_where(var_86, var_91, var_84, adj_86, adj_91, adj_84, adj_92);
            if (var_86) {
                wp::adj_add(var_84, var_90, adj_84, adj_90, adj_91);
                // adj: sp += 1                                                                   <L 65>
                wp::adj_array_store(var_stack, var_0, var_84, var_88, adj_stack, adj_0, adj_84, adj_88);
                wp::adj_add(var_89, var_85, adj_87, adj_85, adj_88);
                adj_26.first_child = adj_87;
                // adj: stack[i, sp] = node.first_child + c                                       <L 64>
            }
            // adj: if sp < max_depth:                                                            <L 63>
            wp::adj_where(var_78, var_83, var_76, adj_78, adj_83, adj_76, adj_84);
            if (var_78) {
                wp::adj_add(var_76, var_82, adj_76, adj_82, adj_83);
                // adj: sp += 1                                                                   <L 65>
                wp::adj_array_store(var_stack, var_0, var_76, var_80, adj_stack, adj_0, adj_76, adj_80);
                wp::adj_add(var_81, var_77, adj_79, adj_77, adj_80);
                adj_26.first_child = adj_79;
                // adj: stack[i, sp] = node.first_child + c                                       <L 64>
            }
            // adj: if sp < max_depth:                                                            <L 63>
            wp::adj_where(var_70, var_75, var_68, adj_70, adj_75, adj_68, adj_76);
            if (var_70) {
                wp::adj_add(var_68, var_74, adj_68, adj_74, adj_75);
                // adj: sp += 1                                                                   <L 65>
                wp::adj_array_store(var_stack, var_0, var_68, var_72, adj_stack, adj_0, adj_68, adj_72);
                wp::adj_add(var_73, var_69, adj_71, adj_69, adj_72);
                adj_26.first_child = adj_71;
                // adj: stack[i, sp] = node.first_child + c                                       <L 64>
            }
            // adj: if sp < max_depth:                                                            <L 63>
            wp::adj_where(var_62, var_67, var_60, adj_62, adj_67, adj_60, adj_68);
            if (var_62) {
                wp::adj_add(var_60, var_66, adj_60, adj_66, adj_67);
                // adj: sp += 1                                                                   <L 65>
                wp::adj_array_store(var_stack, var_0, var_60, var_64, adj_stack, adj_0, adj_60, adj_64);
                wp::adj_add(var_65, var_61, adj_63, adj_61, adj_64);
                adj_26.first_child = adj_63;
                // adj: stack[i, sp] = node.first_child + c                                       <L 64>
            }
            // adj: if sp < max_depth:                                                            <L 63>
            // adj: for c in range(8):                                                            <L 62>
            wp::adj_where(var_51, var_15, var_50, adj_51, adj_15, adj_50, adj_60);
            if (var_51) {
                wp::adj_assign(var_17, var_59, adj_17, adj_59);
                wp::adj_assign(var_15, var_50, adj_15, adj_50);
                wp::adj_assign(var_4, var_57, adj_4, adj_57);
                // adj: continue                                                                  <L 61>
                wp::adj_add(var_17, var_58, adj_17, adj_58, adj_59);
                // adj: count += 1                                                                <L 60>
                wp::adj_add(var_4, var_54, adj_4, adj_54, adj_57);
                adj_point_accel_0(var_2, var_55, var_56, var_5, adj_2, adj_52, adj_53, adj_5, adj_54);
                adj_26.mass += adj_53;
                adj_26.center_of_mass += adj_52;
                // adj: a += point_accel(p, node.center_of_mass, node.mass, eps2)                 <L 59>
            }
            adj_accept_0(var_26, var_2, var_theta, adj_26, adj_2, adj_theta, adj_51);
            // adj: if accept(node, p, theta):                                                    <L 58>
            wp::adj_where(var_35, var_15, var_32, adj_35, adj_15, adj_32, adj_50);
            if (var_35) {
                wp::adj_assign(var_17, var_49, adj_17, adj_49);
                wp::adj_assign(var_15, var_32, adj_15, adj_32);
                wp::adj_assign(var_4, var_48, adj_4, adj_48);
                // adj: continue                                                                  <L 57>
                wp::adj_where(var_38, var_47, var_17, adj_38, adj_47, adj_17, adj_49);
                wp::adj_where(var_38, var_45, var_4, adj_38, adj_45, adj_4, adj_48);
                if (var_38) {
                    wp::adj_add(var_17, var_46, adj_17, adj_46, adj_47);
                    // adj: count += 1                                                            <L 56>
                    wp::adj_add(var_4, var_42, adj_4, adj_42, adj_45);
                    adj_point_accel_0(var_2, var_43, var_44, var_5, adj_2, adj_40, adj_41, adj_5, adj_42);
                    adj_26.mass += adj_41;
                    adj_26.center_of_mass += adj_40;
                    // adj: a += point_accel(p, node.center_of_mass, node.mass, eps2)             <L 55>
                }
                adj_26.body = adj_37;
                // adj: if node.body != i:                                                        <L 54>
            }
            adj_26.body = adj_33;
            // adj: if node.body >= 0:                                                            <L 53>
            wp::adj_where(var_30, var_15, var_21, adj_30, adj_15, adj_21, adj_32);
            if (var_30) {
                wp::adj_assign(var_15, var_21, adj_15, adj_21);
                // adj: continue                                                                  <L 52>
            }
            adj_26.mass += adj_28;
            // adj: if node.mass == 0.0:                                                          <L 51>
            wp::adj_copy(var_27, adj_25, adj_26);
            wp::adj_address(var_nodes, var_23, adj_nodes, adj_23, adj_25);
            // adj: node = nodes[n]                                                               <L 50>
            wp::adj_copy(var_24, adj_22, adj_23);
            wp::adj_address(var_stack, var_0, var_21, adj_stack, adj_0, adj_21, adj_22);
            // adj: n = stack[i, sp]                                                              <L 49>
            wp::adj_sub(var_15, var_20, adj_15, adj_20, adj_21);
            // adj: sp -= 1                                                                       <L 48>
        goto start_while_0;
        end_while_0:;
        // adj: while sp > 0:                                                                     <L 47>
        // adj: count = int(0)                                                                    <L 46>
        // adj: sp = int(1)                                                                       <L 45>
        wp::adj_array_store(var_stack, var_0, var_13, var_12, adj_stack, adj_0, adj_13, adj_12);
        // adj: stack[i, 0] = 0                                                                   <L 44>
        // adj: sp = int(0)                                                                       <L 43>
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
    wp::launch_bounds_t<1> dim,
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
        bool var_6;
        wp::int32* var_7;
        const wp::int32 var_8 = 0;
        bool var_9;
        wp::int32 var_10;
        wp::int32* var_11;
        const wp::int32 var_12 = 0;
        bool var_13;
        wp::int32 var_14;
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
        wp::float32 var_26;
        wp::float32 var_27;
        wp::vec_t<3, wp::float32>* var_28;
        wp::float32* var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::float32 var_32;
        wp::vec_t<3, wp::float32> var_33;
        const wp::int32 var_34 = 1;
        wp::int32* var_35;
        wp::int32 var_36;
        wp::int32 var_37;
        Node_7b0930f4* var_38;
        Node_7b0930f4 var_39;
        Node_7b0930f4 var_40;
        wp::float32* var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::vec_t<3, wp::float32>* var_44;
        wp::float32* var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::vec_t<3, wp::float32> var_47;
        wp::float32 var_48;
        wp::vec_t<3, wp::float32> var_49;
        const wp::int32 var_50 = 2;
        wp::int32* var_51;
        wp::int32 var_52;
        wp::int32 var_53;
        Node_7b0930f4* var_54;
        Node_7b0930f4 var_55;
        Node_7b0930f4 var_56;
        wp::float32* var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::vec_t<3, wp::float32>* var_60;
        wp::float32* var_61;
        wp::vec_t<3, wp::float32> var_62;
        wp::vec_t<3, wp::float32> var_63;
        wp::float32 var_64;
        wp::vec_t<3, wp::float32> var_65;
        const wp::int32 var_66 = 3;
        wp::int32* var_67;
        wp::int32 var_68;
        wp::int32 var_69;
        Node_7b0930f4* var_70;
        Node_7b0930f4 var_71;
        Node_7b0930f4 var_72;
        wp::float32* var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        wp::vec_t<3, wp::float32>* var_76;
        wp::float32* var_77;
        wp::vec_t<3, wp::float32> var_78;
        wp::vec_t<3, wp::float32> var_79;
        wp::float32 var_80;
        wp::vec_t<3, wp::float32> var_81;
        const wp::int32 var_82 = 4;
        wp::int32* var_83;
        wp::int32 var_84;
        wp::int32 var_85;
        Node_7b0930f4* var_86;
        Node_7b0930f4 var_87;
        Node_7b0930f4 var_88;
        wp::float32* var_89;
        wp::float32 var_90;
        wp::float32 var_91;
        wp::vec_t<3, wp::float32>* var_92;
        wp::float32* var_93;
        wp::vec_t<3, wp::float32> var_94;
        wp::vec_t<3, wp::float32> var_95;
        wp::float32 var_96;
        wp::vec_t<3, wp::float32> var_97;
        const wp::int32 var_98 = 5;
        wp::int32* var_99;
        wp::int32 var_100;
        wp::int32 var_101;
        Node_7b0930f4* var_102;
        Node_7b0930f4 var_103;
        Node_7b0930f4 var_104;
        wp::float32* var_105;
        wp::float32 var_106;
        wp::float32 var_107;
        wp::vec_t<3, wp::float32>* var_108;
        wp::float32* var_109;
        wp::vec_t<3, wp::float32> var_110;
        wp::vec_t<3, wp::float32> var_111;
        wp::float32 var_112;
        wp::vec_t<3, wp::float32> var_113;
        const wp::int32 var_114 = 6;
        wp::int32* var_115;
        wp::int32 var_116;
        wp::int32 var_117;
        Node_7b0930f4* var_118;
        Node_7b0930f4 var_119;
        Node_7b0930f4 var_120;
        wp::float32* var_121;
        wp::float32 var_122;
        wp::float32 var_123;
        wp::vec_t<3, wp::float32>* var_124;
        wp::float32* var_125;
        wp::vec_t<3, wp::float32> var_126;
        wp::vec_t<3, wp::float32> var_127;
        wp::float32 var_128;
        wp::vec_t<3, wp::float32> var_129;
        const wp::int32 var_130 = 7;
        wp::int32* var_131;
        wp::int32 var_132;
        wp::int32 var_133;
        Node_7b0930f4* var_134;
        Node_7b0930f4 var_135;
        Node_7b0930f4 var_136;
        wp::float32* var_137;
        wp::float32 var_138;
        wp::float32 var_139;
        wp::vec_t<3, wp::float32>* var_140;
        wp::float32* var_141;
        wp::vec_t<3, wp::float32> var_142;
        wp::vec_t<3, wp::float32> var_143;
        wp::float32 var_144;
        wp::vec_t<3, wp::float32> var_145;
        const wp::float32 var_146 = 0.0;
        bool var_147;
        wp::vec_t<3, wp::float32> var_148;
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
        var_7 = &((var_4).body);
        var_10 = wp::load(var_7);
        var_9 = (var_10 >= var_8);
        var_6 = var_9;
        if (!var_6) {
            var_11 = &((var_4).first_child);
            var_14 = wp::load(var_11);
            var_13 = (var_14 < var_12);
            var_6 = var_6 || var_13;
        }
        if (var_6) {
            // return                                                                             <L 78>
            continue;
        }
        // m = float(0.0)                                                                         <L 79>
        var_16 = wp::float(var_15);
        // com = wp.vec3()                                                                        <L 80>
        var_17 = wp::vec_t<3, wp::float32>();
        // for c in range(8):                                                                     <L 81>
        // child = nodes[node.first_child + c]                                                    <L 82>
        var_19 = &((var_4).first_child);
        var_21 = wp::load(var_19);
        var_20 = wp::add(var_21, var_18);
        var_22 = wp::address(var_nodes, var_20);
        var_24 = wp::load(var_22);
        var_23 = wp::copy(var_24);
        // m += child.mass                                                                        <L 83>
        var_25 = &((var_23).mass);
        var_27 = wp::load(var_25);
        var_26 = wp::add(var_16, var_27);
        // com += child.center_of_mass * child.mass                                               <L 84>
        var_28 = &((var_23).center_of_mass);
        var_29 = &((var_23).mass);
        var_31 = wp::load(var_28);
        var_32 = wp::load(var_29);
        var_30 = wp::mul(var_31, var_32);
        var_33 = wp::add(var_17, var_30);
        // child = nodes[node.first_child + c]                                                    <L 82>
        var_35 = &((var_4).first_child);
        var_37 = wp::load(var_35);
        var_36 = wp::add(var_37, var_34);
        var_38 = wp::address(var_nodes, var_36);
        var_40 = wp::load(var_38);
        var_39 = wp::copy(var_40);
        // m += child.mass                                                                        <L 83>
        var_41 = &((var_39).mass);
        var_43 = wp::load(var_41);
        var_42 = wp::add(var_26, var_43);
        // com += child.center_of_mass * child.mass                                               <L 84>
        var_44 = &((var_39).center_of_mass);
        var_45 = &((var_39).mass);
        var_47 = wp::load(var_44);
        var_48 = wp::load(var_45);
        var_46 = wp::mul(var_47, var_48);
        var_49 = wp::add(var_33, var_46);
        // child = nodes[node.first_child + c]                                                    <L 82>
        var_51 = &((var_4).first_child);
        var_53 = wp::load(var_51);
        var_52 = wp::add(var_53, var_50);
        var_54 = wp::address(var_nodes, var_52);
        var_56 = wp::load(var_54);
        var_55 = wp::copy(var_56);
        // m += child.mass                                                                        <L 83>
        var_57 = &((var_55).mass);
        var_59 = wp::load(var_57);
        var_58 = wp::add(var_42, var_59);
        // com += child.center_of_mass * child.mass                                               <L 84>
        var_60 = &((var_55).center_of_mass);
        var_61 = &((var_55).mass);
        var_63 = wp::load(var_60);
        var_64 = wp::load(var_61);
        var_62 = wp::mul(var_63, var_64);
        var_65 = wp::add(var_49, var_62);
        // child = nodes[node.first_child + c]                                                    <L 82>
        var_67 = &((var_4).first_child);
        var_69 = wp::load(var_67);
        var_68 = wp::add(var_69, var_66);
        var_70 = wp::address(var_nodes, var_68);
        var_72 = wp::load(var_70);
        var_71 = wp::copy(var_72);
        // m += child.mass                                                                        <L 83>
        var_73 = &((var_71).mass);
        var_75 = wp::load(var_73);
        var_74 = wp::add(var_58, var_75);
        // com += child.center_of_mass * child.mass                                               <L 84>
        var_76 = &((var_71).center_of_mass);
        var_77 = &((var_71).mass);
        var_79 = wp::load(var_76);
        var_80 = wp::load(var_77);
        var_78 = wp::mul(var_79, var_80);
        var_81 = wp::add(var_65, var_78);
        // child = nodes[node.first_child + c]                                                    <L 82>
        var_83 = &((var_4).first_child);
        var_85 = wp::load(var_83);
        var_84 = wp::add(var_85, var_82);
        var_86 = wp::address(var_nodes, var_84);
        var_88 = wp::load(var_86);
        var_87 = wp::copy(var_88);
        // m += child.mass                                                                        <L 83>
        var_89 = &((var_87).mass);
        var_91 = wp::load(var_89);
        var_90 = wp::add(var_74, var_91);
        // com += child.center_of_mass * child.mass                                               <L 84>
        var_92 = &((var_87).center_of_mass);
        var_93 = &((var_87).mass);
        var_95 = wp::load(var_92);
        var_96 = wp::load(var_93);
        var_94 = wp::mul(var_95, var_96);
        var_97 = wp::add(var_81, var_94);
        // child = nodes[node.first_child + c]                                                    <L 82>
        var_99 = &((var_4).first_child);
        var_101 = wp::load(var_99);
        var_100 = wp::add(var_101, var_98);
        var_102 = wp::address(var_nodes, var_100);
        var_104 = wp::load(var_102);
        var_103 = wp::copy(var_104);
        // m += child.mass                                                                        <L 83>
        var_105 = &((var_103).mass);
        var_107 = wp::load(var_105);
        var_106 = wp::add(var_90, var_107);
        // com += child.center_of_mass * child.mass                                               <L 84>
        var_108 = &((var_103).center_of_mass);
        var_109 = &((var_103).mass);
        var_111 = wp::load(var_108);
        var_112 = wp::load(var_109);
        var_110 = wp::mul(var_111, var_112);
        var_113 = wp::add(var_97, var_110);
        // child = nodes[node.first_child + c]                                                    <L 82>
        var_115 = &((var_4).first_child);
        var_117 = wp::load(var_115);
        var_116 = wp::add(var_117, var_114);
        var_118 = wp::address(var_nodes, var_116);
        var_120 = wp::load(var_118);
        var_119 = wp::copy(var_120);
        // m += child.mass                                                                        <L 83>
        var_121 = &((var_119).mass);
        var_123 = wp::load(var_121);
        var_122 = wp::add(var_106, var_123);
        // com += child.center_of_mass * child.mass                                               <L 84>
        var_124 = &((var_119).center_of_mass);
        var_125 = &((var_119).mass);
        var_127 = wp::load(var_124);
        var_128 = wp::load(var_125);
        var_126 = wp::mul(var_127, var_128);
        var_129 = wp::add(var_113, var_126);
        // child = nodes[node.first_child + c]                                                    <L 82>
        var_131 = &((var_4).first_child);
        var_133 = wp::load(var_131);
        var_132 = wp::add(var_133, var_130);
        var_134 = wp::address(var_nodes, var_132);
        var_136 = wp::load(var_134);
        var_135 = wp::copy(var_136);
        // m += child.mass                                                                        <L 83>
        var_137 = &((var_135).mass);
        var_139 = wp::load(var_137);
        var_138 = wp::add(var_122, var_139);
        // com += child.center_of_mass * child.mass                                               <L 84>
        var_140 = &((var_135).center_of_mass);
        var_141 = &((var_135).mass);
        var_143 = wp::load(var_140);
        var_144 = wp::load(var_141);
        var_142 = wp::mul(var_143, var_144);
        var_145 = wp::add(var_129, var_142);
        // node.mass = m                                                                          <L 85>
        var_4.mass = var_138;
        // if m > 0.0:                                                                            <L 86>
        var_147 = (var_138 > var_146);
        if (var_147) {
            // node.center_of_mass = com / m                                                      <L 87>
            var_148 = wp::div(var_145, var_138);
            var_4.center_of_mass = var_148;
        }
        // nodes[n] = node                                                                        <L 88>
        wp::array_store(var_nodes, var_2, var_4);
    }
}



extern "C" __global__ void summarize_children_bd0f18bc_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
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
        bool var_6;
        wp::int32* var_7;
        const wp::int32 var_8 = 0;
        bool var_9;
        wp::int32 var_10;
        wp::int32* var_11;
        const wp::int32 var_12 = 0;
        bool var_13;
        wp::int32 var_14;
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
        wp::float32 var_26;
        wp::float32 var_27;
        wp::vec_t<3, wp::float32>* var_28;
        wp::float32* var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::float32 var_32;
        wp::vec_t<3, wp::float32> var_33;
        const wp::int32 var_34 = 1;
        wp::int32* var_35;
        wp::int32 var_36;
        wp::int32 var_37;
        Node_7b0930f4* var_38;
        Node_7b0930f4 var_39;
        Node_7b0930f4 var_40;
        wp::float32* var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::vec_t<3, wp::float32>* var_44;
        wp::float32* var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::vec_t<3, wp::float32> var_47;
        wp::float32 var_48;
        wp::vec_t<3, wp::float32> var_49;
        const wp::int32 var_50 = 2;
        wp::int32* var_51;
        wp::int32 var_52;
        wp::int32 var_53;
        Node_7b0930f4* var_54;
        Node_7b0930f4 var_55;
        Node_7b0930f4 var_56;
        wp::float32* var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::vec_t<3, wp::float32>* var_60;
        wp::float32* var_61;
        wp::vec_t<3, wp::float32> var_62;
        wp::vec_t<3, wp::float32> var_63;
        wp::float32 var_64;
        wp::vec_t<3, wp::float32> var_65;
        const wp::int32 var_66 = 3;
        wp::int32* var_67;
        wp::int32 var_68;
        wp::int32 var_69;
        Node_7b0930f4* var_70;
        Node_7b0930f4 var_71;
        Node_7b0930f4 var_72;
        wp::float32* var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        wp::vec_t<3, wp::float32>* var_76;
        wp::float32* var_77;
        wp::vec_t<3, wp::float32> var_78;
        wp::vec_t<3, wp::float32> var_79;
        wp::float32 var_80;
        wp::vec_t<3, wp::float32> var_81;
        const wp::int32 var_82 = 4;
        wp::int32* var_83;
        wp::int32 var_84;
        wp::int32 var_85;
        Node_7b0930f4* var_86;
        Node_7b0930f4 var_87;
        Node_7b0930f4 var_88;
        wp::float32* var_89;
        wp::float32 var_90;
        wp::float32 var_91;
        wp::vec_t<3, wp::float32>* var_92;
        wp::float32* var_93;
        wp::vec_t<3, wp::float32> var_94;
        wp::vec_t<3, wp::float32> var_95;
        wp::float32 var_96;
        wp::vec_t<3, wp::float32> var_97;
        const wp::int32 var_98 = 5;
        wp::int32* var_99;
        wp::int32 var_100;
        wp::int32 var_101;
        Node_7b0930f4* var_102;
        Node_7b0930f4 var_103;
        Node_7b0930f4 var_104;
        wp::float32* var_105;
        wp::float32 var_106;
        wp::float32 var_107;
        wp::vec_t<3, wp::float32>* var_108;
        wp::float32* var_109;
        wp::vec_t<3, wp::float32> var_110;
        wp::vec_t<3, wp::float32> var_111;
        wp::float32 var_112;
        wp::vec_t<3, wp::float32> var_113;
        const wp::int32 var_114 = 6;
        wp::int32* var_115;
        wp::int32 var_116;
        wp::int32 var_117;
        Node_7b0930f4* var_118;
        Node_7b0930f4 var_119;
        Node_7b0930f4 var_120;
        wp::float32* var_121;
        wp::float32 var_122;
        wp::float32 var_123;
        wp::vec_t<3, wp::float32>* var_124;
        wp::float32* var_125;
        wp::vec_t<3, wp::float32> var_126;
        wp::vec_t<3, wp::float32> var_127;
        wp::float32 var_128;
        wp::vec_t<3, wp::float32> var_129;
        const wp::int32 var_130 = 7;
        wp::int32* var_131;
        wp::int32 var_132;
        wp::int32 var_133;
        Node_7b0930f4* var_134;
        Node_7b0930f4 var_135;
        Node_7b0930f4 var_136;
        wp::float32* var_137;
        wp::float32 var_138;
        wp::float32 var_139;
        wp::vec_t<3, wp::float32>* var_140;
        wp::float32* var_141;
        wp::vec_t<3, wp::float32> var_142;
        wp::vec_t<3, wp::float32> var_143;
        wp::float32 var_144;
        wp::vec_t<3, wp::float32> var_145;
        const wp::float32 var_146 = 0.0;
        bool var_147;
        wp::vec_t<3, wp::float32> var_148;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::int32 adj_2 = {};
        Node_7b0930f4 adj_3 = {};
        Node_7b0930f4 adj_4 = {};
        Node_7b0930f4 adj_5 = {};
        bool adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        bool adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        bool adj_13 = {};
        wp::int32 adj_14 = {};
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
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::float32 adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::float32 adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        Node_7b0930f4 adj_38 = {};
        Node_7b0930f4 adj_39 = {};
        Node_7b0930f4 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::vec_t<3, wp::float32> adj_44 = {};
        wp::float32 adj_45 = {};
        wp::vec_t<3, wp::float32> adj_46 = {};
        wp::vec_t<3, wp::float32> adj_47 = {};
        wp::float32 adj_48 = {};
        wp::vec_t<3, wp::float32> adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::int32 adj_53 = {};
        Node_7b0930f4 adj_54 = {};
        Node_7b0930f4 adj_55 = {};
        Node_7b0930f4 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::vec_t<3, wp::float32> adj_60 = {};
        wp::float32 adj_61 = {};
        wp::vec_t<3, wp::float32> adj_62 = {};
        wp::vec_t<3, wp::float32> adj_63 = {};
        wp::float32 adj_64 = {};
        wp::vec_t<3, wp::float32> adj_65 = {};
        wp::int32 adj_66 = {};
        wp::int32 adj_67 = {};
        wp::int32 adj_68 = {};
        wp::int32 adj_69 = {};
        Node_7b0930f4 adj_70 = {};
        Node_7b0930f4 adj_71 = {};
        Node_7b0930f4 adj_72 = {};
        wp::float32 adj_73 = {};
        wp::float32 adj_74 = {};
        wp::float32 adj_75 = {};
        wp::vec_t<3, wp::float32> adj_76 = {};
        wp::float32 adj_77 = {};
        wp::vec_t<3, wp::float32> adj_78 = {};
        wp::vec_t<3, wp::float32> adj_79 = {};
        wp::float32 adj_80 = {};
        wp::vec_t<3, wp::float32> adj_81 = {};
        wp::int32 adj_82 = {};
        wp::int32 adj_83 = {};
        wp::int32 adj_84 = {};
        wp::int32 adj_85 = {};
        Node_7b0930f4 adj_86 = {};
        Node_7b0930f4 adj_87 = {};
        Node_7b0930f4 adj_88 = {};
        wp::float32 adj_89 = {};
        wp::float32 adj_90 = {};
        wp::float32 adj_91 = {};
        wp::vec_t<3, wp::float32> adj_92 = {};
        wp::float32 adj_93 = {};
        wp::vec_t<3, wp::float32> adj_94 = {};
        wp::vec_t<3, wp::float32> adj_95 = {};
        wp::float32 adj_96 = {};
        wp::vec_t<3, wp::float32> adj_97 = {};
        wp::int32 adj_98 = {};
        wp::int32 adj_99 = {};
        wp::int32 adj_100 = {};
        wp::int32 adj_101 = {};
        Node_7b0930f4 adj_102 = {};
        Node_7b0930f4 adj_103 = {};
        Node_7b0930f4 adj_104 = {};
        wp::float32 adj_105 = {};
        wp::float32 adj_106 = {};
        wp::float32 adj_107 = {};
        wp::vec_t<3, wp::float32> adj_108 = {};
        wp::float32 adj_109 = {};
        wp::vec_t<3, wp::float32> adj_110 = {};
        wp::vec_t<3, wp::float32> adj_111 = {};
        wp::float32 adj_112 = {};
        wp::vec_t<3, wp::float32> adj_113 = {};
        wp::int32 adj_114 = {};
        wp::int32 adj_115 = {};
        wp::int32 adj_116 = {};
        wp::int32 adj_117 = {};
        Node_7b0930f4 adj_118 = {};
        Node_7b0930f4 adj_119 = {};
        Node_7b0930f4 adj_120 = {};
        wp::float32 adj_121 = {};
        wp::float32 adj_122 = {};
        wp::float32 adj_123 = {};
        wp::vec_t<3, wp::float32> adj_124 = {};
        wp::float32 adj_125 = {};
        wp::vec_t<3, wp::float32> adj_126 = {};
        wp::vec_t<3, wp::float32> adj_127 = {};
        wp::float32 adj_128 = {};
        wp::vec_t<3, wp::float32> adj_129 = {};
        wp::int32 adj_130 = {};
        wp::int32 adj_131 = {};
        wp::int32 adj_132 = {};
        wp::int32 adj_133 = {};
        Node_7b0930f4 adj_134 = {};
        Node_7b0930f4 adj_135 = {};
        Node_7b0930f4 adj_136 = {};
        wp::float32 adj_137 = {};
        wp::float32 adj_138 = {};
        wp::float32 adj_139 = {};
        wp::vec_t<3, wp::float32> adj_140 = {};
        wp::float32 adj_141 = {};
        wp::vec_t<3, wp::float32> adj_142 = {};
        wp::vec_t<3, wp::float32> adj_143 = {};
        wp::float32 adj_144 = {};
        wp::vec_t<3, wp::float32> adj_145 = {};
        wp::float32 adj_146 = {};
        bool adj_147 = {};
        wp::vec_t<3, wp::float32> adj_148 = {};
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
        var_7 = &((var_4).body);
        var_10 = wp::load(var_7);
        var_9 = (var_10 >= var_8);
        var_6 = var_9;
        if (!var_6) {
            var_11 = &((var_4).first_child);
            var_14 = wp::load(var_11);
            var_13 = (var_14 < var_12);
            var_6 = var_6 || var_13;
        }
        if (var_6) {
            // return                                                                             <L 78>
            goto label1;
        }
        // m = float(0.0)                                                                         <L 79>
        var_16 = wp::float(var_15);
        // com = wp.vec3()                                                                        <L 80>
        var_17 = wp::vec_t<3, wp::float32>();
        // for c in range(8):                                                                     <L 81>
        // child = nodes[node.first_child + c]                                                    <L 82>
        var_19 = &((var_4).first_child);
        var_21 = wp::load(var_19);
        var_20 = wp::add(var_21, var_18);
        var_22 = wp::address(var_nodes, var_20);
        var_24 = wp::load(var_22);
        var_23 = wp::copy(var_24);
        // m += child.mass                                                                        <L 83>
        var_25 = &((var_23).mass);
        var_27 = wp::load(var_25);
        var_26 = wp::add(var_16, var_27);
        // com += child.center_of_mass * child.mass                                               <L 84>
        var_28 = &((var_23).center_of_mass);
        var_29 = &((var_23).mass);
        var_31 = wp::load(var_28);
        var_32 = wp::load(var_29);
        var_30 = wp::mul(var_31, var_32);
        var_33 = wp::add(var_17, var_30);
        // child = nodes[node.first_child + c]                                                    <L 82>
        var_35 = &((var_4).first_child);
        var_37 = wp::load(var_35);
        var_36 = wp::add(var_37, var_34);
        var_38 = wp::address(var_nodes, var_36);
        var_40 = wp::load(var_38);
        var_39 = wp::copy(var_40);
        // m += child.mass                                                                        <L 83>
        var_41 = &((var_39).mass);
        var_43 = wp::load(var_41);
        var_42 = wp::add(var_26, var_43);
        // com += child.center_of_mass * child.mass                                               <L 84>
        var_44 = &((var_39).center_of_mass);
        var_45 = &((var_39).mass);
        var_47 = wp::load(var_44);
        var_48 = wp::load(var_45);
        var_46 = wp::mul(var_47, var_48);
        var_49 = wp::add(var_33, var_46);
        // child = nodes[node.first_child + c]                                                    <L 82>
        var_51 = &((var_4).first_child);
        var_53 = wp::load(var_51);
        var_52 = wp::add(var_53, var_50);
        var_54 = wp::address(var_nodes, var_52);
        var_56 = wp::load(var_54);
        var_55 = wp::copy(var_56);
        // m += child.mass                                                                        <L 83>
        var_57 = &((var_55).mass);
        var_59 = wp::load(var_57);
        var_58 = wp::add(var_42, var_59);
        // com += child.center_of_mass * child.mass                                               <L 84>
        var_60 = &((var_55).center_of_mass);
        var_61 = &((var_55).mass);
        var_63 = wp::load(var_60);
        var_64 = wp::load(var_61);
        var_62 = wp::mul(var_63, var_64);
        var_65 = wp::add(var_49, var_62);
        // child = nodes[node.first_child + c]                                                    <L 82>
        var_67 = &((var_4).first_child);
        var_69 = wp::load(var_67);
        var_68 = wp::add(var_69, var_66);
        var_70 = wp::address(var_nodes, var_68);
        var_72 = wp::load(var_70);
        var_71 = wp::copy(var_72);
        // m += child.mass                                                                        <L 83>
        var_73 = &((var_71).mass);
        var_75 = wp::load(var_73);
        var_74 = wp::add(var_58, var_75);
        // com += child.center_of_mass * child.mass                                               <L 84>
        var_76 = &((var_71).center_of_mass);
        var_77 = &((var_71).mass);
        var_79 = wp::load(var_76);
        var_80 = wp::load(var_77);
        var_78 = wp::mul(var_79, var_80);
        var_81 = wp::add(var_65, var_78);
        // child = nodes[node.first_child + c]                                                    <L 82>
        var_83 = &((var_4).first_child);
        var_85 = wp::load(var_83);
        var_84 = wp::add(var_85, var_82);
        var_86 = wp::address(var_nodes, var_84);
        var_88 = wp::load(var_86);
        var_87 = wp::copy(var_88);
        // m += child.mass                                                                        <L 83>
        var_89 = &((var_87).mass);
        var_91 = wp::load(var_89);
        var_90 = wp::add(var_74, var_91);
        // com += child.center_of_mass * child.mass                                               <L 84>
        var_92 = &((var_87).center_of_mass);
        var_93 = &((var_87).mass);
        var_95 = wp::load(var_92);
        var_96 = wp::load(var_93);
        var_94 = wp::mul(var_95, var_96);
        var_97 = wp::add(var_81, var_94);
        // child = nodes[node.first_child + c]                                                    <L 82>
        var_99 = &((var_4).first_child);
        var_101 = wp::load(var_99);
        var_100 = wp::add(var_101, var_98);
        var_102 = wp::address(var_nodes, var_100);
        var_104 = wp::load(var_102);
        var_103 = wp::copy(var_104);
        // m += child.mass                                                                        <L 83>
        var_105 = &((var_103).mass);
        var_107 = wp::load(var_105);
        var_106 = wp::add(var_90, var_107);
        // com += child.center_of_mass * child.mass                                               <L 84>
        var_108 = &((var_103).center_of_mass);
        var_109 = &((var_103).mass);
        var_111 = wp::load(var_108);
        var_112 = wp::load(var_109);
        var_110 = wp::mul(var_111, var_112);
        var_113 = wp::add(var_97, var_110);
        // child = nodes[node.first_child + c]                                                    <L 82>
        var_115 = &((var_4).first_child);
        var_117 = wp::load(var_115);
        var_116 = wp::add(var_117, var_114);
        var_118 = wp::address(var_nodes, var_116);
        var_120 = wp::load(var_118);
        var_119 = wp::copy(var_120);
        // m += child.mass                                                                        <L 83>
        var_121 = &((var_119).mass);
        var_123 = wp::load(var_121);
        var_122 = wp::add(var_106, var_123);
        // com += child.center_of_mass * child.mass                                               <L 84>
        var_124 = &((var_119).center_of_mass);
        var_125 = &((var_119).mass);
        var_127 = wp::load(var_124);
        var_128 = wp::load(var_125);
        var_126 = wp::mul(var_127, var_128);
        var_129 = wp::add(var_113, var_126);
        // child = nodes[node.first_child + c]                                                    <L 82>
        var_131 = &((var_4).first_child);
        var_133 = wp::load(var_131);
        var_132 = wp::add(var_133, var_130);
        var_134 = wp::address(var_nodes, var_132);
        var_136 = wp::load(var_134);
        var_135 = wp::copy(var_136);
        // m += child.mass                                                                        <L 83>
        var_137 = &((var_135).mass);
        var_139 = wp::load(var_137);
        var_138 = wp::add(var_122, var_139);
        // com += child.center_of_mass * child.mass                                               <L 84>
        var_140 = &((var_135).center_of_mass);
        var_141 = &((var_135).mass);
        var_143 = wp::load(var_140);
        var_144 = wp::load(var_141);
        var_142 = wp::mul(var_143, var_144);
        var_145 = wp::add(var_129, var_142);
        // node.mass = m                                                                          <L 85>
        var_4.mass = var_138;
        // if m > 0.0:                                                                            <L 86>
        var_147 = (var_138 > var_146);
        if (var_147) {
            // node.center_of_mass = com / m                                                      <L 87>
            var_148 = wp::div(var_145, var_138);
            var_4.center_of_mass = var_148;
        }
        // nodes[n] = node                                                                        <L 88>
        // wp::array_store(var_nodes, var_2, var_4);
        //---------
        // reverse
        wp::adj_array_store(var_nodes, var_2, var_4, adj_nodes, adj_2, adj_4);
        // adj: nodes[n] = node                                                                   <L 88>
        if (var_147) {
            adj_148 += adj_4.center_of_mass;
            adj_4.center_of_mass = {};
            wp::adj_div(var_145, var_138, adj_145, adj_138, adj_148);
            // adj: node.center_of_mass = com / m                                                 <L 87>
        }
        // adj: if m > 0.0:                                                                       <L 86>
        adj_138 += adj_4.mass;
        adj_4.mass = {};
        // adj: node.mass = m                                                                     <L 85>
        wp::adj_add(var_129, var_142, adj_129, adj_142, adj_145);
        wp::adj_mul(var_143, var_144, adj_140, adj_141, adj_142);
        adj_135.mass += adj_141;
        adj_135.center_of_mass += adj_140;
        // adj: com += child.center_of_mass * child.mass                                          <L 84>
        wp::adj_add(var_122, var_139, adj_122, adj_137, adj_138);
        adj_135.mass += adj_137;
        // adj: m += child.mass                                                                   <L 83>
        wp::adj_copy(var_136, adj_134, adj_135);
        wp::adj_address(var_nodes, var_132, adj_nodes, adj_132, adj_134);
        wp::adj_add(var_133, var_130, adj_131, adj_130, adj_132);
        adj_4.first_child = adj_131;
        // adj: child = nodes[node.first_child + c]                                               <L 82>
        wp::adj_add(var_113, var_126, adj_113, adj_126, adj_129);
        wp::adj_mul(var_127, var_128, adj_124, adj_125, adj_126);
        adj_119.mass += adj_125;
        adj_119.center_of_mass += adj_124;
        // adj: com += child.center_of_mass * child.mass                                          <L 84>
        wp::adj_add(var_106, var_123, adj_106, adj_121, adj_122);
        adj_119.mass += adj_121;
        // adj: m += child.mass                                                                   <L 83>
        wp::adj_copy(var_120, adj_118, adj_119);
        wp::adj_address(var_nodes, var_116, adj_nodes, adj_116, adj_118);
        wp::adj_add(var_117, var_114, adj_115, adj_114, adj_116);
        adj_4.first_child = adj_115;
        // adj: child = nodes[node.first_child + c]                                               <L 82>
        wp::adj_add(var_97, var_110, adj_97, adj_110, adj_113);
        wp::adj_mul(var_111, var_112, adj_108, adj_109, adj_110);
        adj_103.mass += adj_109;
        adj_103.center_of_mass += adj_108;
        // adj: com += child.center_of_mass * child.mass                                          <L 84>
        wp::adj_add(var_90, var_107, adj_90, adj_105, adj_106);
        adj_103.mass += adj_105;
        // adj: m += child.mass                                                                   <L 83>
        wp::adj_copy(var_104, adj_102, adj_103);
        wp::adj_address(var_nodes, var_100, adj_nodes, adj_100, adj_102);
        wp::adj_add(var_101, var_98, adj_99, adj_98, adj_100);
        adj_4.first_child = adj_99;
        // adj: child = nodes[node.first_child + c]                                               <L 82>
        wp::adj_add(var_81, var_94, adj_81, adj_94, adj_97);
        wp::adj_mul(var_95, var_96, adj_92, adj_93, adj_94);
        adj_87.mass += adj_93;
        adj_87.center_of_mass += adj_92;
        // adj: com += child.center_of_mass * child.mass                                          <L 84>
        wp::adj_add(var_74, var_91, adj_74, adj_89, adj_90);
        adj_87.mass += adj_89;
        // adj: m += child.mass                                                                   <L 83>
        wp::adj_copy(var_88, adj_86, adj_87);
        wp::adj_address(var_nodes, var_84, adj_nodes, adj_84, adj_86);
        wp::adj_add(var_85, var_82, adj_83, adj_82, adj_84);
        adj_4.first_child = adj_83;
        // adj: child = nodes[node.first_child + c]                                               <L 82>
        wp::adj_add(var_65, var_78, adj_65, adj_78, adj_81);
        wp::adj_mul(var_79, var_80, adj_76, adj_77, adj_78);
        adj_71.mass += adj_77;
        adj_71.center_of_mass += adj_76;
        // adj: com += child.center_of_mass * child.mass                                          <L 84>
        wp::adj_add(var_58, var_75, adj_58, adj_73, adj_74);
        adj_71.mass += adj_73;
        // adj: m += child.mass                                                                   <L 83>
        wp::adj_copy(var_72, adj_70, adj_71);
        wp::adj_address(var_nodes, var_68, adj_nodes, adj_68, adj_70);
        wp::adj_add(var_69, var_66, adj_67, adj_66, adj_68);
        adj_4.first_child = adj_67;
        // adj: child = nodes[node.first_child + c]                                               <L 82>
        wp::adj_add(var_49, var_62, adj_49, adj_62, adj_65);
        wp::adj_mul(var_63, var_64, adj_60, adj_61, adj_62);
        adj_55.mass += adj_61;
        adj_55.center_of_mass += adj_60;
        // adj: com += child.center_of_mass * child.mass                                          <L 84>
        wp::adj_add(var_42, var_59, adj_42, adj_57, adj_58);
        adj_55.mass += adj_57;
        // adj: m += child.mass                                                                   <L 83>
        wp::adj_copy(var_56, adj_54, adj_55);
        wp::adj_address(var_nodes, var_52, adj_nodes, adj_52, adj_54);
        wp::adj_add(var_53, var_50, adj_51, adj_50, adj_52);
        adj_4.first_child = adj_51;
        // adj: child = nodes[node.first_child + c]                                               <L 82>
        wp::adj_add(var_33, var_46, adj_33, adj_46, adj_49);
        wp::adj_mul(var_47, var_48, adj_44, adj_45, adj_46);
        adj_39.mass += adj_45;
        adj_39.center_of_mass += adj_44;
        // adj: com += child.center_of_mass * child.mass                                          <L 84>
        wp::adj_add(var_26, var_43, adj_26, adj_41, adj_42);
        adj_39.mass += adj_41;
        // adj: m += child.mass                                                                   <L 83>
        wp::adj_copy(var_40, adj_38, adj_39);
        wp::adj_address(var_nodes, var_36, adj_nodes, adj_36, adj_38);
        wp::adj_add(var_37, var_34, adj_35, adj_34, adj_36);
        adj_4.first_child = adj_35;
        // adj: child = nodes[node.first_child + c]                                               <L 82>
        wp::adj_add(var_17, var_30, adj_17, adj_30, adj_33);
        wp::adj_mul(var_31, var_32, adj_28, adj_29, adj_30);
        adj_23.mass += adj_29;
        adj_23.center_of_mass += adj_28;
        // adj: com += child.center_of_mass * child.mass                                          <L 84>
        wp::adj_add(var_16, var_27, adj_16, adj_25, adj_26);
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
        if (var_6) {
            label1:;
            // adj: return                                                                        <L 78>
        }
        if (!var_6) {
            adj_4.first_child = adj_11;
        }
        adj_4.body = adj_7;
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

