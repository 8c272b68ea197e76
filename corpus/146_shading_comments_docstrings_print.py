import warp as wp

# Cloth shading kernels with long expressions, comments and docstrings.

AMBIENT = 0.15  # ambient light level


@wp.func
def shade(
    n: wp.vec3,
    l: wp.vec3,
    v: wp.vec3,
    shininess: float,
) -> float:
    """Blinn-Phong shading term.

    Returns a scalar intensity.
    """
    h = wp.normalize(l + v)  # half vector
    diffuse = wp.max(wp.dot(n, l), 0.0)
    specular = wp.pow(wp.max(wp.dot(n, h), 0.0), shininess) if diffuse > 0.0 else 0.0
    return AMBIENT + diffuse + specular


@wp.kernel
def shade_vertices(
    normals: wp.array(dtype=wp.vec3),  # per-vertex normals
    positions: wp.array(dtype=wp.vec3),
    light_pos: wp.vec3,
    eye: wp.vec3,
    colors: wp.array(dtype=wp.vec3),
    out: wp.array(dtype=wp.vec3),
):
    """Per-vertex lighting."""
    i = wp.tid()
    p = positions[i]
    # direction to the light
    l = wp.normalize(light_pos - p)
    v = wp.normalize(eye - p)
    intensity = shade(normals[i], l, v, 32.0)
    c = colors[i]
    out[i] = wp.vec3(
        wp.min(c[0] * intensity, 1.0),
        wp.min(c[1] * intensity, 1.0),
        wp.min(c[2] * intensity, 1.0),
    )


@wp.kernel
def long_lines(a: wp.array(dtype=float), b: wp.array(dtype=float), c: wp.array(dtype=float), out: wp.array(dtype=float)):
    i = wp.tid()
    x = a[i] * b[i] + b[i] * c[i] + c[i] * a[i] + a[i] * a[i] * 0.5 + b[i] * b[i] * 0.25 + c[i] * c[i] * 0.125 - 1.0
    y = (a[i] + b[i]) * \
        (b[i] + c[i])
    z = (
        a[i]
        + b[i]  # middle
        + c[i]
    )
    if (x > 0.0 and
            y > 0.0):
        out[i] = x + y + z
    else:
        pass
    out[i] += 100.0 % 7.0  # modulo with a percent sign: 100 % 7


@wp.kernel
def printing(a: wp.array(dtype=float), n: int):
    i = wp.tid()
    if i == 0:
        wp.printf("n=%d first=%f\n", n, a[0])
        print(a[0])
        print(wp.vec3(a[0], a[1], a[2]))
    if a[i] < 0.0:
        wp.printf("negative value at %d: %g (100%%)\n", i, a[i])


@wp.kernel
def tabs_and_semicolons(a: wp.array(dtype=int)):
    i = wp.tid()
    x = a[i]; y = x * 2
    a[i] = x + y  # "quoted" 'text' and backslash \ in comment
