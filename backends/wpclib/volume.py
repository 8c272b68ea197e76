# volume.py: wp.Volume queries (Warp's volume.h over PNanoVDB.h, its C
# reader of NanoVDB grids): volume_sample (+ _f, _v, _i), volume_sample_grad
# (+ _f), volume_lookup (+ _f, _v, _i), volume_store (+ _f, _v, _i),
# volume_sample_index, volume_sample_grad_index, volume_lookup_index,
# volume_voxel_count and the index/world transforms (float and, Warp 1.16,
# double).
#
# A volume id is the address of a NanoVDB grid buffer in host memory (on
# the CPU Warp's id is that address: volume::id_to_buffer; runtime/volume.c
# builds such buffers), read here through wp.array(ptr=..., dtype=...) as
# PNanoVDB reads it: byte offsets from the grid, 32-bit reads of the word at
# offset >> 2, 64-bit reads of the word at offset >> 3, typed values
# (pnano_read/pnano_write) at the 32-bit word.  The tree traversal is
# pnanovdb_root_get_value_address_and_level (root tiles by linear search of
# the key, upper and lower node child masks, the leaf's table); Warp's
# sampling goes through a read accessor that caches the nodes of the last
# lookup, which finds the same addresses, so it is not modelled.  The
# arithmetic is volume.h's, operation for operation: weights and gradient
# weights in float, converted to the value's scalar type (w_t), sums in the
# order of the 8 corner offsets.
#
# The builtins map to the functions below by name and value type
# (backends/llvm.c, emit_volume): volume_sample_<t>, volume_sample_grad_<t>,
# volume_lookup_<t>, volume_store_<t>, volume_sample_index_<t>,
# volume_sample_grad_index_<t> for t in int32, int64, uint32, float32,
# float64, vec3f, vec3d, vec4f, vec4d (Warp's _volume_supported_value_types;
# no gradients of vec4 volumes, whose C++ does not compile in Warp), and
# volume_lookup_index, volume_voxel_count, volume_index_to_world_f32/_f64
# (and world_to_index, _dir).  A typed accessor of a grid of another type
# reads 0 and writes nothing, as Warp's.

from typing import Any

import warp as wp


# PNanoVDB's grid type constants (pnanovdb_grid_type_constants): the fields
# the traversal reads
@wp.struct
class VolGridType:
    root_off_background: wp.uint32
    root_size: wp.uint32
    value_stride_bits: wp.uint32
    table_stride: wp.uint32
    root_tile_off_value: wp.uint32
    root_tile_size: wp.uint32
    upper_off_table: wp.uint32
    lower_off_table: wp.uint32
    leaf_off_table: wp.uint32
    leaf_size: wp.uint32


@wp.func
def _vol_gt_row(root_off_background: int, root_size: int, value_stride_bits: int, table_stride: int,
                root_tile_off_value: int, root_tile_size: int, upper_off_table: int, lower_off_table: int,
                leaf_off_table: int, leaf_size: int):
    c = VolGridType()
    c.root_off_background = wp.uint32(root_off_background)
    c.root_size = wp.uint32(root_size)
    c.value_stride_bits = wp.uint32(value_stride_bits)
    c.table_stride = wp.uint32(table_stride)
    c.root_tile_off_value = wp.uint32(root_tile_off_value)
    c.root_tile_size = wp.uint32(root_tile_size)
    c.upper_off_table = wp.uint32(upper_off_table)
    c.lower_off_table = wp.uint32(lower_off_table)
    c.leaf_off_table = wp.uint32(leaf_off_table)
    c.leaf_size = wp.uint32(leaf_size)
    return c


@wp.func
def _vol_gt(gt: wp.uint32):
    # the row of grid type gt (PNANOVDB_GRID_TYPE_GET); unknown types (past
    # PNANOVDB_GRID_TYPE_END, undefined in C) read row 0
    if gt == wp.uint32(0):
        return _vol_gt_row(28, 32, 0, 8, 20, 32, 8224, 1056, 96, 96)
    if gt == wp.uint32(1):
        return _vol_gt_row(28, 64, 32, 8, 20, 32, 8256, 1088, 96, 2144)
    if gt == wp.uint32(2):
        return _vol_gt_row(32, 96, 64, 8, 24, 32, 8256, 1088, 128, 4224)
    if gt == wp.uint32(3):
        return _vol_gt_row(28, 64, 16, 8, 20, 32, 8256, 1088, 96, 1120)
    if gt == wp.uint32(4):
        return _vol_gt_row(28, 64, 32, 8, 20, 32, 8256, 1088, 96, 2144)
    if gt == wp.uint32(5):
        return _vol_gt_row(32, 96, 64, 8, 24, 32, 8256, 1088, 128, 4224)
    if gt == wp.uint32(6):
        return _vol_gt_row(28, 96, 96, 16, 20, 32, 8256, 1088, 128, 6272)
    if gt == wp.uint32(7):
        return _vol_gt_row(32, 128, 192, 24, 24, 64, 8288, 1120, 160, 12448)
    if gt == wp.uint32(8):
        return _vol_gt_row(28, 64, 0, 8, 20, 32, 8256, 1088, 96, 96)
    if gt == wp.uint32(9):
        return _vol_gt_row(28, 64, 16, 8, 20, 32, 8256, 1088, 96, 1120)
    if gt == wp.uint32(10):
        return _vol_gt_row(28, 64, 32, 8, 20, 32, 8256, 1088, 96, 2144)
    if gt == wp.uint32(11):
        return _vol_gt_row(28, 64, 1, 8, 20, 32, 8256, 1088, 96, 160)
    if gt == wp.uint32(12):
        return _vol_gt_row(28, 64, 32, 8, 20, 32, 8256, 1088, 96, 2144)
    if gt == wp.uint32(13):
        return _vol_gt_row(28, 64, 0, 8, 20, 32, 8256, 1088, 96, 352)
    if gt == wp.uint32(14):
        return _vol_gt_row(28, 64, 0, 8, 20, 32, 8256, 1088, 96, 608)
    if gt == wp.uint32(15):
        return _vol_gt_row(28, 64, 0, 8, 20, 32, 8256, 1088, 96, 1120)
    if gt == wp.uint32(16):
        return _vol_gt_row(28, 64, 0, 8, 20, 32, 8256, 1088, 96, 96)
    if gt == wp.uint32(17):
        return _vol_gt_row(28, 96, 128, 16, 20, 64, 8288, 1120, 128, 8320)
    if gt == wp.uint32(18):
        return _vol_gt_row(32, 160, 256, 32, 24, 64, 8320, 1152, 160, 16544)
    if gt == wp.uint32(19):
        return _vol_gt_row(32, 96, 0, 8, 24, 32, 8256, 1088, 80, 96)
    if gt == wp.uint32(20):
        return _vol_gt_row(32, 96, 0, 8, 24, 32, 8256, 1088, 80, 96)
    if gt == wp.uint32(21):
        return _vol_gt_row(32, 96, 0, 8, 24, 32, 8256, 1088, 80, 160)
    if gt == wp.uint32(22):
        return _vol_gt_row(32, 96, 0, 8, 24, 32, 8256, 1088, 80, 160)
    if gt == wp.uint32(23):
        return _vol_gt_row(32, 96, 16, 8, 24, 32, 8256, 1088, 96, 1120)
    if gt == wp.uint32(24):
        return _vol_gt_row(28, 64, 24, 8, 20, 32, 8256, 1088, 96, 1632)
    if gt == wp.uint32(25):
        return _vol_gt_row(28, 64, 48, 8, 20, 32, 8256, 1088, 128, 3200)
    if gt == wp.uint32(26):
        return _vol_gt_row(28, 64, 8, 8, 20, 32, 8256, 1088, 96, 608)
    return _vol_gt_row(28, 32, 0, 8, 20, 32, 8224, 1056, 96, 96)


# ---- buffer reads and writes (pnanovdb_buf_read_uint32/_uint64, pnano_read/write)


@wp.func
def _vol_u32(buf: wp.uint64, off: wp.uint64):
    return wp.array(ptr=buf + ((off >> wp.uint64(2)) << wp.uint64(2)), shape=(1,), dtype=wp.uint32)[0]


@wp.func
def _vol_u64(buf: wp.uint64, off: wp.uint64):
    return wp.array(ptr=buf + ((off >> wp.uint64(3)) << wp.uint64(3)), shape=(1,), dtype=wp.uint64)[0]


@wp.func
def _vol_i64(buf: wp.uint64, off: wp.uint64):
    return wp.array(ptr=buf + ((off >> wp.uint64(3)) << wp.uint64(3)), shape=(1,), dtype=wp.int64)[0]


@wp.func
def _vol_f32(buf: wp.uint64, off: wp.uint64):
    return wp.array(ptr=buf + ((off >> wp.uint64(2)) << wp.uint64(2)), shape=(1,), dtype=wp.float32)[0]


@wp.func
def _vol_f64(buf: wp.uint64, off: wp.uint64):
    return wp.array(ptr=buf + ((off >> wp.uint64(3)) << wp.uint64(3)), shape=(1,), dtype=wp.float64)[0]


@wp.func
def _vol_load(buf: wp.uint64, off: wp.uint64, witness: Any):
    # pnano_read<T>: a T at the 32-bit word of off
    return wp.array(ptr=buf + ((off >> wp.uint64(2)) << wp.uint64(2)), shape=(1,), dtype=type(witness))[0]


@wp.func
def _vol_store(buf: wp.uint64, off: wp.uint64, value: Any):
    # pnano_write<T>
    a = wp.array(ptr=buf + ((off >> wp.uint64(2)) << wp.uint64(2)), shape=(1,), dtype=type(value))
    a[0] = value


@wp.func
def _vol_no_data(witness: Any):
    # the voxel data of a typed (leaf value) accessor: none
    return wp.array(ptr=wp.uint64(0), shape=(0,), dtype=type(witness))


@wp.func
def _vol_grid_type(buf: wp.uint64):
    # pnanovdb_grid_get_grid_type
    return _vol_u32(buf, wp.uint64(636))


# ---- the tree


@wp.func
def _vol_address(buf: wp.uint64, gt: wp.uint32, i: wp.int32, j: wp.int32, k: wp.int32):
    # pnanovdb_root_get_value_address_and_level: the byte offset of voxel
    # (i, j, k)'s value and its level (0 leaf, 1 lower, 2 upper node tile,
    # 3 root tile, 4 background)
    c = _vol_gt(gt)
    tree = wp.uint64(672)
    root = tree + _vol_u64(buf, tree + wp.uint64(24))
    tile_count = _vol_u32(buf, root + wp.uint64(24))
    # pnanovdb_coord_to_key
    iu = wp.uint64(wp.uint32(i) >> wp.uint32(12))
    ju = wp.uint64(wp.uint32(j) >> wp.uint32(12))
    ku = wp.uint64(wp.uint32(k) >> wp.uint32(12))
    key = ku | (ju << wp.uint64(21)) | (iu << wp.uint64(42))
    # pnanovdb_root_find_tile
    tile = root + wp.uint64(c.root_size)
    t = wp.uint32(0)
    found = bool(False)
    while t < tile_count:
        if key == _vol_u64(buf, tile):
            found = True
            break
        tile = tile + wp.uint64(c.root_tile_size)
        t = t + wp.uint32(1)
    if not found:
        return root + wp.uint64(c.root_off_background), wp.uint32(4)
    child = _vol_i64(buf, tile + wp.uint64(8))
    if child == wp.int64(0):
        return tile + wp.uint64(c.root_tile_off_value), wp.uint32(3)
    # upper node (pnanovdb_upper_get_value_address_and_level)
    upper = root + wp.uint64(child)
    n2 = wp.uint32((((i & 4095) >> 7) << 10) + (((j & 4095) >> 7) << 5) + ((k & 4095) >> 7))
    entry2 = upper + wp.uint64(c.upper_off_table + c.table_stride * n2)
    mask2 = _vol_u32(buf, upper + wp.uint64(wp.uint32(4128) + wp.uint32(4) * (n2 >> wp.uint32(5))))
    if ((mask2 >> (n2 & wp.uint32(31))) & wp.uint32(1)) == wp.uint32(0):
        return entry2, wp.uint32(2)
    # lower node
    lower = upper + wp.uint64(_vol_i64(buf, entry2))
    n1 = wp.uint32((((i & 127) >> 3) << 8) + (((j & 127) >> 3) << 4) + ((k & 127) >> 3))
    entry1 = lower + wp.uint64(c.lower_off_table + c.table_stride * n1)
    mask1 = _vol_u32(buf, lower + wp.uint64(wp.uint32(544) + wp.uint32(4) * (n1 >> wp.uint32(5))))
    if ((mask1 >> (n1 & wp.uint32(31))) & wp.uint32(1)) == wp.uint32(0):
        return entry1, wp.uint32(1)
    # leaf (pnanovdb_leaf_get_value_address)
    leaf = lower + wp.uint64(_vol_i64(buf, entry1))
    n0 = wp.uint32(((i & 7) << 6) + ((j & 7) << 3) + (k & 7))
    return leaf + wp.uint64(c.leaf_off_table + ((c.value_stride_bits * n0) >> wp.uint32(3))), wp.uint32(0)


@wp.func
def _vol_popcount(x_in: wp.uint64):
    x = x_in
    n = wp.uint32(0)
    while x != wp.uint64(0):
        x = x & (x - wp.uint64(1))
        n = n + wp.uint32(1)
    return n


@wp.func
def _vol_voxel_index(buf: wp.uint64, gt: wp.uint32, addr: wp.uint64, i: wp.int32, j: wp.int32, k: wp.int32):
    # volume::get_grid_voxel_index of the leaf value at addr: index and
    # on-index grids their value index, other grids leaf index * 512 + n + 1
    n = wp.uint32(((i & 7) << 6) + ((j & 7) << 3) + (k & 7))
    if gt == wp.uint32(19) or gt == wp.uint32(21):
        # pnanovdb_leaf_index_get_value_index (INDEX, INDEXMASK)
        return _vol_u64(buf, addr) + wp.uint64(n)
    if gt == wp.uint32(20) or gt == wp.uint32(22):
        # pnanovdb_leaf_onindex_get_value_index (ONINDEX, ONINDEXMASK)
        leaf = addr - wp.uint64(80)
        word_idx = n >> wp.uint32(6)
        bit_idx = n & wp.uint32(63)
        val_mask = _vol_u64(buf, leaf + wp.uint64(16) + wp.uint64(8) * wp.uint64(word_idx))
        mask = wp.uint64(1) << wp.uint64(bit_idx)
        value_index = wp.uint64(0)
        if (val_mask & mask) != wp.uint64(0):
            s = _vol_popcount(val_mask & (mask - wp.uint64(1)))
            if word_idx > wp.uint32(0):
                prefix_sum = _vol_u64(buf, addr + wp.uint64(8))
                s = s + (wp.uint32(prefix_sum >> wp.uint64(wp.uint32(9) * (word_idx - wp.uint32(1)))) & wp.uint32(511))
            value_index = _vol_u64(buf, addr) + wp.uint64(s)
        return value_index
    # leaf_regular_get_voxel_index: the leaf's index from its address
    # (first_leaf_offset is the tree's, an offset from the tree, as Warp
    # subtracts it from a grid offset)
    c = _vol_gt(gt)
    byte_offset = c.leaf_off_table + ((c.value_stride_bits * n) >> wp.uint32(3))
    leaf_address = addr - wp.uint64(byte_offset)
    first_leaf_offset = _vol_u64(buf, wp.uint64(672))
    leaf_index = (leaf_address - first_leaf_offset) / wp.uint64(c.leaf_size)
    return leaf_index * wp.uint64(512) + wp.uint64(n) + wp.uint64(1)


@wp.func
def _vol_read(buf: wp.uint64, gt: wp.uint32, index: bool, data: wp.array(dtype=Any), background: Any, i: wp.int32,
              j: wp.int32, k: wp.int32):
    # read_single/read_cache of volume.h's accessors: a leaf value accessor
    # reads the value at the address, an index accessor data[voxel index -
    # 1] of leaf voxels with an index, else the background
    addr, level = _vol_address(buf, gt, i, j, k)
    if index:
        if level == wp.uint32(0):
            voxel_index = _vol_voxel_index(buf, gt, addr, i, j, k)
            if voxel_index > wp.uint64(0):
                return data[wp.int32(voxel_index - wp.uint64(1))]
        return background
    return _vol_load(buf, addr, background)


# ---- sampling (volume::volume_sample, volume::volume_sample_grad)


@wp.func
def _vol_sample(buf: wp.uint64, gt: wp.uint32, index: bool, data: wp.array(dtype=Any), background: Any, wz: Any,
                uvw: wp.vec3f, sampling_mode: wp.int32):
    # wz: a zero of the value's scalar type (w_t)
    zero = type(background)(wz)
    if sampling_mode == 0:
        # CLOSEST: vec3_round_to_coord
        return _vol_read(buf, gt, index, data, background, wp.int32(wp.round(uvw[0])), wp.int32(wp.round(uvw[1])),
                         wp.int32(wp.round(uvw[2])))
    if sampling_mode == 1:
        # LINEAR
        bx = wp.floor(uvw[0])
        by = wp.floor(uvw[1])
        bz = wp.floor(uvw[2])
        fx = uvw[0] - bx
        fy = uvw[1] - by
        fz = uvw[2] - bz
        i = wp.int32(bx)
        j = wp.int32(by)
        k = wp.int32(bz)
        wx0 = 1.0 - fx
        wy0 = 1.0 - fy
        wz0 = 1.0 - fz
        val = zero
        for idx in range(8):
            ox = idx >> 2
            oy = (idx >> 1) & 1
            oz = idx & 1
            v = _vol_read(buf, gt, index, data, background, i + ox, j + oy, k + oz)
            wxs = wx0
            if ox == 1:
                wxs = fx
            wys = wy0
            if oy == 1:
                wys = fy
            wzs = wz0
            if oz == 1:
                wzs = fz
            w = type(wz)(wxs * wys * wzs)
            val = val + w * v
        return val
    return zero


@wp.func
def _vol_sample_grad_s(buf: wp.uint64, gt: wp.uint32, index: bool, data: wp.array(dtype=Any), background: Any,
                       wz: Any, gz: Any, gwz: Any, uvw: wp.vec3f, sampling_mode: wp.int32):
    # a scalar value: the gradient is a vec3 of it (gz its zero, gwz that of
    # w_grad_t), grad += outer(v, grad_w) is grad_w * v
    zero = type(background)(wz)
    grad = gz
    if sampling_mode == 0:
        v0 = _vol_read(buf, gt, index, data, background, wp.int32(wp.round(uvw[0])), wp.int32(wp.round(uvw[1])),
                       wp.int32(wp.round(uvw[2])))
        return v0, grad
    if sampling_mode == 1:
        bx = wp.floor(uvw[0])
        by = wp.floor(uvw[1])
        bz = wp.floor(uvw[2])
        fx = uvw[0] - bx
        fy = uvw[1] - by
        fz = uvw[2] - bz
        i = wp.int32(bx)
        j = wp.int32(by)
        k = wp.int32(bz)
        wx0 = 1.0 - fx
        wy0 = 1.0 - fy
        wz0 = 1.0 - fz
        val = zero
        for idx in range(8):
            ox = idx >> 2
            oy = (idx >> 1) & 1
            oz = idx & 1
            v = _vol_read(buf, gt, index, data, background, i + ox, j + oy, k + oz)
            wxs = wx0
            if ox == 1:
                wxs = fx
            wys = wy0
            if oy == 1:
                wys = fy
            wzs = wz0
            if oz == 1:
                wzs = fz
            sx = wp.float32(ox * 2 - 1)
            sy = wp.float32(oy * 2 - 1)
            sz = wp.float32(oz * 2 - 1)
            w = type(wz)(wxs * wys * wzs)
            grad_w = type(gwz)(type(wz)(sx * wys * wzs), type(wz)(sy * wxs * wzs), type(wz)(sz * wxs * wys))
            val = val + w * v
            grad = grad + grad_w * v
        return val, grad
    return zero, grad


@wp.func
def _vol_sample_grad_v(buf: wp.uint64, gt: wp.uint32, index: bool, data: wp.array(dtype=Any), background: Any,
                       wz: Any, gz: Any, gwz: Any, uvw: wp.vec3f, sampling_mode: wp.int32):
    # a vec3 value: the gradient is a 3x3 matrix, grad += outer(v, grad_w)
    zero = type(background)(wz)
    grad = gz
    if sampling_mode == 0:
        v0 = _vol_read(buf, gt, index, data, background, wp.int32(wp.round(uvw[0])), wp.int32(wp.round(uvw[1])),
                       wp.int32(wp.round(uvw[2])))
        return v0, grad
    if sampling_mode == 1:
        bx = wp.floor(uvw[0])
        by = wp.floor(uvw[1])
        bz = wp.floor(uvw[2])
        fx = uvw[0] - bx
        fy = uvw[1] - by
        fz = uvw[2] - bz
        i = wp.int32(bx)
        j = wp.int32(by)
        k = wp.int32(bz)
        wx0 = 1.0 - fx
        wy0 = 1.0 - fy
        wz0 = 1.0 - fz
        val = zero
        for idx in range(8):
            ox = idx >> 2
            oy = (idx >> 1) & 1
            oz = idx & 1
            v = _vol_read(buf, gt, index, data, background, i + ox, j + oy, k + oz)
            wxs = wx0
            if ox == 1:
                wxs = fx
            wys = wy0
            if oy == 1:
                wys = fy
            wzs = wz0
            if oz == 1:
                wzs = fz
            sx = wp.float32(ox * 2 - 1)
            sy = wp.float32(oy * 2 - 1)
            sz = wp.float32(oz * 2 - 1)
            w = type(wz)(wxs * wys * wzs)
            grad_w = type(gwz)(type(wz)(sx * wys * wzs), type(wz)(sy * wxs * wzs), type(wz)(sz * wxs * wys))
            val = val + w * v
            grad = grad + wp.outer(v, grad_w)
        return val, grad
    return zero, grad


# ---- voxel indices and counts


@wp.func
def volume_lookup_index(id: wp.uint64, i: wp.int32, j: wp.int32, k: wp.int32):
    gt = _vol_grid_type(id)
    addr, level = _vol_address(id, gt, i, j, k)
    if level == wp.uint32(0):
        return wp.int32(_vol_voxel_index(id, gt, addr, i, j, k)) - 1
    return -1


@wp.func
def volume_voxel_count(id: wp.uint64):
    # on-index grids: the tree's active voxel count, others 512 per leaf;
    # at most MAX_INDEXABLE_VOXEL_COUNT
    gt = _vol_grid_type(id)
    count = wp.uint64(0)
    if gt == wp.uint32(20) or gt == wp.uint32(22):
        count = _vol_u64(id, wp.uint64(672 + 56))
    else:
        count = wp.uint64(_vol_u32(id, wp.uint64(672 + 32))) * wp.uint64(512)
    if count > wp.uint64(2147483647):
        return 2147483647
    return wp.int32(count)


# ---- transforms (pnanovdb_map_apply..., the grid's map at byte 296; fp64:
# volume.h's own sums over the double matrices)


@wp.func
def _vol_matf(id: wp.uint64, n: int):
    return _vol_f32(id, wp.uint64(296 + 4 * n))


@wp.func
def _vol_invmatf(id: wp.uint64, n: int):
    return _vol_f32(id, wp.uint64(296 + 36 + 4 * n))


@wp.func
def _vol_vecf(id: wp.uint64, n: int):
    return _vol_f32(id, wp.uint64(296 + 72 + 4 * n))


@wp.func
def _vol_matd(id: wp.uint64, n: int):
    return _vol_f64(id, wp.uint64(296 + 88 + 8 * n))


@wp.func
def _vol_invmatd(id: wp.uint64, n: int):
    return _vol_f64(id, wp.uint64(296 + 160 + 8 * n))


@wp.func
def _vol_vecd(id: wp.uint64, n: int):
    return _vol_f64(id, wp.uint64(296 + 232 + 8 * n))


@wp.func
def volume_index_to_world_f32(id: wp.uint64, uvw: wp.vec3f):
    sx = uvw[0]
    sy = uvw[1]
    sz = uvw[2]
    return wp.vec3f(
        sx * _vol_matf(id, 0) + sy * _vol_matf(id, 1) + sz * _vol_matf(id, 2) + _vol_vecf(id, 0),
        sx * _vol_matf(id, 3) + sy * _vol_matf(id, 4) + sz * _vol_matf(id, 5) + _vol_vecf(id, 1),
        sx * _vol_matf(id, 6) + sy * _vol_matf(id, 7) + sz * _vol_matf(id, 8) + _vol_vecf(id, 2))


@wp.func
def volume_world_to_index_f32(id: wp.uint64, xyz: wp.vec3f):
    sx = xyz[0] - _vol_vecf(id, 0)
    sy = xyz[1] - _vol_vecf(id, 1)
    sz = xyz[2] - _vol_vecf(id, 2)
    return wp.vec3f(
        sx * _vol_invmatf(id, 0) + sy * _vol_invmatf(id, 1) + sz * _vol_invmatf(id, 2),
        sx * _vol_invmatf(id, 3) + sy * _vol_invmatf(id, 4) + sz * _vol_invmatf(id, 5),
        sx * _vol_invmatf(id, 6) + sy * _vol_invmatf(id, 7) + sz * _vol_invmatf(id, 8))


@wp.func
def volume_index_to_world_dir_f32(id: wp.uint64, uvw: wp.vec3f):
    sx = uvw[0]
    sy = uvw[1]
    sz = uvw[2]
    return wp.vec3f(
        sx * _vol_matf(id, 0) + sy * _vol_matf(id, 1) + sz * _vol_matf(id, 2),
        sx * _vol_matf(id, 3) + sy * _vol_matf(id, 4) + sz * _vol_matf(id, 5),
        sx * _vol_matf(id, 6) + sy * _vol_matf(id, 7) + sz * _vol_matf(id, 8))


@wp.func
def volume_world_to_index_dir_f32(id: wp.uint64, xyz: wp.vec3f):
    sx = xyz[0]
    sy = xyz[1]
    sz = xyz[2]
    return wp.vec3f(
        sx * _vol_invmatf(id, 0) + sy * _vol_invmatf(id, 1) + sz * _vol_invmatf(id, 2),
        sx * _vol_invmatf(id, 3) + sy * _vol_invmatf(id, 4) + sz * _vol_invmatf(id, 5),
        sx * _vol_invmatf(id, 6) + sy * _vol_invmatf(id, 7) + sz * _vol_invmatf(id, 8))


@wp.func
def volume_index_to_world_f64(id: wp.uint64, uvw: wp.vec3d):
    sx = uvw[0]
    sy = uvw[1]
    sz = uvw[2]
    return wp.vec3d(
        sx * _vol_matd(id, 0) + sy * _vol_matd(id, 1) + sz * _vol_matd(id, 2) + _vol_vecd(id, 0),
        sx * _vol_matd(id, 3) + sy * _vol_matd(id, 4) + sz * _vol_matd(id, 5) + _vol_vecd(id, 1),
        sx * _vol_matd(id, 6) + sy * _vol_matd(id, 7) + sz * _vol_matd(id, 8) + _vol_vecd(id, 2))


@wp.func
def volume_world_to_index_f64(id: wp.uint64, xyz: wp.vec3d):
    sx = xyz[0] - _vol_vecd(id, 0)
    sy = xyz[1] - _vol_vecd(id, 1)
    sz = xyz[2] - _vol_vecd(id, 2)
    return wp.vec3d(
        sx * _vol_invmatd(id, 0) + sy * _vol_invmatd(id, 1) + sz * _vol_invmatd(id, 2),
        sx * _vol_invmatd(id, 3) + sy * _vol_invmatd(id, 4) + sz * _vol_invmatd(id, 5),
        sx * _vol_invmatd(id, 6) + sy * _vol_invmatd(id, 7) + sz * _vol_invmatd(id, 8))


@wp.func
def volume_index_to_world_dir_f64(id: wp.uint64, uvw: wp.vec3d):
    sx = uvw[0]
    sy = uvw[1]
    sz = uvw[2]
    return wp.vec3d(
        sx * _vol_matd(id, 0) + sy * _vol_matd(id, 1) + sz * _vol_matd(id, 2),
        sx * _vol_matd(id, 3) + sy * _vol_matd(id, 4) + sz * _vol_matd(id, 5),
        sx * _vol_matd(id, 6) + sy * _vol_matd(id, 7) + sz * _vol_matd(id, 8))


@wp.func
def volume_world_to_index_dir_f64(id: wp.uint64, xyz: wp.vec3d):
    sx = xyz[0]
    sy = xyz[1]
    sz = xyz[2]
    return wp.vec3d(
        sx * _vol_invmatd(id, 0) + sy * _vol_invmatd(id, 1) + sz * _vol_invmatd(id, 2),
        sx * _vol_invmatd(id, 3) + sy * _vol_invmatd(id, 4) + sz * _vol_invmatd(id, 5),
        sx * _vol_invmatd(id, 6) + sy * _vol_invmatd(id, 7) + sz * _vol_invmatd(id, 8))


# ---- int32 grids (grid type 4)


@wp.func
def volume_sample_int32(id: wp.uint64, uvw: wp.vec3f, sampling_mode: wp.int32):
    if _vol_grid_type(id) != wp.uint32(4):
        return wp.int32(0)
    return _vol_sample(id, wp.uint32(4), False, _vol_no_data(wp.int32(0)), wp.int32(0), wp.int32(0), uvw, sampling_mode)


@wp.func
def volume_lookup_int32(id: wp.uint64, i: wp.int32, j: wp.int32, k: wp.int32):
    if _vol_grid_type(id) != wp.uint32(4):
        return wp.int32(0)
    addr, level = _vol_address(id, wp.uint32(4), i, j, k)
    return _vol_load(id, addr, wp.int32(0))


@wp.func
def volume_store_int32(id: wp.uint64, i: wp.int32, j: wp.int32, k: wp.int32, value: wp.int32):
    if _vol_grid_type(id) != wp.uint32(4):
        return
    addr, level = _vol_address(id, wp.uint32(4), i, j, k)
    if level == wp.uint32(0):
        _vol_store(id, addr, value)


@wp.func
def volume_sample_index_int32(id: wp.uint64, uvw: wp.vec3f, sampling_mode: wp.int32,
                               voxel_data: wp.array(dtype=wp.int32), background: wp.int32):
    return _vol_sample(id, _vol_grid_type(id), True, voxel_data, background, wp.int32(0), uvw, sampling_mode)



@wp.func
def volume_sample_grad_int32(id: wp.uint64, uvw: wp.vec3f, sampling_mode: wp.int32):
    if _vol_grid_type(id) != wp.uint32(4):
        return wp.int32(0), wp.vec3i(wp.int32(0))
    return _vol_sample_grad_s(id, wp.uint32(4), False, _vol_no_data(wp.int32(0)), wp.int32(0), wp.int32(0), wp.vec3i(wp.int32(0)),
                wp.vec3i(wp.int32(0)), uvw, sampling_mode)


@wp.func
def volume_sample_grad_index_int32(id: wp.uint64, uvw: wp.vec3f, sampling_mode: wp.int32,
                                    voxel_data: wp.array(dtype=wp.int32), background: wp.int32):
    return _vol_sample_grad_s(id, _vol_grid_type(id), True, voxel_data, background, wp.int32(0), wp.vec3i(wp.int32(0)), wp.vec3i(wp.int32(0)), uvw,
                sampling_mode)



# ---- int64 grids (grid type 5)


@wp.func
def volume_sample_int64(id: wp.uint64, uvw: wp.vec3f, sampling_mode: wp.int32):
    if _vol_grid_type(id) != wp.uint32(5):
        return wp.int64(0)
    return _vol_sample(id, wp.uint32(5), False, _vol_no_data(wp.int64(0)), wp.int64(0), wp.int64(0), uvw, sampling_mode)


@wp.func
def volume_lookup_int64(id: wp.uint64, i: wp.int32, j: wp.int32, k: wp.int32):
    if _vol_grid_type(id) != wp.uint32(5):
        return wp.int64(0)
    addr, level = _vol_address(id, wp.uint32(5), i, j, k)
    return _vol_load(id, addr, wp.int64(0))


@wp.func
def volume_store_int64(id: wp.uint64, i: wp.int32, j: wp.int32, k: wp.int32, value: wp.int64):
    if _vol_grid_type(id) != wp.uint32(5):
        return
    addr, level = _vol_address(id, wp.uint32(5), i, j, k)
    if level == wp.uint32(0):
        _vol_store(id, addr, value)


@wp.func
def volume_sample_index_int64(id: wp.uint64, uvw: wp.vec3f, sampling_mode: wp.int32,
                               voxel_data: wp.array(dtype=wp.int64), background: wp.int64):
    return _vol_sample(id, _vol_grid_type(id), True, voxel_data, background, wp.int64(0), uvw, sampling_mode)



@wp.func
def volume_sample_grad_int64(id: wp.uint64, uvw: wp.vec3f, sampling_mode: wp.int32):
    if _vol_grid_type(id) != wp.uint32(5):
        return wp.int64(0), wp.vec3l(wp.int64(0))
    return _vol_sample_grad_s(id, wp.uint32(5), False, _vol_no_data(wp.int64(0)), wp.int64(0), wp.int64(0), wp.vec3l(wp.int64(0)),
                wp.vec3l(wp.int64(0)), uvw, sampling_mode)


@wp.func
def volume_sample_grad_index_int64(id: wp.uint64, uvw: wp.vec3f, sampling_mode: wp.int32,
                                    voxel_data: wp.array(dtype=wp.int64), background: wp.int64):
    return _vol_sample_grad_s(id, _vol_grid_type(id), True, voxel_data, background, wp.int64(0), wp.vec3l(wp.int64(0)), wp.vec3l(wp.int64(0)), uvw,
                sampling_mode)



# ---- uint32 grids (grid type 10)


@wp.func
def volume_sample_uint32(id: wp.uint64, uvw: wp.vec3f, sampling_mode: wp.int32):
    if _vol_grid_type(id) != wp.uint32(10):
        return wp.uint32(0)
    return _vol_sample(id, wp.uint32(10), False, _vol_no_data(wp.uint32(0)), wp.uint32(0), wp.uint32(0), uvw, sampling_mode)


@wp.func
def volume_lookup_uint32(id: wp.uint64, i: wp.int32, j: wp.int32, k: wp.int32):
    if _vol_grid_type(id) != wp.uint32(10):
        return wp.uint32(0)
    addr, level = _vol_address(id, wp.uint32(10), i, j, k)
    return _vol_load(id, addr, wp.uint32(0))


@wp.func
def volume_store_uint32(id: wp.uint64, i: wp.int32, j: wp.int32, k: wp.int32, value: wp.uint32):
    if _vol_grid_type(id) != wp.uint32(10):
        return
    addr, level = _vol_address(id, wp.uint32(10), i, j, k)
    if level == wp.uint32(0):
        _vol_store(id, addr, value)


@wp.func
def volume_sample_index_uint32(id: wp.uint64, uvw: wp.vec3f, sampling_mode: wp.int32,
                               voxel_data: wp.array(dtype=wp.uint32), background: wp.uint32):
    return _vol_sample(id, _vol_grid_type(id), True, voxel_data, background, wp.uint32(0), uvw, sampling_mode)



@wp.func
def volume_sample_grad_uint32(id: wp.uint64, uvw: wp.vec3f, sampling_mode: wp.int32):
    if _vol_grid_type(id) != wp.uint32(10):
        return wp.uint32(0), wp.vec3ui(wp.uint32(0))
    return _vol_sample_grad_s(id, wp.uint32(10), False, _vol_no_data(wp.uint32(0)), wp.uint32(0), wp.uint32(0), wp.vec3ui(wp.uint32(0)),
                wp.vec3ui(wp.uint32(0)), uvw, sampling_mode)


@wp.func
def volume_sample_grad_index_uint32(id: wp.uint64, uvw: wp.vec3f, sampling_mode: wp.int32,
                                    voxel_data: wp.array(dtype=wp.uint32), background: wp.uint32):
    return _vol_sample_grad_s(id, _vol_grid_type(id), True, voxel_data, background, wp.uint32(0), wp.vec3ui(wp.uint32(0)), wp.vec3ui(wp.uint32(0)), uvw,
                sampling_mode)



# ---- float32 grids (grid type 1)


@wp.func
def volume_sample_float32(id: wp.uint64, uvw: wp.vec3f, sampling_mode: wp.int32):
    if _vol_grid_type(id) != wp.uint32(1):
        return wp.float32(0.0)
    return _vol_sample(id, wp.uint32(1), False, _vol_no_data(wp.float32(0.0)), wp.float32(0.0), wp.float32(0.0), uvw, sampling_mode)


@wp.func
def volume_lookup_float32(id: wp.uint64, i: wp.int32, j: wp.int32, k: wp.int32):
    if _vol_grid_type(id) != wp.uint32(1):
        return wp.float32(0.0)
    addr, level = _vol_address(id, wp.uint32(1), i, j, k)
    return _vol_load(id, addr, wp.float32(0.0))


@wp.func
def volume_store_float32(id: wp.uint64, i: wp.int32, j: wp.int32, k: wp.int32, value: wp.float32):
    if _vol_grid_type(id) != wp.uint32(1):
        return
    addr, level = _vol_address(id, wp.uint32(1), i, j, k)
    if level == wp.uint32(0):
        _vol_store(id, addr, value)


@wp.func
def volume_sample_index_float32(id: wp.uint64, uvw: wp.vec3f, sampling_mode: wp.int32,
                               voxel_data: wp.array(dtype=wp.float32), background: wp.float32):
    return _vol_sample(id, _vol_grid_type(id), True, voxel_data, background, wp.float32(0.0), uvw, sampling_mode)



@wp.func
def volume_sample_grad_float32(id: wp.uint64, uvw: wp.vec3f, sampling_mode: wp.int32):
    if _vol_grid_type(id) != wp.uint32(1):
        return wp.float32(0.0), wp.vec3f(wp.float32(0.0))
    return _vol_sample_grad_s(id, wp.uint32(1), False, _vol_no_data(wp.float32(0.0)), wp.float32(0.0), wp.float32(0.0), wp.vec3f(wp.float32(0.0)),
                wp.vec3f(wp.float32(0.0)), uvw, sampling_mode)


@wp.func
def volume_sample_grad_index_float32(id: wp.uint64, uvw: wp.vec3f, sampling_mode: wp.int32,
                                    voxel_data: wp.array(dtype=wp.float32), background: wp.float32):
    return _vol_sample_grad_s(id, _vol_grid_type(id), True, voxel_data, background, wp.float32(0.0), wp.vec3f(wp.float32(0.0)), wp.vec3f(wp.float32(0.0)), uvw,
                sampling_mode)



# ---- float64 grids (grid type 2)


@wp.func
def volume_sample_float64(id: wp.uint64, uvw: wp.vec3f, sampling_mode: wp.int32):
    if _vol_grid_type(id) != wp.uint32(2):
        return wp.float64(0.0)
    return _vol_sample(id, wp.uint32(2), False, _vol_no_data(wp.float64(0.0)), wp.float64(0.0), wp.float64(0.0), uvw, sampling_mode)


@wp.func
def volume_lookup_float64(id: wp.uint64, i: wp.int32, j: wp.int32, k: wp.int32):
    if _vol_grid_type(id) != wp.uint32(2):
        return wp.float64(0.0)
    addr, level = _vol_address(id, wp.uint32(2), i, j, k)
    return _vol_load(id, addr, wp.float64(0.0))


@wp.func
def volume_store_float64(id: wp.uint64, i: wp.int32, j: wp.int32, k: wp.int32, value: wp.float64):
    if _vol_grid_type(id) != wp.uint32(2):
        return
    addr, level = _vol_address(id, wp.uint32(2), i, j, k)
    if level == wp.uint32(0):
        _vol_store(id, addr, value)


@wp.func
def volume_sample_index_float64(id: wp.uint64, uvw: wp.vec3f, sampling_mode: wp.int32,
                               voxel_data: wp.array(dtype=wp.float64), background: wp.float64):
    return _vol_sample(id, _vol_grid_type(id), True, voxel_data, background, wp.float64(0.0), uvw, sampling_mode)



@wp.func
def volume_sample_grad_float64(id: wp.uint64, uvw: wp.vec3f, sampling_mode: wp.int32):
    if _vol_grid_type(id) != wp.uint32(2):
        return wp.float64(0.0), wp.vec3d(wp.float64(0.0))
    return _vol_sample_grad_s(id, wp.uint32(2), False, _vol_no_data(wp.float64(0.0)), wp.float64(0.0), wp.float64(0.0), wp.vec3d(wp.float64(0.0)),
                wp.vec3d(wp.float64(0.0)), uvw, sampling_mode)


@wp.func
def volume_sample_grad_index_float64(id: wp.uint64, uvw: wp.vec3f, sampling_mode: wp.int32,
                                    voxel_data: wp.array(dtype=wp.float64), background: wp.float64):
    return _vol_sample_grad_s(id, _vol_grid_type(id), True, voxel_data, background, wp.float64(0.0), wp.vec3d(wp.float64(0.0)), wp.vec3d(wp.float64(0.0)), uvw,
                sampling_mode)



# ---- vec3f grids (grid type 6)


@wp.func
def volume_sample_vec3f(id: wp.uint64, uvw: wp.vec3f, sampling_mode: wp.int32):
    if _vol_grid_type(id) != wp.uint32(6):
        return wp.vec3f(wp.float32(0.0))
    return _vol_sample(id, wp.uint32(6), False, _vol_no_data(wp.vec3f(wp.float32(0.0))), wp.vec3f(wp.float32(0.0)), wp.float32(0.0), uvw, sampling_mode)


@wp.func
def volume_lookup_vec3f(id: wp.uint64, i: wp.int32, j: wp.int32, k: wp.int32):
    if _vol_grid_type(id) != wp.uint32(6):
        return wp.vec3f(wp.float32(0.0))
    addr, level = _vol_address(id, wp.uint32(6), i, j, k)
    return _vol_load(id, addr, wp.vec3f(wp.float32(0.0)))


@wp.func
def volume_store_vec3f(id: wp.uint64, i: wp.int32, j: wp.int32, k: wp.int32, value: wp.vec3f):
    if _vol_grid_type(id) != wp.uint32(6):
        return
    addr, level = _vol_address(id, wp.uint32(6), i, j, k)
    if level == wp.uint32(0):
        _vol_store(id, addr, value)


@wp.func
def volume_sample_index_vec3f(id: wp.uint64, uvw: wp.vec3f, sampling_mode: wp.int32,
                               voxel_data: wp.array(dtype=wp.vec3f), background: wp.vec3f):
    return _vol_sample(id, _vol_grid_type(id), True, voxel_data, background, wp.float32(0.0), uvw, sampling_mode)



@wp.func
def volume_sample_grad_vec3f(id: wp.uint64, uvw: wp.vec3f, sampling_mode: wp.int32):
    if _vol_grid_type(id) != wp.uint32(6):
        return wp.vec3f(wp.float32(0.0)), wp.mat33f(wp.float32(0.0))
    return _vol_sample_grad_v(id, wp.uint32(6), False, _vol_no_data(wp.vec3f(wp.float32(0.0))), wp.vec3f(wp.float32(0.0)), wp.float32(0.0), wp.mat33f(wp.float32(0.0)),
                wp.vec3f(wp.float32(0.0)), uvw, sampling_mode)


@wp.func
def volume_sample_grad_index_vec3f(id: wp.uint64, uvw: wp.vec3f, sampling_mode: wp.int32,
                                    voxel_data: wp.array(dtype=wp.vec3f), background: wp.vec3f):
    return _vol_sample_grad_v(id, _vol_grid_type(id), True, voxel_data, background, wp.float32(0.0), wp.mat33f(wp.float32(0.0)), wp.vec3f(wp.float32(0.0)), uvw,
                sampling_mode)



# ---- vec3d grids (grid type 7)


@wp.func
def volume_sample_vec3d(id: wp.uint64, uvw: wp.vec3f, sampling_mode: wp.int32):
    if _vol_grid_type(id) != wp.uint32(7):
        return wp.vec3d(wp.float64(0.0))
    return _vol_sample(id, wp.uint32(7), False, _vol_no_data(wp.vec3d(wp.float64(0.0))), wp.vec3d(wp.float64(0.0)), wp.float64(0.0), uvw, sampling_mode)


@wp.func
def volume_lookup_vec3d(id: wp.uint64, i: wp.int32, j: wp.int32, k: wp.int32):
    if _vol_grid_type(id) != wp.uint32(7):
        return wp.vec3d(wp.float64(0.0))
    addr, level = _vol_address(id, wp.uint32(7), i, j, k)
    return _vol_load(id, addr, wp.vec3d(wp.float64(0.0)))


@wp.func
def volume_store_vec3d(id: wp.uint64, i: wp.int32, j: wp.int32, k: wp.int32, value: wp.vec3d):
    if _vol_grid_type(id) != wp.uint32(7):
        return
    addr, level = _vol_address(id, wp.uint32(7), i, j, k)
    if level == wp.uint32(0):
        _vol_store(id, addr, value)


@wp.func
def volume_sample_index_vec3d(id: wp.uint64, uvw: wp.vec3f, sampling_mode: wp.int32,
                               voxel_data: wp.array(dtype=wp.vec3d), background: wp.vec3d):
    return _vol_sample(id, _vol_grid_type(id), True, voxel_data, background, wp.float64(0.0), uvw, sampling_mode)



@wp.func
def volume_sample_grad_vec3d(id: wp.uint64, uvw: wp.vec3f, sampling_mode: wp.int32):
    if _vol_grid_type(id) != wp.uint32(7):
        return wp.vec3d(wp.float64(0.0)), wp.mat33d(wp.float64(0.0))
    return _vol_sample_grad_v(id, wp.uint32(7), False, _vol_no_data(wp.vec3d(wp.float64(0.0))), wp.vec3d(wp.float64(0.0)), wp.float64(0.0), wp.mat33d(wp.float64(0.0)),
                wp.vec3d(wp.float64(0.0)), uvw, sampling_mode)


@wp.func
def volume_sample_grad_index_vec3d(id: wp.uint64, uvw: wp.vec3f, sampling_mode: wp.int32,
                                    voxel_data: wp.array(dtype=wp.vec3d), background: wp.vec3d):
    return _vol_sample_grad_v(id, _vol_grid_type(id), True, voxel_data, background, wp.float64(0.0), wp.mat33d(wp.float64(0.0)), wp.vec3d(wp.float64(0.0)), uvw,
                sampling_mode)



# ---- vec4f grids (grid type 17)


@wp.func
def volume_sample_vec4f(id: wp.uint64, uvw: wp.vec3f, sampling_mode: wp.int32):
    if _vol_grid_type(id) != wp.uint32(17):
        return wp.vec4f(wp.float32(0.0))
    return _vol_sample(id, wp.uint32(17), False, _vol_no_data(wp.vec4f(wp.float32(0.0))), wp.vec4f(wp.float32(0.0)), wp.float32(0.0), uvw, sampling_mode)


@wp.func
def volume_lookup_vec4f(id: wp.uint64, i: wp.int32, j: wp.int32, k: wp.int32):
    if _vol_grid_type(id) != wp.uint32(17):
        return wp.vec4f(wp.float32(0.0))
    addr, level = _vol_address(id, wp.uint32(17), i, j, k)
    return _vol_load(id, addr, wp.vec4f(wp.float32(0.0)))


@wp.func
def volume_store_vec4f(id: wp.uint64, i: wp.int32, j: wp.int32, k: wp.int32, value: wp.vec4f):
    if _vol_grid_type(id) != wp.uint32(17):
        return
    addr, level = _vol_address(id, wp.uint32(17), i, j, k)
    if level == wp.uint32(0):
        _vol_store(id, addr, value)


@wp.func
def volume_sample_index_vec4f(id: wp.uint64, uvw: wp.vec3f, sampling_mode: wp.int32,
                               voxel_data: wp.array(dtype=wp.vec4f), background: wp.vec4f):
    return _vol_sample(id, _vol_grid_type(id), True, voxel_data, background, wp.float32(0.0), uvw, sampling_mode)



# ---- vec4d grids (grid type 18)


@wp.func
def volume_sample_vec4d(id: wp.uint64, uvw: wp.vec3f, sampling_mode: wp.int32):
    if _vol_grid_type(id) != wp.uint32(18):
        return wp.vec4d(wp.float64(0.0))
    return _vol_sample(id, wp.uint32(18), False, _vol_no_data(wp.vec4d(wp.float64(0.0))), wp.vec4d(wp.float64(0.0)), wp.float64(0.0), uvw, sampling_mode)


@wp.func
def volume_lookup_vec4d(id: wp.uint64, i: wp.int32, j: wp.int32, k: wp.int32):
    if _vol_grid_type(id) != wp.uint32(18):
        return wp.vec4d(wp.float64(0.0))
    addr, level = _vol_address(id, wp.uint32(18), i, j, k)
    return _vol_load(id, addr, wp.vec4d(wp.float64(0.0)))


@wp.func
def volume_store_vec4d(id: wp.uint64, i: wp.int32, j: wp.int32, k: wp.int32, value: wp.vec4d):
    if _vol_grid_type(id) != wp.uint32(18):
        return
    addr, level = _vol_address(id, wp.uint32(18), i, j, k)
    if level == wp.uint32(0):
        _vol_store(id, addr, value)


@wp.func
def volume_sample_index_vec4d(id: wp.uint64, uvw: wp.vec3f, sampling_mode: wp.int32,
                               voxel_data: wp.array(dtype=wp.vec4d), background: wp.vec4d):
    return _vol_sample(id, _vol_grid_type(id), True, voxel_data, background, wp.float64(0.0), uvw, sampling_mode)



# every entry point, so that the library's lowering has them
@wp.kernel
def wpclib_volume_refs(id: wp.uint64, i: int, p: wp.array(dtype=wp.vec3f), pd: wp.array(dtype=wp.vec3d),
                       d_int32: wp.array(dtype=wp.int32),
                       d_int64: wp.array(dtype=wp.int64),
                       d_uint32: wp.array(dtype=wp.uint32),
                       d_float32: wp.array(dtype=wp.float32),
                       d_float64: wp.array(dtype=wp.float64),
                       d_vec3f: wp.array(dtype=wp.vec3f),
                       d_vec3d: wp.array(dtype=wp.vec3d),
                       d_vec4f: wp.array(dtype=wp.vec4f),
                       d_vec4d: wp.array(dtype=wp.vec4d),
                       out: wp.array(dtype=int)):
    n = volume_lookup_index(id, i, i, i) + volume_voxel_count(id)
    w = volume_index_to_world_f32(id, p[0]) + volume_world_to_index_f32(id, p[0]) + volume_index_to_world_dir_f32(id, p[0]) + volume_world_to_index_dir_f32(id, p[0])
    wd = volume_index_to_world_f64(id, pd[0]) + volume_world_to_index_f64(id, pd[0]) + volume_index_to_world_dir_f64(id, pd[0]) + volume_world_to_index_dir_f64(id, pd[0])
    p[0] = w
    pd[0] = wd
    d_int32[0] = volume_sample_int32(id, p[1], i) + volume_lookup_int32(id, i, i, i) + volume_sample_index_int32(id, p[1], i, d_int32, d_int32[1])
    volume_store_int32(id, i, i, i, d_int32[2])
    v_int32, g_int32 = volume_sample_grad_int32(id, p[1], i)
    vi_int32, gi_int32 = volume_sample_grad_index_int32(id, p[1], i, d_int32, d_int32[1])
    d_int32[3] = v_int32 + vi_int32
    d_int64[0] = volume_sample_int64(id, p[1], i) + volume_lookup_int64(id, i, i, i) + volume_sample_index_int64(id, p[1], i, d_int64, d_int64[1])
    volume_store_int64(id, i, i, i, d_int64[2])
    v_int64, g_int64 = volume_sample_grad_int64(id, p[1], i)
    vi_int64, gi_int64 = volume_sample_grad_index_int64(id, p[1], i, d_int64, d_int64[1])
    d_int64[3] = v_int64 + vi_int64
    d_uint32[0] = volume_sample_uint32(id, p[1], i) + volume_lookup_uint32(id, i, i, i) + volume_sample_index_uint32(id, p[1], i, d_uint32, d_uint32[1])
    volume_store_uint32(id, i, i, i, d_uint32[2])
    v_uint32, g_uint32 = volume_sample_grad_uint32(id, p[1], i)
    vi_uint32, gi_uint32 = volume_sample_grad_index_uint32(id, p[1], i, d_uint32, d_uint32[1])
    d_uint32[3] = v_uint32 + vi_uint32
    d_float32[0] = volume_sample_float32(id, p[1], i) + volume_lookup_float32(id, i, i, i) + volume_sample_index_float32(id, p[1], i, d_float32, d_float32[1])
    volume_store_float32(id, i, i, i, d_float32[2])
    v_float32, g_float32 = volume_sample_grad_float32(id, p[1], i)
    vi_float32, gi_float32 = volume_sample_grad_index_float32(id, p[1], i, d_float32, d_float32[1])
    d_float32[3] = v_float32 + vi_float32
    d_float64[0] = volume_sample_float64(id, p[1], i) + volume_lookup_float64(id, i, i, i) + volume_sample_index_float64(id, p[1], i, d_float64, d_float64[1])
    volume_store_float64(id, i, i, i, d_float64[2])
    v_float64, g_float64 = volume_sample_grad_float64(id, p[1], i)
    vi_float64, gi_float64 = volume_sample_grad_index_float64(id, p[1], i, d_float64, d_float64[1])
    d_float64[3] = v_float64 + vi_float64
    d_vec3f[0] = volume_sample_vec3f(id, p[1], i) + volume_lookup_vec3f(id, i, i, i) + volume_sample_index_vec3f(id, p[1], i, d_vec3f, d_vec3f[1])
    volume_store_vec3f(id, i, i, i, d_vec3f[2])
    v_vec3f, g_vec3f = volume_sample_grad_vec3f(id, p[1], i)
    vi_vec3f, gi_vec3f = volume_sample_grad_index_vec3f(id, p[1], i, d_vec3f, d_vec3f[1])
    d_vec3f[3] = v_vec3f + vi_vec3f
    d_vec3d[0] = volume_sample_vec3d(id, p[1], i) + volume_lookup_vec3d(id, i, i, i) + volume_sample_index_vec3d(id, p[1], i, d_vec3d, d_vec3d[1])
    volume_store_vec3d(id, i, i, i, d_vec3d[2])
    v_vec3d, g_vec3d = volume_sample_grad_vec3d(id, p[1], i)
    vi_vec3d, gi_vec3d = volume_sample_grad_index_vec3d(id, p[1], i, d_vec3d, d_vec3d[1])
    d_vec3d[3] = v_vec3d + vi_vec3d
    d_vec4f[0] = volume_sample_vec4f(id, p[1], i) + volume_lookup_vec4f(id, i, i, i) + volume_sample_index_vec4f(id, p[1], i, d_vec4f, d_vec4f[1])
    volume_store_vec4f(id, i, i, i, d_vec4f[2])
    d_vec4d[0] = volume_sample_vec4d(id, p[1], i) + volume_lookup_vec4d(id, i, i, i) + volume_sample_index_vec4d(id, p[1], i, d_vec4d, d_vec4d[1])
    volume_store_vec4d(id, i, i, i, d_vec4d[2])
    out[0] = n
