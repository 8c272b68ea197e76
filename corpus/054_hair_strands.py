import warp as wp

wp.set_module_options({"enable_backward": False})

MAX_SEGMENTS = wp.constant(32)


@wp.struct
class Strand:
    first: int
    count: int
    stiffness: float
    root_dir: wp.vec3


@wp.func
def ftl_project(prev: wp.vec3, cur: wp.vec3, seg: float):
    d = cur - prev
    l = wp.length(d)
    if l < 1.0e-9:
        return cur, wp.vec3()
    target = prev + d * (seg / l)
    return target, target - cur


@wp.kernel
def simulate_strands(
    strands: wp.array(dtype=Strand),
    x: wp.array(dtype=wp.vec3),
    v: wp.array(dtype=wp.vec3),
    roots: wp.array(dtype=wp.vec3),
    seg_len: float,
    gravity: wp.vec3,
    damping: float,
    dt: float,
    head_center: wp.vec3,
    head_radius: float,
):
    s = wp.tid()
    st = strands[s]
    n = wp.min(st.count, MAX_SEGMENTS)
    base = st.first
    x[base] = roots[s]
    v[base] = wp.vec3()
    prev = roots[s]
    for k in range(1, n):
        i = base + k
        vel = v[i] * (1.0 - damping) + gravity * dt
        # stiffness pulls towards the rest direction
        rest_pos = prev + st.root_dir * seg_len
        p = x[i] + vel * dt
        p = wp.lerp(p, rest_pos, st.stiffness / float(k))
        # head collision
        hd = p - head_center
        hl = wp.length(hd)
        if hl < head_radius:
            p = head_center + hd * (head_radius / hl)
        p_proj, corr = ftl_project(prev, p, seg_len)
        v[i] = (p_proj - x[i]) / dt
        x[i] = p_proj
        # follow-the-leader velocity correction on the parent
        if k > 1:
            v[i - 1] = v[i - 1] - corr * (0.9 / dt)
        prev = p_proj


@wp.kernel
def strand_lengths(strands: wp.array(dtype=Strand), x: wp.array(dtype=wp.vec3), lengths: wp.array(dtype=float), tips: wp.array(dtype=wp.vec3)):
    s = wp.tid()
    st = strands[s]
    total = float(0.0)
    for k in range(1, st.count):
        total += wp.length(x[st.first + k] - x[st.first + k - 1])
    lengths[s] = total
    tips[s] = x[st.first + st.count - 1]


@wp.kernel
def strand_tangents(strands: wp.array(dtype=Strand), x: wp.array(dtype=wp.vec3), tangents: wp.array(dtype=wp.vec3)):
    s, k = wp.tid()
    st = strands[s]
    if k >= st.count:
        return
    i = st.first + k
    if k == 0:
        tangents[i] = st.root_dir
    elif k == st.count - 1:
        tangents[i] = wp.normalize(x[i] - x[i - 1])
    else:
        tangents[i] = wp.normalize(x[i + 1] - x[i - 1])
