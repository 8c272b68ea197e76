#!/bin/sh
# Builds and runs the standalone unit test of the type system and the
# builtin resolver (no meson, no other parts of wpc needed).
set -e
cd "$(dirname "$0")/.."
cc -std=gnu11 -Wall -Wextra -O1 -I. ir/arena.c ir/types.c ir/builtins.c tests/unit_builtins.c -lm -o /tmp/unit_builtins && /tmp/unit_builtins
