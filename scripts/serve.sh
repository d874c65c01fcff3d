#!/usr/bin/env bash
# Quick start 1: set up what is missing, then serve the widget with its demo feed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
scripts/setup.sh
port="${PORT:-8080}"
echo
echo "Serving Skillgap on http://127.0.0.1:$port/ (Ctrl-C to stop)"
exec trunk serve --release --offline --address 127.0.0.1 --port "$port"
