import warp as wp

vec5 = wp.types.vector(length=5, dtype=float)
vec6d = wp.types.vector(length=6, dtype=wp.float64)
mat23 = wp.types.matrix(shape=(2, 3), dtype=float)
mat32 = wp.types.matrix(shape=(3, 2), dtype=float)
vec4ub = wp.types.vector(length=4, dtype=wp.uint8)
mat66 = wp.types.matrix(shape=(6, 6), dtype=float)


@wp.func
def vec5_sum(v: vec5) -> float:
    s = float(0.0)
    for i in range(5):
        s += v[i]
    return s


@wp.func
def pack_color(c: wp.vec4) -> vec4ub:
    out = vec4ub()
    for k in range(4):
        out[k] = wp.uint8(wp.clamp(c[k], 0.0, 1.0) * 255.0)
    return out


@wp.kernel
def features(x: wp.array(dtype=vec5), w: wp.array(dtype=vec5), out: wp.array(dtype=float)):
    i = wp.tid()
    a = x[i]
    b = w[i]
    out[i] = wp.dot(a, b) + vec5_sum(a) + wp.length(b)


@wp.kernel
def project(m: wp.array(dtype=mat23), v: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec2), mt: wp.array(dtype=mat32)):
    i = wp.tid()
    A = m[i]
    out[i] = A * v[i]
    mt[i] = wp.transpose(A)


@wp.kernel
def gram(m: wp.array(dtype=mat32), out: wp.array(dtype=wp.mat22), out3: wp.array(dtype=wp.mat33)):
    i = wp.tid()
    A = m[i]
    out[i] = wp.transpose(A) * A
    out3[i] = A * wp.transpose(A)


@wp.kernel
def colors(c: wp.array(dtype=wp.vec4), packed: wp.array(dtype=vec4ub), lum: wp.array(dtype=wp.uint8)):
    i = wp.tid()
    p = pack_color(c[i])
    packed[i] = p
    lum[i] = wp.uint8((int(p[0]) * 77 + int(p[1]) * 150 + int(p[2]) * 29) >> 8)


@wp.kernel
def big_state(s: wp.array(dtype=vec6d), k: wp.array(dtype=mat66), dt: wp.float64, out: wp.array(dtype=vec6d)):
    i = wp.tid()
    x = s[i]
    y = vec6d()
    K = k[i]
    for r in range(6):
        acc = wp.float64(0.0)
        for c in range(6):
            acc += wp.float64(K[r, c]) * x[c]
        y[r] = x[r] + dt * acc
    out[i] = y
