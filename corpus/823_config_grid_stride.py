import warp as wp

# wp.config.default_grid_stride is read when the module is built, so an
# assignment after the kernels still applies (Warp 1.16).


@wp.kernel
def axpy(a: float, x: wp.array(dtype=wp.vec3), y: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    y[i] = a * x[i] + y[i]


wp.config.default_grid_stride = False
