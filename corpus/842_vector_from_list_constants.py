# Vector constants built from one list or tuple of elements (vec3bool([True,
# False, True]), wp.vec4((...))), as ctypes accepts them.
import warp as wp

vec3bool = wp.types.vector(length=3, dtype=wp.bool)
bool_selector_vec = wp.constant(vec3bool([True, False, True]))
weights = wp.constant(wp.vec4((0.1, 0.2, 0.3, 0.4)))


@wp.kernel
def sum_from_bool_vec(sum_array: wp.array(dtype=wp.int32), w: wp.array(dtype=float)):
    i = wp.tid()
    if bool_selector_vec[0]:
        sum_array[i] = sum_array[i] + 1
    if bool_selector_vec[1]:
        sum_array[i] = sum_array[i] + 2
    w[i] = wp.dot(weights, wp.vec4(1.0))
