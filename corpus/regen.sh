#!/bin/sh
# regen.sh: regenerates the expected outputs of corpus kernels with real Warp.
#   corpus/regen.sh [FILE.py...]   (default: every corpus/*.py without a .err)
# Needs ../shared/tools/warp-ref and a Warp git snapshot ($WARP_GIT, default
# /work/.mirror/NVIDIA+warp/repo). Writes x.cpp and x.cu (Warp 1.16.0) beside
# x.py and v1.10.1/x.cpp, v1.10.1/x.cu (Warp 1.10.1).
set -e
here=$(cd "$(dirname "$0")" && pwd)
ref=$here/../../shared/tools/warp-ref
warp=${WARP_GIT:-/work/.mirror/NVIDIA+warp/repo}
if [ $# -gt 0 ]; then
    # names relative to the corpus folder, whatever folder the caller is in
    files=""
    for f in "$@"; do files="$files $(basename "$f")"; done
    set -- $files
fi
cd "$here"
[ $# -gt 0 ] || set -- $(ls *.py | grep -v '^9')
"$ref" --warp "$warp" --version v1.16.0 --out . --source-name 'corpus/{name}' "$@"
mkdir -p v1.10.1
"$ref" --warp "$warp" --version v1.10.1 --out v1.10.1 --source-name 'corpus/{name}' "$@" || echo "regen.sh: Warp 1.10.1 rejected some files (give them a v1.10.1/x.err)" >&2
