import warp as wp

@wp.kernel
def k(v: wp.uint64, x: wp.array(dtype=wp.vec3)):
    a = wp.Volume.NEAREST
