import warp as wp

# An array's .ptr (its data pointer as a uint64 reference) and arrays built in
# kernels from a pointer with wp.array(ptr=..., shape=(...), dtype=...): the
# constant shape values are registered after the result.


@wp.struct
class Particle:
    x: wp.vec3
    m: float


@wp.struct
class Holder:
    data: wp.array(dtype=float)


@wp.kernel
def array_from_ptr(
    arr_orig: wp.array2d(dtype=wp.float32),
    vecs: wp.array(dtype=wp.vec3),
    parts: wp.array(dtype=Particle),
    h: Holder,
    out: wp.array(dtype=wp.uint64),
):
    arr = wp.array(ptr=arr_orig.ptr, shape=(2, 3), dtype=wp.float32)
    arr[0, 0] = 1.0
    arr[1, 2] = arr[0, 0] + 2.0
    v = wp.array(ptr=vecs.ptr, shape=(4,), dtype=wp.vec3)
    v[3] = wp.vec3(1.0, 2.0, 3.0)
    p = wp.array(ptr=parts.ptr, shape=(2,), dtype=Particle)
    p[1] = Particle()
    flat = wp.array(ptr=h.data.ptr, shape=(2, 2, 2), dtype=float)
    flat[1, 1, 1] = 8.0
    # addresses differ from run to run: only their differences are stored
    out[0] = (h.data.ptr + wp.uint64(4)) - h.data.ptr
    out[1] = wp.uint64(arr_orig.ptr != wp.uint64(0))
