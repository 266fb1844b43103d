"""A person's gender is one of four codes, whatever words it was typed in; genders typed freely
into older archives become codes when the app knows the word, and stay as typed when it does not."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

from archive_app.core import edits, people, records
from archive_app.core.archive import Archive, connect
from archive_app.core.edits import kinds
from archive_app.core.errors import InvalidValue
from archive_app.core.migrations import all_migrations


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("female", "female"),
        ("Female", "female"),
        ("F", "female"),
        ("女", "female"),
        ("女性", "female"),
        ("male", "male"),
        ("MALE", "male"),
        ("男", "male"),
        (" 男 ", "male"),
        ("其他", "other"),
        ("其它", "other"),
        ("Other", "other"),
        ("未知", "unknown"),
        ("不详", "unknown"),
        ("不詳", "unknown"),
        ("unknown", "unknown"),
        ("", None),
        (None, None),
    ],
)
def test_typed_words_become_codes(typed: str | None, code: str | None) -> None:
    assert people.gender_code(typed) == code


def test_a_word_that_is_not_a_gender_is_refused(archive: Archive) -> None:
    with pytest.raises(InvalidValue) as raised:
        people.gender_code("girl?")
    assert raised.value.field == "gender"
    assert raised.value.expected == ", ".join(people.GENDERS)
    with pytest.raises(InvalidValue), archive.transaction() as db:
        people.add_person(db, "王秀英", gender="女孩子")
    assert records.list_records(archive.db, "person") == []  # nothing half-saved


def test_adding_and_editing_store_the_code(archive: Archive) -> None:
    with archive.transaction() as db:
        person = people.add_person(db, "王秀英", gender="女")
        edits.run(db, edits.SetFields("person", person, {"gender": "未知"}))
    assert records.get(archive.db, "person", person)["gender"] == "unknown"
    with pytest.raises(InvalidValue), archive.transaction() as db:
        edits.run(db, edits.SetFields("person", person, {"gender": "whatever"}))


def _migration_words() -> dict[str, str]:
    """The words migration 5 turns into codes, read from its SQL."""
    sql = next(
        entry.read_text(encoding="utf-8")
        for entry in resources.files("archive_app.core.migrations").iterdir()
        if re.match(r"m\d{3}_gender_codes\.sql$", entry.name)
    )
    return dict(re.findall(r"WHEN '([^']*)' THEN '(\w+)'", sql))


def test_the_migration_knows_every_word_the_command_accepts() -> None:
    assert _migration_words() == kinds.GENDER_WORDS


def test_free_text_genders_of_an_older_archive_become_codes_or_stay(tmp_path: Path) -> None:
    root = tmp_path / "older"
    (root / "media").mkdir(parents=True)
    conn = connect(root / "archive.sqlite")
    migration = next(m for m in all_migrations() if m.name == "gender_codes")
    for earlier in all_migrations()[: migration.version - 1]:
        earlier.apply(conn)
    conn.execute(f"PRAGMA user_version = {migration.version - 1}")
    typed = {"a": "女", "b": "Male ", "c": "F", "d": "不詳", "e": "双性", "f": None, "g": ""}
    for person_id, gender in typed.items():
        conn.execute(
            "INSERT INTO person (id, name, gender, created_at, updated_at) "
            "VALUES (?, '某人', ?, '', '')",
            [person_id, gender],
        )
    conn.commit()
    conn.close()
    with Archive.open(root) as archive:
        stored = dict(archive.db.execute("SELECT id, gender FROM person ORDER BY id").fetchall())
    assert stored == {
        "a": "female",
        "b": "male",
        "c": "female",
        "d": "unknown",
        "e": "双性",  # not a word the app knows: kept as it was typed, nothing lost
        "f": None,
        "g": None,
    }
