#!/usr/bin/env bash
# Quick start 2: set up what is missing, then run every test:
# formatting and lints, native tests, the release build, size budgets, and the browser tests.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
scripts/setup.sh --test

step() { printf '\n==> %s\n' "$*"; }

step "cargo fmt --check and leptosfmt --check (view! bodies)"
cargo fmt --all -- --check
leptosfmt --check --quiet src crates

step "cargo clippy (native and wasm32), warnings are errors"
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown -p skillgap -p skillgap-browser -p skillgap-shell -p skillgap-reviewer -p skillgap-shared -p skillgap-publisher --lib -- -D warnings

step "Native tests (cargo test, every crate)"
cargo test --workspace

step "No module cycles inside a crate, and the core free of the browser"
scripts/check-layers.sh

step "Release build (trunk --release --offline, wasm-opt)"
scripts/build.sh

step "Shipped sizes"
scripts/sizes.sh

step "Browser tests (Playwright in Debian's Chromium, against the release build)"
# The 1,004-role framework the rating and explorer tests use (served at /perf/).
mkdir -p tests/e2e/.cache
cargo run --quiet -p skillgap-tools --bin make-fixture -- wide-roles 42 > tests/e2e/.cache/wide-roles.json
# 3,025 roles with a hub of 30 next roles, a loop, a 25-step ladder (the paths view's tests).
cargo run --quiet -p skillgap-tools --bin make-fixture -- career-paths 42 > tests/e2e/.cache/career-paths.json
(cd tests/e2e && npx playwright test)
node tests/e2e/check-results.mjs tests/e2e/test-results/results.json
