import warp as wp


@wp.struct
class Hit:
    t: float
    normal: wp.vec3
    valid: wp.bool


@wp.func
def make_hit(t: float, n: wp.vec3) -> Hit:
    return Hit(t, n, True)


@wp.kernel
def ctor(ts: wp.array(dtype=float), out: wp.array(dtype=Hit)):
    i = wp.tid()
    h = make_hit(ts[i], wp.vec3(0.0, 1.0, 0.0))
    h2 = Hit(t=2.0, normal=wp.vec3(1.0, 0.0, 0.0), valid=False)
    if h.t > h2.t:
        out[i] = h
    else:
        out[i] = h2


