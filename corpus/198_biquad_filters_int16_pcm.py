import warp as wp

INT16_SCALE = 32767.0


@wp.struct
class Biquad:
    b0: float
    b1: float
    b2: float
    a1: float
    a2: float


@wp.struct
class BiquadState:
    x1: float
    x2: float
    y1: float
    y2: float


@wp.func
def lowpass(fc: float, fs: float, q: float) -> Biquad:
    w0 = 2.0 * wp.pi * fc / fs
    alpha = wp.sin(w0) / (2.0 * q)
    c = wp.cos(w0)
    a0 = 1.0 + alpha
    f = Biquad()
    f.b0 = (1.0 - c) * 0.5 / a0
    f.b1 = (1.0 - c) / a0
    f.b2 = (1.0 - c) * 0.5 / a0
    f.a1 = -2.0 * c / a0
    f.a2 = (1.0 - alpha) / a0
    return f


@wp.func
def process(f: Biquad, s: BiquadState, x: float):
    y = f.b0 * x + f.b1 * s.x1 + f.b2 * s.x2 - f.a1 * s.y1 - f.a2 * s.y2
    s.x2 = s.x1
    s.x1 = x
    s.y2 = s.y1
    s.y1 = y
    return y, s


@wp.kernel
def design_filters(cutoffs: wp.array(dtype=float), fs: float, q: float, filters: wp.array(dtype=Biquad)):
    c = wp.tid()
    filters[c] = lowpass(cutoffs[c], fs, q)


@wp.kernel
def filter_channels(pcm: wp.array2d(dtype=wp.int16), filters: wp.array(dtype=Biquad), states: wp.array(dtype=BiquadState), out: wp.array2d(dtype=wp.int16), peak: wp.array(dtype=float)):
    ch = wp.tid()
    f = filters[ch]
    s = states[ch]
    pk = float(0.0)
    for n in range(pcm.shape[1]):
        x = float(pcm[ch, n]) / INT16_SCALE
        y, s = process(f, s, x)
        pk = wp.max(pk, wp.abs(y))
        out[ch, n] = wp.int16(wp.clamp(y, -1.0, 1.0) * INT16_SCALE)
    states[ch] = s
    peak[ch] = pk


@wp.kernel
def mixdown(pcm: wp.array2d(dtype=wp.int16), gains: wp.array(dtype=float), out: wp.array(dtype=wp.int16)):
    n = wp.tid()
    acc = float(0.0)
    for ch in range(pcm.shape[0]):
        acc += float(pcm[ch, n]) * gains[ch]
    out[n] = wp.int16(wp.clamp(acc, -INT16_SCALE, INT16_SCALE))


@wp.kernel
def rms_windows(pcm: wp.array(dtype=wp.int16), window: int, rms: wp.array(dtype=float)):
    w = wp.tid()
    s = float(0.0)
    for k in range(window):
        v = float(pcm[w * window + k]) / INT16_SCALE
        s += v * v
    rms[w] = wp.sqrt(s / float(window))
