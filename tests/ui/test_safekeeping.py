"""Safekeeping in the app: files not checked for 90 days are shown and can be checked at once; a
catalogue backup is taken on a schedule; a damaged archive is explained with what to do."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from archive_app.core.backup import list_backups
from archive_app.core.ingest import ingest
from archive_app.ui.settings import AppSettings
from tests.core.media_fixtures import make_wav
from tests.core.upgrade_fixtures import archive_with_a_breaking_upgrade, unchanged_at_version_1
from tests.ui.conftest import wait_for_writes
from tests.ui.helpers import said_on_opening


def _old_originals(window: Any, tmp_path: Path) -> None:
    folder = tmp_path / "trip"
    folder.mkdir()
    for number in range(3):
        make_wav(folder / f"n{number}.wav", seconds=0.2 + number / 100)

    def run(archive: Any) -> None:
        ingest(archive, [folder], workers=1)
        with archive.transaction() as db:  # imported long ago, never checked since
            db.execute("UPDATE media_file SET imported_at = '2020-01-01T00:00:00.000Z'")

    window.session.writer.submit(run)


def test_files_not_checked_for_ninety_days_are_shown_and_checked_on_request(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    keeping = window.safekeeping
    assert not keeping.label.isVisible()
    _old_originals(window, tmp_path)
    wait_for_writes(qtbot, window)
    keeping.refresh()
    assert keeping.label.isVisible()
    assert "3 files not checked for 90 days" in keeping.label.text()
    keeping.label.linkActivated.emit("check")
    qtbot.waitUntil(lambda: not keeping.running, timeout=20000)
    assert not keeping.label.isVisible()
    assert "All 3 files are whole" in window.statusBar().currentMessage()
    assert keeping.action.text() in [
        a.text() for a in window.menuBar().actions()[0].menu().actions()
    ]


def test_missing_and_changed_originals_are_named_by_the_stories_they_belong_to(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    _old_originals(window, tmp_path)
    wait_for_writes(qtbot, window)
    db = window.session.db
    stored = [
        (str(path), str(title))
        for path, title in db.execute(
            "SELECT m.stored_path, i.title FROM media_file m JOIN recording r ON r.sha256 = "
            "m.sha256 JOIN interview i ON i.id = r.interview_id ORDER BY m.stored_path"
        )
    ]
    root = window.session.root
    (root / stored[0][0]).unlink()
    with open(root / stored[1][0], "ab") as changed:
        changed.write(b"\0")
    keeping = window.safekeeping
    keeping.check_now()
    qtbot.waitUntil(lambda: not keeping.running, timeout=20000)
    boxes = [
        w for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "problemBox" and w.isVisible()
    ]  # fmt: skip
    assert boxes
    said = boxes[-1].text()
    boxes[-1].close()
    assert said.startswith("2 files are missing or changed: ")
    assert f"the recording of “{stored[0][1]}”" in said
    assert f"the recording of “{stored[1][1]}”" in said
    assert f"the recording of “{stored[2][1]}”" not in said
    assert "backup copy" in said


def test_a_catalogue_backup_is_taken_when_one_is_due(qtbot: Any, window: Any) -> None:
    backups = window.session.archive.backups_dir
    before = len(list_backups(backups))
    window.safekeeping.back_up_if_due()
    wait_for_writes(qtbot, window)
    assert [b.reason for b in list_backups(backups)][: len(list_backups(backups)) - before] == [
        "scheduled"
    ]
    window.safekeeping.back_up_if_due()  # not due again for a day
    wait_for_writes(qtbot, window)
    assert len(list_backups(backups)) == before + 1


def test_a_damaged_catalogue_is_explained_with_what_to_do(
    qtbot: Any, archive_path: Path, private_settings: AppSettings, english: None
) -> None:
    (archive_path / "archive.sqlite").write_bytes(os.urandom(16384))
    said = said_on_opening(qtbot, private_settings, archive_path)
    assert said and "damaged" in said[0] and "restore" in said[0]
    assert (archive_path / "archive.sqlite").stat().st_size == 16384


def test_an_upgrade_that_would_break_links_is_explained_and_the_archive_kept(
    qtbot: Any,
    tmp_path: Path,
    private_settings: AppSettings,
    english: None,
    monkeypatch: Any,
) -> None:
    root = archive_with_a_breaking_upgrade(tmp_path / "old", monkeypatch)
    said = said_on_opening(qtbot, private_settings, root)
    assert said and "could not be brought up to this version" in said[0]
    assert "step 2" in said[0] and "left exactly as it was" in said[0]
    assert unchanged_at_version_1(root)
