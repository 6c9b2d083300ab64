#!/usr/bin/env python3
"""Runs `precis timeline` on the Timeline17 dev set and scores it with the set's own score_tl.py.

usage: scripts/eval-timeline.py BUILD OUT [--data DIR] [--span] [--baseline] [-- EXTRA PRECIS FLAGS]

Each cluster of DIR/clusters.jsonl (default ../shared/data/timeline-dev) is given to `precis timeline`
alone, with its gold budget (--dates N --sentences-per-date K, as the set's README prescribes) and the
cluster's own query (its topic title); every document is used. With --span, entries are kept to the gold
span (--from start --until end), as anchor (b-span) and the published setting do; without it, no span.
Writes OUT/pred/<cluster>.json (the scorer's format), OUT/scores.json and OUT/report.txt (the scorer's
report, plus seconds per cluster), and prints the report.

--baseline also builds the README's anchor (b), "top-dates first sentence" (the N dates with the most
articles, ties to the earlier date; the first line of the date's first article), scores it the same way
(OUT/baseline/) and compares the two per gold timeline: mean difference, timelines won/lost, the sign
test and a paired bootstrap (10,000 resamples of the timelines), one-sided p that precis is not better.
"""
import collections
import json
import math
import os
import random
import subprocess
import sys
import tempfile
import time


METRICS = [("dates", "Date-F1"), ("concat_r1", "cR1-F"), ("concat_r2", "cR2-F"),
           ("agree_r1", "aR1-F"), ("agree_r2", "aR2-F")]


def write_baseline(clusters, pred, span):
    """Anchor (b): the N dates with the most articles, the first line of each date's first article
    ((b-span): only dates inside the gold span)."""
    os.makedirs(pred, exist_ok=True)
    with open(clusters, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            c = json.loads(line)
            count = collections.Counter(d["date"] for d in c["documents"])
            if span:
                count = {d: n for d, n in count.items()
                         if c["budget"]["start"] <= d <= c["budget"]["end"]}
            dates = sorted(count, key=lambda d: (-count[d], d))[:c["budget"]["dates"]]
            first = {}
            for d in c["documents"]:
                first.setdefault(d["date"], d["text"].split("\n")[0])
            entries = [{"date": d, "sentences": [first[d]]} for d in sorted(dates)]
            with open(os.path.join(pred, c["id"] + ".json"), "w", encoding="utf-8") as out:
                json.dump({"entries": entries}, out)


def per_timeline(scores_file):
    with open(scores_file, encoding="utf-8") as f:
        scores = json.load(f)
    rows = []
    for c in scores["clusters"]:
        for t in c["timelines"]:
            rows.append({m: t[m]["f"] for m, _ in METRICS})
    return rows


def compare(ours, base, name):
    """Paired comparison per metric over gold timelines."""
    rng = random.Random(14)
    lines = ["paired over %d gold timelines, precis vs anchor %s:" % (len(ours), name)]
    for m, name in METRICS:
        d = [a[m] - b[m] for a, b in zip(ours, base)]
        wins, losses = sum(x > 0 for x in d), sum(x < 0 for x in d)
        n = wins + losses
        # One-sided sign test: P(at least `wins` of n under p = 1/2).
        sign_p = sum(math.comb(n, k) for k in range(wins, n + 1)) / 2 ** n if n else 1.0
        resamples = 10000
        not_better = sum(
            sum(rng.choice(d) for _ in d) <= 0 for _ in range(resamples))
        lines.append("    %-7s %+.4f  won %d lost %d  sign p %.3f  bootstrap p %.4f"
                     % (name, sum(d) / len(d), wins, losses, sign_p, not_better / resamples))
    return "\n".join(lines) + "\n"


def score(data, clusters, pred, json_out):
    run = subprocess.run([sys.executable, os.path.join(data, "score_tl.py"), clusters, pred,
                          "--json", json_out], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"score_tl.py failed: {run.stderr.strip()}")
    return run.stdout


def main(argv):
    extra = []
    if "--" in argv:
        extra = argv[argv.index("--") + 1:]
        argv = argv[:argv.index("--")]
    if len(argv) < 2:
        sys.exit(__doc__)
    build, out = argv[0], argv[1]
    span = "--span" in argv
    here = os.path.dirname(os.path.abspath(__file__))
    data = os.path.join(here, "..", "..", "shared", "data", "timeline-dev")
    if "--data" in argv:
        data = argv[argv.index("--data") + 1]
    clusters = os.path.join(data, "clusters.jsonl")
    pred = os.path.join(out, "pred")
    os.makedirs(pred, exist_ok=True)
    precis = os.path.join(build, "precis")
    seconds = {}
    with open(clusters, encoding="utf-8") as f:
        lines = [line for line in f if line.strip()]
    for line in lines:
        cluster = json.loads(line)
        budget = cluster["budget"]
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as tmp:
            tmp.write(line)
        try:
            start = time.monotonic()
            run = subprocess.run(
                [precis, "timeline", tmp.name, "--format", "json", "--quiet",
                 "--dates", str(budget["dates"]),
                 "--sentences-per-date", str(budget["sentences_per_date"])] +
                (["--from", budget["start"], "--until", budget["end"]] if span else []) + extra,
                capture_output=True, text=True)
            seconds[cluster["id"]] = time.monotonic() - start
        finally:
            os.unlink(tmp.name)
        if run.returncode != 0:
            sys.exit(f"{cluster['id']}: precis timeline failed: {run.stderr.strip()}")
        timeline = json.loads(run.stdout)
        entries = [{"date": e["date"], "sentences": [s["text"] for s in e["sentences"]]}
                   for e in timeline["entries"]]
        with open(os.path.join(pred, cluster["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump({"entries": entries}, f)
    report = score(data, clusters, pred, os.path.join(out, "scores.json"))
    report += "\nseconds per cluster (whole process): " + ", ".join(
        f"{k} {v:.2f}" for k, v in seconds.items())
    report += f"\nmean {sum(seconds.values()) / len(seconds):.2f} s, max {max(seconds.values()):.2f} s\n"
    if "--baseline" in argv:
        base = os.path.join(out, "baseline")
        write_baseline(clusters, os.path.join(base, "pred"), span)
        base_report = score(data, clusters, os.path.join(base, "pred"),
                            os.path.join(base, "scores.json"))
        name = "(b-span)" if span else "(b)"
        report += f"\nanchor {name}, top-dates first sentence:\n" + base_report.split("MEAN", 1)[1]
        report += compare(per_timeline(os.path.join(out, "scores.json")),
                          per_timeline(os.path.join(base, "scores.json")), name)
    with open(os.path.join(out, "report.txt"), "w", encoding="utf-8") as f:
        f.write(report)
    print(report, end="")


if __name__ == "__main__":
    main(sys.argv[1:])
