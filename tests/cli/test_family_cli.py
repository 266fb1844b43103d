"""``archive-app family``: marking collections for a family, and what family mode shows it."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive_app.core import edits, interviews, people
from archive_app.core.archive import Archive
from archive_app.core.consent import store
from tests.cli.test_cli import run


def test_a_collection_marked_for_a_family_shows_in_its_family_mode(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    root = tmp_path / "archive"
    with Archive.create(root) as archive, archive.transaction() as db:
        grandma = people.add_person(db, "刘秀英", birth_date="1950")
        neighbour = people.add_person(db, "赵桂兰", birth_date="1952")
        family = people.add_family(db, "王家")
        people.add_member(db, family, grandma, "grandmother")
        own = interviews.add_interview(db, "婆婆的一天", date="2024-02-12")
        interviews.link_person(db, own, grandma, "narrator")
        other = interviews.add_interview(db, "过年回家的大巴", date="2025-01-27")
        interviews.link_person(db, other, neighbour, "narrator")
        festival = str(edits.run(db, edits.add("collection", {"name": "回家过年"})).value)
        edits.run(db, edits.collect(festival, other))
        store.add_consent(db, grandma, date="2024-02-12", audiences=["family"])
    archive_arg = ("--archive", str(root))

    code, shown, _ = run(capsys, *archive_arg, "--json", "family", "shown", family)
    assert code == 0 and isinstance(shown, dict)
    assert [s["id"] for s in shown["stories"]] == [own]
    code, marked, _ = run(capsys, *archive_arg, "--json", "family", "mark", family, festival)
    assert code == 0 and marked == {"family_id": family, "collection_id": festival, "changed": True}
    code, shown, _ = run(capsys, *archive_arg, "--json", "family", "shown", family)
    assert isinstance(shown, dict) and shown["collections"] == [festival]
    # the neighbour gave no consent: her story is the family's now, and held back, with why
    assert [(h["id"], h["reasons"][0]["rule"]) for h in shown["held_back"]] == [
        (other, "no_consent")
    ]
    code, again, _ = run(capsys, *archive_arg, "--json", "family", "unmark", family, festival)
    assert code == 0 and isinstance(again, dict) and again["changed"] is True
    code, _, err = run(capsys, *archive_arg, "family", "mark", family, "no-such-collection")
    assert code != 0 and "no-such-collection" in err
