"""Family mode's selection and showing: a family's own items, as the consent gate lets it see them
today, with what was held back and why, and every showing in the release log."""

from __future__ import annotations

from datetime import date

import pytest
import sqlite_utils

from archive_app.core import audit, edits, interviews, people
from archive_app.core.archive import Archive
from archive_app.core.consent import gate, store
from archive_app.core.errors import RecordNotFound
from archive_app.core.family_mode import marks
from archive_app.core.family_mode.selection import family_selection
from archive_app.core.family_mode.showing import (
    FACE_HIDDEN,
    family_showing,
    log_showing,
    log_story,
)
from tests.core.test_consent_gate import add_photo

TODAY = date(2025, 6, 1)


def consent(db: sqlite_utils.Database, person: str, **terms: object) -> str:
    terms.setdefault("date", "2024-01-01")
    terms.setdefault("audiences", ["family"])
    return store.add_consent(db, person, **terms)  # type: ignore[arg-type]


@pytest.fixture
def two_families(archive: Archive) -> dict[str, str]:
    with archive.transaction() as db:
        grandma = people.add_person(db, "刘秀英", birth_date="1950")
        father = people.add_person(db, "王建军", birth_date="1978")
        neighbour = people.add_person(db, "赵桂兰", birth_date="1952")
        wang = people.add_family(db, "王家")
        zhao = people.add_family(db, "赵家")
        people.add_member(db, wang, grandma, "grandmother")
        people.add_member(db, wang, father, "father")
        people.add_member(db, zhao, neighbour, "grandmother")
        people.add_migration(db, father, "深圳", from_date="2004-03", to_date="2011-12")
        people.add_migration(db, father, "东莞", from_date="2012-02")
        told = interviews.add_interview(db, "婆婆的一天", date="2024-02-12")
        interviews.link_person(db, told, grandma, "narrator")
        mentioned = interviews.add_interview(db, "邻居说王家", date="2024-03-01")
        interviews.link_person(db, mentioned, neighbour, "narrator")
        interviews.link_person(db, mentioned, father, "mentioned")
        asked = interviews.add_interview(db, "王建军采访赵家", date="2024-03-02")
        interviews.link_person(db, asked, neighbour, "narrator")
        interviews.link_person(db, asked, father, "interviewer")
        theirs = interviews.add_interview(db, "赵家的故事", date="2024-03-03")
        interviews.link_person(db, theirs, neighbour, "narrator")
        house = add_photo(db, told, "2024-02-12")  # nobody marked: the narrator is featured
        portrait = add_photo(db, None, "2024-02-13")
        edits.run(db, edits.depict(portrait, grandma))
        edits.run(db, edits.depict(portrait, father))
        festival = str(edits.run(db, edits.add("collection", {"name": "回家过年"})).value)
        edits.run(db, edits.collect(festival, theirs))
        consent(db, grandma)
        consent(db, father, show_face=False)
        consent(db, neighbour)
    return {
        "grandma": grandma,
        "father": father,
        "neighbour": neighbour,
        "wang": wang,
        "zhao": zhao,
        "told": told,
        "mentioned": mentioned,
        "asked": asked,
        "theirs": theirs,
        "house": house,
        "portrait": portrait,
        "festival": festival,
    }


def test_a_familys_items_are_what_its_members_tell_appear_in_or_are_marked_for_it(
    archive: Archive, two_families: dict[str, str]
) -> None:
    ids = two_families
    chosen = family_selection(archive.db, ids["wang"])
    # narrated by a member, or a member mentioned; an interview a member only conducted is not
    assert chosen.interviews == {ids["told"], ids["mentioned"]}
    assert chosen.photos == {ids["house"], ids["portrait"]}
    with archive.transaction() as db:
        assert marks.mark_collection(db, ids["wang"], ids["festival"])
        assert not marks.mark_collection(db, ids["wang"], ids["festival"])
    assert family_selection(archive.db, ids["wang"]).interviews == {
        ids["told"],
        ids["mentioned"],
        ids["theirs"],
    }
    assert [c["id"] for c in marks.marked_collections(archive.db, ids["wang"])] == [ids["festival"]]
    assert [f["id"] for f in marks.families_marked(archive.db, ids["festival"])] == [ids["wang"]]
    with archive.transaction() as db:
        assert marks.unmark_collection(db, ids["wang"], ids["festival"])
        assert not marks.unmark_collection(db, ids["wang"], ids["festival"])
    assert ids["theirs"] not in family_selection(archive.db, ids["wang"]).interviews
    actions = [e["action"] for e in audit.entries(archive.db, item_id=ids["wang"])]
    assert actions.count("family.mark_collection") == 1
    assert actions.count("family.unmark_collection") == 1


def test_marking_names_a_real_family_and_collection(
    archive: Archive, two_families: dict[str, str]
) -> None:
    with pytest.raises(RecordNotFound), archive.transaction() as db:
        marks.mark_collection(db, two_families["wang"], "no-such-collection")
    with pytest.raises(RecordNotFound), archive.transaction() as db:
        marks.mark_collection(db, "no-such-family", two_families["festival"])
    with pytest.raises(RecordNotFound):
        family_showing(archive.db, "no-such-family", TODAY)


def test_the_showing_is_the_gates_answer_and_says_why_the_rest_is_held_back(
    archive: Archive, two_families: dict[str, str]
) -> None:
    ids = two_families
    showing = family_showing(archive.db, ids["wang"], TODAY)
    open_items = gate.visible_items(archive.db, "family", TODAY)
    # the father asked that his face not be shown: the photo of him is held back, not shown
    assert ids["portrait"] in open_items
    assert showing.shown_items == {ids["told"], ids["mentioned"], ids["house"]}
    held = {h.item_id: [r.rule for r in h.reasons] for h in showing.held_back}
    assert held == {ids["portrait"]: [FACE_HIDDEN]}
    story = showing.story(ids["told"])
    assert story is not None and [p.id for p in story.photos] == [ids["house"]]
    assert showing.album == ()
    father = next(m for m in showing.members if m.id == ids["father"])
    assert father.relationship == "father"
    assert father.away is not None and father.away.to_city == "东莞"
    assert [e.to_city for e in father.episodes] == ["深圳", "东莞"]
    assert all(m.portrait is None for m in showing.members)

    with archive.transaction() as db:
        (given,) = [c.id for c in store.list_consents(db, person_id=ids["grandma"])]
        store.withdraw_consent(db, given, date="2025-05-01", reason="不想放了")
    later = family_showing(archive.db, ids["wang"], TODAY)
    assert later.shown_items == {ids["mentioned"]}
    reasons = {h.item_id: {r.rule for r in h.reasons} for h in later.held_back}
    assert reasons[ids["told"]] == {"withdrawn"}
    assert reasons[ids["house"]] == {"withdrawn"}


def test_every_showing_is_in_the_release_log(
    archive: Archive, two_families: dict[str, str]
) -> None:
    ids = two_families
    showing = family_showing(archive.db, ids["wang"], TODAY)
    with archive.transaction() as db:
        log_showing(db, showing)
        log_story(db, showing, ids["told"])
        with pytest.raises(RecordNotFound):
            log_story(db, showing, ids["theirs"])
    released = [e for e in audit.entries(archive.db) if e["action"] == "release"]
    assert [e["details"]["audience"] for e in released] == ["family", "family"]
    home, story = (e["details"] for e in released)
    assert set(home["released"]) == showing.shown_items
    assert [h["id"] for h in home["held_back"]] == [ids["portrait"]]
    assert home["held_back"][0]["reasons"][0]["rule"] == FACE_HIDDEN
    assert story["released"] == sorted([ids["told"], ids["house"]])
    assert ids["wang"] in story["purpose"]
