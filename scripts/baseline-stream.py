#!/usr/bin/env python3
"""The anchor for story clustering: plain TF-IDF single-pass clustering (the kind of
system the held-out bar was set with), run on the dev streams so that precis's
figures can be read against it.

  scripts/baseline-stream.py STREAM.jsonl... [--tune STREAM.jsonl] [--thresholds 0.1,0.2]

Articles in arrival order; each is a TF-IDF vector of its lower-cased word tokens
(stopwords of data/stopwords/english.txt removed, idf from the articles seen so far,
sublinear tf, L2-normalised), compared by cosine with every story's centroid (the
mean of its articles' vectors); it joins the best story at or above the threshold,
else starts one. The threshold is the one with the best BCubed F1 on the --tune
stream (default: each stream's own best, an oracle). Scores with eval-stream.py.
"""
import collections
import importlib.util
import json
import math
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("eval_stream", os.path.join(here, "eval-stream.py"))
eval_stream = importlib.util.module_from_spec(spec)
spec.loader.exec_module(eval_stream)

STOP = set(open(os.path.join(here, "..", "data", "stopwords", "english.txt"),
                encoding="utf-8").read().split())
WORD = re.compile(r"[a-z][a-z'-]+")


def tokens(text):
    return [w for w in WORD.findall(text.lower()) if w not in STOP]


def cluster(articles, threshold):
    df = collections.Counter()
    n = 0
    stories = []  # [sum vector dict, count]
    labels = {}
    for a in articles:
        tf = collections.Counter(tokens(a["text"] + " " + a.get("title", "")))
        n += 1
        df.update(tf.keys())
        v = {t: (1 + math.log(c)) * math.log((n + 1) / (df[t] + 1) + 1) for t, c in tf.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1
        v = {t: x / norm for t, x in v.items()}
        best, best_sim = None, threshold
        for k, (centroid, count, cnorm) in enumerate(stories):
            dot = sum(x * centroid.get(t, 0) for t, x in v.items())
            sim = dot / cnorm if cnorm else 0
            if sim >= best_sim:
                best, best_sim = k, sim
        if best is None:
            stories.append([dict(v), 1, 1.0])
            best = len(stories) - 1
        else:
            c = stories[best]
            for t, x in v.items():
                c[0][t] = c[0].get(t, 0) + x
            c[1] += 1
            c[2] = math.sqrt(sum(x * x for x in c[0].values()))
        labels[a["id"]] = best
    return labels


def load(stream):
    with open(stream, encoding="utf-8") as f:
        articles = [json.loads(line) for line in f if line.strip()]
    gold = {}
    with open(stream[:-len(".jsonl")] + ".gold.tsv", encoding="utf-8") as f:
        for line in f:
            i, s = line.rstrip("\n").split("\t")
            gold[i] = s
    return articles, gold


def main():
    args = sys.argv[1:]
    tune = None
    thresholds = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4]
    if "--tune" in args:
        i = args.index("--tune")
        tune = args[i + 1]
        del args[i:i + 2]
    if "--thresholds" in args:
        i = args.index("--thresholds")
        thresholds = [float(x) for x in args[i + 1].split(",")]
        del args[i:i + 2]
    if not args:
        sys.exit(__doc__)

    def best_threshold(stream):
        articles, gold = load(stream)
        scored = [(eval_stream.score(gold, cluster(articles, t))["bcubed_f1"], t)
                  for t in thresholds]
        return max(scored)[1]

    fixed = best_threshold(tune) if tune else None
    print(f"{'stream':<16} {'thresh':>6} {'B3 P':>6} {'B3 R':>6} {'B3 F1':>6}")
    for stream in args:
        t = fixed if fixed is not None else best_threshold(stream)
        articles, gold = load(stream)
        r = eval_stream.score(gold, cluster(articles, t))
        name = os.path.basename(stream)[:-len(".jsonl")]
        print(f"{name:<16} {t:6.2f} {r['bcubed_p']:6.1f} {r['bcubed_r']:6.1f} {r['bcubed_f1']:6.1f}")


if __name__ == "__main__":
    main()
