import warp as wp

# Builtins called by their bare name, without `wp.`: Warp finds them as
# attributes of the warp module (builtins registered with export=True).


@wp.func
def soft_clip(x: float, lo: float, hi: float):
    return clamp(x, lo, hi) + 0.1 * tanh(x)


@wp.kernel
def bare_calls(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):
    i = wp.tid()
    x = a[i]
    v = normalize(b[i])
    expect_eq(length(v) > 0.5, True)
    y = soft_clip(x, 0.0, 1.0) + dot(v, vec3(1.0, 0.0, 0.0))
    z = max(y, sqrt(abs(x)))
    expect_near(z, z, 1.0e-6)
    out[i] = z + sin(x) * cos(x) + float(floor(x))
