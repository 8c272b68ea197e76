#!/bin/bash
# golden.sh: compares wpc's output with stored expected output, cproc style.
#   golden.sh WPC KERNEL_DIR SOURCE_PREFIX VERSION EXPECTED_DIR
# For every KERNEL_DIR/x.py: if EXPECTED_DIR/x.cpp / x.cu exist, wpc's CPU /
# CUDA output (for Warp VERSION, with --source-name SOURCE_PREFIX/x.py) must
# equal them byte for byte; if EXPECTED_DIR/x.err exists, wpc must exit 1 and
# print exactly that on stderr (with SOURCE_PREFIX/x.py as the file name).
# Ends with `golden: N passed, N failed`; exit 1 if anything failed.
set -u
wpc=$1 dir=$2 prefix=$3 version=$4 expected=$5
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0 shown=0
report() {
    fail=$((fail + 1))
    echo "FAIL $1"
    if [ "$shown" -lt 5 ] && [ -n "${2:-}" ]; then
        diff -u "$2" "$3" | head -20
        shown=$((shown + 1))
    fi
}
for f in "$dir"/*.py; do
    stem=$(basename "$f" .py)
    for ext in cpp cu; do
        exp="$expected/$stem.$ext"
        [ -f "$exp" ] || continue
        emit=cpp
        [ "$ext" = cu ] && emit=cuda
        if "$wpc" --emit=$emit --warp-version "$version" --source-name "$prefix/$stem.py" -o "$tmp/out" "$f" 2>"$tmp/err" \
            && cmp -s "$tmp/out" "$exp"; then
            pass=$((pass + 1))
        else
            [ -f "$tmp/out" ] || : >"$tmp/out"
            report "$prefix/$stem.py ($ext, Warp $version): $(head -c 200 "$tmp/err")" "$exp" "$tmp/out"
        fi
        rm -f "$tmp/out"
    done
    if [ -f "$expected/$stem.err" ]; then
        # run from the kernel's directory so the diagnostic names PREFIX/x.py
        "$wpc" --warp-version "$version" -o "$tmp/out" "$f" 2>"$tmp/err.raw" >/dev/null
        rc=$?
        sed "s|^$f:|$prefix/$stem.py:|" "$tmp/err.raw" >"$tmp/err"
        if [ $rc -eq 1 ] && [ ! -e "$tmp/out" ] && cmp -s "$tmp/err" "$expected/$stem.err"; then
            pass=$((pass + 1))
        else
            report "$prefix/$stem.py (diagnostic, exit $rc)" "$expected/$stem.err" "$tmp/err"
        fi
        rm -f "$tmp/out"
    fi
done
echo "golden: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
