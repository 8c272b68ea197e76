# Ray casting against a wp.Mesh: a pinhole camera renderer with shading and
# shadow rays (MeshQueryRay and its attributes), and the out-argument form.
import warp as wp


@wp.struct
class Camera:
    pos: wp.vec3
    forward: wp.vec3
    up: wp.vec3
    fov: float


@wp.func
def primary_ray(cam: Camera, x: int, y: int, width: int, height: int):
    aspect = float(width) / float(height)
    sx = (2.0 * (float(x) + 0.5) / float(width) - 1.0) * aspect
    sy = 1.0 - 2.0 * (float(y) + 0.5) / float(height)
    right = wp.normalize(wp.cross(cam.forward, cam.up))
    up = wp.cross(right, cam.forward)
    t = wp.tan(cam.fov * 0.5)
    return wp.normalize(cam.forward + right * (sx * t) + up * (sy * t))


@wp.func
def in_shadow(mesh: wp.uint64, p: wp.vec3, light_dir: wp.vec3) -> bool:
    q = wp.mesh_query_ray(mesh, p + light_dir * 1.0e-3, light_dir, 1.0e6)
    return q.result


@wp.kernel
def render(
    mesh: wp.uint64,
    cam: Camera,
    light_dir: wp.vec3,
    width: int,
    height: int,
    color: wp.array2d(dtype=wp.vec3),
    depth: wp.array2d(dtype=float),
):
    y, x = wp.tid()
    rd = primary_ray(cam, x, y, width, height)
    q = wp.mesh_query_ray(mesh, cam.pos, rd, 1.0e6)
    c = wp.vec3(0.1, 0.1, 0.15)
    d = float(1.0e6)
    if q.result:
        n = q.normal
        if q.sign < 0.0:
            n = -n
        hit = cam.pos + rd * q.t
        diffuse = wp.max(wp.dot(n, light_dir), 0.0)
        if in_shadow(mesh, hit, light_dir):
            diffuse = diffuse * 0.2
        bary = wp.vec3(q.u, q.v, 1.0 - q.u - q.v)
        c = bary * (0.2 + 0.8 * diffuse)
        if q.face % 2 == 0:
            c = c * 0.9
        d = q.t
    color[y, x] = c
    depth[y, x] = d


@wp.kernel
def raycast_heights(mesh: wp.uint64, xz: wp.array(dtype=wp.vec2), top: float, heights: wp.array(dtype=float), normals: wp.array(dtype=wp.vec3)):
    tid = wp.tid()
    start = wp.vec3(xz[tid][0], top, xz[tid][1])
    dir = wp.vec3(0.0, -1.0, 0.0)
    t = float(0.0)
    u = float(0.0)
    v = float(0.0)
    sign = float(0.0)
    n = wp.vec3()
    face = int(0)
    if wp.mesh_query_ray(mesh, start, dir, 2.0 * top, t, u, v, sign, n, face):
        heights[tid] = top - t
        normals[tid] = n
    else:
        heights[tid] = 0.0
        normals[tid] = wp.vec3(0.0, 1.0, 0.0)
