#!/usr/bin/env python3
"""Start-up cost of precis for `make bench`: the CPU time (user + system, from wait4's
rusage, so a loaded machine changes it little) of whole short runs, against /bin/true:

  true         /bin/true
  help         precis --help
  tiny         precis summarize examples/harbor-bridge
  duc-cluster  precis summarize <first cluster of DUC 2002> (jsonl, one line)
  duc-all      the same for each DUC 2002 cluster in turn: the median over the clusters of
               each one's median (ALL_ROUNDS rounds), and the range of those medians

The commands are run in turn, round after round (alternated, so a change in load hits
them all alike), and the median of each is printed, one line per measurement.

usage: scripts/bench-startup.py BUILD_DIR [ROUNDS [ALL_ROUNDS]]   (defaults 50 and 5)
env:   PRECIS_SHARED_DIR (default ../shared beside the source tree)
       PRECIS_BENCH_RESULTS (a file the medians are appended to, for scripts/bench-summary.py)
"""
import json
import os
import statistics
import sys
import tempfile

import bench_results
import cpu_time


def cpu_ms(argv):
    return cpu_time.cpu_ms(argv, "bench-startup")


def main():
    if len(sys.argv) not in (2, 3, 4):
        sys.exit(__doc__)
    precis = os.path.abspath(os.path.join(sys.argv[1], "precis"))
    rounds = int(sys.argv[2]) if len(sys.argv) >= 3 else 50
    all_rounds = int(sys.argv[3]) if len(sys.argv) >= 4 else 5
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    shared = os.environ.get("PRECIS_SHARED_DIR", os.path.join(root, "..", "shared"))
    if not os.access(precis, os.X_OK):
        sys.exit(f"bench-startup: no {precis} (build it first)")
    duc = os.path.join(shared, "data", "duc2002", "clusters.jsonl")
    with open(duc, encoding="utf-8") as f:
        lines = [line for line in f if line.strip()]
    with tempfile.TemporaryDirectory(prefix="precis-startup.") as work:
        clusters = []
        for i, line in enumerate(lines):
            clusters.append(os.path.join(work, f"duc-{i:03d}.jsonl"))
            with open(clusters[-1], "w", encoding="utf-8") as f:
                f.write(line)
        cluster = clusters[0]
        first_id = json.loads(lines[0]).get("id", "1")
        commands = [
            ("true", ["/bin/true"]),
            ("help", [precis, "--help"]),
            ("tiny", [precis, "summarize", os.path.join(root, "examples", "harbor-bridge")]),
            ("duc-cluster", [precis, "summarize", cluster]),
        ]
        for _, argv in commands:  # warm the page cache
            cpu_ms(argv)
        times = {name: [] for name, _ in commands}
        for _ in range(rounds):
            for name, argv in commands:
                times[name].append(cpu_ms(argv))
        per_cluster = {c: [] for c in clusters}
        for _ in range(all_rounds):
            for c in clusters:
                times["true"].append(cpu_ms(["/bin/true"]))
                per_cluster[c].append(cpu_ms([precis, "summarize", c]))
    print(f"== Start-up: CPU ms (user+sys), median of {rounds} alternated runs")
    base = statistics.median(times["true"])
    for name, argv in commands:
        med = statistics.median(times[name])
        shown = " ".join(os.path.relpath(a, root) if a.startswith(root) else a for a in argv)
        shown = shown.replace(cluster, f"<DUC 2002 cluster {first_id}, one jsonl line>")
        print(f"{name:<12} {med:7.2f} ms  (+{med - base:6.2f} over /bin/true)  {shown}")
        bench_results.record("startup", name, med, "ms")
    meds = sorted(statistics.median(v) for v in per_cluster.values())
    med = statistics.median(meds)
    print(f"{'duc-all':<12} {med:7.2f} ms  (+{med - base:6.2f} over /bin/true)  precis summarize "
          f"<each of {len(meds)} DUC 2002 clusters>: {meds[0]:.2f} to {meds[-1]:.2f} ms")
    bench_results.record("startup", "duc-all", med, "ms")


if __name__ == "__main__":
    main()
