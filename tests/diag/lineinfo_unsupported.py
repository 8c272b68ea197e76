import warp as wp

# Warp writes #line directives before every statement in lineinfo and debug
# modes; wpc does not, and says so rather than print a different file.
wp.config.lineinfo = True


@wp.kernel
def k(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = a[i] * 2.0
