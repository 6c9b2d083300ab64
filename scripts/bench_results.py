"""Where the benchmark scripts leave their figures for scripts/bench-summary.py.

When PRECIS_BENCH_RESULTS names a file, each measurement is appended to it as one JSON
line: {"group": ..., "name": ..., "value": ..., "unit": ...}. Unset, nothing is written.
"""

import json
import os


def record(group, name, value, unit):
    path = os.environ.get("PRECIS_BENCH_RESULTS")
    if not path:
        return
    with open(path, "a", encoding="utf-8") as out:
        out.write(json.dumps({"group": group, "name": name, "value": value, "unit": unit}) + "\n")
