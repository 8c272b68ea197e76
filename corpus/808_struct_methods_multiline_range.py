import warp as wp

# A @wp.struct class with a docstring, Python methods and an unannotated class
# attribute (only the annotated fields are struct fields), and dynamic loops
# whose range() arguments span several lines (the line echo stays on the
# last argument's line when range is called).


@wp.struct
class Adjacency:
    """Flattened vertex adjacency: (element, order) pairs with offsets."""

    v_adj_faces: wp.array(dtype=int)
    v_adj_faces_offsets: wp.array(dtype=int)

    scale = 2.0

    def to(self, device):
        if device.is_cpu:
            return self
        adjacency_gpu = Adjacency()
        adjacency_gpu.v_adj_faces = self.v_adj_faces.to(device)
        adjacency_gpu.v_adj_faces_offsets = self.v_adj_faces_offsets.to(device)
        return adjacency_gpu

    @staticmethod
    def describe():
        return "adjacency"


@wp.func
def num_adjacent_faces(adjacency: Adjacency, vertex: wp.int32):
    return (adjacency.v_adj_faces_offsets[vertex + 1] - adjacency.v_adj_faces_offsets[vertex]) >> 1


@wp.func
def adjacent_face(adjacency: Adjacency, vertex: wp.int32, k: wp.int32):
    offset = adjacency.v_adj_faces_offsets[vertex]
    return adjacency.v_adj_faces[offset + k * 2], adjacency.v_adj_faces[offset + k * 2 + 1]


@wp.kernel
def min_face_distance(
    adjacency: Adjacency,
    face_dist: wp.array(dtype=float),
    radius: float,
    bounds: wp.array(dtype=float),
):
    particle_index = wp.tid()
    min_dist = radius
    for i_adj_tri in range(
        num_adjacent_faces(
            adjacency,
            particle_index,
        )
    ):
        tri_index, vertex_order = adjacent_face(
            adjacency,
            particle_index,
            i_adj_tri,
        )
        min_dist = wp.min(min_dist, face_dist[tri_index] + float(vertex_order))
    for k in range(0,
                   particle_index,
                   2):
        min_dist = min_dist * 0.5
    bounds[particle_index] = min_dist
