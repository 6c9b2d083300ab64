#!/usr/bin/env python3
"""The one table `make bench` ends with: each figure issue 10 sets a bar for, as measured by
the run's parts, beside the bar. It reads

  RESULTS   the JSON lines scripts/bench-startup.py, bench-rouge.py and bench-datasets.sh
            append when PRECIS_BENCH_RESULTS names a file ({"group", "name", "value", "unit"});
  GBENCH    precis_bench's --benchmark_out JSON (medians when it ran with repetitions).

and prints a Markdown table (kept in the README's Speed section). A figure a part did not
measure (a run with BENCH_SIZES of its own, no DUC data) is shown as "-".

usage: scripts/bench-summary.py RESULTS GBENCH
"""
import json
import os
import sys


def load_results(path):
    out = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    r = json.loads(line)
                    out[(r["group"], r["name"])] = r["value"]  # a later run wins
    return out


def load_gbench(path):
    """Benchmark name -> entry: the median aggregate when there is one, else the run."""
    out = {}
    if not os.path.exists(path):
        return out
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    for b in data.get("benchmarks", []):
        name = b.get("run_name", b["name"])
        if b.get("run_type") == "aggregate":
            if b.get("aggregate_name") == "median":
                out[name] = b
        elif name not in out or out[name].get("run_type") != "aggregate":
            out[name] = b
    return out


def ms_per_cluster(entry, clusters):
    """Milliseconds per DUC 2002 cluster: the per_cluster counter (seconds), or the time
    of one iteration over every cluster divided by their number."""
    if entry is None:
        return None
    if "per_cluster" in entry:
        return entry["per_cluster"] * 1e3
    scale = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}[entry.get("time_unit", "ns")]
    return entry["real_time"] * scale / clusters


def fmt(value, pattern):
    return "-" if value is None else pattern % value


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    results = load_results(sys.argv[1])
    bench = load_gbench(sys.argv[2])
    r = lambda group, name: results.get((group, name))  # noqa: E731
    duc = 59  # clusters in one iteration of the whole-file benchmarks

    rows = []
    inproc = ms_per_cluster(bench.get("summarize/coverage"), duc)
    rows.append(("Default method in-process, per DUC 2002 cluster (`summarize/coverage`)",
                 fmt(inproc, "%.1f ms"), "<= 2 ms"))
    stages = [
        ("read", ms_per_cluster(bench.get("BM_ReadSources"), duc)),
        ("analyse", ms_per_cluster(bench.get("BM_Analyze"), duc)),
        ("clean with its analysis", ms_per_cluster(bench.get("BM_Clean"), duc)),
        ("select", ms_per_cluster(bench.get("select/coverage/100"), 1)),
        ("render JSON", ms_per_cluster(bench.get("BM_Render/json"), duc)),
    ]
    rows.append(("Stages per DUC 2002 cluster: " + " / ".join(n for n, _ in stages) +
                 " (`BM_ReadSources`, `BM_Analyze`, `BM_Clean`, `select/coverage/100` on a plain"
                 " model, `BM_Render/json`)",
                 " / ".join(fmt(v, "%.2f") for _, v in stages) + " ms", ""))
    true_ms = r("startup", "true")
    rows.append(("Whole process, median over the 59 DUC 2002 clusters (CPU)",
                 fmt(r("startup", "duc-all"), "%.1f ms") +
                 (f" (`/bin/true` {true_ms:.1f} ms)" if true_ms is not None else ""),
                 "<= 12 ms"))
    rows.append(("`precis --help` (CPU)", fmt(r("startup", "help"), "%.1f ms"), ""))
    sizes = sorted({int(name.split()[0]) for (group, name) in results
                    if group == "scaling-coverage" and name.endswith(" seconds")})
    if sizes:
        big = sizes[-1]
        rows.append((f"{big:,} articles in one cluster, default method (wall)",
                     fmt(r("scaling-coverage", f"{big} seconds"), "%.2f s"),
                     "<= 3 s" if big == 28806 else ""))
        peak = r("scaling-coverage", f"{big} peak")
        ratio = r("scaling-coverage", f"{big} ratio")
        rows.append((f"{big:,} articles, peak memory",
                     "-" if peak is None else f"{peak:.0f} MiB ({ratio:.1f}x the input)",
                     "<= 5x the input" if big == 28806 else ""))
        exponent = r("scaling-coverage", f"exponent {sizes[0]}-{big}")
        rows.append((f"Growth exponent, {sizes[0]:,} to {big:,} articles",
                     fmt(exponent, "%.2f"), "<= 1.05"))
    rows.append(("`precis rouge` A / B on 59 DUC 2002 evaluations (CPU)",
                 f"{fmt(r('rouge', 'A'), '%.1f')} / {fmt(r('rouge', 'B'), '%.1f')} ms",
                 ">= 150x the Perl (see below)"))
    streams = sorted(int(name.split()[0]) for (group, name) in results if group == "stream")
    if streams:
        rows.append(("A stream of " + " / ".join(f"{n:,}" for n in streams) + " clusters",
                     " / ".join(fmt(r("stream", f"{n} clusters"), "%.0f") for n in streams) +
                     " clusters/s", "linear"))
    jobs = sorted(int(name.split()[1]) for (group, name) in results if group == "eval")
    if jobs:
        rows.append(("`precis eval`, 1,000 Multi-News clusters, --jobs " +
                     " / ".join(str(j) for j in jobs),
                     " / ".join(fmt(r("eval", f"jobs {j}"), "%.0f") for j in jobs) +
                     " clusters/s", "scales"))

    print("| measure | now | issue 10's bar |")
    print("|---|---|---|")
    for measure, now, bar in rows:
        print(f"| {measure} | {now} | {bar} |")


if __name__ == "__main__":
    main()
