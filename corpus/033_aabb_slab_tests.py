import warp as wp


@wp.struct
class AABB:
    lower: wp.vec3
    upper: wp.vec3


@wp.func
def aabb_union(a: AABB, b: AABB) -> AABB:
    r = AABB()
    r.lower = wp.min(a.lower, b.lower)
    r.upper = wp.max(a.upper, b.upper)
    return r


@wp.func
def aabb_overlap(a: AABB, b: AABB) -> bool:
    if a.upper[0] < b.lower[0] or b.upper[0] < a.lower[0]:
        return False
    if a.upper[1] < b.lower[1] or b.upper[1] < a.lower[1]:
        return False
    if a.upper[2] < b.lower[2] or b.upper[2] < a.lower[2]:
        return False
    return True


@wp.func
def ray_slab(origin: wp.vec3, inv_dir: wp.vec3, box: AABB, t_max: float):
    t0 = float(0.0)
    t1 = t_max
    for k in range(3):
        ta = (box.lower[k] - origin[k]) * inv_dir[k]
        tb = (box.upper[k] - origin[k]) * inv_dir[k]
        tn = wp.min(ta, tb)
        tf = wp.max(ta, tb)
        t0 = wp.max(t0, tn)
        t1 = wp.min(t1, tf)
        if t0 > t1:
            return False, t0
    return True, t0


@wp.func
def surface_area(b: AABB) -> float:
    d = b.upper - b.lower
    return 2.0 * (d[0] * d[1] + d[1] * d[2] + d[2] * d[0])


@wp.kernel
def triangle_bounds(verts: wp.array(dtype=wp.vec3), tris: wp.array(dtype=int), pad: float, boxes: wp.array(dtype=AABB), scene: wp.array(dtype=wp.vec3)):
    t = wp.tid()
    a = verts[tris[3 * t]]
    b = verts[tris[3 * t + 1]]
    c = verts[tris[3 * t + 2]]
    box = AABB()
    box.lower = wp.min(wp.min(a, b), c) - wp.vec3(pad, pad, pad)
    box.upper = wp.max(wp.max(a, b), c) + wp.vec3(pad, pad, pad)
    boxes[t] = box
    wp.atomic_min(scene, 0, box.lower)
    wp.atomic_max(scene, 1, box.upper)


@wp.kernel
def ray_box_query(
    origins: wp.array(dtype=wp.vec3),
    dirs: wp.array(dtype=wp.vec3),
    boxes: wp.array(dtype=AABB),
    t_max: float,
    first_box: wp.array(dtype=int),
    first_t: wp.array(dtype=float),
    num_tested: wp.array(dtype=int),
):
    r = wp.tid()
    o = origins[r]
    d = dirs[r]
    inv = wp.vec3(1.0 / d[0], 1.0 / d[1], 1.0 / d[2])
    best = int(-1)
    best_t = float(t_max)
    tested = int(0)
    for b in range(boxes.shape[0]):
        tested += 1
        hit, t = ray_slab(o, inv, boxes[b], best_t)
        if hit and t < best_t:
            best = b
            best_t = t
    first_box[r] = best
    first_t[r] = best_t
    wp.atomic_add(num_tested, 0, tested)


@wp.kernel
def pair_overlaps(boxes: wp.array(dtype=AABB), max_pairs: int, pairs: wp.array(dtype=wp.vec2i), count: wp.array(dtype=int)):
    i, j = wp.tid()
    if j <= i:
        return
    if not aabb_overlap(boxes[i], boxes[j]):
        return
    slot = wp.atomic_add(count, 0, 1)
    if slot < max_pairs:
        pairs[slot] = wp.vec2i(i, j)


@wp.kernel
def merge_cost(boxes: wp.array(dtype=AABB), left: wp.array(dtype=int), right: wp.array(dtype=int), cost: wp.array(dtype=float)):
    i = wp.tid()
    a = boxes[left[i]]
    b = boxes[right[i]]
    u = aabb_union(a, b)
    cost[i] = surface_area(u) - surface_area(a) - surface_area(b)
