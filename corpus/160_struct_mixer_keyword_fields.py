import warp as wp

vec5 = wp.types.vector(length=5, dtype=float)


@wp.struct
class Unused:
    a: float
    b: int


@wp.struct
class Channel:
    """One audio channel."""

    gain: float
    pan: wp.int8
    muted: wp.bool
    taps: vec5  # FIR taps


@wp.struct
class Mixer:
    channels: wp.array(dtype=Channel)
    master: float
    limiter: wp.mat22
    history: wp.array2d(dtype=float)


@wp.struct
class Body:
    new: float
    default: int
    template: wp.vec3
    delete: wp.quat


@wp.func
def channel_sample(c: Channel, hist: wp.array2d(dtype=float), ch: int, t: int) -> float:
    if c.muted:
        return 0.0
    acc = float(0.0)
    for k in range(5):
        if t - k >= 0:
            acc += c.taps[k] * hist[ch, t - k]
    return acc * float(c.gain)


@wp.kernel
def mix(m: Mixer, t: int, out: wp.array(dtype=wp.vec2)):
    i = wp.tid()
    left = float(0.0)
    right = float(0.0)
    for ch in range(m.channels.shape[0]):
        c = m.channels[ch]
        s = channel_sample(c, m.history, ch, t + i)
        p = float(c.pan) / 127.0
        left += s * (1.0 - p) * 0.5
        right += s * (1.0 + p) * 0.5
    v = m.limiter * wp.vec2(left, right) * m.master
    out[i] = wp.vec2(wp.clamp(v[0], -1.0, 1.0), wp.clamp(v[1], -1.0, 1.0))


@wp.kernel
def set_channels(chs: wp.array(dtype=Channel), gains: wp.array(dtype=float)):
    i = wp.tid()
    c = chs[i]
    c.gain = gains[i]
    c.muted = gains[i] == 0.0
    c.pan = wp.int8(i % 3 - 1) * wp.int8(100)
    c.taps = vec5(0.5, 0.25, 0.125, 0.0625, 0.0625)
    chs[i] = c


@wp.kernel
def keyword_fields(bodies: wp.array(dtype=Body), out: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    b = bodies[i]
    b.new = b.new + 1.0
    b.default += 1
    out[i] = wp.quat_rotate(b.delete, b.template) * b.new
    bodies[i] = b
