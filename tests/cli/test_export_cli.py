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
