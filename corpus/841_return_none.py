# '-> None' return annotations on functions and kernels: Warp drops them
# (no trace in the hash or the code).
import warp as wp


@wp.func
def user_func_return_none() -> None:
    pass


@wp.func
def store(a: wp.array(dtype=float), i: int, x: float) -> None:
    a[i] = x


@wp.kernel
def k(a: wp.array(dtype=float)) -> None:
    i = wp.tid()
    user_func_return_none()
    store(a, i, 2.0)
