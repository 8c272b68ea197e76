import warp as wp


@wp.func
def tent(x: float) -> float:
    return wp.max(1.0 - wp.abs(x), 0.0)


@wp.func
def time_weight(t: int, t_center: float, width: float) -> float:
    return tent((float(t) - t_center) / width)


@wp.kernel
def blend_frames(
    frames: wp.array4d(dtype=float),
    out: wp.array3d(dtype=float),
    t_center: float,
    width: float,
):
    x, y, z = wp.tid()
    nt = frames.shape[0]
    acc = float(0.0)
    wsum = float(0.0)
    for t in range(nt):
        w = time_weight(t, t_center, width)
        if w > 0.0:
            acc += w * frames[t, x, y, z]
            wsum += w
    if wsum > 0.0:
        out[x, y, z] = acc / wsum
    else:
        out[x, y, z] = 0.0


@wp.kernel
def temporal_derivative(frames: wp.array4d(dtype=float), dt: float, deriv: wp.array4d(dtype=float)):
    t, x, y, z = wp.tid()
    nt = frames.shape[0]
    if nt < 2:
        return
    if t == 0:
        deriv[t, x, y, z] = (frames[1, x, y, z] - frames[0, x, y, z]) / dt
    elif t == nt - 1:
        deriv[t, x, y, z] = (frames[t, x, y, z] - frames[t - 1, x, y, z]) / dt
    else:
        deriv[t, x, y, z] = (frames[t + 1, x, y, z] - frames[t - 1, x, y, z]) / (2.0 * dt)


@wp.kernel
def vector_volume_4d(field: wp.array4d(dtype=wp.vec3), scale: float, mags: wp.array4d(dtype=float), count: wp.array(dtype=int)):
    a, b, c, d = wp.tid()
    v = field[a, b, c, d] * scale
    m = wp.length(v)
    mags[a, b, c, d] = m
    if m > 1.0:
        field[a, b, c, d] = v / m
        wp.atomic_add(count, 0, 1)
    else:
        field[a, b, c, d] = v


@wp.kernel
def max_projection(frames: wp.array4d(dtype=float), proj: wp.array3d(dtype=float), argmax: wp.array3d(dtype=int)):
    t, x, y = wp.tid()
    nz = frames.shape[3]
    best = float(-1.0e30)
    best_z = int(0)
    for z in range(nz):
        v = frames[t, x, y, z]
        if v > best:
            best = v
            best_z = z
    proj[t, x, y] = best
    argmax[t, x, y] = best_z
