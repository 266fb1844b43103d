"""A unique beginning of an ID stands for the whole ID, as in git; an ambiguous one is refused
with the IDs it could mean."""

from __future__ import annotations

import pytest

from archive_app.core import records
from archive_app.core.archive import Archive
from archive_app.core.errors import AmbiguousId, InvalidValue, RecordNotFound, WrongKind
from archive_app.core.identifiers import MIN_PREFIX, SHOWN_CANDIDATES, TABLES, resolve_id

GRANDMA = "abcd1234-0000-4000-8000-000000000001"
GRANDPA = "abcd5678-0000-4000-8000-000000000002"
STORY = "abcd9999-0000-4000-8000-000000000003"


@pytest.fixture
def filled(archive: Archive) -> Archive:
    with archive.transaction() as db:
        records.insert(db, "person", {"id": GRANDMA, "name": "王秀英"})
        records.insert(db, "person", {"id": GRANDPA, "name": "李德福"})
        records.insert(db, "interview", {"id": STORY, "title": "奶奶的故事"})
        records.insert(db, "person", {"id": "p1", "name": "a person with a short, old-style ID"})
    return archive


def test_a_unique_prefix_gives_the_whole_id(filled: Archive) -> None:
    assert resolve_id(filled.db, "abcd1") == GRANDMA
    assert resolve_id(filled.db, "abcd9") == STORY
    assert resolve_id(filled.db, "ABCD5678") == GRANDPA  # typed in capitals
    assert resolve_id(filled.db, f"  {GRANDMA} ") == GRANDMA
    assert resolve_id(filled.db, GRANDMA, ("person",)) == GRANDMA


def test_an_ambiguous_prefix_names_the_records_it_could_mean(filled: Archive) -> None:
    with pytest.raises(AmbiguousId) as raised:
        resolve_id(filled.db, "abcd")
    assert raised.value.candidates == [
        (GRANDMA, "person"),
        (GRANDPA, "person"),
        (STORY, "interview"),
    ]


def test_the_kinds_a_command_takes_narrow_the_search(filled: Archive) -> None:
    assert resolve_id(filled.db, "abcd", ("interview",)) == STORY
    with pytest.raises(AmbiguousId):
        resolve_id(filled.db, "abcd", ("person", "interview"))


def test_a_record_of_another_kind_is_named_as_such(filled: Archive) -> None:
    with pytest.raises(WrongKind) as raised:
        resolve_id(filled.db, "abcd9", ("person",))
    assert (raised.value.record_id, raised.value.kind, raised.value.wanted) == (
        STORY,
        "interview",
        ["person"],
    )
    with pytest.raises(WrongKind):
        resolve_id(filled.db, GRANDMA, ("interview", "photo"))


def test_nothing_found_and_too_short_are_told_apart(filled: Archive) -> None:
    with pytest.raises(RecordNotFound) as raised:
        resolve_id(filled.db, "ffff", ("person",))
    assert raised.value.kind == "person"
    with pytest.raises(RecordNotFound):
        resolve_id(filled.db, "ffff")
    assert MIN_PREFIX == 4
    with pytest.raises(InvalidValue) as short:
        resolve_id(filled.db, "abc")
    assert short.value.field == "id"
    assert resolve_id(filled.db, "p1") == "p1"  # a whole ID is taken whatever its length


def test_an_ambiguity_shows_a_few_candidates_not_thousands(archive: Archive) -> None:
    with archive.transaction() as db:
        for number in range(30):
            records.insert(db, "tag", {"id": f"beef{number:04d}", "name": f"tag {number}"})
    with pytest.raises(AmbiguousId) as raised:
        resolve_id(archive.db, "beef")
    assert len(raised.value.candidates) == SHOWN_CANDIDATES
    assert raised.value.candidates[0] == ("beef0000", "tag")


def test_every_kind_with_an_id_can_be_named(archive: Archive) -> None:
    """Consents and chapters too, which ``records`` does not list."""
    with_id = {
        name
        for name in archive.db.table_names()
        if any(c.name == "id" and c.is_pk for c in archive.db.table(name).columns)
    }
    assert len(with_id) > 10
    assert with_id <= set(TABLES.values())
