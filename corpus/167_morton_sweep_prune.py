import warp as wp


@wp.func
def morton_expand(v: wp.uint32) -> wp.uint32:
    x = v & wp.uint32(0x3FF)
    x = (x | (x << wp.uint32(16))) & wp.uint32(0x030000FF)
    x = (x | (x << wp.uint32(8))) & wp.uint32(0x0300F00F)
    x = (x | (x << wp.uint32(4))) & wp.uint32(0x030C30C3)
    x = (x | (x << wp.uint32(2))) & wp.uint32(0x09249249)
    return x


@wp.func
def morton3(p: wp.vec3, lo: wp.vec3, hi: wp.vec3) -> wp.uint32:
    t = wp.cw_div(p - lo, hi - lo)
    xi = wp.uint32(wp.clamp(t[0] * 1024.0, 0.0, 1023.0))
    yi = wp.uint32(wp.clamp(t[1] * 1024.0, 0.0, 1023.0))
    zi = wp.uint32(wp.clamp(t[2] * 1024.0, 0.0, 1023.0))
    return (morton_expand(xi) << wp.uint32(2)) | (morton_expand(yi) << wp.uint32(1)) | morton_expand(zi)


@wp.func
def overlap(alo: wp.vec3, ahi: wp.vec3, blo: wp.vec3, bhi: wp.vec3) -> bool:
    for k in range(3):
        if ahi[k] < blo[k] or bhi[k] < alo[k]:
            return False
    return True


@wp.kernel
def compute_codes(lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3), scene_lo: wp.vec3, scene_hi: wp.vec3, codes: wp.array(dtype=wp.uint32), ids: wp.array(dtype=int)):
    i = wp.tid()
    c = (lo[i] + hi[i]) * 0.5
    codes[i] = morton3(c, scene_lo, scene_hi)
    ids[i] = i


@wp.kernel
def sweep_and_prune(sorted_ids: wp.array(dtype=int), lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3), max_pairs: int, pairs: wp.array(dtype=wp.vec2i), count: wp.array(dtype=int)):
    s = wp.tid()
    n = sorted_ids.shape[0]
    a = sorted_ids[s]
    for t in range(s + 1, n):
        b = sorted_ids[t]
        if lo[b][0] > hi[a][0]:
            break
        if overlap(lo[a], hi[a], lo[b], hi[b]):
            slot = wp.atomic_add(count, 0, 1)
            if slot < max_pairs:
                pairs[slot] = wp.vec2i(wp.min(a, b), wp.max(a, b))


@wp.kernel
def expand_boxes(centers: wp.array(dtype=wp.vec3), radii: wp.array(dtype=float), vel: wp.array(dtype=wp.vec3), dt: float, lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    c = centers[i]
    r = wp.vec3(radii[i])
    d = vel[i] * dt
    lo[i] = wp.min(c - r, c - r + d)
    hi[i] = wp.max(c + r, c + r + d)


@wp.kernel
def odd_even_sort_step(keys: wp.array(dtype=wp.uint32), vals: wp.array(dtype=int), phase: int):
    i = wp.tid()
    a = 2 * i + (phase & 1)
    b = a + 1
    if b >= keys.shape[0]:
        return
    if keys[a] > keys[b]:
        tk = keys[a]
        keys[a] = keys[b]
        keys[b] = tk
        tv = vals[a]
        vals[a] = vals[b]
        vals[b] = tv
