#!/usr/bin/env bash
# The layers' dependency invariants (ARCHITECTURE.md), checked on the resolved dependency tree:
# the crates below the widget never depend on the browser or on Leptos, whatever the target,
# and the publisher module never on Leptos or the widget.
# (Module cycles inside each crate are checked by `cargo test`: crates/tools/tests/module_cycles.rs.)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
status=0
for crate in skillgap-stdx skillgap-domain skillgap-markup; do
  browser=$(cargo tree --quiet --offline -p "$crate" --target all -e normal,build --prefix none \
    | grep -E '^(wasm-bindgen|web-sys|js-sys|leptos|gloo-[a-z-]+) ' | sort -u || true)
  if [[ -n "$browser" ]]; then
    echo "check-layers: $crate depends on the browser or Leptos:" >&2
    echo "$browser" >&2
    status=1
  else
    echo "$crate: no browser and no Leptos in its dependencies"
  fi
done
# The shared crates never depend on a module's entry crate, and no entry crate on another: a
# visitor's module must never carry the employee's app (or another visitor's).
entries='^(skillgap|skillgap-reviewer|skillgap-shared|skillgap-publisher) '
for crate in skillgap-browser skillgap-shell skillgap-reviewer skillgap-shared skillgap-publisher; do
  [[ -f "crates/${crate#skillgap-}/Cargo.toml" || "$crate" == skillgap-shared ]] || continue
  found=$(cargo tree --quiet --offline -p "$crate" --target all -e normal,build --prefix none \
    | grep -E "$entries" | grep -v "^$crate " | sort -u || true)
  if [[ -n "$found" ]]; then
    echo "check-layers: $crate depends on an entry crate:" >&2
    echo "$found" >&2
    status=1
  else
    echo "$crate: no entry crate in its dependencies"
  fi
done
# The publisher module (check.html) is an entry crate: it may use wasm-bindgen, but it exists to
# be small, so no Leptos (issue 33; the loop above keeps the widget out).
for crate in skillgap-publisher; do
  heavy=$(cargo tree --quiet --offline -p "$crate" --target all -e normal,build --prefix none \
    | grep -E '^(leptos[a-z_-]*|tachys|reactive_graph) ' | sort -u || true)
  if [[ -n "$heavy" ]]; then
    echo "check-layers: $crate depends on Leptos:" >&2
    echo "$heavy" >&2
    status=1
  else
    echo "$crate: no Leptos in its dependencies"
  fi
done
exit $status
