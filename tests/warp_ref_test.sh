#!/bin/bash
# warp_ref_test.sh: wpc's CPU execution against Warp's own generated C++.
# The .cpp real Warp 1.16.0 wrote for every conformance kernel
# (../shared/conformance/expected/v1.16.0) is compiled with Warp's native
# headers (extracted from a Warp git snapshot at test time, never copied
# into this repository) and a small shim (float16 conversions as Warp's
# clang build does them) into one shared library; exec_test --warp-ref runs
# every kernel there and in wpc's JIT on identical inputs and compares the
# arrays bitwise. Skipped (exit 77) without the snapshot or a C++ compiler.
# Usage: warp_ref_test.sh EXEC_TEST KERNEL_DIR EXPECTED_DIR CACHE_DIR [VERSION]
# (the conformance kernels with expected/v1.16.0, or corpus/ with itself;
# VERSION 1.16.0 (default) or 1.10.1 picks the Warp dialect and headers)
set -u
exe=$1 kdir=$2 edir=$3 cache=$4 version=${5:-1.16.0}
warp=${WARP_GIT:-/work/.mirror/NVIDIA+warp/repo}
cxx=${CXX:-g++}
if ! command -v "$cxx" >/dev/null || ! git --git-dir="$warp" rev-parse -q --verify "v$version" >/dev/null 2>&1; then
    echo "warp_ref_test: no Warp snapshot or C++ compiler, skipped"
    exit 77
fi
mkdir -p "$cache/obj"
if [ ! -f "$cache/native/warp/native/builtin.h" ]; then
    mkdir -p "$cache/native.$$"
    git --git-dir="$warp" archive "v$version" warp/native | tar -x -C "$cache/native.$$" || exit 1
    rm -rf "$cache/native" 2>/dev/null
    mv "$cache/native.$$" "$cache/native" 2>/dev/null || rm -rf "$cache/native.$$"
fi
inc="$cache/native/warp/native"
cat > "$cache/shim.$$.cpp" <<'SHIM'
#include <stdint.h>
#include <stdio.h>
#include <string.h>
/* float16 conversions as Warp's clang-built kernels do them (_Float16:
 * round to nearest even) */
extern "C" uint16_t wp_float_to_half_bits(float x) { _Float16 h = (_Float16)x; uint16_t u; memcpy(&u, &h, 2); return u; }
extern "C" float wp_half_bits_to_float(uint16_t u) { _Float16 h; memcpy(&h, &u, 2); return (float)h; }
extern "C" void _wp_assert(const char *m, const char *f, unsigned l) { fprintf(stderr, "assert %s %s:%u\n", m, f, l); }
extern "C" int _wp_isfinite(double x) { return __builtin_isfinite(x); }
extern "C" int _wp_isnan(double x) { return __builtin_isnan(x); }
extern "C" int _wp_isinf(double x) { return __builtin_isinf(x); }
SHIM
mv -f "$cache/shim.$$.cpp" "$cache/shim.cpp"
objs=("$cache/shim.cpp")
pids=()
for f in "$edir"/*.cpp; do
    o="$cache/obj/$(basename "$f" .cpp).o"
    objs+=("$o")
    if [ ! -f "$o" ] || [ "$f" -nt "$o" ]; then
        # Warp builds its CPU modules with block_dim 1 (the tile code depends on it)
        (sed 's/^#define WP_TILE_BLOCK_DIM [0-9]*$/#define WP_TILE_BLOCK_DIM 1/' "$f" >"$o.tmp.$$.cpp" &&
         "$cxx" -std=c++17 -O2 -DNDEBUG -fPIC -w -c -I"$inc" "$o.tmp.$$.cpp" -o "$o.tmp.$$" 2>/dev/null && mv "$o.tmp.$$" "$o";
         rm -f "$o.tmp.$$" "$o.tmp.$$.cpp") &
        pids+=($!)
        if [ ${#pids[@]} -ge 4 ]; then wait "${pids[0]}"; pids=("${pids[@]:1}"); fi
    fi
done
wait
# files whose C++ does not compile (Warp could not build them either) are left out;
# struct helpers of the same struct appear in several files
present=()
for o in "${objs[@]}"; do [ -f "$o" ] && present+=("$o"); done
# per process: test runs sharing a build directory may overlap
so="$cache/libwarpref.$$.so"
trap 'rm -f "$so"' EXIT
"$cxx" -shared -fPIC -Wl,--allow-multiple-definition -o "$so" "${present[@]}" || exit 1
WPC_WARP_VERSION=$version "$exe" --warp-ref "$kdir" "$edir" "$so"
