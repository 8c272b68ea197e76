import warp as wp

@wp.kernel
def k(grid: wp.uint64, x: wp.array(dtype=wp.vec3)):
    q = wp.hash_grid_query(grid, x[0], 1.0)
    j = float(0.0)
    while wp.hash_grid_query_next(q, j):
        pass
