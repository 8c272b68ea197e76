#!/usr/bin/env python3
"""run_test.py: `wpc run` end to end: .npy inputs written here with the
standard library, outputs read back and compared with values computed here
(float32 rounding emulated with struct), argument errors and their exit
status.  Usage: run_test.py WPC"""
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
