import warp as wp

mat23 = wp.types.matrix(shape=(2, 3), dtype=float)


@wp.struct
class Camera:
    view: wp.mat44
    fx: float
    fy: float
    cx: float
    cy: float
    width: int
    height: int


@wp.func
def quat_scale_to_cov(q: wp.quat, s: wp.vec3) -> wp.mat33:
    R = wp.quat_to_matrix(wp.normalize(q))
    S = wp.diag(s)
    M = R * S
    return M * wp.transpose(M)


@wp.func
def project_cov(cov: wp.mat33, p_cam: wp.vec3, cam: Camera) -> wp.mat22:
    z = p_cam[2]
    J = mat23(cam.fx / z, 0.0, -cam.fx * p_cam[0] / (z * z), 0.0, cam.fy / z, -cam.fy * p_cam[1] / (z * z))
    W = wp.mat33(cam.view[0, 0], cam.view[0, 1], cam.view[0, 2], cam.view[1, 0], cam.view[1, 1], cam.view[1, 2], cam.view[2, 0], cam.view[2, 1], cam.view[2, 2])
    T = J * W
    c2 = T * cov * wp.transpose(T)
    return c2 + wp.mat22(0.3, 0.0, 0.0, 0.3)


@wp.kernel
def preprocess(means: wp.array(dtype=wp.vec3), rots: wp.array(dtype=wp.quat), scales: wp.array(dtype=wp.vec3), cam: Camera, xy: wp.array(dtype=wp.vec2), conic: wp.array(dtype=wp.vec3), radius: wp.array(dtype=int), depth: wp.array(dtype=float)):
    i = wp.tid()
    p = means[i]
    ph = cam.view * wp.vec4(p[0], p[1], p[2], 1.0)
    pc = wp.vec3(ph[0], ph[1], ph[2])
    if pc[2] < 0.2:
        radius[i] = 0
        return
    cov = quat_scale_to_cov(rots[i], scales[i])
    c2 = project_cov(cov, pc, cam)
    det = wp.determinant(c2)
    if det <= 0.0:
        radius[i] = 0
        return
    inv = wp.inverse(c2)
    conic[i] = wp.vec3(inv[0, 0], inv[0, 1], inv[1, 1])
    mid = 0.5 * (c2[0, 0] + c2[1, 1])
    lam = mid + wp.sqrt(wp.max(0.1, mid * mid - det))
    radius[i] = int(wp.ceil(3.0 * wp.sqrt(lam)))
    xy[i] = wp.vec2(cam.fx * pc[0] / pc[2] + cam.cx, cam.fy * pc[1] / pc[2] + cam.cy)
    depth[i] = pc[2]


@wp.kernel
def rasterize_naive(order: wp.array(dtype=int), xy: wp.array(dtype=wp.vec2), conic: wp.array(dtype=wp.vec3), radius: wp.array(dtype=int), colors: wp.array(dtype=wp.vec3), opacity: wp.array(dtype=float), img: wp.array2d(dtype=wp.vec3)):
    y, x = wp.tid()
    px = wp.vec2(float(x) + 0.5, float(y) + 0.5)
    T = float(1.0)
    c = wp.vec3()
    for k in range(order.shape[0]):
        g = order[k]
        if radius[g] == 0:
            continue
        d = xy[g] - px
        co = conic[g]
        power = -0.5 * (co[0] * d[0] * d[0] + co[2] * d[1] * d[1]) - co[1] * d[0] * d[1]
        if power > 0.0:
            continue
        alpha = wp.min(0.99, opacity[g] * wp.exp(power))
        if alpha < 1.0 / 255.0:
            continue
        c += colors[g] * (alpha * T)
        T *= 1.0 - alpha
        if T < 1.0e-4:
            break
    img[y, x] = c
