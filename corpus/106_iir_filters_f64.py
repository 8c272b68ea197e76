import warp as wp


@wp.struct
class Biquad:
    b0: wp.float64
    b1: wp.float64
    b2: wp.float64
    a1: wp.float64
    a2: wp.float64


@wp.func
def lowpass_design(fc: wp.float64, fs: wp.float64, q: wp.float64) -> Biquad:
    w0 = wp.float64(6.283185307179586) * fc / fs
    alpha = wp.sin(w0) / (wp.float64(2.0) * q)
    cw = wp.cos(w0)
    a0 = wp.float64(1.0) + alpha
    bq = Biquad()
    bq.b0 = (wp.float64(1.0) - cw) * wp.float64(0.5) / a0
    bq.b1 = (wp.float64(1.0) - cw) / a0
    bq.b2 = bq.b0
    bq.a1 = wp.float64(-2.0) * cw / a0
    bq.a2 = (wp.float64(1.0) - alpha) / a0
    return bq


@wp.func
def biquad_tick(bq: Biquad, x: wp.float64, z1: wp.float64, z2: wp.float64):
    y = bq.b0 * x + z1
    nz1 = bq.b1 * x - bq.a1 * y + z2
    nz2 = bq.b2 * x - bq.a2 * y
    return y, nz1, nz2


@wp.kernel
def design_filters(cutoffs: wp.array(dtype=wp.float64), fs: wp.float64, q: wp.float64, filters: wp.array(dtype=Biquad)):
    i = wp.tid()
    filters[i] = lowpass_design(cutoffs[i], fs, q)


@wp.kernel
def filter_channels(signal: wp.array2d(dtype=wp.float64), filters: wp.array(dtype=Biquad), cascade: int, out: wp.array2d(dtype=wp.float64), rms: wp.array(dtype=wp.float64)):
    ch = wp.tid()
    bq = filters[ch]
    n = signal.shape[1]
    z1a = wp.float64(0.0)
    z2a = wp.float64(0.0)
    z1b = wp.float64(0.0)
    z2b = wp.float64(0.0)
    acc = wp.float64(0.0)
    for t in range(n):
        y, z1a, z2a = biquad_tick(bq, signal[ch, t], z1a, z2a)
        if cascade > 1:
            y, z1b, z2b = biquad_tick(bq, y, z1b, z2b)
        out[ch, t] = y
        acc = acc + y * y
    rms[ch] = wp.sqrt(acc / wp.float64(n))


@wp.kernel
def moving_average_f64(signal: wp.array(dtype=wp.float64), window: int, out: wp.array(dtype=wp.float64)):
    i = wp.tid()
    s = wp.float64(0.0)
    count = int(0)
    for k in range(window):
        j = i - k
        if j < 0:
            break
        s = s + signal[j]
        count += 1
    out[i] = s / wp.float64(count)


@wp.kernel
def frequency_response(filters: wp.array(dtype=Biquad), fs: wp.float64, freqs: wp.array(dtype=wp.float64), mag_db: wp.array2d(dtype=wp.float64)):
    f, k = wp.tid()
    bq = filters[f]
    w = wp.float64(6.283185307179586) * freqs[k] / fs
    c1 = wp.cos(w)
    s1 = wp.sin(w)
    c2 = wp.cos(wp.float64(2.0) * w)
    s2 = wp.sin(wp.float64(2.0) * w)
    nr = bq.b0 + bq.b1 * c1 + bq.b2 * c2
    ni = -(bq.b1 * s1 + bq.b2 * s2)
    dr = wp.float64(1.0) + bq.a1 * c1 + bq.a2 * c2
    di = -(bq.a1 * s1 + bq.a2 * s2)
    h2 = (nr * nr + ni * ni) / (dr * dr + di * di)
    mag_db[f, k] = wp.float64(10.0) * wp.log10(wp.max(h2, wp.float64(1.0e-30)))
