#!/usr/bin/env python3
"""Counts the summaries of an eval run that hold page furniture, by kind.

A reading aid for issue 12, broader than `precis eval`'s furniture count: it
flags cue patterns (a page's bar " | ", an embedded post's signature, a press
release's contact, marks such as "x" or ">>", photo labels, time stamps,
reader prompts, caption phrases), so prose that happens to match is counted
too. Read what it lists before changing a rule.

    usage: scripts/furniture-kinds.py SUMMARIES_DIR [EXAMPLES_PER_KIND]

SUMMARIES_DIR is the `summaries` folder `precis eval --out DIR` writes.
"""
import collections
import os
import re
import sys

KINDS = {
    "page bar": r" \| |^\| ",
    "post signature": r"\( @\w+ \)|pic\.twitter|— @",
    "handle": r"(^|\s)@\w+",
    "hashtag": r"(^|\s)#\w+",
    "press contact": r"\bcontact:|for immediate release",
    "mark": r"^[×«»>•■►▶]|«|»|>>",
    "photo label": r"\b(ap photo|getty images|photo:|image:|photo by|file photo|photo credit|"
                   r"image caption|\( photo|reuters/|afp/|/ap\b)",
    "slide counter": r"\b(image|photo|slide) \d+ of \d+",
    "address": r"\S+@\S+\.(com|org|net)|https?://|www\.",
    "time stamp": r"\b\d{1,2}: \d{2} ?(am|pm|a\.m\.|p\.m\.)? ?(et|est|edt|pt|pst|pdt|gmt)\b",
    "prompt": r"\b(click here|read more|sign up|subscribe|newsletter|advertisement|skip to|"
              r"share this|follow us|comments|javascript|cookies?)\b",
    "player": r"\bclose\b.*\bvideo\b|^close\b",
    "caption phrase": r"\b(pictured|is seen|are seen|left, |right, |\(left\)|\(right\)|"
                      r"in this (file |undated )?(photo|image))\b",
}


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    folder = sys.argv[1]
    shown = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    hits = collections.defaultdict(set)
    examples = collections.defaultdict(list)
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            for line in f:
                text = line.strip().lower()
                for kind, pattern in KINDS.items():
                    if re.search(pattern, text):
                        hits[kind].add(name)
                        if len(examples[kind]) < shown:
                            examples[kind].append(f"{name}: {text[:200]}")
    for kind in KINDS:
        print(f"{kind:15s} {len(hits[kind])}")
    print(f"{'any':15s} {len(set().union(*hits.values())) if hits else 0}")
    for kind in KINDS:
        if examples[kind]:
            print(f"\n== {kind}")
            print("\n".join(examples[kind]))


if __name__ == "__main__":
    main()
