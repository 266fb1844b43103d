"""``show ID --json`` is a public interface: a field it printed once is printed still, with the
same value, whatever was added beside it.

``tests/data/show_v4_at_70457fb.json`` holds what the command printed for every record of the
stored catalogue of version 4 before the edit API's refactor (made by that commit's own code:
``tests/data/make_show_documents.py``). The same catalogue, upgraded to today's schema, must
show every one of those fields again: a record's field with its value, a list as long with
each of its entries holding the fields it held.
"""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from archive_app.core.archive import Archive
from tests.cli.test_cli import run

DATA = Path(__file__).resolve().parents[1] / "data"
BEFORE = json.loads((DATA / "show_v4_at_70457fb.json").read_text(encoding="utf-8"))
#: values that a migration since then changed on purpose (m005 stores genders as codes)
MIGRATED = {("person", "gender"): {"女": "female", "男": "male", None: None}}


def missing(now: Any, then: Any, where: str, kind: str) -> list[str]:
    """Where ``now`` lacks what ``then`` printed (a field, an entry, a value)."""
    if isinstance(then, dict):
        if not isinstance(now, dict):
            return [f"{where}: {now!r} is no longer an object"]
        found = []
        for key, value in then.items():
            if key not in now:
                found.append(f"{where}.{key} is gone")
                continue
            expected = value
            if where == "" and (kind, key) in MIGRATED:
                expected = MIGRATED[(kind, key)].get(value, value)
            found += missing(now[key], expected, f"{where}.{key}", kind)
        return found
    if isinstance(then, list):
        if not isinstance(now, list) or len(now) != len(then):
            return [f"{where}: {now!r} instead of {then!r}"]
        return [
            gap
            for number, (mine, theirs) in enumerate(zip(now, then, strict=True))
            for gap in missing(mine, theirs, f"{where}[{number}]", kind)
        ]
    return [] if now == then else [f"{where}: {now!r} instead of {then!r}"]


@pytest.fixture(scope="module")
def upgraded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("show") / "archive"
    root.mkdir()
    shutil.copy(DATA / "catalogue_v4.sqlite", root / "archive.sqlite")
    (root / "media").mkdir()
    Archive.open(root).close()  # upgraded to today's schema
    return root


def test_the_old_documents_cover_every_kind_of_record_shown_then() -> None:
    kinds = Counter(
        "transcript" if shown["kind"] in ("verbatim", "translation") else shown["kind"]
        for shown in BEFORE.values()
    )
    assert set(kinds) == {
        "interview",
        "person",
        "family",
        "place",
        "migration",
        "recording",
        "photo",
        "document",
        "transcript",
        "segment",
        "tag",
        "collection",
    }


@pytest.mark.parametrize("record_id", sorted(BEFORE))
def test_show_json_prints_every_field_it_printed_before(
    record_id: str, upgraded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    then = BEFORE[record_id]
    status, now, err = run(capsys, "--archive", str(upgraded), "show", record_id, "--json")
    assert status == 0, err
    assert missing(now, then, "", str(then["kind"])) == []


def test_the_check_finds_a_renamed_field() -> None:
    then = {"kind": "interview", "place_name": "仪陇县", "tags": ["春节"]}
    renamed = {"kind": "interview", "place_full_name": "仪陇县", "tags": [{"name": "春节"}]}
    assert missing(renamed, then, "", "interview") == [
        ".place_name is gone",
        ".tags[0]: {'name': '春节'} instead of '春节'",
    ]


def test_a_place_counts_under_the_names_the_apps_place_page_read_too(
    upgraded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    village = next(i for i, shown in BEFORE.items() if shown.get("level") == "village")
    status, now, err = run(capsys, "--archive", str(upgraded), "show", village, "--json")
    assert status == 0, err
    assert (now["interviews"], now["photos"], now["people"]) == (
        now["interview_count"],
        now["photo_count"],
        now["people_count"],
    )
    assert now["interviews"] >= 1 and now["people"] >= 1
