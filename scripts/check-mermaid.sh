#!/usr/bin/env bash
# Checks every Mermaid diagram cvc's Markdown holds with Mermaid's own parser and renderer:
# exports the shipped canvases and the test canvases (tests/data/, among them hostile-names.ron),
# writes the change reports between the Acme revisions and between the hostile names and Acme,
# the follow-up reports (Acme's three revisions, the hostile names) and Acme's history,
# and renders each diagram in a headless Chromium. Exits 1 if any diagram fails.
# Needs node/npm (Mermaid is installed into the work folder on the first run) and Chromium.
# Not part of CI (CI has no node); run it after changing src/export/mermaid/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${MERMAID_WORK:-${TMPDIR:-/tmp}/cvc-mermaid-check}
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}
if [ -z "$chromium" ]; then
    echo "no Chromium found: set CHROMIUM to its path" >&2
    exit 2
fi
mkdir -p "$work/md"
if [ ! -f "$work/node_modules/mermaid/dist/mermaid.min.js" ]; then
    (cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund mermaid@11)
fi
cargo build --quiet --manifest-path "$root/Cargo.toml"
cvc="${CARGO_TARGET_DIR:-$root/target}/debug/cvc"
rm -f "$work"/md/*.md
for f in "$root"/canvases/*.ron "$root"/tests/data/*.ron; do
    "$cvc" export "$f" > "$work/md/$(basename "$f" .ron).md"
done
acme=("$root"/canvases/acme-*.ron)
for ((i = 1; i < ${#acme[@]}; i++)); do
    "$cvc" diff "${acme[i-1]}" "${acme[i]}" --format markdown > "$work/md/diff-$(basename "${acme[i]}" .ron).md"
done
"$cvc" diff "$root/tests/data/hostile-names.ron" "${acme[-1]}" --format markdown > "$work/md/diff-hostile.md"
"$cvc" diff "${acme[-1]}" "$root/tests/data/hostile-names.ron" --format markdown > "$work/md/diff-hostile-back.md"
"$cvc" report "${acme[@]}" --as-of 2027-06-20 > "$work/md/report-acme.md"
"$cvc" history "${acme[@]}" --format markdown > "$work/md/history-acme.md"
"$cvc" report "$root/tests/data/hostile-names.ron" > "$work/md/report-hostile.md"
node "$root/scripts/check-mermaid.mjs" "$work" "$chromium" "$work"/md/*.md
