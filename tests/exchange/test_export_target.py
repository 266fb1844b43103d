"""Exports never write into the archive, never replace a file, and leave nothing when stopped."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive_app.core.archive import Archive
from archive_app.core.errors import Cancelled
from archive_app.exchange.release import Selection, prepare_release
from archive_app.exchange.site import export_site
from archive_app.exchange.target import TargetExists, TargetInsideArchive, Work, check_target
from tests.exchange.conftest import ids


def family_release(archive: Archive):  # type: ignore[no-untyped-def]
    families = tuple(ids(archive, "SELECT id FROM family"))
    return prepare_release(archive.db, archive.root, Selection(family_ids=families), "family")


def test_a_target_inside_the_archive_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    (archive / "media").mkdir(parents=True)
    for inside in (archive, archive / "site", archive / "media" / "deep" / "x.zip"):
        with pytest.raises(TargetInsideArchive):
            check_target(inside, archive)
    link = tmp_path / "link"
    link.symlink_to(archive)
    with pytest.raises(TargetInsideArchive):
        check_target(link / "site", archive)


def test_an_existing_file_or_folder_is_never_replaced(tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("mine")
    (tmp_path / "folder").mkdir()
    for taken in (tmp_path / "taken", tmp_path / "folder"):
        with pytest.raises(TargetExists):
            check_target(taken, tmp_path / "archive")
    assert (tmp_path / "taken").read_text() == "mine"


def test_a_cancelled_site_export_leaves_nothing_behind(sample: Archive, tmp_path: Path) -> None:
    release = family_release(sample)
    out = tmp_path / "out"
    out.mkdir()
    seen: list[str] = []

    def cancel_after_some_audio(fraction: float, message: str) -> None:
        seen.append(message)
        if message == "audio" and len(seen) > 3:
            work.cancel()

    work = Work(cancel_after_some_audio)
    with pytest.raises(Cancelled):
        export_site(release, out / "site", sample.root, work=work)
    assert list(out.iterdir()) == []
    with pytest.raises(Cancelled):
        stopped = Work()
        stopped.cancel()
        export_site(release, out / "site.zip", sample.root, as_zip=True, work=stopped)
    assert list(out.iterdir()) == []


def test_the_site_reports_what_it_wrote(sample: Archive, tmp_path: Path) -> None:
    release = family_release(sample)
    out = tmp_path / "out"
    out.mkdir()
    report = export_site(release, out / "site.zip", sample.root, as_zip=True)
    assert report.files == 1 and report.bytes == (out / "site.zip").stat().st_size
    assert set(report.included) == set(release.released_ids)
    assert {e["id"] for e in report.excluded} == {h.item_id for h in release.held_back}
    assert [p.name for p in out.iterdir()] == ["site.zip"]  # no temporary folder left
