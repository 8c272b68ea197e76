import warp as wp


@wp.func
def neighbor_sum(s: wp.array2d(dtype=wp.int8), i: int, j: int) -> int:
    n = s.shape[0]
    m = s.shape[1]
    return int(s[(i + 1) % n, j]) + int(s[(i - 1 + n) % n, j]) + int(s[i, (j + 1) % m]) + int(s[i, (j - 1 + m) % m])


@wp.kernel
def metropolis_sweep(spins: wp.array2d(dtype=wp.int8), beta: float, field: float, color: int, seed: int, step: int, accepted: wp.array(dtype=int)):
    i, j = wp.tid()
    if (i + j) % 2 != color:
        return
    s = int(spins[i, j])
    nb = neighbor_sum(spins, i, j)
    dE = 2.0 * float(s) * (float(nb) + field)
    state = wp.rand_init(seed, (step * spins.shape[0] + i) * spins.shape[1] + j)
    if dE <= 0.0 or wp.randf(state) < wp.exp(-beta * dE):
        spins[i, j] = wp.int8(-s)
        wp.atomic_add(accepted, 0, 1)


@wp.kernel
def observables(spins: wp.array2d(dtype=wp.int8), field: float, mag: wp.array(dtype=wp.int64), energy: wp.array(dtype=float)):
    i, j = wp.tid()
    s = int(spins[i, j])
    n = spins.shape[0]
    m = spins.shape[1]
    right = int(spins[i, (j + 1) % m])
    down = int(spins[(i + 1) % n, j])
    wp.atomic_add(mag, 0, wp.int64(s))
    wp.atomic_add(energy, 0, -float(s * (right + down)) - field * float(s))


@wp.kernel
def random_spins(spins: wp.array2d(dtype=wp.int8), seed: int, p_up: float):
    i, j = wp.tid()
    state = wp.rand_init(seed, i * spins.shape[1] + j)
    spins[i, j] = wp.where(wp.randf(state) < p_up, wp.int8(1), wp.int8(-1))


@wp.kernel
def correlation(spins: wp.array2d(dtype=wp.int8), max_r: int, corr: wp.array(dtype=float)):
    i, j = wp.tid()
    m = spins.shape[1]
    s0 = float(spins[i, j])
    for r in range(max_r):
        wp.atomic_add(corr, r, s0 * float(spins[i, (j + r) % m]))
