import warp as wp

wp.set_module_options({"enable_backward": False})


@wp.struct
class Reservoir:
    sample: int
    weight_sum: float
    count: int
    chosen_weight: float


@wp.func
def reservoir_update(r: Reservoir, candidate: int, w: float, u: float) -> Reservoir:
    out = r
    out.weight_sum = r.weight_sum + w
    out.count = r.count + 1
    if out.weight_sum > 0.0 and u * out.weight_sum < w:
        out.sample = candidate
        out.chosen_weight = w
    return out


@wp.kernel
def weighted_pick(seed: int, weights: wp.array2d(dtype=float), picks: wp.array(dtype=int), reservoirs: wp.array(dtype=Reservoir)):
    row = wp.tid()
    state = wp.rand_init(seed, row)
    r = Reservoir()
    r.sample = -1
    r.weight_sum = 0.0
    r.count = 0
    r.chosen_weight = 0.0
    for k in range(weights.shape[1]):
        w = weights[row, k]
        if w <= 0.0:
            continue
        r = reservoir_update(r, k, w, wp.randf(state))
    picks[row] = r.sample
    reservoirs[row] = r


@wp.kernel
def shuffle_pairs(seed: int, perm: wp.array(dtype=int), rounds: int):
    tid = wp.tid()
    n = perm.shape[0]
    if tid != 0:
        return
    state = wp.rand_init(seed)
    for r in range(rounds):
        i = n - 1
        while i > 0:
            j = wp.randi(state, 0, i + 1)
            tmp = perm[i]
            perm[i] = perm[j]
            perm[j] = tmp
            i -= 1


@wp.kernel
def subsample_points(seed: int, points: wp.array(dtype=wp.vec3), keep_prob: float, out: wp.array(dtype=wp.vec3), counter: wp.array(dtype=int)):
    i = wp.tid()
    state = wp.rand_init(seed, i)
    if wp.randf(state) >= keep_prob:
        return
    slot = wp.atomic_add(counter, 0, 1)
    if slot < out.shape[0]:
        out[slot] = points[i]


@wp.kernel
def random_ints_histogram(seed: int, lo: int, hi: int, hist: wp.array(dtype=int)):
    i = wp.tid()
    state = wp.rand_init(seed, i)
    a = wp.randi(state, lo, hi)
    b = wp.randi(state)
    bucket = (a - lo) % hist.shape[0]
    if b % 2 == 0:
        hist[bucket] += 1
    else:
        hist[bucket] += 2
