"""The Import Bag and Import Spreadsheet dialogs, and the bag formats of the Export dialog."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import bagit
import pytest
from pytestqt.qtbot import QtBot

from archive_app.core import audit
from archive_app.core.archive import Archive
from archive_app.exchange.sample.build import build_sample
from archive_app.ui.export import ExportDialog
from archive_app.ui.imports import ImportBagDialog, ImportSheetDialog
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


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[ArchiveSession]:
    opened = ArchiveSession(Archive.create(tmp_path / "empty"))
    try:
        yield opened
    finally:
        opened.close()


def export_bag_from_dialog(qtbot: QtBot, session: ArchiveSession, target: Path) -> ExportDialog:
    dialog = ExportDialog(session)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("bag"))
    dialog.audience.setCurrentIndex(dialog.audience.findData("curator"))
    dialog.everything.setChecked(True)
    qtbot.waitUntil(lambda: dialog.release is not None, timeout=20_000)
    dialog.target.setText(str(target))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
    return dialog


def test_the_export_dialog_writes_a_curator_bag_of_everything(
    qtbot: QtBot, session: ArchiveSession, tmp_path: Path
) -> None:
    export_bag_from_dialog(qtbot, session, tmp_path / "bag")
    assert bagit.Bag(str(tmp_path / "bag")).validate()
    documents = list((tmp_path / "bag" / "data" / "metadata" / "place").iterdir())
    assert len(documents) == session.db.execute("SELECT count(*) FROM place").fetchone()[0]
    assert audit.entries(session.db)[-1]["details"]["purpose"] == "export.bag"


def test_the_import_bag_dialog_merges_and_reports(
    qtbot: QtBot, session: ArchiveSession, empty: ArchiveSession, tmp_path: Path
) -> None:
    export_bag_from_dialog(qtbot, session, tmp_path / "bag")
    dialog = ImportBagDialog(empty)
    qtbot.addWidget(dialog)
    dialog.source.setText(str(tmp_path / "bag"))
    assert dialog.import_button.isEnabled()
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
    assert dialog.report.added > 0
    assert str(dialog.report.added) in dialog.summary.text()
    count = empty.db.execute("SELECT count(*) FROM interview").fetchone()[0]
    assert count == session.db.execute("SELECT count(*) FROM interview").fetchone()[0]


def test_a_refused_bag_is_named_with_its_reason(
    qtbot: QtBot, empty: ArchiveSession, tmp_path: Path
) -> None:
    (tmp_path / "notabag").mkdir()
    dialog = ImportBagDialog(empty)
    qtbot.addWidget(dialog)
    dialog.source.setText(str(tmp_path / "notabag"))
    dialog.start_import()
    qtbot.waitUntil(lambda: not dialog.job.running, timeout=30_000)
    assert "BagIt" in dialog.summary.text() and "Nothing in the archive" in dialog.summary.text()
    assert empty.db.execute("SELECT count(*) FROM interview").fetchone()[0] == 0


def test_the_sheet_dialog_previews_corrects_and_imports(
    qtbot: QtBot, session: ArchiveSession, tmp_path: Path
) -> None:
    sheet = tmp_path / "field.csv"
    sheet.write_text(
        "名称,时间,谁讲的\n新的故事,2024年5月6日,张三\n写错,2024/5/66,\n", encoding="utf-8"
    )
    dialog = ImportSheetDialog(session)
    qtbot.addWidget(dialog)
    dialog.source.setText(str(sheet))
    dialog.load()
    assert dialog.chosen_mapping() == {"名称": "title", "时间": "date"}  # 谁讲的 not guessed
    assert dialog.preview.rowCount() == 2
    assert "2024/5/66" in dialog.preview.item(1, 5).text()
    dialog.set_column("谁讲的", "narrator")
    assert dialog.chosen_mapping()["谁讲的"] == "narrator"
    assert dialog.preview.item(0, 3).text() == "张三"
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30_000)
    assert (dialog.outcome.added, len(dialog.outcome.skipped)) == (1, 1)
    found = session.db.execute(
        "SELECT person.name FROM interview JOIN interview_person ON interview_id = interview.id "
        "JOIN person ON person.id = person_id WHERE title = '新的故事'"
    ).fetchall()
    assert [r[0] for r in found] == ["张三"]
