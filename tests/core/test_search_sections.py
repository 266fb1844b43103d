"""Index sections of interviews in search: found by their words, played from their start, kept
in step with the catalogue, and behind their interview's consent."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from archive_app.core import sections
from archive_app.core.archive import Archive
from archive_app.core.search.service import Hit, SearchResult, SearchService
from tests.core.search_fixtures import Story, build_story


@pytest.fixture
def story(archive: Archive) -> Story:
    return build_story(archive)


@pytest.fixture
def leaving(archive: Archive, story: Story) -> str:
    with archive.transaction() as db:
        return sections.add_section(
            db, story.interviews["taishan"], 95.0, "离开梅家村去广州",
            synopsis="她说起第一次坐长途汽车", keywords=["缝纫机"],
        )  # fmt: skip


@pytest.fixture
def service(archive: Archive, leaving: str) -> Iterator[SearchService]:
    found = SearchService(archive)
    found.catch_up()
    yield found
    found.close()


def section_hits(result: SearchResult) -> list[Hit]:
    assert not result.from_fallback
    return [h for h in result.hits if h.kind == "section"]


@pytest.mark.parametrize("query", ["離開梅家村", "likai", "长途汽车", "缝纫机"])
def test_a_section_is_found_by_its_words_and_plays_from_its_start(
    service: SearchService, story: Story, leaving: str, query: str
) -> None:
    found = section_hits(service.search(query, limit=50))
    assert [(h.id, h.interview_id, h.start_s) for h in found] == [
        (leaving, story.interviews["taishan"], 95.0)
    ]
    assert found[0].title == "离开梅家村去广州"


def test_sections_are_a_kind_to_filter_by_and_are_counted(
    service: SearchService, leaving: str
) -> None:
    everything = service.search("梅家村", limit=50)
    assert everything.facets["kind"]["section"] == 1
    narrowed = service.search("梅家村", limit=50, kinds=["section"])
    assert [h.id for h in narrowed.hits] == [leaving]
    assert narrowed.total == 1


def test_a_section_is_hidden_from_an_audience_that_may_not_see_its_interview(
    service: SearchService, story: Story, leaving: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from archive_app.core.consent import gate

    monkeypatch.setattr(
        gate,
        "visible_items",
        lambda db, audience, on=None: frozenset({story.interviews["sichuan"]}),
    )
    assert service.search("离开", audience="public").total == 0
    monkeypatch.setattr(
        gate,
        "visible_items",
        lambda db, audience, on=None: frozenset({story.interviews["taishan"]}),
    )
    assert [h.id for h in section_hits(service.search("离开", audience="family"))] == [leaving]


def test_section_changes_reach_the_index_through_their_interview(
    archive: Archive, service: SearchService, story: Story, leaving: str
) -> None:
    with archive.transaction() as db:
        sections.update_section(db, leaving, {"title": "回到四川老家", "start_s": 120.0})
        added = sections.add_section(db, story.interviews["sichuan"], 10.0, "父亲的工地")
    service.catch_up()
    assert section_hits(service.search("离开梅家村")) == []
    moved = section_hits(service.search("四川老家"))
    assert [(h.id, h.start_s) for h in moved] == [(leaving, 120.0)]
    assert [h.id for h in section_hits(service.search("工地"))] == [added]

    with archive.transaction() as db:
        sections.remove_section(db, leaving)
    service.catch_up()
    assert section_hits(service.search("四川老家")) == []  # no phantom after a removal
    assert [h.id for h in section_hits(service.search("工地"))] == [added]


def test_the_sections_of_a_deleted_interview_leave_the_index(
    archive: Archive, service: SearchService, story: Story
) -> None:
    with archive.transaction() as db:
        db.execute("DELETE FROM interview WHERE id = ?", [story.interviews["taishan"]])
    service.catch_up()
    assert service.search("离开梅家村", kinds=["section"]).total == 0


def test_while_the_index_is_unusable_sections_are_found_in_the_catalogue(
    archive: Archive, story: Story, leaving: str
) -> None:
    service = SearchService(archive)  # never caught up: no index yet
    try:
        result = service.search("离开梅家村", kinds=["section"])
    finally:
        service.close()
    assert result.from_fallback
    assert [(h.id, h.start_s) for h in result.hits] == [(leaving, 95.0)]
