"""The fast path stays taken: a query is one FTS5 MATCH evaluated in C, and its filters, the
consent gate and the facet counts come from the row ids without reading a row per document.

Each of these fails when search quietly falls back to slower work (after a change of engine, of
SQLite, or of the row id layout), which no answer would show: the results would be the same,
only slow at 100,000 segments.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from archive_app.core.archive import Archive
from archive_app.core.search import index, matching, schema
from archive_app.core.search.service import SearchService
from tests.core.search_fixtures import Story, build_story


@pytest.fixture
def story(archive: Archive) -> Story:
    return build_story(archive)


@pytest.fixture
def service(archive: Archive, story: Story) -> Iterator[SearchService]:
    found = SearchService(archive)
    found.catch_up()
    found.prepare()  # as the app does before the first keystroke: groups read
    yield found
    found.close()


def statements_of(service: SearchService, query: str, **options: object) -> list[str]:
    conn = service._reader()
    assert conn is not None, "the index must be in use, not the catalogue fallback"
    said: list[str] = []
    conn.set_trace_callback(said.append)
    try:
        result = service.search(query, **options)  # type: ignore[arg-type]
    finally:
        conn.set_trace_callback(None)
    assert not result.from_fallback and result.total > 0
    return said


def test_the_sqlite_in_use_has_fts5() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, content='', tokenize='ascii')")
    assert index.expected_stamp()["engine"] == "sqlite-fts5"


def test_a_query_with_filters_and_a_gate_is_one_match_and_no_row_per_document(
    service: SearchService, story: Story, monkeypatch: pytest.MonkeyPatch
) -> None:
    from archive_app.core.consent import gate

    visible = frozenset(story.interviews.values())
    monkeypatch.setattr(gate, "visible_items", lambda db, audience, on=None: visible)
    said = statements_of(
        service, "户口 OR 高考 -深圳 place:台山市 year:2019", audience="family", limit=5
    )
    matches = [s for s in said if "MATCH" in s and "ORDER BY rank" not in s]
    assert len(matches) == 1, said  # the whole word tree in one expression
    assert " OR " in matches[0] and " NOT " in matches[0]
    reads = [s for s in said if "FROM doc" in s]
    assert all("rowid IN" in s for s in reads), reads  # only the hits shown are read
    assert not [s for s in said if "FROM grp" in s]  # groups kept between searches


def test_row_ids_carry_the_group_and_the_speaker(service: SearchService, story: Story) -> None:
    conn = service._reader()
    assert conn is not None
    table = matching.groups_of(conn)
    rowid, speaker = conn.execute(
        "SELECT rowid, speaker FROM doc WHERE id = ?", [story.segments["hukou"]]
    ).fetchone()
    group = table.groups[rowid >> schema.GROUP_SHIFT]
    assert (group.kind, group.interview_id) == ("segment", story.interviews["taishan"])
    assert group.speakers[(rowid >> schema.SLOT_SHIFT) & schema.SLOT_MASK] == speaker == "奶奶"


def test_a_fresh_process_reads_pinyin_a_syllable_at_a_time(service: SearchService) -> None:
    said = statements_of(service, "liushou", limit=5)
    characters = [s for s in said if "characters FROM syllable" in s]
    assert characters and all("WHERE syllable = " in s for s in characters)
    vocabulary = [s for s in said if "words_vocab" in s]
    assert vocabulary and all("term >=" in s for s in vocabulary)  # ranges, never a scan


def test_a_fresh_process_reads_only_the_groups_its_search_touches(
    archive: Archive, service: SearchService
) -> None:
    service.close()
    matching.forget()  # as in a new process
    fresh = SearchService(archive)
    try:
        said = statements_of(fresh, "西安", limit=5)
    finally:
        fresh.close()
    groups = [s for s in said if "FROM grp" in s]
    assert any(s.startswith("SELECT number, kind FROM grp") for s in groups), said
    details = [s for s in groups if "facets" in s]
    assert details and all("WHERE number IN" in s for s in details)  # never every group's
