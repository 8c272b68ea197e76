#!/bin/bash
# run.sh: builds wpc and runs every test, from a fresh clone or an existing
# build/. The last line printed is `N passed, N failed`; exit 0 iff nothing
# failed.
#
# N counts individual checks where a test reports them: a test whose output
# has a line `NAME: N passed, N failed` (golden.sh prints `golden: ...`, the
# unit tests and diff_test.sh print their own) contributes those numbers, plus
# one failure if it exited unsuccessfully without reporting any failed check
# (a crash, a timeout). Every other test counts as 1 passed or 1 failed.
set -u
cd "$(dirname "$0")/.." || exit 1
exec </dev/null

if [ ! -f build/build.ninja ]; then
    setup_log=$(mktemp)
    # a build/ left by an interrupted setup is set up again from scratch
    wipe=""
    [ -d build ] && wipe=--wipe
    if ! meson setup $wipe build >"$setup_log" 2>&1; then
        tail -30 "$setup_log"
        rm -f "$setup_log"
        echo "0 passed, 1 failed"
        exit 1
    fi
    rm -f "$setup_log"
fi
if ! meson compile -C build >build/compile-output.txt 2>&1; then
    # from the first failed step on (the compiler's messages), else the end
    if grep -q '^FAILED: ' build/compile-output.txt; then
        awk '/^FAILED: / { p = 1 } p' build/compile-output.txt | head -40
    else
        tail -30 build/compile-output.txt
    fi
    echo "0 passed, 1 failed"
    exit 1
fi

# A stale log from an earlier run must not be counted if meson test breaks.
rm -f build/meson-logs/testlog.txt
meson test -C build --print-errorlogs >build/test-output.txt 2>&1
status=$?
log=build/meson-logs/testlog.txt

# one line per test (meson's own), then the failed comparisons
awk '/^Summary of Failures/ { exit } /^ *[0-9]+\/[0-9]+ / { print }' build/test-output.txt
if [ -f "$log" ]; then
    grep -E '^FAIL ' "$log" | head -40
fi

counts=$(awk '
    function flush() {
        if (!intest) return
        if (skipped) { intest = 0; return }
        if (counted) {
            pass += cp; fail += cf
            if (!ok && cf == 0) fail++
        } else if (ok) pass++
        else fail++
        intest = 0
    }
    /^=+ [0-9]+\/[0-9]+ =+$/ { flush(); intest = 1; ok = 0; skipped = 0; counted = 0; cp = 0; cf = 0; next }
    /^Summary of Failures/ { flush(); next }
    intest && /^result: / {
        ok = ($0 ~ /^result: +exit status 0$/)
        skipped = ($0 ~ /^result: +exit status 77$/)
        next
    }
    intest && /^[A-Za-z_][A-Za-z0-9_.-]*: [0-9]+ passed, [0-9]+ failed$/ {
        counted = 1; cp += $2; cf += $4
    }
    END { flush(); print pass + 0, fail + 0 }
' "$log" 2>/dev/null)
read -r pass fail <<<"${counts:-0 0}"
: "${pass:=0}" "${fail:=0}"

# meson failed but no test was counted as failed (no log, setup error, ...)
if [ "$status" -ne 0 ] && [ "$fail" -eq 0 ]; then
    tail -20 build/test-output.txt
    fail=1
fi
echo "$pass passed, $fail failed"
[ "$status" -eq 0 ] && [ "$fail" -eq 0 ]
