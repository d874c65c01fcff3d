#!/usr/bin/env bash
# Where the browser spends its time loading the enterprise-scale feed: builds the release wasm
# again with function names kept (into target/profile-dist/, so dist/ is untouched), records a
# CPU profile in Chromium and prints self time per function. PROF_SEARCH=1 also types a query;
# PROF_RATING=1 profiles only 25 rating clicks on a role of the large feed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
scripts/setup.sh --test
scripts/build.sh >/dev/null
out="$ROOT/target/profile-dist"
rm -rf "$out" && cp -r dist "$out"
wasm-bindgen --keep-debug --target web --no-typescript --out-dir "$out" \
  target/wasm32-unknown-unknown/release/skillgap.wasm
wasm-opt -Oz -g "$out/skillgap_bg.wasm" -o "$out/skillgap_bg.wasm"
# The test server prefers the precompressed copies, which are dist's nameless module and glue.
rm -f "$out"/skillgap_bg.wasm.{br,gz} "$out"/skillgap.js.{br,gz}
mkdir -p tests/e2e/.cache
[[ -s tests/e2e/.cache/large.json ]] ||
  cargo run --quiet --release -p skillgap-tools --bin make-fixture -- synthetic 42 > tests/e2e/.cache/large.json
(cd tests/e2e && SKILLGAP_DIST="$out" npx playwright test --config prof.config.ts)
cat tests/e2e/test-results/profile.txt
