#!/usr/bin/env bash
# Times the whole commands a user runs against a bare RON parse of the same file, and prints
# the ratios as a Markdown table: the README's speed table, rerunnable by anyone.
#
# For each canvas size it writes the benchmarks' sample canvas (with participants, so the
# owner checks run) and a later revision of it, then runs every command and the bare parse in
# pairs, one right after the other, round after round (interleaved, so both see the same
# machine). A pair's ratio is the command's time over the parse's; the table shows the median
# time of each and the median of the pairs' ratios, the same ratio of CPU time (user + system:
# what other programs on a busy machine disturb least), and the peak memory (max RSS) against
# the parse's. The bare parse is `cvc-sample parse FILE…`: read the file, ron into the same
# types, nothing else (two files for `diff`, every file for `history`, `report` and `reviews`).
#
# Besides the sizes: `history` and `report` over 10 revisions of a 10,000-entry canvas,
# `reviews` over 1,000 files of 40 entries, `import` of a 10,000-row CSV into an empty canvas
# (against `cvc-sample people`: the same stakeholders built in memory and added to an empty
# canvas, saved by cvc as import saves: a backup of the old file, then the new one), and
# the workshop screen's first frame in a pseudo-terminal of 80×24 (`startup`, at each size).
#
# Usage: bash benches/speed.sh              (builds the release binaries first)
#   SIZES="10000 100000"  canvas sizes (entries)       RUNS=9  rounds (the median is taken)
#   ONLY="validate diff"  only the commands whose label contains one of these words
#   EXTRA=0               leave out history, report, reviews and import
#   CVC_BIN=path/to/cvc   time that binary instead of this tree's release build
# Needs python3. Measure on a quiet machine; name it beside the table.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked -q
cargo build --release --locked -q -p cvc-benches --bin cvc-sample
# CVC_BIN times another build of cvc (say, main's) with this tree's sample writer and parse.
export CVC_BIN="${CVC_BIN:-$PWD/target/release/cvc}" CVC_SAMPLE="$PWD/target/release/cvc-sample"
export SIZES="${SIZES:-10000 100000}" RUNS="${RUNS:-9}" ONLY="${ONLY:-}" EXTRA="${EXTRA:-1}"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export SPEED_DIR="$dir"

python3 - <<'PY'
import fcntl, os, pty, select, shutil, signal, statistics, struct, subprocess, termios, time

cvc, sample, d = os.environ["CVC_BIN"], os.environ["CVC_SAMPLE"], os.environ["SPEED_DIR"]
sizes = [int(n) for n in os.environ["SIZES"].split()]
runs = int(os.environ["RUNS"])
only = os.environ["ONLY"].split()
env = dict(os.environ, CVC_DATA_DIR=os.path.join(d, "data"), CVC_CONFIG_DIR=os.path.join(d, "config"),
           CVC_TODAY="2026-12-07", NO_COLOR="1")


def finish(pid, start):
    """Waits for pid; returns (seconds since start, CPU seconds, peak RSS in KiB, exit code)."""
    _, status, usage = os.wait4(pid, 0)
    took = time.perf_counter() - start
    return took, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, os.waitstatus_to_exitcode(status)


def run(argv):
    """Runs argv with its output thrown away; returns (seconds, CPU seconds, peak RSS in KiB)."""
    start = time.perf_counter()
    p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    took, cpu, rss, code = finish(p.pid, start)
    if code not in (0, 1):  # `diff` says 1 when the canvases differ only with --exit-code
        raise SystemExit(f"{' '.join(argv)} failed with {code}")
    return took, cpu, rss


def first_frame(argv):
    """Opens the workshop screen in an 80×24 pseudo-terminal; the time until its first frame has
    drawn the agenda's box, then the program is killed (nothing saved)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    start = time.perf_counter()
    p = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
    os.close(slave)
    seen = b""
    while b"Agenda" not in seen:
        if not select.select([master], [], [], 60)[0]:
            raise SystemExit(f"{' '.join(argv)} drew no first frame in 60 s")
        seen = seen[-16:] + os.read(master, 65536)
    took = time.perf_counter() - start
    p.send_signal(signal.SIGKILL)
    _, cpu, rss, _ = finish(p.pid, start)
    os.close(master)
    return took, cpu, rss


def fresh(path, text=None):
    """Before each run: the file as it was (or gone), with no backup beside it."""
    for f in (path, path + ".bak"):
        if os.path.exists(f):
            os.remove(f)
    if text is not None:
        with open(path, "w") as out:
            out.write(text)


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
        ("startup to the first frame", (first_frame, [cvc, f]), one, "1 parse"),
    ]


def extra():
    """The commands over many files, and import: (entries, label, argv, base, against, before)."""
    hist, port = f"{d}/history", f"{d}/portfolio"
    os.makedirs(hist, exist_ok=True)
    subprocess.run([sample, "history", "10000", "10", hist], check=True)
    os.makedirs(port, exist_ok=True)
    subprocess.run([sample, "portfolio", "1000", port], check=True)
    revs = sorted(f"{hist}/{f}" for f in os.listdir(hist))
    files = sorted(os.path.join(r, f) for r, _, fs in os.walk(port) for f in fs)
    subprocess.run([sample, "write", "40000", f"{d}/people.ron"], check=True)
    rows = f"{d}/people.csv"
    with open(rows, "w") as out:
        subprocess.run([cvc, "export", f"{d}/people.ron", "--format", "csv", "--section", "stakeholders"],
                       stdout=out, check=True, env=env)
    empty = 'Canvas(format: 1, id: "imported", revision: 1, title: "Imported")\n'
    into, people = f"{d}/into.ron", f"{d}/people-saved.ron"
    every = lambda paths: [sample, "parse", *paths]
    return [
        ("10 × 10,000", "history", [cvc, "history", hist], every(revs), "10 parses", None),
        ("10 × 10,000", "report", [cvc, "report", hist], every(revs), "10 parses", None),
        ("1,000 × 40", "reviews", [cvc, "reviews", port], every(files), "1,000 parses", None),
        ("10,000 rows", "import (CSV)", [cvc, "import", into, rows, "--section", "stakeholders"],
         [sample, "people", "10000", people], "saving them",
         lambda: (fresh(into, empty), fresh(people, empty))),
    ]


def timed(argv):
    return argv[0](argv[1]) if isinstance(argv, tuple) else run(argv)


def ms(s):
    return f"{s * 1000:,.0f} ms" if s >= 0.1 else f"{s * 1000:.1f} ms"


jobs = []
for n in sizes:
    f = f"{d}/c{n}.ron"
    subprocess.run([sample, "write", str(n), f], check=True)
    subprocess.run([sample, "revise", f, f"{d}/c{n}-r2.ron"], check=True)
    os.makedirs(f"{d}/list{n}", exist_ok=True)
    subprocess.run(["cp", f, f"{d}/list{n}/"], check=True)
    jobs += [(f"{n:,}", label, argv, base, against, None) for label, argv, base, against in commands(n)]
if os.environ["EXTRA"] != "0":
    jobs += extra()
chosen = [j for j in jobs if not only or any(w in j[1] for w in only)]
results = {(j[0], j[1]): [] for j in chosen}
for r in range(runs):
    # Half the rounds run the parse first, half the command, so neither always goes second.
    for entries, label, argv, base, _, before in chosen:
        got = {}
        for which, x in ([("base", base), ("cmd", argv)] if r % 2 == 0 else [("cmd", argv), ("base", base)]):
            if before:
                before()
            got[which] = timed(x)
        results[(entries, label)].append((*got["cmd"], *got["base"]))

rows = []
for entries, label, argv, base, against, _ in chosen:
    got = results[(entries, label)]
    med = lambda i: statistics.median(x[i] for x in got)
    ratio = lambda i: statistics.median(x[i] / x[i + 3] for x in got)
    rows.append((entries, label, against, ms(med(0)), ms(med(3)), f"{ratio(0):.2f}×", f"{ratio(1):.2f}×",
                 f"{med(2) / 1024:.0f} MiB", f"{ratio(2):.2f}×"))

print(f"\nWhole commands against a bare parse of the same file(s), median of {runs} interleaved pairs\n")
print("| entries | command | against | command | parse | × parse | CPU × parse's | peak memory | × parse's |")
print("|---:|---|---|---:|---:|---:|---:|---:|---:|")
for row in rows:
    print("| " + " | ".join(row) + " |")
PY
