import warp as wp


@wp.struct
class Probe:
    position: wp.vec3
    value: float
    index: int


@wp.func
def sample_probe(field: wp.array3d(dtype=float), p: wp.vec3) -> float:
    i = wp.clamp(int(p[0]), 0, field.shape[0] - 1)
    j = wp.clamp(int(p[1]), 0, field.shape[1] - 1)
    k = wp.clamp(int(p[2]), 0, field.shape[2] - 1)
    return field[i, j, k]


@wp.kernel
def update_probes(field: wp.array3d(dtype=float), probes: wp.array(dtype=Probe), debug_index: int):
    i = wp.tid()
    p = probes[i]
    p.value = sample_probe(field, p.position)
    probes[i] = p
    if i == debug_index:
        print(p.index)
        print(p.position)
        print(p.value)


@wp.kernel
def dump_matrix(m: wp.array(dtype=wp.mat33), q: wp.array(dtype=wp.quat), which: int):
    i = wp.tid()
    if i != which:
        return
    print(m[i])
    print(q[i])
    print(wp.determinant(m[i]))
