"""The writer lock: one writer, never held by a child process, its holder named, a crash noticed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from archive_app.core.archive import Archive
from archive_app.core.errors import ArchiveLocked, BrokenLayout

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX process semantics")

ROOT = Path(__file__).parents[2]


def _start(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def _gone(pid: int, within: float = 10.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        try:  # our own child: reap it
            if os.waitpid(pid, os.WNOHANG)[0] == pid:
                return True
        except ChildProcessError:
            pass
        time.sleep(0.05)
    return False


@pytest.fixture
def closed_archive(tmp_path: Path) -> Iterator[Path]:
    Archive.create(tmp_path / "archive").close()
    yield tmp_path / "archive"


def _kill(pids: list[int]) -> None:
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def test_a_child_forked_by_the_writer_does_not_keep_the_archive_locked_when_it_dies(
    closed_archive: Path,
) -> None:
    """A helper forked without exec (as Whoosh's multi-process writer was) must not hold the
    lock."""
    writer = _start(
        """
        import os, sys, time
        from archive_app.core.archive import Archive
        archive = Archive.open(sys.argv[1])
        child = os.fork()
        if child == 0:
            time.sleep(60)
            os._exit(0)
        print(child, flush=True)
        time.sleep(60)
        """,
        str(closed_archive),
    )
    assert writer.stdout is not None
    child = int(writer.stdout.readline())
    try:
        with pytest.raises(ArchiveLocked):
            Archive.open(closed_archive)
        writer.send_signal(signal.SIGKILL)  # the writer only, not its child
        writer.wait()
        with Archive.open(closed_archive) as archive:
            assert archive.previous_writer_crashed
        assert _gone(child), "a child of a killed writer must end with it"
    finally:
        _kill([child])


def test_the_import_pool_workers_end_with_a_killed_writer(closed_archive: Path) -> None:
    writer = _start(
        """
        import sys, time
        from archive_app.core.archive import Archive
        from archive_app.core.ingest import _pool
        archive = Archive.open(sys.argv[1])
        pool = _pool(2, 10)
        jobs = [pool.submit(time.sleep, 60) for _ in range(2)]
        time.sleep(1.0)
        print(" ".join(str(pid) for pid in pool._processes), flush=True)
        time.sleep(60)
        """,
        str(closed_archive),
    )
    assert writer.stdout is not None
    workers = [int(pid) for pid in writer.stdout.readline().split()]
    try:
        assert workers
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        assert all(_gone(pid) for pid in workers), "pool workers outlived their writer"
        Archive.open(closed_archive).close()
    finally:
        _kill(workers)


def test_the_holder_is_named_by_program_and_pid(closed_archive: Path) -> None:
    writer = _start(
        """
        import sys, time
        from archive_app.core import lock
        from archive_app.core.archive import Archive
        lock.set_program("archive-app import")
        archive = Archive.open(sys.argv[1])
        print("open", flush=True)
        time.sleep(60)
        """,
        str(closed_archive),
    )
    assert writer.stdout is not None and writer.stdout.readline().strip() == "open"
    try:
        with pytest.raises(ArchiveLocked) as caught:
            Archive.open(closed_archive)
        assert caught.value.pid == writer.pid
        assert caught.value.program == "archive-app import"
        assert caught.value.holder_ended is False
    finally:
        writer.kill()
        writer.wait()


def test_a_dead_holder_whose_child_keeps_an_old_style_lock_is_told_apart(
    closed_archive: Path,
) -> None:
    """An older app held the lock with flock, which its children inherited: the program on
    record is dead, and the processes still holding the file are named."""
    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        text=True,
        capture_output=True,
        check=True,
    )
    dead_pid = int(ended.stdout)
    (closed_archive / "archive.lock").write_text(f"pid {dead_pid} on {os.uname().nodename}\n")
    orphan = _start(
        """
        import fcntl, sys, time
        handle = open(sys.argv[1], "a")
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        print("holding", flush=True)
        time.sleep(60)
        """,
        str(closed_archive / "archive.lock"),
    )
    assert orphan.stdout is not None and orphan.stdout.readline().strip() == "holding"
    try:
        with pytest.raises(ArchiveLocked) as caught:
            Archive.open(closed_archive)
        assert caught.value.pid == dead_pid
        assert caught.value.holder_ended is True
        assert orphan.pid in caught.value.pids_holding
    finally:
        orphan.kill()
        orphan.wait()
    Archive.open(closed_archive).close()


def test_a_second_writer_in_the_same_process_is_refused_even_by_another_path(
    closed_archive: Path, tmp_path: Path
) -> None:
    alias = tmp_path / "alias"
    alias.symlink_to(closed_archive)
    with Archive.open(closed_archive):
        with pytest.raises(ArchiveLocked) as caught:
            Archive.open(alias)
        assert caught.value.pid == os.getpid()
    Archive.open(alias).close()


def test_reading_the_lock_file_in_the_writer_does_not_let_another_writer_in(
    closed_archive: Path,
) -> None:
    """POSIX locks are dropped when the process closes any descriptor of the file."""
    probe = """
        import sys
        from archive_app.core.archive import Archive
        from archive_app.core.errors import ArchiveLocked
        try:
            Archive.open(sys.argv[1]).close()
        except ArchiveLocked:
            print("locked")
        else:
            print("opened")
        """
    with Archive.open(closed_archive) as archive:
        (closed_archive / "archive.lock").read_text()  # opens and closes a second descriptor
        with archive.transaction():
            pass
        second = _start(probe, str(closed_archive))
        out, _ = second.communicate(timeout=60)
        assert out.strip() == "locked"


def test_a_writer_that_lost_its_lock_to_another_program_writes_nothing(
    closed_archive: Path,
) -> None:
    from archive_app.core import interviews

    with Archive.open(closed_archive) as archive:
        (closed_archive / "archive.lock").read_text()  # drops this process's lock
        other = _start(
            """
            import sys, time
            from archive_app.core.archive import Archive
            archive = Archive.open(sys.argv[1])
            print("open", flush=True)
            time.sleep(60)
            """,
            str(closed_archive),
        )
        assert other.stdout is not None and other.stdout.readline().strip() == "open"
        try:
            with pytest.raises(ArchiveLocked):
                with archive.transaction() as db:
                    interviews.add_interview(db, "two writers at once")
        finally:
            other.kill()
            other.wait()
        count = archive.db.execute("SELECT count(*) FROM interview").fetchone()[0]
        assert count == 0


def test_a_clean_close_is_not_taken_for_a_crash(closed_archive: Path) -> None:
    Archive.open(closed_archive).close()
    with Archive.open(closed_archive) as archive:
        assert not archive.previous_writer_crashed


def test_a_lock_file_that_is_a_folder_is_a_clear_error(closed_archive: Path) -> None:
    (closed_archive / "archive.lock").unlink()
    (closed_archive / "archive.lock").mkdir()
    with pytest.raises(BrokenLayout) as caught:
        Archive.open(closed_archive)
    assert caught.value.part == "archive.lock" and caught.value.expected == "file"


def test_an_index_that_is_a_file_is_a_clear_error(closed_archive: Path) -> None:
    (closed_archive / "index").rmdir()
    (closed_archive / "index").write_text("not a folder")
    with pytest.raises(BrokenLayout) as caught:
        Archive.open(closed_archive)
    assert caught.value.part == "index" and caught.value.expected == "folder"
    (closed_archive / "index").unlink()
    Archive.open(closed_archive).close()  # the lock was let go
