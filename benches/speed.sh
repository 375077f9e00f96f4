#!/usr/bin/env bash
# Times the whole commands a user runs against a bare RON parse of the same file, and prints
# the ratios as a Markdown table: the README's speed table, rerunnable by anyone.
#
# For each canvas size it writes the benchmarks' sample canvas (with participants, so the
# owner checks run) and a later revision of it, then runs every command and the bare parse in
# pairs, one right after the other, round after round (interleaved, so both see the same
# machine). A pair's ratio is the command's time over the parse's; the table shows the median
# time of each and the median of the pairs' ratios, and the peak memory (max RSS) against the
# parse's. The bare parse is `cvc-sample parse FILE…`: read the file, ron into the same
# types, nothing else (two files for `diff`).
#
# Usage: bash benches/speed.sh              (builds the release binaries first)
#   SIZES="10000 100000"  canvas sizes (entries)       RUNS=9  rounds (the median is taken)
#   ONLY="validate diff"  only the commands whose label contains one of these words
#   CVC_BIN=path/to/cvc   time that binary instead of this tree's release build
# Needs python3. Measure on a quiet machine; name it beside the table.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked -q
cargo build --release --locked -q -p cvc-benches --bin cvc-sample
# CVC_BIN times another build of cvc (say, main's) with this tree's sample writer and parse.
export CVC_BIN="${CVC_BIN:-$PWD/target/release/cvc}" CVC_SAMPLE="$PWD/target/release/cvc-sample"
export SIZES="${SIZES:-10000 100000}" RUNS="${RUNS:-9}" ONLY="${ONLY:-}"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export SPEED_DIR="$dir"

python3 - <<'PY'
import os, statistics, subprocess, time

cvc, sample, d = os.environ["CVC_BIN"], os.environ["CVC_SAMPLE"], os.environ["SPEED_DIR"]
sizes = [int(n) for n in os.environ["SIZES"].split()]
runs = int(os.environ["RUNS"])
only = os.environ["ONLY"].split()
env = dict(os.environ, CVC_DATA_DIR=os.path.join(d, "data"), CVC_CONFIG_DIR=os.path.join(d, "config"),
           CVC_TODAY="2026-12-07", NO_COLOR="1")


def run(argv):
    """Runs argv with its output thrown away; returns (seconds, peak RSS in KiB)."""
    start = time.perf_counter()
    p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(p.pid, 0)
    took = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):  # `diff` says 1 when the canvases differ only with --exit-code
        raise SystemExit(f"{' '.join(argv)} failed with {code}")
    return took, usage.ru_maxrss


def commands(n):
    f, g, folder = f"{d}/c{n}.ron", f"{d}/c{n}-r2.ron", f"{d}/list{n}"
    one, two = [sample, "parse", f], [sample, "parse", f, g]
    return [
        ("validate", [cvc, "validate", f], one, "1 parse"),
        ("list", [cvc, "list", folder], one, "1 parse"),
        ("export --format csv", [cvc, "export", f, "--format", "csv"], one, "1 parse"),
        ("export --format json", [cvc, "export", f, "--format", "json"], one, "1 parse"),
        ("export (Markdown) --no-diagrams", [cvc, "export", f, "--no-diagrams"], one, "1 parse"),
        ("export (Markdown)", [cvc, "export", f], one, "1 parse"),
        ("export --format html", [cvc, "export", f, "--format", "html"], one, "1 parse"),
        ("export --format ics", [cvc, "export", f, "--format", "ics"], one, "1 parse"),
        ("diff", [cvc, "diff", f, g], two, "2 parses"),
        ("diff --format markdown", [cvc, "diff", "--format", "markdown", f, g], two, "2 parses"),
        ("diff --format json", [cvc, "diff", "--format", "json", f, g], two, "2 parses"),
    ]


def ms(s):
    return f"{s * 1000:,.0f} ms" if s >= 0.1 else f"{s * 1000:.1f} ms"


rows = []
for n in sizes:
    f = f"{d}/c{n}.ron"
    subprocess.run([sample, "write", str(n), f], check=True)
    subprocess.run([sample, "revise", f, f"{d}/c{n}-r2.ron"], check=True)
    os.makedirs(f"{d}/list{n}", exist_ok=True)
    subprocess.run(["cp", f, f"{d}/list{n}/"], check=True)
    chosen = [c for c in commands(n) if not only or any(w in c[0] for w in only)]
    results = {label: [] for label, *_ in chosen}
    for r in range(runs):
        # Half the rounds run the parse first, half the command, so neither always goes second.
        for label, argv, base, _ in chosen:
            pair = [base, argv] if r % 2 == 0 else [argv, base]
            (t0, m0), (t1, m1) = (run(x) for x in pair)
            (tb, mb), (tc, mc) = ((t0, m0), (t1, m1)) if r % 2 == 0 else ((t1, m1), (t0, m0))
            results[label].append((tc, tb, mc, mb))
    for label, argv, base, against in chosen:
        got = results[label]
        med = lambda i: statistics.median(x[i] for x in got)
        ratio = statistics.median(x[0] / x[1] for x in got)
        mem = statistics.median(x[2] / x[3] for x in got)
        rows.append((f"{n:,}", label, against, ms(med(0)), ms(med(1)), f"{ratio:.2f}×",
                     f"{med(2) / 1024:.0f} MiB", f"{mem:.2f}×"))

print(f"\nWhole commands against a bare parse of the same file(s), median of {runs} interleaved pairs\n")
print("| entries | command | against | command | parse | × parse | peak memory | × parse's |")
print("|---:|---|---|---:|---:|---:|---:|---:|")
for row in rows:
    print("| " + " | ".join(row) + " |")
PY
