import warp as wp


@wp.struct
class Inner:
    x: float
    v: wp.vec3
    m: wp.mat22


@wp.struct
class Particle:
    pos: wp.vec3
    vel: wp.vec3
    mass: float
    flags: wp.int32
    inner: Inner


@wp.struct
class Buffers:
    forces: wp.array(dtype=wp.vec3)
    energy: wp.array(dtype=float)
    counts: wp.array2d(dtype=int)


@wp.kernel
def field_updates(ps: wp.array(dtype=Particle), dt: float):
    i = wp.tid()
    ps[i].vel += wp.vec3(0.0, -9.8, 0.0) * dt
    ps[i].pos += ps[i].vel * dt
    ps[i].mass *= 0.999
    ps[i].flags |= 2
    ps[i].pos[1] = wp.max(ps[i].pos[1], 0.0)
    ps[i].inner.x = ps[i].mass
    ps[i].inner.v[2] = 1.0
    ps[i].inner.m[0, 1] = dt


@wp.kernel
def buffer_accumulate(b: Buffers, ps: wp.array(dtype=Particle), cell: float):
    i = wp.tid()
    p = ps[i]
    b.forces[i] += p.vel * p.mass
    wp.atomic_add(b.energy, 0, 0.5 * p.mass * wp.length_sq(p.vel))
    cx = wp.clamp(int(p.pos[0] / cell), 0, b.counts.shape[0] - 1)
    cz = wp.clamp(int(p.pos[2] / cell), 0, b.counts.shape[1] - 1)
    b.counts[cx, cz] += 1
    wp.atomic_max(b.energy, 1, p.mass)


@wp.kernel
def local_struct_edit(ps: wp.array(dtype=Particle), out: wp.array(dtype=Particle)):
    i = wp.tid()
    p = ps[i]
    p.inner.m = wp.mat22(1.0, 2.0, 3.0, 4.0)
    p.inner.m[1, 1] = p.inner.x
    p.inner.v = p.pos - p.vel
    p.inner.v = p.inner.v + wp.vec3(1.0, 0.0, 0.0)
    p.pos[2] = p.pos[2] - 0.5
    p.flags = p.flags & ~1
    out[i] = p


@wp.kernel
def matrix_elements(m: wp.array(dtype=wp.mat33), v: wp.array(dtype=wp.vec4)):
    i = wp.tid()
    m[i][0, 0] = 1.0
    m[i][1, 2] += 2.0
    v[i][3] = v[i][0] + v[i][1]
    v[i].x -= 1.0
