#!/usr/bin/env python3
"""Counts pairs of summary sentences that say the same thing, at several strengths.

A check for issue 12's "say it once", independent of the engine: `precis eval`'s
redundant pairs use precis's own stems and the Jaccard threshold the default
method also avoids, so they fall to zero by construction. Here a word's content
is its first six letters (lower case, stopwords of data/stopwords/english.txt
left out), and each pair of lines of a summary is counted where the Jaccard
similarity of those sets reaches 0.5, 0.4, 0.35 and 0.3 (two articles telling
one fact in their own words share about a third: "A registered nurse is
accused of assisting in an emergency surgical procedure ... while under the
influence of alcohol" / "A nurse is charged with being drunk while assisting on
an emergency surgery ...").

    usage: scripts/redundancy-count.py SUMMARIES_DIR... [--show LOW HIGH]

SUMMARIES_DIR is the `summaries` folder `precis eval --out DIR` writes; with
--show, the pairs whose similarity is in [LOW, HIGH) are printed as well.
"""
import itertools
import os
import re
import sys

THRESHOLDS = (0.5, 0.4, 0.35, 0.3)
STOPWORDS = set(
    open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "stopwords",
                      "english.txt")).read().split())


def content(line):
    words = re.findall(r"[a-z0-9]+", line.lower())
    return {w[:6] for w in words if len(w) > 1 and w not in STOPWORDS}


def pairs(folder):
    """(file, similarity, line a, line b) for every pair of lines of every summary."""
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        sets = [content(l) for l in lines]
        for a, b in itertools.combinations(range(len(lines)), 2):
            if sets[a] and sets[b]:
                yield name, len(sets[a] & sets[b]) / len(sets[a] | sets[b]), lines[a], lines[b]


def main(argv):
    show = None
    if "--show" in argv:
        i = argv.index("--show")
        show = (float(argv[i + 1]), float(argv[i + 2]))
        argv = argv[:i] + argv[i + 3:]
    if not argv:
        sys.exit(__doc__)
    for folder in argv:
        found = list(pairs(folder))
        counts = " | ".join(
            "J>=%.2f %d" % (t, sum(1 for p in found if p[1] >= t)) for t in THRESHOLDS)
        print("%s: %d summaries; %s" % (folder, len(os.listdir(folder)), counts))
        if show:
            for name, similarity, a, b in found:
                if show[0] <= similarity < show[1]:
                    print("  %s %.2f\n    %s\n    %s" % (name, similarity, a[:200], b[:200]))


if __name__ == "__main__":
    main(sys.argv[1:])
