import warp as wp

wp.set_module_options({"block_dim": 128, "enable_backward": True, "max_unroll": 8})


@wp.func
def smoothstep_edge(x: float):
    if x <= 0.0:
        return 0.0
    elif x >= 1.0:
        return 1.0
    return x * x * (3.0 - 2.0 * x)


@wp.kernel
def blur(src: wp.array2d(dtype=wp.float16), dst: wp.array2d(dtype=wp.float16), w: int, h: int):
    x, y = wp.tid()
    acc = float(0.0)
    cnt = int(0)
    for dy in range(-1, 2):
        for dx in range(-1, 2):
            xx = x + dx
            yy = y + dy
            if xx < 0 or xx >= w or yy < 0 or yy >= h:
                continue
            acc += float(src[xx, yy])
            cnt += 1
    dst[x, y] = wp.float16(smoothstep_edge(acc / float(cnt)))


@wp.kernel(enable_backward=False)
def expect(a: wp.array(dtype=int)):
    i = wp.tid()
    wp.expect_neq(a[i], -1)
    wp.expect_near(float(a[i]), float(a[i]), 1.0e-6)
