import warp as wp

INT16_MAX = wp.constant(32767)
INT16_MIN = wp.constant(-32768)
TWO_PI = wp.constant(6.28318530718)


@wp.func
def saturate16(x: int) -> wp.int16:
    if x > INT16_MAX:
        return wp.int16(INT16_MAX)
    if x < INT16_MIN:
        return wp.int16(INT16_MIN)
    return wp.int16(x)


@wp.func
def soft_clip(x: float, drive: float) -> float:
    y = x * drive
    if y > 1.0:
        return 2.0 / 3.0
    elif y < -1.0:
        return -2.0 / 3.0
    return y - y * y * y / 3.0


@wp.kernel
def mix_tracks(
    tracks: wp.array2d(dtype=wp.int16),
    gains: wp.array(dtype=float),
    pans: wp.array(dtype=float),
    left: wp.array(dtype=wp.int16),
    right: wp.array(dtype=wp.int16),
    clipped: wp.array(dtype=int),
):
    s = wp.tid()
    num_tracks = tracks.shape[0]
    acc_l = float(0.0)
    acc_r = float(0.0)
    for t in range(num_tracks):
        x = float(tracks[t, s]) / 32768.0
        g = gains[t]
        p = wp.clamp(pans[t], -1.0, 1.0)
        angle = (p + 1.0) * 0.25 * wp.pi
        acc_l += x * g * wp.cos(angle)
        acc_r += x * g * wp.sin(angle)
    il = int(acc_l * 32768.0)
    ir = int(acc_r * 32768.0)
    if il > INT16_MAX or il < INT16_MIN or ir > INT16_MAX or ir < INT16_MIN:
        wp.atomic_add(clipped, 0, 1)
    left[s] = saturate16(il)
    right[s] = saturate16(ir)


@wp.kernel
def oscillator(out: wp.array(dtype=wp.int16), freq: float, sample_rate: float, amplitude: float, phase: float):
    i = wp.tid()
    t = float(i) / sample_rate
    x = wp.sin(TWO_PI * freq * t + phase)
    out[i] = saturate16(int(x * amplitude * 32767.0))


@wp.kernel
def distortion(samples: wp.array(dtype=wp.int16), drive: float, out: wp.array(dtype=wp.int16)):
    i = wp.tid()
    x = float(samples[i]) / 32768.0
    y = soft_clip(x, drive) * 1.5
    out[i] = saturate16(int(y * 32767.0))


@wp.kernel
def peak_meter(samples: wp.array(dtype=wp.int16), window: int, peaks: wp.array(dtype=wp.uint16)):
    w = wp.tid()
    start = w * window
    n = samples.shape[0]
    peak = int(0)
    for k in range(window):
        idx = start + k
        if idx >= n:
            break
        v = int(samples[idx])
        if v < 0:
            v = -v
        if v > peak:
            peak = v
    peaks[w] = wp.uint16(peak)


@wp.kernel
def fir_lowpass(samples: wp.array(dtype=wp.int16), taps: wp.array(dtype=float), out: wp.array(dtype=wp.int16)):
    i = wp.tid()
    nt = taps.shape[0]
    acc = float(0.0)
    for k in range(nt):
        j = i - k
        if j >= 0:
            acc += taps[k] * float(samples[j])
    out[i] = saturate16(int(acc))


@wp.kernel
def compressor_gate(
    samples: wp.array2d(dtype=wp.int16),
    threshold_db: float,
    ratio: float,
    attack: float,
    release: float,
    gate_db: float,
    makeup_db: float,
    out: wp.array2d(dtype=wp.int16),
    gain_reduction: wp.array(dtype=float),
):
    ch = wp.tid()
    n = samples.shape[1]
    env = float(0.0)
    gate_open = int(0)
    hold = int(0)
    max_gr = float(0.0)
    makeup = wp.pow(10.0, makeup_db / 20.0)
    for t in range(n):
        x = float(samples[ch, t]) / 32768.0
        a = wp.abs(x)
        # envelope follower with separate attack / release
        if a > env:
            env = attack * env + (1.0 - attack) * a
        else:
            env = release * env + (1.0 - release) * a
        level_db = 20.0 * wp.log10(wp.max(env, 1.0e-6))

        # noise gate with hold time
        if level_db > gate_db:
            gate_open = 1
            hold = 256
        elif hold > 0:
            hold -= 1
        else:
            gate_open = 0

        gain_db = float(0.0)
        if level_db > threshold_db:
            over = level_db - threshold_db
            gain_db = -over * (1.0 - 1.0 / ratio)
        elif level_db > threshold_db - 6.0:
            # soft knee
            k = (level_db - threshold_db + 6.0) / 12.0
            gain_db = -k * k * 6.0 * (1.0 - 1.0 / ratio)
        max_gr = wp.max(max_gr, -gain_db)

        g = wp.pow(10.0, gain_db / 20.0) * makeup
        y = x * g
        if gate_open == 0:
            y = y * 0.05
        out[ch, t] = saturate16(int(y * 32767.0))
    gain_reduction[ch] = max_gr
