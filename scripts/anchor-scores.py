#!/usr/bin/env python3
"""Turns one anchor system's per-cluster rows (../shared/data/anchors/*.csv) into a
run folder with a scores.csv that `precis eval --compare` reads.

usage: scripts/anchor-scores.py ANCHOR_CSV SYSTEM OUT_DIR
       scripts/anchor-scores.py ANCHOR_CSV --all OUT_PARENT   (one folder per system)
"""
import csv
import os
import re
import sys


def convert(rows, system, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    picked = [r for r in rows if r["system"] == system]
    if not picked:
        sys.exit(f"no rows for system {system}")
    metrics = [k for k in picked[0] if k not in ("system", "cluster")]
    names = {m: "ROUGE-" + re.sub(r"^R-(\d)( F)?$", r"\1", m) for m in metrics}
    with open(os.path.join(out_dir, "scores.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["cluster", "words", "seconds"] + [names[m] for m in metrics])
        for r in picked:
            w.writerow([r["cluster"], 0, 0] + [r[m] for m in metrics])


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    path, system, out = sys.argv[1:]
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    if system == "--all":
        for s in sorted({r["system"] for r in rows}):
            convert(rows, s, os.path.join(out, s))
    else:
        convert(rows, system, out)


if __name__ == "__main__":
    main()
