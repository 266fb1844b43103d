"""The fault campaign's short version: a few SIGKILLs during each kind of work, of the main
process only and of its whole group, a full disk, a FIFO, names that are not UTF-8, a vanishing
file; the archive survives every one (benchmarks/faults.py runs hundreds)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from benchmarks.faults import report, run_campaign


@pytest.mark.slow
@pytest.mark.timeout(400)
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and process groups")
def test_the_short_campaign_is_survived(tmp_path: Path) -> None:
    tallies = run_campaign(
        kills={"import": 2, "reindex": 2, "edit": 1, "export": 1, "migration": 1},
        disks=1,
        vanished=1,
        fifos=1,
        bad_names=1,
        visits=3,
        seed=7,
        work=tmp_path,
        log=lambda _message: None,
        durations={"import": 2.0, "reindex": 4.0, "edit": 2.0, "export": 1.2, "migration": 2.0},
    )
    assert sum(t.tried for t in tallies.values()) >= 10
    assert all(t.tried == t.survived for t in tallies.values()), report(tallies)
