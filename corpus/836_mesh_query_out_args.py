# Closest-point queries in their out-argument forms (the outputs keep their
# values where nothing is found), with explicit options (sign_normal's
# epsilon, the winding number's accuracy and threshold), furthest points,
# MeshQueryPoint values through funcs, and the mesh's own arrays.
import warp as wp


@wp.func
def nearest(mesh: wp.uint64, p: wp.vec3, max_dist: float) -> wp.MeshQueryPoint:
    return wp.mesh_query_point_no_sign(mesh, p, max_dist)


@wp.func
def surface_point(mesh: wp.uint64, q: wp.MeshQueryPoint, fallback: wp.vec3) -> wp.vec3:
    if q.result:
        return wp.mesh_eval_position(mesh, q.face, q.u, q.v)
    return fallback


@wp.kernel
def signs_out(
    mesh: wp.uint64,
    x: wp.array(dtype=wp.vec3),
    max_dist: float,
    eps: float,
    signs: wp.array2d(dtype=float),
    faces: wp.array2d(dtype=int),
    bary: wp.array2d(dtype=wp.vec2),
):
    tid = wp.tid()
    p = x[tid]
    inside = float(7.0)
    face = int(-3)
    u = float(0.25)
    v = float(0.5)
    found = wp.mesh_query_point_sign_normal(mesh, p, max_dist, inside, face, u, v, eps)
    signs[tid, 0] = inside
    faces[tid, 0] = wp.where(found, face, face - 100)
    bary[tid, 0] = wp.vec2(u, v)
    found = wp.mesh_query_point_sign_winding_number(mesh, p, max_dist * 2.0, inside, face, u, v, 1.5, 0.25)
    signs[tid, 1] = inside
    faces[tid, 1] = wp.where(found, face, face - 100)
    bary[tid, 1] = wp.vec2(u, v)
    found = wp.mesh_query_point(mesh, p, max_dist * 0.5, inside, face, u, v)
    signs[tid, 2] = inside
    faces[tid, 2] = wp.where(found, face, face - 100)
    bary[tid, 2] = wp.vec2(u, v)
    far_face = int(-1)
    fu = float(0.0)
    fv = float(0.0)
    if wp.mesh_query_furthest_point_no_sign(mesh, p, max_dist, far_face, fu, fv):
        faces[tid, 3] = far_face
        bary[tid, 3] = wp.vec2(fu, fv)
    qs = wp.mesh_query_point_sign_normal(mesh, p, max_dist, 0.5)
    signs[tid, 3] = qs.sign + wp.where(qs.result, 10.0, 0.0)


@wp.kernel
def project(
    mesh: wp.uint64,
    x: wp.array(dtype=wp.vec3),
    max_dist: float,
    out: wp.array(dtype=wp.vec3),
    vel: wp.array(dtype=wp.vec3),
    corner: wp.array(dtype=int),
):
    tid = wp.tid()
    p = x[tid]
    q = nearest(mesh, p, max_dist)
    out[tid] = surface_point(mesh, q, p)
    m = wp.mesh_get(mesh)
    if q.result:
        vel[tid] = wp.mesh_eval_velocity(mesh, q.face, q.u, q.v) - m.velocities[m.indices[q.face * 3]] * q.u
        corner[tid] = wp.mesh_get_index(mesh, q.face * 3 + 2)
        if q.u > 0.5:
            out[tid] = out[tid] + wp.mesh_get_point(mesh, q.face * 3) * 0.0 + wp.mesh_get_velocity(mesh, q.face * 3)
    else:
        corner[tid] = m.indices.shape[0] + m.points.shape[0]
