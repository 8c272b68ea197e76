#!/bin/sh
# Builds and runs the standalone unit test of `wpc diff` (runtime/diff.c):
#   tests/diff_build.sh [CONFORMANCE_DIR]     (default ../shared/conformance)
# No meson and no other part of wpc needed; run it from anywhere.
set -e
cd "$(dirname "$0")/.."
cc -std=gnu11 -Wall -Wextra -O1 -I. runtime/diff.c tests/unit_diff.c -o /tmp/unit_diff && /tmp/unit_diff "${1:-../shared/conformance}"
