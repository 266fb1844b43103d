"""The first start and the ones after: the welcome screen, the sample archive made on demand, a
new archive in Documents or on a USB stick, the language, the archive opened last, and an
archive whose USB stick was taken out."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from archive_app.core.archive import Archive
from archive_app.ui import welcome
from archive_app.ui.launch import AppController
from archive_app.ui.settings import AppSettings
from archive_app.ui.welcome import WelcomeWindow, start
from tests.ui.helpers import answer_next_dialog


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The person's Documents folder, and no archive left by an earlier version."""
    folder = tmp_path / "Documents"
    folder.mkdir()
    monkeypatch.setattr(welcome, "documents_folder", lambda: folder)
    monkeypatch.setattr(welcome, "_earlier_default", lambda: None)
    return folder


@pytest.fixture
def controller(qapp: Any, private_settings: AppSettings, english: None) -> Iterator[AppController]:
    made = AppController(QApplication.instance(), private_settings)
    yield made
    made.shutdown()
    private_settings.language = "en"
    made.apply_look()


def _shown(window: WelcomeWindow | None, qtbot: Any) -> WelcomeWindow:
    assert window is not None, "the welcome screen was not shown"
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window


def test_the_first_start_shows_the_welcome_screen_with_three_choices(
    qtbot: Any, controller: AppController, documents: Path
) -> None:
    shown = _shown(start(controller), qtbot)
    assert controller.window is None  # no archive was opened, or made, behind the person's back
    assert shown.windowTitle() == "Welcome to Hometown Voices"
    assert shown.sample_card.button.text() == "Open the Sample"
    assert shown.new_card.button.text() == "Make the Archive"
    assert shown.open_card.button.text() == "Open…"
    assert shown.new_place.text() == str(documents / "Hometown Voices Archive")
    assert not shown.problem.isVisible()
    assert not shown.recent.isVisible()  # nothing opened before
    assert list(documents.iterdir()) == []
    shown.close()


def test_choosing_a_language_speaks_it_at_once_and_is_remembered(
    qtbot: Any, controller: AppController, documents: Path, private_settings: AppSettings
) -> None:
    shown = _shown(start(controller), qtbot)
    shown.language.setCurrentIndex(shown.language.findData("zh_CN"))
    assert shown.windowTitle() == "欢迎使用乡音"
    assert shown.sample_card.button.text() == "打开示例档案"
    assert shown.new_place.text() == str(documents / "乡音档案库")  # the default is named in it
    assert private_settings.language == "zh_CN"
    shown.language.setCurrentIndex(shown.language.findData("zh_TW"))
    assert shown.windowTitle() == "歡迎使用鄉音"
    shown.language.setCurrentIndex(shown.language.findData("en"))
    assert shown.windowTitle() == "Welcome to Hometown Voices"
    shown.close()


def test_a_new_archive_is_made_in_documents_and_opened_next_time(
    qtbot: Any, controller: AppController, documents: Path, private_settings: AppSettings
) -> None:
    shown = _shown(start(controller), qtbot)
    shown.new_card.button.click()
    made = documents / "Hometown Voices Archive"
    assert (made / "archive.sqlite").is_file()
    assert controller.window is not None and controller.window.isVisible()
    assert not shown.isVisible()
    assert private_settings.last_archive == made.resolve()
    controller.shutdown()

    # the next start opens it straight away
    assert start(controller) is None
    assert controller.session is not None and controller.session.root == made.resolve()


def test_a_new_archive_on_a_usb_stick_gets_its_own_folder_there(
    qtbot: Any,
    controller: AppController,
    documents: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stick = tmp_path / "media" / "KINGSTON"
    stick.mkdir(parents=True)
    (stick / "photos from 2023").mkdir()  # a stick that already holds other things
    shown = _shown(start(controller), qtbot)
    monkeypatch.setattr(shown, "choose_folder", lambda caption, start_at: stick)
    shown.change_place.click()
    assert shown.new_place.text() == str(stick / "Hometown Voices Archive")
    shown.new_card.button.click()
    assert (stick / "Hometown Voices Archive" / "archive.sqlite").is_file()
    assert (stick / "photos from 2023").is_dir()
    assert controller.session is not None


def test_the_folder_chooser_starts_where_the_new_archive_would_go_and_fits_its_text(
    qtbot: Any, controller: AppController, documents: Path, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QFileDialog

    stick = tmp_path / "media" / "KINGSTON"
    stick.mkdir(parents=True)
    shown = _shown(start(controller), qtbot)
    seen: dict[str, Any] = {}

    def pick(dialog: Any) -> None:
        seen["folder"] = Path(dialog.directory().absolutePath())
        seen["size"] = dialog.size()
        metrics = dialog.fontMetrics()
        seen["text"] = min(
            metrics.horizontalAdvance("M") * 64, dialog.screen().availableGeometry().width()
        )
        dialog.selectFile(str(stick))
        dialog.accept()

    answered = answer_next_dialog(qtbot, pick)
    chosen = shown.choose_folder("Where", documents)
    assert answered and isinstance(answered[0], QFileDialog)
    assert seen["folder"] == documents
    # the app's own chooser, sized for its text (Qt's ready-made one opens small)
    assert seen["size"].width() >= seen["text"] - 1
    assert chosen == stick


def test_the_sample_archive_is_made_with_progress_then_opened_and_found_again(
    qtbot: Any, controller: AppController, documents: Path, private_settings: AppSettings
) -> None:
    shown = _shown(start(controller), qtbot)
    seen: list[int] = []
    shown.sample_card.button.click()
    job = shown.sample_job
    assert job is not None
    job.progressed.connect(lambda fraction: seen.append(int(fraction * 100)))
    assert shown.progress.isVisible() and not shown.sample_card.button.isEnabled()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=90_000)
    sample = documents / "Hometown Voices Sample"
    assert (sample / "archive.sqlite").is_file()
    assert seen and max(seen) >= 90
    assert controller.session is not None and controller.session.root == sample.resolve()
    interviews = controller.window.lists.pane("interview").view.model().rowCount()
    assert interviews >= 5
    controller.shutdown()

    # another start, in another language: the same sample, not a second one
    private_settings.forget_recent()
    private_settings.language = "zh_CN"
    controller.apply_look()
    again = _shown(start(controller), qtbot)
    again.sample_card.button.click()
    assert controller.session is not None and controller.session.root == sample.resolve()
    assert sorted(p.name for p in documents.iterdir()) == ["Hometown Voices Sample"]


def test_cancelling_the_sample_leaves_nothing_behind(
    qtbot: Any, controller: AppController, documents: Path
) -> None:
    shown = _shown(start(controller), qtbot)
    shown.sample_card.button.click()
    job = shown.sample_job
    assert job is not None
    failures: list[str] = []
    job.failed.connect(failures.append)
    shown.cancel_button.click()
    qtbot.waitUntil(lambda: not job.running, timeout=60_000)
    assert failures == [""]  # cancelled: nothing to apologise for
    assert list(documents.iterdir()) == []
    assert not shown.problem.isVisible()
    assert shown.sample_card.button.isEnabled() and not shown.progress.isVisible()
    assert controller.window is None
    shown.close()


def test_an_archive_on_a_removed_usb_stick_is_explained_not_recreated(
    qtbot: Any,
    controller: AppController,
    documents: Path,
    tmp_path: Path,
    private_settings: AppSettings,
) -> None:
    stick_archive = tmp_path / "media" / "KINGSTON" / "Village stories"
    Archive.create(stick_archive).close()
    at_home = tmp_path / "home archive"
    Archive.create(at_home).close()
    private_settings.add_recent(at_home)
    private_settings.add_recent(stick_archive)  # opened last
    (stick_archive.parent / "gone").mkdir()
    stick_archive.rename(stick_archive.parent / "gone" / "x")  # the stick is taken out

    shown = _shown(start(controller), qtbot)
    assert controller.window is None
    assert shown.problem.isVisible()
    said = shown.problem.text()
    assert "“Village stories” is not there any more" in said
    assert str(stick_archive.resolve()) in said
    assert "USB stick" in said
    assert not stick_archive.exists()  # nothing was made in its place
    rows = [shown.recent.item(i).text() for i in range(shown.recent.count())]
    assert rows == [f"{stick_archive.resolve()} (not found)", str(at_home.resolve())]

    # choosing it again from the list says the same, still without a crash or a new folder
    shown.say_problem("")
    shown.recent.itemActivated.emit(shown.recent.item(0))
    assert "is not there any more" in shown.problem.text()
    assert not stick_archive.exists()
    # the other one opens
    shown.recent.itemActivated.emit(shown.recent.item(1))
    assert controller.session is not None and controller.session.root == at_home.resolve()
    # the stick's archive is still remembered, for when it is plugged in again
    assert stick_archive.resolve() in private_settings.remembered_archives


def test_a_damaged_last_archive_is_explained_then_the_welcome_screen_shows(
    qtbot: Any,
    controller: AppController,
    documents: Path,
    tmp_path: Path,
    private_settings: AppSettings,
) -> None:
    folder = tmp_path / "holiday photos"
    folder.mkdir()
    (folder / "beach.jpg").write_bytes(b"not an archive")
    private_settings.add_recent(folder)
    said: list[str] = []

    def read_and_close(box: Any) -> None:
        said.append(box.text())
        box.accept()

    answer_next_dialog(qtbot, read_and_close)
    shown = _shown(start(controller), qtbot)
    assert said and "is not an archive" in said[0]
    assert controller.window is None
    assert sorted(p.name for p in folder.iterdir()) == ["beach.jpg"]
    shown.close()


def test_the_recent_menu_marks_a_missing_archive_and_explains_it(
    qtbot: Any,
    controller: AppController,
    archive_path: Path,
    tmp_path: Path,
    private_settings: AppSettings,
) -> None:
    gone = tmp_path / "stick" / "Old archive"
    private_settings.add_recent(gone)
    assert controller.open(archive_path)
    window = controller.window
    window.menus.recent_menu.aboutToShow.emit()
    texts = [action.text() for action in window.menus.recent_menu.actions()]
    assert texts[0] == str(archive_path.resolve())
    assert texts[1] == f"{gone} (not found)"
    window.menus.recent_menu.actions()[1].trigger()
    box = controller.last_problem
    assert box.isVisible()
    assert "“Old archive” is not there any more" in box.text()
    box.close()
    assert not gone.exists()
    assert controller.session is not None and controller.session.root == archive_path.resolve()

    clear = next(a for a in window.menus.recent_menu.actions() if a.objectName() == "clearRecent")
    clear.trigger()
    assert private_settings.remembered_archives == []


def test_starting_without_an_archive_shows_the_welcome_and_closing_it_ends_the_app(
    qtbot: Any, documents: Path
) -> None:
    import sys

    from PySide6.QtCore import QTimer

    from archive_app.ui.launch import launch

    seen: list[str] = []

    def close_the_welcome() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "welcomeWindow" and widget.isVisible():
                seen.append(widget.windowTitle())
                widget.close()
                return
        QTimer.singleShot(20, close_the_welcome)

    QTimer.singleShot(50, close_the_welcome)
    hook = sys.excepthook
    try:
        code = launch(None)
    finally:
        sys.excepthook = hook
    assert code == 0
    assert seen == ["Welcome to Hometown Voices"]
    assert list(documents.iterdir()) == []
    # every window carries the app's icon, at the sizes desktops ask for
    sizes = {size.width() for size in QApplication.windowIcon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes
