"""Opening the app: a new archive, a locked one, a folder that is not an archive, and coming back
to the window as it was left."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from archive_app.core.archive import Archive
from archive_app.ui.launch import AppController, launch
from archive_app.ui.settings import AppSettings
from tests.ui.helpers import said_on_opening


def _close_windows_soon() -> None:
    def close() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "mainWindow" and widget.isVisible():
                widget.close()
                return
        QTimer.singleShot(20, close)

    QTimer.singleShot(50, close)


def test_launch_creates_a_missing_archive_and_exits_cleanly(qtbot: Any, tmp_path: Path) -> None:
    target = tmp_path / "new" / "MyArchive"
    hook = sys.excepthook
    _close_windows_soon()
    try:
        code = launch(target)
    finally:
        sys.excepthook = hook
    assert code == 0
    assert (target / "archive.sqlite").exists()
    reopened = Archive.open(target)  # the lock was released on the way out
    reopened.close()


def test_a_locked_archive_opens_read_only_with_a_banner(
    qtbot: Any, archive_path: Path, private_settings: AppSettings, english: None
) -> None:
    holder = Archive.open(archive_path)  # "another window" holds the writer lock
    controller = AppController(QApplication.instance(), private_settings)
    try:
        assert controller.open(archive_path)
        window = controller.window
        qtbot.waitExposed(window)
        assert window.banner is not None and window.banner.isVisible()
        assert "open in another window" in window.banner.text.text()
        assert "(read-only)" in window.windowTitle()
        assert not window.menus.import_files_action.isEnabled()
        table = window.lists.pane("interview").view
        table.setCurrentIndex(table.model().index(0, 0))
        title = window.details.current_view().form.editor("title")
        assert isinstance(title, QLineEdit) and title.isReadOnly()
        assert window.start_import([archive_path / "ids.txt"]) is None

        holder.close()  # the other window closes; "Try again" makes this one writable
        window.banner.retry.click()
        assert controller.window is not window
        assert controller.window.banner is None
        assert not controller.session.read_only
    finally:
        holder.close()
        controller.shutdown()


def test_a_folder_that_is_not_an_archive_is_explained(
    qtbot: Any, tmp_path: Path, private_settings: AppSettings, english: None
) -> None:
    folder = tmp_path / "holiday photos"
    folder.mkdir()
    (folder / "beach.jpg").write_bytes(b"not really")
    said = said_on_opening(qtbot, private_settings, folder)
    assert said and "is not an archive" in said[0]
    assert "Traceback" not in said[0]


def test_window_size_and_recent_archives_are_remembered(
    qtbot: Any, archive_path: Path, tmp_path: Path, private_settings: AppSettings
) -> None:
    other = tmp_path / "second"
    controller = AppController(QApplication.instance(), private_settings)
    try:
        controller.open(archive_path)
        controller.window.resize(760, 560)
        qtbot.waitUntil(lambda: controller.window.size().width() == 760)
        controller.open(other)  # closes the first window, saving its state
        assert private_settings.recent_archives[:2] == [other.resolve(), archive_path.resolve()]
        controller.open(archive_path)
        assert controller.window.size().width() == 760
        assert controller.window.size().height() == 560
    finally:
        controller.shutdown()


def test_recent_menu_lists_archives_most_recent_first(
    qtbot: Any, archive_path: Path, tmp_path: Path, private_settings: AppSettings
) -> None:
    controller = AppController(QApplication.instance(), private_settings)
    try:
        controller.open(tmp_path / "older")
        controller.open(archive_path)
        menu = controller.window.menus.recent_menu
        menu.aboutToShow.emit()
        texts = [action.text() for action in menu.actions()]
        assert texts[:2] == [str(archive_path.resolve()), str((tmp_path / "older").resolve())]
        menu.actions()[1].trigger()
        assert controller.session.root.resolve() == (tmp_path / "older").resolve()
    finally:
        controller.shutdown()


def test_problems_are_plain_sentences_never_tracebacks(qtbot: Any, window: Any) -> None:
    from archive_app.core.errors import InvalidValue

    def fail(_archive: Any) -> Any:
        raise InvalidValue("date", "yesterday", "YYYY")

    window.session.write(fail)
    qtbot.waitUntil(lambda: hasattr(window, "last_problem"), timeout=5000)
    box = window.last_problem
    assert isinstance(box, QMessageBox)
    assert (
        box.text() == "The date “yesterday” is not a date. Write it as 2024, 2024-02 or 2024-02-10."
    )
    box.close()

    def crash(_archive: Any) -> Any:
        raise ZeroDivisionError("boom")

    window.session.write(crash)
    qtbot.waitUntil(lambda: window.last_problem is not box, timeout=5000)
    assert "boom" not in window.last_problem.text()
    assert "Something went wrong" in window.last_problem.text()
    window.last_problem.close()


def test_a_part_of_the_window_that_cannot_be_made_is_an_error_not_a_smaller_window(
    qtbot: Any, archive_path: Path, private_settings: AppSettings, monkeypatch: Any
) -> None:
    """The window is composed in its constructor: a panel that fails to build stops it, where
    the old run-time attaching logged the failure and went on without search or consent."""
    import archive_app.ui.main_window as main_window
    from archive_app.ui.session import open_session

    def broken(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("the consent column could not be made")

    session = open_session(archive_path)
    try:
        monkeypatch.setattr(main_window, "ConsentBadges", broken)
        try:
            main_window.MainWindow(session, private_settings)
        except RuntimeError as error:
            assert "consent column" in str(error)
        else:
            raise AssertionError("a window without its consent column was made")
        monkeypatch.undo()
        window = main_window.MainWindow(session, private_settings)
        qtbot.addWidget(window)
        # every part is there, typed: nothing to look up by name at run time
        assert window.search.pane is window.lists.panes["search"]
        assert window.consent_due.pane is window.lists.panes["consent_due"]
        view = window.details.view("interview")
        assert view.media_panel.objectName() and view.consent_panel is not None
        window.close()
    finally:
        if session.writer is not None:
            qtbot.waitUntil(lambda: not session.writer.busy, timeout=5000)
        session.close()
