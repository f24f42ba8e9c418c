#!/usr/bin/env bash
# The heavy mix of `npm run load-test`, alternating between this checkout's built entry and the built entry
# of an earlier commit (default ccefe3a: main before issue 18's shared answer slots), both with the pool
# on, in rounds: the comparison for /healthz under heavy load (bench/RESULTS.md). Loopback only.
# Usage: scripts/load-test-compare.sh [commit=ccefe3a] [seconds=20] [connections=64]
#   (LOAD_TEST_ROUNDS, default 2; LOAD_TEST_PORT, default 18788; LOAD_TEST_MODE closed|open|both, default
#   open here: the same load on both builds; and the open loop's LOAD_TEST_HEAVY_RATES, LOAD_TEST_PROBE,
#   LOAD_TEST_GENERATOR_NICE: see scripts/load-test.ts; the light mix is left out unless
#   LOAD_TEST_SKIP_LIGHT=0; about a minute a round on a loaded machine, 12 rounds by default)
set -euo pipefail
ref=${1:-ccefe3a}
seconds=${2:-20}
connections=${3:-64}
base=$(mktemp -d /tmp/tredjeland-base-XXXXXX)
cleanup() {
  rm -rf "$base" dist/compare-this
}
trap cleanup EXIT
# The earlier commit's files (not a git worktree: nothing is added to the repository).
git archive "$ref" | tar -x -C "$base"
ln -s "$PWD/node_modules" "$base/node_modules"
(cd "$base" && npm run build --silent >/dev/null)
npm run build --silent >/dev/null
# A copy, so that a rebuild while the comparison runs does not change what is measured.
rm -rf dist/compare-this && cp -r dist/node dist/compare-this
LOAD_TEST_MODE=${LOAD_TEST_MODE:-open} LOAD_TEST_SKIP_LIGHT=${LOAD_TEST_SKIP_LIGHT:-1} \
  LOAD_TEST_ROUNDS=${LOAD_TEST_ROUNDS:-2} LOAD_TEST_BASE="$base/dist/node/server.mjs" \
  LOAD_TEST_ENTRY=dist/compare-this/server.mjs npx tsx scripts/load-test.ts "$seconds" "$connections"
