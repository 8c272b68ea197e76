#!/bin/bash
# golden.sh: compares wpc's output with stored expected output, byte for byte.
#
#   golden.sh WPC KERNEL_DIR SOURCE_PREFIX VERSION EXPECTED_DIR
#
#   WPC            the wpc binary
#   KERNEL_DIR     directory of input kernels (every KERNEL_DIR/*.py is tried)
#   SOURCE_PREFIX  the directory Warp recorded for them: wpc gets
#                  --source-name SOURCE_PREFIX/<file>.py
#   VERSION        Warp version, 1.16.0 or 1.10.1 (--warp-version)
#   EXPECTED_DIR   where <stem>.cpp, <stem>.cu and <stem>.err are looked up
#
# For every KERNEL_DIR/<stem>.py:
#   - EXPECTED_DIR/<stem>.cpp exists: `wpc --emit=cpp` must exit 0 and write
#     exactly that file; likewise <stem>.cu with `--emit=cuda`;
#   - EXPECTED_DIR/<stem>.err exists: wpc must exit 1, write no output file and
#     print exactly that on stderr (a line starting `KERNEL_DIR/<stem>.py:` is
#     read as starting `SOURCE_PREFIX/<stem>.py:`);
#   - <stem>.cpp exists: `wpc --emit=ir` (the IR dump) must exit 0 too and
#     print a kernel or function;
#   - none of these: the file is not a test for this EXPECTED_DIR (skipped).
# Each of these is one comparison. Prints `FAIL ...` (one line) per failed
# comparison, `diff -u expected actual | head -20` for the first 5 of them, and
# last `golden: N passed, N failed`. Exit status 1 if anything failed (or the
# arguments are wrong), else 0.
set -u
if [ $# -ne 5 ]; then
    echo "usage: golden.sh WPC KERNEL_DIR SOURCE_PREFIX VERSION EXPECTED_DIR" >&2
    echo "golden: 0 passed, 1 failed"
    exit 1
fi
wpc=$1 dir=$2 prefix=$3 version=$4 expected=$5
if [ ! -x "$wpc" ] || [ ! -d "$dir" ]; then
    echo "FAIL no wpc binary ($wpc) or no kernel directory ($dir)"
    echo "golden: 0 passed, 1 failed"
    exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0 shown=0
fail_line() { # message, expected file, actual file
    fail=$((fail + 1))
    echo "FAIL $1"
    if [ "$shown" -lt 5 ]; then
        diff -u --label "$2" --label "wpc output" "$2" "$3" | head -20
        shown=$((shown + 1))
    fi
}
first_err() { # first line of wpc's stderr, at most 200 characters
    head -n 1 "$tmp/err" | cut -c 1-200
}
for f in "$dir"/*.py; do
    [ -f "$f" ] || continue
    stem=$(basename "$f" .py)
    name=$prefix/$stem.py
    for ext in cpp cu; do
        exp=$expected/$stem.$ext
        [ -f "$exp" ] || continue
        emit=cpp
        [ "$ext" = cu ] && emit=cuda
        rm -f "$tmp/out"
        "$wpc" --emit=$emit --warp-version "$version" --source-name "$name" \
            -o "$tmp/out" "$f" </dev/null >/dev/null 2>"$tmp/err"
        rc=$?
        [ -f "$tmp/out" ] || : >"$tmp/out"
        if [ $rc -eq 0 ] && cmp -s "$tmp/out" "$exp"; then
            pass=$((pass + 1))
        elif [ $rc -ne 0 ]; then
            fail_line "$name ($ext, Warp $version): exit $rc: $(first_err)" "$exp" "$tmp/out"
        else
            fail_line "$name ($ext, Warp $version): output differs from $exp" "$exp" "$tmp/out"
        fi
    done
    if [ -f "$expected/$stem.cpp" ]; then
        "$wpc" --emit=ir --warp-version "$version" -o "$tmp/out" "$f" </dev/null >/dev/null 2>"$tmp/err"
        rc=$?
        if [ $rc -eq 0 ] && grep -qE '^(kernel|func) ' "$tmp/out"; then
            pass=$((pass + 1))
        else
            fail_line "$name (ir dump, Warp $version): exit $rc: $(first_err)" /dev/null "$tmp/err"
        fi
    fi
    exp=$expected/$stem.err
    if [ -f "$exp" ]; then
        rm -f "$tmp/out"
        "$wpc" --warp-version "$version" --source-name "$name" \
            -o "$tmp/out" "$f" </dev/null >/dev/null 2>"$tmp/err.raw"
        rc=$?
        # diagnostics name the file as given (KERNEL_DIR/x.py); the goldens
        # use SOURCE_PREFIX/x.py (plain string match, no regex)
        awk -v f="$f:" -v n="$name:" \
            'substr($0, 1, length(f)) == f { $0 = n substr($0, length(f) + 1) } { print }' \
            "$tmp/err.raw" >"$tmp/err"
        if [ $rc -eq 1 ] && [ ! -e "$tmp/out" ] && cmp -s "$tmp/err" "$exp"; then
            pass=$((pass + 1))
        else
            why="diagnostic differs from $exp"
            [ $rc -eq 1 ] || why="exit $rc, expected 1"
            [ -e "$tmp/out" ] && [ $rc -eq 1 ] && why="wrote an output file on error"
            fail_line "$name (diagnostic, Warp $version): $why" "$exp" "$tmp/err"
        fi
    fi
done
echo "golden: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
