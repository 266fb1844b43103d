"""Search over many people and owners: exact facet counts and consent filtering when most values
are rare (each narrator on a handful of documents), and memory that stays bounded."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from archive_app.core import interviews, people
from archive_app.core.archive import Archive
from archive_app.core.search import matching
from archive_app.core.search.service import SearchService
from tests.core.search_fixtures import add_segments

INTERVIEWS = 60  # well over matching.DENSE_RATIO documents: most people are rare values


@pytest.fixture
def many(archive: Archive) -> tuple[list[str], list[str]]:
    """Interviews with one narrator each; every third mentions 户口 in both of its segments."""
    interview_ids: list[str] = []
    narrators: list[str] = []
    with archive.transaction() as db:
        for number in range(INTERVIEWS):
            narrator = people.add_person(db, f"讲述人{number:03d}")
            interview = interviews.add_interview(db, f"访谈 {number:03d}", date="2021-05-01")
            interviews.link_person(db, interview, narrator, "narrator")
            interview_ids.append(interview)
            narrators.append(f"讲述人{number:03d}")
    for number, interview in enumerate(interview_ids):
        word = "户口" if number % 3 == 0 else "庄稼"
        add_segments(archive, interview, [f"那年{word}的事情", f"后来{word}又变了"])
    return interview_ids, narrators


@pytest.fixture
def service(archive: Archive, many: tuple[list[str], list[str]]) -> Iterator[SearchService]:
    found = SearchService(archive)
    found.catch_up()
    yield found
    found.close()


def test_person_facets_count_each_rare_narrator_exactly(
    service: SearchService, many: tuple[list[str], list[str]]
) -> None:
    _, narrators = many
    result = service.search("户口", limit=5)
    assert result.total == 2 * INTERVIEWS // 3
    expected = {narrators[n]: 2 for n in range(0, INTERVIEWS, 3)}
    assert result.facets["person"] == dict(sorted(expected.items()))
    assert result.facets["kind"] == {"segment": 2 * INTERVIEWS // 3}


def test_an_audience_sees_only_the_rare_owners_it_may(
    service: SearchService, many: tuple[list[str], list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    interview_ids, _ = many
    from archive_app.core.consent import gate

    visible = frozenset(interview_ids[0:12])  # 0, 3, 6, 9 mention 户口
    monkeypatch.setattr(gate, "visible_items", lambda db, audience, on=None: visible)
    found = service.search("户口", limit=100, audience="family")
    assert found.total == 8
    assert {h.interview_id for h in found.hits} == {interview_ids[n] for n in (0, 3, 6, 9)}


def test_kept_bitmaps_stay_within_their_budget(
    service: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = matching._Cache(term_bytes=4096)
    monkeypatch.setattr(matching, "_CACHE", small)
    for word in ("户口", "庄稼", "那年", "后来", "事情", "变了", "讲述", "访谈"):
        assert service.search(word).total > 0
    assert small.terms_held <= 4096
    assert 0 < len(small.terms) < 8 * 2  # older terms made way for newer ones
