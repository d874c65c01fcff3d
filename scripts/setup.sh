#!/usr/bin/env bash
# Installs whatever is missing, and nothing that is already there at the right version.
#   scripts/setup.sh          build tools only (enough to serve the widget)
#   scripts/setup.sh --test   build tools plus Chromium and the browser-test packages
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

want_test=false
[[ "${1:-}" == "--test" ]] && want_test=true

step() { printf '\n==> %s\n' "$*"; }
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

step "Rust target wasm32-unknown-unknown"
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  echo "present"
else
  rustup target add wasm32-unknown-unknown
fi

step "Trunk 0.21.x (0.22 needs a newer rustc)"
if trunk --version 2>/dev/null | grep -Eq '^trunk 0\.21\.'; then
  trunk --version
else
  cargo install trunk --version '^0.21' --locked
fi

step "wasm-bindgen-cli, same version as Cargo.lock's wasm-bindgen"
bindgen_version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
if [[ -z "$bindgen_version" ]]; then
  echo "Cargo.lock names no wasm-bindgen version" >&2
  exit 1
fi
if wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $bindgen_version"; then
  wasm-bindgen --version
else
  # Not --locked: one of its locked dependencies is missing from the registry.
  cargo install wasm-bindgen-cli --version "=$bindgen_version" --force
fi

step "leptosfmt 0.1.33 (formats view! bodies, which rustfmt skips)"
if leptosfmt --version 2>/dev/null | grep -q '0\.1\.33'; then
  leptosfmt --version
else
  cargo install leptosfmt --version '=0.1.33' --locked
fi

step "Build tools from npm: wasm-opt (binaryen; Debian's 108 breaks the module) and esbuild (minifies the JS and CSS)"
if [[ -x tools/node_modules/.bin/wasm-opt ]] && tools/node_modules/.bin/wasm-opt --version >/dev/null 2>&1 \
  && [[ -x tools/node_modules/.bin/esbuild ]] && tools/node_modules/.bin/esbuild --version >/dev/null 2>&1; then
  tools/node_modules/.bin/wasm-opt --version
  echo "esbuild $(tools/node_modules/.bin/esbuild --version)"
else
  (cd tools && npm ci --no-audit --no-fund)
fi

step "Rust dependencies (cargo fetch, so Trunk can build --offline)"
cargo fetch --quiet

if $want_test; then
  step "Chromium from Debian"
  if [[ -x /usr/bin/chromium ]]; then
    /usr/bin/chromium --version 2>/dev/null || echo "present"
  else
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver
  fi

  step "pdftoppm from Debian (the print test keeps the PDF's first page as an image)"
  if [[ -x /usr/bin/pdftoppm ]]; then
    echo "present"
  else
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends poppler-utils
  fi

  step "Browser-test packages (Playwright uses Debian's Chromium, never downloads one)"
  if [[ -d tests/e2e/node_modules/@playwright/test ]] && [[ tests/e2e/node_modules/.package-lock.json -nt tests/e2e/package-lock.json ]]; then
    echo "present"
  else
    (cd tests/e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
  fi
fi
