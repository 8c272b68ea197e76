#!/usr/bin/env python3
"""fuzz_test.py: wpc never crashes or hangs on malformed input.

Mutates the conformance and corpus kernels (deleted, duplicated, truncated
lines, inserted tokens) with a fixed seed and runs wpc on each mutant. The
stated invariant: exit status 0 or 1 (never a signal or another status),
within 10 s, and an output file only on success.
Usage: fuzz_test.py WPC SOURCE_DIR... (prints `fuzz: N passed, N failed`)
"""
import glob, os, random, subprocess, sys, tempfile

wpc = sys.argv[1]
files = sorted(f for d in sys.argv[2:] for f in glob.glob(os.path.join(d, "*.py")))
rng = random.Random(20261125)
toks = ["(", ")", ":", "[", "]", "wp.", "1.0", "-", "*", "x", "return", "if", "for i in range(3):", "    ", "\n",
        '"', "#", "a[i]", "wp.vec3(", ".x", "and", "not", "lambda x: x", "yield", "@", "**", "//", "%", "==", "0x",
        "1e999", "99999999999999999999999", "\t", "\\", "wp.tile_load(", "@wp.func", "class", "def", "\x00"]
passed = failed = 0
with tempfile.TemporaryDirectory() as tmp:
    src_path = os.path.join(tmp, "fz.py")
    out_path = os.path.join(tmp, "fz.out")
    for it in range(int(os.environ.get("FUZZ_RUNS", "300"))):
        lines = open(rng.choice(files)).read().split("\n")
        op = rng.randrange(4)
        if op == 0 and len(lines) > 3:
            del lines[rng.randrange(len(lines))]
        elif op == 1:
            i = rng.randrange(len(lines))
            c = rng.randrange(len(lines[i]) + 1)
            lines[i] = lines[i][:c] + rng.choice(toks) + lines[i][c:]
        elif op == 2:
            s = "\n".join(lines)
            lines = s[: rng.randrange(len(s) + 1)].split("\n")
        else:
            lines[rng.randrange(len(lines))] = rng.choice(lines)
        open(src_path, "w").write("\n".join(lines))
        for emit in ("cpp", "cuda"):
            if os.path.exists(out_path):
                os.unlink(out_path)
            try:
                r = subprocess.run([wpc, "--emit=" + emit, "-o", out_path, src_path], capture_output=True, timeout=10)
                ok = r.returncode in (0, 1) and (r.returncode == 0) == os.path.exists(out_path)
            except subprocess.TimeoutExpired:
                ok = False
            if ok:
                passed += 1
            else:
                failed += 1
                print("FAIL: mutant of", it, "exit", getattr(r, "returncode", "timeout"))
                print("\n".join(lines)[:2000])
print(f"fuzz: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
