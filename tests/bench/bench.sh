#!/bin/bash
# bench.sh: wpc against real Warp (warp-ref) on the conformance corpus.
# Not a test: prints figures. Usage: tests/bench/bench.sh [BUILD_DIR]
# Needs ../shared (conformance kernels and warp-ref) and a Warp git snapshot
# in $WARP_GIT (default: /work/.mirror/NVIDIA+warp/repo).
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$top/build}
conf=$top/../shared/conformance
ref=$top/../shared/tools/warp-ref
warp=${WARP_GIT:-/work/.mirror/NVIDIA+warp/repo}
files=("$conf"/kernels/*.py)
n=${#files[@]}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# 1. Per-file wall time including process start: one process per file writes
#    the .cpp and the .cu, as one warp-ref process does.
t0=$(date +%s.%N)
for f in "${files[@]}"; do
  "$build/wpc" --emit=both -o "$tmp/o" "$f"
done
t1=$(date +%s.%N)
wpc_per=$(echo "($t1 - $t0) / $n" | bc -l)

# warp-ref: one process per file (it imports warp, then forks per device).
m=${REF_FILES:-20}
t0=$(date +%s.%N)
for f in "${files[@]:0:$m}"; do
  "$ref" --warp "$warp" --version v1.16.0 --out "$tmp" "$f" >/dev/null 2>&1
done
t1=$(date +%s.%N)
ref_per=$(echo "($t1 - $t0) / $m" | bc -l)
printf 'per file (cpp+cu, process start included): wpc %.2f ms, warp-ref %.0f ms (first %d files), ratio %.0fx\n' \
  "$(echo "$wpc_per * 1000" | bc -l)" "$(echo "$ref_per * 1000" | bc -l)" "$m" "$(echo "$ref_per / $wpc_per" | bc -l)"

# 2. In-process throughput (Warp's own in-process codegen is ~3.2 ms per file and device:
#    ../shared/conformance/README.md, 'hash + build + emit, fresh per device').
"$build/inproc" "${ROUNDS:-20}" "${files[@]}"
