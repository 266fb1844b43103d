"""A ``demo`` killed outright leaves nothing in the system's temporary folder, and what it leaves
beside its target is removed by the next build."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from archive_app.exchange.sample import build_sample

ROOT = Path(__file__).parents[2]


def _temporary_sample_folders() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("hometown-voices-sample-*")}


@pytest.mark.timeout(300)
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_demo_leaves_nothing_that_outlives_the_next_build(tmp_path: Path) -> None:
    target = tmp_path / "sample"
    before = _temporary_sample_folders()
    for delay in (1.0, 3.0):  # while generating the field trip, while importing it
        child = subprocess.Popen(
            [sys.executable, "-m", "archive_app", "--archive", str(target), "demo"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            start_new_session=True,
        )
        time.sleep(delay)
        os.killpg(child.pid, signal.SIGKILL)
        finished = child.wait() == 0  # a fast machine may have built it all already
        assert _temporary_sample_folders() == before
        if finished:
            assert (target / "archive.sqlite").is_file()
            shutil.rmtree(target)
        else:
            assert not target.exists() or not any(target.iterdir())
    build_sample(target)
    assert [p.name for p in tmp_path.iterdir()] == ["sample"]
    assert not list(target.glob(".sample-sources*"))
    assert _temporary_sample_folders() == before
