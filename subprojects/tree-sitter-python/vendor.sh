#!/bin/sh
# Re-vendors the generated parser of npm tree-sitter-python (MIT).
# 0.23.6 is the newest release with grammar ABI 14, the newest ABI that
# Debian 12's tree-sitter runtime (0.20.7) accepts; 0.25 emits ABI 15.
set -eu
version=${1:-0.23.6}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "tree-sitter-python@$version" >/dev/null && tar xzf ./*.tgz)
grep -q '#define LANGUAGE_VERSION 14' "$tmp/package/src/parser.c" || { echo "vendor.sh: not ABI 14" >&2; exit 1; }
rm -rf "$here/src"
mkdir -p "$here/src/tree_sitter"
cp "$tmp/package/src/parser.c" "$tmp/package/src/scanner.c" "$here/src/"
cp "$tmp/package/src/tree_sitter/"*.h "$here/src/tree_sitter/"
cp "$tmp/package/LICENSE" "$here/LICENSE"
echo "$version" > "$here/VERSION"
