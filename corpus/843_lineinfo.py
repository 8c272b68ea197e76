import warp as wp

# The "lineinfo" module option: Warp writes `#line N "file"` before every
# statement of the forward, replay and reverse code and every variable
# declaration, and around the CUDA function and kernel templates.
wp.set_module_options({"lineinfo": True})


@wp.struct
class Body:
    x: wp.vec3
    m: float


@wp.func
def kinetic(b: Body, v: wp.vec3):
    return 0.5 * b.m * wp.dot(v, v)


@wp.func
def clamp_speed(v: wp.vec3, vmax: float):
    s = wp.length(v)
    if s > vmax:
        return v * (vmax / s)
    return v


@wp.kernel
def step(bodies: wp.array(dtype=Body), v: wp.array(dtype=wp.vec3), e: wp.array(dtype=float), n: int, dt: float):
    i = wp.tid()
    b = bodies[i]
    vi = v[i]
    for k in range(3):
        vi = vi + wp.vec3(0.0, -9.8, 0.0) * dt
    j = int(0)
    while j < n:
        vi = clamp_speed(vi, 10.0 + float(j))
        j += 1
    for k in range(n):
        if k % 2 == 0:
            continue
        b.x = b.x + vi * dt
    v[i] = vi
    bodies[i] = b
    e[i] = kinetic(b, vi)
