#!/usr/bin/env bash
# Release build of the widget into dist/, offline, with wasm-opt.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
trunk build --release --offline
# The loader shows the module's download as a share of its size, which it learns here.
wasm_bytes=$(stat -c %s dist/skillgap_bg.wasm)
sed -i "s/var WASM_BYTES = 0;/var WASM_BYTES = $wasm_bytes;/" dist/skillgap-widget.js
grep -q "var WASM_BYTES = $wasm_bytes;" dist/skillgap-widget.js || { echo "build.sh: could not write the module size into the loader" >&2; exit 1; }
# The interface languages, from the catalogues' file names, so the loader can choose one and
# fetch its catalogue with the module (docs/i18n.md).
languages=$(cd i18n && ls *.json | sed "s/\.json$//; s/.*/'&'/" | paste -sd, -)
sed -i "s/var LANGUAGES = \[\];/var LANGUAGES = [$languages];/" dist/skillgap-widget.js
grep -q "var LANGUAGES = \[$languages\];" dist/skillgap-widget.js || { echo "build.sh: could not write the languages into the loader" >&2; exit 1; }
# Minified JS and CSS (the sources stay readable in the repository): esbuild keeps the glue's
# ES module exports and the loader's behaviour, and drops comments and whitespace.
for file in dist/*.js dist/*.css; do
  case "$file" in *.css) loader=css ;; *) loader=js ;; esac
  esbuild --minify --loader="$loader" --log-level=warning < "$file" > "$file.min"
  mv "$file.min" "$file"
done
# Precompressed copies beside each asset (.br, .gz) for servers that send them as they are.
node scripts/precompress.mjs dist
