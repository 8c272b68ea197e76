import warp as wp


@wp.struct
class Material:
    color: wp.vec3
    roughness: float
    emissive: float


@wp.struct
class Transform2:
    rotation: wp.mat33
    translation: wp.vec3
    scale: float


@wp.struct
class Instance:
    xform: Transform2
    material: Material
    mesh_id: int
    visible: wp.bool


@wp.struct
class MeshPool:
    points: wp.array(dtype=wp.vec3)
    offsets: wp.array(dtype=int)


@wp.struct
class Scene:
    meshes: MeshPool
    instances: wp.array(dtype=Instance)
    ambient: wp.vec3
    exposure: float


@wp.func
def apply_xform(t: Transform2, p: wp.vec3) -> wp.vec3:
    return t.rotation * p * t.scale + t.translation


@wp.func
def instance_bounds(scene: Scene, inst: Instance):
    lo = wp.vec3(1.0e30, 1.0e30, 1.0e30)
    hi = wp.vec3(-1.0e30, -1.0e30, -1.0e30)
    start = scene.meshes.offsets[inst.mesh_id]
    end = scene.meshes.offsets[inst.mesh_id + 1]
    for k in range(start, end):
        p = apply_xform(inst.xform, scene.meshes.points[k])
        lo = wp.min(lo, p)
        hi = wp.max(hi, p)
    return lo, hi


@wp.kernel
def compute_instance_bounds(scene: Scene, lo_out: wp.array(dtype=wp.vec3), hi_out: wp.array(dtype=wp.vec3), visible_count: wp.array(dtype=int)):
    i = wp.tid()
    inst = scene.instances[i]
    if not inst.visible:
        lo_out[i] = wp.vec3()
        hi_out[i] = wp.vec3()
        return
    lo, hi = instance_bounds(scene, inst)
    lo_out[i] = lo
    hi_out[i] = hi
    wp.atomic_add(visible_count, 0, 1)


@wp.kernel
def shade_instances(scene: Scene, light_dir: wp.vec3, colors: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    inst = scene.instances[i]
    m = inst.material
    up = inst.xform.rotation * wp.vec3(0.0, 1.0, 0.0)
    lambert = wp.max(wp.dot(wp.normalize(up), -light_dir), 0.0)
    spec = wp.pow(lambert, 1.0 + 64.0 * (1.0 - m.roughness))
    c = m.color * lambert + wp.vec3(spec, spec, spec) + scene.ambient + m.color * m.emissive
    colors[i] = c * scene.exposure


@wp.kernel
def animate_instances(instances: wp.array(dtype=Instance), t: float, speed: float):
    i = wp.tid()
    inst = instances[i]
    angle = t * speed * (1.0 + 0.1 * float(i))
    c = wp.cos(angle)
    s = wp.sin(angle)
    inst.xform.rotation = wp.mat33(c, 0.0, s, 0.0, 1.0, 0.0, -s, 0.0, c)
    inst.xform.translation = wp.vec3(inst.xform.translation[0], 0.5 * wp.sin(angle), inst.xform.translation[2])
    inst.material.emissive = 0.5 + 0.5 * wp.sin(angle * 2.0)
    inst.visible = inst.xform.scale > 0.0
    instances[i] = inst
