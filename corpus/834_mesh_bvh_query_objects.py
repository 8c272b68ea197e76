# Query objects as values: a mesh AABB query copied and both copies
# advanced, a BvhQuery drained by a func, a mesh AABB query nested in a BVH
# query's loop, rays in the out-argument form that miss (outputs kept) and
# hit, and face normals of the faces found.
import warp as wp


@wp.func
def drain(query: wp.BvhQuery, x: wp.array(dtype=wp.vec3)) -> wp.vec3:
    s = wp.vec3()
    i = int(0)
    while wp.bvh_query_next(query, i):
        s = s + x[i]
    return s


@wp.func
def count_faces(query: wp.MeshQueryAABB) -> int:
    n = int(0)
    f = int(0)
    while wp.mesh_query_aabb_next(query, f):
        n += 1 + f % 3
    return n


@wp.kernel
def query_values(
    mesh: wp.uint64,
    bvh: wp.uint64,
    x: wp.array(dtype=wp.vec3),
    r: float,
    sums: wp.array(dtype=wp.vec3),
    counts: wp.array2d(dtype=int),
):
    tid = wp.tid()
    p = x[tid]
    lo = p - wp.vec3(r)
    hi = p + wp.vec3(r)
    q = wp.mesh_query_aabb(mesh, lo, hi)
    f = int(0)
    first = int(-1)
    if wp.mesh_query_aabb_next(q, f):
        first = f
    q2 = q
    counts[tid, 0] = count_faces(q)
    counts[tid, 1] = count_faces(q2) * 100 + first
    sums[tid] = drain(wp.bvh_query_aabb(bvh, lo, hi), x)
    nested = int(0)
    b = wp.bvh_query_ray(bvh, p, wp.vec3(0.3, -1.0, 0.2))
    item = int(0)
    while wp.bvh_query_next(b, item):
        for face in wp.mesh_query_aabb(mesh, x[item] - wp.vec3(r), x[item] + wp.vec3(r)):
            nested += face
    counts[tid, 2] = nested


@wp.kernel
def rays_out(
    mesh: wp.uint64,
    x: wp.array(dtype=wp.vec3),
    dirs: wp.array(dtype=wp.vec3),
    max_t: float,
    hits: wp.array2d(dtype=float),
    normals: wp.array(dtype=wp.vec3),
    faces: wp.array(dtype=int),
):
    tid = wp.tid()
    t = float(-1.0)
    u = float(2.0)
    v = float(3.0)
    sign = float(4.0)
    n = wp.vec3(5.0, 6.0, 7.0)
    face = int(-8)
    hit = wp.mesh_query_ray(mesh, x[tid], dirs[tid], max_t, t, u, v, sign, n, face)
    hits[tid, 0] = t
    hits[tid, 1] = u
    hits[tid, 2] = v
    hits[tid, 3] = sign
    normals[tid] = n
    faces[tid] = wp.where(hit, face, -face)
    if hit:
        normals[tid] = n - wp.mesh_eval_face_normal(mesh, face)
    r = wp.mesh_query_ray(mesh, x[tid], -dirs[tid], max_t * 10.0)
    if r.result:
        hits[tid, 4] = r.t * r.sign
