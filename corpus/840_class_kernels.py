import warp as wp

# Kernels and functions defined in class bodies: Warp keys them by qualified
# name (Sim.step -> Sim__step, Ops.twice -> Ops__twice_0); they are called
# through the class (Ops.twice) and may read class constants.


@wp.func
def twice(x: float) -> float:
    return 2.0 * x


class Ops:
    SCALE = 3.0

    @wp.func
    def twice(x: float) -> float:
        return Ops.SCALE * x

    @wp.func
    def lerp3(a: wp.vec3, b: wp.vec3, t: float):
        return a + (b - a) * t


class Sim:
    DT = 0.01

    @wp.kernel
    def step(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3)):
        i = wp.tid()
        x[i] = Ops.lerp3(x[i], x[i] + v[i], Sim.DT)

    class Inner:
        @wp.kernel
        def damp(v: wp.array(dtype=wp.vec3), k: float):
            i = wp.tid()
            v[i] = v[i] * twice(k)


@wp.kernel
def scale(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = Ops.twice(a[i]) + twice(a[i])
