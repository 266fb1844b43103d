"""`export bag|ohms|csv`, `import-bag` and `import-sheet` from a terminal."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import bagit
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


def releases(root: Path) -> list[dict[str, Any]]:
    with Archive.open(root, read_only=True) as archive:
        return [e["details"] for e in audit.entries(archive.db) if e["action"] == "release"]


@pytest.mark.parametrize(("kind", "name"), [("bag", "bag"), ("ohms", "ohms"), ("csv", "x.csv")])
def test_each_export_reports_like_the_site_and_is_audited(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path, kind: str, name: str
) -> None:
    out = tmp_path / name
    status, report, err = run(
        capsys, root, "export", kind, str(out), "--audience", "public", "--all", "--json"
    )
    assert status == 0, err
    assert set(report) >= {"included", "excluded", "files", "bytes"}
    assert report["excluded"]  # the sample holds stories the public may not have
    logged = releases(root)[-1]
    assert logged["purpose"] == f"export.{kind}" and logged["audience"] == "public"
    assert sorted(logged["released"]) == sorted(report["included"])


def test_a_curator_bag_of_all_merges_into_another_archive(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path
) -> None:
    out = tmp_path / "all.zip"
    status, _, err = run(
        capsys, root, "export", "bag", str(out), "--audience", "curator", "--all", "--zip", "--json"
    )
    assert status == 0, err
    other = tmp_path / "other"
    assert cli.main(["--archive", str(other), "init"]) == 0
    capsys.readouterr()
    status, merged, err = run(capsys, other, "import-bag", str(out), "--json")
    assert status == 0, err
    assert set(merged) == {"added", "updated", "unchanged", "conflicts"}
    assert merged["added"] > 0 and merged["conflicts"] == []
    status, again, _ = run(capsys, other, "import-bag", str(out), "--json")
    assert (again["added"], again["updated"]) == (0, 0)


def test_a_hostile_bag_is_refused_with_its_reason(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path
) -> None:
    out = tmp_path / "bag"
    run(capsys, root, "export", "bag", str(out), "--audience", "curator", "--all")
    declared = bagit.Bag(str(out))
    declared.info["Payload-Oxum"] = "999999999999.1"
    declared.save()
    status, _, err = run(capsys, root, "import-bag", str(out))
    assert status == 2
    assert (
        "declares other sizes than it holds" in err and "nothing in the archive was changed" in err
    )


def test_export_needs_a_selection(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path
) -> None:
    status, _, err = run(capsys, root, "export", "bag", str(tmp_path / "b"), "--audience", "public")
    assert status == 2 and "--all" in err


def test_import_sheet_dry_run_changes_nothing_and_lists_errors(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path
) -> None:
    sheet = tmp_path / "field.csv"
    sheet.write_text("名称,时间,谁讲的\n新故事,2024/5/6,张三\n错,2024/5/66,\n", encoding="utf-8")
    status, plan, err = run(
        capsys, root, "import-sheet", str(sheet), "--map", "谁讲的=narrator", "--dry-run", "--json"
    )
    assert status == 0, err
    assert plan["mapping"] == {"名称": "title", "时间": "date", "谁讲的": "narrator"}
    assert [s["row"] for s in plan["skipped"]] == [3]
    with Archive.open(root, read_only=True) as archive:
        assert not archive.db.execute("SELECT 1 FROM interview WHERE title = '新故事'").fetchone()
    status, done, _ = run(
        capsys, root, "import-sheet", str(sheet), "--map", "谁讲的=narrator", "--json"
    )
    assert done["added"] == 1 and len(done["skipped"]) == 1
