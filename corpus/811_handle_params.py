import warp as wp

# wp.handle (Warp 1.16): a uint64 for object ids (meshes, volumes, BVHs) in
# kernel parameters, struct fields and arrays. It prints as wp::uint64 and
# hashes as u8, but a struct's operator += does not accumulate a handle field.


@wp.struct
class MeshRef:
    mesh_id: wp.handle
    scale: float
    count: wp.uint64


@wp.func
def closest(mesh_id: wp.handle, p: wp.vec3) -> wp.vec3:
    face = int(0)
    u = float(0.0)
    v = float(0.0)
    wp.mesh_query_point_no_sign(mesh_id, p, 100.0, face, u, v)
    return wp.mesh_eval_position(mesh_id, face, u, v)


@wp.kernel
def handle_kernel(
    mesh_id: wp.handle,
    ref: MeshRef,
    ids: wp.array(dtype=wp.handle),
    points: wp.array(dtype=wp.vec3),
    out: wp.array(dtype=wp.vec3),
    raw: wp.array(dtype=wp.uint64),
):
    tid = wp.tid()
    p = points[tid]
    out[tid] = closest(mesh_id, p) + closest(ref.mesh_id, p) * ref.scale + closest(ids[tid], p)
    raw[tid] = ids[tid] + ref.count
