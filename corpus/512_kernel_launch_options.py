import warp as wp


@wp.kernel(launch_bounds=(256, 1))
def k1(a: wp.array(dtype=float)):
    i = wp.tid()
    if a[i] < 0.0:
        return
    a[i] = 1.0


@wp.kernel(enable_backward=False, grid_stride=False)
def k2(a: wp.array(dtype=float)):
    i = wp.tid()
    if a[i] < 0.0:
        return
    for j in range(3):
        a[i] += float(j)


@wp.kernel(cluster_dim=2, launch_bounds=128)
def k3(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = a[i] * 2.0
