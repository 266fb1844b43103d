"""Search as a user relies on it: every query form finds the passage, and nothing else."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from archive_app.core import records
from archive_app.core.archive import Archive
from archive_app.core.errors import InvalidValue, ReadOnlyArchive
from archive_app.core.search import index
from archive_app.core.search.service import SearchResult, SearchService
from archive_app.core.transcripts.parse import parse_transcript
from archive_app.core.transcripts.store import add_transcript
from tests.core.search_fixtures import Story, add_segments, build_story


@pytest.fixture
def story(archive: Archive) -> Story:
    return build_story(archive)


@pytest.fixture
def service(archive: Archive, story: Story) -> Iterator[SearchService]:
    found = SearchService(archive)
    found.catch_up()
    yield found
    found.close()


def segment_ids(result: SearchResult) -> set[str]:
    return {h.id for h in result.hits if h.kind == "segment"}


def find(service: SearchService, query: str, **options: object) -> SearchResult:
    result = service.search(query, limit=100, **options)  # type: ignore[arg-type]
    assert not result.from_fallback
    return result


# -- the four ways of asking -------------------------------------------------------------------


@pytest.mark.parametrize(
    "query", ["留守儿童", "留守兒童", '"liushou ertong"', "liushouertong", '"liúshǒu értóng"']
)
def test_simplified_traditional_and_pinyin_find_the_same_passage(
    service: SearchService, story: Story, query: str
) -> None:
    found = segment_ids(find(service, query))
    # not the decoys holding 留守, 守儿 and 儿童 apart, or 留, 守 and 儿童 apart
    assert found == {story.segments["left_behind"]}


def test_pinyin_words_without_quotes_are_each_required(
    service: SearchService, story: Story
) -> None:
    found = segment_ids(find(service, "liushou ertong"))
    assert found == {story.segments["left_behind"], story.segments["decoy_scattered"]}


def test_english_finds_the_english_passage_and_the_chinese_one(
    service: SearchService, story: Story
) -> None:
    found = segment_ids(find(service, "left-behind"))
    assert found == {
        story.segments["english"],
        story.segments["left_behind"],
        story.segments["decoy_scattered"],  # 留守在家: left behind at home
    }


def test_a_one_character_query_finds_every_passage_with_it_and_no_other(
    service: SearchService, story: Story
) -> None:
    found = segment_ids(find(service, "奶"))
    assert found == {story.segments["left_behind"], story.segments["decoy_order"]}


def test_pinyin_with_an_apostrophe_reads_syllables_as_written(
    service: SearchService, story: Story
) -> None:
    assert segment_ids(find(service, "xi'an")) == {story.segments["xian"]}


def test_a_segment_hit_says_where_it_is_said_and_marks_the_words(
    service: SearchService, story: Story
) -> None:
    hit = next(h for h in find(service, "留守兒童").hits if h.kind == "segment")
    assert hit.interview_id == story.interviews["taishan"]
    assert hit.start_s == 0.0
    assert "[[留守兒童]]" in hit.snippet  # marked in the text as written, traditional
    later = next(h for h in find(service, "户口 -四川").hits if h.id == story.segments["hukou"])
    assert later.start_s == 25.0


# -- phrases, operators, filters, facets -----------------------------------------------------------


def test_a_phrase_does_not_bridge_punctuation(service: SearchService, story: Story) -> None:
    assert segment_ids(find(service, '"儿童户口"')) == set()
    assert story.segments["decoy_order"] in segment_ids(find(service, "儿童 户口"))


def test_or_and_not(service: SearchService, story: Story) -> None:
    assert segment_ids(find(service, "侨批 OR 西安")) == {
        story.segments["qiaopi"],
        story.segments["xian"],
    }
    assert segment_ids(find(service, "户口 NOT 高考")) == {
        story.segments["hukou"],
        story.segments["decoy_order"],
    }
    assert segment_ids(find(service, "户口 -深圳 -奶奶")) == {story.segments["sichuan_hukou"]}


def test_a_county_filter_finds_passages_recorded_in_its_villages(
    service: SearchService, story: Story
) -> None:
    found = find(service, "户口 place:台山", kinds=["segment"])
    assert found.total == 0  # names are matched whole: 台山 is not 台山市
    found = find(service, "户口 place:臺山市", kinds=["segment"])  # traditional spelling
    assert segment_ids(found) == {story.segments["hukou"], story.segments["decoy_order"]}
    by_id = find(service, "户口", filters={"place": story.places["四川省"]})
    assert segment_ids(by_id) == {story.segments["sichuan_hukou"]}


def test_year_tag_person_and_kind_filters(service: SearchService, story: Story) -> None:
    assert segment_ids(find(service, "户口 year:2021")) == {story.segments["sichuan_hukou"]}
    tagged = find(service, "tag:侨乡")
    assert story.interviews["taishan"] in {h.id for h in tagged.hits}
    assert story.segments["sichuan_hukou"] not in {h.id for h in tagged.hits}
    assert segment_ids(find(service, "春节 person:张德明")) == {story.segments["sichuan_festival"]}
    only = find(service, "奶奶", kinds=["photo"])
    assert [h.id for h in only.hits] == [story.photos["house"]]


def test_facets_count_every_result_by_kind_year_place_person_and_tag(
    service: SearchService,
) -> None:
    found = find(service, "户口")
    assert found.total == 3
    assert found.facets["kind"] == {"segment": 3}
    assert found.facets["year"] == {"2019": 2, "2021": 1}
    assert found.facets["place"]["台山市"] == 2
    assert found.facets["place"]["四川省"] == 1
    assert found.facets["person"] == {"王秀英": 2, "张德明": 1}
    assert found.facets["tag"] == {"侨乡": 2}


def test_a_village_is_found_by_its_county_and_its_province(
    service: SearchService, story: Story
) -> None:
    for query in ("台山", "廣東", "Guangdong"):
        places_found = {h.id for h in find(service, query, kinds=["place"]).hits}
        assert story.places["梅家村"] in places_found
        assert story.places["平昌县"] not in places_found


def test_people_are_found_by_every_name_they_go_by(service: SearchService, story: Story) -> None:
    for query in ("王秀英", "阿英", "Xiuying"):
        assert story.people["王秀英"] in {h.id for h in find(service, query, kinds=["person"]).hits}


def test_an_unknown_audience_is_refused(service: SearchService) -> None:
    with pytest.raises(InvalidValue):
        service.search("户口", audience="everyone")


# -- consent -----------------------------------------------------------------------------------


def test_a_public_search_only_shows_what_consent_lets_it_see(
    service: SearchService, story: Story, monkeypatch: pytest.MonkeyPatch
) -> None:
    from archive_app.core.consent import gate

    visible = frozenset({story.interviews["sichuan"]})
    monkeypatch.setattr(gate, "visible_items", lambda db, audience, on=None: visible)
    found = service.search("户口 OR 奶奶 OR 王秀英 OR 台山", limit=100, audience="public")
    assert {h.id for h in found.hits} == {story.segments["sichuan_hukou"]}
    assert found.total == 1
    assert found.facets["kind"] == {"segment": 1}


def test_without_any_consent_recorded_the_public_sees_nothing(service: SearchService) -> None:
    assert service.search("户口", audience="public").total == 0
    assert service.search("户口", audience="curator").total == 3


# -- keeping up with the catalogue ---------------------------------------------------------------


def test_a_new_transcript_is_found_once_caught_up(
    archive: Archive, service: SearchService, story: Story
) -> None:
    [segment] = add_segments(archive, story.interviews["sichuan"], ["爷爷的金山伯故事"])
    assert find(service, "金山伯").total == 0  # not yet indexed
    assert service.catch_up() >= 1
    assert segment_ids(find(service, "jinshanbo")) == {segment}
    assert service.catch_up() == 0  # nothing left to do


def test_edited_and_deleted_text_leaves_no_phantom_hits(
    archive: Archive, service: SearchService, story: Story
) -> None:
    with archive.transaction() as db:
        records.update(db, "segment", story.segments["xian"], {"text": "爸爸后来去了广州打工。"})
        db.execute("DELETE FROM segment WHERE id = ?", [story.segments["qiaopi"]])
    service.catch_up()
    assert segment_ids(find(service, "西安")) == set()
    assert segment_ids(find(service, "广州")) == {story.segments["xian"]}
    assert story.segments["qiaopi"] not in segment_ids(find(service, "侨批"))


def test_renaming_a_place_or_person_reaches_every_passage_under_them(
    archive: Archive, service: SearchService, story: Story
) -> None:
    with archive.transaction() as db:
        records.update(db, "place", story.places["台山市"], {"name": "台山县"})
        records.update(db, "person", story.people["张德明"], {"name": "张得明"})
    service.catch_up()
    assert segment_ids(find(service, "户口 place:台山县")) == {
        story.segments["hukou"],
        story.segments["decoy_order"],
    }
    assert segment_ids(find(service, "春节 person:张得明")) == {story.segments["sichuan_festival"]}
    assert find(service, "place:台山市").total == 0


def test_deleting_an_interview_removes_its_passages(
    archive: Archive, service: SearchService, story: Story
) -> None:
    with archive.transaction() as db:
        db.execute("DELETE FROM interview WHERE id = ?", [story.interviews["sichuan"]])
    service.catch_up()
    assert segment_ids(find(service, "户口")) == {
        story.segments["hukou"],
        story.segments["decoy_order"],
    }
    assert find(service, "春节").total == 0


def test_a_gbk_transcript_is_searchable(
    archive: Archive, service: SearchService, story: Story
) -> None:
    data = "奶奶: 那年的户口本丢了\n爷爷: 后来补办了\n".encode("gbk")
    parsed = parse_transcript(Path("采访.txt"), data)
    with archive.transaction() as db:
        add_transcript(db, story.interviews["taishan"], parsed.segments, source_format="txt",
                       source_encoding=parsed.encoding)  # fmt: skip
    service.catch_up()
    hits = find(service, "户口本").hits
    assert [h.snippet for h in hits if h.kind == "segment"] == ["那年的[[户口本]]丢了"]
    assert find(service, "hukouben").total == 1


# -- an index that is missing, outdated or damaged -------------------------------------------------


def test_a_missing_index_answers_from_the_catalogue_then_rebuilds(
    archive: Archive, story: Story
) -> None:
    service = SearchService(archive)
    assert service.needs_rebuild()
    plain = service.search("留守兒童", limit=50)
    assert plain.from_fallback
    assert story.segments["left_behind"] in {h.id for h in plain.hits}
    assert story.segments["decoy_apart"] not in {h.id for h in plain.hits}
    service.catch_up()  # rebuilds
    assert not service.needs_rebuild()
    assert not service.search("留守兒童").from_fallback
    service.close()


def test_an_index_of_an_older_analyzer_is_rebuilt(archive: Archive, service: SearchService) -> None:
    stamp = index.current_dir(archive.index_dir) / index.STAMP
    old = json.loads(stamp.read_text(encoding="utf-8"))
    stamp.write_text(json.dumps({**old, "analyzer": old["analyzer"] - 1}), encoding="utf-8")
    fresh = SearchService(archive)
    assert fresh.needs_rebuild()
    assert fresh.search("户口").from_fallback
    fresh.catch_up()
    assert not fresh.needs_rebuild()
    assert fresh.search("户口").total == 3
    fresh.close()


def test_a_damaged_index_is_answered_around_and_rebuilt(
    archive: Archive, service: SearchService
) -> None:
    service.close()
    index_file = index.index_file(archive.index_dir)
    assert index_file.exists()
    data = index_file.read_bytes()  # cut short, as by a power cut before the data was written
    index_file.write_bytes(data[: len(data) // 2])
    fresh = SearchService(archive)
    assert fresh.needs_rebuild()
    answer = fresh.search("户口")
    assert answer.from_fallback and answer.total == 3
    fresh.catch_up()
    assert fresh.search("户口").total == 3 and not fresh.search("户口").from_fallback
    fresh.close()


def test_a_read_only_archive_searches_what_is_indexed(
    archive: Archive, service: SearchService, story: Story
) -> None:
    add_segments(archive, story.interviews["sichuan"], ["新写的侨批"])
    reader = Archive.open(archive.root, read_only=True)
    try:
        readonly = SearchService(reader)
        with pytest.raises(ReadOnlyArchive):
            readonly.catch_up()
        assert not readonly.search("侨批").from_fallback
        assert len(segment_ids(readonly.search("侨批"))) == 1  # the new one is not indexed yet
        service.catch_up()
        assert len(segment_ids(readonly.search("侨批"))) == 2  # the reader sees the new commit
        readonly.close()
    finally:
        reader.close()


def test_preparing_ahead_changes_no_answer(archive) -> None:  # type: ignore[no-untyped-def]
    """The app prepares search before the first keystroke; answers stay exactly the same."""
    from archive_app.core import interviews
    from archive_app.core.search.service import SearchService

    with archive.transaction() as db:
        interviews.add_interview(db, "户口和高考", summary="回老家考试")
        interviews.add_interview(db, "过年回家", summary="坐火车")
    cold = SearchService(archive)
    cold.catch_up()
    expected = cold.search("户口")
    warm = SearchService(archive)
    warm.prepare()
    found = warm.search("户口")
    assert (found.total, [h.id for h in found.hits], found.facets) == (
        expected.total,
        [h.id for h in expected.hits],
        expected.facets,
    )
    assert found.total == 1


def test_an_index_on_read_only_media_is_still_read(
    archive: Archive, service: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    service.close()
    # as on a write-protected USB stick: the index folder cannot be written (root ignores modes)
    monkeypatch.setattr(index.os, "access", lambda path, mode: False)
    reader = Archive.open(archive.root, read_only=True)
    try:
        readonly = SearchService(reader)
        found = readonly.search("户口")
        assert not found.from_fallback and found.total == 3
        readonly.close()
    finally:
        reader.close()
