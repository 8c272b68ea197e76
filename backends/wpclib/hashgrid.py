# hashgrid.py: wp.HashGrid queries (hashgrid.h): hash_grid_query,
# hash_grid_query_next (also `for index in query`) and hash_grid_point_id.
#
# A grid id is the address of Warp's HashGrid struct in host memory (on the
# CPU Warp's id is that address; runtime/hashgrid.c builds grids with
# Warp's layout), read here through wp.array(ptr=..., dtype=...). The
# layouts: Warp 1.16's HashGrid_t<Type> (pointers and ints first, then
# cell_width and cell_width_inv of the grid's scalar type) and Warp 1.10's
# HashGrid (float cell_width, cell_width_inv first; no point_keys, groups).
#
# The query object (wpc's HashGridQueryState, the LLVM type of
# wp.HashGridQuery in backends/llvm.c) holds hash_grid_query_t's fields and,
# in place of Warp's copy of the whole HashGrid, the grid fields the
# traversal reads; one type for all precisions and both versions (only the
# start of a query depends on them). hash_grid_query_next returns the
# advanced query, whether a point was found and its index
# (HashGridQueryNext); the lowering stores them back into the query and the
# index argument, which Warp takes by reference.

import warp as wp


@wp.struct
class HashGridF:
    # HashGrid_t<float> (Warp 1.16)
    point_cells: wp.uint64
    point_ids: wp.uint64
    point_keys: wp.uint64
    cell_starts: wp.uint64
    cell_ends: wp.uint64
    dim_x: wp.int32
    dim_y: wp.int32
    dim_z: wp.int32
    num_points: wp.int32
    max_points: wp.int32
    max_keys: wp.int32
    has_groups: wp.int32
    context: wp.uint64
    cell_width: wp.float32
    cell_width_inv: wp.float32


@wp.struct
class HashGridH:
    # HashGrid_t<half> (Warp 1.16)
    point_cells: wp.uint64
    point_ids: wp.uint64
    point_keys: wp.uint64
    cell_starts: wp.uint64
    cell_ends: wp.uint64
    dim_x: wp.int32
    dim_y: wp.int32
    dim_z: wp.int32
    num_points: wp.int32
    max_points: wp.int32
    max_keys: wp.int32
    has_groups: wp.int32
    context: wp.uint64
    cell_width: wp.float16
    cell_width_inv: wp.float16


@wp.struct
class HashGridD:
    # HashGrid_t<double> (Warp 1.16)
    point_cells: wp.uint64
    point_ids: wp.uint64
    point_keys: wp.uint64
    cell_starts: wp.uint64
    cell_ends: wp.uint64
    dim_x: wp.int32
    dim_y: wp.int32
    dim_z: wp.int32
    num_points: wp.int32
    max_points: wp.int32
    max_keys: wp.int32
    has_groups: wp.int32
    context: wp.uint64
    cell_width: wp.float64
    cell_width_inv: wp.float64


@wp.struct
class HashGrid110:
    # HashGrid (Warp 1.10.1)
    cell_width: wp.float32
    cell_width_inv: wp.float32
    point_cells: wp.uint64
    point_ids: wp.uint64
    cell_starts: wp.uint64
    cell_ends: wp.uint64
    dim_x: wp.int32
    dim_y: wp.int32
    dim_z: wp.int32
    num_points: wp.int32
    max_points: wp.int32
    context: wp.uint64


@wp.struct
class HashGridQueryState:
    # hash_grid_query_t
    x_start: wp.int32
    y_start: wp.int32
    z_start: wp.int32
    x_end: wp.int32
    y_end: wp.int32
    z_end: wp.int32
    x: wp.int32
    y: wp.int32
    z: wp.int32
    cell: wp.int32
    cell_index: wp.int32
    cell_end: wp.int32
    current: wp.int32
    group: wp.int32
    filter_by_group: wp.bool
    # query.grid: the fields the traversal reads
    point_cells: wp.uint64
    point_ids: wp.uint64
    point_keys: wp.uint64
    cell_starts: wp.uint64
    cell_ends: wp.uint64
    dim_x: wp.int32
    dim_y: wp.int32
    dim_z: wp.int32
    has_groups: wp.int32


@wp.struct
class HashGridQueryNext:
    query: HashGridQueryState
    found: wp.bool
    index: wp.int32


# memory of the grid: C arrays without bounds (Warp's pointers)
@wp.func
def _hg_int(ptr: wp.uint64, i: wp.int32):
    return wp.array(ptr=ptr, shape=(2147483647,), dtype=wp.int32)[i]


@wp.func
def _hg_key(ptr: wp.uint64, i: wp.int32):
    return wp.array(ptr=ptr, shape=(2147483647,), dtype=wp.uint64)[i]


@wp.func
def _hg_index(dim_x: wp.int32, dim_y: wp.int32, dim_z: wp.int32, x: wp.int32, y: wp.int32, z: wp.int32):
    # hash_grid_index(grid, x, y, z): the physical cell of a virtual one
    origin = wp.int32(1048576)
    cx = wp.max(wp.int32(0), x + origin) % dim_x
    cy = wp.max(wp.int32(0), y + origin) % dim_y
    cz = wp.max(wp.int32(0), z + origin) % dim_z
    return cz * (dim_x * dim_y) + cy * dim_x + cx


@wp.func
def _hg_lower_bound(keys: wp.uint64, lo_in: wp.int32, hi_in: wp.int32, key: wp.uint64):
    # hash_grid_lower_bound: first index in [lo, hi) whose key is >= key
    lo = lo_in
    hi = hi_in
    while lo < hi:
        mid = lo + (hi - lo) // 2
        if _hg_key(keys, mid) < key:
            lo = mid + 1
        else:
            hi = mid
    return lo


@wp.func
def _hg_set_cell(q: HashGridQueryState):
    # hash_grid_query_set_cell: the range of point indices of cell (x, y, z)
    # (of the query's group in a grouped grid): (start, end)
    cell = _hg_index(q.dim_x, q.dim_y, q.dim_z, q.x, q.y, q.z)
    start = _hg_int(q.cell_starts, cell)
    end = _hg_int(q.cell_ends, cell)
    if q.filter_by_group and q.point_keys != wp.uint64(0) and q.has_groups != 0:
        key = (wp.uint64(cell) << wp.uint64(32)) | wp.uint64(wp.uint32(q.group))
        start = _hg_lower_bound(q.point_keys, start, end, key)
        end = _hg_lower_bound(q.point_keys, start, end, key + wp.uint64(1))
    return start, end


@wp.func
def _hg_start(
    point_cells: wp.uint64,
    point_ids: wp.uint64,
    point_keys: wp.uint64,
    cell_starts: wp.uint64,
    cell_ends: wp.uint64,
    dim_x: wp.int32,
    dim_y: wp.int32,
    dim_z: wp.int32,
    has_groups: wp.int32,
    start: wp.vec3i,
    end: wp.vec3i,
    group: wp.int32,
    filter_by_group: wp.bool,
):
    # the rest of hash_grid_query_impl once the cell range is known: ends
    # limited to one pass over each dimension, the first cell
    q = HashGridQueryState()
    q.point_cells = point_cells
    q.point_ids = point_ids
    q.point_keys = point_keys
    q.cell_starts = cell_starts
    q.cell_ends = cell_ends
    q.dim_x = dim_x
    q.dim_y = dim_y
    q.dim_z = dim_z
    q.has_groups = has_groups
    q.group = group
    q.filter_by_group = filter_by_group
    q.x_start = start[0]
    q.y_start = start[1]
    q.z_start = start[2]
    q.x_end = wp.min(end[0], start[0] + dim_x - 1)
    q.y_end = wp.min(end[1], start[1] + dim_y - 1)
    q.z_end = wp.min(end[2], start[2] + dim_z - 1)
    q.x = q.x_start
    q.y = q.y_start
    q.z = q.z_start
    ci, ce = _hg_set_cell(q)
    q.cell_index = ci
    q.cell_end = ce
    return q


# hash_grid_query(id, pos, radius[, group]) of a Warp 1.16 grid of float32,
# float16 and float64: the cell range int(floor((pos -/+ radius) * cell_width_inv))
# in the grid's scalar type
@wp.func
def hash_grid_query_f32(id: wp.uint64, pos: wp.vec3f, radius: wp.float32, group: wp.int32, filter_by_group: wp.bool):
    g = wp.array(ptr=id, shape=(1,), dtype=HashGridF)[0]
    inv = g.cell_width_inv
    s = wp.vec3i(
        int(wp.floor((pos[0] - radius) * inv)), int(wp.floor((pos[1] - radius) * inv)),
        int(wp.floor((pos[2] - radius) * inv)))
    e = wp.vec3i(
        int(wp.floor((pos[0] + radius) * inv)), int(wp.floor((pos[1] + radius) * inv)),
        int(wp.floor((pos[2] + radius) * inv)))
    return _hg_start(g.point_cells, g.point_ids, g.point_keys, g.cell_starts, g.cell_ends, g.dim_x, g.dim_y, g.dim_z,
                     g.has_groups, s, e, group, filter_by_group)


@wp.func
def hash_grid_query_f16(id: wp.uint64, pos: wp.vec3h, radius: wp.float16, group: wp.int32, filter_by_group: wp.bool):
    g = wp.array(ptr=id, shape=(1,), dtype=HashGridH)[0]
    inv = g.cell_width_inv
    s = wp.vec3i(
        int(wp.floor((pos[0] - radius) * inv)), int(wp.floor((pos[1] - radius) * inv)),
        int(wp.floor((pos[2] - radius) * inv)))
    e = wp.vec3i(
        int(wp.floor((pos[0] + radius) * inv)), int(wp.floor((pos[1] + radius) * inv)),
        int(wp.floor((pos[2] + radius) * inv)))
    return _hg_start(g.point_cells, g.point_ids, g.point_keys, g.cell_starts, g.cell_ends, g.dim_x, g.dim_y, g.dim_z,
                     g.has_groups, s, e, group, filter_by_group)


@wp.func
def hash_grid_query_f64(id: wp.uint64, pos: wp.vec3d, radius: wp.float64, group: wp.int32, filter_by_group: wp.bool):
    g = wp.array(ptr=id, shape=(1,), dtype=HashGridD)[0]
    inv = g.cell_width_inv
    s = wp.vec3i(
        int(wp.floor((pos[0] - radius) * inv)), int(wp.floor((pos[1] - radius) * inv)),
        int(wp.floor((pos[2] - radius) * inv)))
    e = wp.vec3i(
        int(wp.floor((pos[0] + radius) * inv)), int(wp.floor((pos[1] + radius) * inv)),
        int(wp.floor((pos[2] + radius) * inv)))
    return _hg_start(g.point_cells, g.point_ids, g.point_keys, g.cell_starts, g.cell_ends, g.dim_x, g.dim_y, g.dim_z,
                     g.has_groups, s, e, group, filter_by_group)


# Warp 1.10: int() truncates (no floor), no groups
@wp.func
def hash_grid_query_110(id: wp.uint64, pos: wp.vec3f, radius: wp.float32):
    g = wp.array(ptr=id, shape=(1,), dtype=HashGrid110)[0]
    inv = g.cell_width_inv
    s = wp.vec3i(int((pos[0] - radius) * inv), int((pos[1] - radius) * inv), int((pos[2] - radius) * inv))
    e = wp.vec3i(int((pos[0] + radius) * inv), int((pos[1] + radius) * inv), int((pos[2] + radius) * inv))
    return _hg_start(g.point_cells, g.point_ids, wp.uint64(0), g.cell_starts, g.cell_ends, g.dim_x, g.dim_y, g.dim_z,
                     0, s, e, 0, False)


@wp.func
def hash_grid_query_next(q: HashGridQueryState):
    # hash_grid_query_next(query, index): the next point of the cells in
    # range, visiting x fastest, then y, then z
    r = HashGridQueryNext()
    r.query = q
    r.found = False
    r.index = 0
    if q.point_cells == wp.uint64(0):
        return r
    x = q.x
    y = q.y
    z = q.z
    ci = q.cell_index
    ce = q.cell_end
    found = bool(False)
    index = int(0)
    while True:
        if ci < ce:
            index = _hg_int(q.point_ids, ci)
            ci = ci + 1
            found = True
            break
        x = x + 1
        if x > q.x_end:
            x = q.x_start
            y = y + 1
        if y > q.y_end:
            y = q.y_start
            z = z + 1
        if z > q.z_end:
            break
        r.query.x = x
        r.query.y = y
        r.query.z = z
        ci, ce = _hg_set_cell(r.query)
    r.query.x = x
    r.query.y = y
    r.query.z = z
    r.query.cell_index = ci
    r.query.cell_end = ce
    r.found = found
    r.index = index
    return r


# `for index in query`: iter_cmp(query) is hash_grid_query_next(query,
# query.current), iter_next(query) is query.current
@wp.func
def hash_grid_iter_cmp(q: HashGridQueryState):
    r = hash_grid_query_next(q)
    if r.found:
        r.query.current = r.index
    return r


@wp.func
def hash_grid_iter_next(q: HashGridQueryState):
    return q.current


# hash_grid_point_id(id, index): point_ids[index], -1 without points
@wp.func
def hash_grid_point_id_16(id: wp.uint64, index: wp.int32):
    g = wp.array(ptr=id, shape=(1,), dtype=HashGridF)[0]
    if g.point_ids == wp.uint64(0):
        return -1
    return _hg_int(g.point_ids, index)


@wp.func
def hash_grid_point_id_110(id: wp.uint64, index: wp.int32):
    g = wp.array(ptr=id, shape=(1,), dtype=HashGrid110)[0]
    if g.point_ids == wp.uint64(0):
        return -1
    return _hg_int(g.point_ids, index)


@wp.kernel
def wpclib_hashgrid_refs(id: wp.uint64, p: wp.array(dtype=wp.vec3f), ph: wp.array(dtype=wp.vec3h),
                         pd: wp.array(dtype=wp.vec3d), out: wp.array(dtype=int)):
    q = hash_grid_query_f32(id, p[0], 1.0, 0, False)
    qh = hash_grid_query_f16(id, ph[0], wp.float16(1.0), 0, False)
    qd = hash_grid_query_f64(id, pd[0], wp.float64(1.0), 0, False)
    q1 = hash_grid_query_110(id, p[0], 1.0)
    n = hash_grid_query_next(q)
    m = hash_grid_iter_cmp(qh)
    out[0] = n.index + m.index + hash_grid_iter_next(qd) + qh.x + qd.x + q1.x + hash_grid_point_id_16(id, 0) + hash_grid_point_id_110(id, 0)
