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


def test_a_searcher_follows_commits_without_reading_every_group_again(
    archive: Archive, service: SearchService, many: tuple[list[str], list[str]]
) -> None:
    interview_ids, _ = many
    assert service.search("户口", limit=1).facets["year"] == {"2021": 2 * INTERVIEWS // 3}
    table = matching.groups_of(service._reader())  # type: ignore[arg-type]
    untouched = next(
        n for n, g in table.groups.items() if g.loaded and g.interview_id != interview_ids[0]
    )
    kept = table.groups[untouched]
    with archive.transaction() as db:
        db.execute("UPDATE interview SET date = '2015-03-01' WHERE id = ?", [interview_ids[0]])
    service.catch_up()
    assert service.search("户口", limit=1).facets["year"] == {
        "2021": 2 * INTERVIEWS // 3 - 2,
        "2015": 2,
    }
    assert matching.groups_of(service._reader()) is table  # type: ignore[arg-type]
    assert table.groups[untouched] is kept  # untouched groups were not read again
