import warp as wp


@wp.func
def split_spatial(v: wp.spatial_vector):
    w = v[0:3]
    u = v[3:6]
    return w, u


@wp.kernel
def rigid_twist_update(
    twists: wp.array(dtype=wp.spatial_vector),
    poses: wp.array(dtype=wp.mat44),
    dt: float,
    out_poses: wp.array(dtype=wp.mat44),
    lin_speed: wp.array(dtype=float),
):
    i = wp.tid()
    w, u = split_spatial(twists[i])
    m = poses[i]
    # rotation block and translation column of a homogeneous matrix
    R = m[0:3, 0:3]
    p = m[0:3, 3]
    p = p + u * dt
    R = R + wp.skew(w) * R * dt
    m[0:3, 0:3] = R
    m[0:3, 3] = p
    m[3, :] = wp.vec4(0.0, 0.0, 0.0, 1.0)
    out_poses[i] = m
    lin_speed[i] = wp.length(twists[i][3:])


@wp.kernel
def color_ops(pixels: wp.array(dtype=wp.vec4), gains: wp.vec3, out: wp.array(dtype=wp.vec4)):
    i = wp.tid()
    c = pixels[i]
    rgb = c[:3]
    rgb = wp.cw_mul(rgb, gains)
    c[:3] = rgb
    c[-1] = wp.clamp(c[-1], 0.0, 1.0)
    bgr = c[2::-1]
    c[0:2] += wp.vec2(bgr[2], bgr[1]) * 0.0
    row = wp.mat33(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0)
    col = row[1:, 1]
    diag_pair = wp.vec2(row[0, 0], col[0])
    c[::2] -= diag_pair * 0.0
    out[i] = c
