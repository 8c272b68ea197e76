import warp as wp

wp.set_module_options({"enable_backward": False})


@wp.func
def view_depth(p: wp.vec3, eye: wp.vec3, forward: wp.vec3) -> float:
    return wp.dot(p - eye, forward)


@wp.func
def depth_key(d: float, near: float, far: float) -> wp.uint32:
    t = wp.clamp((d - near) / (far - near), 0.0, 1.0)
    # back-to-front: larger depth sorts first
    return wp.uint32(int((1.0 - t) * 16777215.0))


@wp.kernel
def compute_keys(points: wp.array(dtype=wp.vec3), eye: wp.vec3, forward: wp.vec3, near: float, far: float, keys: wp.array(dtype=wp.uint32), order: wp.array(dtype=int), culled: wp.array(dtype=int)):
    i = wp.tid()
    d = view_depth(points[i], eye, forward)
    order[i] = i
    if d < near or d > far:
        keys[i] = wp.uint32(0xFFFFFFFF)
        wp.atomic_add(culled, 0, 1)
    else:
        keys[i] = depth_key(d, near, far)


@wp.kernel
def merge_sorted_runs(keys: wp.array(dtype=wp.uint32), vals: wp.array(dtype=int), width: int, keys_out: wp.array(dtype=wp.uint32), vals_out: wp.array(dtype=int)):
    r = wp.tid()
    n = keys.shape[0]
    start = r * 2 * width
    if start >= n:
        return
    mid = wp.min(start + width, n)
    end = wp.min(start + 2 * width, n)
    i = start
    j = mid
    k = start
    while k < end:
        take_left = False
        if i < mid and j < end:
            take_left = keys[i] <= keys[j]
        elif i < mid:
            take_left = True
        if take_left:
            keys_out[k] = keys[i]
            vals_out[k] = vals[i]
            i += 1
        else:
            keys_out[k] = keys[j]
            vals_out[k] = vals[j]
            j += 1
        k += 1


@wp.kernel
def gather_sorted(order: wp.array(dtype=int), src_pos: wp.array(dtype=wp.vec3), src_col: wp.array(dtype=wp.vec4), dst_pos: wp.array(dtype=wp.vec3), dst_col: wp.array(dtype=wp.vec4)):
    i = wp.tid()
    j = order[i]
    dst_pos[i] = src_pos[j]
    dst_col[i] = src_col[j]
