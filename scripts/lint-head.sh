#!/usr/bin/env bash
# Lints exactly what is committed (HEAD), in a scratch clone, so that files other people are still
# editing in this working tree cannot hide or cause a failure. Usage: bash scripts/lint-head.sh
set -euo pipefail
top=$(git rev-parse --show-toplevel)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
git clone -q "$top" "$dir/repo"
ln -s "$top/node_modules" "$dir/repo/node_modules"
cd "$dir/repo" && npx biome check .
