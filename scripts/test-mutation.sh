#!/usr/bin/env bash
# Mutation testing with StrykerJS, one scope after another (concurrency 1, incremental): see test/MUTATION.md.
#   npm run test:mutation                    all four scopes
#   npm run test:mutation -- machines        one scope (machines | engine | tia | views)
#   npm run test:mutation -- machines machines/sccModule.ts   one file of a scope
# Each scope runs the tests of its rules (MUTATION_TESTS); reports go to reports/mutation/<scope>.json.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build >/dev/null

declare -A mutate=(
  [machines]='machines/**/*.ts'
  [engine]='src/engine/**/*.ts'
  [tia]='src/tia/**/*.ts'
  [views]='src/documents/views/**/*.ts'
)
declare -A tests=(
  [machines]='test/machines/**/*.test.ts,test/engine/**/*.test.ts,test/scenarios/**/*.test.ts'
  [engine]='test/engine/**/*.test.ts,test/scenarios/**/*.test.ts,test/api/assessments*.test.ts,test/api/legal-findings.test.ts'
  [tia]='test/tia/**/*.test.ts,test/scenarios/**/*.test.ts'
  [views]='test/documents/**/*.test.ts'
)

scopes=("${1:-machines}")
[ $# -eq 0 ] && scopes=(machines engine tia views)
for scope in "${scopes[@]}"; do
  files="${2:-${mutate[$scope]}}"
  echo "== mutation testing: $scope ($files)"
  MUTATION_SCOPE="$scope" MUTATION_TESTS="${tests[$scope]}" npx stryker run --mutate "$files"
done
