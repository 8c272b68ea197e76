import warp as wp


@wp.func
def premultiply(c: wp.vec4) -> wp.vec4:
    return wp.vec4(c[0] * c[3], c[1] * c[3], c[2] * c[3], c[3])


@wp.func
def over(src: wp.vec4, dst: wp.vec4) -> wp.vec4:
    return src + dst * (1.0 - src[3])


@wp.func
def srgb_to_linear(c: float) -> float:
    if c <= 0.04045:
        return c / 12.92
    return wp.pow((c + 0.055) / 1.055, 2.4)


@wp.func
def linear_to_srgb(c: float) -> float:
    if c <= 0.0031308:
        return c * 12.92
    return 1.055 * wp.pow(c, 1.0 / 2.4) - 0.055


@wp.func
def hsv_to_rgb(h: float, s: float, v: float) -> wp.vec3:
    hh = (h - wp.floor(h)) * 6.0
    sector = int(hh)
    f = hh - float(sector)
    p = v * (1.0 - s)
    q = v * (1.0 - s * f)
    t = v * (1.0 - s * (1.0 - f))
    if sector == 0:
        return wp.vec3(v, t, p)
    elif sector == 1:
        return wp.vec3(q, v, p)
    elif sector == 2:
        return wp.vec3(p, v, t)
    elif sector == 3:
        return wp.vec3(p, q, v)
    elif sector == 4:
        return wp.vec3(t, p, v)
    return wp.vec3(v, p, q)


@wp.kernel
def composite_layers(layers: wp.array3d(dtype=wp.vec4), opacity: wp.array(dtype=float), out: wp.array2d(dtype=wp.vec4)):
    y, x = wp.tid()
    num_layers = layers.shape[0]
    acc = wp.vec4(0.0, 0.0, 0.0, 0.0)
    for l in range(num_layers):
        c = layers[l, y, x]
        c = wp.vec4(c[0], c[1], c[2], c[3] * opacity[l])
        acc = over(premultiply(c), acc)
        if acc[3] >= 0.999:
            break
    out[y, x] = acc


@wp.kernel
def colorize_scalar(values: wp.array2d(dtype=float), vmin: float, vmax: float, out: wp.array2d(dtype=wp.vec4)):
    y, x = wp.tid()
    t = wp.clamp((values[y, x] - vmin) / (vmax - vmin), 0.0, 1.0)
    rgb = hsv_to_rgb(0.66 * (1.0 - t), 0.9, 1.0)
    out[y, x] = wp.vec4(rgb[0], rgb[1], rgb[2], 1.0)


@wp.kernel
def gamma_convert(img: wp.array2d(dtype=wp.vec4), to_linear: bool):
    y, x = wp.tid()
    c = img[y, x]
    r = c[0]
    g = c[1]
    b = c[2]
    if to_linear:
        r = srgb_to_linear(r)
        g = srgb_to_linear(g)
        b = srgb_to_linear(b)
    else:
        r = linear_to_srgb(r)
        g = linear_to_srgb(g)
        b = linear_to_srgb(b)
    img[y, x] = wp.vec4(r, g, b, c[3])


@wp.kernel
def average_color(img: wp.array2d(dtype=wp.vec4), total: wp.array(dtype=wp.vec4), brightest: wp.array(dtype=float)):
    y, x = wp.tid()
    c = img[y, x]
    wp.atomic_add(total, 0, c)
    lum = wp.dot(wp.vec3(c[0], c[1], c[2]), wp.vec3(0.2126, 0.7152, 0.0722))
    wp.atomic_max(brightest, 0, lum)
