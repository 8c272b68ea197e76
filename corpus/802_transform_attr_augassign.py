import warp as wp

# Augmented assignment to a transform's p or q stores the result back with
# transform_set_translation / transform_set_rotation (Warp 1.16), as a plain
# assignment does.


@wp.struct
class Body:
    xf: wp.transform
    mass: float


@wp.kernel
def shift_transforms(x: wp.array(dtype=wp.transform), d: wp.array(dtype=wp.vec3), y: wp.array(dtype=wp.transform)):
    i = wp.tid()
    a = wp.transform_identity()
    b = x[i]
    a.p += b.p
    a.p -= d[i]
    a.q *= b.q
    a.q += wp.quat(0.0, 0.0, 0.0, 0.5)
    y[i] = a


@wp.kernel
def move_bodies(bodies: wp.array(dtype=Body), v: wp.vec3, out: wp.array(dtype=wp.transform)):
    i = wp.tid()
    body = Body()
    body.xf = bodies[i].xf
    body.mass = bodies[i].mass
    xf = body.xf
    xf.p += v * body.mass
    body.xf = xf
    body.mass *= 2.0
    out[i] = body.xf
