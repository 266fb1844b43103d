"""A catalogue of every released schema version, stored in tests/data as that version's own code
made it (tests/data/make_catalogues.py), opens in today's app with every row it held."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from archive_app.core import detail, migrations, people, records, sections
from archive_app.core.archive import Archive
from archive_app.core.consent import gate, store
from archive_app.core.edits import history
from archive_app.core.transcripts.store import segments_of, transcripts_of

DATA = Path(__file__).resolve().parents[1] / "data"
LATEST = migrations.latest_version()
#: every version with a stored catalogue; the newest may still lack one until it is released
VERSIONS = sorted(int(p.stem.removeprefix("catalogue_v")) for p in DATA.glob("catalogue_v*.sqlite"))
#: rows in each stored catalogue, by version: made by make_catalogues.py, checked here so that a
#: file replaced by a thinner one is noticed
COUNTS = {
    "place": 5,
    "person": 6,
    "family": 1,
    "family_member": 5,
    "migration_episode": 2,
    "interview": 2,
    "interview_person": 5,
    "photo": 1,
    "photo_person": 2,
    "recording": 1,
    "tag": 3,
    "item_tag": 6,
    "collection": 1,
    "collection_item": 3,
}


def stored(version: int) -> Path:
    return DATA / f"catalogue_v{version}.sqlite"


def table_rows(conn: sqlite3.Connection) -> dict[str, list[dict[str, object]]]:
    """Every row of every table (SQLite's own bookkeeping aside) as dicts, in a stable order."""
    conn.row_factory = sqlite3.Row
    tables = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        table: sorted(
            (dict(row) for row in conn.execute(f"SELECT * FROM [{table}]")),
            key=lambda row: repr(sorted(row.items())),
        )
        for table in tables
    }


def upgraded(version: int, tmp_path: Path) -> Path:
    root = tmp_path / f"v{version}"
    root.mkdir()
    shutil.copy(stored(version), root / "archive.sqlite")
    (root / "media").mkdir()
    return root


def test_every_earlier_version_is_stored() -> None:
    # the version a new migration leaves behind gets its file once that migration is committed
    assert set(range(1, LATEST)) <= set(VERSIONS) <= set(range(1, LATEST + 1))


@pytest.mark.parametrize("version", VERSIONS)
def test_each_stored_catalogue_is_its_version_and_holds_every_kind_of_record(version: int) -> None:
    conn = sqlite3.connect(f"{stored(version).as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version
        held = {table: len(rows) for table, rows in table_rows(conn).items()}
    finally:
        conn.close()
    assert [table for table, count in held.items() if count == 0] == []  # every kind, filled
    assert {table: held[table] for table in COUNTS} == COUNTS
    assert held["transcript"] == (1 if version == 1 else 2)  # from 2 on: an imported SRT + typed
    assert held["segment"] == (3 if version == 1 else 4)
    assert held["document"] == (1 if version == 1 else 2)
    assert ("search_dirty" in held) == (version >= 2)
    assert held.get("consent", 0) == (3 if version >= 3 else 0)
    assert held.get("consent_item", 0) == (2 if version >= 3 else 0)
    assert held.get("section", 0) == (2 if version >= 4 else 0)
    assert held.get("family_collection", 0) == (1 if version >= 6 else 0)
    # the renewal policy (or, before consent, the archive's name); from 8 on the archive's id
    assert held["setting"] == (2 if version >= 8 else 1)
    assert (held.get("history", 0) > 0) == (version >= 8)
    # from 10 on: when each original was last found whole, and who the archive is
    assert held.get("media_fixity", 0) == (5 if version >= 10 else 0)
    assert held.get("archive_identity", 0) == (1 if version >= 10 else 0)


@pytest.mark.parametrize("version", VERSIONS)
def test_a_stored_catalogue_upgrades_keeping_every_row_as_it_was(
    version: int, tmp_path: Path
) -> None:
    root = upgraded(version, tmp_path)
    old = sqlite3.connect(root / "archive.sqlite")
    before = table_rows(old)
    old.close()

    with Archive.open(root) as archive:
        assert migrations.current_version(archive.conn) == migrations.latest_version()
        assert archive.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert archive.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert archive.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        after = table_rows(archive.conn)
        backups = sorted(archive.backups_dir.glob("archive-before-v*.sqlite"))

    assert {t: len(after[t]) for t in before} == {t: len(rows) for t, rows in before.items()}
    for table, rows in before.items():
        kept = [{column: row[column] for column in rows[0]} for row in after[table]]
        assert kept == rows, table
    # a copy of the catalogue was taken before each step, at the version it was then
    assert len(backups) == LATEST - version
    for backup in backups:
        copy = sqlite3.connect(backup)
        number = int(backup.name.split("-v")[1].split("-")[0])
        assert copy.execute("PRAGMA user_version").fetchone()[0] == number - 1
        copy.close()


@pytest.mark.parametrize("version", VERSIONS)
def test_an_upgraded_catalogue_reads_as_it_was_written(version: int, tmp_path: Path) -> None:
    with Archive.open(upgraded(version, tmp_path)) as archive:
        db = archive.db
        by_title = {i["title"]: i for i in records.list_records(db, "interview")}
        spring, letters = by_title["外婆的春节"], by_title["写给妈妈的信"]
        assert spring["keywords"] == ["留守儿童", "春节"]
        assert (spring["date"], spring["language"], spring["status"]) == (
            "2024-02-10",
            "Taishanese",
            "transcribed",
        )
        page = detail.page(db, "interview", spring["id"])
        assert {(p["name"], p["role"]) for p in page["people"]} == {
            ("李桂兰", "narrator"),
            ("陈老师", "interviewer"),
            ("张丽", "mentioned"),
        }
        (grandma,) = [p for p in records.list_records(db, "person") if p["name"] == "李桂兰"]
        assert grandma["other_names"] == ["桂兰婆", "阿兰"]
        assert detail.page(db, "person", grandma["id"])["home_place_full_name"].endswith("浮石村")
        (family,) = people.families_of(db, grandma["id"])
        assert (family["name"], family["relationship"]) == ("张家", "grandmother")
        assert len(people.members_of(db, family["id"])) == 5
        (mother,) = [p for p in records.list_records(db, "person") if p["name"] == "张丽"]
        (away,) = people.migrations_of(db, mother["id"])
        assert (away["to_city"], away["from_date"], away["to_date"]) == ("深圳", "2013-02", None)

        transcripts = {t["source_format"]: t for t in transcripts_of(db, spring["id"])}
        said = [(s["speaker"], s["text"]) for s in segments_of(db, transcripts["srt"]["id"])]
        assert said == [
            ("奶奶", "那年腊月，我天天去镇上等车。"),
            ("奶奶", "她进门的时候，小雨都不认得她了。"),
            ("陈老师", "后来呢？"),
        ]
        if version >= 2:  # a translation typed in the app
            assert transcripts["typed"]["kind"] == "translation"

        (photo,) = records.list_records(db, "photo")
        assert (photo["caption"], photo["taken_at"]) == ("年三十的团圆饭", "2024-02-10")
        documents = {d["document_type"]: d for d in records.list_records(db, "document")}
        assert documents["consent_form"]["title"] == "知情同意书"
        assert {p["name"] for p in detail.page(db, "photo", photo["id"])["people"]} == {
            "李桂兰",
            "张小雨",
        }
        assert {t["name"] for t in detail.tags_of(db, spring["id"])} == {"留守儿童", "春节"}
        (collection,) = detail.collections_of(db, photo["id"])
        assert collection["name"] == "台山的春节"
        (recording,) = records.list_records(db, "recording")
        assert (recording["interview_id"], recording["media_type"]) == (spring["id"], "audio")
        assert recording["duration_s"] == pytest.approx(2.0, abs=0.05)

        day = date(2025, 6, 1)
        family_sees = gate.decide(db, spring["id"], "family", day)
        if version >= 3:
            consents = store.list_consents(db)
            assert len(consents) == 3
            (withdrawn,) = [c for c in consents if c.withdrawn_on]
            assert (withdrawn.withdrawn_on, withdrawn.withdrawal_reason) == (
                "2024-03-01",
                "不想让同事看到",
            )
            (child,) = [c for c in consents if c.given_by == "guardian"]
            assert (child.assent, child.pseudonym, child.show_face) == ("yes", "小雨", False)
            assert set(child.covers or ()) == {letters["id"], photo["id"]}
            assert store.renewal_policy(db) == "suspend"
            assert family_sees.allowed
            closed = gate.decide(db, letters["id"], "family", day)
            assert [r.rule for r in closed.reasons] == ["embargoed"]
        else:
            assert not family_sees.allowed
            assert [r.rule for r in family_sees.reasons] == ["no_consent"]
        chapters = sections.sections_of(db, spring["id"])
        assert [(s["start_s"], s["title"]) for s in chapters] == (
            [(0.0, "腊月等车"), (1.2, "年三十")] if version >= 4 else []
        )
        if version >= 8:  # the history came along: a title changed and changed back, the bin
            (renamed,) = [e for e in history.of_record(db, letters["id"]) if e.reverted_by]
            assert [(i.field, i.before, i.after) for i in renamed.items] == [
                ("title", "写给妈妈的信", "家书")
            ]
            (binned,) = history.in_bin(db)
            assert binned["before"]["name"] == "错误的村子"
            with archive.transaction() as writing:  # and it still restores
                history.restore(writing, binned["id"])
            assert records.get(db, "place", binned["id"])["name"] == "错误的村子"
        else:
            assert history.of_record(db, letters["id"]) == []


@pytest.mark.parametrize("version", VERSIONS)
def test_an_upgraded_catalogue_takes_the_newest_kinds_of_record(
    version: int, tmp_path: Path
) -> None:
    with Archive.open(upgraded(version, tmp_path)) as archive:
        (letters,) = [
            i for i in records.list_records(archive.db, "interview") if i["title"] == "写给妈妈的信"
        ]
        (child,) = [p for p in records.list_records(archive.db, "person") if p["name"] == "张小雨"]
        with archive.transaction() as db:
            sections.add_section(db, letters["id"], 0, "第一封信")
            store.add_consent(
                db, child["id"], date="2025-01-01", audiences=["family"], given_by="guardian",
                guardian_name="张丽",
            )  # fmt: skip
        assert len(sections.sections_of(archive.db, letters["id"])) == 1
        assert archive.conn.execute("PRAGMA foreign_key_check").fetchall() == []
