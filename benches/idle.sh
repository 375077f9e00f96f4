#!/usr/bin/env bash
# Measures what a person feels and benchmarks cannot: startup to the first frame, and the
# CPU the workshop screen uses while idle with the clock running. Needs tmux.
# Usage: bash benches/idle.sh   (builds the release binary first)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q
bin="$PWD/target/release/cvc"
dir=$(mktemp -d)
trap 'tmux kill-session -t cvc-idle 2>/dev/null || true; rm -rf "$dir"' EXIT
cp canvases/acme-2026-11.ron "$dir/acme.ron"
cd "$dir"

start=$(date +%s%N)
tmux new-session -d -s cvc-idle -x 100 -y 30 "CVC_DATA_DIR=$dir/data $bin acme.ron"
until tmux capture-pane -p -t cvc-idle 2>/dev/null | grep -q "Acme Field Service"; do sleep 0.005; done
ready=$(date +%s%N)
echo "startup to first frame: $(( (ready - start) / 1000000 )) ms (including tmux starting the process)"

pid=$(pgrep -f "$bin acme.ron" | head -1)
tmux send-keys -t cvc-idle t
sleep 1
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)
before=$(ticks); sleep 20; after=$(ticks)
cpu=$(awk -v t=$((after - before)) -v hz="$hz" 'BEGIN {printf "%.2f", 100 * t / hz / 20}')
echo "idle with the clock running: ${cpu}% of one core over 20 s (target under 1%)"
echo "the clock saved its seconds as they passed: Review & close$(grep -A3 'Review & close' acme.ron | grep spent_secs | tr -s ' ')"
tmux send-keys -t cvc-idle q
