#!/usr/bin/env python3
"""Builds article streams for tuning and scoring the story store from cluster JSONL files
(../shared/data: Multi-News validation and background clusters, DUC 2001/2002): each
cluster is a gold story. Writes NAME.jsonl (one article line each, in stream order) and
NAME.gold.tsv (article id, gold story) into OUT_DIR.

  scripts/make-dev-streams.py OUT_DIR            # the standard dev streams
  scripts/make-dev-streams.py OUT_DIR --name x --clusters FILE... [--order date|shuffled]
      [--seed N] [--stories N] [--min-docs N]
"""
import argparse
import gzip
import json
import os
import random
import sys

SHARED = os.environ.get("PRECIS_SHARED_DIR",
                        os.path.join(os.path.dirname(__file__), "..", "..", "shared"))


def clusters_of(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def build(out_dir, name, files, order, seed, stories=0, min_docs=1):
    rng = random.Random(seed)
    clusters = [c for f in files for c in clusters_of(f) if len(c["documents"]) >= min_docs]
    if stories and stories < len(clusters):
        clusters = rng.sample(clusters, stories)
    articles, seen = [], set()
    for c in clusters:
        for d in c["documents"]:
            if d["id"] in seen or not d.get("text"):
                continue
            seen.add(d["id"])
            articles.append((c["id"], d))
    if order == "date":
        rng.shuffle(articles)  # ties in random order
        articles.sort(key=lambda a: a[1].get("date") or "")
    else:
        rng.shuffle(articles)
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, name + ".jsonl"), "w", encoding="utf-8") as out, \
            open(os.path.join(out_dir, name + ".gold.tsv"), "w", encoding="utf-8") as gold:
        for story, d in articles:
            line = {"id": d["id"], "text": d["text"]}
            for key in ("title", "date"):
                if d.get(key):
                    line[key] = d[key]
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
            gold.write(f"{d['id']}\t{story}\n")
    print(f"{name}: {len(articles)} articles in {len(clusters)} stories", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out_dir")
    ap.add_argument("--name")
    ap.add_argument("--clusters", nargs="+")
    ap.add_argument("--order", choices=["date", "shuffled"], default="shuffled")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--stories", type=int, default=0)
    ap.add_argument("--min-docs", type=int, default=1)
    a = ap.parse_args()
    if a.name:
        build(a.out_dir, a.name, a.clusters, a.order, a.seed, a.stories, a.min_docs)
        return
    data = os.path.join(SHARED, "data")
    mn_val = os.path.join(data, "multinews-val", "clusters.jsonl")
    background = os.path.join(data, "background", "multinews-train-10k.jsonl.gz")
    duc = [os.path.join(data, "duc2001", "clusters.jsonl"),
           os.path.join(data, "duc2002", "clusters.jsonl")]
    # Like the held-out stream (about 1,000 articles in 250 stories): Multi-News clusters
    # of 3 or more articles, two samples of the training clusters and one of validation.
    build(a.out_dir, "bg-250-a", [background], "shuffled", 1, 250, 3)
    build(a.out_dir, "bg-250-b", [background], "shuffled", 2, 250, 3)
    build(a.out_dir, "val-250", [mn_val], "shuffled", 3, 250, 3)
    # All of Multi-News validation (1,000 stories, many of 2 articles).
    build(a.out_dir, "val-all", [mn_val], "shuffled", 4)
    # DUC 2001 + 2002 (dated news, 89 topics), in date order and shuffled.
    build(a.out_dir, "duc-date", duc, "date", 5)
    build(a.out_dir, "duc-shuffled", duc, "shuffled", 6)


if __name__ == "__main__":
    main()
