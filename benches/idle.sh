#!/usr/bin/env bash
# Measures what a person feels and benchmarks cannot: startup to the first frame, and the
# CPU the workshop screen uses while idle with the clock running, for the shipped example and
# for canvases of 10,000 and 100,000 entries. Needs tmux and python3.
# Usage: bash benches/idle.sh   (builds the release binary first)
#   CVC_BIN=path/to/cvc times another build (to compare a branch with main on one machine);
#   FILES="c100000.ron" narrows the canvases (acme.ron, c10000.ron, c100000.ron).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${CVC_BIN:-}" ]; then
  cargo build --release -q
fi
bin="${CVC_BIN:-$PWD/target/release/cvc}"
dir=$(mktemp -d)
trap 'tmux kill-session -t cvc-idle 2>/dev/null || true; rm -rf "$dir"' EXIT
cp canvases/acme-2026-11.ron "$dir/acme.ron"

# A canvas of N entries, a quarter in each section, every stakeholder linked to the next.
make_canvas() {
  python3 - "$1" > "$dir/c$1.ron" <<'PY'
import sys
n = max(int(sys.argv[1]) // 4, 1)
out = ['Canvas(format: 1, id: "idle", revision: 1, title: "Idle %d", stakeholders: [' % (n * 4)]
out += ['Stakeholder(id: "S%d", name: "Stakeholder group %d", role: "Plans the engineers\' weeks", power: %d, interest: %d),' % (i, i, i % 5 + 1, (i // 5) % 5 + 1) for i in range(1, n + 1)]
out += ['], relationships: [']
out += ['Relationship(id: "R%d", from: "S%d", to: "S%d", exchange: "field problems and fixes"),' % (i, i, i % n + 1) for i in range(1, n + 1)]
out += ['], tasks: [']
out += ['Task(id: "T%d", title: "Community task %d", owner: "Sam", phase: Connect),' % (i, i) for i in range(1, n + 1)]
out += ['], actions: [']
out += ['Action(id: "A%d", title: "We will do thing %d", owner: "Ana"),' % (i, i) for i in range(1, n + 1)]
out += ['], next_ids: NextIds(stakeholder: %d, relationship: %d, task: %d, action: %d))' % ((n + 1,) * 4)]
print("\n".join(out))
PY
}
make_canvas 10000
make_canvas 100000
cd "$dir"

hz=$(getconf CLK_TCK)
for file in ${FILES:-acme.ron c10000.ron c100000.ron}; do
  start=$(date +%s%N)
  tmux new-session -d -s cvc-idle -x 100 -y 30 "CVC_DATA_DIR=$dir/data $bin $file"
  until tmux capture-pane -p -t cvc-idle 2>/dev/null | grep -q "Agenda"; do sleep 0.005; done
  ready=$(date +%s%N)
  pid=$(pgrep -nf "^$bin $file")
  tmux send-keys -t cvc-idle t
  sleep 2
  ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
  written() { awk '/^wchar/ {print $2}' "/proc/$pid/io"; }
  before=$(ticks); wbefore=$(written); sleep 30; after=$(ticks); wafter=$(written)
  cpu=$(awk -v t=$((after - before)) -v hz="$hz" 'BEGIN {printf "%.2f", 100 * t / hz / 30}')
  mb=$(awk -v b=$((wafter - wbefore)) 'BEGIN {printf "%.1f", b / 1e6}')
  echo "$file: first frame $(( (ready - start) / 1000000 )) ms; idle with the clock running: ${cpu}% of one core, ${mb} MB written over 30 s (file and screen)"
  tmux send-keys -t cvc-idle q
  while tmux has-session -t cvc-idle 2>/dev/null; do sleep 0.1; done
done
