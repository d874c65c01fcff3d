#!/usr/bin/env bash
# Quick start 1: set up what is missing, then serve the widget with its demo feed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
scripts/setup.sh
port="${PORT:-8080}"
# The release build with every module (the employee's, the reviewer's, the shared view's, the
# publisher's): Trunk alone builds only the employee's (DEVELOPERS.md, "Development loop").
scripts/build.sh
echo
echo "Serving Skillgap on http://127.0.0.1:$port/ (Ctrl-C to stop)"
exec node tests/e2e/serve.mjs --port "$port"
