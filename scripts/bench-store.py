#!/usr/bin/env python3
"""Story store speed (make bench): ingest rate on one core into SQLite for Multi-News
articles, memory, and how fast `precis stories` answers on a store of about 100,000
articles.

  scripts/bench-store.py BUILD_DIR [--articles N] [--postgres]

With --postgres the store is a database on a throw-away PostgreSQL server
(scripts/pg-test-server.sh, Debian's postgresql; skipped without it) instead of SQLite.

1. All 28,806 Multi-News background articles as one stream of article lines, ingested
   into a new store (CPU seconds of the process, user + system; wall time; peak RSS).
2. The same stream three more times with new ids and one changed word per article, so
   the store holds about 115,000 articles (the re-sent ones are near-duplicates).
3. `precis stories --limit 20` (json) on it: first with summaries to refresh, then
   cached, then --no-summary; and `precis story` for one story. Median of 5 runs.
"""
import glob
import gzip
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

SHARED = os.environ.get("PRECIS_SHARED_DIR",
                        os.path.join(os.path.dirname(__file__), "..", "..", "shared"))


def run(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, after.ru_maxrss


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    build = sys.argv[1]
    limit = 0
    if "--articles" in sys.argv:
        limit = int(sys.argv[sys.argv.index("--articles") + 1])
    postgres = "--postgres" in sys.argv
    precis = os.path.join(build, "precis")
    background = os.path.join(SHARED, "data", "background", "multinews-train-10k.jsonl.gz")
    if not os.path.exists(background):
        print(f"bench-store: no {background}; skipped")
        return
    articles = []
    with gzip.open(background, "rt", encoding="utf-8") as f:
        for line in f:
            for d in json.loads(line)["documents"]:
                articles.append({"id": d["id"], "text": d["text"]})
    if limit:
        articles = articles[:limit]
    with tempfile.TemporaryDirectory() as tmp:
        stream = os.path.join(tmp, "stream.jsonl")
        with open(stream, "w", encoding="utf-8") as out:
            for a in articles:
                out.write(json.dumps(a) + "\n")
        words = sum(len(a["text"].split()) for a in articles) / len(articles)
        db = os.path.join(tmp, "news.db")
        server = None
        if postgres:
            server = tempfile.mkdtemp(prefix="precis-bench-pg.")
            script = os.path.join(os.path.dirname(__file__), "pg-test-server.sh")
            started = subprocess.run(["bash", script, "start", server], capture_output=True,
                                     text=True)
            if "serving" not in started.stdout:
                print(f"bench-store: no PostgreSQL server ({started.stdout.strip()}); skipped")
                return
            bindir = sorted(glob.glob("/usr/lib/postgresql/*/bin"))[-1]
            as_nobody = ["runuser", "-u", "nobody", "--"] if os.getuid() == 0 else []
            subprocess.run(as_nobody + [os.path.join(bindir, "createdb"), "-h", server, "-U",
                                        "precis", "bench"], check=True)
            db = f"postgresql://precis@/bench?host={server}"
        try:
            measure(precis, articles, stream, db, words)
        finally:
            if server:
                subprocess.run(["bash", os.path.join(os.path.dirname(__file__),
                                                     "pg-test-server.sh"), "stop", server])


def measure(precis, articles, stream, db, words):
    """Ingest rate, then the reading verbs' times, on the store at `db`."""
    wall, cpu, rss = run([precis, "ingest", "-q", "--store", db, stream])
    print(f"ingest: {len(articles)} articles ({words:.0f} words each on average): "
          f"{len(articles) / cpu:.0f} articles/s of CPU ({cpu:.1f} s), "
          f"{len(articles) / wall:.0f}/s wall; peak RSS {rss / 1024:.0f} MB")
    for k in range(1, 4):
        with open(stream, "w", encoding="utf-8") as out:
            for a in articles:
                text = a["text"].replace(" the ", f" the{k} ", 1)
                out.write(json.dumps({"id": f"{a['id']}-r{k}", "text": text}) + "\n")
        wall, cpu, rss = run([precis, "ingest", "-q", "--store", db, stream])
    total = 4 * len(articles)
    print(f"ingest of re-sent near-duplicates: {len(articles) / cpu:.0f} articles/s of CPU; "
          + (f"store: {total} articles, {os.path.getsize(db) / 1e6:.0f} MB"
             if os.path.exists(db) else f"store: {total} articles"))

    def timed(args, runs=5):
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run([precis] + args, check=True, stdout=subprocess.DEVNULL)
            times.append(1000 * (time.perf_counter() - start))
        return times

    first = timed(["stories", "--store", db, "--format", "json", "--limit", "20"], 1)[0]
    cached = statistics.median(timed(["stories", "--store", db, "--format", "json",
                                      "--limit", "20"]))
    bare = statistics.median(timed(["stories", "--store", db, "--format", "json",
                                    "--limit", "20", "--no-summary"]))
    since = statistics.median(timed(["stories", "--store", db, "--format", "json",
                                     "--limit", "0", "--no-summary", "--since", "2100-01-01"]))
    story = statistics.median(timed(["story", "1", "--store", db, "--format", "json"]))
    print(f"stories --limit 20 on {total} articles: {first:.0f} ms refreshing 20 summaries, "
          f"{cached:.0f} ms cached, {bare:.0f} ms --no-summary; "
          f"--since (none match) {since:.0f} ms; story 1: {story:.0f} ms")


if __name__ == "__main__":
    main()
