"""The Export dialog: held back shown before writing, the export off the GUI thread, logged."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from archive_app.core import audit
from archive_app.core.archive import Archive
from archive_app.exchange.sample.build import build_sample
from archive_app.ui.export import ExportDialog
from archive_app.ui.session import ArchiveSession

pytestmark = pytest.mark.timeout(300)


@pytest.fixture(scope="module")
def sample_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("sample") / "archive"
    build_sample(root)
    return root


@pytest.fixture
def session(sample_folder: Path, tmp_path: Path) -> Iterator[ArchiveSession]:
    copy = tmp_path / "archive"
    shutil.copytree(sample_folder, copy, ignore=shutil.ignore_patterns("archive.lock"))
    opened = ArchiveSession(Archive.open(copy))
    try:
        yield opened
    finally:
        opened.close()


def family_ids(session: ArchiveSession) -> list[str]:
    return [str(r[0]) for r in session.db.execute("SELECT id FROM family ORDER BY name")]


def test_what_is_held_back_is_listed_with_reasons_before_anything_is_written(
    qtbot: QtBot, session: ArchiveSession, tmp_path: Path
) -> None:
    dialog = ExportDialog(session)
    qtbot.addWidget(dialog)
    for family in family_ids(session):
        dialog.check("family", family)
    qtbot.waitUntil(lambda: dialog.release is not None, timeout=20_000)
    texts = [dialog.held.item(i).text() for i in range(dialog.held.count())]
    assert any("周红梅" in t and "2025-05-10" in t for t in texts)  # withdrew her consent
    assert not dialog.export_button.isEnabled()  # no target yet
    assert dialog.job is None  # nothing started: the list comes first


def test_exporting_writes_the_site_and_records_the_release(
    qtbot: QtBot, session: ArchiveSession, tmp_path: Path
) -> None:
    dialog = ExportDialog(session)
    qtbot.addWidget(dialog)
    dialog.check("family", family_ids(session)[0])
    qtbot.waitUntil(lambda: dialog.release is not None, timeout=20_000)
    dialog.target.setText(str(tmp_path / "site"))
    assert dialog.export_button.isEnabled()
    before = len(audit.entries(session.db))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
    assert (tmp_path / "site" / "index.html").is_file()
    entries = audit.entries(session.db)
    assert len(entries) == before + 1 and entries[-1]["action"] == "release"
    assert set(entries[-1]["details"]["released"]) == set(dialog.release.released_ids)


@pytest.mark.parametrize("name", ["site", "media"])
def test_a_target_inside_the_archive_is_refused_in_words_before_anything_is_asked(
    qtbot: QtBot, session: ArchiveSession, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    # "media" exists: the dialog must not even ask whether to replace the archive's own folder
    target = session.root / name
    before = sorted(p.name for p in target.iterdir()) if target.exists() else None
    asked: list[Path] = []
    monkeypatch.setattr(
        "archive_app.ui.export.dialog.ask_to_replace", lambda _parent, path: asked.append(path)
    )
    dialog = ExportDialog(session)
    qtbot.addWidget(dialog)
    dialog.check("family", family_ids(session)[0])
    qtbot.waitUntil(lambda: dialog.release is not None, timeout=20_000)
    dialog.target.setText(str(target))
    dialog.export_button.click()
    assert dialog.job is None and not asked
    assert "inside the archive folder" in dialog.summary.text()
    assert (sorted(p.name for p in target.iterdir()) if target.exists() else None) == before


def test_cancel_stops_the_export_and_leaves_nothing(
    qtbot: QtBot, session: ArchiveSession, tmp_path: Path
) -> None:
    dialog = ExportDialog(session)
    qtbot.addWidget(dialog)
    for family in family_ids(session):
        dialog.check("family", family)
    qtbot.waitUntil(lambda: dialog.release is not None, timeout=20_000)
    dialog.format.setCurrentIndex(2)  # films: long enough to cancel
    out = tmp_path / "out"
    out.mkdir()
    dialog.target.setText(str(out / "films"))
    dialog.export_button.click()
    assert dialog.cancel_button.text() != dialog.tr("Close")
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.job.running, timeout=60_000)
    assert list(out.iterdir()) == []
    assert dialog.report is None


def _answer_replace(qtbot: QtBot, button: str) -> list[object]:
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.helpers import answer_next_dialog

    def answer(box: object) -> None:
        assert isinstance(box, QMessageBox) and box.objectName() == "replaceExportQuestion"
        chosen = next(b for b in box.buttons() if b.text() == button)
        chosen.click()

    return answer_next_dialog(qtbot, answer)


def test_an_earlier_export_is_replaced_only_when_the_person_says_so(
    qtbot: QtBot, session: ArchiveSession, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "old-page.html").write_text("last year's site", encoding="utf-8")
    dialog = ExportDialog(session)
    qtbot.addWidget(dialog)
    dialog.check("family", family_ids(session)[0])
    qtbot.waitUntil(lambda: dialog.release is not None, timeout=20_000)
    dialog.target.setText(str(site))

    asked = _answer_replace(qtbot, "Keep the old file")
    dialog.export_button.click()
    assert asked and dialog.job is None  # kept: nothing started
    assert sorted(p.name for p in site.iterdir()) == ["old-page.html"]

    asked = _answer_replace(qtbot, "Replace")
    dialog.export_button.click()
    assert asked
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
    assert (site / "index.html").is_file() and not (site / "old-page.html").exists()
    assert dialog.report.target == site
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]  # nothing left
