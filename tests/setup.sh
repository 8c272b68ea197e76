#!/bin/sh
# setup.sh: installs what wpc needs on Debian 12 (as root, or with sudo),
# builds it, and compiles a corpus kernel to show it works.
set -e
cd "$(dirname "$0")/.."
pkgs="build-essential meson ninja-build pkg-config llvm-19-dev libtree-sitter-dev nettle-dev libjansson-dev python3 python3-numpy git bc"
missing=""
for p in $pkgs; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -n "$missing" ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing </dev/null >/dev/null
fi
[ -f build/build.ninja ] || meson setup build
meson compile -C build
first=$(ls corpus/*.py 2>/dev/null | head -1)
[ -n "$first" ] || first=../shared/conformance/kernels/010_scalar_arith.py
echo "== build/wpc --emit=cpp -o - $first (first 40 lines)"
build/wpc --emit=cpp -o - "$first" | head -40
