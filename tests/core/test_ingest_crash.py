"""An import killed at any instant leaves a sound archive, and a re-import completes the set."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from archive_app.core.archive import Archive
from archive_app.core.ingest import ingest
from archive_app.core.integrity import check
from tests.core.media_fixtures import make_jpeg, make_wav

RUNS = 20
CHILD = """
import sys
from pathlib import Path
from archive_app.core.archive import Archive
from archive_app.core.ingest import ingest
archive = Archive.open(Path(sys.argv[1]))
print("ready", flush=True)
ingest(archive, [Path(sys.argv[2])], workers=int(sys.argv[3]))
print("done", flush=True)
"""


def _field_trips(root: Path) -> Path:
    for visit in range(3):
        folder = root / f"visit {visit}"
        folder.mkdir(parents=True)
        make_wav(folder / f"narrator {visit}.wav", seconds=1.5 + visit / 10)
        (folder / f"narrator {visit}.srt").write_text(
            f"1\n00:00:00,000 --> 00:00:01,000\n妈妈：我在深圳的工厂上班，第{visit + 1}年了。\n",
            encoding="utf-8",
        )
        for shot in range(2):
            make_jpeg(
                folder / f"IMG_{visit}{shot}.jpg", size=(1600 + visit, 1200 + shot), orientation=6
            )
    return root


def _catalogue_summary(archive: Archive) -> list[tuple[str, str, str]]:
    """What was imported, independent of ids: (kind, file name, interview title)."""
    summary = []
    for kind in ("recording", "transcript", "photo", "document"):
        for name, title in archive.db.execute(
            f"SELECT x.original_name, coalesce(i.title, '') FROM [{kind}] x "
            "LEFT JOIN interview i ON i.id = x.interview_id"
        ).fetchall():
            summary.append((kind, name, title))
    return sorted(summary)


def _wait_until_the_group_is_gone(group: int) -> None:
    """A worker caught between fork and exec may still be dying, holding the lock it inherited
    for a moment, after its parent is reaped; the next opener would wait for it likewise."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return
        time.sleep(0.02)


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_sigkill_at_random_moments_never_damages_the_archive(tmp_path: Path) -> None:
    source = _field_trips(tmp_path / "source")
    with Archive.create(tmp_path / "reference") as reference:
        ingest(reference, [source], workers=1)
        expected = _catalogue_summary(reference)
    assert len(expected) == 12 and all(title for _, _, title in expected)

    started = time.monotonic()
    with Archive.create(tmp_path / "timing") as timing:
        ingest(timing, [source], workers=2)
    full_import = time.monotonic() - started

    chance = random.Random(20241210)
    for run in range(RUNS):
        root = tmp_path / f"run{run}"
        Archive.create(root).close()
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(root), str(source), str(1 + run % 2)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            start_new_session=True,  # the kill takes the worker processes too
        )
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(chance.uniform(0.0, full_import * 1.2))
        os.killpg(child.pid, signal.SIGKILL)
        child.wait()
        _wait_until_the_group_is_gone(child.pid)

        with Archive.open(root) as archive:
            report = check(archive)
            assert report.ok, (run, report.problems)
            ingest(archive, [source], workers=1)
            assert _catalogue_summary(archive) == expected, run
            assert check(archive).ok
