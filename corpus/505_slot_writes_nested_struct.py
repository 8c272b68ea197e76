import warp as wp


@wp.struct
class Particle:
    pos: wp.vec3
    vel: wp.vec3
    mass: float


@wp.struct
class Inner:
    x: float
    y: float


@wp.struct
class Outer:
    inner: Inner
    scale: float


@wp.kernel
def slot_writes(ps: wp.array(dtype=Particle), vs: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    ps[i].pos = ps[i].pos + ps[i].vel * 0.1
    ps[i].mass = 2.0
    vs[i].x = 1.0
    vs[i][1] = 2.0


@wp.kernel
def comp_aug(vs: wp.array(dtype=wp.vec3), ms: wp.array(dtype=wp.mat22)):
    i = wp.tid()
    v = vs[i]
    v[0] += 1.0
    v.y -= 2.0
    m = ms[i]
    m[0, 1] = 3.0
    m[1][0] = 4.0
    m[1, 1] += 5.0
    vs[i] = v
    ms[i] = m


@wp.kernel
def nested_struct(o: wp.array(dtype=Outer), out: wp.array(dtype=float)):
    i = wp.tid()
    s = o[i]
    s.inner.x = 1.0
    s.scale = s.inner.x + s.inner.y
    out[i] = s.scale


@wp.kernel
def atom2d(grid: wp.array2d(dtype=int), vals: wp.array2d(dtype=float), mx: wp.array(dtype=float)):
    i, j = wp.tid()
    grid[i, j] += 1
    wp.atomic_add(grid, i, j, 2)
    old = wp.atomic_max(mx, 0, vals[i, j])
    vals[i, j] -= old
    print(old)
