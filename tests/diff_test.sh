#!/bin/bash
# diff_test.sh: `wpc diff` against real Warp output.
#   diff_test.sh WPC CONFORMANCE_DIR
# Checks: every expected file of both versions diffs as identical; a copy with
# one changed line reports exactly that function as differing; a kernel-cache
# directory laid out like Warp's is searched and its version inferred; two
# kernels swapped are identical under --normalize only; another source path
# in `// path:line` comments only matters without --normalize.
set -u
wpc=$(cd "$(dirname "$1")" && pwd)/$(basename "$1") conf=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
check() { # name, condition result (0 = ok)
    if [ "$2" -eq 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $1"; fi
}
cd "$conf" || exit 1
for v in 1.16.0 1.10.1; do
    for f in kernels/*.py; do
        s=$(basename "$f" .py)
        for ext in cpp cu; do
            "$wpc" diff "$f" "expected/v$v/$s.$ext" --color=never >"$tmp/out" 2>&1
            check "identical v$v/$s.$ext" $?
        done
    done
done

# one changed line inside one function
s=234_func_basic
sed 's/wp::mul(/wp::mul (/' "expected/v1.16.0/$s.cpp" | awk 'BEGIN{d=0} /wp::mul \(/ && !d {d=1; print; next} {gsub(/wp::mul \(/, "wp::mul("); print}' >"$tmp/$s.cpp"
"$wpc" diff "kernels/$s.py" "$tmp/$s.cpp" --warp-version 1.16.0 --color=never >"$tmp/out"
rc=$?
n=$(grep -cE ' (differs|only in)' "$tmp/out")
check "one changed line: exit 1" $([ $rc -eq 1 ]; echo $?)
check "one changed line: exactly one item differs ($n)" $([ "$n" -eq 1 ]; echo $?)

# a kernel cache laid out like Warp's: <root>/<version>/wp_<module>_<hash>/wp_<module>_<hash>.cpp|.cu
s=046_array_multi_kernel
d="$tmp/cache/1.10.1/wp_${s}_abc1234"
mkdir -p "$d"
cp "expected/v1.10.1/$s.cpp" "$d/wp_${s}_abc1234.cpp"
cp "expected/v1.10.1/$s.cu" "$d/wp_${s}_abc1234.cu"
"$wpc" diff "kernels/$s.py" "$tmp/cache" --color=never >"$tmp/out"
rc=$?
check "cache directory: identical" $rc
check "cache directory: version 1.10.1 inferred" $(grep -q "Warp 1.10.1" "$tmp/out"; echo $?)
check "cache directory: both devices" $([ "$(grep -c ' vs ' "$tmp/out")" -eq 2 ]; echo $?)
"$wpc" diff "kernels/010_scalar_arith.py" "$tmp/cache" >/dev/null 2>"$tmp/err"
check "cache directory: missing module is an error (2)" $([ $? -eq 2 ] && grep -q "no module" "$tmp/err"; echo $?)

# two kernels swapped: identical only under --normalize
python3 - "expected/v1.16.0/$s.cpp" "$tmp/swapped.cpp" <<'PY'
import sys, re
t = open(sys.argv[1]).read()
parts = re.split(r'(?=struct wp_args_)', t)
open(sys.argv[2], 'w').write(parts[0] + parts[2] + parts[1] + ''.join(parts[3:]))
PY
"$wpc" diff "kernels/$s.py" "$tmp/swapped.cpp" --warp-version 1.16.0 --color=never >"$tmp/out"
check "swapped kernels differ without --normalize" $([ $? -eq 1 ]; echo $?)
"$wpc" diff "kernels/$s.py" "$tmp/swapped.cpp" --warp-version 1.16.0 --normalize --color=never >"$tmp/out"
check "swapped kernels identical with --normalize" $?

# another recorded path in // path:line comments
s=234_func_basic
sed 's|// kernels/|// /home/user/project/kernels/|' "expected/v1.16.0/$s.cpp" >"$tmp/path.cpp"
"$wpc" diff "kernels/$s.py" "$tmp/path.cpp" --warp-version 1.16.0 --color=never >"$tmp/out"
check "source path differs without --normalize" $([ $? -eq 1 ]; echo $?)
"$wpc" diff "kernels/$s.py" "$tmp/path.cpp" --warp-version 1.16.0 --normalize --color=never >"$tmp/out"
check "source path ignored with --normalize" $?

"$wpc" diff kernels/nope.py "expected/v1.16.0/$s.cpp" >/dev/null 2>&1
check "missing input: exit 2" $([ $? -eq 2 ]; echo $?)
echo "diff_test: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
