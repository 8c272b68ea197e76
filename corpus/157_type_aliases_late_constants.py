import warp as wp
from warp import vec3
from warp import mat33

USE_DOUBLE = False
real = wp.float32
vec3r = wp.vec3f
index_t = wp.int32
Vec = wp.vec3
Mat = wp.mat33


@wp.func
def stress(F: Mat, mu: float, lam: float) -> Mat:
    E = (wp.transpose(F) * F - wp.identity(n=3, dtype=float)) * 0.5
    return E * (2.0 * mu) + wp.identity(n=3, dtype=float) * (lam * wp.trace(E))


@wp.kernel
def fem_stress(F: wp.array(dtype=Mat), mu: float, lam: float, S: wp.array(dtype=mat33), energy: wp.array(dtype=real)):
    i = wp.tid()
    s = stress(F[i], mu, lam)
    S[i] = s
    energy[i] = real(wp.ddot(s, F[i]))


@wp.kernel
def gather(src: wp.array(dtype=vec3r), idx: wp.array(dtype=index_t), dst: wp.array(dtype=vec3)):
    i = wp.tid()
    j = idx[i]
    v = src[j]
    dst[i] = Vec(float(v[0]), float(v[1]), float(v[2]))


@wp.kernel
def late_constants(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = a[i] * LATE_SCALE + float(REBOUND)


LATE_SCALE = 0.5
REBOUND = 1
REBOUND = 2
