import warp as wp


@wp.struct
class Interval:
    lo: float
    hi: float
    id: int


@wp.func
def overlaps_yz(lo_a: wp.vec3, hi_a: wp.vec3, lo_b: wp.vec3, hi_b: wp.vec3) -> bool:
    return lo_a[1] <= hi_b[1] and lo_b[1] <= hi_a[1] and lo_a[2] <= hi_b[2] and lo_b[2] <= hi_a[2]


@wp.kernel
def project_x(lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3), intervals: wp.array(dtype=Interval)):
    i = wp.tid()
    iv = Interval()
    iv.lo = lo[i][0]
    iv.hi = hi[i][0]
    iv.id = i
    intervals[i] = iv


@wp.kernel
def sweep(sorted_iv: wp.array(dtype=Interval), lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3), max_pairs: int, pairs: wp.array(dtype=wp.vec2i), pair_count: wp.array(dtype=int), tests: wp.array(dtype=int)):
    k = wp.tid()
    n = sorted_iv.shape[0]
    a = sorted_iv[k]
    j = k + 1
    local_tests = int(0)
    while j < n:
        b = sorted_iv[j]
        if b.lo > a.hi:
            break
        local_tests += 1
        if overlaps_yz(lo[a.id], hi[a.id], lo[b.id], hi[b.id]):
            slot = wp.atomic_add(pair_count, 0, 1)
            if slot < max_pairs:
                pairs[slot] = wp.vec2i(wp.min(a.id, b.id), wp.max(a.id, b.id))
        j += 1
    wp.atomic_add(tests, 0, local_tests)


@wp.kernel
def axis_variance(lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3), sum_c: wp.array(dtype=wp.vec3), sum_c2: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    c = (lo[i] + hi[i]) * 0.5
    wp.atomic_add(sum_c, 0, c)
    wp.atomic_add(sum_c2, 0, wp.cw_mul(c, c))


@wp.kernel
def validate_pairs(pairs: wp.array(dtype=wp.vec2i), count: int, lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3), bad: wp.array(dtype=int)):
    p = wp.tid()
    if p >= count:
        return
    ij = pairs[p]
    a = ij[0]
    b = ij[1]
    ok = lo[a][0] <= hi[b][0] and lo[b][0] <= hi[a][0] and overlaps_yz(lo[a], hi[a], lo[b], hi[b])
    if not ok:
        wp.atomic_add(bad, 0, 1)
