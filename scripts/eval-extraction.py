#!/usr/bin/env python3
"""Scores `precis extract` on the HTML extraction dev set (../shared/data/extraction-dev).

Usage: scripts/eval-extraction.py PRECIS_BINARY [OUT_DIR] [--per-page] [score.py options...]

Each page is extracted on its own (one `precis extract --format json` process per page, as a
user extracting one saved page would), its text written to OUT_DIR/<name>.txt, and the set's
own score.py run on OUT_DIR. A page that exits non-zero is reported and scores as empty.
"""
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "shared", "data", "extraction-dev")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    binary = sys.argv[1]
    out_dir = sys.argv[2] if len(sys.argv) > 2 and not sys.argv[2].startswith("-") else "runs/extraction"
    extra = [a for a in sys.argv[2:] if a.startswith("-") or a != out_dir]
    pages = os.path.join(DATA, "pages")
    os.makedirs(out_dir, exist_ok=True)
    names = sorted(f[:-5] for f in os.listdir(pages) if f.endswith(".html"))
    failures = []

    def one(name):
        start = time.perf_counter()
        p = subprocess.run([binary, "extract", "--format", "json", "-q", "-i", "html",
                            os.path.join(pages, name + ".html")], capture_output=True)
        seconds = time.perf_counter() - start
        text = ""
        if p.returncode != 0:
            failures.append((name, p.stderr.decode("utf-8", "replace").strip()))
        else:
            for line in p.stdout.decode("utf-8").splitlines():
                text += json.loads(line)["text"] + "\n"
        with open(os.path.join(out_dir, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        return seconds

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        seconds = list(pool.map(one, names))
    for name, err in failures:
        print(f"failed: {name}: {err}", file=sys.stderr)
    print(f"{len(names)} pages, {len(failures)} failed, slowest process {max(seconds) * 1000:.0f} ms")
    sys.exit(subprocess.call([sys.executable, os.path.join(DATA, "score.py"), out_dir]
                             + [a for a in extra if a != out_dir]))


if __name__ == "__main__":
    main()
