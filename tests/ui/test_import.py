"""Importing by dropping files on the window: progress, cancel, and the summary at the end."""

from __future__ import annotations

import threading
import wave
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QPushButton

from archive_app.core import detail as describe
from archive_app.core import listings
from tests.ui.conftest import ids_of, wait_for_writes
from tests.ui.helpers import row_texts


def _wav(path: Path, seconds: float = 0.5) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\x00\x01" * int(8000 * seconds))
    return path


def _jpeg(path: Path, colour: str = "orange") -> Path:
    Image.new("RGB", (64, 48), colour).save(path, "JPEG")
    return path


def _field_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "from the phone"
    folder.mkdir()
    _wav(folder / "grandma 2024-02-10.wav")
    (folder / "grandma 2024-02-10.txt").write_bytes("奶奶说：我们村里的孩子。".encode("gbk"))
    _jpeg(folder / "kitchen.jpg")
    (folder / "notes.xyz").write_bytes(b"\x00\x01\x02 not a format anyone takes")
    return folder


def _drop(window: Any, paths: list[Path], target: Any = None) -> None:
    """Drag files from the file manager and drop them on the window (or on ``target``)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    widget = target or window.lists
    point = widget.mapTo(window, widget.rect().center())
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        point, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(point), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, drop)


def _wait_for_summary(qtbot: Any, window: Any) -> Any:
    qtbot.waitUntil(lambda: getattr(window, "last_import_summary", None) is not None, timeout=30000)
    return window.last_import_summary


def test_dropping_a_folder_imports_it_and_lists_what_was_refused(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    folder = _field_folder(tmp_path)
    _drop(window, [folder])
    assert window.import_bar.isVisible()
    summary = _wait_for_summary(qtbot, window)
    wait_for_writes(qtbot, window)
    assert not window.import_bar.isVisible()
    assert "3 files imported." in summary.message.text()
    assert "1 file could not be imported:" in summary.message.text()
    table = summary.rejected_files
    assert table.rowCount() == 1
    assert table.item(0, 0).text() == "notes.xyz"
    assert table.item(0, 1).text() == "This kind of file cannot be kept in the archive."
    summary.accept()
    # The new interview is in the list and open, with its recording, transcript and photo.
    assert "grandma 2024-02-10" in " ".join(row_texts(window.lists.pane("interview").view))
    # the page opens once the list has reloaded, which on a busy machine is a moment later
    qtbot.waitUntil(
        lambda: (
            (view := window.details.current_view()) is not None
            and view.record is not None
            and bool(view.record.get("recordings"))
        ),
        timeout=10000,
    )
    view = window.details.current_view()
    assert len(view.record["photos"]) == 1
    assert len(view.record["transcripts"]) == 1


def test_files_dropped_on_an_interview_page_join_that_interview(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    ids = ids_of(window.session.root)
    window.open_record("interview", ids["second"])
    photo = _jpeg(tmp_path / "new year dinner.jpg", "red")
    _drop(window, [photo], target=window.details.current_view())
    _wait_for_summary(qtbot, window).accept()
    wait_for_writes(qtbot, window)
    detail = describe.page(window.session.db, "interview", ids["second"])
    assert [p["original_name"] for p in detail["photos"]] == ["new year dinner.jpg"]
    view = window.details.current_view()
    qtbot.waitUntil(lambda: view.photos.count() == 1, timeout=5000)


def test_cancel_stops_the_import_and_says_so(qtbot: Any, window: Any, tmp_path: Path) -> None:
    folder = _field_folder(tmp_path)
    gate = threading.Event()
    window.session.write(lambda _archive: gate.wait(10) and None)  # the writer is busy
    _drop(window, [folder])
    qtbot.mouseClick(window.import_bar.cancel_button, Qt.MouseButton.LeftButton)
    assert "Stopping" in window.import_bar.label.text()
    gate.set()
    summary = _wait_for_summary(qtbot, window)
    assert "The import was stopped" in summary.message.text()
    summary.accept()


def test_a_second_import_waits_for_the_first(qtbot: Any, window: Any, tmp_path: Path) -> None:
    gate = threading.Event()
    window.session.write(lambda _archive: gate.wait(10) and None)
    first = window.start_import([_jpeg(tmp_path / "a.jpg")])
    assert first is not None
    assert window.start_import([_jpeg(tmp_path / "b.jpg", "blue")]) is None
    assert "already running" in window.last_problem.text()
    window.last_problem.close()
    gate.set()
    _wait_for_summary(qtbot, window).accept()


def test_an_imported_photo_opens_large_and_zooms(qtbot: Any, window: Any, tmp_path: Path) -> None:
    picture = tmp_path / "grandma at the door.jpg"
    Image.new("RGB", (800, 600), "green").save(picture, "JPEG")
    window.start_import([picture])
    _wait_for_summary(qtbot, window).accept()
    wait_for_writes(qtbot, window)
    (photo,) = listings.page(window.session.db, "photo")
    window.open_record("photo", photo["id"])
    view = window.details.current_view()
    assert view.kind == "photo"
    view.wait_for_picture()
    qtbot.waitUntil(lambda: view.image.has_picture(), timeout=5000)
    fitted = view.image.zoom
    qtbot.mouseClick(view.findChild(QPushButton, "zoomIn"), Qt.MouseButton.LeftButton)
    assert view.image.zoom == pytest.approx(fitted * 1.25)
    wheel = QWheelEvent(
        QPointF(10, 10),
        QPointF(view.image.mapToGlobal(QPoint(10, 10))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.image.viewport(), wheel)
    assert view.image.zoom == pytest.approx(fitted * 1.25 * 1.25)
    qtbot.mouseClick(view.findChild(QPushButton, "zoomFit"), Qt.MouseButton.LeftButton)
    assert view.image.zoom == pytest.approx(fitted)


def test_escape_closes_the_import_summary(qtbot: Any, window: Any, tmp_path: Path) -> None:
    """The summary is an ordinary dialog: Esc (its rejected signal) closes it."""
    from archive_app.ui.import_job import ImportOutcome, ImportSummary

    summary = ImportSummary(ImportOutcome(), window)
    qtbot.addWidget(summary)
    summary.show()
    closed: list[bool] = []
    summary.rejected.connect(lambda: closed.append(True))
    qtbot.keyClick(summary, Qt.Key.Key_Escape)
    assert closed == [True] and not summary.isVisible()


DAMAGED_VTT = (
    "00:00:01.000 --> 00:00:02.000\n<v 奶奶>那年\x00冬天\x0b特别冷。\n\n"
    "00:00:60.000 --> 00:00:61.000\n<v 孙女>真的吗？\n"
)


def _debris_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "from word"
    folder.mkdir()
    _wav(folder / "grandma 2024-02-10.wav")
    (folder / "grandma 2024-02-10.vtt").write_bytes(DAMAGED_VTT.encode("utf-8"))
    return folder


def test_the_summary_lists_what_was_repaired_in_a_transcript(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    _drop(window, [_debris_folder(tmp_path)])
    summary = _wait_for_summary(qtbot, window)
    wait_for_writes(qtbot, window)
    assert "2 files imported." in summary.message.text()
    assert summary.warnings_label.text() == "1 file was imported with warnings:"
    table = summary.warnings
    assert table.isVisibleTo(summary)
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert rows == [
        [
            "grandma 2024-02-10.vtt",
            "2",
            "1 invisible control character (such as NUL) was taken out or shown as �.",
        ],
        [
            "grandma 2024-02-10.vtt",
            "2",
            "1 vertical tab or page break from a word processor was read as a line break.",
        ],
        [
            "grandma 2024-02-10.vtt",
            "1",
            "The file has no WEBVTT header line; it was read as WebVTT subtitles.",
        ],
        [
            "grandma 2024-02-10.vtt",
            "4",
            "1 time is not valid (00:00:60.000); its segment has no time.",
        ],
    ]
    summary.accept()


def _real_outcome(tmp_path: Path) -> Any:
    """What importing the damaged folder really gives, through core."""
    from archive_app.core.archive import Archive
    from archive_app.core.ingest import ingest
    from archive_app.ui.import_job import ImportOutcome

    archive = Archive.create(tmp_path / "scratch archive")
    try:
        return ImportOutcome(ingest(archive, [_debris_folder(tmp_path)], workers=1))
    finally:
        archive.close()


@pytest.mark.parametrize(
    ("language", "header", "invalid"),
    [
        (
            "zh_CN",
            "文件缺少 WEBVTT 开头行，已按“WebVTT 字幕”读取。",
            "时间无效（首个为 00:00:60.000）",
        ),
        (
            "zh_TW",
            "檔案缺少 WEBVTT 開頭行，已按「WebVTT 字幕」讀取。",
            "時間無效（首個為 00:00:60.000）",
        ),
    ],
)
def test_the_warnings_are_worded_in_chinese(
    qtbot: Any, tmp_path: Path, language: str, header: str, invalid: str
) -> None:
    from archive_app.ui.i18n import LanguageInstaller
    from archive_app.ui.import_job import ImportSummary

    outcome = _real_outcome(tmp_path)
    installer = LanguageInstaller()
    installer.install(language)
    try:
        summary = ImportSummary(outcome)
        qtbot.addWidget(summary)
        table = summary.warnings
        said = [table.item(r, 2).text() for r in range(table.rowCount())]
        assert said[2] == header
        assert invalid in said[3]
        assert summary.warnings_label.text().startswith("1 ")
        assert "警告" in summary.warnings_label.text()
    finally:
        installer.install("en")


def test_a_photos_time_reads_as_a_day_and_a_time(qtbot: Any, window: Any, tmp_path: Path) -> None:
    """The camera's time shows as 2023-10-03 11:09:43, not ISO's 2023-10-03T11:09:43; typed so,
    it is stored as core keeps it, and leaving the field unchanged writes nothing."""
    window.start_import([_jpeg(tmp_path / "at the door.jpg")])
    _wait_for_summary(qtbot, window).accept()
    wait_for_writes(qtbot, window)
    (photo,) = listings.page(window.session.db, "photo")
    window.open_record("photo", photo["id"])
    field = window.details.current_view().form.editor("taken_at")
    field.setText("2023-10-03 9:09:43")
    field.editingFinished.emit()
    wait_for_writes(qtbot, window)
    (photo,) = listings.page(window.session.db, "photo")
    assert photo["taken_at"] == "2023-10-03T09:09:43"
    window.open_record("interview", ids_of(window.session.root)["first"])
    window.open_record("photo", photo["id"])
    field = window.details.current_view().form.editor("taken_at")
    assert field.text() == "2023-10-03 09:09:43"
    done = window.undo_stack.count()
    field.editingFinished.emit()
    wait_for_writes(qtbot, window)
    assert window.undo_stack.count() == done


def test_a_collection_counts_its_interviews_and_photos_apart(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    """The list beside a collection's page shows its interviews only: the page says how many
    interviews and how many photos it holds, not "3 items" beside a list of two."""
    from archive_app.core import edits
    from archive_app.ui.commands import OperationCommand

    window.start_import([_jpeg(tmp_path / "at the door.jpg")])
    _wait_for_summary(qtbot, window).accept()
    wait_for_writes(qtbot, window)

    def run(operation: Any) -> None:
        window.undo_stack.push(OperationCommand(window.session, operation, "test"))
        wait_for_writes(qtbot, window)

    added = edits.add("collection", {"name": "春节回家"})
    run(added)
    ids = ids_of(window.session.root)
    (photo,) = listings.page(window.session.db, "photo")
    for item in (ids["first"], ids["second"], photo["id"]):
        run(edits.collect(added.record_id, item))
    window.open_record("collection", added.record_id)
    view = window.details.current_view()
    assert view.count.text() == "In this collection: 2 interviews, 1 photo."
    assert window.lists.currentWidget().count_text() == "2 items"
