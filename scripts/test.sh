#!/usr/bin/env bash
# Every test Parley has, in the order a failure is cheapest to find:
# types, lint, unit tests (plain Node, real SQLite), then the end-to-end
# suite on the built app in Debian's Chromium (and Electron where it exists).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "Test dependencies (Debian packages)"
bash scripts/ensure-test-deps.sh

step "Typecheck"
npm run --silent typecheck

step "Lint"
npm run --silent lint

step "Unit tests, and the test stack's self-tests (tests/stack-selftest)"
npm run --silent test:unit

step "Electron security gate (electronegativity; reviewed findings in electronegativity-suppressions.json)"
npm run --silent electronegativity

step "Build"
npm run --silent build

step "End-to-end tests"
npm run --silent test:e2e
