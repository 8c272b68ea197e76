# Example-style module: kernels plus host-side driver code.
import numpy as np

import warp as wp


@wp.kernel
def compute_forces(x: wp.array(dtype=wp.vec2), f: wp.array(dtype=wp.vec2), k: float):
    i = wp.tid()
    n = x.shape[0]
    acc = wp.vec2()
    for j in range(n):
        if j != i:
            d = x[j] - x[i]
            r2 = wp.dot(d, d) + 0.01
            acc += d * (k / (r2 * wp.sqrt(r2)))
    f[i] = acc


@wp.kernel
def step(x: wp.array(dtype=wp.vec2), v: wp.array(dtype=wp.vec2), f: wp.array(dtype=wp.vec2), dt: float):
    i = wp.tid()
    v[i] = v[i] + f[i] * dt
    x[i] = x[i] + v[i] * dt


class Example:
    def __init__(self, n=64, device=None):
        self.n = n
        self.dt = 1.0 / 60.0
        rng = np.random.default_rng(42)
        self.x = wp.array(rng.random((n, 2)), dtype=wp.vec2, device=device)
        self.v = wp.zeros(n, dtype=wp.vec2, device=device)
        self.f = wp.zeros(n, dtype=wp.vec2, device=device)

    def step(self):
        wp.launch(compute_forces, dim=self.n, inputs=[self.x, self.f, 0.1])
        wp.launch(step, dim=self.n, inputs=[self.x, self.v, self.f, self.dt])

    def render(self):
        return self.x.numpy()


def run(frames: int = 10):
    ex = Example()
    for _ in range(frames):
        ex.step()
    return ex.render()


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--frames", type=int, default=100)
    args = parser.parse_args()
    with wp.ScopedDevice("cpu"):
        print(run(args.frames))
