"""Opening, playing, seeking and letting go of recordings over and over never freezes the window
(issue 19).

The cycles run in a child process (the same code as ``benchmarks/player_stress.py``): when the
GUI thread deadlocks it holds the GIL, so nothing inside the test process could stop it, not
even pytest-timeout's thread. A child that reports nothing for a while is hung: it is killed and
the test fails with the child's stacks, instead of hanging the run.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from benchmarks.player_stress import RECORDING_LENGTHS, run_batch, write_recordings

#: seconds without a finished cycle after which the child counts as hung; a cycle takes well
#: under a second, a few on a loaded machine
STALL_S = 25.0


def run_cycles(tmp_path: Path, count: int, *, provoke: bool) -> list[dict[str, Any]]:
    folder = tmp_path / "recordings"
    folder.mkdir()
    write_recordings(folder)
    log = tmp_path / "child.log"
    stacks = tmp_path / "stacks" if shutil.which("gdb") else None
    records, hangs = run_batch(
        0, count, "fixed", folder, provoke, STALL_S, stacks, log, max_hangs=1
    )
    if hangs:
        told = log.read_text(errors="replace")[-6000:]
        if stacks is not None:
            told += "".join(p.read_text(errors="replace")[:8000] for p in stacks.glob("*.txt"))
        pytest.fail(f"the player froze at cycle {hangs[0]} of {count}:\n{told}")
    assert [r["cycle"] for r in records] == list(range(count))
    return records


def check_each_cycle_really_played(records: list[dict[str, Any]]) -> None:
    for record in records:
        assert record["loaded"], record
        assert record["heard_s"] > 0.0, record  # the player's own clock moved: it played
        if record["target_s"] is not None:  # sought while playing: it plays on from there
            assert record["target_s"] <= record["landed_s"] < max(RECORDING_LENGTHS), record
        assert not record["held_open"], record  # the file is let go with the page


@pytest.mark.timeout(240)
def test_fifty_recordings_opened_played_sought_and_let_go_never_freeze(tmp_path: Path) -> None:
    records = run_cycles(tmp_path, 50, provoke=False)
    check_each_cycle_really_played(records)


@pytest.mark.timeout(180)
def test_stopping_while_the_window_is_busy_with_qt_never_freezes_it(tmp_path: Path) -> None:
    # Before each release the GUI thread stops the player and then keeps the GIL while taking
    # each of Qt's connection locks. If a QtMultimedia thread ever waited for Python while
    # holding one of those locks (issue 19's freeze), this would hang on the first cycles:
    # it did, in 17 of 20 cycles, before the fix.
    records = run_cycles(tmp_path, 10, provoke=True)
    check_each_cycle_really_played(records)
