"""The queries people actually type (issue 15): spaced pinyin, runaway nesting, operators with
nothing to search, English words near each other and names, what a highlight marks, and the
filters by speaker, date, tier and language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from archive_app.core import interviews, people
from archive_app.core.archive import Archive
from archive_app.core.errors import InvalidValue
from archive_app.core.search.query import QueryTooComplex, parse
from archive_app.core.search.service import SearchResult, SearchService
from archive_app.core.transcripts.parse import Segment
from archive_app.core.transcripts.store import add_transcript
from tests.core.search_fixtures import Story, build_story


@pytest.fixture
def story(archive: Archive) -> Story:
    story = build_story(archive)
    with archive.transaction() as db:
        story.people["李明"] = people.add_person(
            db, "李明", name_latin="Lee Mills", other_names=["阿明"]
        )
        english = interviews.add_interview(
            db, "Village voices", date="2016-08-20", language="en"
        )  # fmt: skip
        story.interviews["english"] = english
        add_transcript(
            db,
            english,
            [
                Segment(0.0, 5.0, "阿明", "Every year the whole family went home together for "
                        "the spring festival, by train and bus, carrying gifts for the "
                        "grandparents and the children."),
                Segment(5.0, 9.0, "Interviewer", "Spring came early; we planted rice, weeded "
                        "the fields, dried the harvest and mended the roof before the village festival, "
                        "the festival, the festival."),
                Segment(9.0, 12.0, "Interviewer", "The old rice mill closed in the villages."),
                Segment(12.0, 15.0, "阿明", "I learned C++ at school, then I call my mother."),
            ],
            language="en",
            tier="English",
        )  # fmt: skip
        rows = db.execute(
            "SELECT segment.id FROM segment JOIN transcript ON transcript.id = "
            "segment.transcript_id WHERE transcript.interview_id = ? ORDER BY position",
            [english],
        ).fetchall()
    for name, (segment_id,) in zip(("near", "far", "mill", "cpp"), rows, strict=True):
        story.segments[name] = str(segment_id)
    return story


@pytest.fixture
def service(archive: Archive, story: Story) -> Iterator[SearchService]:
    found = SearchService(archive)
    found.catch_up()
    yield found
    found.close()


def segment_ids(result: SearchResult) -> set[str]:
    assert not result.from_fallback
    return {h.id for h in result.hits if h.kind == "segment"}


# -- pinyin typed syllable by syllable ---------------------------------------------------------


def test_spaced_pinyin_syllables_read_as_pinyin(service: SearchService, story: Story) -> None:
    joined = segment_ids(service.search("liushou ertong", limit=50))
    assert joined == {story.segments["left_behind"], story.segments["decoy_scattered"]}
    assert segment_ids(service.search("liu shou ertong", limit=50)) == joined
    assert story.segments["left_behind"] in segment_ids(service.search("liu shou", limit=50))


# -- bounded queries ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["(" * 400 + "户口", "NOT " * 1000 + "户口", "户口 " * 200, "户" * 5000]
)
def test_a_runaway_query_is_refused_with_a_clear_error(service: SearchService, typed: str) -> None:
    with pytest.raises(QueryTooComplex) as refused:
        service.search(typed)
    assert isinstance(refused.value, InvalidValue)  # worded like any bad value
    assert refused.value.field == "query" and "at most" in refused.value.expected


def test_a_deep_but_allowed_query_still_answers(service: SearchService, story: Story) -> None:
    typed = "(" * 40 + "户口" + ")" * 40 + " " + "NOT " * 5 + "高考"
    assert story.segments["hukou"] in segment_ids(service.search(typed, limit=50))


# -- no query -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["", "   ", "\u3000", '"', "“”", "AND", "OR", "NOT", "-", "，。", "( )", "- -"]
)
def test_an_empty_or_operator_only_query_finds_nothing(service: SearchService, typed: str) -> None:
    assert parse(typed).empty
    found = service.search(typed)
    assert (found.total, found.hits) == (0, [])


def test_operators_beside_filters_leave_the_filters(service: SearchService) -> None:
    only_filter = service.search("year:2019", limit=100)
    assert only_filter.total > 0
    for typed in ("AND year:2019", "year:2019 ，。", 'year:2019 "'):
        found = service.search(typed, limit=100)
        assert {h.id for h in found.hits} == {h.id for h in only_filter.hits}


# -- English words: near one another first; names as written ---------------------------------


def test_unquoted_english_words_rank_nearby_occurrences_first(
    service: SearchService, story: Story
) -> None:
    found = service.search("spring festival", kinds=["segment"], limit=10)
    assert [h.id for h in found.hits] == [story.segments["near"], story.segments["far"]]


def test_an_english_word_finds_the_other_words_of_its_stem(
    service: SearchService, story: Story
) -> None:
    assert story.segments["mill"] in segment_ids(service.search("village", limit=50))
    assert story.segments["far"] in segment_ids(service.search("villages", limit=50))


def test_a_name_is_matched_as_written_not_by_its_stem(service: SearchService, story: Story) -> None:
    found = service.search("Mills", limit=50)
    assert story.people["李明"] in {h.id for h in found.hits}
    assert story.segments["mill"] not in segment_ids(found)  # "mill" shares the stem only
    assert story.segments["mill"] in segment_ids(service.search("mill", limit=50))


def test_highlights_mark_exactly_what_matched(service: SearchService, story: Story) -> None:
    [hit] = [h for h in service.search("C++", limit=50).hits if h.kind == "segment"]
    assert hit.id == story.segments["cpp"]
    assert (
        "[[C]]++" in hit.snippet and "[[call]]" not in hit.snippet and "[[c]]all" not in hit.snippet
    )
    [village] = [
        h for h in service.search("village", limit=50).hits if h.id == story.segments["mill"]
    ]
    assert "[[villages]]" in village.snippet


# -- filters: speaker, dates, tier, language ----------------------------------------------------


def test_a_speaker_filter_takes_a_label_a_name_or_a_person(
    service: SearchService, story: Story
) -> None:
    said_by_ming = {story.segments["near"], story.segments["cpp"]}
    assert segment_ids(service.search("speaker:阿明", limit=50)) == said_by_ming
    assert segment_ids(service.search("speaker:李明", limit=50)) == said_by_ming  # another name
    by_id = service.search("", filters={"speaker": story.people["李明"]}, limit=50)
    assert segment_ids(by_id) == said_by_ming
    assert segment_ids(service.search("festival speaker:interviewer", limit=50)) == {
        story.segments["far"]
    }


def test_from_and_to_bound_the_dates(service: SearchService, story: Story) -> None:
    assert segment_ids(service.search("户口 from:2020", limit=50)) == {
        story.segments["sichuan_hukou"]
    }
    assert segment_ids(service.search("户口 to:2019-12", limit=50)) == {
        story.segments["hukou"],
        story.segments["decoy_order"],
    }
    assert service.search("from:2016-08-20 to:2016-08-20 kind:segment").total == 4
    with pytest.raises(InvalidValue):
        service.search("户口 from:last-year")


def test_tier_and_language_filters_and_facets(service: SearchService, story: Story) -> None:
    english = service.search("tier:english", limit=50)
    assert segment_ids(english) == {story.segments[n] for n in ("near", "far", "mill", "cpp")}
    found = service.search("spring OR 户口", limit=50)
    assert found.facets["tier"] == {"English": 2}
    assert found.facets["language"] == {"en": 2}
    assert found.facets["speaker"] == {"奶奶": 3, "Interviewer": 1, "阿明": 1}
    assert service.search("language:EN kind:interview").total == 1


def test_nesting_deeper_than_fts5_parses_is_answered_all_the_same(
    service: SearchService, story: Story
) -> None:
    typed = "(户口 OR " * 30 + "西安" + ")" * 30
    found = service.search(typed, limit=50)
    assert not found.from_fallback
    assert segment_ids(found) >= {story.segments["hukou"], story.segments["xian"]}
    deep = "".join(f"(户口 -x{n} " for n in range(30)) + "奶奶" + ")" * 30
    assert segment_ids(service.search(deep, limit=50)) == {story.segments["decoy_order"]}
    assert not service.needs_rebuild()  # the index was never taken for broken


def test_renaming_a_tier_or_a_language_reaches_search(
    archive: Archive, service: SearchService, story: Story
) -> None:
    with archive.transaction() as db:
        db.execute(
            "UPDATE transcript SET tier = 'Translation' WHERE interview_id = ?",
            [story.interviews["english"]],
        )
        db.execute(
            "UPDATE interview SET language = 'en-GB' WHERE id = ?", [story.interviews["english"]]
        )
    service.catch_up()
    assert service.search("tier:english").total == 0
    assert service.search("tier:translation").total == 4
    assert service.search("language:en-gb kind:interview").total == 1
