# Particle-mesh collision: closest-point queries (MeshQueryPoint and its
# sign variants), contact normals from the closest point or the face normal,
# the mesh's own arrays through wp.mesh_get, and the older out-argument form.
import warp as wp


@wp.struct
class Contact:
    point: wp.vec3
    normal: wp.vec3
    depth: float
    face: int


@wp.func
def closest_contact(mesh: wp.uint64, p: wp.vec3, radius: float, max_dist: float) -> Contact:
    c = Contact()
    c.face = -1
    q = wp.mesh_query_point(mesh, p, max_dist)
    if q.result:
        cp = wp.mesh_eval_position(mesh, q.face, q.u, q.v)
        delta = p - cp
        dist = wp.length(delta) * q.sign
        n = wp.mesh_eval_face_normal(mesh, q.face)
        if wp.abs(dist) > 1.0e-6:
            n = wp.normalize(delta) * wp.sign(q.sign)
        c.point = cp
        c.normal = n
        c.depth = radius - dist
        c.face = q.face
    return c


@wp.kernel
def collide_particles(
    mesh: wp.uint64,
    x: wp.array(dtype=wp.vec3),
    v: wp.array(dtype=wp.vec3),
    radius: float,
    restitution: float,
    friction: float,
    contacts: wp.array(dtype=Contact),
):
    tid = wp.tid()
    p = x[tid]
    c = closest_contact(mesh, p, radius, radius * 4.0)
    contacts[tid] = c
    if c.face >= 0 and c.depth > 0.0:
        vel = v[tid] - wp.mesh_eval_velocity(mesh, c.face, 0.3, 0.3)
        vn = wp.dot(vel, c.normal)
        vt = vel - c.normal * vn
        if vn < 0.0:
            vel = vt * (1.0 - friction) - c.normal * (vn * restitution)
        x[tid] = p + c.normal * c.depth
        v[tid] = vel


@wp.kernel
def classify_points(
    mesh: wp.uint64,
    x: wp.array(dtype=wp.vec3),
    inside_normal: wp.array(dtype=int),
    inside_winding: wp.array(dtype=int),
    sdf: wp.array(dtype=float),
):
    tid = wp.tid()
    p = x[tid]
    qn = wp.mesh_query_point_sign_normal(mesh, p, 1.0e6)
    if qn.result and qn.sign < 0.0:
        inside_normal[tid] = 1
    qw = wp.mesh_query_point_sign_winding_number(mesh, p, 1.0e6, accuracy=2.0, threshold=0.5)
    inside_winding[tid] = wp.where(qw.sign < 0.0, 1, 0)
    qs = wp.mesh_query_point_no_sign(mesh, p, 1.0e6)
    if qs.result:
        sdf[tid] = wp.length(p - wp.mesh_eval_position(mesh, qs.face, qs.u, qs.v)) * qw.sign
    far = wp.mesh_query_furthest_point_no_sign(mesh, p, 0.0)
    if far.result and far.face >= 0:
        sdf[tid] = sdf[tid] + 0.0 * far.u


@wp.kernel
def nearest_vertex(mesh: wp.uint64, x: wp.array(dtype=wp.vec3), out_vertex: wp.array(dtype=int), out_pos: wp.array(dtype=wp.vec3)):
    tid = wp.tid()
    p = x[tid]
    sign = float(0.0)
    face = int(0)
    u = float(0.0)
    v = float(0.0)
    if wp.mesh_query_point(mesh, p, 1.0e6, sign, face, u, v):
        m = wp.mesh_get(mesh)
        best = int(-1)
        best_d = float(1.0e30)
        for k in range(3):
            vi = m.indices[face * 3 + k]
            d = wp.length(m.points[vi] - p)
            if d < best_d:
                best_d = d
                best = vi
        out_vertex[tid] = best
        out_pos[tid] = wp.mesh_get_point(mesh, best) + wp.mesh_get_velocity(mesh, best) * 0.0
        if wp.mesh_get_index(mesh, face * 3) == best:
            out_pos[tid] = m.points[best]
