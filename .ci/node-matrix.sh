#!/usr/bin/env bash
# CI: the client, validators, mocks and contract tests again on Node 22 and 24 (from the npm registry),
# the contract tests there on msw 3 (msw 3 needs Node >= 22.12; Node 20 runs them on msw 2 in npm test).
# Needs `npm run build` first.
set -euo pipefail
cd "$(dirname "$0")/.."
VITEST="$PWD/node_modules/vitest/vitest.mjs"
MSW3="$PWD/.tmp/msw3"
mkdir -p "$MSW3"
[ -f "$MSW3/package.json" ] || echo '{ "private": true }' > "$MSW3/package.json"
npm install --prefix "$MSW3" --no-audit --no-fund --no-save --loglevel=error msw@^3
for node in 22 24; do
  echo "ci: Node $node ($(npx -y "node@$node" --version))"
  for ws in packages/client packages/validators packages/mocks; do
    (cd "$ws" && CI=true npx -y "node@$node" "$VITEST" run --reporter=dot)
  done
  (cd tools/contract-tests && CI=true HWC_MSW_DIR="$MSW3" HWC_MSW_EXPECT=3 npx -y "node@$node" "$VITEST" run --reporter=dot)
done
