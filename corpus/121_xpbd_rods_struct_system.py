import warp as wp

COMPLIANCE = wp.constant(1.0e-6)
MAX_ITERS = 4


@wp.struct
class RodSegment:
    i0: int
    i1: int
    rest_length: float
    stiffness: float


@wp.struct
class Material:
    density: float
    damping: float
    friction: float


@wp.struct
class RodSystem:
    segments: wp.array(dtype=RodSegment)
    mat: Material
    gravity: wp.vec3


@wp.func
def safe_normalize(v: wp.vec3, eps: float):
    l = wp.length(v)
    if l < eps:
        return wp.vec3(0.0, 0.0, 0.0), 0.0
    return v / l, l


@wp.func
def xpbd_delta(c: float, w0: float, w1: float, alpha: float, dt: float) -> float:
    wsum = w0 + w1 + alpha / (dt * dt)
    if wsum <= 0.0:
        return 0.0
    return -c / wsum


@wp.kernel
def predict(
    x: wp.array(dtype=wp.vec3),
    v: wp.array(dtype=wp.vec3),
    inv_mass: wp.array(dtype=float),
    sys: RodSystem,
    dt: float,
    x_pred: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    w = inv_mass[tid]
    vel = v[tid]
    if w > 0.0:
        vel = vel + sys.gravity * dt
        vel = vel * (1.0 - sys.mat.damping * dt)
    x_pred[tid] = x[tid] + vel * dt


@wp.kernel
def solve_stretch(
    sys: RodSystem,
    x_pred: wp.array(dtype=wp.vec3),
    inv_mass: wp.array(dtype=float),
    dt: float,
    delta: wp.array(dtype=wp.vec3),
    counts: wp.array(dtype=wp.int32),
):
    sid = wp.tid()
    seg = sys.segments[sid]
    a = seg.i0
    b = seg.i1
    w0 = inv_mass[a]
    w1 = inv_mass[b]
    d = x_pred[b] - x_pred[a]
    n, l = safe_normalize(d, 1.0e-8)
    if l == 0.0:
        return
    c = l - seg.rest_length
    alpha = COMPLIANCE / seg.stiffness
    lam = xpbd_delta(c, w0, w1, alpha, dt)
    corr = n * lam
    wp.atomic_sub(delta, a, corr * w0)
    wp.atomic_add(delta, b, corr * w1)
    counts[a] += 1
    counts[b] += 1


@wp.kernel
def apply_deltas(
    x_pred: wp.array(dtype=wp.vec3),
    delta: wp.array(dtype=wp.vec3),
    counts: wp.array(dtype=wp.int32),
    relaxation: float,
):
    tid = wp.tid()
    c = counts[tid]
    if c > 0:
        x_pred[tid] = x_pred[tid] + delta[tid] * (relaxation / float(c))
    delta[tid] = wp.vec3()
    counts[tid] = 0


@wp.kernel
def ground_collide(x_pred: wp.array(dtype=wp.vec3), x: wp.array(dtype=wp.vec3), sys: RodSystem):
    tid = wp.tid()
    p = x_pred[tid]
    if p[1] < 0.0:
        dx = p - x[tid]
        tangent = wp.vec3(dx[0], 0.0, dx[2])
        tl = wp.length(tangent)
        pen = -p[1]
        if tl > 0.0:
            scale = wp.min(sys.mat.friction * pen / tl, 1.0)
            p = p - tangent * scale
        p[1] = 0.0
    x_pred[tid] = p


@wp.kernel
def finalize(x: wp.array(dtype=wp.vec3), x_pred: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), dt: float):
    tid = wp.tid()
    v[tid] = (x_pred[tid] - x[tid]) / dt
    x[tid] = x_pred[tid]
