from warp import func, kernel, struct
import warp as wp
from warp import vec3, mat33 as M33, array
from warp.types import vector

# Several names per `from warp import ...` (and aliases among them): every
# name is bound, the decorators included.

vec5 = vector(length=5, dtype=float)


@struct
class Frame:
    r: M33
    t: vec3


@func
def apply(f: Frame, p: vec3):
    return f.r * p + f.t


@kernel
def transform_points(frames: array(dtype=Frame), pts: array(dtype=vec3), out: array(dtype=vec3), w: array(dtype=vec5)):
    i = wp.tid()
    out[i] = apply(frames[i], pts[i])
    w[i] = w[i] * 2.0
