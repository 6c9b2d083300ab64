#!/usr/bin/env python3
"""Scores the story store's clustering of an article stream against gold stories:
BCubed precision/recall/F1 and pairwise precision/recall/F1 (percent).

  scripts/eval-stream.py BUILD_DIR STREAM.jsonl [STREAM2.jsonl ...] [-- ingest flags]

Each STREAM.jsonl needs STREAM.gold.tsv beside it (article id, gold story), as
scripts/make-dev-streams.py writes. Runs `precis ingest` into a fresh store, then
`precis stories --format json --limit 0 --no-summary`; an article missing from every
story (nothing left after cleaning) counts as a story of its own.
"""
import collections
import json
import os
import subprocess
import sys
import tempfile
import time


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def score(gold, predicted):
    """gold, predicted: article id -> label. BCubed and pairwise, in percent."""
    ids = list(gold)
    g_members = collections.defaultdict(set)
    p_members = collections.defaultdict(set)
    for i in ids:
        g_members[gold[i]].add(i)
        p_members[predicted[i]].add(i)
    bp = br = 0.0
    for i in ids:
        g, p = g_members[gold[i]], p_members[predicted[i]]
        both = len(g & p)
        bp += both / len(p)
        br += both / len(g)
    bp, br = 100 * bp / len(ids), 100 * br / len(ids)
    # Pairwise: pairs of articles in the same story.
    same_p = sum(len(m) * (len(m) - 1) // 2 for m in p_members.values())
    same_g = sum(len(m) * (len(m) - 1) // 2 for m in g_members.values())
    both = 0
    for m in p_members.values():
        counts = collections.Counter(gold[i] for i in m)
        both += sum(c * (c - 1) // 2 for c in counts.values())
    pp = 100 * both / same_p if same_p else 100.0
    pr = 100 * both / same_g if same_g else 100.0
    return {"bcubed_p": bp, "bcubed_r": br, "bcubed_f1": f1(bp, br),
            "pair_p": pp, "pair_r": pr, "pair_f1": f1(pp, pr),
            "stories": len(p_members), "gold_stories": len(g_members)}


def run(build, stream, flags):
    precis = os.path.join(build, "precis")
    gold = {}
    with open(stream[:-len(".jsonl")] + ".gold.tsv", encoding="utf-8") as f:
        for line in f:
            i, s = line.rstrip("\n").split("\t")
            gold[i] = s
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "news.db")
        start = time.perf_counter()
        subprocess.run([precis, "ingest", "--store", db, "-q", stream] + flags, check=True)
        seconds = time.perf_counter() - start
        out = subprocess.run([precis, "stories", "--store", db, "--format", "json", "--limit", "0",
                              "--no-summary"], check=True, capture_output=True, text=True).stdout
    predicted = {}
    for line in out.splitlines():
        story = json.loads(line)
        for i in story["documents"] + story.get("copies", []):
            predicted[i] = story["id"]
    for i in gold:
        predicted.setdefault(i, "missing:" + i)
    result = score(gold, predicted)
    result["articles_per_s"] = len(gold) / seconds
    return result


def main():
    args = sys.argv[1:]
    flags = []
    if "--" in args:
        k = args.index("--")
        args, flags = args[:k], args[k + 1:]
    if len(args) < 2:
        sys.exit(__doc__)
    build, streams = args[0], args[1:]
    print(f"{'stream':<16} {'B3 P':>6} {'B3 R':>6} {'B3 F1':>6} {'pair P':>6} {'pair R':>6} "
          f"{'pairF1':>6} {'stories':>9} {'art/s':>6}")
    total = 0.0
    for stream in streams:
        r = run(build, stream, flags)
        total += r["bcubed_f1"]
        name = os.path.basename(stream)[:-len(".jsonl")]
        print(f"{name:<16} {r['bcubed_p']:6.1f} {r['bcubed_r']:6.1f} {r['bcubed_f1']:6.1f} "
              f"{r['pair_p']:6.1f} {r['pair_r']:6.1f} {r['pair_f1']:6.1f} "
              f"{r['stories']:>4}/{r['gold_stories']:<4} {r['articles_per_s']:6.0f}", flush=True)
    print(f"mean BCubed F1 {total / len(streams):.1f}")


if __name__ == "__main__":
    main()
