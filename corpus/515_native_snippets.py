import warp as wp

snippet = """
    return x * x + 1.0f;
"""
adj_snippet = """
    adj_x += 2.0f * x * adj_ret;
"""


@wp.func_native(snippet, adj_snippet)
def sq_plus_one(x: float) -> float: ...


@wp.func_native(snippet="out[tid] = (float)tid;")
def write_tid(out: wp.array(dtype=float), tid: int): ...


@wp.kernel
def k(a: wp.array(dtype=float), b: wp.array(dtype=float)):
    i = wp.tid()
    b[i] = sq_plus_one(a[i])
    write_tid(a, i)
