#!/usr/bin/env bash
# Release build of the widget and the visitor modules into dist/, offline, with wasm-opt.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
trunk build --release --offline

# The visitor modules beside the employee's (issue 33): each an entry crate of its own, built
# to wasm, bound and optimised as Trunk does the employee's (index.html's link: wasm-bindgen
# --target web, wasm-opt -Oz --converge --low-memory-unused), into dist/<out-name>.js and
# dist/<out-name>_bg.wasm. The minify and precompress steps below cover them.
target_dir="${CARGO_TARGET_DIR:-target}"
# The CLI must be the version of Cargo.lock's wasm-bindgen, or the glue it writes does not
# match the module (Trunk checks this for the widget; scripts/setup.sh installs that version).
bindgen_version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
if ! wasm-bindgen --version | grep -qx "wasm-bindgen $bindgen_version"; then
  echo "build.sh: wasm-bindgen CLI is $(wasm-bindgen --version), Cargo.lock wants $bindgen_version (run scripts/setup.sh)" >&2
  exit 1
fi
# build_entry <cargo package> <out name> [<lib name>]: the lib name defaults to the package's
# with - as _ (Cargo's own default), e.g. skillgap-reviewer -> skillgap_reviewer.wasm.
build_entry() {
  local package=$1 out_name=$2 lib=${3:-${1//-/_}}
  cargo build --release --offline --target wasm32-unknown-unknown -p "$package"
  wasm-bindgen --target web --no-typescript --out-dir dist --out-name "$out_name" \
    "$target_dir/wasm32-unknown-unknown/release/$lib.wasm"
  wasm-opt -Oz --converge --low-memory-unused "dist/${out_name}_bg.wasm" -o "$target_dir/${out_name}_bg.opt.wasm"
  mv "$target_dir/${out_name}_bg.opt.wasm" "dist/${out_name}_bg.wasm"
}
# A colleague answering a feedback request link (#sgr1.…).
build_entry skillgap-reviewer skillgap_reviewer
# Someone reading a share link (#sg1.…).
build_entry skillgap-shared skillgap_shared
# A publisher on the checker page (check.html): the feed check alone, no Leptos.
build_entry skillgap-publisher skillgap_publisher
# The loader shows a module's download as a share of its size, which it learns here.
wasm_bytes=$(cd dist && for f in *_bg.wasm; do printf '"%s":%d,' "${f%_bg.wasm}" "$(stat -c %s "$f")"; done | sed 's/,$//')
sed -i "s/var WASM_BYTES = {};/var WASM_BYTES = {$wasm_bytes};/" dist/skillgap-widget.js
grep -qF "var WASM_BYTES = {$wasm_bytes};" dist/skillgap-widget.js || { echo "build.sh: could not write the modules' sizes into the loader" >&2; exit 1; }
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
