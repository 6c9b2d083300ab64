#!/usr/bin/env python3
"""Load and abuse benchmark of `precis serve` (a benchmark, not a timed test).

Starts BUILD/precis serve on a free loopback port and, only against 127.0.0.1:
  load   N summarize requests of the first DUC 2002 cluster (100 words) at each
         concurrency C: throughput and p50/p99 latency, and that every answer is 200
         and identical;
  abuse  a 30 MB body (announced), 10,000 tiny requests, half-sent bodies, invalid
         UTF-8, JSON nested 1,000,000 deep, garbage request lines; after each the
         server must still answer /healthz.
Every loop is bounded in count and time, and the server is stopped with SIGTERM at
the end (its exit status is reported). Exits 1 if a load answer was not 200 or not
the same as the others, if the server was down after an abuse case, or if it did
not exit 0 on SIGTERM (`make bench` runs it).

usage: scripts/bench-serve.py BUILD_DIR [REQUESTS [CONCURRENCY ...]]  (defaults 200, 1 2 4)
env:   PRECIS_SHARED_DIR (default ../shared beside the source tree)
"""
import http.client
import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

failures = []


def start(build):
    log = tempfile.NamedTemporaryFile(prefix="precis-serve-", suffix=".log", delete=False)
    proc = subprocess.Popen([os.path.join(build, "precis"), "serve", "--port", "0",
                             "--threads", "4", "--queue", "256", "--read-timeout-s", "2"],
                            stdout=subprocess.DEVNULL, stderr=log)
    deadline = time.time() + 30
    while time.time() < deadline:
        m = re.search(r"listening on http://127\.0\.0\.1:(\d+)", open(log.name).read())
        if m:
            return proc, int(m.group(1)), log.name
        time.sleep(0.01)
    proc.kill()
    sys.exit("precis serve did not start: " + open(log.name).read())


def post(conn, path, body, content_type="application/json"):
    conn.request("POST", path, body=body, headers={"Content-Type": content_type})
    res = conn.getresponse()
    return res.status, res.read()


def healthy(port):
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("GET", "/healthz")
        ok = conn.getresponse().status == 200
        conn.close()
        return ok
    except OSError:
        return False


def load(port, body, requests, concurrency):
    latencies, statuses, bodies = [], [], set()
    lock = threading.Lock()
    counter = iter(range(requests))

    def worker():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while True:
            with lock:
                if next(counter, None) is None:
                    break
            t0 = time.perf_counter()
            status, data = post(conn, "/v1/summarize", body)
            dt = time.perf_counter() - t0
            with lock:
                latencies.append(dt)
                statuses.append(status)
                bodies.add(data)
        conn.close()

    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    latencies.sort()
    p = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000
    if set(statuses) != {200} or len(bodies) != 1:
        failures.append(f"load c={concurrency}: statuses {sorted(set(statuses))}, "
                        f"{len(bodies)} distinct answers")
    print(f"load  c={concurrency:<3} n={requests}  {requests / wall:7.1f} req/s  "
          f"p50 {p(0.50):7.1f} ms  p99 {p(0.99):7.1f} ms  "
          f"statuses {sorted(set(statuses))}  distinct answers {len(bodies)}")


def raw(port, data, read=True):
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    try:
        s.sendall(data)
        if not read:
            return b""
        out = s.recv(65536)
        return out
    except OSError as e:
        return str(e).encode()
    finally:
        s.close()


def abuse(port):
    cases = []
    head = lambda n: (b"POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      b"Content-Length: %d\r\n\r\n" % n)
    t0 = time.perf_counter()
    answer = raw(port, head(30 << 20))
    cases.append(("30 MB body announced", answer[:12].decode(errors="replace"),
                  time.perf_counter() - t0))

    # The same, sent whole at once: refused on its head, the rest read and dropped
    # for at most a second, the connection closed.
    t0 = time.perf_counter()
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    sent = [0]

    def push():
        try:
            s.sendall(head(30 << 20))
            chunk = b"x" * (1 << 20)
            for _ in range(30):
                s.sendall(chunk)
                sent[0] += len(chunk)
        except OSError:
            pass
    pusher = threading.Thread(target=push)
    pusher.start()
    answer = b""
    try:
        answer = s.recv(65536)
        while s.recv(65536):
            pass
    except OSError:
        pass
    pusher.join()
    s.close()
    cases.append(("30 MB body sent whole", f"{answer[:12].decode(errors='replace')}, "
                  f"{sent[0] >> 20} MB taken before the close", time.perf_counter() - t0))

    t0 = time.perf_counter()
    statuses = {}
    def tiny(k):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        for _ in range(k):
            conn.request("GET", "/healthz")
            res = conn.getresponse()
            res.read()
            statuses[res.status] = statuses.get(res.status, 0) + 1
        conn.close()
    threads = [threading.Thread(target=tiny, args=(2500,)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    cases.append(("10,000 tiny requests", str(statuses), time.perf_counter() - t0))

    t0 = time.perf_counter()
    for _ in range(20):
        raw(port, head(1000) + b'{"documents": [{"text": "half', read=False)
    cases.append(("20 half-sent bodies, closed", "-", time.perf_counter() - t0))

    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    for label, body in [("invalid UTF-8", b'{"documents": [{"text": "\xff\xfe\xc0"}]}'),
                        ("JSON nested 1,000,000 deep", b"[" * 1000000 + b"]" * 1000000),
                        ("binary body", bytes(range(256)) * 100)]:
        t0 = time.perf_counter()
        status, data = post(conn, "/v1/summarize", body)
        cases.append((label, f"{status} {data[:70].decode(errors='replace').strip()}",
                      time.perf_counter() - t0))
    conn.close()

    t0 = time.perf_counter()
    answer = raw(port, b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n")
    cases.append(("TLS hello (garbage request line)", answer[:12].decode(errors="replace"),
                  time.perf_counter() - t0))

    for label, result, seconds in cases:
        up = healthy(port)
        if not up:
            failures.append(f"abuse {label}: the server was down after it")
        print(f"abuse {label:<34} {result:<80} {seconds * 1000:8.1f} ms  "
              f"up: {'yes' if up else 'NO'}")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    build = sys.argv[1]
    requests = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    concurrencies = [int(c) for c in sys.argv[3:]] or [1, 2, 4]
    shared = os.environ.get("PRECIS_SHARED_DIR",
                            os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
    with open(os.path.join(shared, "data", "duc2002", "clusters.jsonl")) as f:
        cluster = json.loads(f.readline())
    body = json.dumps({"id": cluster["id"], "words": 100,
                       "documents": [{"id": d["id"], "title": d.get("title") or "",
                                      "date": d.get("date") or "", "text": d["text"]}
                                     for d in cluster["documents"]]}).encode()
    print(f"cluster {cluster['id']}: {len(cluster['documents'])} documents, "
          f"{len(body) / 1024:.0f} KB request")
    proc, port, log = start(build)
    try:
        for c in concurrencies:
            load(port, body, requests, c)
        abuse(port)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            code = proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            code = "killed after 10 s"
        print(f"SIGTERM: exit {code}")
        if code != 0:
            failures.append(f"SIGTERM: exit {code}")
        os.unlink(log)
    if failures:
        sys.exit("bench-serve: FAILED: " + "; ".join(failures))


if __name__ == "__main__":
    main()
