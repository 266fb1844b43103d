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

    def opened() -> bool:  # the window opens it a moment after the summary
        shown = window.details.current_view()
        return shown is not None and bool((shown.record or {}).get("recordings"))

    qtbot.waitUntil(opened, timeout=5000)
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
