"""The history of every record outlives the window: changes with their before and after, kept
across a restart and a SIGKILL, reverted as new changes unless a later change conflicts."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from archive_app.core import edits, records
from archive_app.core.archive import Archive
from archive_app.core.edits import history
from archive_app.core.edits.journal import archive_id
from archive_app.core.errors import ChangeConflict, NotRestorable
from archive_app.core.integrity import check
from tests.core.village import build_village


def test_a_records_history_says_when_what_and_before_and_after_across_a_restart(
    tmp_path: Path,
) -> None:
    root = tmp_path / "archive"
    with Archive.create(root) as archive:
        ids = build_village(archive)
        edits.apply(
            archive, edits.set_fields("person", ids["grandma"], name="李桂兰", notes="爱唱歌")
        )
        own = archive_id(archive.db)
    with Archive.open(root) as archive:
        entries = history.of_record(archive.db, ids["grandma"])
        assert [e.operation for e in entries][0] == "add_record"
        last = entries[-1]
        assert last.operation == "set_fields" and last.origin == own and last.actor
        fields = {i.field: (i.before, i.after) for i in last.items}
        assert fields == {"name": ("王秀英", "李桂兰"), "notes": ("", "爱唱歌")}
        assert last.as_json()["revertible"] is True


def test_a_link_is_in_the_history_of_both_records(archive: Archive) -> None:
    ids = build_village(archive)
    applied = edits.apply(archive, edits.link_person(ids["second"], ids["grandma"], "interviewer"))
    for record in (ids["second"], ids["grandma"]):
        (item,) = history.of_record(archive.db, record)[-1].items
        assert item.field == "link:interview_person" and item.before is None
        assert item.after["role"] == "interviewer"
    assert history.get(archive.db, str(applied.change_id)).items[0].record_id == ids["second"]


def test_revert_applies_the_inverse_as_a_new_change_that_names_what_it_undid(
    archive: Archive,
) -> None:
    ids = build_village(archive)
    first = edits.apply(archive, edits.set_fields("interview", ids["first"], title="一"))
    second = edits.apply(archive, edits.set_fields("interview", ids["first"], date="2020"))
    with archive.transaction() as db:  # a different field: no conflict
        undone = history.revert(db, str(first.change_id))
    assert records.get(archive.db, "interview", ids["first"])["title"] == "奶奶的故事"
    assert records.get(archive.db, "interview", ids["first"])["date"] == "2020"
    entry = history.get(archive.db, str(undone.change_id))
    assert entry.reverts == first.change_id
    assert history.get(archive.db, str(first.change_id)).reverted_by == undone.change_id
    assert second.change_id is not None


def test_a_change_overtaken_by_a_later_one_is_not_reverted(archive: Archive) -> None:
    ids = build_village(archive)
    first = edits.apply(archive, edits.set_fields("interview", ids["first"], title="一"))
    later = edits.apply(archive, edits.set_fields("interview", ids["first"], title="二"))
    with pytest.raises(ChangeConflict) as refused, archive.transaction() as db:
        history.revert(db, str(first.change_id))
    assert refused.value.field == "title" and refused.value.later_change_id == later.change_id
    assert records.get(archive.db, "interview", ids["first"])["title"] == "二"


def test_a_removed_link_conflicts_with_reverting_its_making(archive: Archive) -> None:
    ids = build_village(archive)
    made = edits.apply(archive, edits.tag(ids["first"], "春节"))
    edits.apply(archive, edits.untag(ids["first"], "春节"))
    with pytest.raises(ChangeConflict), archive.transaction() as db:
        history.revert(db, str(made.change_id))


def test_restoring_needs_a_removed_record(archive: Archive) -> None:
    ids = build_village(archive)
    with pytest.raises(NotRestorable) as present, archive.transaction() as db:
        history.restore(db, ids["first"])
    assert present.value.reason == "present"
    with pytest.raises(NotRestorable) as never, archive.transaction() as db:
        history.restore(db, "never-there")
    assert never.value.reason == "never-removed"


def test_an_undo_in_the_app_is_a_change_that_names_what_it_undoes(archive: Archive) -> None:
    ids = build_village(archive)
    done = edits.apply(archive, edits.set_fields("family", ids["family"], notes="四口人"))
    undone = edits.apply(archive, done.inverse, reverts=done.change_id)
    assert history.get(archive.db, str(undone.change_id)).reverts == done.change_id
    assert history.disagreements(archive.db) == []


# -- killed mid-operation ----------------------------------------------------------------------

CHILD = """
import sys
from pathlib import Path
from archive_app.core import edits
from archive_app.core.archive import Archive
from archive_app.core.edits import history
archive = Archive.open(Path(sys.argv[1]))
first, second, person = sys.argv[2:5]
print("ready", flush=True)
n = 0
while True:
    n += 1
    # two records, one change: both or neither
    edits.apply(archive, edits.Batch([
        edits.set_fields("interview", first, title=f"第{n}次"),
        edits.set_fields("interview", second, title=f"第{n}次"),
    ]))
    tagged = edits.apply(archive, edits.tag(first, f"标签{n % 3}"))
    removed = edits.apply(archive, edits.remove("person", person))
    with archive.transaction() as db:
        history.restore(db, person)
    if tagged.change_id:
        with archive.transaction() as db:
            history.revert(db, tagged.change_id)
"""


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_a_sigkill_mid_edit_leaves_history_and_catalogue_in_agreement(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    with Archive.create(root) as archive:
        ids = build_village(archive)
    chance = random.Random(20250611)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    for run in range(8):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(root), ids["first"], ids["second"], ids["grandma"]],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            start_new_session=True,
        )
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(chance.uniform(0.05, 0.6))
        os.killpg(child.pid, signal.SIGKILL)
        child.wait()
        with Archive.open(root) as archive:
            assert check(archive, checksums=False).ok, run
            assert history.disagreements(archive.db) == [], run
            titles = {
                records.get(archive.db, "interview", i)["title"]
                for i in (ids["first"], ids["second"])
            }
            assert len(titles) == 1, (run, titles)  # the batch was applied whole or not at all
            if not _there(archive, ids["grandma"]):
                with archive.transaction() as db:  # killed between removing and restoring
                    history.restore(db, ids["grandma"])
            assert records.get(archive.db, "person", ids["grandma"])["name"] == "王秀英"
            latest = history.of_record(archive.db, ids["first"])[-1]
            with archive.transaction() as db:  # the history is usable: the newest change reverts
                history.revert(db, latest.id)
            assert history.disagreements(archive.db) == []


def _there(archive: Archive, record_id: str) -> bool:
    return (
        archive.db.execute("SELECT 1 FROM person WHERE id = ?", [record_id]).fetchone() is not None
    )
