import warp as wp

@wp.kernel
def k(v: wp.uint64, x: wp.array(dtype=wp.vec3)):
    g = wp.vec3()
    a = wp.volume_sample_grad(v, x[0], wp.Volume.LINEAR, g, dtype=wp.vec3)
