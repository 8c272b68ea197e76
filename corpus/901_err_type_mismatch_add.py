import warp as wp


@wp.func
def falloff(d: float, radius: float) -> float:
    return wp.max(1.0 - d / radius, 0.0)


@wp.kernel
def splat_weights(points: wp.array(dtype=wp.vec3), counts: wp.array(dtype=int), radius: float, weights: wp.array(dtype=float)):
    i = wp.tid()
    d = wp.length(points[i])
    w = falloff(d, radius)
    # error: float32 + int32 without an explicit cast
    weights[i] = w + counts[i]
