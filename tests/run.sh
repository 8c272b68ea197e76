#!/bin/bash
# run.sh: builds wpc and runs every test; the last line is `N passed, N failed`.
# N counts each golden comparison (one per expected file) and each other test.
set -u
cd "$(dirname "$0")/.."
[ -d build ] || meson setup build >/dev/null || { echo "0 passed, 1 failed"; exit 1; }
if ! meson compile -C build >/dev/null; then
    meson compile -C build 2>&1 | tail -30
    echo "0 passed, 1 failed"
    exit 1
fi
meson test -C build --print-errorlogs >build/test-output.txt 2>&1
status=$?
grep -E '^ *[0-9]+/[0-9]+ ' build/test-output.txt
grep -E '^FAIL |^golden:' build/meson-logs/testlog.txt | head -40
# every test prints `NAME: N passed, N failed` (golden comparisons, unit checks)
pass=0 fail=0
while read -r p f; do pass=$((pass + p)); fail=$((fail + f)); done < <(
    grep -oE '^[a-z_]+: [0-9]+ passed, [0-9]+ failed' build/meson-logs/testlog.txt | awk '{print $2, $4}')
# a test that crashed or printed no counts still fails the run
bad=$(grep -E '^ *[0-9]+/[0-9]+ ' build/test-output.txt | grep -vcE ' OK ')
[ "$bad" -gt "$fail" ] && fail=$bad
echo "$pass passed, $fail failed"
[ $status -eq 0 ]
