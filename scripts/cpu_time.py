"""The CPU time of a whole process, for the benchmark scripts beside this one."""

import os
import sys


def cpu_ms(argv, who):
    """Runs argv with stdout and stderr to /dev/null; returns its user+system CPU in ms.

    Exits naming `who` (the calling script) when argv fails."""
    with open(os.devnull, "wb") as null:
        pid = os.posix_spawn(argv[0], argv, os.environ,
                             file_actions=[(os.POSIX_SPAWN_DUP2, null.fileno(), 1),
                                           (os.POSIX_SPAWN_DUP2, null.fileno(), 2)])
    _, status, usage = os.wait4(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{who}: {' '.join(argv)} failed ({status})")
    return (usage.ru_utime + usage.ru_stime) * 1e3
