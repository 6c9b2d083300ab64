#!/usr/bin/env python3
"""Speed of `precis rouge` on a DUC 2002 evaluation, as ROUGE-1.5.5 would be run on it.

The workload: the 59 DUC 2002 clusters, each an <EVAL> of ROUGE's XML config with its two
100-word reference summaries as models and 8 systems as peers (two lead baselines: the first
document's opening sentences and the first sentence of each document, both to 100 words; and the
cluster's human summaries of 10, 50 and 200 words, two of each). Sentences are split on '. ', '? ',
'! ' and line ends, one per line of an SPL file.

The two option sets of issue 10 are timed, each as a whole process with -a (every system):
  A  -n 4 -m -l 100 -c 95 -r 1000 -a -d
  B  -n 2 -2 4 -u -m -x -c 95 -r 1000 -f A -p 0.5 -t 0 -a
Each binary is run in turn, round after round (alternated, so a change in load hits them alike);
the CPU time (user + system, from wait4's rusage) is printed as the median of the rounds. With two
builds, their outputs are compared byte for byte first.

usage: scripts/bench-rouge.py BUILD_DIR [OTHER_BUILD_DIR] [ROUNDS]   (ROUNDS defaults to 9)
       scripts/bench-rouge.py --write DIR   (only write the config and files to DIR)
env:   PRECIS_SHARED_DIR (default ../shared beside the source tree)
       PRECIS_BENCH_RESULTS (a file the first build's medians are appended to, for
       scripts/bench-summary.py)
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile

import bench_results
import cpu_time

OPTION_SETS = {
    "A": "-n 4 -m -l 100 -c 95 -r 1000 -a -d",
    "B": "-n 2 -2 4 -u -m -x -c 95 -r 1000 -f A -p 0.5 -t 0 -a",
}


def sentences(text):
    out = []
    for line in text.split("\n"):
        cur = ""
        i = 0
        while i < len(line):
            c = line[i]
            cur += c
            if c in ".?!" and i + 1 < len(line) and line[i + 1] == " ":
                out.append(cur)
                cur = ""
                i += 1
            i += 1
        if cur.strip():
            out.append(cur)
    return [s for s in out if s.strip()]


def up_to_words(sents, words):
    out, n = [], 0
    for s in sents:
        if n >= words:
            break
        out.append(s)
        n += len(s.split())
    return out


def write_workload(shared, work):
    duc = os.path.join(shared, "data", "duc2002", "clusters.jsonl")
    evals = []
    with open(duc, encoding="utf-8") as f:
        clusters = [json.loads(line) for line in f if line.strip()]
    for c in clusters:
        cid = c["id"]
        refs = {}
        for r in c["references"]:
            refs.setdefault(r["words"], []).append(sentences(r["text"]))
        docs = [sentences(d["text"]) for d in c["documents"]]
        docs = [d for d in docs if d]
        peers = {
            "LEAD": up_to_words(docs[0], 100),
            "LEADS": up_to_words([d[0] for d in docs], 100),
        }
        for words in (10, 50, 200):
            for k, ref in enumerate(refs.get(words, [])[:2]):
                peers[f"H{words}{'ab'[k]}"] = ref
        models = refs.get(100, [])[:2]
        if not models:
            continue
        files = {}
        for name, sents in list(peers.items()) + [(f"M{k}", m) for k, m in enumerate(models)]:
            path = f"{cid}.{name}.spl"
            with open(os.path.join(work, path), "w", encoding="utf-8") as out:
                out.write("".join(s + "\n" for s in sents))
            files[name] = path
        evals.append((cid, peers.keys(), len(models), files))
    config = os.path.join(work, "config.xml")
    with open(config, "w", encoding="utf-8") as out:
        out.write('<ROUGE_EVAL version="1.5.5">\n')
        for cid, names, n_models, files in evals:
            out.write(f'<EVAL ID="{cid}">\n<PEER-ROOT>{work}</PEER-ROOT>\n'
                      f'<MODEL-ROOT>{work}</MODEL-ROOT>\n<INPUT-FORMAT TYPE="SPL">\n'
                      '</INPUT-FORMAT>\n<PEERS>\n')
            for name in names:
                out.write(f'<P ID="{name}">{files[name]}</P>\n')
            out.write("</PEERS>\n<MODELS>\n")
            for k in range(n_models):
                out.write(f'<M ID="{"AB"[k]}">{files[f"M{k}"]}</M>\n')
            out.write("</MODELS>\n</EVAL>\n")
        out.write("</ROUGE_EVAL>\n")
    return config


def cpu_ms(argv):
    return cpu_time.cpu_ms(argv, "bench-rouge")


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    shared = os.environ.get("PRECIS_SHARED_DIR", os.path.join(root, "..", "shared"))
    args = sys.argv[1:]
    if len(args) == 2 and args[0] == "--write":
        os.makedirs(args[1], exist_ok=True)
        print(write_workload(shared, os.path.abspath(args[1])))
        return
    if not args or len(args) > 3:
        sys.exit(__doc__)
    builds = [args[0]]
    rounds = 9
    if len(args) >= 2:
        if args[1].isdigit():
            rounds = int(args[1])
        else:
            builds.append(args[1])
    if len(args) == 3:
        rounds = int(args[2])
    binaries = [os.path.abspath(os.path.join(b, "precis")) for b in builds]
    for b in binaries:
        if not os.access(b, os.X_OK):
            sys.exit(f"bench-rouge: no {b} (build it first)")
    with tempfile.TemporaryDirectory(prefix="precis-rouge.") as work:
        config = write_workload(shared, work)
        commands = {}
        for name, options in OPTION_SETS.items():
            for b in binaries:
                commands[(name, b)] = [b, "rouge"] + options.split() + [config]
        if len(binaries) == 2:
            for name in OPTION_SETS:
                outs = [subprocess.run(commands[(name, b)], check=True, capture_output=True).stdout
                        for b in binaries]
                same = "identical" if outs[0] == outs[1] else "DIFFERENT"
                print(f"{name}: outputs {same} ({len(outs[0])} bytes)")
        times = {key: [] for key in commands}
        for _ in range(rounds):
            for key, argv in commands.items():
                times[key].append(cpu_ms(argv))
        for name, options in OPTION_SETS.items():
            medians = [statistics.median(times[(name, b)]) for b in binaries]
            line = f"{name} ({options}):"
            for b, m in zip(builds, medians):
                line += f" {b} {m:.1f} ms"
            if len(medians) == 2:
                line += f"; ratio {medians[0] / medians[1]:.2f}"
            print(line)
            bench_results.record("rouge", name, medians[0], "ms")


if __name__ == "__main__":
    main()
