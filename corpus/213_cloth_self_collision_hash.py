import warp as wp

TABLE_SIZE = 4096
BUCKET = 8


@wp.func
def hash_cell(c: wp.vec3i) -> int:
    h = (c[0] * 92837111) ^ (c[1] * 689287499) ^ (c[2] * 283923481)
    return wp.abs(h) % TABLE_SIZE


@wp.func
def cell_of(p: wp.vec3, h: float) -> wp.vec3i:
    return wp.vec3i(int(wp.floor(p[0] / h)), int(wp.floor(p[1] / h)), int(wp.floor(p[2] / h)))


@wp.kernel
def fill_table(x: wp.array(dtype=wp.vec3), h: float, counts: wp.array(dtype=int), entries: wp.array2d(dtype=int)):
    i = wp.tid()
    b = hash_cell(cell_of(x[i], h))
    k = wp.atomic_add(counts, b, 1)
    if k < BUCKET:
        entries[b, k] = i


@wp.kernel
def repel(x: wp.array(dtype=wp.vec3), h: float, thickness: float, counts: wp.array(dtype=int), entries: wp.array2d(dtype=int), neighbors_of: wp.array(dtype=wp.vec4i), dx: wp.array(dtype=wp.vec3), contacts: wp.array(dtype=int)):
    i = wp.tid()
    p = x[i]
    c = cell_of(p, h)
    nb = neighbors_of[i]
    corr = wp.vec3()
    for ox in range(-1, 2):
        for oy in range(-1, 2):
            for oz in range(-1, 2):
                b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))
                n = wp.min(counts[b], BUCKET)
                for s in range(n):
                    j = entries[b, s]
                    if j <= i:
                        continue
                    if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:
                        continue
                    d = p - x[j]
                    l = wp.length(d)
                    if l < thickness and l > 1.0e-9:
                        push = d * ((thickness - l) / l * 0.5)
                        corr += push
                        wp.atomic_sub(dx, j, push)
                        wp.atomic_add(contacts, 0, 1)
    wp.atomic_add(dx, i, corr)


@wp.kernel
def apply_and_clear(x: wp.array(dtype=wp.vec3), dx: wp.array(dtype=wp.vec3), relax: float):
    i = wp.tid()
    x[i] = x[i] + dx[i] * relax
    dx[i] = wp.vec3()


@wp.kernel
def clear_table(counts: wp.array(dtype=int)):
    b = wp.tid()
    counts[b] = 0
