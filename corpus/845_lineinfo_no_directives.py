import warp as wp

# lineinfo with wp.config.line_directives = False: no #line directives.
wp.config.lineinfo = True


@wp.kernel
def axpy(a: float, x: wp.array(dtype=float), y: wp.array(dtype=float)):
    i = wp.tid()
    y[i] = a * x[i] + y[i]


wp.config.line_directives = False
