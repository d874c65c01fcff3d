#!/usr/bin/env bash
# Benchmarks: native domain benches (criterion) on the demo and enterprise feeds, then
# in-browser measurements in headless Chromium on the release build. Prints one table.
# Figures are measured, never asserted.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
scripts/setup.sh --test

printf '\n==> Native benchmarks (criterion)\n'
cargo bench -p skillgap-tools --bench domain -- --warm-up-time 1 --measurement-time 3 --output-format bencher 2>/dev/null \
  | grep '^test ' | tee target/bench-native.txt

printf '\n==> Release build and the enterprise-scale feed\n'
scripts/build.sh >/dev/null
cargo build --quiet --release -p skillgap-tools --bin feed-check --bin make-fixture
rm -f target/bench-feed-check.txt
mkdir -p tests/e2e/.cache
cargo run --quiet --release -p skillgap-tools --bin make-fixture -- synthetic 42 > tests/e2e/.cache/large.json
cargo run --quiet --release -p skillgap-tools --bin make-fixture -- synthetic-bad-references 42 > tests/e2e/.cache/large-bad-refs.json
cargo run --quiet --release -p skillgap-tools --bin make-fixture -- wide-roles 42 > tests/e2e/.cache/wide-roles.json
printf '\n==> feed-check on the large feed, clean and with 500 unknown + 200 typo references (best of 3)\n'
for feed in large large-bad-refs; do
  best=""
  for _ in 1 2 3; do
    start=$(date +%s%N)
    target/release/feed-check "tests/e2e/.cache/$feed.json" >/dev/null || true
    took=$(( ($(date +%s%N) - start) / 1000000 ))
    if [[ -z "$best" || "$took" -lt "$best" ]]; then best=$took; fi
  done
  echo "feed-check $feed.json: $best ms" | tee -a target/bench-feed-check.txt
done
ls -l tests/e2e/.cache/large.json | awk '{ printf "large feed: %.1f MB\n", $5 / 1048576 }'

printf '\n==> In-browser measurements (headless Chromium)\n'
rm -f tests/e2e/test-results/perf.json
(cd tests/e2e && npx playwright test --config perf.config.ts)

printf '\n==> Side by side with the peer (../shared/peers/snowflake), cold and repeat visits\n'
(cd tests/e2e && node perf/side-by-side.mjs --runs "${SIDE_BY_SIDE_RUNS:-11}") | tee target/bench-side-by-side.txt

printf '\n==> Shipped sizes\n'
scripts/sizes.sh || true

printf '\n%-62s %14s\n' "figure" "value"
awk '{ name = $2; for (i = 3; i <= NF && $i != "..."; i++) name = name " " $i; ns = $(NF - 3); gsub(",", "", ns);
       printf "%-62s %11.1f µs\n", "native " name, ns / 1e3 }' target/bench-native.txt
gzip_kb() {
  local total=0
  for f in "$@"; do total=$((total + $(gzip -9 -c "$f" | wc -c))); done
  awk -v bytes="$total" 'BEGIN { printf "%.1f", bytes / 1024 }'
}
printf '%-62s %11s KB\n' "shipped widget, gzip (wasm + js + css + loader)" \
  "$(gzip_kb dist/skillgap_bg.wasm dist/skillgap.js dist/skillgap.css dist/skillgap-widget.js)"
# Each wasm module (issue 33: one per visitor) as it goes over the wire: wasm + glue, in bytes.
for wasm in dist/*_bg.wasm; do
  name=$(basename "$wasm" _bg.wasm)
  gzip_bytes=0
  brotli_bytes=0
  for f in "$wasm" "dist/$name.js"; do
    gzip_bytes=$((gzip_bytes + $(gzip -9 -c "$f" | wc -c)))
    brotli_bytes=$((brotli_bytes + $(stat -c %s "$f.br")))
  done
  printf '%-62s %11d B\n' "module $name (wasm + js), gzip" "$gzip_bytes"
  printf '%-62s %11d B\n' "module $name (wasm + js), brotli" "$brotli_bytes"
done
printf '%-62s %11s KB\n' "built-in demo feed, gzip" "$(gzip_kb dist/feeds/demo.json)"
awk '{ printf "%-62s %11s ms\n", $1 " " $2, $3 }' target/bench-feed-check.txt
node -e 'const r = require("./tests/e2e/test-results/perf.json"); for (const [k, v] of Object.entries(r)) console.log(k.padEnd(62) + String(typeof v === "number" ? v.toFixed(2) : v).padStart(14));'
