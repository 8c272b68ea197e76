import warp as wp

# Warp 1.16's "default_grid_stride" module option: kernels without an
# explicit grid_stride= get the non-grid-stride CUDA entry; an explicit
# @wp.kernel(grid_stride=True) still loops. A later wp.config assignment
# does not override the module option.
wp.set_module_options({"default_grid_stride": False})
wp.config.default_grid_stride = True


@wp.kernel
def scale(a: wp.array(dtype=float), s: float):
    i = wp.tid()
    a[i] = a[i] * s


@wp.kernel(grid_stride=True)
def shift(a: wp.array(dtype=float), s: float):
    i = wp.tid()
    a[i] = a[i] + s
