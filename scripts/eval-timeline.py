#!/usr/bin/env python3
"""Runs `precis timeline` on the Timeline17 dev set and scores it with the set's own score_tl.py.

usage: scripts/eval-timeline.py BUILD OUT [--data DIR] [-- EXTRA PRECIS FLAGS]

Each cluster of DIR/clusters.jsonl (default ../shared/data/timeline-dev) is given to `precis timeline`
alone, with its gold budget (--dates N --sentences-per-date K, as the set's README prescribes) and the
cluster's own query (its topic title); every document is used (no [start, end] span restriction).
Writes OUT/pred/<cluster>.json (the scorer's format), OUT/scores.json and OUT/report.txt (the scorer's
report, plus seconds per cluster), and prints the report.
"""
import json
import os
import subprocess
import sys
import tempfile
import time


def main(argv):
    extra = []
    if "--" in argv:
        extra = argv[argv.index("--") + 1:]
        argv = argv[:argv.index("--")]
    if len(argv) < 2:
        sys.exit(__doc__)
    build, out = argv[0], argv[1]
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
                 "--sentences-per-date", str(budget["sentences_per_date"])] + extra,
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
    score = subprocess.run(
        [sys.executable, os.path.join(data, "score_tl.py"), clusters, pred,
         "--json", os.path.join(out, "scores.json")], capture_output=True, text=True)
    if score.returncode != 0:
        sys.exit(f"score_tl.py failed: {score.stderr.strip()}")
    report = score.stdout
    report += "\nseconds per cluster (whole process): " + ", ".join(
        f"{k} {v:.2f}" for k, v in seconds.items())
    report += f"\nmean {sum(seconds.values()) / len(seconds):.2f} s, max {max(seconds.values()):.2f} s\n"
    with open(os.path.join(out, "report.txt"), "w", encoding="utf-8") as f:
        f.write(report)
    print(report, end="")


if __name__ == "__main__":
    main(sys.argv[1:])
