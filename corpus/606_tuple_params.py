from typing import Any

import warp as wp


@wp.struct
class Contact:
    normal: wp.vec3
    depth: float


@wp.func
def weighted_sum(values: tuple[float, ...], w: float):
    out = float(0.0)
    for i in range(len(values)):
        out += values[i] * w
    return out


@wp.func
def summarize(values: Any):
    total = values[0] - values[0]
    for i in range(len(values)):
        total += values[i]
    return total


@wp.func
def contact_force(c: tuple[Contact, float]) -> wp.vec3:
    return c[0].normal * (c[0].depth * c[1])


@wp.func
def split(q: wp.quat) -> tuple[wp.vec3, float]:
    axis_angle = wp.quat_to_axis_angle(q)
    return axis_angle[0], axis_angle[1]


@wp.kernel
def accumulate(
    depths: wp.array(dtype=float),
    normals: wp.array(dtype=wp.vec3),
    rotations: wp.array(dtype=wp.quat),
    stiffness: float,
    forces: wp.array(dtype=wp.vec3),
    scores: wp.array(dtype=float),
):
    i = wp.tid()
    c = Contact(normals[i], depths[i])
    pair = (c, stiffness)
    forces[i] = contact_force(pair)
    axis, angle = split(rotations[i])
    three = (depths[i], angle, axis[2])
    ints = (i, 2 * i, 3)
    scores[i] = weighted_sum(three, 0.5) + float(summarize(ints)) + summarize(three)
