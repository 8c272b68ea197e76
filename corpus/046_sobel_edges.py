import warp as wp

wp.set_module_options({"enable_backward": False})


@wp.func
def pixel(img: wp.array2d(dtype=float), y: int, x: int) -> float:
    yy = wp.clamp(y, 0, img.shape[0] - 1)
    xx = wp.clamp(x, 0, img.shape[1] - 1)
    return img[yy, xx]


@wp.func
def sobel(img: wp.array2d(dtype=float), y: int, x: int):
    tl = pixel(img, y - 1, x - 1)
    tc = pixel(img, y - 1, x)
    tr = pixel(img, y - 1, x + 1)
    ml = pixel(img, y, x - 1)
    mr = pixel(img, y, x + 1)
    bl = pixel(img, y + 1, x - 1)
    bc = pixel(img, y + 1, x)
    br = pixel(img, y + 1, x + 1)
    gx = (tr + 2.0 * mr + br) - (tl + 2.0 * ml + bl)
    gy = (bl + 2.0 * bc + br) - (tl + 2.0 * tc + tr)
    return gx, gy


@wp.func
def quantize_direction(angle: float) -> int:
    a = angle
    if a < 0.0:
        a = a + wp.pi
    deg = a * 180.0 / wp.pi
    if deg < 22.5 or deg >= 157.5:
        return 0
    elif deg < 67.5:
        return 1
    elif deg < 112.5:
        return 2
    return 3


@wp.kernel
def gradient_magnitude(img: wp.array2d(dtype=float), mag: wp.array2d(dtype=float), direction: wp.array2d(dtype=int), max_mag: wp.array(dtype=float)):
    y, x = wp.tid()
    gx, gy = sobel(img, y, x)
    m = wp.sqrt(gx * gx + gy * gy)
    mag[y, x] = m
    direction[y, x] = quantize_direction(wp.atan2(gy, gx))
    wp.atomic_max(max_mag, 0, m)


@wp.kernel
def non_max_suppression(mag: wp.array2d(dtype=float), direction: wp.array2d(dtype=int), low: float, high: float, edges: wp.array2d(dtype=wp.uint8), strong_count: wp.array(dtype=int)):
    y, x = wp.tid()
    m = mag[y, x]
    d = direction[y, x]
    dy = 0
    dx = 0
    if d == 0:
        dx = 1
    elif d == 1:
        dy = 1
        dx = 1
    elif d == 2:
        dy = 1
    else:
        dy = 1
        dx = -1
    a = pixel(mag, y + dy, x + dx)
    b = pixel(mag, y - dy, x - dx)
    if m < a or m < b:
        edges[y, x] = wp.uint8(0)
        return
    if m >= high:
        edges[y, x] = wp.uint8(2)
        wp.atomic_add(strong_count, 0, 1)
    elif m >= low:
        edges[y, x] = wp.uint8(1)
    else:
        edges[y, x] = wp.uint8(0)


@wp.kernel
def hysteresis(edges: wp.array2d(dtype=wp.uint8), changed: wp.array(dtype=int)):
    y, x = wp.tid()
    if edges[y, x] != wp.uint8(1):
        return
    h = edges.shape[0]
    w = edges.shape[1]
    for dy in range(-1, 2):
        for dx in range(-1, 2):
            yy = y + dy
            xx = x + dx
            if yy >= 0 and yy < h and xx >= 0 and xx < w:
                if edges[yy, xx] == wp.uint8(2):
                    edges[y, x] = wp.uint8(2)
                    changed[0] = 1
                    return
