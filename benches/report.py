#!/usr/bin/env python3
"""Reads criterion's results and checks the speed targets of issue 6.

Run after `cargo bench`:  python3 benches/report.py
Prints a table of mean times and the ratios, and exits 1 when a target is missed:
- drawing: the 10,000-entry frame costs at most 1.2x the frame of a smaller canvas that also
  fills the screen (1,000 entries), and at most 3x ratatui drawing a plain full-screen
  paragraph of the same size. The 10-entry canvas is shown too: its lists hold two or three
  rows, so its frames draw less text, and 10k/10 measures how much fuller the screen is, not
  how much of the canvas is drawn;
- loading and validating: at most 1.3x ron parsing the same text into the same types;
- `cvc reviews` over 1,000 canvas files: at most 1.3x reading and parsing them all;
- `cvc history` over 10 revisions of 10,000 entries: at most 1.3x reading and parsing them all.
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
parse = mean("diff_export", "parse", 10000)
for name in ("export_markdown", "export_html"):
    t = mean("diff_export", name, 10000)
    if parse and t:
        ratio = t / parse
        flag = "" if ratio <= 2.0 else "  << missed"
        print(f"{name} (with diagrams) / parse at 10,000 entries: {ratio:.2f}x (target at most 2.00x){flag}")
        if ratio > 2.0:
            failures.append(f"{name} {ratio:.2f}x parse")
ron, ours = mean("store", "ron_parse_only", 10000), mean("store", "load_validate", 10000)
if ron and ours:
    ratio = ours / ron
    print(f"\nload+validate / ron parse at 10,000 entries: {ratio:.2f}x (target at most 1.30x)")
    if ratio > 1.3:
        failures.append(f"load {ratio:.2f}x ron")

print("\nThe keystroke path: quick-add Enter to the updated screen (mean), saving on its thread")
adds = {n: mean("edit", "quick_add_enter", n) for n in (10, 10000, 100000)}
if all(adds.values()):
    print("".join(f"{n:>10,} {fmt(t)}" for n, t in adds.items()))
    for n in (10000, 100000):
        ratio = adds[n] / adds[10]
        flag = "" if ratio <= 1.5 else "  << missed"
        print(f"  {n:,} / 10 entries: {ratio:.2f}x (target at most 1.50x){flag}")
        if ratio > 1.5:
            failures.append(f"quick add at {n}: {ratio:.2f}x the 10-entry case")
ser, save = mean("store", "serialise", 100000), mean("store", "save_atomic", 100000)
if ser and save:
    ratio = save / ser
    print(f"\nsave / serialise at 100,000 entries: {fmt(save)} / {fmt(ser)} = {ratio:.2f}x (target at most 2.00x)")
    if ratio > 2.0:
        failures.append(f"save {ratio:.2f}x serialise at 100,000")

parse_all, reviews = mean("reviews", "parse_all_1000", None), mean("reviews", "reviews_1000", None)
if parse_all and reviews:
    ratio = reviews / parse_all
    print(f"\nreviews / parse all at 1,000 files: {fmt(reviews)} / {fmt(parse_all)} = {ratio:.2f}x (target at most 1.30x)")
    if ratio > 1.3:
        failures.append(f"reviews {ratio:.2f}x parsing all")

parse_all, history = mean("history", "parse_all_10x10000", None), mean("history", "history_10x10000", None)
if parse_all and history:
    ratio = history / parse_all
    print(f"\nhistory / parse all at 10 revisions of 10,000 entries: {fmt(history)} / {fmt(parse_all)} = {ratio:.2f}x (target at most 1.30x)")
    if ratio > 1.3:
        failures.append(f"history {ratio:.2f}x parsing all")

if failures:
    print("\nMissed targets:\n  " + "\n  ".join(failures))
    sys.exit(1)
print("\nAll speed targets met.")
