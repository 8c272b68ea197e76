import warp as wp


@wp.kernel
def batch_norm_4d(x: wp.array4d(dtype=float), mean: wp.array(dtype=float), var: wp.array(dtype=float), gamma: wp.array(dtype=float), beta: wp.array(dtype=float), y: wp.array4d(dtype=float), eps: float):
    n, c, h, w = wp.tid()
    v = (x[n, c, h, w] - mean[c]) / wp.sqrt(var[c] + eps)
    y[n, c, h, w] = v * gamma[c] + beta[c]


@wp.kernel
def channel_stats(x: wp.array4d(dtype=float), sums: wp.array(dtype=float), sq: wp.array(dtype=float)):
    n, c, h, w = wp.tid()
    v = x[n, c, h, w]
    wp.atomic_add(sums, c, v)
    wp.atomic_add(sq, c, v * v)


@wp.kernel
def conv2d_nchw(x: wp.array4d(dtype=float), k: wp.array4d(dtype=float), y: wp.array4d(dtype=float), stride: int, pad: int):
    n, oc, oy, ox = wp.tid()
    C = x.shape[1]
    H = x.shape[2]
    W = x.shape[3]
    KH = k.shape[2]
    KW = k.shape[3]
    acc = float(0.0)
    for ic in range(C):
        for ky in range(KH):
            iy = oy * stride + ky - pad
            if iy < 0 or iy >= H:
                continue
            for kx in range(KW):
                ix = ox * stride + kx - pad
                if ix < 0 or ix >= W:
                    continue
                acc += x[n, ic, iy, ix] * k[oc, ic, ky, kx]
    y[n, oc, oy, ox] = wp.max(acc, 0.0)


@wp.kernel
def max_pool(x: wp.array4d(dtype=float), y: wp.array4d(dtype=float), arg: wp.array4d(dtype=wp.int32), size: int):
    n, c, oy, ox = wp.tid()
    best = float(-1.0e30)
    besti = wp.int32(-1)
    for dy in range(size):
        for dx in range(size):
            iy = oy * size + dy
            ix = ox * size + dx
            if iy < x.shape[2] and ix < x.shape[3]:
                v = x[n, c, iy, ix]
                if v > best:
                    best = v
                    besti = wp.int32(iy * x.shape[3] + ix)
    y[n, c, oy, ox] = best
    arg[n, c, oy, ox] = besti


@wp.kernel
def transpose_3d(a: wp.array3d(dtype=wp.vec2), b: wp.array3d(dtype=wp.vec2), shape_out: wp.array(dtype=int)):
    i, j, k = wp.tid()
    b[k, j, i] = a[i, j, k]
    if i == 0 and j == 0 and k == 0:
        shape_out[0] = a.shape[0]
        shape_out[1] = a.shape[1]
        shape_out[2] = a.shape[2]
        shape_out[3] = b.shape[0] * b.shape[1] * b.shape[2]
