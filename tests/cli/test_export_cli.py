"""`export site` and `export films` from a terminal: the report, refusals, the audit entry."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest

import archive_app.cli as cli
from archive_app.core import audit
from archive_app.core.archive import Archive
from archive_app.exchange.sample.build import build_sample

pytestmark = pytest.mark.timeout(300)


@pytest.fixture(scope="module")
def sample_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("sample") / "archive"
    build_sample(root)
    return root


@pytest.fixture
def root(sample_folder: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "archive"
    shutil.copytree(sample_folder, copy, ignore=shutil.ignore_patterns("archive.lock"))
    return copy


def run(capsys: pytest.CaptureFixture[str], root: Path, *argv: str) -> tuple[int, Any, str]:
    status = cli.main(["--archive", str(root), *argv])
    captured = capsys.readouterr()
    document = json.loads(captured.out) if "--json" in argv and status == 0 else None
    return status, document, captured.err


def first(root: Path, sql: str) -> str:
    with Archive.open(root, read_only=True) as archive:
        return str(archive.db.execute(sql).fetchone()[0])


def test_export_site_prints_what_went_in_and_what_stayed_behind(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path
) -> None:
    family = first(root, "SELECT family_id FROM family_member JOIN person ON person.id = person_id "
                   "WHERE person.name = '周红梅'")  # fmt: skip
    out = tmp_path / "site.zip"
    status, report, err = run(
        capsys, root, "export", "site", str(out), "--audience", "family", "--family", family,
        "--zip", "--json",
    )  # fmt: skip
    assert status == 0, err
    assert set(report) >= {"included", "excluded", "files", "bytes"}
    assert report["files"] == 1 and report["bytes"] == out.stat().st_size
    rules = {r["rule"] for e in report["excluded"] for r in e["reasons"]}
    assert "withdrawn" in rules
    with zipfile.ZipFile(out) as packed:
        assert any(name.endswith("index.html") for name in packed.namelist())
    with Archive.open(root, read_only=True) as archive:
        entry = audit.entries(archive.db)[-1]
    assert entry["action"] == "release" and entry["details"]["purpose"] == "export.site"
    assert sorted(entry["details"]["released"]) == sorted(report["included"])


def test_export_films_writes_one_film_per_story(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path
) -> None:
    interview = first(root, "SELECT id FROM interview WHERE title = '星期天晚上的电话'")
    status, report, err = run(
        capsys, root, "export", "films", str(tmp_path / "films"), "--audience", "public",
        "--interview", interview, "--second-tier", "English", "--json",
    )  # fmt: skip
    assert status == 0, err
    assert report["included"][0] == interview
    assert [p.name for p in (tmp_path / "films").iterdir()] == ["01.mp4"]


def test_refusals_are_worded_and_change_nothing(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path
) -> None:
    interview = first(root, "SELECT id FROM interview")
    status, _, err = run(
        capsys, root, "export", "site", str(root / "site"), "--audience", "public",
        "--interview", interview,
    )  # fmt: skip
    assert status == 2 and "inside an archive folder" in err
    assert not (root / "site").exists()
    (tmp_path / "taken").mkdir()
    status, _, err = run(
        capsys, root, "export", "site", str(tmp_path / "taken"), "--audience", "public",
        "--interview", interview,
    )  # fmt: skip
    assert status == 2 and "already exists" in err
    status, _, err = run(
        capsys, root, "export", "site", str(tmp_path / "x"), "--audience", "public"
    )
    assert status == 2 and "--family" in err
    status, _, err = run(
        capsys, root, "export", "site", str(tmp_path / "x"), "--audience", "public",
        "--family", "no-such-family",
    )  # fmt: skip
    assert status == 2 and "no-such-family" in err
    assert not (tmp_path / "x").exists()


def test_force_replaces_an_earlier_export_only_once_the_new_one_is_whole(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path
) -> None:
    interview = first(root, "SELECT id FROM interview")
    table = tmp_path / "stories.csv"
    table.write_text("an earlier list\n", encoding="utf-8")
    status, _, err = run(capsys, root, "export", "csv", str(table), "--audience", "public", "--all")
    assert status == 2 and "--force" in err
    assert table.read_text(encoding="utf-8") == "an earlier list\n"

    status, report, err = run(
        capsys, root, "export", "csv", str(table), "--audience", "public", "--all", "--force",
        "--json",
    )  # fmt: skip
    assert status == 0, err
    assert report["out"] == str(table) and report["bytes"] == table.stat().st_size
    assert table.read_text(encoding="utf-8-sig").startswith("dcterms:")

    site = tmp_path / "site"
    site.mkdir()
    (site / "old-page.html").write_text("last year's site", encoding="utf-8")
    status, _, err = run(
        capsys, root, "export", "site", str(site), "--audience", "public",
        "--interview", interview, "--force",
    )  # fmt: skip
    assert status == 0, err
    assert (site / "index.html").is_file() and not (site / "old-page.html").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive", "site", "stories.csv"]

    # replacing never reaches inside an archive folder
    status, _, err = run(
        capsys, root, "export", "csv", str(root / "archive.sqlite"), "--audience", "public",
        "--all", "--force",
    )  # fmt: skip
    assert status == 2 and "inside an archive folder" in err
    with Archive.open(root, read_only=True) as archive:
        assert archive.db.execute("SELECT count(*) FROM interview").fetchone()[0] > 0


def test_a_replacing_export_that_fails_leaves_the_old_one_whole(
    capsys: pytest.CaptureFixture[str],
    root: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from archive_app.exchange import dublin_core

    table = tmp_path / "stories.csv"
    table.write_text("an earlier list\n", encoding="utf-8")

    def fail(*_: Any, **__: Any) -> Any:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(dublin_core, "export_csv", fail)
    status, _, _ = run(
        capsys, root, "export", "csv", str(table), "--audience", "public", "--all", "--force"
    )
    assert status != 0
    assert table.read_text(encoding="utf-8") == "an earlier list\n"
    assert [p.name for p in tmp_path.iterdir() if p.name != "archive"] == ["stories.csv"]
