#!/usr/bin/env python3
"""Collates the runs of scripts/quality-table.sh into the Markdown tables of docs/QUALITY.md.

usage: scripts/quality-table.py RUNS_DIR ANCHORS_MD
Reads RUNS_DIR/<set>-<method>/report.txt, scores.csv and summaries/ (precis eval --out),
RUNS_DIR/compare-*.txt (precis eval --compare) and the anchors' tables in ANCHORS_MD.
"""
import csv
import glob
import os
import re
import statistics
import sys

SETS = [
    ("duc2002", "DUC 2002, 100 words, recall (59 clusters)", "DUC 2002"),
    ("duc2001", "DUC 2001, 100 words, recall (29 clusters with references)", None),
    ("multinews100", "Multi-News validation, first 100 clusters, 260 words, F", "Multi-News"),
    ("duc2006", "DUC 2006 dev (D0601-D0625), 250 words, recall", None),
    ("multinews1000", "Multi-News validation, all 1000 clusters, 260 words, F (no anchors)", None),
]


def report(path):
    out = {}
    for line in open(path):
        m = re.match(r"(ROUGE-\S+)\s+([\d.]+)\s+\(\s*([\d.]+)\s+-\s+([\d.]+)\)", line)
        if m:
            out[m.group(1)] = (float(m.group(2)), float(m.group(3)), float(m.group(4)))
    return out


def seconds(path):
    with open(path, newline="") as f:
        t = [float(r["seconds"]) for r in csv.DictReader(f)]
    return statistics.median(t) if t else 0


PRONOUNS = {"He", "She", "It", "They", "This", "These", "Those", "His", "Her", "Its", "Their",
            "That", "Them", "Him"}


def readability(folder):
    """(lines, lines opening with a pronoun, lines with unpaired quotation marks) of the
    summaries (the last, --fill cut, line of each summary left out)."""
    lines = pronoun = quotes = 0
    for path in glob.glob(os.path.join(folder, "summaries", "*.txt")):
        summary = [l.strip() for l in open(path) if l.strip()]
        for l in summary[:-1]:
            lines += 1
            pronoun += l.split(" ", 1)[0] in PRONOUNS
            quotes += l.count('"') % 2 == 1 or l.count("``") != l.count("''")
    return lines, pronoun, quotes


def anchors(md):
    """section title prefix -> list of (system, {metric: value})"""
    out, section, header = {}, None, None
    for line in open(md):
        if line.startswith("## "):
            section, header = line[3:].strip(), None
            continue
        if not line.startswith("|") or section is None:
            continue
        cells = [c.strip().strip("*") for c in line.strip().strip("|").split("|")]
        if header is None:
            header = cells
            continue
        if set(cells[0]) <= set("-: "):
            continue
        out.setdefault(section, []).append((cells[0], dict(zip(header[1:], cells[1:]))))
    return out


def main():
    runs, md = sys.argv[1], sys.argv[2]
    anchor_tables = anchors(md)
    for key, title, anchor_prefix in SETS:
        print(f"### {title}\n")
        print("| system | R-1 | R-2 | R-SU4 | median s/cluster | pronoun openings | unpaired quotes |")
        print("|---|---|---|---|---|---|---|")
        rows = []
        for d in sorted(glob.glob(os.path.join(runs, f"{key}-*"))):
            method = os.path.basename(d)[len(key) + 1:]
            r = report(os.path.join(d, "report.txt"))
            rows.append((r["ROUGE-2"][0], method, r, seconds(os.path.join(d, "scores.csv"))))
        for _, method, r, s in sorted(rows, key=lambda x: -x[2]["ROUGE-1"][0] - x[2]["ROUGE-2"][0]):
            cell = lambda m: f"{r[m][0]:.2f} ({r[m][1]:.2f}-{r[m][2]:.2f})"
            name = f"**precis {method}** (default)" if method == "coverage" else f"precis {method}"
            lines, pron, quotes = readability(os.path.join(runs, f"{key}-{method}"))
            share = lambda k: f"{100 * k / lines:.1f}%" if lines else ""
            print(f"| {name} | {cell('ROUGE-1')} | {cell('ROUGE-2')} | {cell('ROUGE-SU4')} | {s:.4f}"
                  f" | {share(pron)} | {share(quotes)} |")
        if anchor_prefix:
            for section, systems in anchor_tables.items():
                if not section.startswith(anchor_prefix):
                    continue
                for system, v in systems:
                    r1 = v.get("R-1") or v.get("R-1 F")
                    r2 = v.get("R-2") or v.get("R-2 F")
                    su4 = v.get("R-SU4 F", "")
                    print(f"| anchor {system} | {r1} | {r2} | {su4} | | | |")
        print()
    print("### Against the best anchor on each metric\n")
    print("| set | metric | best anchor | anchor | default | difference | p (paired bootstrap) | p (sign test) |")
    print("|---|---|---|---|---|---|---|---|")
    for key, _, anchor_prefix in SETS:
        if not anchor_prefix:
            continue
        systems = [v for sec, v in anchor_tables.items() if sec.startswith(anchor_prefix)][0]
        for metric, columns in (("ROUGE-1", ("R-1", "R-1 F")), ("ROUGE-2", ("R-2", "R-2 F"))):
            value = lambda v: float(next(v[c] for c in columns if c in v))
            best = max(systems, key=lambda sv: value(sv[1]))[0]
            path = os.path.join(runs, f"compare-{key}--{best}.txt")
            if not os.path.exists(path):
                continue
            for line in open(path):
                f = line.split()
                if len(f) == 9 and f[0] == metric:
                    print(f"| {key} | {metric} | {best} | {f[2]} | {f[3]} | {f[4]} | {f[7]} | {f[8]} |")
    print()
    comps = sorted(glob.glob(os.path.join(runs, "compare-*.txt")))
    if comps:
        print("### Paired comparisons (B = precis default)\n")
        print("| set | A | metric | A | B | B-A | B>A | A>B | p (bootstrap) | p (sign) |")
        print("|---|---|---|---|---|---|---|---|---|---|")
        for path in comps:
            name = os.path.basename(path)[len("compare-"):-len(".txt")]
            set_name, _, a = name.partition("--")
            for line in open(path):
                f = line.split()
                if len(f) == 9 and f[0] in ("ROUGE-1", "ROUGE-2", "ROUGE-SU4") and f[1] != "0":
                    print(f"| {set_name} | {a} | {f[0]} | {f[2]} | {f[3]} | {f[4]} | {f[5]} | {f[6]} | {f[7]} | {f[8]} |")
        print()


if __name__ == "__main__":
    main()
