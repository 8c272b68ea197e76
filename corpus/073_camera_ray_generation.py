import warp as wp


@wp.struct
class Camera:
    position: wp.vec3
    rotation: wp.quat
    fov_y: float
    aperture: float
    focus_dist: float
    width: int
    height: int


@wp.func
def concentric_disk(u: float, v: float) -> wp.vec2:
    a = 2.0 * u - 1.0
    b = 2.0 * v - 1.0
    if a == 0.0 and b == 0.0:
        return wp.vec2(0.0, 0.0)
    r = float(0.0)
    phi = float(0.0)
    if a * a > b * b:
        r = a
        phi = (wp.pi / 4.0) * (b / a)
    else:
        r = b
        phi = (wp.pi / 2.0) - (wp.pi / 4.0) * (a / b)
    return wp.vec2(r * wp.cos(phi), r * wp.sin(phi))


@wp.func
def pixel_ray(cam: Camera, px: float, py: float, lens: wp.vec2):
    aspect = float(cam.width) / float(cam.height)
    th = wp.tan(cam.fov_y * 0.5)
    x = (2.0 * px / float(cam.width) - 1.0) * th * aspect
    y = (1.0 - 2.0 * py / float(cam.height)) * th
    d_cam = wp.normalize(wp.vec3(x, y, -1.0))
    focus = d_cam * (cam.focus_dist / -d_cam[2])
    offset = wp.vec3(lens[0], lens[1], 0.0) * cam.aperture
    d = wp.normalize(focus - offset)
    o = cam.position + wp.quat_rotate(cam.rotation, offset)
    return o, wp.quat_rotate(cam.rotation, d)


@wp.kernel
def generate_rays(cam: Camera, seed: int, spp: int, origins: wp.array3d(dtype=wp.vec3), dirs: wp.array3d(dtype=wp.vec3)):
    y, x, s = wp.tid()
    if s >= spp:
        return
    state = wp.rand_init(seed, (y * cam.width + x) * spp + s)
    jx = wp.randf(state)
    jy = wp.randf(state)
    lens = concentric_disk(wp.randf(state), wp.randf(state))
    o, d = pixel_ray(cam, float(x) + jx, float(y) + jy, lens)
    origins[y, x, s] = o
    dirs[y, x, s] = d


@wp.kernel
def pinhole_rays(cam: Camera, dirs: wp.array2d(dtype=wp.vec3)):
    y, x = wp.tid()
    o, d = pixel_ray(cam, float(x) + 0.5, float(y) + 0.5, wp.vec2(0.0, 0.0))
    dirs[y, x] = d


@wp.kernel
def project_to_pixels(cam: Camera, points: wp.array(dtype=wp.vec3), pixels: wp.array(dtype=wp.vec2), in_view: wp.array(dtype=wp.bool)):
    i = wp.tid()
    p = wp.quat_rotate_inv(cam.rotation, points[i] - cam.position)
    if p[2] >= 0.0:
        in_view[i] = False
        pixels[i] = wp.vec2(-1.0, -1.0)
        return
    th = wp.tan(cam.fov_y * 0.5)
    aspect = float(cam.width) / float(cam.height)
    x = p[0] / (-p[2] * th * aspect)
    y = p[1] / (-p[2] * th)
    px = (x + 1.0) * 0.5 * float(cam.width)
    py = (1.0 - y) * 0.5 * float(cam.height)
    pixels[i] = wp.vec2(px, py)
    in_view[i] = px >= 0.0 and py >= 0.0 and px < float(cam.width) and py < float(cam.height)
