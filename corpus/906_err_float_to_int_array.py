import warp as wp


@wp.kernel
def bin_values(values: wp.array(dtype=float), bins: wp.array(dtype=int), width: float):
    i = wp.tid()
    # error: stores a float32 into an int32 array element
    bins[i] = wp.floor(values[i] / width)
