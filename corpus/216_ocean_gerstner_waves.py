import warp as wp

GRAVITY = 9.81
MAX_WAVES = 8


@wp.struct
class Wave:
    direction: wp.vec2
    amplitude: float
    wavelength: float
    steepness: float
    phase: float


@wp.func
def gerstner(w: Wave, p: wp.vec2, t: float):
    k = 2.0 * wp.pi / w.wavelength
    c = wp.sqrt(GRAVITY / k)
    d = wp.normalize(w.direction)
    f = k * (wp.dot(d, p) - c * t) + w.phase
    a = w.steepness / k
    disp = wp.vec3(d[0] * a * wp.cos(f), w.amplitude * wp.sin(f), d[1] * a * wp.cos(f))
    tangent = wp.vec3(-d[0] * d[0] * w.steepness * wp.sin(f), d[0] * w.steepness * wp.cos(f), -d[0] * d[1] * w.steepness * wp.sin(f))
    binormal = wp.vec3(-d[0] * d[1] * w.steepness * wp.sin(f), d[1] * w.steepness * wp.cos(f), -d[1] * d[1] * w.steepness * wp.sin(f))
    return disp, tangent, binormal


@wp.kernel
def ocean_surface(waves: wp.array(dtype=Wave), n_waves: int, t: float, spacing: float, pos: wp.array2d(dtype=wp.vec3), nrm: wp.array2d(dtype=wp.vec3)):
    i, j = wp.tid()
    p = wp.vec2(float(i), float(j)) * spacing
    disp = wp.vec3()
    T = wp.vec3(1.0, 0.0, 0.0)
    B = wp.vec3(0.0, 0.0, 1.0)
    for k in range(MAX_WAVES):
        if k >= n_waves:
            break
        d, tt, bb = gerstner(waves[k], p, t)
        disp += d
        T += tt
        B += bb
    pos[i, j] = wp.vec3(p[0], 0.0, p[1]) + disp
    nrm[i, j] = wp.normalize(wp.cross(B, T))


@wp.kernel
def buoyancy(pos: wp.array2d(dtype=wp.vec3), spacing: float, probes: wp.array(dtype=wp.vec3), density: float, volume: float, forces: wp.array(dtype=wp.vec3)):
    b = wp.tid()
    p = probes[b]
    gi = wp.clamp(int(p[0] / spacing), 0, pos.shape[0] - 1)
    gj = wp.clamp(int(p[2] / spacing), 0, pos.shape[1] - 1)
    h = pos[gi, gj][1]
    depth = h - p[1]
    if depth > 0.0:
        submerged = wp.min(depth, 1.0)
        forces[b] = wp.vec3(0.0, density * GRAVITY * volume * submerged, 0.0)
    else:
        forces[b] = wp.vec3()


@wp.kernel
def foam_mask(nrm: wp.array2d(dtype=wp.vec3), threshold: float, foam: wp.array2d(dtype=wp.uint8), coverage: wp.array(dtype=int)):
    i, j = wp.tid()
    if nrm[i, j][1] < threshold:
        foam[i, j] = wp.uint8(255)
        wp.atomic_add(coverage, 0, 1)
    else:
        foam[i, j] = wp.uint8(0)
