#!/usr/bin/env python3
"""Reads criterion's results and checks the speed targets of issue 6.

Run after `cargo bench -p cvc-benches`:  python3 benches/report.py
Prints a table of mean times and the ratios, and exits 1 when a target is missed:
- drawing: the 10,000-entry frame costs at most 1.2x the frame of a smaller canvas that also
  fills the screen (1,000 entries), and at most 3x ratatui drawing a plain full-screen
  paragraph of the same size. The 10-entry canvas is shown too: its lists hold two or three
  rows, so its frames draw less text, and 10k/10 measures how much fuller the screen is, not
  how much of the canvas is drawn;
- loading and validating: at most 1.3x ron parsing the same text into the same types;
- `cvc reviews` over 1,000 canvas files: at most 1.3x reading and parsing them all;
- `cvc history` over 10 revisions of 10,000 entries: at most 1.3x reading and parsing them all;
- `cvc report` (HTML) over the same: at most 1.5x reading and parsing them all (issue 23).
"""
import json
import os
import pathlib
import sys

TARGET = os.environ.get("CARGO_TARGET_DIR") or pathlib.Path(__file__).resolve().parent.parent / "target"
ROOT = pathlib.Path(TARGET) / "criterion"


def mean(group, name, param):
    path = ROOT / group / name / ("" if param is None else str(param)) / "new" / "estimates.json"
    if not path.exists():
        return None
    return json.loads(path.read_text())["mean"]["point_estimate"]


def fmt(ns):
    return "-" if ns is None else (f"{ns / 1e6:8.2f} ms" if ns >= 1e6 else f"{ns / 1e3:8.1f} µs")


failures = []
print("Drawing (mean per frame)")
print(f"{'screen':<24}{'10':>12}{'1,000':>12}{'10,000':>12}{'10k/10':>9}{'10k/1k':>9}{'vs text':>9}")
for size in ("80x24", "200x60"):
    base = mean("draw", f"paragraph_{size}", 0)
    screens = sorted({p.name.rsplit("_", 1)[0] for p in (ROOT / "draw").glob(f"*_{size}")} - {"paragraph"})
    for screen in screens:
        times = [mean("draw", f"{screen}_{size}", n) for n in (10, 1000, 10000)]
        if None in times or base is None:
            continue
        small, growth, vs_text = times[2] / times[0], times[2] / times[1], times[2] / base
        flag = ""
        if growth > 1.2 or vs_text > 3.0:
            flag = "  << missed"
            failures.append(f"draw {screen} {size}: 10k/1k {growth:.2f}, vs text {vs_text:.2f}")
        print(f"{screen + ' ' + size:<24}{fmt(times[0]):>12}{fmt(times[1]):>12}{fmt(times[2]):>12}"
              f"{small:>8.2f}x{growth:>8.2f}x{vs_text:>8.2f}x{flag}")
    print(f"{'plain paragraph ' + size:<24}{fmt(base):>12}")

print("\nFiles, comparison and export (mean)")
for group, names in (("store", ("ron_parse_only", "load_validate", "serialise", "save_atomic")),
                     ("diff_export", ("compare", "diff_text", "diff_markdown", "parse", "export_markdown", "export_html",
                                     "export_csv"))):
    for name in names:
        times = [mean(group, name, n) for n in (10, 1000, 10000)]
        print(f"{name:<24}" + "".join(f"{fmt(t):>12}" for t in times))
def target(label, part, whole, most, short):
    """Prints part / whole against its target and records a miss; skipped when either was not run."""
    if not (part and whole):
        return
    ratio = part / whole
    flag = "" if ratio <= most else "  << missed"
    print(f"{label}: {fmt(part)} / {fmt(whole)} = {ratio:.2f}x (target at most {most:.2f}x){flag}")
    if ratio > most:
        failures.append(f"{short}: {ratio:.2f}x")


print()
parse = mean("diff_export", "parse", 10000)
for name in ("export_markdown", "export_html"):
    target(f"{name} (with diagrams) / parse at 10,000 entries", mean("diff_export", name, 10000), parse, 2.0, name)
target("load+validate / ron parse at 10,000 entries", mean("store", "load_validate", 10000),
       mean("store", "ron_parse_only", 10000), 1.3, "load vs ron")

print("\nThe keystroke path: quick-add Enter to the updated screen (mean), saving on its thread")
adds = {n: mean("edit", "quick_add_enter", n) for n in (10, 10000, 100000)}
if all(adds.values()):
    print("".join(f"{n:>10,} {fmt(t)}" for n, t in adds.items()))
    for n in (10000, 100000):
        target(f"  {n:,} / 10 entries", adds[n], adds[10], 1.5, f"quick add at {n}")
print()
target("save / serialise at 100,000 entries", mean("store", "save_atomic", 100000),
       mean("store", "serialise", 100000), 2.0, "save vs serialise")
target("reviews / parse all at 1,000 files", mean("reviews", "reviews_1000", None),
       mean("reviews", "parse_all_1000", None), 1.3, "reviews vs parsing all")
target("history / parse all at 10 revisions of 10,000 entries", mean("history", "history_10x10000", None),
       mean("history", "parse_all_10x10000", None), 1.3, "history vs parsing all")
target("report / parse all at 10 revisions of 10,000 entries", mean("history", "report_10x10000", None),
       mean("history", "parse_all_10x10000", None), 1.5, "report vs parsing all")

if failures:
    print("\nMissed targets:\n  " + "\n  ".join(failures))
    sys.exit(1)
print("\nAll speed targets met.")
