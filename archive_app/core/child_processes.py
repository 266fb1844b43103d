"""Helper processes of a writer never outlive it.

A writer starts helpers: the import pool's workers (and any process a library forks).
When the writer is killed they must not go on (blocked on a FIFO, waiting on a queue for ever).
On Linux the kernel sends a signal to a process whose parent dies when it asks for one
(``PR_SET_PDEATHSIG``); elsewhere the pool's own shutdown and the lock's design have to do.
"""

from __future__ import annotations

import ctypes
import os
import select
import signal
import sys
import threading
import time

_PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    """Ask the kernel to kill this process when its parent ends (Linux; elsewhere nothing).

    If the parent has already gone (it died between the fork and this call), exit at once.
    """
    if not sys.platform.startswith("linux"):
        return
    parent = os.getppid()
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):  # no prctl: an unusual libc
        return
    if os.getppid() != parent or parent == 1:
        os._exit(1)


def pool_worker_start(writer_pid: int) -> None:
    """The initializer of the import pool's workers: end when the writer ends.

    The workers are children of the pool's fork server, which in turn lives as long as any
    worker does, so the parent-death signal cannot reach them: a watcher thread waits for the
    writer's end instead and exits the worker then, even one blocked in a system call.
    """
    watch_process(writer_pid)


def watch_process(pid: int) -> None:
    """Exit this process as soon as process ``pid`` has ended (a daemon thread watches it)."""
    watcher = threading.Thread(target=_wait_then_exit, args=(pid,), daemon=True)
    watcher.start()


def _wait_then_exit(pid: int) -> None:
    handle: int | None = None
    try:
        handle = os.pidfd_open(pid) if hasattr(os, "pidfd_open") else None
    except OSError:  # the writer is gone already, or the kernel has no pidfd (before 5.3)
        handle = None
        if not process_alive(pid):
            os._exit(1)
    if handle is not None:
        select.select([handle], [], [])  # readable once the process has ended
        os._exit(1)
    while process_alive(pid):
        time.sleep(0.5)
    os._exit(1)


def process_alive(pid: int) -> bool:
    """Whether a process with this pid exists (one of another user's counts)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
