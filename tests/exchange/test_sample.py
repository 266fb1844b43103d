"""The sample archive a newcomer opens with ``archive-app --archive DIR demo``.

Given the bundled sources, when the sample is built, then it holds the families, people,
interviews, recordings, photos and transcripts a newcomer is promised, imported through the real
pipeline and sound enough to pass the integrity check.
"""

from __future__ import annotations

import hashlib
import re
import wave
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from archive_app.core import integrity, places, records
from archive_app.core.archive import Archive
from archive_app.core.errors import ArchiveExists
from archive_app.core.ingest import media_path, thumbnail_path
from archive_app.core.people import RELATIONSHIPS
from archive_app.exchange.sample import (
    SOURCES,
    FolderNotEmpty,
    StagedMedia,
    build,
    build_sample,
    load_manifest,
    stage_media,
)

Row = dict[str, Any]


@pytest.fixture(scope="module")
def built(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Archive, dict[str, Any], list[float]]]:
    """The sample, built once for this module (the build is what every test here inspects)."""
    root = tmp_path_factory.mktemp("sample") / "archive"
    fractions: list[float] = []
    summary = build_sample(root, lambda fraction, message: fractions.append(fraction))
    archive = Archive.open(root, read_only=True)
    try:
        yield archive, summary, fractions
    finally:
        archive.close()


@pytest.fixture(scope="module")
def archive(built: tuple[Archive, dict[str, Any], list[float]]) -> Archive:
    return built[0]


def query(archive: Archive, sql: str, *params: Any) -> list[Row]:
    return records.rows(archive.db, sql, params)


def test_the_build_reports_what_it_made_and_its_progress(
    built: tuple[Archive, dict[str, Any], list[float]],
) -> None:
    archive, summary, fractions = built
    assert summary["interviews"] == len(records.list_records(archive.db, "interview")) == 8
    assert summary["families"] == 5
    assert summary["recordings"] == 8
    assert summary["photos"] == 6
    assert summary["documents"] == 1
    assert summary["transcripts"] == 14
    assert fractions == sorted(fractions)
    assert fractions[-1] == 1.0


def test_the_sample_passes_the_integrity_check(archive: Archive) -> None:
    report = integrity.check(archive)
    assert report.ok, report.problems
    assert report.files_checked == 8 + 6 + 1 + 14


def test_families_come_from_different_provinces(archive: Archive) -> None:
    provinces = set()
    for family in records.list_records(archive.db, "family"):
        chain = places.lineage(archive.db, family["home_place_id"])
        assert [p["level"] for p in chain] == [
            "village",
            "township",
            "county",
            "prefecture",
            "province",
        ]
        provinces.add(chain[-1]["name"])
    assert len(provinces) == 5
    assert "广东省" in provinces


def test_every_relationship_in_a_household_is_present(archive: Archive) -> None:
    found = {r["relationship"] for r in query(archive, "SELECT relationship FROM family_member")}
    assert found == set(RELATIONSHIPS)


def test_people_have_names_in_both_scripts_nicknames_and_birth_dates(archive: Archive) -> None:
    everyone = records.list_records(archive.db, "person")
    assert len(everyone) >= 25
    for person in everyone:
        assert re.search(r"[\u4e00-\u9fff]", person["name"]), person
        assert person["name_latin"] and person["name_latin"].isascii(), person
        assert person["birth_date"] and person["gender"] in ("female", "male"), person
    nicknames = {n for p in everyone for n in p["other_names"]}
    assert {"小芳", "阿婆", "豆豆"} <= nicknames


def test_children_of_every_age_are_narrators(archive: Archive) -> None:
    ages = []
    for row in query(
        archive,
        "SELECT person.birth_date, interview.date FROM interview_person "
        "JOIN person ON person.id = person_id JOIN interview ON interview.id = interview_id "
        "WHERE role = 'narrator'",
    ):
        born, said = row["birth_date"], row["date"]
        age = int(said[:4]) - int(born[:4]) - ((said[5:] < born[5:]) if len(born) == 10 else 0)
        ages.append(age)
    assert any(age < 14 for age in ages)
    assert 16 in ages
    assert any(age >= 60 for age in ages)


def test_every_interview_has_narrator_interviewer_and_its_place(archive: Archive) -> None:
    roles = {r["role"] for r in query(archive, "SELECT role FROM interview_person")}
    assert roles == {"narrator", "interviewer", "mentioned"}
    statuses = set()
    for interview in records.list_records(archive.db, "interview"):
        linked = {
            r["role"]
            for r in query(
                archive, "SELECT role FROM interview_person WHERE interview_id = ?", interview["id"]
            )
        }
        assert {"narrator", "interviewer"} <= linked, interview["title"]
        assert interview["place_id"] and interview["date"] and interview["summary"]
        assert interview["keywords"]
        statuses.add(interview["status"])
    assert statuses == {"recorded", "transcribed", "reviewed", "ready"}


def test_migrations_tell_who_went_to_which_city(archive: Archive) -> None:
    cities = {m["to_city"] for m in records.list_records(archive.db, "migration")}
    assert {"广州", "深圳", "东莞", "上海", "杭州", "成都"} <= cities
    still_away = [m for m in records.list_records(archive.db, "migration") if m["to_date"] is None]
    assert still_away


def test_recordings_are_short_16khz_mono_wavs_with_their_durations(archive: Archive) -> None:
    manifest = load_manifest()
    wanted = {i["title"]: i["recording"]["duration_s"] for i in manifest["interviews"]}
    for row in query(
        archive,
        "SELECT recording.*, interview.title FROM recording JOIN interview ON interview.id = interview_id",
    ):
        assert row["duration_s"] == pytest.approx(wanted[row["title"]], abs=0.05)
        assert 3 <= row["duration_s"] <= 25
        assert (row["sample_rate"], row["channels"], row["format"]) == (16000, 1, "wav")
        with wave.open(str(media_path(archive, row["sha256"]))) as stored:
            assert stored.getnframes() / stored.getframerate() == pytest.approx(
                row["duration_s"], abs=0.05
            )


def test_photos_have_capture_dates_cameras_and_displayed_sizes(archive: Archive) -> None:
    photos = {p["original_name"]: p for p in records.list_records(archive.db, "photo")}
    assert len(photos) == 6
    for photo in photos.values():
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", photo["taken_at"]), photo
        assert photo["camera"] and photo["caption"]
        assert thumbnail_path(archive.root, photo["sha256"]).exists()
    sideways = photos["IMG_20240720_075531.jpg"]  # held upright, stored landscape, orientation 6
    assert (sideways["width"], sideways["height"], sideways["orientation"]) == (768, 1024, 6)
    with Image.open(media_path(archive, sideways["sha256"])) as stored:
        assert stored.size == (1024, 768)
    turned = photos["IMG_20231003_110943.jpg"]  # stored portrait, shown landscape, orientation 8
    assert (turned["width"], turned["height"], turned["orientation"]) == (1024, 768, 8)
    depicted = query(archive, "SELECT count(*) AS n FROM photo_person")[0]["n"]
    assert depicted >= 8


def test_the_scanned_consent_form_is_a_document(archive: Archive) -> None:
    (form,) = records.list_records(archive.db, "document")
    assert form["document_type"] == "consent_form"
    assert form["interview_id"]
    assert thumbnail_path(archive.root, form["sha256"]).exists()


def test_transcripts_in_simplified_traditional_and_english(archive: Archive) -> None:
    transcripts = records.list_records(archive.db, "transcript")
    languages = {t["language"] for t in transcripts}
    assert languages == {"zh-Hans", "zh-Hant", "en"}
    formats = {t["source_format"] for t in transcripts}
    assert formats == {"srt", "vtt", "timecoded", "txt"}
    for interview_id in {t["interview_id"] for t in transcripts}:
        kinds = sorted(t["kind"] for t in transcripts if t["interview_id"] == interview_id)
        assert kinds == ["translation", "verbatim"]
    english = " ".join(
        r["text"]
        for r in query(
            archive,
            "SELECT text FROM segment JOIN transcript ON transcript.id = transcript_id WHERE language = 'en'",
        )
    )
    assert "gaokao" in english and "Spring Festival" in english


@pytest.mark.parametrize(
    ("source", "encoding", "cue"),
    [
        ("transcripts/i5-gold-mountain.zh-Hant.txt", "big5", r"^\[\d\d:\d\d:\d\d\]"),
        ("transcripts/i4-bus-home.zh.srt", "gbk", r"-->"),
    ],
)
def test_big5_and_gbk_transcripts_are_decoded_exactly(
    archive: Archive, source: str, encoding: str, cue: str
) -> None:
    original = (SOURCES / source).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        original.decode("utf-8")  # the file on disk really is in the legacy encoding
    checksum = hashlib.sha256(original).hexdigest()
    (transcript,) = query(archive, "SELECT * FROM transcript WHERE sha256 = ?", checksum)
    assert media_path(archive, transcript["sha256"]).read_bytes() == original
    text = original.decode(encoding)
    segments = query(
        archive, "SELECT * FROM segment WHERE transcript_id = ? ORDER BY position", transcript["id"]
    )
    assert len(segments) == len(re.findall(cue, text, flags=re.MULTILINE))
    for segment in segments:
        assert segment["text"] in text
        assert segment["speaker"] and segment["speaker"] in text


def test_segment_times_lie_within_their_recording(archive: Archive) -> None:
    checked = 0
    for row in query(
        archive,
        "SELECT segment.start_s, segment.end_s, recording.duration_s FROM segment "
        "JOIN transcript ON transcript.id = segment.transcript_id "
        "JOIN recording ON recording.interview_id = transcript.interview_id",
    ):
        if row["start_s"] is None:
            continue
        assert 0 <= row["start_s"] < row["duration_s"]
        if row["end_s"] is not None:
            assert row["start_s"] <= row["end_s"] <= row["duration_s"]
        checked += 1
    assert checked >= 80


def test_tags_and_collections_hold_their_items_in_order(archive: Archive) -> None:
    tags = {t["name"] for t in records.list_records(archive.db, "tag")}
    assert {"留守儿童", "春节", "侨乡"} <= tags
    (taishan,) = [
        c for c in records.list_records(archive.db, "collection") if c["name"].startswith("台山")
    ]
    kinds = [
        r["item_kind"]
        for r in query(
            archive,
            "SELECT item_kind FROM collection_item WHERE collection_id = ? ORDER BY position",
            taishan["id"],
        )
    ]
    assert kinds == ["interview", "photo", "interview"]


def test_consents_show_every_state(archive: Archive) -> None:
    from archive_app.core.consent.store import list_consents

    consents = list_consents(archive.db)
    by_guardian = [c for c in consents if c.given_by == "guardian"]
    assert {c.assent for c in by_guardian} == {"yes", "no"}
    assert any(c.withdrawn_on for c in consents)
    assert any(c.embargo_until for c in consents)
    assert any(c.pseudonym for c in consents)
    assert any(not c.show_face for c in consents)
    assert any(c.form_document_id for c in consents)
    assert any(c.given_by == "self" and c.covers is None for c in consents)
    narrators = {
        r["person_id"]
        for r in query(archive, "SELECT person_id FROM interview_person WHERE role = 'narrator'")
    }
    without = narrators - {c.person_id for c in consents}
    assert len(without) == 1  # the child whose form has not come back: curator only


def test_the_gate_has_an_open_item_and_one_closed_by_each_rule(archive: Archive) -> None:
    from archive_app.core.consent.gate import decide

    items = [
        r["id"] for r in query(archive, "SELECT id FROM interview UNION ALL SELECT id FROM photo")
    ]
    day = date(2025, 6, 1)  # after the withdrawal, before the embargo lifts
    family = [decide(archive.db, item, "family", day) for item in items]
    assert any(d.allowed for d in family)
    rules = {reason.rule for d in family for reason in d.reasons}
    assert {"withdrawn", "no_consent", "embargoed", "assent_missing"} <= rules
    public = [decide(archive.db, item, "public", day) for item in items]
    assert any(d.allowed for d in public)
    assert sum(d.allowed for d in public) < sum(d.allowed for d in family)


def test_a_second_build_in_the_same_folder_is_refused(archive: Archive) -> None:
    with pytest.raises(ArchiveExists):
        build_sample(archive.root)


def test_generated_media_are_the_same_every_time(tmp_path: Path) -> None:
    manifest = load_manifest()
    first = stage_media(manifest, tmp_path / "one", lambda f, m: None)
    second = stage_media(manifest, tmp_path / "two", lambda f, m: None)
    names = sorted(p.relative_to(first.folder) for p in first.folder.rglob("*") if p.is_file())
    assert names == sorted(
        p.relative_to(second.folder) for p in second.folder.rglob("*") if p.is_file()
    )
    for name in names:
        assert (first.folder / name).read_bytes() == (second.folder / name).read_bytes(), name


def test_the_sources_stay_small() -> None:
    size = sum(p.stat().st_size for p in SOURCES.rglob("*") if p.is_file())
    assert size < 1_000_000


class BuildBroke(Exception):
    """Stands for anything that stops a build halfway: a bug, a full disk, Ctrl-C."""


def test_a_build_failing_midway_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "new folder" / "sample archive"
    reached: list[int] = []

    def break_after_the_import(db: Any, manifest: Any, staged: Any, results: list[Any]) -> None:
        reached.append(len(results))
        assert not root.exists()  # the archive is not where it was asked for until it is whole
        raise BuildBroke

    monkeypatch.setattr(build, "catalogue_sample", break_after_the_import)
    with pytest.raises(BuildBroke):
        build_sample(root)
    assert reached == [8 + 6 + 1 + 14]  # it failed with every file imported
    assert list(tmp_path.iterdir()) == []  # no archive, no half-built folder, no parent made


def _refuse_to_generate(manifest: Any, folder: Path, report: Any) -> StagedMedia:
    pytest.fail("the sample was generated for a place that was going to be refused")


def test_an_existing_archive_is_refused_before_anything_is_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "archive"
    Archive.create(root).close()
    before = sorted(p.relative_to(root) for p in root.rglob("*"))
    monkeypatch.setattr(build, "stage_media", _refuse_to_generate)
    with pytest.raises(ArchiveExists):
        build_sample(root)
    assert [p.name for p in tmp_path.iterdir()] == ["archive"]
    assert sorted(p.relative_to(root) for p in root.rglob("*")) == before


def test_a_folder_holding_other_files_is_refused_and_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "Documents"
    root.mkdir()
    (root / "letter.txt").write_text("留着", encoding="utf-8")
    monkeypatch.setattr(build, "stage_media", _refuse_to_generate)
    with pytest.raises(FolderNotEmpty):
        build_sample(root)
    assert [p.name for p in tmp_path.iterdir()] == ["Documents"]
    assert [p.name for p in root.iterdir()] == ["letter.txt"]


def test_an_empty_folder_made_for_the_sample_receives_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def an_empty_field_trip(manifest: Any, folder: Path, report: Any) -> StagedMedia:
        folder.mkdir()
        return StagedMedia(folder, {})

    monkeypatch.setattr(build, "stage_media", an_empty_field_trip)
    monkeypatch.setattr(build, "catalogue_sample", lambda *args: None)
    root = tmp_path / "sample archive"
    root.mkdir()
    summary = build_sample(root)
    assert summary["interviews"] == 0
    assert [p.name for p in tmp_path.iterdir()] == ["sample archive"]
    with Archive.open(root) as reopened:  # whole, closed and writable again
        assert records.list_records(reopened.db, "interview") == []
