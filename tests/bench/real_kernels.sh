#!/bin/bash
# real_kernels.sh: how wpc does on Warp files it was not written against.
#   tests/bench/real_kernels.sh DIR [BUILD_DIR]
# For every *.py under DIR with a @wp.kernel: does wpc compile it, and where
# real Warp (../shared/tools/warp-ref, Warp 1.16.0) also produces output, is
# wpc's .cpp identical? Not a test: prints counts and the reasons of failure.
# Example: a Warp source snapshot's warp/examples.
set -u
dir=$1
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${2:-$top/build}
ref=$top/../shared/tools/warp-ref
warp=${WARP_GIT:-/work/.mirror/NVIDIA+warp/repo}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
files=0 compiled=0 compared=0 identical=0
: >"$tmp/reasons"
while IFS= read -r f; do
    grep -q "wp.kernel" "$f" || continue
    files=$((files + 1))
    b=$(basename "$f" .py)
    if ! "$build/wpc" --source-name "x/$b.py" -o "$tmp/$b.w.cpp" "$f" 2>"$tmp/err"; then
        head -1 "$tmp/err" | sed 's/^[^:]*:[0-9]*:[0-9]*: //' >>"$tmp/reasons"
        continue
    fi
    compiled=$((compiled + 1))
    if timeout 120 "$ref" --warp "$warp" --version v1.16.0 --device cpu --out "$tmp" --source-name "x/{name}" "$f" \
        >/dev/null 2>&1 && [ -f "$tmp/$b.cpp" ]; then
        compared=$((compared + 1))
        if cmp -s "$tmp/$b.cpp" "$tmp/$b.w.cpp"; then identical=$((identical + 1)); else echo "differs: $f"; fi
    fi
done < <(find "$dir" -name '*.py' | sort)
echo "files with kernels: $files, compiled by wpc: $compiled, compared with Warp: $compared, identical: $identical"
echo "wpc's reasons for the rest:"
sort "$tmp/reasons" | uniq -c | sort -rn
