#!/usr/bin/env python3
"""Runs every hostile or careless input of the robustness issue at its full size.

  scripts/check-hostile-inputs.py BUILD_DIR [--only SUBSTRING] [--timeout S]

Each case is one `precis` process on a generated input (nothing is committed):
it must end with the expected exit code, say what went wrong in one line on
stderr (when it fails), and stay within a time and a memory bound. The unit
tests (tests/robustness_cli_test.cc and the readers' tests) hold smaller
versions of the same cases; this script is the record at the sizes the issue
reported, for the Release and the ASan+UBSan builds alike (memory is the peak
resident set, which ASan's reserved address space does not inflate). Prints a
table: case, exit code, stderr lines, seconds, peak MB, verdict.
"""
import argparse
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

ARTICLE = ("Bridge Reopens\n\nThe harbor bridge reopened on Monday after six weeks of repairs "
           "to its deck. City officials said traffic was moving normally by the evening rush "
           "hour. Engineers replaced forty steel plates and repainted the railings.\n")


WRITE = True  # False when the cases are listed again without writing their inputs


def write(path, data):
    if not WRITE:
        return path
    if callable(data):  # big inputs are made only when written
        data = data()
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def small_vocabulary(size):
    rnd = random.Random(7)
    words = [f"w{i}" for i in range(30)]
    parts = ["Few Words Here\n\n"]
    total = len(parts[0])
    while total < size:
        s = " ".join(rnd.choice(words) for _ in range(rnd.randint(8, 19))).capitalize() + ". "
        parts.append(s)
        total += len(s)
    return "".join(parts)


def real_sentences(n):
    rnd = random.Random(11)
    nouns = ["council", "bridge", "minister", "rebels", "talks", "army", "court", "market",
             "river", "mayor", "police", "school", "union", "storm", "budget", "voters"]
    verbs = ["met", "closed", "rejected", "approved", "delayed", "reported", "opened", "saw"]
    out = ["A Long Story\n\n"]
    for i in range(n):
        out.append(f"The {rnd.choice(nouns)} {rnd.choice(verbs)} the {rnd.choice(nouns)} "
                   f"on day {i % 997} near the {rnd.choice(nouns)}. ")
    return "".join(out)


def cases(tmp):
    """(name, argv after 'precis', stdin bytes or None, expected codes, stdout check)."""
    p = lambda name: os.path.join(tmp, name)
    art = write(p("article.txt"), ARTICLE)
    c = []

    # Deep nesting and gumbo's quadratic shapes.
    write(p("objects.html"), lambda: "<html><body>" + "<object>" * 300000 + "x</body></html>")
    write(p("tables.html"), lambda: "<html><body>" + "<table><tr><td>" * 300000 + "x</body></html>")
    write(p("divs.html"), lambda: "<html><body>" + "<div>" * 100000 + "x" + "</div>" * 100000)
    write(p("attributes.html"),
          lambda: "<html><body><p " + " ".join(f"a{i}=1" for i in range(40000)) + ">x</p></body></html>")
    write(p("bold.html"), lambda: "<html><body>" + "".join(f"<b id={i}>" for i in range(40000)) + "x")
    for n in ["objects", "tables", "divs", "attributes", "bold"]:
        c.append((f"html: {n}", ["summarize", p(n + ".html")], None, {1}, None))

    # Near-duplicate detection on a 30-word vocabulary.
    for mb in [1, 2, 10]:
        write(p(f"vocab{mb}.txt"), lambda: small_vocabulary(mb << 20))
        c.append((f"30-word vocabulary, {mb} MB", ["summarize", p(f"vocab{mb}.txt")], None, {0},
                  lambda out: len(out.split()) <= 110))

    # Unbounded reads.
    fifo = p("fifo")
    if WRITE:
        os.mkfifo(fifo)
        os.mkdir(p("folder"))
    c.append(("rouge: /dev/zero as peer", ["rouge", "--peer", "/dev/zero", "--ref", art], None,
              {1}, None))
    c.append(("rouge: FIFO with no writer as peer", ["rouge", "--peer", fifo, "--ref", art],
              None, {1}, None))
    c.append(("rouge: folder as peer", ["rouge", "--peer", p("folder"), "--ref", art], None,
              {1}, None))
    c.append(("rouge: folder as model", ["rouge", "--peer", art, "--ref", p("folder")], None,
              {1}, None))
    c.append(("rouge: /dev/zero as config", ["rouge", "-e", tmp, "-a", "/dev/zero"], None, {1, 2},
              None))
    c.append(("summarize: /dev/zero", ["summarize", "/dev/zero"], None, {1}, None))
    c.append(("summarize: FIFO with no writer", ["summarize", fifo, art], None, {0}, None))
    write(p("big.jsonl"), lambda: '{"id":"big","documents":[{"id":"d","text":"'
          + "Word after word. " * 6_200_000 + '"}]}\n')  # a 105 MB JSONL line
    c.append(("JSONL: one 105 MB line", ["summarize", p("big.jsonl")], None, {3}, None))

    # Binary after text.
    write(p("elf-tail.txt"), ARTICLE.encode() + b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 64)
    write(p("random-tail.txt"), lambda: ARTICLE.encode() + random.Random(3).randbytes(200_000))
    c.append(("text then an ELF binary", ["summarize", p("elf-tail.txt")], None, {1}, None))
    c.append(("text then random bytes", ["summarize", p("random-tail.txt")], None, {1}, None))

    # Resource flags.
    write(p("one.jsonl"), '{"id":"c","documents":[{"id":"d","text":"' + ARTICLE.replace("\n", " ")
          + '"}],"references":[{"id":"r","text":"The bridge reopened."}]}\n')
    c.append(("eval --jobs 100000", ["eval", p("one.jsonl"), "--jobs", "100000", "-q"], None,
              {0, 2}, None))
    c.append(("rouge -r 1000000000", ["rouge", "--peer", art, "--ref", art, "-r", "1000000000"],
              None, {2}, None))
    c.append(("rouge -n 1000000", ["rouge", "--peer", art, "--ref", art, "-n", "1000000"], None,
              {2}, None))

    # Silently wrong values.
    for v in ["-1", "18446744073709551615", "4294967296", "0"]:
        c.append((f"--words {v}", ["summarize", art, f"--words={v}"], None, {2}, None))
    for v in ["nan", "inf", "-1"]:
        c.append((f"--time-limit {v}", ["summarize", art, "--method", "ilp", f"--time-limit={v}"],
                  None, {2}, None))
    c.append(("--bytes 1", ["summarize", art, "--bytes", "1"], None, {1}, None))
    write(p("one-sentence.txt"), lambda: "Title\n\n" + "word " * 2_000_000)  # 10 MB, no period
    c.append(("one 10 MB sentence, --words 100", ["summarize", p("one-sentence.txt"),
                                                  "--words", "100"], None, {0, 1},
              lambda out: len(out.encode()) < 4000))
    write(p("giant-word.txt"), lambda: ARTICLE + "\nAnd " + "x" * (1 << 20) + " ended the day.\n")
    c.append(("a 1 MB word", ["summarize", p("giant-word.txt")], None, {0},
              lambda out: len(out.encode()) < 4000))

    # Output that can hurt a terminal or a page.
    write(p("esc.txt"), ARTICLE.replace("deck.", "deck.\x1b[31m\x07"))
    write(p("esc.html"), "<html><body><article><p>" + ARTICLE.replace("deck.", "deck.&#x1b;[2J")
          + "</p></article></body></html>")
    write(p("esc.jsonl"), '{"id":"c","documents":[{"id":"d","text":"'
          + ARTICLE.replace("\n", " ").replace("deck.", "deck.\\u001b[2J") + '"}]}\n')
    write(p("script.html"), "<html><body><article><p>" + ARTICLE.replace(
        "deck.", "deck. &lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(1)) "
        "&lt;img src=x onerror=alert(1)&gt;") + "</p></article></body></html>")
    clean = lambda out: not any(ch in out for ch in "\x1b\x07")
    for n in ["esc.txt", "esc.html", "esc.jsonl"]:
        for fmt in ["text", "markdown", "json"]:
            c.append((f"control characters: {n} as {fmt}", ["summarize", p(n), "--format", fmt],
                      None, {0}, clean))
    c.append(("markdown: script, javascript: link, img onerror",
              ["summarize", p("script.html"), "--format", "markdown"], None, {0},
              lambda out: "<script" not in out and "<img" not in out
              and not re.search(r"(?<!\\)\]\(javascript:", out)))
    if WRITE:
        os.mkdir(p("bad\nname"))
    c.append(("file name with a newline", ["summarize", p("bad\nname") + "/missing.txt"], None,
              {1}, None))

    # Helpful messages.
    write(p("nothing.txt"), "Skip to main content\n\nAccept cookies\n")
    c.append(("nothing left after cleaning", ["summarize", p("nothing.txt")], None, {1},
              None))
    write(p("nav.html"), "<html><body><nav><a href=/a>Home</a> <a href=/b>World</a></nav>"
          "</body></html>")
    c.append(("a page with no article text", ["summarize", p("nav.html")], None, {1}, None))
    write(p("surrogate.jsonl"), '{"id":"c","documents":[{"id":"d","text":"'
          + ARTICLE.replace("\n", " ").replace("deck.", "deck \\ud800.") + '"}]}\n')
    c.append(("JSONL lone \\ud800", ["summarize", p("surrogate.jsonl")], None, {0}, None))
    write(p("two.jsonl"), '{"id":"good","documents":[{"id":"d","text":"'
          + ARTICLE.replace("\n", " ") + '"}]}\n{"id":"empty","documents":[{"id":"e",'
          '"text":"Accept cookies."}]}\n')
    c.append(("one empty cluster of two", ["summarize", p("two.jsonl")], None, {0}, None))
    c.append(("eval --out /etc/passwd", ["eval", p("one.jsonl"), "--out", "/etc/passwd", "-q"],
              None, {1, 2}, None))

    # Memory: a million real sentences in one article (about 60 MB) is beyond the document limit.
    write(p("million.txt"), lambda: real_sentences(1_000_000))
    c.append(("one million sentences", ["summarize", p("million.txt")], None, {3}, None))
    write(p("quarter.txt"), lambda: real_sentences(120_000))
    c.append(("120,000 sentences (7 MB)", ["summarize", p("quarter.txt")], None, {0}, None))

    # Encodings.
    text = "Café Story\n\nThe café in Zürich reopened; its façade was repainted. Crème brûlée is back on the menu today.\n"
    write(p("utf16le.txt"), b"\xff\xfe" + text.encode("utf-16-le"))
    write(p("utf16be.txt"), b"\xfe\xff" + text.encode("utf-16-be"))
    write(p("utf8bom.txt"), b"\xef\xbb\xbf" + text.encode())
    write(p("latin1.txt"), text.encode("latin-1"))
    write(p("cp1252.txt"), (text + "He said \u201cit\u2019s back\u201d.\n").encode("cp1252"))
    write(p("meta.html"), ('<html><head><meta charset="iso-8859-1"></head><body><article><p>'
                           + text + "</p></article></body></html>").encode("latin-1"))
    write(p("equiv.html"), ('<html><head><meta http-equiv="Content-Type" content="text/html; '
                            'charset=iso-8859-1"></head><body><article><p>' + text
                            + "</p></article></body></html>").encode("latin-1"))
    accents = lambda out: "Zürich" in out and "\ufffd" not in out
    for n in ["utf16le.txt", "utf16be.txt", "utf8bom.txt", "latin1.txt", "cp1252.txt",
              "meta.html", "equiv.html"]:
        c.append((f"encoding: {n}", ["summarize", p(n)], None, {0}, accents))
    return c


def run(precis, argv, stdin, timeout):
    """Exit code (None on timeout), stdout, stderr, seconds and peak resident MB of one run."""
    start = time.monotonic()
    proc = subprocess.Popen([precis] + argv, stdin=subprocess.DEVNULL if stdin is None
                            else subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    streams = {}

    def drain(key, f):
        streams[key] = f.read()

    readers = [threading.Thread(target=drain, args=(k, f))
               for k, f in (("out", proc.stdout), ("err", proc.stderr))]
    for t in readers:
        t.start()
    if stdin is not None:
        proc.stdin.write(stdin)
        proc.stdin.close()
    code, usage = None, None
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            code = os.waitstatus_to_exitcode(status)
            break
        if time.monotonic() - start > timeout:
            os.killpg(proc.pid, signal.SIGKILL)
            _, _, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.01)
    proc.returncode = code if code is not None else -9
    for t in readers:
        t.join()
    return code, streams["out"], streams["err"], time.monotonic() - start, usage.ru_maxrss / 1024


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("build")
    ap.add_argument("--only", default="")
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--max-mb", type=float, default=2048, help="peak resident set allowed")
    args = ap.parse_args()
    precis = os.path.join(args.build, "precis")
    tmp = tempfile.mkdtemp(prefix="precis-hostile.")
    # The inputs are written by a child process: a process started from this one
    # inherits its peak resident set, which would then hide each case's own.
    global WRITE
    writer = os.fork()
    if writer == 0:
        cases(tmp)
        os._exit(0)
    os.waitpid(writer, 0)
    WRITE = False
    failures = 0
    try:
        print(f"{'case':<52} {'exit':>4} {'lines':>5} {'s':>7} {'MB':>7}  verdict")
        for name, argv, stdin, codes, check in cases(tmp):
            if args.only and args.only not in name:
                continue
            code, out, err, secs, mb = run(precis, argv, stdin, args.timeout)
            errs = err.decode("utf-8", "replace")
            lines = errs.count("\n")
            problems = []
            if code is None:
                problems.append(f"timed out after {args.timeout:.0f} s")
            elif code not in codes:
                problems.append(f"exit {code}, expected {sorted(codes)}")
            if code not in (0, None) and lines != 1:
                problems.append(f"{lines} lines on stderr")
            if code is not None and code < 0:
                problems.append(f"killed by signal {-code}")
            if any(ch in errs for ch in "\x1b\x07"):
                problems.append("control characters on stderr")
            if mb > args.max_mb:
                problems.append(f"{mb:.0f} MB")
            if code == 0 and check and not check(out.decode("utf-8", "replace")):
                problems.append("output check failed")
            verdict = "ok" if not problems else "FAIL: " + "; ".join(problems)
            failures += bool(problems)
            shown = "-" if code is None else str(code)
            print(f"{name[:52]:<52} {shown:>4} {lines:>5} {secs:7.2f} {mb:7.0f}  {verdict}")
            first = errs.strip().splitlines()[:1]
            if first:
                print(f"    {first[0][:150]!r}")
            sys.stdout.flush()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{failures} of the cases failed" if failures else "every case passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
