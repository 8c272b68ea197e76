import warp as wp


@wp.struct
class Spring:
    a: int
    b: int
    rest: float
    k: float


@wp.struct
class Transform2D:
    offset: wp.vec2
    angle: float
    scale: float


@wp.struct
class Layer:
    xf: Transform2D
    weight: float
    active: wp.bool


@wp.struct
class Stack:
    base: Layer
    top: Layer
    ids: wp.array(dtype=int)


@wp.func
def make_xf(o: wp.vec2, a: float, s: float) -> Transform2D:
    return Transform2D(o, a, s)


@wp.func
def apply_xf(t: Transform2D, p: wp.vec2) -> wp.vec2:
    c = wp.cos(t.angle)
    s = wp.sin(t.angle)
    q = wp.vec2(c * p[0] - s * p[1], s * p[0] + c * p[1])
    return q * t.scale + t.offset


@wp.func
def compose(a: Transform2D, b: Transform2D) -> Transform2D:
    o = apply_xf(a, b.offset)
    return Transform2D(o, a.angle + b.angle, a.scale * b.scale)


@wp.kernel
def build_springs(n: int, k: float, springs: wp.array(dtype=Spring)):
    i = wp.tid()
    springs[i] = Spring(i, (i + 1) % n, 1.0 / float(n), k)


@wp.kernel
def spring_energy(springs: wp.array(dtype=Spring), x: wp.array(dtype=wp.vec2), e: wp.array(dtype=float)):
    i = wp.tid()
    s = springs[i]
    d = wp.length(x[s.b] - x[s.a]) - s.rest
    wp.atomic_add(e, 0, 0.5 * s.k * d * d)


@wp.kernel
def layered(stack: Stack, pts: wp.array(dtype=wp.vec2), out: wp.array(dtype=wp.vec2)):
    i = wp.tid()
    p = pts[i]
    t = stack.base.xf
    if stack.top.active:
        t = compose(stack.base.xf, stack.top.xf)
    q = apply_xf(t, p)
    w = stack.base.weight
    if stack.top.active:
        w = w + stack.top.weight
    out[stack.ids[i]] = q * w


@wp.kernel
def modify_layers(layers: wp.array(dtype=Layer), dt: float):
    i = wp.tid()
    l = layers[i]
    l.xf.angle = l.xf.angle + dt
    l.xf.offset = l.xf.offset + wp.vec2(dt, 0.0)
    l.xf.scale *= 1.01
    if l.xf.scale > 2.0:
        l.active = False
    layers[i] = l
    layers[i].weight = layers[i].weight * 0.5
    layers[i].xf.offset[1] = 0.0


@wp.kernel
def make_layers(layers: wp.array(dtype=Layer)):
    i = wp.tid()
    xf = make_xf(wp.vec2(float(i), 0.0), 0.1 * float(i), 1.0)
    layers[i] = Layer(xf, 1.0, True)
