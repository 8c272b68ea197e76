# mesh.py: wp.Mesh and wp.Bvh queries (native/mesh.h, bvh.h, intersect.h,
# solid_angle.h), ported operation for operation: the same float operations
# in the same order, the same traversal order and stack behaviour, so that
# results (faces, barycentrics, signs, iteration order) are those of Warp's
# compiled C++, ties included.
#
# A mesh or BVH id is the address of Warp's Mesh / BVH struct in host memory
# (runtime/bvh.c builds them with Warp's layout of the version), read here
# through wp.array(ptr=..., dtype=...) mirrors of those structs: Mesh16 /
# Bvh16 (Warp 1.16: BVH.item_groups, constructor_type) and Mesh110 /
# Bvh110.  Functions taking `v10` follow Warp 1.10 where the versions
# differ only in scalar semantics: 1.10's float min/max are a < b ? a : b,
# 1.16's the fmin/fmax of the library's own wp.min/wp.max.  Where the
# algorithms differ the functions are separate (_110 / _16).
#
# Query objects (the LLVM types of wp.MeshQueryPoint, MeshQueryRay,
# MeshQueryAABB, BvhQuery and Mesh in backends/llvm.c) are the structs
# MeshQueryPointResult, MeshQueryRayResult, MeshQueryAABBState,
# BvhQueryState and MeshArrays: the query states hold Warp's query fields
# (its traversal stack of 32 entries) and, in place of Warp's copy of the
# whole Mesh / BVH, the pointers the traversal reads.  *_next functions
# return the advanced state, whether an item was found and its index.
#
# Two operations have no plain Warp Python spelling: fmaf (intersect.h's
# diff_product), taken from the float mat22 product, which Warp's mat.h
# (and wpc's lowering) accumulates with fma; and ::acosf without Warp's
# clamp (mesh_query_point_sign_normal), NaN outside [-1, 1].
# mesh_query_inside_parity draws its three random offsets left to right (the
# order of Warp's clang build; the argument order of a C++ constructor call
# is unspecified, GCC evaluates right to left).

import warp as wp

vec32i = wp.types.vector(length=32, dtype=wp.int32)
vec32f = wp.types.vector(length=32, dtype=wp.float32)

FLT_MAX_ = wp.constant(3.4028234663852886e38)
PI_F = wp.constant(3.14159265359)


@wp.struct
class BvhNode:
    # BVHPackedNodeHalf: x, y, z, then i (31 bits) and b (the top bit)
    x: wp.float32
    y: wp.float32
    z: wp.float32
    w: wp.uint32


@wp.struct
class WarpArrayHeader:
    # array_t<T> (56 bytes; 1.10's int ndim, 1.16's uint16 ndim and flags)
    data: wp.uint64
    grad: wp.uint64
    shape: wp.vec4i
    strides: wp.vec4i
    ndim: wp.int32


@wp.struct
class Bvh16:
    # BVH (Warp 1.16)
    node_lowers: wp.uint64
    node_uppers: wp.uint64
    node_parents: wp.uint64
    node_counts: wp.uint64
    primitive_indices: wp.uint64
    max_depth: wp.int32
    max_nodes: wp.int32
    num_nodes: wp.int32
    num_leaf_nodes: wp.int32
    root: wp.uint64
    item_lowers: wp.uint64
    item_uppers: wp.uint64
    item_groups: wp.uint64
    num_items: wp.int32
    leaf_size: wp.int32
    constructor_type: wp.int32
    context: wp.uint64


@wp.struct
class Bvh110:
    # BVH (Warp 1.10)
    node_lowers: wp.uint64
    node_uppers: wp.uint64
    node_parents: wp.uint64
    node_counts: wp.uint64
    primitive_indices: wp.uint64
    max_depth: wp.int32
    max_nodes: wp.int32
    num_nodes: wp.int32
    num_leaf_nodes: wp.int32
    root: wp.uint64
    item_lowers: wp.uint64
    item_uppers: wp.uint64
    num_items: wp.int32
    leaf_size: wp.int32
    context: wp.uint64


@wp.struct
class Mesh16:
    # Mesh (Warp 1.16)
    points: WarpArrayHeader
    velocities: WarpArrayHeader
    indices: WarpArrayHeader
    lowers: wp.uint64
    uppers: wp.uint64
    solid_angle_props: wp.uint64
    num_points: wp.int32
    num_tris: wp.int32
    bvh: Bvh16
    context: wp.uint64
    average_edge_length: wp.float32


@wp.struct
class Mesh110:
    # Mesh (Warp 1.10)
    points: WarpArrayHeader
    velocities: WarpArrayHeader
    indices: WarpArrayHeader
    lowers: wp.uint64
    uppers: wp.uint64
    solid_angle_props: wp.uint64
    num_points: wp.int32
    num_tris: wp.int32
    bvh: Bvh110
    context: wp.uint64
    average_edge_length: wp.float32


@wp.struct
class SolidAngleProps:
    # SolidAngleProps (solid_angle.h, 144 bytes)
    average_p: wp.vec3
    normal: wp.vec3
    n_ij_diag: wp.vec3
    n_ijk_diag: wp.vec3
    sum_permute_n_xyz: wp.float32
    two_n_xxy_n_yxx: wp.float32
    two_n_xxz_n_zxx: wp.float32
    two_n_yyz_n_zyy: wp.float32
    two_n_yyx_n_xyy: wp.float32
    two_n_zzx_n_xzz: wp.float32
    two_n_zzy_n_yzz: wp.float32
    n_xy: wp.float32
    n_yx: wp.float32
    n_yz: wp.float32
    n_zy: wp.float32
    n_zx: wp.float32
    n_xz: wp.float32
    box_lower: wp.vec3
    box_upper: wp.vec3
    area_P: wp.vec3
    area: wp.float32
    max_p_dist_sq: wp.float32


@wp.struct
class MeshView:
    # the fields of a Mesh (either version) the queries read
    points: wp.uint64
    velocities: wp.uint64
    indices: wp.uint64
    lowers: wp.uint64
    uppers: wp.uint64
    props: wp.uint64
    average_edge_length: wp.float32
    node_lowers: wp.uint64
    node_uppers: wp.uint64
    node_parents: wp.uint64
    primitive_indices: wp.uint64
    root: wp.uint64
    item_groups: wp.uint64
    num_leaf_nodes: wp.int32
    leaf_size: wp.int32


@wp.struct
class MeshArrays:
    # wp.Mesh (mesh_get): its points, velocities and indices
    points: wp.array(dtype=wp.vec3)
    velocities: wp.array(dtype=wp.vec3)
    indices: wp.array(dtype=wp.int32)


@wp.struct
class MeshQueryPointResult:
    # mesh_query_point_t
    result: wp.bool
    sign: wp.float32
    face: wp.int32
    u: wp.float32
    v: wp.float32


@wp.struct
class MeshQueryRayResult:
    # mesh_query_ray_t
    sign: wp.float32
    face: wp.int32
    t: wp.float32
    u: wp.float32
    v: wp.float32
    normal: wp.vec3
    result: wp.bool


@wp.struct
class MeshQueryAABBState:
    # mesh_query_aabb_t: the mesh's tree, its stack and inputs
    node_lowers: wp.uint64
    node_uppers: wp.uint64
    primitive_indices: wp.uint64
    lowers: wp.uint64
    uppers: wp.uint64
    leaf_size: wp.int32
    stack: vec32i
    count: wp.int32
    input_lower: wp.vec3
    input_upper: wp.vec3
    primitive_counter: wp.int32
    face: wp.int32


@wp.struct
class MeshQueryAABBNext:
    query: MeshQueryAABBState
    found: wp.bool
    index: wp.int32


@wp.struct
class BvhQueryState:
    # bvh_query_t: the tree, its stack and inputs
    node_lowers: wp.uint64
    node_uppers: wp.uint64
    primitive_indices: wp.uint64
    item_lowers: wp.uint64
    item_uppers: wp.uint64
    stack: vec32i
    count: wp.int32
    primitive_counter: wp.int32
    input_lower: wp.vec3
    input_upper: wp.vec3
    bounds_nr: wp.int32
    is_ray: wp.bool


@wp.struct
class BvhQueryNext:
    query: BvhQueryState
    found: wp.bool
    index: wp.int32


@wp.struct
class RayTriHit:
    # intersect_ray_tri_woop's outputs
    hit: wp.bool
    t: wp.float32
    u: wp.float32
    v: wp.float32
    sign: wp.float32
    normal: wp.vec3


@wp.struct
class ClosestHit:
    found: wp.bool
    face: wp.int32
    v: wp.float32
    w: wp.float32


# ---- memory: C arrays without bounds (Warp's pointers) ----
@wp.func
def _mi(ptr: wp.uint64, i: wp.int32):
    return wp.array(ptr=ptr, shape=(2147483647,), dtype=wp.int32)[i]


@wp.func
def _mv(ptr: wp.uint64, i: wp.int32):
    return wp.array(ptr=ptr, shape=(178956970,), dtype=wp.vec3)[i]


@wp.func
def _node(ptr: wp.uint64, i: wp.int32):
    return wp.array(ptr=ptr, shape=(134217727,), dtype=BvhNode)[i]


@wp.func
def _nb(n: BvhNode):
    return wp.vec3(n.x, n.y, n.z)


@wp.func
def _ni(n: BvhNode):
    return wp.int32(n.w & wp.uint32(0x7FFFFFFF))


@wp.func
def _nleaf(n: BvhNode):
    return (n.w >> wp.uint32(31)) != wp.uint32(0)


@wp.func
def _mesh_view(id: wp.uint64, v10: wp.bool):
    r = MeshView()
    if v10:
        m10 = wp.array(ptr=id, shape=(1,), dtype=Mesh110)[0]
        r.points = m10.points.data
        r.velocities = m10.velocities.data
        r.indices = m10.indices.data
        r.lowers = m10.lowers
        r.uppers = m10.uppers
        r.props = m10.solid_angle_props
        r.average_edge_length = m10.average_edge_length
        r.node_lowers = m10.bvh.node_lowers
        r.node_uppers = m10.bvh.node_uppers
        r.node_parents = m10.bvh.node_parents
        r.primitive_indices = m10.bvh.primitive_indices
        r.root = m10.bvh.root
        r.num_leaf_nodes = m10.bvh.num_leaf_nodes
        r.leaf_size = m10.bvh.leaf_size
    else:
        m16 = wp.array(ptr=id, shape=(1,), dtype=Mesh16)[0]
        r.points = m16.points.data
        r.velocities = m16.velocities.data
        r.indices = m16.indices.data
        r.lowers = m16.lowers
        r.uppers = m16.uppers
        r.props = m16.solid_angle_props
        r.average_edge_length = m16.average_edge_length
        r.node_lowers = m16.bvh.node_lowers
        r.node_uppers = m16.bvh.node_uppers
        r.node_parents = m16.bvh.node_parents
        r.primitive_indices = m16.bvh.primitive_indices
        r.root = m16.bvh.root
        r.item_groups = m16.bvh.item_groups
        r.num_leaf_nodes = m16.bvh.num_leaf_nodes
        r.leaf_size = m16.bvh.leaf_size
    return r


@wp.func
def _root(m: MeshView, root: wp.int32):
    # (root == -1) ? *bvh.root : root
    if root == -1:
        return _mi(m.root, 0)
    return root


@wp.func
def _tri(m: MeshView, prim: wp.int32, k: wp.int32):
    return _mv(m.points, _mi(m.indices, prim * 3 + k))


# ---- scalar helpers ----
@wp.func
def _fmin(a: float, b: float, v10: wp.bool):
    # wp::min(float, float): 1.10 a < b ? a : b, 1.16 fmin
    if v10:
        return wp.where(a < b, a, b)
    return wp.min(a, b)


@wp.func
def _fmax(a: float, b: float, v10: wp.bool):
    if v10:
        return wp.where(a > b, a, b)
    return wp.max(a, b)


@wp.func
def _fmaf(a: float, b: float, c: float):
    # fmaf(a, b, c): (mat22(1, a, 0, 0) * mat22(c, 0, b, 0))[0, 0] is
    # fma(a, b, fma(1, c, 0)), the sign of a zero c aside (which decides
    # nothing in diff_product)
    m = wp.mat22(1.0, a, 0.0, 0.0) * wp.mat22(c, 0.0, b, 0.0)
    return m[0, 0]


@wp.func
def _diff_product(a: float, b: float, c: float, d: float):
    cd = c * d
    diff = _fmaf(a, b, -cd)
    error = _fmaf(-c, d, cd)
    return diff + error


@wp.func
def _acosf(x: float):
    # ::acosf (no clamp): NaN outside [-1, 1]
    if x >= -1.0 and x <= 1.0:
        return wp.acos(x)
    z = x - x
    return z / z


# ---- intersect.h ----
@wp.func
def _closest_point_to_triangle(a: wp.vec3, b: wp.vec3, c: wp.vec3, p: wp.vec3):
    ab = b - a
    ac = c - a
    ap = p - a
    d1 = wp.dot(ab, ap)
    d2 = wp.dot(ac, ap)
    if d1 <= 0.0 and d2 <= 0.0:
        return wp.vec2(1.0 - 0.0 - 0.0, 0.0)
    bp = p - b
    d3 = wp.dot(ab, bp)
    d4 = wp.dot(ac, bp)
    if d3 >= 0.0 and d4 <= d3:
        return wp.vec2(1.0 - 1.0 - 0.0, 1.0)
    vc = d1 * d4 - d3 * d2
    if vc <= 0.0 and d1 >= 0.0 and d3 <= 0.0:
        v = d1 / (d1 - d3)
        return wp.vec2(1.0 - v - 0.0, v)
    cp = p - c
    d5 = wp.dot(ab, cp)
    d6 = wp.dot(ac, cp)
    if d6 >= 0.0 and d5 <= d6:
        return wp.vec2(1.0 - 0.0 - 1.0, 0.0)
    vb = d5 * d2 - d1 * d6
    if vb <= 0.0 and d2 >= 0.0 and d6 <= 0.0:
        w = d2 / (d2 - d6)
        return wp.vec2(1.0 - 0.0 - w, 0.0)
    va = d3 * d6 - d5 * d4
    if va <= 0.0 and (d4 - d3) >= 0.0 and (d5 - d6) >= 0.0:
        w = (d4 - d3) / ((d4 - d3) + (d5 - d6))
        v = 1.0 - w
        return wp.vec2(1.0 - v - w, v)
    denom = 1.0 / (va + vb + vc)
    v = vb * denom
    w = vc * denom
    return wp.vec2(1.0 - v - w, v)


@wp.func
def _furthest_point_to_triangle(a: wp.vec3, b: wp.vec3, c: wp.vec3, p: wp.vec3):
    pa = p - a
    pb = p - b
    pc = p - c
    dist_a = wp.dot(pa, pa)
    dist_b = wp.dot(pb, pb)
    dist_c = wp.dot(pc, pc)
    if dist_a > dist_b and dist_a > dist_c:
        return wp.vec2(1.0, 0.0)
    if dist_b > dist_c:
        return wp.vec2(0.0, 1.0)
    return wp.vec2(0.0, 0.0)


@wp.func
def _ray_aabb(pos: wp.vec3, rcp_dir: wp.vec3, lower: wp.vec3, upper: wp.vec3, v10: wp.bool):
    # intersect_ray_aabb: (hit, t); t is lmin (Warp writes it only on a hit)
    l1 = (lower[0] - pos[0]) * rcp_dir[0]
    l2 = (upper[0] - pos[0]) * rcp_dir[0]
    lmin = _fmin(l1, l2, v10)
    lmax = _fmax(l1, l2, v10)
    l1 = (lower[1] - pos[1]) * rcp_dir[1]
    l2 = (upper[1] - pos[1]) * rcp_dir[1]
    lmin = _fmax(_fmin(l1, l2, v10), lmin, v10)
    lmax = _fmin(_fmax(l1, l2, v10), lmax, v10)
    l1 = (lower[2] - pos[2]) * rcp_dir[2]
    l2 = (upper[2] - pos[2]) * rcp_dir[2]
    lmin = _fmax(_fmin(l1, l2, v10), lmin, v10)
    lmax = _fmin(_fmax(l1, l2, v10), lmax, v10)
    hit = lmax >= 0.0 and lmax >= lmin
    return hit, lmin


@wp.func
def _ray_aabb_robust(pos: wp.vec3, dir: wp.vec3, rcp_dir: wp.vec3, lower: wp.vec3, upper: wp.vec3):
    # intersect_ray_aabb_robust (Warp 1.16): slabs of zero direction test the origin
    lmin = -FLT_MAX_
    lmax = FLT_MAX_
    out = bool(True)
    for i in range(3):
        if out:
            if dir[i] == 0.0:
                if pos[i] < lower[i] or pos[i] > upper[i]:
                    out = False
            else:
                l1 = (lower[i] - pos[i]) * rcp_dir[i]
                l2 = (upper[i] - pos[i]) * rcp_dir[i]
                lmin = wp.max(wp.min(l1, l2), lmin)
                lmax = wp.min(wp.max(l1, l2), lmax)
    hit = out and lmax >= 0.0 and lmax >= lmin
    return hit, lmin


@wp.func
def _aabb_aabb(a_lower: wp.vec3, a_upper: wp.vec3, b_lower: wp.vec3, b_upper: wp.vec3):
    # intersect_aabb_aabb
    if (
        a_lower[0] > b_upper[0]
        or a_lower[1] > b_upper[1]
        or a_lower[2] > b_upper[2]
        or a_upper[0] < b_lower[0]
        or a_upper[1] < b_lower[1]
        or a_upper[2] < b_lower[2]
    ):
        return False
    return True


@wp.func
def _max_dim(a: wp.vec3):
    # longest_axis(vec3(|x|, |y|, |z|)): the first largest
    lmax = wp.abs(a[0])
    ret = int(0)
    y = wp.abs(a[1])
    if y > lmax:
        ret = 1
        lmax = y
    z = wp.abs(a[2])
    if z > lmax:
        ret = 2
    return ret


@wp.func
def _ray_tri_woop(p: wp.vec3, dir: wp.vec3, a: wp.vec3, b: wp.vec3, c: wp.vec3):
    # intersect_ray_tri_woop (http://jcgt.org/published/0002/01/05/)
    r = RayTriHit()
    kz = _max_dim(dir)
    kx = kz + 1
    if kx == 3:
        kx = 0
    ky = kx + 1
    if ky == 3:
        ky = 0
    if dir[kz] < 0.0:
        tmp = kx
        kx = ky
        ky = tmp
    Sx = dir[kx] / dir[kz]
    Sy = dir[ky] / dir[kz]
    Sz = 1.0 / dir[kz]
    A = a - p
    B = b - p
    C = c - p
    Ax = A[kx] - Sx * A[kz]
    Ay = A[ky] - Sy * A[kz]
    Bx = B[kx] - Sx * B[kz]
    By = B[ky] - Sy * B[kz]
    Cx = C[kx] - Sx * C[kz]
    Cy = C[ky] - Sy * C[kz]
    U = _diff_product(Cx, By, Cy, Bx)
    V = _diff_product(Ax, Cy, Ay, Cx)
    W = _diff_product(Bx, Ay, By, Ax)
    if U == 0.0 or V == 0.0 or W == 0.0:
        CxBy = wp.float64(Cx) * wp.float64(By)
        CyBx = wp.float64(Cy) * wp.float64(Bx)
        U = wp.float32(CxBy - CyBx)
        AxCy = wp.float64(Ax) * wp.float64(Cy)
        AyCx = wp.float64(Ay) * wp.float64(Cx)
        V = wp.float32(AxCy - AyCx)
        BxAy = wp.float64(Bx) * wp.float64(Ay)
        ByAx = wp.float64(By) * wp.float64(Ax)
        W = wp.float32(BxAy - ByAx)
    if (U < 0.0 or V < 0.0 or W < 0.0) and (U > 0.0 or V > 0.0 or W > 0.0):
        return r
    det = U + V + W
    if det == 0.0:
        return r
    Az = Sz * A[kz]
    Bz = Sz * B[kz]
    Cz = Sz * C[kz]
    T = U * Az + V * Bz + W * Cz
    # xorf(T, sign_mask(det)) < 0 (det is not zero; a NaN T compares false either way)
    Ts = T
    if det < 0.0:
        Ts = -T
    if Ts < 0.0:
        return r
    rcpDet = 1.0 / det
    r.u = U * rcpDet
    r.v = V * rcpDet
    r.t = T * rcpDet
    r.sign = det
    r.normal = wp.cross(b - a, c - a)
    r.hit = True
    return r


# ---- mesh.h: closest / furthest points ----
@wp.func
def _dist_aabb_sq(p: wp.vec3, lower: wp.vec3, upper: wp.vec3, v10: wp.bool):
    # distance_to_aabb_sq
    dx = _fmin(upper[0], _fmax(lower[0], p[0], v10), v10) - p[0]
    dy = _fmin(upper[1], _fmax(lower[1], p[1], v10), v10) - p[1]
    dz = _fmin(upper[2], _fmax(lower[2], p[2], v10), v10) - p[2]
    return dx * dx + dy * dy + dz * dz


@wp.func
def _furthest_dist_aabb_sq(p: wp.vec3, lower: wp.vec3, upper: wp.vec3):
    # furthest_distance_to_aabb_sq
    dlx = wp.abs(p[0] - lower[0])
    dux = wp.abs(p[0] - upper[0])
    cx = wp.where(dlx > dux, dlx, dux)
    dly = wp.abs(p[1] - lower[1])
    duy = wp.abs(p[1] - upper[1])
    cy = wp.where(dly > duy, dly, duy)
    dlz = wp.abs(p[2] - lower[2])
    duz = wp.abs(p[2] - upper[2])
    cz = wp.where(dlz > duz, dlz, duz)
    return cx * cx + cy * cy + cz * cz


@wp.func
def _sliver(p: wp.vec3, q: wp.vec3, r: wp.vec3):
    e0 = q - p
    e1 = r - p
    e2 = r - q
    normal = wp.cross(e0, e1)
    return wp.length(normal) / (wp.dot(e0, e0) + wp.dot(e1, e1) + wp.dot(e2, e2)) < 1.0e-6


@wp.func
def _closest(m: MeshView, point: wp.vec3, max_dist: float, v10: wp.bool):
    # the traversal of mesh_query_point (and _no_sign, _sign_parity,
    # _sign_winding_number): nearest children pushed last
    res = ClosestHit()
    stack = vec32i()
    stack[0] = _mi(m.root, 0)
    count = int(1)
    min_dist_sq = max_dist * max_dist
    min_face = int(0)
    min_v = float(0.0)
    min_w = float(0.0)
    while count > 0:
        count = count - 1
        node_index = stack[count]
        lower = _node(m.node_lowers, node_index)
        upper = _node(m.node_uppers, node_index)
        node_dist_sq = _dist_aabb_sq(point, _nb(lower), _nb(upper), v10)
        if node_dist_sq > min_dist_sq:
            continue
        left_index = _ni(lower)
        right_index = _ni(upper)
        if _nleaf(lower):
            for pc in range(left_index, right_index):
                prim = _mi(m.primitive_indices, pc)
                p = _tri(m, prim, 0)
                q = _tri(m, prim, 1)
                r = _tri(m, prim, 2)
                if _sliver(p, q, r):
                    continue
                bary = _closest_point_to_triangle(p, q, r, point)
                u = bary[0]
                v = bary[1]
                w = 1.0 - u - v
                c = u * p + v * q + w * r
                dist_sq = wp.length_sq(c - point)
                if dist_sq < min_dist_sq:
                    min_dist_sq = dist_sq
                    min_v = v
                    min_w = w
                    min_face = prim
        else:
            left_dist_sq = _dist_aabb_sq(
                point, _nb(_node(m.node_lowers, left_index)), _nb(_node(m.node_uppers, left_index)), v10
            )
            right_dist_sq = _dist_aabb_sq(
                point, _nb(_node(m.node_lowers, right_index)), _nb(_node(m.node_uppers, right_index)), v10
            )
            c0 = left_index
            c1 = right_index
            d0 = left_dist_sq
            d1 = right_dist_sq
            if left_dist_sq < right_dist_sq:
                c0 = right_index
                c1 = left_index
                d0 = right_dist_sq
                d1 = left_dist_sq
            if d0 < min_dist_sq:
                stack[count] = c0
                count = count + 1
            if d1 < min_dist_sq:
                stack[count] = c1
                count = count + 1
    res.found = min_dist_sq < max_dist * max_dist
    res.face = min_face
    res.v = min_v
    res.w = min_w
    return res


@wp.func
def _point_result(h: ClosestHit):
    r = MeshQueryPointResult()
    if h.found:
        r.result = True
        r.u = 1.0 - h.v - h.w
        r.v = h.v
        r.face = h.face
    return r


# ---- signs ----
@wp.func
def _ray_closest_sign(m: MeshView, start: wp.vec3, dir: wp.vec3):
    # mesh_query_ray_closest_sign (Warp 1.16): (hit, sign)
    stack = vec32i()
    stack_size = int(0)
    node_index = _mi(m.root, 0)
    rcp_dir = wp.vec3(1.0 / dir[0], 1.0 / dir[1], 1.0 / dir[2])
    min_t = FLT_MAX_
    out_sign = float(0.0)
    hit = bool(False)
    while True:
        lower = _node(m.node_lowers, node_index)
        upper = _node(m.node_uppers, node_index)
        h, t = _ray_aabb_robust(start, dir, rcp_dir, _nb(lower), _nb(upper))
        if h and t < min_t:
            if _nleaf(lower):
                for pc in range(_ni(lower), _ni(upper)):
                    prim = _mi(m.primitive_indices, pc)
                    tri = _ray_tri_woop(start, dir, _tri(m, prim, 0), _tri(m, prim, 1), _tri(m, prim, 2))
                    if tri.hit:
                        if tri.t >= 0.0 and tri.t < min_t:
                            min_t = tri.t
                            out_sign = tri.sign
                            hit = True
            else:
                stack[stack_size] = _ni(lower)
                stack_size = stack_size + 1
                stack[stack_size] = _ni(upper)
                stack_size = stack_size + 1
        if stack_size == 0:
            break
        stack_size = stack_size - 1
        node_index = stack[stack_size]
    return hit, out_sign


@wp.func
def _axis(i: int):
    return wp.vec3(wp.where(i == 0, 1.0, 0.0), wp.where(i == 1, 1.0, 0.0), wp.where(i == 2, 1.0, 0.0))


@wp.func
def _inside_ray_tracing_16(m: MeshView, p: wp.vec3):
    # mesh_query_inside_ray_tracing: -1 when 2 of the 3 axis rays hit a back face first
    vote = int(0)
    for i in range(3):
        hit, s = _ray_closest_sign(m, p, _axis(i))
        if hit and s < 0.0:
            vote = vote + 1
    if vote >= 2:
        return -1.0
    return 1.0


@wp.func
def _count_intersections(m: MeshView, start: wp.vec3, dir: wp.vec3, root: wp.int32):
    # mesh_query_ray_count_intersections (Warp 1.16)
    stack = vec32i()
    stack[0] = _root(m, root)
    count = int(1)
    rcp_dir = wp.vec3(1.0 / dir[0], 1.0 / dir[1], 1.0 / dir[2])
    num_hit = int(0)
    while count > 0:
        count = count - 1
        node_index = stack[count]
        lower = _node(m.node_lowers, node_index)
        upper = _node(m.node_uppers, node_index)
        h, t = _ray_aabb_robust(start, dir, rcp_dir, _nb(lower), _nb(upper))
        if h:
            if _nleaf(lower):
                for pc in range(_ni(lower), _ni(upper)):
                    prim = _mi(m.primitive_indices, pc)
                    tri = _ray_tri_woop(start, dir, _tri(m, prim, 0), _tri(m, prim, 1), _tri(m, prim, 2))
                    if tri.hit:
                        if tri.t >= 0.0:
                            num_hit = num_hit + 1
            else:
                stack[count] = _ni(lower)
                count = count + 1
                stack[count] = _ni(upper)
                count = count + 1
    return num_hit


@wp.func
def _inside_parity(m: MeshView, p: wp.vec3, base_dir: wp.vec3, n_sample: int, perturbation_scale: float):
    # mesh_query_inside_parity (Warp 1.16)
    vote = int(0)
    state = wp.rand_init(42)
    for i in range(n_sample):
        dir = wp.vec3()
        searching = bool(True)
        while searching:
            rx = wp.randf(state, -perturbation_scale, perturbation_scale)
            ry = wp.randf(state, -perturbation_scale, perturbation_scale)
            rz = wp.randf(state, -perturbation_scale, perturbation_scale)
            dir = base_dir + wp.vec3(rx, ry, rz)
            searching = wp.length_sq(dir) < 1.0e-8
        if _count_intersections(m, p, dir, -1) % 2 != 0:
            vote = vote + 1
    if vote * 2 >= n_sample:
        return -1.0
    return 1.0


# ---- ray queries ----
@wp.func
def _mq_ray_aabb(start: wp.vec3, dir: wp.vec3, rcp_dir: wp.vec3, fast: wp.bool, lower: wp.vec3, upper: wp.vec3):
    # mesh_query_ray_intersect_aabb (Warp 1.16)
    if fast:
        return _ray_aabb(start, rcp_dir, lower, upper, False)
    return _ray_aabb_robust(start, dir, rcp_dir, lower, upper)


@wp.func
def _mesh_ray_16(m: MeshView, start: wp.vec3, dir: wp.vec3, max_t: float, root: wp.int32, anyhit: wp.bool):
    # mesh_query_ray (and, anyhit: mesh_query_ray_anyhit) of Warp 1.16: the
    # nearer child first, the other on the stack
    r = MeshQueryRayResult()
    stack = vec32i()
    stack_size = int(0)
    cur = _root(m, root)
    ray_dir = dir
    if ray_dir[0] == 0.0:
        ray_dir[0] = 1.0e-20
    if ray_dir[1] == 0.0:
        ray_dir[1] = 1.0e-20
    if ray_dir[2] == 0.0:
        ray_dir[2] = 1.0e-20
    rcp_dir = wp.vec3(1.0 / ray_dir[0], 1.0 / ray_dir[1], 1.0 / ray_dir[2])
    fast = dir[0] != 0.0 and dir[1] != 0.0 and dir[2] != 0.0
    min_t = max_t
    min_face = int(0)
    min_u = float(0.0)
    min_v = float(0.0)
    min_sign = float(1.0)
    min_normal = wp.vec3()
    hit = bool(False)
    done = bool(False)
    while not done:
        cl = _node(m.node_lowers, cur)
        cu = _node(m.node_uppers, cur)
        if _nleaf(cl):
            for pc in range(_ni(cl), _ni(cu)):
                if not done:
                    prim = _mi(m.primitive_indices, pc)
                    tri = _ray_tri_woop(start, dir, _tri(m, prim, 0), _tri(m, prim, 1), _tri(m, prim, 2))
                    if tri.hit:
                        if anyhit:
                            if tri.t < max_t and tri.t >= 0.0:
                                hit = True
                                done = True
                        elif tri.t < min_t and tri.t >= 0.0:
                            min_t = tri.t
                            min_face = prim
                            min_u = tri.u
                            min_v = tri.v
                            min_sign = tri.sign
                            min_normal = tri.normal
                            hit = True
            if not done:
                if stack_size == 0:
                    done = True
                else:
                    stack_size = stack_size - 1
                    cur = stack[stack_size]
        else:
            left_index = _ni(cl)
            right_index = _ni(cu)
            ll = _node(m.node_lowers, left_index)
            lu = _node(m.node_uppers, left_index)
            rl = _node(m.node_lowers, right_index)
            ru = _node(m.node_uppers, right_index)
            bound = wp.where(anyhit, max_t, min_t)
            h0, t0 = _mq_ray_aabb(start, dir, rcp_dir, fast, _nb(ll), _nb(lu))
            h0 = h0 and t0 < bound
            h1, t1 = _mq_ray_aabb(start, dir, rcp_dir, fast, _nb(rl), _nb(ru))
            h1 = h1 and t1 < bound
            if h0 and h1:
                near_left = t0 < t1
                if stack_size >= 32:
                    done = True
                else:
                    stack[stack_size] = wp.where(near_left, right_index, left_index)
                    stack_size = stack_size + 1
                    cur = wp.where(near_left, left_index, right_index)
            elif h0:
                cur = left_index
            elif h1:
                cur = right_index
            else:
                if stack_size == 0:
                    done = True
                else:
                    stack_size = stack_size - 1
                    cur = stack[stack_size]
    if hit and not anyhit:
        r.u = min_u
        r.v = min_v
        r.sign = min_sign
        r.t = min_t
        r.normal = wp.normalize(min_normal)
        r.face = min_face
    r.result = hit
    return r


@wp.func
def _mesh_ray_110(m: MeshView, start: wp.vec3, dir: wp.vec3, max_t: float):
    # mesh_query_ray of Warp 1.10: node boxes grown by 1e-3, both children pushed
    r = MeshQueryRayResult()
    stack = vec32i()
    stack[0] = _mi(m.root, 0)
    count = int(1)
    rcp_dir = wp.vec3(1.0 / dir[0], 1.0 / dir[1], 1.0 / dir[2])
    min_t = max_t
    min_face = int(0)
    min_u = float(0.0)
    min_v = float(0.0)
    min_sign = float(1.0)
    min_normal = wp.vec3()
    eps = float(1.0e-3)
    while count > 0:
        count = count - 1
        node_index = stack[count]
        lower = _node(m.node_lowers, node_index)
        upper = _node(m.node_uppers, node_index)
        lo = wp.vec3(lower.x - eps, lower.y - eps, lower.z - eps)
        up = wp.vec3(upper.x + eps, upper.y + eps, upper.z + eps)
        hit, t = _ray_aabb(start, rcp_dir, lo, up, True)
        if hit and t < min_t:
            if _nleaf(lower):
                for pc in range(_ni(lower), _ni(upper)):
                    prim = _mi(m.primitive_indices, pc)
                    tri = _ray_tri_woop(start, dir, _tri(m, prim, 0), _tri(m, prim, 1), _tri(m, prim, 2))
                    if tri.hit:
                        if tri.t < min_t and tri.t >= 0.0:
                            min_t = tri.t
                            min_face = prim
                            min_u = tri.u
                            min_v = tri.v
                            min_sign = tri.sign
                            min_normal = tri.normal
            else:
                stack[count] = _ni(lower)
                count = count + 1
                stack[count] = _ni(upper)
                count = count + 1
    if min_t < max_t:
        r.u = min_u
        r.v = min_v
        r.sign = min_sign
        r.t = min_t
        r.normal = wp.normalize(min_normal)
        r.face = min_face
        r.result = True
    return r


@wp.func
def _inside_110(m: MeshView, p: wp.vec3):
    # mesh_query_inside (Warp 1.10): three axis rays of mesh_query_ray
    vote = int(0)
    for i in range(3):
        q = _mesh_ray_110(m, p, _axis(i), FLT_MAX_)
        if q.result and q.sign < 0.0:
            vote = vote + 1
    if vote >= 2:
        return -1.0
    return 1.0


@wp.func
def _inside(m: MeshView, p: wp.vec3, v10: wp.bool):
    if v10:
        return _inside_110(m, p)
    return _inside_ray_tracing_16(m, p)


# ---- winding numbers ----
@wp.func
def _props(m: MeshView, i: wp.int32):
    return wp.array(ptr=m.props, shape=(14913080,), dtype=SolidAngleProps)[i]


@wp.func
def _node_solid_angle(query_point: wp.vec3, d: SolidAngleProps, accuracy_scale_sq: float):
    # evaluate_node_solid_angle: (descend, solid_angle)
    max_p_sq = d.max_p_dist_sq
    q = query_point - d.average_p
    qlength2 = wp.length_sq(q)
    if qlength2 <= max_p_sq * accuracy_scale_sq:
        return True, 0.0
    qlength_m2 = 1.0 / qlength2
    qlength_m1 = wp.sqrt(qlength_m2)
    q = q * qlength_m1
    omega_approx = -qlength_m2 * wp.dot(q, d.normal)
    q2 = wp.cw_mul(q, q)
    qlength_m3 = qlength_m2 * qlength_m1
    omega_1 = qlength_m3 * (
        d.n_ij_diag[0]
        + d.n_ij_diag[1]
        + d.n_ij_diag[2]
        - 3.0
        * (
            wp.dot(q2, d.n_ij_diag)
            + q[0] * q[1] * (d.n_xy + d.n_yx)
            + q[0] * q[2] * (d.n_zx + d.n_xz)
            + q[1] * q[2] * (d.n_yz + d.n_zy)
        )
    )
    omega_approx = omega_approx + omega_1
    q3 = wp.cw_mul(q2, q)
    qlength_m4 = qlength_m2 * qlength_m2
    temp0 = wp.vec3(
        d.two_n_yyx_n_xyy + d.two_n_zzx_n_xzz,
        d.two_n_zzy_n_yzz + d.two_n_xxy_n_yxx,
        d.two_n_xxz_n_zxx + d.two_n_yyz_n_zyy,
    )
    temp1 = wp.vec3(
        q[1] * d.two_n_xxy_n_yxx + q[2] * d.two_n_xxz_n_zxx,
        q[2] * d.two_n_yyz_n_zyy + q[0] * d.two_n_yyx_n_xyy,
        q[0] * d.two_n_zzx_n_xzz + q[1] * d.two_n_zzy_n_yzz,
    )
    omega_2 = qlength_m4 * (
        1.5 * wp.dot(q, 3.0 * d.n_ijk_diag + temp0)
        - 7.5 * (wp.dot(q3, d.n_ijk_diag) + q[0] * q[1] * q[2] * d.sum_permute_n_xyz + wp.dot(q2, temp1))
    )
    omega_approx = omega_approx + omega_2
    if not wp.isfinite(omega_approx):
        return True, 0.0
    return False, omega_approx


@wp.func
def _robust_solid_angle(a: wp.vec3, b: wp.vec3, c: wp.vec3, p: wp.vec3):
    qa = a - p
    qb = b - p
    qc = c - p
    a_length = wp.length(qa)
    b_length = wp.length(qb)
    c_length = wp.length(qc)
    if a_length == 0.0 or b_length == 0.0 or c_length == 0.0:
        return 0.0
    qa = qa / a_length
    qb = qb / b_length
    qc = qc / c_length
    numerator = wp.dot(qa, wp.cross(qb - qa, qc - qa))
    if numerator == 0.0:
        return 0.0
    denominator = 1.0 + wp.dot(qa, qb) + wp.dot(qa, qc) + wp.dot(qb, qc)
    return 2.0 * wp.atan2(numerator, denominator)


@wp.func
def _solid_angle_iterative(m: MeshView, p: wp.vec3, accuracy_sq: float):
    stack = vec32i()
    at_child = vec32i()
    angle = vec32f()
    stack[0] = _mi(m.root, 0)
    at_child[0] = 0
    count = int(1)
    angle[0] = 0.0
    while count > 0:
        node_index = stack[count - 1]
        lower = _node(m.node_lowers, node_index)
        upper = _node(m.node_uppers, node_index)
        left_index = _ni(lower)
        right_index = _ni(upper)
        if _nleaf(lower):
            angle[count - 1] = 0.0
            for pc in range(left_index, right_index):
                prim = _mi(m.primitive_indices, pc)
                angle[count - 1] = angle[count - 1] + _robust_solid_angle(
                    _tri(m, prim, 0), _tri(m, prim, 1), _tri(m, prim, 2), p
                )
            count = count - 1
        else:
            if at_child[count - 1] == 0:
                des, sa = _node_solid_angle(p, _props(m, node_index), accuracy_sq)
                angle[count - 1] = sa
                if des:
                    stack[count] = left_index
                    at_child[count - 1] = 1
                    angle[count] = 0.0
                    at_child[count] = 0
                    count = count + 1
                else:
                    count = count - 1
            elif at_child[count - 1] == 1:
                angle[count - 1] = angle[count - 1] + angle[count]
                stack[count] = right_index
                at_child[count - 1] = 2
                angle[count] = 0.0
                at_child[count] = 0
                count = count + 1
            else:
                angle[count - 1] = angle[count - 1] + angle[count]
                count = count - 1
    return angle[0]


# ---- the builtins: closest-point queries ----
@wp.func
def mesh_query_point_lib(id: wp.uint64, point: wp.vec3, max_dist: float, v10: wp.bool):
    # mesh_query_point: the sign by ray casting (1.16: closest hits along the
    # axes; 1.10: mesh_query_inside)
    m = _mesh_view(id, v10)
    r = _point_result(_closest(m, point, max_dist, v10))
    if r.result:
        r.sign = _inside(m, point, v10)
    return r


@wp.func
def mesh_query_point_no_sign_lib(id: wp.uint64, point: wp.vec3, max_dist: float, v10: wp.bool):
    m = _mesh_view(id, v10)
    return _point_result(_closest(m, point, max_dist, v10))


@wp.func
def mesh_query_point_sign_parity_lib(
    id: wp.uint64, point: wp.vec3, max_dist: float, n_sample: int, perturbation_scale: float
):
    # Warp 1.16
    m = _mesh_view(id, False)
    r = _point_result(_closest(m, point, max_dist, False))
    if r.result:
        r.sign = _inside_parity(m, point, wp.vec3(1.0, 1.0, 1.0), n_sample, perturbation_scale)
    return r


@wp.func
def mesh_query_point_sign_winding_number_lib(
    id: wp.uint64, point: wp.vec3, max_dist: float, accuracy: float, threshold: float, v10: wp.bool
):
    m = _mesh_view(id, v10)
    r = _point_result(_closest(m, point, max_dist, v10))
    if r.result:
        if m.props == wp.uint64(0):
            r.sign = _inside(m, point, v10)
        else:
            angle = _solid_angle_iterative(m, point, accuracy * accuracy)
            # angle * 0.07957747154 (a double), returned as float
            winding_number = wp.float32(wp.float64(angle) * wp.float64(0.07957747154))
            r.sign = wp.where(winding_number > threshold, -1.0, 1.0)
    return r


@wp.func
def mesh_query_furthest_point_no_sign_lib(id: wp.uint64, point: wp.vec3, min_dist: float, v10: wp.bool):
    m = _mesh_view(id, v10)
    stack = vec32i()
    stack[0] = _mi(m.root, 0)
    count = int(1)
    min_dist_sq = min_dist * min_dist
    max_face = int(0)
    max_v = float(0.0)
    max_w = float(0.0)
    while count > 0:
        count = count - 1
        node_index = stack[count]
        lower = _node(m.node_lowers, node_index)
        upper = _node(m.node_uppers, node_index)
        node_dist_sq = _furthest_dist_aabb_sq(point, _nb(lower), _nb(upper))
        if node_dist_sq < min_dist_sq:
            continue
        left_index = _ni(lower)
        right_index = _ni(upper)
        if _nleaf(lower):
            for pc in range(left_index, right_index):
                prim = _mi(m.primitive_indices, pc)
                p = _tri(m, prim, 0)
                q = _tri(m, prim, 1)
                r = _tri(m, prim, 2)
                if _sliver(p, q, r):
                    continue
                bary = _furthest_point_to_triangle(p, q, r, point)
                u = bary[0]
                v = bary[1]
                w = 1.0 - u - v
                c = u * p + v * q + w * r
                dist_sq = wp.length_sq(c - point)
                if dist_sq > min_dist_sq:
                    min_dist_sq = dist_sq
                    max_v = v
                    max_w = w
                    max_face = prim
        else:
            left_dist_sq = _furthest_dist_aabb_sq(
                point, _nb(_node(m.node_lowers, left_index)), _nb(_node(m.node_uppers, left_index))
            )
            right_dist_sq = _furthest_dist_aabb_sq(
                point, _nb(_node(m.node_lowers, right_index)), _nb(_node(m.node_uppers, right_index))
            )
            c0 = left_index
            c1 = right_index
            d0 = left_dist_sq
            d1 = right_dist_sq
            if left_dist_sq > right_dist_sq:
                c0 = right_index
                c1 = left_index
                d0 = right_dist_sq
                d1 = left_dist_sq
            if d0 > min_dist_sq:
                stack[count] = c0
                count = count + 1
            if d1 > min_dist_sq:
                stack[count] = c1
                count = count + 1
    res = MeshQueryPointResult()
    if min_dist_sq > min_dist * min_dist:
        res.result = True
        res.u = 1.0 - max_v - max_w
        res.v = max_v
        res.face = max_face
    return res


@wp.func
def mesh_query_point_sign_normal_lib(id: wp.uint64, point: wp.vec3, max_dist: float, epsilon: float, v10: wp.bool):
    # the sign from the angle-weighted normals of the closest features
    m = _mesh_view(id, v10)
    stack = vec32i()
    stack[0] = _mi(m.root, 0)
    count = int(1)
    min_dist = max_dist
    min_face = int(0)
    min_v = float(0.0)
    min_w = float(0.0)
    acc = wp.vec3()
    epsilon_min_dist = m.average_edge_length * epsilon
    epsilon_min_dist_sq = epsilon_min_dist * epsilon_min_dist
    while count > 0:
        count = count - 1
        node_index = stack[count]
        lower = _node(m.node_lowers, node_index)
        upper = _node(m.node_uppers, node_index)
        node_dist_sq = _dist_aabb_sq(point, _nb(lower), _nb(upper), v10)
        if node_dist_sq > (min_dist + epsilon_min_dist) * (min_dist + epsilon_min_dist):
            continue
        left_index = _ni(lower)
        right_index = _ni(upper)
        if _nleaf(lower):
            for pc in range(left_index, right_index):
                prim = _mi(m.primitive_indices, pc)
                p = _tri(m, prim, 0)
                q = _tri(m, prim, 1)
                r = _tri(m, prim, 2)
                e0 = q - p
                e1 = r - p
                e2 = r - q
                normal = wp.cross(e0, e1)
                e0_norm_sq = wp.dot(e0, e0)
                e1_norm_sq = wp.dot(e1, e1)
                e2_norm_sq = wp.dot(e2, e2)
                if wp.length(normal) / (e0_norm_sq + e1_norm_sq + e2_norm_sq) < 1.0e-6:
                    continue
                bary = _closest_point_to_triangle(p, q, r, point)
                u = bary[0]
                v = bary[1]
                w = 1.0 - u - v
                c = u * p + v * q + w * r
                dist = wp.sqrt(wp.length_sq(c - point))
                if dist < min_dist + epsilon_min_dist:
                    weight = float(0.0)
                    cp = c - p
                    cq = c - q
                    cr = c - r
                    len_cp_sq = wp.length_sq(cp)
                    len_cq_sq = wp.length_sq(cq)
                    len_cr_sq = wp.length_sq(cr)
                    if len_cp_sq < epsilon_min_dist_sq:
                        weight = _acosf(wp.dot(wp.normalize(e0), wp.normalize(e1)))
                    elif len_cq_sq < epsilon_min_dist_sq:
                        weight = _acosf(wp.dot(wp.normalize(e2), wp.normalize(-e0)))
                    elif len_cr_sq < epsilon_min_dist_sq:
                        weight = _acosf(wp.dot(wp.normalize(-e1), wp.normalize(-e2)))
                    else:
                        e0cp = wp.dot(e0, cp)
                        e2cq = wp.dot(e2, cq)
                        e1cp = wp.dot(e1, cp)
                        if (
                            (len_cp_sq * e0_norm_sq - e0cp * e0cp < epsilon_min_dist_sq * e0_norm_sq)
                            or (len_cq_sq * e2_norm_sq - e2cq * e2cq < epsilon_min_dist_sq * e2_norm_sq)
                            or (len_cp_sq * e1_norm_sq - e1cp * e1cp < epsilon_min_dist_sq * e1_norm_sq)
                        ):
                            weight = PI_F
                        else:
                            weight = 2.0 * PI_F
                    if dist > min_dist - epsilon_min_dist:
                        acc = acc + weight * wp.normalize(normal)
                        if dist < min_dist:
                            min_dist = dist
                            min_v = v
                            min_w = w
                            min_face = prim
                    else:
                        min_dist = dist
                        min_v = v
                        min_w = w
                        min_face = prim
                        acc = weight * wp.normalize(normal)
        else:
            left_dist_sq = _dist_aabb_sq(
                point, _nb(_node(m.node_lowers, left_index)), _nb(_node(m.node_uppers, left_index)), v10
            )
            right_dist_sq = _dist_aabb_sq(
                point, _nb(_node(m.node_lowers, right_index)), _nb(_node(m.node_uppers, right_index)), v10
            )
            c0 = left_index
            c1 = right_index
            d0 = left_dist_sq
            d1 = right_dist_sq
            if left_dist_sq < right_dist_sq:
                c0 = right_index
                c1 = left_index
                d0 = right_dist_sq
                d1 = left_dist_sq
            if d0 < (min_dist + epsilon_min_dist) * (min_dist + epsilon_min_dist):
                stack[count] = c0
                count = count + 1
            if d1 < (min_dist + epsilon_min_dist) * (min_dist + epsilon_min_dist):
                stack[count] = c1
                count = count + 1
    res = MeshQueryPointResult()
    if min_dist < max_dist:
        u = 1.0 - min_v - min_w
        res.result = True
        res.u = u
        res.v = min_v
        res.face = min_face
        p = _tri(m, min_face, 0)
        q = _tri(m, min_face, 1)
        r = _tri(m, min_face, 2)
        closest_point = p * u + q * min_v + r * min_w
        if wp.dot(acc, point - closest_point) > 0.0:
            res.sign = 1.0
        else:
            res.sign = -1.0
    return res


# ---- the builtins: rays ----
@wp.func
def mesh_query_ray_lib(id: wp.uint64, start: wp.vec3, dir: wp.vec3, max_t: float, root: wp.int32, v10: wp.bool):
    m = _mesh_view(id, v10)
    if v10:
        return _mesh_ray_110(m, start, dir, max_t)
    return _mesh_ray_16(m, start, dir, max_t, root, False)


@wp.func
def mesh_query_ray_anyhit_lib(id: wp.uint64, start: wp.vec3, dir: wp.vec3, max_t: float, root: wp.int32):
    # Warp 1.16
    m = _mesh_view(id, False)
    return _mesh_ray_16(m, start, dir, max_t, root, True).result


@wp.func
def mesh_query_ray_count_intersections_lib(id: wp.uint64, start: wp.vec3, dir: wp.vec3, root: wp.int32):
    # Warp 1.16
    m = _mesh_view(id, False)
    return _count_intersections(m, start, dir, root)


# ---- the builtins: AABB queries of a mesh ----
@wp.func
def mesh_query_aabb_lib(id: wp.uint64, lower: wp.vec3, upper: wp.vec3, v10: wp.bool):
    # mesh_query_aabb: down to the first leaf (the node boxes are tested only
    # once primitive_counter is 0, which it is not yet: -1)
    m = _mesh_view(id, v10)
    q = MeshQueryAABBState()
    q.node_lowers = m.node_lowers
    q.node_uppers = m.node_uppers
    q.primitive_indices = m.primitive_indices
    q.lowers = m.lowers
    q.uppers = m.uppers
    q.leaf_size = m.leaf_size
    q.face = -1
    q.primitive_counter = -1
    q.input_lower = lower
    q.input_upper = upper
    stack = vec32i()
    stack[0] = _mi(m.root, 0)
    count = int(1)
    pcount = int(-1)
    done = bool(False)
    while count > 0 and not done:
        count = count - 1
        node_index = stack[count]
        nl = _node(q.node_lowers, node_index)
        nu = _node(q.node_uppers, node_index)
        skip = bool(False)
        if pcount == 0:
            if not _aabb_aabb(lower, upper, _nb(nl), _nb(nu)):
                skip = True
        if not skip:
            if _nleaf(nl):
                pcount = 0
                stack[count] = node_index
                count = count + 1
                done = True
            else:
                stack[count] = _ni(nl)
                count = count + 1
                stack[count] = _ni(nu)
                count = count + 1
    q.stack = stack
    q.count = count
    q.primitive_counter = pcount
    return q


@wp.func
def mesh_query_aabb_next_lib(q: MeshQueryAABBState, v10: wp.bool):
    # mesh_query_aabb_next: every popped node's box is tested; a leaf of
    # one primitive (1.10: a tree of leaf_size 1) yields it untested
    r = MeshQueryAABBNext()
    stack = q.stack
    count = q.count
    pcount = q.primitive_counter
    found = bool(False)
    index = int(0)
    while count > 0 and not found:
        count = count - 1
        node_index = stack[count]
        nl = _node(q.node_lowers, node_index)
        nu = _node(q.node_uppers, node_index)
        if _aabb_aabb(q.input_lower, q.input_upper, _nb(nl), _nb(nu)):
            start = _ni(nl)
            end = _ni(nu)
            if _nleaf(nl):
                single = end - start == 1
                if v10:
                    single = q.leaf_size == 1
                if single:
                    index = _mi(q.primitive_indices, start)
                    found = True
                else:
                    prim = _mi(q.primitive_indices, start + pcount)
                    pcount = pcount + 1
                    if start + pcount == end:
                        pcount = 0
                    else:
                        count = count + 1
                    if _aabb_aabb(q.input_lower, q.input_upper, _mv(q.lowers, prim), _mv(q.uppers, prim)):
                        index = prim
                        found = True
            else:
                pcount = 0
                stack[count] = start
                count = count + 1
                stack[count] = end
                count = count + 1
    r.query = q
    r.query.stack = stack
    r.query.count = count
    r.query.primitive_counter = pcount
    if found:
        r.query.face = index
    r.found = found
    r.index = index
    return r


@wp.func
def mesh_query_aabb_iter_cmp(q: MeshQueryAABBState, v10: wp.bool):
    # iter_cmp: mesh_query_aabb_next(query, query.face)
    return mesh_query_aabb_next_lib(q, v10)


@wp.func
def mesh_query_aabb_iter_next(q: MeshQueryAABBState):
    return q.face


# ---- the builtins: evaluation and access ----
@wp.func
def mesh_eval_position_lib(id: wp.uint64, tri: wp.int32, u: float, v: float, v10: wp.bool):
    m = _mesh_view(id, v10)
    if m.points == wp.uint64(0):
        return wp.vec3()
    p = _tri(m, tri, 0)
    q = _tri(m, tri, 1)
    r = _tri(m, tri, 2)
    return p * u + q * v + r * (1.0 - u - v)


@wp.func
def mesh_eval_velocity_lib(id: wp.uint64, tri: wp.int32, u: float, v: float, v10: wp.bool):
    m = _mesh_view(id, v10)
    if m.velocities == wp.uint64(0):
        return wp.vec3()
    vp = _mv(m.velocities, _mi(m.indices, tri * 3 + 0))
    vq = _mv(m.velocities, _mi(m.indices, tri * 3 + 1))
    vr = _mv(m.velocities, _mi(m.indices, tri * 3 + 2))
    return vp * u + vq * v + vr * (1.0 - u - v)


@wp.func
def mesh_eval_face_normal_lib(id: wp.uint64, tri: wp.int32, v10: wp.bool):
    m = _mesh_view(id, v10)
    if m.points == wp.uint64(0):
        return wp.vec3()
    p = _tri(m, tri, 0)
    q = _tri(m, tri, 1)
    r = _tri(m, tri, 2)
    return wp.normalize(wp.cross(q - p, r - p))


@wp.func
def mesh_get_point_lib(id: wp.uint64, index: wp.int32, v10: wp.bool):
    # the point of indices[index]
    m = _mesh_view(id, v10)
    if m.points == wp.uint64(0):
        return wp.vec3()
    return _mv(m.points, _mi(m.indices, index))


@wp.func
def mesh_get_velocity_lib(id: wp.uint64, index: wp.int32, v10: wp.bool):
    m = _mesh_view(id, v10)
    if m.velocities == wp.uint64(0):
        return wp.vec3()
    return _mv(m.velocities, _mi(m.indices, index))


@wp.func
def mesh_get_index_lib(id: wp.uint64, index: wp.int32, v10: wp.bool):
    m = _mesh_view(id, v10)
    if m.indices == wp.uint64(0):
        return -1
    return _mi(m.indices, index)


@wp.func
def mesh_get_lib(id: wp.uint64):
    # wp.Mesh: the three arrays at the start of the struct (both versions)
    return wp.array(ptr=id, shape=(1,), dtype=MeshArrays)[0]


# ---- groups (Warp 1.16) ----
@wp.func
def _leaf_group(node_lowers: wp.uint64, prims: wp.uint64, groups: wp.uint64, leaf: wp.int32):
    if groups == wp.uint64(0):
        return 0
    return _mi(groups, _mi(prims, _ni(_node(node_lowers, leaf))))


@wp.func
def _group_root(
    node_lowers: wp.uint64,
    node_parents: wp.uint64,
    prims: wp.uint64,
    groups: wp.uint64,
    num_leaf_nodes: wp.int32,
    group: wp.int32,
):
    # bvh_get_group_root: the lowest common ancestor of the group's first
    # and last leaf (leaves first in the node array, sorted by group)
    lo = int(0)
    hi = num_leaf_nodes
    while lo < hi:
        mid = (lo + hi) >> 1
        if _leaf_group(node_lowers, prims, groups, mid) < group:
            lo = mid + 1
        else:
            hi = mid
    if lo == num_leaf_nodes:
        return -1
    if _leaf_group(node_lowers, prims, groups, lo) != group:
        return -1
    first = lo
    lo = int(0)
    hi = num_leaf_nodes
    while lo < hi:
        mid = (lo + hi) >> 1
        if _leaf_group(node_lowers, prims, groups, mid) <= group:
            lo = mid + 1
        else:
            hi = mid
    last = lo - 1
    # lca(first, last, parents)
    a = first
    b = last
    da = int(0)
    db = int(0)
    t = a
    while t != -1:
        da = da + 1
        t = _mi(node_parents, t)
    t = b
    while t != -1:
        db = db + 1
        t = _mi(node_parents, t)
    if da > db:
        diff = da - db
        while diff > 0 and a != -1:
            diff = diff - 1
            a = _mi(node_parents, a)
    elif db > da:
        diff = db - da
        while diff > 0 and b != -1:
            diff = diff - 1
            b = _mi(node_parents, b)
    while a != b:
        if a == -1 or b == -1:
            return -1
        a = _mi(node_parents, a)
        b = _mi(node_parents, b)
    return a


@wp.func
def mesh_get_group_root_lib(id: wp.uint64, group: wp.int32):
    m = _mesh_view(id, False)
    return _group_root(m.node_lowers, m.node_parents, m.primitive_indices, m.item_groups, m.num_leaf_nodes, group)


@wp.func
def bvh_get_group_root_lib(id: wp.uint64, group: wp.int32):
    b = wp.array(ptr=id, shape=(1,), dtype=Bvh16)[0]
    return _group_root(b.node_lowers, b.node_parents, b.primitive_indices, b.item_groups, b.num_leaf_nodes, group)


# ---- the builtins: BVH queries ----
@wp.func
def _bvh_test(q: BvhQueryState, lower: wp.vec3, upper: wp.vec3, v10: wp.bool):
    # bvh_query_intersection_test: (hit, t)
    if q.is_ray:
        return _ray_aabb(q.input_lower, q.input_upper, lower, upper, v10)
    return _aabb_aabb(q.input_lower, q.input_upper, lower, upper), FLT_MAX_


@wp.func
def bvh_query_lib(id: wp.uint64, is_ray: wp.bool, lower: wp.vec3, upper: wp.vec3, root: wp.int32, v10: wp.bool):
    # bvh_query (rays: lower the start, upper 1 / dir); 1.10 walks down to
    # the first overlapping leaf here, 1.16 only sets up the stack
    q = BvhQueryState()
    root_ptr = wp.uint64(0)
    if v10:
        b10 = wp.array(ptr=id, shape=(1,), dtype=Bvh110)[0]
        q.node_lowers = b10.node_lowers
        q.node_uppers = b10.node_uppers
        q.primitive_indices = b10.primitive_indices
        q.item_lowers = b10.item_lowers
        q.item_uppers = b10.item_uppers
        root_ptr = b10.root
    else:
        b16 = wp.array(ptr=id, shape=(1,), dtype=Bvh16)[0]
        q.node_lowers = b16.node_lowers
        q.node_uppers = b16.node_uppers
        q.primitive_indices = b16.primitive_indices
        q.item_lowers = b16.item_lowers
        q.item_uppers = b16.item_uppers
        root_ptr = b16.root
    q.bounds_nr = -1
    q.is_ray = is_ray
    q.input_lower = lower
    q.input_upper = upper
    stack = vec32i()
    if root == -1:
        stack[0] = _mi(root_ptr, 0)
    else:
        stack[0] = root
    count = int(1)
    if not v10:
        q.stack = stack
        q.count = count
        q.primitive_counter = 0
        return q
    pcount = int(-1)
    done = bool(False)
    while count > 0 and not done:
        count = count - 1
        node_index = stack[count]
        nl = _node(q.node_lowers, node_index)
        nu = _node(q.node_uppers, node_index)
        hit, t = _bvh_test(q, _nb(nl), _nb(nu), True)
        if hit:
            if _nleaf(nl):
                pcount = 0
                stack[count] = node_index
                count = count + 1
                done = True
            else:
                stack[count] = _ni(nl)
                count = count + 1
                stack[count] = _ni(nu)
                count = count + 1
    q.stack = stack
    q.count = count
    q.primitive_counter = pcount
    return q


@wp.func
def bvh_query_aabb_lib(id: wp.uint64, lower: wp.vec3, upper: wp.vec3, root: wp.int32, v10: wp.bool):
    return bvh_query_lib(id, False, lower, upper, root, v10)


@wp.func
def bvh_query_ray_lib(id: wp.uint64, start: wp.vec3, dir: wp.vec3, root: wp.int32, v10: wp.bool):
    # bvh_query(id, true, start, 1.0f / dir, root)
    return bvh_query_lib(id, True, start, wp.vec3(1.0 / dir[0], 1.0 / dir[1], 1.0 / dir[2]), root, v10)


@wp.func
def bvh_query_next_lib(q: BvhQueryState, max_dist: float, v10: wp.bool):
    # bvh_query_next (1.16: ray hits at t >= max_dist skipped; a leaf of one
    # primitive yields it untested; 1.10: no max_dist, a leaf of at most one)
    r = BvhQueryNext()
    stack = q.stack
    count = q.count
    pcount = q.primitive_counter
    found = bool(False)
    index = int(0)
    while count > 0 and not found:
        count = count - 1
        node_index = stack[count]
        nl = _node(q.node_lowers, node_index)
        nu = _node(q.node_uppers, node_index)
        skip = bool(False)
        if pcount == 0:
            hit, t = _bvh_test(q, _nb(nl), _nb(nu), v10)
            if not hit:
                skip = True
            elif q.is_ray and not v10 and t >= max_dist:
                skip = True
        if not skip:
            start = _ni(nl)
            end = _ni(nu)
            if _nleaf(nl):
                single = end - start == 1
                if v10:
                    single = end - start <= 1
                if single:
                    index = _mi(q.primitive_indices, start)
                    found = True
                else:
                    prim = _mi(q.primitive_indices, start + pcount)
                    pcount = pcount + 1
                    if start + pcount == end:
                        pcount = 0
                    else:
                        stack[count] = node_index
                        count = count + 1
                    hit2, t2 = _bvh_test(q, _mv(q.item_lowers, prim), _mv(q.item_uppers, prim), v10)
                    if hit2 and not (q.is_ray and not v10 and t2 >= max_dist):
                        index = prim
                        found = True
            else:
                pcount = 0
                stack[count] = start
                count = count + 1
                stack[count] = end
                count = count + 1
    r.query = q
    r.query.stack = stack
    r.query.count = count
    r.query.primitive_counter = pcount
    if found:
        r.query.bounds_nr = index
    r.found = found
    r.index = index
    return r


@wp.kernel
def wpclib_mesh_refs(
    id: wp.uint64, p: wp.array(dtype=wp.vec3), out: wp.array(dtype=float), iout: wp.array(dtype=int)
):
    # every entry point, so that the library type-checks them
    a = mesh_query_point_lib(id, p[0], 1.0, False)
    b = mesh_query_point_no_sign_lib(id, p[0], 1.0, True)
    c = mesh_query_point_sign_parity_lib(id, p[0], 1.0, 1, 0.1)
    d = mesh_query_point_sign_winding_number_lib(id, p[0], 1.0, 2.0, 0.5, False)
    e = mesh_query_furthest_point_no_sign_lib(id, p[0], 1.0, False)
    f = mesh_query_point_sign_normal_lib(id, p[0], 1.0, 0.001, False)
    g = mesh_query_ray_lib(id, p[0], p[1], 1.0, -1, False)
    h = mesh_query_ray_anyhit_lib(id, p[0], p[1], 1.0, -1)
    k = mesh_query_ray_count_intersections_lib(id, p[0], p[1], -1)
    q = mesh_query_aabb_lib(id, p[0], p[1], False)
    n = mesh_query_aabb_next_lib(q, False)
    n2 = mesh_query_aabb_iter_cmp(q, True)
    bq = bvh_query_aabb_lib(id, p[0], p[1], -1, False)
    bq2 = bvh_query_ray_lib(id, p[0], p[1], -1, True)
    bn = bvh_query_next_lib(bq, 1.0, False)
    ma = mesh_get_lib(id)
    out[0] = a.u + b.v + c.sign + d.sign + e.u + f.sign + g.t + mesh_eval_position_lib(id, 0, 0.5, 0.5, False)[0]
    out[1] = mesh_eval_velocity_lib(id, 0, 0.5, 0.5, False)[0] + mesh_eval_face_normal_lib(id, 0, False)[0]
    out[2] = mesh_get_point_lib(id, 0, False)[0] + mesh_get_velocity_lib(id, 0, False)[0] + ma.points[0][0]
    iout[0] = k + n.index + n2.index + bn.index + mesh_query_aabb_iter_next(q) + bq.bounds_nr + bq2.count
    iout[1] = mesh_get_index_lib(id, 0, False) + mesh_get_group_root_lib(id, 0) + bvh_get_group_root_lib(id, 0)
    if h:
        iout[2] = 1
