import warp as wp


@wp.func
def band_energy(band: wp.array2d(dtype=float)) -> float:
    e = float(0.0)
    for i in range(band.shape[0]):
        for j in range(band.shape[1]):
            e += band[i, j] * band[i, j]
    return e


@wp.kernel
def spectrogram_bands(spec: wp.array3d(dtype=float), edges: wp.array(dtype=int), energy: wp.array2d(dtype=float)):
    # spec: (channels, frames, bins); one thread per (channel, band)
    c, b = wp.tid()
    lo = edges[b]
    hi = edges[b + 1]
    channel = spec[c]
    band = channel[:, lo:hi]
    energy[c, b] = band_energy(band)
    first_frame = spec[c, 0, lo:hi]
    energy[c, b] += first_frame[0] * float(band.ndim - 2)


@wp.kernel
def reverse_rows(img: wp.array2d(dtype=wp.vec3), out: wp.array2d(dtype=wp.vec3)):
    y = wp.tid()
    src = img[y, ::-1]
    dst = out[y]
    for x in range(src.shape[0]):
        dst[x] = src[x]
    # every other pixel of the mirrored row, brightened
    even = dst[::2]
    for x in range(even.shape[0]):
        even[x] = even[x] * 1.1


@wp.kernel
def tile_means(field: wp.array2d(dtype=float), tile: int, means: wp.array2d(dtype=float)):
    ty, tx = wp.tid()
    block = field[ty * tile : (ty + 1) * tile, tx * tile : (tx + 1) * tile]
    s = float(0.0)
    for i in range(block.shape[0]):
        row = block[i]
        for j in range(row.shape[0]):
            s += row[j]
    means[ty, tx] = s / float(tile * tile)
