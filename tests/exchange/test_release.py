"""The shared release: what an audience may have of a selection, and what is held back."""

from __future__ import annotations

import json
from datetime import date

import pytest

from archive_app.core import audit
from archive_app.core.archive import Archive
from archive_app.core.errors import InvalidValue, RecordNotFound
from archive_app.exchange.release import (
    FACE_HIDDEN,
    WITHHELD,
    Selection,
    prepare_release,
    record_release,
)
from tests.exchange.conftest import ids, interview_titled


def every_family(archive: Archive) -> Selection:
    return Selection(family_ids=tuple(ids(archive, "SELECT id FROM family ORDER BY name")))


def all_text(release: object) -> str:
    return json.dumps(release, default=lambda o: getattr(o, "__dict__", str(o)), ensure_ascii=False)


def test_a_withdrawn_story_is_held_back_with_the_gates_reason(sample: Archive) -> None:
    # Given the sample, where 周红梅 withdrew her consent for 姑姑家的饭桌
    release = prepare_release(sample.db, sample.root, every_family(sample), "family")
    withdrawn = interview_titled(sample, "姑姑家的饭桌")
    # Then that story is not among the stories, and is listed as held back, withdrawn
    assert withdrawn not in {s.id for s in release.stories}
    held = {h.item_id: h for h in release.held_back}
    assert [r.rule for r in held[withdrawn].reasons] == ["withdrawn"]
    assert held[withdrawn].reasons[0].person_name == "周红梅"
    # and her name appears nowhere in what goes out
    assert "周红梅" not in all_text(release.stories)


def test_pseudonyms_replace_names_in_titles_speakers_and_lines(sample: Archive) -> None:
    story_id = interview_titled(sample, "星期天晚上的电话")
    release = prepare_release(
        sample.db, sample.root, Selection(interview_ids=(story_id,)), "public"
    )
    (story,) = release.stories
    text = all_text(story)
    # 王小芳 asked to be called 小燕: her name, nickname and pinyin are gone everywhere
    for name in ("王小芳", "小芳", "芳芳", "Xiaofang"):
        assert name not in text
    assert "小燕" in story.summary and "Xiaoyan" in story.summary
    speakers = {s.speaker for t in story.tiers for s in t.segments}
    assert "小燕" in speakers
    assert [p.name for p in story.narrators] == ["小燕"]


def test_research_and_public_get_birth_years_and_counties(sample: Archive) -> None:
    story_id = interview_titled(sample, "星期天晚上的电话")
    family = prepare_release(sample.db, sample.root, Selection(interview_ids=(story_id,)), "family")
    public = prepare_release(sample.db, sample.root, Selection(interview_ids=(story_id,)), "public")
    (near,), (far,) = family.stories, public.stories
    assert near.narrators[0].birth == "2013-11-08"
    assert far.narrators[0].birth == "2013"
    assert "柏树湾村" in near.place and "柏树湾村" not in far.place
    assert far.place.endswith("渠县")
    assert all("柏树湾" not in p.home_place and "石竹镇" not in p.home_place for p in far.people)


def test_a_photo_of_someone_who_asked_for_no_face_stays_behind(sample: Archive) -> None:
    story_id = interview_titled(sample, "过年回家的大巴")
    release = prepare_release(
        sample.db, sample.root, Selection(interview_ids=(story_id,)), "family"
    )
    (story,) = release.stories
    assert story.photos == ()
    rules = {r.rule for h in release.held_back for r in h.reasons}
    assert rules & {FACE_HIDDEN, "assent_missing"}


def test_a_refused_person_mentioned_elsewhere_is_withheld(sample: Archive) -> None:
    # 李浩 did not allow the public: his father's public story must not name him either
    release = prepare_release(sample.db, sample.root, every_family(sample), "public")
    text = all_text(release.stories)
    assert "李浩" not in text and "Li Hao" not in text
    assert "李浩" in release.withheld_names
    assert WITHHELD in text or "李浩" not in all_text(release.stories)


def test_curators_get_everything_unchanged(sample: Archive) -> None:
    release = prepare_release(sample.db, sample.root, every_family(sample), "curator")
    assert release.held_back == ()
    assert "王小芳" in all_text(release.stories)


def test_recording_the_release_logs_every_released_and_held_back_id(sample: Archive) -> None:
    release = prepare_release(
        sample.db, sample.root, every_family(sample), "family", on=date(2026, 1, 1)
    )
    with sample.transaction() as db:
        record_release(db, release, "export.site")
    entry = audit.entries(sample.db)[-1]
    assert entry["action"] == "release"
    details = entry["details"]
    assert details["purpose"] == "export.site"
    assert set(details["released"]) == set(release.released_ids)
    assert {h["id"] for h in details["held_back"]} == {h.item_id for h in release.held_back}


def test_unknown_selections_and_audiences_are_refused(sample: Archive) -> None:
    with pytest.raises(RecordNotFound):
        prepare_release(sample.db, sample.root, Selection(family_ids=("nope",)), "family")
    with pytest.raises(RecordNotFound):
        prepare_release(sample.db, sample.root, Selection(interview_ids=("nope",)), "family")
    with pytest.raises(InvalidValue):
        prepare_release(sample.db, sample.root, every_family(sample), "everyone")
