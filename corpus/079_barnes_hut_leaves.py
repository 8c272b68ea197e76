import warp as wp


@wp.struct
class Node:
    center_of_mass: wp.vec3
    mass: float
    half_size: float
    first_child: int
    body: int


@wp.func
def accept(node: Node, p: wp.vec3, theta: float) -> bool:
    d = wp.length(node.center_of_mass - p)
    if d <= 0.0:
        return False
    return 2.0 * node.half_size / d < theta


@wp.func
def point_accel(p: wp.vec3, q: wp.vec3, m: float, eps2: float) -> wp.vec3:
    r = q - p
    d2 = wp.dot(r, r) + eps2
    return r * (m / (d2 * wp.sqrt(d2)))


@wp.kernel
def traverse(
    nodes: wp.array(dtype=Node),
    pos: wp.array(dtype=wp.vec3),
    theta: float,
    eps: float,
    stack: wp.array2d(dtype=int),
    acc: wp.array(dtype=wp.vec3),
    interactions: wp.array(dtype=int),
):
    i = wp.tid()
    p = pos[i]
    a = wp.vec3()
    eps2 = eps * eps
    max_depth = stack.shape[1]
    sp = int(0)
    stack[i, 0] = 0
    sp = int(1)
    count = int(0)
    while sp > 0:
        sp -= 1
        n = stack[i, sp]
        node = nodes[n]
        if node.mass == 0.0:
            continue
        if node.body >= 0:
            if node.body != i:
                a += point_accel(p, node.center_of_mass, node.mass, eps2)
                count += 1
            continue
        if accept(node, p, theta):
            a += point_accel(p, node.center_of_mass, node.mass, eps2)
            count += 1
            continue
        for c in range(8):
            if sp < max_depth:
                stack[i, sp] = node.first_child + c
                sp += 1
    acc[i] = a
    wp.atomic_add(interactions, 0, count)


@wp.kernel
def summarize_children(nodes: wp.array(dtype=Node), level_start: int, level_count: int):
    k = wp.tid()
    if k >= level_count:
        return
    n = level_start + k
    node = nodes[n]
    if node.body >= 0 or node.first_child < 0:
        return
    m = float(0.0)
    com = wp.vec3()
    for c in range(8):
        child = nodes[node.first_child + c]
        m += child.mass
        com += child.center_of_mass * child.mass
    node.mass = m
    if m > 0.0:
        node.center_of_mass = com / m
    nodes[n] = node
