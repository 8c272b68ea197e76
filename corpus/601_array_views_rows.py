import warp as wp


@wp.func
def dot_row(row: wp.array(dtype=float), x: wp.array(dtype=float)) -> float:
    s = float(0.0)
    for j in range(row.shape[0]):
        s += row[j] * x[j]
    return s


@wp.kernel
def dense_matvec(A: wp.array2d(dtype=float), x: wp.array(dtype=float), y: wp.array(dtype=float)):
    i = wp.tid()
    row = A[i]
    y[i] = dot_row(row, x)


@wp.kernel
def neighbor_average(
    neighbors: wp.array2d(dtype=int),
    counts: wp.array(dtype=int),
    values: wp.array(dtype=wp.vec3),
    out: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    nbrs = neighbors[tid]
    n = counts[tid]
    acc = wp.vec3(0.0)
    for k in range(n):
        acc += values[nbrs[k]]
    if n > 0:
        acc = acc / float(n)
    out[tid] = acc


@wp.kernel
def batched_row_scale(batch: wp.array3d(dtype=float), scale: wp.array2d(dtype=float)):
    b, i = wp.tid()
    plane = batch[b]
    row = plane[i]
    s = scale[b][i]
    for j in range(len(row)):
        row[j] = row[j] * s


@wp.kernel
def column_and_block_sums(
    img: wp.array2d(dtype=float), col_sum: wp.array(dtype=float), block: wp.array(dtype=float)
):
    j = wp.tid()
    col = img[:, j]
    total = float(0.0)
    for i in range(col.shape[0]):
        total += col[i]
    col_sum[j] = total
    corner = img[0:2, 0:2]
    head = block[1:3]
    every_other = block[::2]
    if j == 0:
        head[0] = corner[0, 0] + corner[1, 1]
        every_other[0] = img[j, :][1]
