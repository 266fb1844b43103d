"""Edits from the command line: ``edit``, ``tag``, ``untag``, ``collect``, ``remove``,
``restore``, and the history that outlives each run: ``history``, ``revert``, ``bin``, ``purge``.
Every command is its own run of the program, so everything here also holds across a restart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from archive_app.cli import main
from archive_app.core import audit
from archive_app.core.archive import Archive
from tests.cli.test_cli import run
from tests.core.village import build_village


@pytest.fixture
def village(tmp_path: Path) -> tuple[list[str], dict[str, str]]:
    root = tmp_path / "archive"
    with Archive.create(root) as archive:
        ids = build_village(archive)
    return ["--archive", str(root)], ids


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    status, document, err = run(capsys, *argv, "--json")
    assert status == 0, err
    return document


def test_edit_sets_fields_and_prints_what_changed(
    capsys: pytest.CaptureFixture[str], village: tuple[list[str], dict[str, str]]
) -> None:
    a, ids = village
    done = _json(
        capsys,
        *a,
        "edit",
        ids["first"],
        "--set",
        "title=外婆的春节",
        "--set",
        "keywords=春节, 回家",
        "--set",
        "date=",
    )
    assert done["id"] == ids["first"]
    assert done["changes"] == {"updated": {"interview": [ids["first"]]}}
    shown = _json(capsys, *a, "show", ids["first"])
    assert (shown["title"], shown["keywords"], shown["date"]) == (
        "外婆的春节",
        ["春节", "回家"],
        None,
    )


def test_a_bad_value_is_refused_with_a_reason_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], village: tuple[list[str], dict[str, str]]
) -> None:
    a, ids = village
    status, _, err = run(capsys, *a, "edit", ids["family"], "--set", "name=  ")
    assert status == 2 and "name" in err and "Traceback" not in err
    status, _, err = run(capsys, *a, "edit", ids["first"], "--set", "title")
    assert status == 2 and "FIELD=VALUE" in err
    assert _json(capsys, *a, "show", ids["family"])["name"] == "李家"


def test_tag_untag_and_collect(
    capsys: pytest.CaptureFixture[str], village: tuple[list[str], dict[str, str]]
) -> None:
    a, ids = village
    tagged = _json(capsys, *a, "tag", ids["first"], "春节")
    (tag_id,) = tagged["changes"]["added"]["tag"]
    shown = _json(capsys, *a, "show", ids["first"])
    assert shown["tags"] == ["春节"]
    assert shown["tag_records"] == [{"id": tag_id, "name": "春节"}]
    again = _json(capsys, *a, "tag", ids["first"], "春节")
    assert again["changes"] == {} and again["change_id"] is None
    _json(capsys, *a, "untag", ids["first"], "春节")
    assert _json(capsys, *a, "show", ids["first"])["tags"] == []

    with Archive.open(Path(a[1])) as archive, archive.transaction() as db:
        from archive_app.core import edits

        shelf = str(edits.run(db, edits.add("collection", {"name": "春节展"})).value)
    collected = _json(capsys, *a, "collect", shelf, ids["first"], ids["second"])
    assert collected["changes"]["updated"]["collection"] == [shelf]
    items = _json(capsys, *a, "show", shelf)["items"]
    assert [i["item_id"] for i in items] == [ids["first"], ids["second"]]
    status, _, err = run(capsys, *a, "collect", shelf, ids["grandma"])
    assert status == 2 and "interview or a photo" in err


def test_remove_restore_and_history_across_runs(
    capsys: pytest.CaptureFixture[str], village: tuple[list[str], dict[str, str]]
) -> None:
    a, ids = village
    removed = _json(capsys, *a, "remove", ids["grandma"])
    assert removed["changes"]["removed"] == {"person": [ids["grandma"]]}
    status, _, err = run(capsys, *a, "show", ids["grandma"])
    assert status == 2
    assert [e["id"] for e in _json(capsys, *a, "bin")] == [ids["grandma"]]
    _json(capsys, *a, "restore", ids["grandma"])
    person = _json(capsys, *a, "show", ids["grandma"])
    assert person["families"][0]["relationship"] == "grandmother"
    assert person["interviews"][0]["role"] == "narrator"
    status, _, err = run(capsys, *a, "restore", ids["grandma"])
    assert status == 2 and "is in the archive" in err

    kept = _json(capsys, *a, "history", ids["grandma"])
    assert [e["operation"] for e in kept][-2:] == ["remove_record", "restore_record"]
    assert kept[-1]["reverts"] == kept[-2]["change_id"]
    assert kept[-2]["reverted_by"] == kept[-1]["change_id"]
    assert main([*a, "history", ids["grandma"]]) == 0
    shown = capsys.readouterr().out  # for a person: in words, the removal undone by the restore
    assert "removed to the bin" in shown and "restored from the bin" in shown
    assert f"(undoes {kept[-2]['change_id']})" in shown


def test_revert_undoes_a_change_and_refuses_when_a_later_one_conflicts(
    capsys: pytest.CaptureFixture[str], village: tuple[list[str], dict[str, str]]
) -> None:
    a, ids = village
    first = _json(capsys, *a, "edit", ids["first"], "--set", "title=第一次")["change_id"]
    second = _json(capsys, *a, "edit", ids["first"], "--set", "title=第二次")["change_id"]
    status, _, err = run(capsys, *a, "revert", first)
    assert status == 2 and second in err and "title" in err
    assert _json(capsys, *a, "show", ids["first"])["title"] == "第二次"
    _json(capsys, *a, "revert", second)
    assert _json(capsys, *a, "show", ids["first"])["title"] == "第一次"
    _json(capsys, *a, "revert", first)
    assert _json(capsys, *a, "show", ids["first"])["title"] == "奶奶的故事"
    (entry,) = [e for e in _json(capsys, *a, "history", ids["first"]) if e["change_id"] == first]
    assert entry["changes"] == [
        {
            "kind": "interview",
            "id": ids["first"],
            "field": "title",
            "before": "奶奶的故事",
            "after": "第一次",
        }
    ]


def test_purge_empties_the_bin_for_good_and_is_audited(
    capsys: pytest.CaptureFixture[str], village: tuple[list[str], dict[str, str]]
) -> None:
    a, ids = village
    _json(capsys, *a, "remove", ids["second"])
    _json(capsys, *a, "remove", ids["family"])
    purged = _json(capsys, *a, "purge", ids["second"])
    assert purged == {"purged": [ids["second"]]}
    status, _, err = run(capsys, *a, "restore", ids["second"])
    assert status == 2 and "the bin was emptied" in err
    (removal,) = _json(capsys, *a, "history", ids["second"])[-1:]
    assert removal["changes"][0]["record"] == "removed" and not removal["revertible"]
    assert [e["id"] for e in _json(capsys, *a, "bin")] == [ids["family"]]
    assert _json(capsys, *a, "purge") == {"purged": [ids["family"]]}
    assert _json(capsys, *a, "bin") == []
    with Archive.open(Path(a[1]), read_only=True) as archive:
        logged = [e for e in audit.entries(archive.db) if e["action"] == "bin.purge"]
        assert [e["details"]["ids"] for e in logged] == [[ids["second"]], [ids["family"]]]
