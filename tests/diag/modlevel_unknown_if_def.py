import os

import warp as wp

# A kernel defined under a condition wpc cannot evaluate.
if os.environ.get("FAST"):

    @wp.kernel
    def k(a: wp.array(dtype=float)):
        i = wp.tid()
        a[i] = 0.0
