#!/usr/bin/env python3
"""run_test.py: `wpc run` end to end: .npy inputs written here with the
standard library, outputs read back and compared with values computed here
(float32 rounding emulated with struct), argument errors and their exit
status.  Usage: run_test.py WPC"""
import math
import os
import struct
import subprocess
import sys
import tempfile

WPC = os.path.abspath(sys.argv[1])
passed = failed = 0


def check(cond, what):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print("FAIL", what)


def f32(x):
    return struct.unpack("<f", struct.pack("<f", x))[0]


def write_npy(path, descr, shape, values):
    fmt = {"<f4": "f", "<i4": "i", "<f8": "d", "|u1": "B"}[descr]
    shp = "(" + ", ".join(str(s) for s in shape) + ("," if len(shape) == 1 else "") + ")"
    header = "{'descr': '%s', 'fortran_order': False, 'shape': %s, }" % (descr, shp)
    pad = (64 - (10 + len(header) + 1) % 64) % 64
    header = header + " " * pad + "\n"
    with open(path, "wb") as f:
        f.write(b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header.encode())
        f.write(struct.pack("<%d%s" % (len(values), fmt), *values))


def read_npy(path):
    with open(path, "rb") as f:
        data = f.read()
    assert data[:6] == b"\x93NUMPY", path
    hlen = struct.unpack("<H", data[8:10])[0]
    header = data[10:10 + hlen].decode()
    d = eval(header)
    fmt = {"<f4": "f", "<i4": "i", "<f8": "d", "|u1": "B", "<u4": "I"}[d["descr"]]
    n = 1
    for s in d["shape"]:
        n *= s
    vals = struct.unpack("<%d%s" % (n, fmt), data[10 + hlen:10 + hlen + n * struct.calcsize(fmt)])
    return d["shape"], list(vals)


def run(args, cwd):
    p = subprocess.run([WPC, "run"] + args, cwd=cwd, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


with tempfile.TemporaryDirectory() as tmp:
    # saxpy with inputs from .npy files
    with open(os.path.join(tmp, "saxpy.py"), "w") as f:
        f.write("import warp as wp\n"
                "@wp.kernel\n"
                "def saxpy(a: float, x: wp.array(dtype=float), y: wp.array(dtype=float)):\n"
                "    i = wp.tid()\n"
                "    y[i] = a * x[i] + y[i]\n"
                "@wp.kernel\n"
                "def scale(v: wp.array(dtype=wp.vec3), s: wp.vec3, m: wp.array(dtype=wp.mat22)):\n"
                "    i = wp.tid()\n"
                "    v[i] = wp.cw_mul(v[i], s)\n"
                "    m[i] = m[i] * 2.0\n"
                "@wp.struct\n"
                "class Grid:\n"
                "    values: wp.array(dtype=float)\n"
                "    origin: float\n"
                "    n: int\n"
                "@wp.kernel\n"
                "def sample(g: Grid, out: wp.array(dtype=float)):\n"
                "    i = wp.tid()\n"
                "    out[i] = g.values[(i + g.n) % g.values.shape[0]] + g.origin\n"
                "@wp.kernel\n"
                "def talk(k: int):\n"
                "    i = wp.tid()\n"
                "    wp.printf(\"thread %d of %d\\n\", i, k)\n")
    xs = [f32(0.1 * i - 1.0) for i in range(10)]
    ys = [f32(1.0 / (i + 1)) for i in range(10)]
    write_npy(os.path.join(tmp, "x.npy"), "<f4", (10,), xs)
    write_npy(os.path.join(tmp, "y.npy"), "<f4", (10,), ys)
    rc, out, err = run(["saxpy.py", "--kernel", "saxpy", "--dim", "10", "--arg", "a=2.5", "--arg", "x=@x.npy",
                        "--arg", "y=@y.npy", "--out", "o"], tmp)
    check(rc == 0, "saxpy exit status %d: %s" % (rc, err))
    shape, y = read_npy(os.path.join(tmp, "o", "y.npy"))
    expect = [f32(f32(2.5 * xs[i]) + ys[i]) for i in range(10)]
    check(shape == (10,) and y == expect, "saxpy values %s != %s" % (y, expect))
    lines = out.strip().split("\n")
    check(len(lines) == 2 and lines[0].startswith("x shape=(10,) dtype=float32 fnv1a=")
          and lines[1].startswith("y shape=(10,) dtype=float32 fnv1a="), "saxpy report: %r" % out)

    # vectors from a comma list, arrays of vec3 as (N, 3), matrices as (N, 2, 2)
    write_npy(os.path.join(tmp, "v.npy"), "<f4", (4, 3), [float(i) for i in range(12)])
    rc, out, err = run(["saxpy.py", "--kernel", "scale", "--dim", "4", "--arg", "v=@v.npy", "--arg", "s=1,-2,0.5",
                        "--arg", "m=4", "--out", "o"], tmp)
    check(rc == 0, "scale exit status %d: %s" % (rc, err))
    shape, v = read_npy(os.path.join(tmp, "o", "v.npy"))
    check(shape == (4, 3) and v == [float(i) * [1, -2, 0.5][i % 3] for i in range(12)], "scale values %s" % v)
    check("m shape=(4, 2, 2) dtype=float32" in out, "mat22 report: %r" % out)

    # struct fields, an array field from a file
    write_npy(os.path.join(tmp, "vals.npy"), "<f4", (3,), [10.0, 20.0, 30.0])
    rc, out, err = run(["saxpy.py", "--kernel", "sample", "--dim", "5", "--arg", "g.values=@vals.npy",
                        "--arg", "g.origin=0.5", "--arg", "g.n=1", "--out", "o"], tmp)
    check(rc == 0, "sample exit status %d: %s" % (rc, err))
    shape, o = read_npy(os.path.join(tmp, "o", "out.npy"))
    check(o == [[10.0, 20.0, 30.0][(i + 1) % 3] + 0.5 for i in range(5)], "struct sample %s" % o)
    check("g.values shape=(3,)" in out, "struct array reported: %r" % out)

    # printf
    rc, out, err = run(["saxpy.py", "--kernel", "talk", "--dim", "3", "--arg", "k=3"], tmp)
    check(rc == 0 and sorted(out.strip().split("\n")) == ["thread 0 of 3", "thread 1 of 3", "thread 2 of 3"],
          "printf output %r" % out)

    # same seed, same filled inputs; another seed, other inputs
    r1 = run(["saxpy.py", "--kernel", "saxpy", "--dim", "64", "--arg", "a=1", "--seed", "7"], tmp)[1]
    r2 = run(["saxpy.py", "--kernel", "saxpy", "--dim", "64", "--arg", "a=1", "--seed", "7"], tmp)[1]
    r3 = run(["saxpy.py", "--kernel", "saxpy", "--dim", "64", "--arg", "a=1", "--seed", "8"], tmp)[1]
    check(r1 == r2 and r1 != r3 and r1, "seeded fill: %r %r %r" % (r1, r2, r3))

    # a wp.HashGrid argument (corpus/701): neighbour counts against brute force
    sph = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus", "701_sph_hash_grid.py")
    n = 96
    pts = []
    seed = 12345
    for i in range(n * 3):
        seed = (seed * 1103515245 + 12345) % (1 << 31)
        pts.append(f32((seed >> 8) / float(1 << 23) * 1.6 - 0.8))
    write_npy(os.path.join(tmp, "pts.npy"), "<f4", (n, 3), pts)
    h = f32(0.3)
    expect = []
    for i in range(n):
        c = 0
        for j in range(n):
            d = [f32(pts[j * 3 + k] - pts[i * 3 + k]) for k in range(3)]
            c += f32(f32(f32(d[0] * d[0]) + f32(d[1] * d[1])) + f32(d[2] * d[2])) < f32(h * h)
        expect.append(c)
    density = ["--kernel", "compute_density", "--dim", str(n), "--arg", "x=@pts.npy", "--arg", "mass=1",
               "--arg", "h=0.3", "--arg", "rest_density=1", "--arg", "stiffness=1", "--out", "o"]
    for grid in ("hashgrid:6,6,6,0.3,x", "hashgrid:4,3,2,0.3,@pts.npy"):
        for ver in ("1.16.0", "1.10.1"):
            rc, out, err = run([sph, "--arg", "grid=" + grid, "--warp-version", ver] + density, tmp)
            check(rc == 0, "hash grid %s (%s) exit status %d: %s" % (grid, ver, rc, err))
            shape, got = read_npy(os.path.join(tmp, "o", "neighbors.npy"))
            check(got == expect, "hash grid %s (%s): neighbour counts %s != %s" % (grid, ver, got[:8], expect[:8]))

    # errors: a message naming the problem, exit status 1 (2 for usage)
    def err_case(args, status, needle):
        rc, out, err = run(args, tmp)
        check(rc == status and needle in err, "%s: status %d, stderr %r" % (" ".join(args), rc, err))

    err_case([sph, "--arg", "grid=hashgrid:6,6,0.3,x"] + density, 1, "bad hash grid 'hashgrid:6,6,0.3,x'")
    err_case([sph, "--arg", "grid=hashgrid:6,6,6,0.3,mass"] + density, 1,
             "'mass' is neither an array argument of the kernel nor @FILE.npy")
    err_case([sph, "--arg", "grid=hashgrid:6,6,6,0.3,rho"] + density, 1, "is an array of float32, not of vec3")
    err_case([sph, "--arg", "grid=hashgrid:6,6,6,-1,x"] + density, 1, "cell width must be positive")
    err_case([sph, "--arg", "grid=hashgrid:6,6,6,0.3,x,x"] + density, 1, "groups 'x' is an array of vec3f")
    err_case([sph, "--arg", "grid=1", "--arg", "h=hashgrid:6,6,6,0.3,x"] + density[:-4], 1,
             "a hashgrid is given to a uint64 argument")

    # a wp.Mesh argument (corpus/702): signed distances against brute force; a wp.Bvh (corpus/704): pair counts
    mcol = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus", "702_particle_mesh_collision.py")
    mpts, mtris, where = [], [], {}
    for q in range(27):
        c = (q % 3 - 1, q // 3 % 3 - 1, q // 9 - 1)
        if c != (0, 0, 0):
            where[c] = len(mpts)
            mpts.append([f32(c[k] * (0.5 + 0.1 * k) * (1.15 if sum(map(abs, c)) == 1 else 1.0)) for k in range(3)])
    for axis in range(3):
        for s in (-1, 1):
            for a in (-1, 0):
                for b in (-1, 0):
                    def vert(i, j):
                        c = [0, 0, 0]
                        c[axis], c[(axis + 1) % 3], c[(axis + 2) % 3] = s, i, j
                        return where[tuple(c)]
                    v00, v10, v01, v11 = vert(a, b), vert(a + 1, b), vert(a, b + 1), vert(a + 1, b + 1)
                    for t in ((v00, v10, v11), (v00, v11, v01)):
                        mtris.append(t if s > 0 else (t[0], t[2], t[1]))
    nq = 40
    mq = [f32(((i * 7919 + 13) % 1000) / 1000.0 * 2.4 - 1.2) for i in range(nq * 3)]
    write_npy(os.path.join(tmp, "mp.npy"), "<f4", (len(mpts), 3), [v for p in mpts for v in p])
    write_npy(os.path.join(tmp, "mi.npy"), "<i4", (len(mtris), 3), [v for t in mtris for v in t])
    write_npy(os.path.join(tmp, "mq.npy"), "<f4", (nq, 3), mq)
    write_npy(os.path.join(tmp, "mv.npy"), "<f4", (len(mpts), 3), [v * 0.5 for p in mpts for v in p])

    def vsub(a, b):
        return [a[i] - b[i] for i in range(3)]

    def vdot(a, b):
        return sum(a[i] * b[i] for i in range(3))

    def tri_dist(p, a, b, c):
        # closest point on a triangle (Ericson's regions), in double
        ab, ac, ap = vsub(b, a), vsub(c, a), vsub(p, a)
        d1, d2 = vdot(ab, ap), vdot(ac, ap)
        bp, cp = vsub(p, b), vsub(p, c)
        d3, d4, d5, d6 = vdot(ab, bp), vdot(ac, bp), vdot(ab, cp), vdot(ac, cp)
        vc, vb, va = d1 * d4 - d3 * d2, d5 * d2 - d1 * d6, d3 * d6 - d5 * d4
        if d1 <= 0 and d2 <= 0:
            q = a
        elif d3 >= 0 and d4 <= d3:
            q = b
        elif vc <= 0 and d1 >= 0 and d3 <= 0:
            q = [a[i] + ab[i] * d1 / (d1 - d3) for i in range(3)]
        elif d6 >= 0 and d5 <= d6:
            q = c
        elif vb <= 0 and d2 >= 0 and d6 <= 0:
            q = [a[i] + ac[i] * d2 / (d2 - d6) for i in range(3)]
        elif va <= 0 and d4 - d3 >= 0 and d5 - d6 >= 0:
            w = (d4 - d3) / ((d4 - d3) + (d5 - d6))
            q = [b[i] + (c[i] - b[i]) * w for i in range(3)]
        else:
            den = 1 / (va + vb + vc)
            q = [a[i] + ab[i] * vb * den + ac[i] * vc * den for i in range(3)]
        return math.sqrt(vdot(vsub(p, q), vsub(p, q)))

    def solid_angle(p, a, b, c):
        qa, qb, qc = vsub(a, p), vsub(b, p), vsub(c, p)
        la, lb, lc = (math.sqrt(vdot(v, v)) for v in (qa, qb, qc))
        cr = [qb[1] * qc[2] - qb[2] * qc[1], qb[2] * qc[0] - qb[0] * qc[2], qb[0] * qc[1] - qb[1] * qc[0]]
        den = la * lb * lc + vdot(qa, qb) * lc + vdot(qa, qc) * lb + vdot(qb, qc) * la
        return 2 * math.atan2(vdot(qa, cr), den)

    expect_sdf = []
    for i in range(nq):
        p = mq[i * 3:i * 3 + 3]
        tri = [[mpts[v] for v in t] for t in mtris]
        d = min(tri_dist(p, *t) for t in tri)
        wn = sum(solid_angle(p, *t) for t in tri) / (4 * math.pi)
        expect_sdf.append(-d if wn > 0.5 else d)
    classify = ["--kernel", "classify_points", "--dim", str(nq), "--arg", "x=@mq.npy", "--arg", "inside_normal=%d" % nq,
                "--arg", "inside_winding=%d" % nq, "--arg", "sdf=%d" % nq, "--out", "o"]
    for mesh in ("mesh:@mp.npy,@mi.npy,winding=1", "mesh:@mp.npy,@mi.npy,leaf=1", "mesh:@mp.npy,@mi.npy,@mv.npy,leaf=2"):
        for ver in ("1.16.0", "1.10.1"):
            rc, out, err = run([mcol, "--arg", "mesh=" + mesh, "--warp-version", ver] + classify, tmp)
            check(rc == 0, "mesh %s (%s) exit status %d: %s" % (mesh, ver, rc, err))
            shape, got = read_npy(os.path.join(tmp, "o", "sdf.npy"))
            bad = [i for i in range(nq) if abs(got[i] - expect_sdf[i]) > 1e-5 * (1 + abs(expect_sdf[i]))]
            check(not bad, "mesh %s (%s): signed distances %s, expected %s" % (
                mesh, ver, [got[i] for i in bad[:4]], [expect_sdf[i] for i in bad[:4]]))

    broad = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus", "704_bvh_broad_phase.py")
    nb = 48
    bx = [f32(((i * 6151 + 7) % 997) / 997.0 * 2.0 - 1.0) for i in range(nb * 3)]
    br = [f32(0.05 + ((i * 31) % 11) * 0.02) for i in range(nb)]
    blo = [f32(bx[i] - br[i // 3]) for i in range(nb * 3)]
    bhi = [f32(bx[i] + br[i // 3]) for i in range(nb * 3)]
    for name, vals in (("bx", bx), ("blo", blo), ("bhi", bhi)):
        write_npy(os.path.join(tmp, name + ".npy"), "<f4", (nb, 3), vals)
    write_npy(os.path.join(tmp, "br.npy"), "<f4", (nb,), br)
    pairs = 0
    for i in range(nb):
        for j in range(i + 1, nb):
            d = [f32(bx[i * 3 + k] - bx[j * 3 + k]) for k in range(3)]
            dd = f32(math.sqrt(f32(f32(f32(d[0] * d[0]) + f32(d[1] * d[1])) + f32(d[2] * d[2]))))
            pairs += dd < f32(br[i] + br[j])
    write_npy(os.path.join(tmp, "zero.npy"), "<i4", (1,), [0])
    find = ["--kernel", "find_pairs", "--dim", str(nb), "--arg", "x=@bx.npy", "--arg", "radius=@br.npy",
            "--arg", "lowers=@blo.npy", "--arg", "uppers=@bhi.npy", "--arg", "max_pairs=0", "--arg", "pair_count=@zero.npy",
            "--arg", "pairs=1", "--out", "o"]
    for bvh in ("bvh:lowers,uppers", "bvh:@blo.npy,@bhi.npy,leaf=3"):
        for ver in ("1.16.0", "1.10.1"):
            rc, out, err = run([broad, "--arg", "bvh=" + bvh, "--warp-version", ver] + find, tmp)
            check(rc == 0, "bvh %s (%s) exit status %d: %s" % (bvh, ver, rc, err))
            shape, got = read_npy(os.path.join(tmp, "o", "pair_count.npy"))
            check(got == [pairs] and pairs > 0, "bvh %s (%s): %s pairs, expected %d" % (bvh, ver, got, pairs))

    # @wp.func_native snippets (corpus 515) compiled with the system's C++ compiler; one that does not
    # compile is an error naming the snippet line
    nat = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus", "515_native_snippets.py")
    av = [f32(0.5), f32(-1.25), f32(3.0)]
    write_npy(os.path.join(tmp, "na.npy"), "<f4", (3,), av)
    rc, out, err = run([nat, "--kernel", "k", "--dim", "3", "--arg", "a=@na.npy", "--arg", "b=3", "--out", "o"], tmp)
    check(rc == 0, "func_native exit status %d: %s" % (rc, err))
    if rc == 0:
        b = read_npy(os.path.join(tmp, "o", "b.npy"))[1]
        a = read_npy(os.path.join(tmp, "o", "a.npy"))[1]
        check(b == [f32(f32(x * x) + 1.0) for x in av] and a == [0.0, 1.0, 2.0], "func_native: a %s, b %s" % (a, b))
    with open(os.path.join(tmp, "bad_native.py"), "w") as f:
        f.write('import warp as wp\n@wp.func_native("""\n    return x;\n    no_such_function(x);\n""")\n'
                "def broken(x: float) -> float: ...\n"
                "@wp.kernel\ndef k(a: wp.array(dtype=float)):\n    a[0] = broken(a[0])\n")
    err_case(["bad_native.py", "--kernel", "k", "--dim", "1"], 1, "broken snippet:3:")

    # thread-block queries (corpus 926, Warp 1.16, block_dim 1 as on the CPU): every box / triangle whose
    # bounds overlap the query box is found once per thread; the first step's index is one of them
    tq = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus", "926_tile_queries_block_dim1_116.py")
    qlo, qhi = [-0.3, -0.3, -0.3], [0.4, 0.2, 0.5]

    def overlaps(lo, hi):
        return all(lo[k] <= f32(qhi[k]) and hi[k] >= f32(qlo[k]) for k in range(3))

    qbox = ["--arg", "lo=%g,%g,%g" % tuple(qlo), "--arg", "hi=%g,%g,%g" % tuple(qhi), "--out", "o"]
    write_npy(os.path.join(tmp, "zeros.npy"), "<i4", (nb,), [0] * nb)
    want = [int(overlaps(blo[i * 3:i * 3 + 3], bhi[i * 3:i * 3 + 3])) for i in range(nb)]
    rc, out, err = run([tq, "--kernel", "bvh_hits", "--dim", "3", "--arg", "bvh=bvh:@blo.npy,@bhi.npy,leaf=2",
                        "--arg", "counts=@zeros.npy"] + qbox, tmp)
    check(rc == 0, "bvh_hits exit status %d: %s" % (rc, err))
    got = read_npy(os.path.join(tmp, "o", "counts.npy"))[1] if rc == 0 else None
    check(got == [3 * w for w in want] and 0 < sum(want) < nb, "bvh_hits: %s, expected 3 x %s" % (got, want))
    tbox = [[mpts[v] for v in t] for t in mtris]
    qlo, qhi = [0.1, -0.2, 0.0], [0.7, 0.6, 0.8]
    qbox = ["--arg", "lo=%g,%g,%g" % tuple(qlo), "--arg", "hi=%g,%g,%g" % tuple(qhi), "--out", "o"]
    write_npy(os.path.join(tmp, "fzeros.npy"), "<i4", (len(mtris),), [0] * len(mtris))
    want = [int(overlaps([min(p[k] for p in t) for k in range(3)], [max(p[k] for p in t) for k in range(3)]))
            for t in tbox]
    rc, out, err = run([tq, "--kernel", "mesh_hits", "--dim", "1", "--arg", "mesh=mesh:@mp.npy,@mi.npy",
                        "--arg", "counts=@fzeros.npy", "--arg", "last=2"] + qbox, tmp)
    check(rc == 0, "mesh_hits exit status %d: %s" % (rc, err))
    got = read_npy(os.path.join(tmp, "o", "counts.npy"))[1] if rc == 0 else None
    last = read_npy(os.path.join(tmp, "o", "last.npy"))[1] if rc == 0 else [0, -1]
    check(got == want and 0 < sum(want) < len(want), "mesh_hits: %s, expected %s" % (got, want))
    check(last[0] == sum(want) and last[1] >= 0 and want[last[1]], "mesh_hits: last %s" % last)

    mbase = [mcol, "--arg", "x=@mq.npy"] + classify[:4] + classify[6:-2]
    err_case(mbase + ["--arg", "mesh=mesh:@mp.npy"], 1, "bad mesh 'mesh:@mp.npy': expected mesh:POINTS,INDICES")
    err_case(mbase + ["--arg", "mesh=mesh:@mp.npy,@mi.npy,leaf=0"], 1, "bad mesh")
    err_case(mbase + ["--arg", "mesh=mesh:@mi.npy,@mi.npy"], 1, "points mi.npy must be float32 of shape (N, 3)")
    err_case(mbase + ["--arg", "mesh=mesh:x,sdf"], 1, "indices 'sdf' is an array of float32, not of int32 (or vec3i)")
    err_case(mbase + ["--arg", "mesh=mesh:@mp.npy,@zero.npy"], 1, "mesh indices: 1 is not a multiple of 3")
    err_case(mbase + ["--arg", "mesh=mesh:@mp.npy,@mi.npy,x"], 1, "mesh velocities: 40, not one per point (26)")
    err_case(mbase + ["--arg", "mesh=mesh:@mp.npy,@mi.npy,groups=@zero.npy", "--warp-version", "1.10.1"], 1,
             "Warp 1.10 meshes have no groups")
    err_case([broad] + find[:-2] + ["--arg", "bvh=bvh:lowers,x,leaf=2,groups=radius"], 1,
             "groups 'radius' is an array of float32, not of int32")
    err_case([broad] + find[:-2] + ["--arg", "bvh=bvh:lowers"], 1, "bad bvh 'bvh:lowers': expected bvh:LOWERS,UPPERS")

    # volumes (corpus 705): dense arrays become NanoVDB grids; lookups, closest samples, stores
    vol = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus", "705_volume_sampling.py")
    dense = [(i * 30 + j * 6 + k) * 0.5 for i in range(4) for j in range(5) for k in range(6)]
    labels = [(i * 30 + j * 6 + k) % 7 for i in range(4) for j in range(5) for k in range(6)]
    write_npy(os.path.join(tmp, "vd.npy"), "<f4", (4, 5, 6), dense)
    write_npy(os.path.join(tmp, "vl.npy"), "<i4", (4, 5, 6), labels)
    coords = [(0, 0, 0), (1, 2, 3), (3, 4, 5), (10, 10, 10)]
    write_npy(os.path.join(tmp, "vc.npy"), "<i4", (4, 3), [x for c in coords for x in c])

    def vat(vals, c, bg):
        return vals[c[0] * 30 + c[1] * 6 + c[2]] if c[0] < 4 and c[1] < 5 and c[2] < 6 else bg

    rc, out, err = run([vol, "--kernel", "typed_access", "--dim", "4", "--arg", "field=volume:0.5,@vd.npy,bg=-1",
                        "--arg", "labels=volume:1:2:3,@vl.npy",
                        "--arg", "coords=@vc.npy", "--arg", "scalars=4", "--arg", "vectors=4", "--arg", "ids=4",
                        "--out", "vo"], tmp)
    check(rc == 0, "volume typed_access exit status %d: %s" % (rc, err))
    if rc == 0:
        # lookup + closest sample (with gradient) + lookup_f + the closest sample at (0.5, 0.5, 0.5): (1, 1, 1)
        want = [f32(f32(f32(vat(dense, c, -1.0) * 2) + vat(dense, c, -1.0)) + dense[37]) for c in coords]
        check(read_npy(os.path.join(tmp, "vo", "scalars.npy"))[1] == want, "volume lookups/samples: scalars")
        check(read_npy(os.path.join(tmp, "vo", "ids.npy"))[1] == [vat(labels, c, 0) + labels[37] for c in coords],
              "volume int lookups: ids")
        check(read_npy(os.path.join(tmp, "vo", "vectors.npy"))[1] == [0.0] * 12, "vec3 lookups of a float volume read 0")
        check("field shape=(4, 5, 6) dtype=float32" in out, "volume reported after the launch: %r" % out)
    write_npy(os.path.join(tmp, "vv.npy"), "<f4", (4,), [1.5, 2.5, 3.5, 4.5])
    rc, out, err = run([vol, "--kernel", "splat", "--dim", "4", "--arg", "field=volume:0.5,@vd.npy",
                        "--arg", "ids=volume:1,@vl.npy,origin=1:2:3", "--arg", "coords=@vc.npy",
                        "--arg", "values=@vv.npy", "--out", "vo"], tmp)
    check(rc == 0, "volume splat exit status %d: %s" % (rc, err))
    if rc == 0:
        field, ids = list(dense), list(labels)
        for t, c in enumerate(coords):
            for cc, v in ((c, 1.5 + t), ((c[0] + 1, c[1], c[2]), (1.5 + t) * 0.5)):
                if cc[0] < 4 and cc[1] < 5 and cc[2] < 6:
                    field[cc[0] * 30 + cc[1] * 6 + cc[2]] = v
            if c[0] < 4 and c[1] < 5 and c[2] < 6:
                ids[c[0] * 30 + c[1] * 6 + c[2]] = t
        check(read_npy(os.path.join(tmp, "vo", "field.npy")) == ((4, 5, 6), field), "volume_store into a float volume")
        check(read_npy(os.path.join(tmp, "vo", "ids.npy")) == ((4, 5, 6), ids), "volume_store_i into an int volume")
    # an on-index grid of the nonzero elements: ids numbered leaf by leaf
    write_npy(os.path.join(tmp, "vp.npy"), "<f4", (2, 3), [0, 0, 0, 1.2, 0.1, 0.3])
    write_npy(os.path.join(tmp, "vx.npy"), "<f4", (20,), [100.0 + i for i in range(20)])
    write_npy(os.path.join(tmp, "vx3.npy"), "<f4", (20, 3), [float(i) for i in range(60)])
    rc, out, err = run([vol, "--kernel", "index_grid_sample", "--dim", "2", "--arg", "grid=volume:1,@vl.npy,onindex",
                        "--arg", "pts=@vp.npy", "--arg", "voxel_values=@vx.npy", "--arg", "voxel_colors=@vx3.npy",
                        "--arg", "out=2", "--arg", "out_color=2", "--arg", "voxel_ids=2", "--out", "vo"], tmp)
    check(rc == 0, "on-index volume exit status %d: %s" % (rc, err))
    if rc == 0:
        # (0, 0, 0) holds 0: inactive; (1, 0, 0): the active voxels of i = 0 come first
        check(read_npy(os.path.join(tmp, "vo", "voxel_ids.npy"))[1] == [-1, sum(1 for x in labels[:30] if x)],
              "on-index voxel ids")
    vargs = ["--kernel", "splat", "--dim", "4", "--arg", "ids=volume:1,@vl.npy", "--arg", "coords=@vc.npy",
             "--arg", "values=@vv.npy"]
    err_case([vol, "--arg", "field=volume:0.5"] + vargs, 1, "bad volume 'volume:0.5': expected volume:VOXEL_SIZE,DENSE")
    err_case([vol, "--arg", "field=volume:0,@vd.npy"] + vargs, 1, "voxel size must be positive")
    err_case([vol, "--arg", "field=volume:1,@vd.npy,bg=1:2"] + vargs, 1, "background needs 1 value")
    err_case([vol, "--arg", "field=volume:1,@vc.npy"] + vargs, 1, "must be a 3-d array of float32")
    err_case([vol, "--arg", "field=volume:1,values"] + vargs, 1, "must be a 3-d array")
    err_case([vol, "--arg", "field=volume:1,nope"] + vargs, 1, "neither an array argument of the kernel nor @FILE.npy")

    err_case(["saxpy.py", "--kernel", "nope", "--dim", "4"], 1, "no kernel 'nope'")
    err_case(["saxpy.py", "--kernel", "saxpy", "--dim", "4"], 1, "missing argument 'a'")
    err_case(["saxpy.py", "--kernel", "saxpy", "--dim", "4", "--arg", "a=1", "--arg", "zz=3"], 1, "no argument 'zz'")
    err_case(["saxpy.py", "--kernel", "saxpy", "--dim", "4", "--arg", "a=abc"], 1, "argument 'a' expects a float32")
    write_npy(os.path.join(tmp, "xi.npy"), "<i4", (10,), list(range(10)))
    err_case(["saxpy.py", "--kernel", "saxpy", "--dim", "4", "--arg", "a=1", "--arg", "x=@xi.npy"], 1, "dtype '<i4'")
    err_case(["saxpy.py", "--kernel", "scale", "--dim", "4", "--arg", "s=1,2,3", "--arg", "v=@x.npy"], 1,
             "has shape (10), the parameter")
    err_case(["saxpy.py", "--kernel", "scale", "--dim", "4", "--arg", "s=1,2", "--arg", "v=4"], 1,
             "expects 3 comma-separated values")
    err_case(["saxpy.py", "--kernel", "sample", "--dim", "4", "--arg", "g=1"], 1, "is a struct")
    err_case(["saxpy.py", "--kernel", "saxpy", "--dim", "x"], 2, "--dim expects")
    err_case(["missing.py", "--kernel", "saxpy", "--dim", "4"], 1, "cannot open")

    # wp.overload instances of one generic kernel: chosen by native name (scale_<hash>);
    # the Python name alone is ambiguous
    ovl = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus", "846_kernel_overloads.py")
    err_case([ovl, "--kernel", "scale", "--dim", "4", "--fill"], 1, "more than one kernel 'scale'")
    rc, out, err = run([ovl, "--kernel", "scale", "--dim", "3", "--fill"], tmp)
    natives = err[err.find("(kernels: ") + 10:err.find(")")].split() if rc == 1 else []
    f64 = [n for n in natives if n.startswith("scale_")]
    check(len(f64) == 2, "overload natives listed: %r" % err)
    for n, descr in zip(f64, ["<f4", "<f8"]):
        write_npy(os.path.join(tmp, "a3.npy"), descr, (3,), [1.0, 2.0, -3.0])
        rc, out, err = run([ovl, "--kernel", n, "--dim", "3", "--arg", "a=@a3.npy", "--arg", "s=2",
                            "--out", tmp], tmp)
        check(rc == 0, "overload %s: %s" % (n, err))
        if rc == 0:
            check(read_npy(os.path.join(tmp, "a.npy"))[1] == [2.0, 4.0, -6.0], "overload %s doubles" % n)

print("run: %d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
