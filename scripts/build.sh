#!/usr/bin/env bash
# Release build of the widget into dist/, offline, with wasm-opt.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
trunk build --release --offline
# Precompressed copies beside each asset (.br, .gz) for servers that send them as they are.
node scripts/precompress.mjs dist
