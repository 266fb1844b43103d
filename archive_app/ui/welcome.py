"""The first thing a person sees: the welcome screen, and which archive a start opens.

The first start (nothing opened before) shows the welcome screen: try the sample archive (made
in the person's Documents folder the first time, with progress), start a new archive (in
Documents, or any folder, such as a USB stick), open an archive they have; and the language.
Later starts open the archive opened last; when it is not there any more (a USB stick taken
out) the welcome screen says so plainly, and a person chooses again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from archive_app.ui import file_chooser
from archive_app.ui.app_icon import app_icon
from archive_app.ui.sample_job import SampleJob
from archive_app.ui.settings_dialog import LANGUAGE_NAMES

if TYPE_CHECKING:
    from archive_app.ui.launch import AppController
    from archive_app.ui.settings import AppSettings

# where a sample archive was made, so that it is found again whatever the language
SAMPLE_KEY = "archives/sample"


def missing_archive(path: Path) -> str:
    """The sentence for an archive that is not where it was (a USB stick taken out)."""
    return (
        QCoreApplication.translate(
            "WelcomeWindow",
            "The archive “%1” is not there any more (%2). If it is on a USB stick or an "
            "external disk, plug it in and choose it again; or choose another archive.",
        )
        .replace("%1", path.name or str(path))
        .replace("%2", str(path))
    )


def documents_folder() -> Path:
    """The person's Documents folder (their home folder if the system names none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def free_name(folder: Path, name: str) -> Path:
    """``folder/name``, or ``folder/name 2``, ``name 3``... the first that is not taken."""
    candidate = folder / name
    number = 2
    while candidate.exists() and not _is_empty_folder(candidate):
        candidate = folder / f"{name} {number}"
        number += 1
    return candidate


def _is_empty_folder(path: Path) -> bool:
    return path.is_dir() and not any(path.iterdir())


def _is_archive(path: Path) -> bool:
    return (path / "archive.sqlite").is_file()


def new_archive_name() -> str:
    return QCoreApplication.translate("WelcomeWindow", "Hometown Voices Archive")


class Card(QFrame):
    """A framed choice: a heading, a sentence (and room for more below it) and a button."""

    def __init__(self, parent: QWidget, name: str, action: Callable[[], None]) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 12, 16, 12)
        self.column = QVBoxLayout()
        self.heading = QLabel(self)
        self.heading.setObjectName("welcomeCardTitle")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.column.addWidget(self.heading)
        self.column.addWidget(self.text)
        row.addLayout(self.column, 1)
        self.button = QPushButton(self)
        self.button.setObjectName(f"welcome_{name}")
        self.button.setMinimumWidth(150)
        self.button.clicked.connect(action)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)


class WelcomeWindow(QWidget):
    """The welcome screen. Opens what a person chooses through the app's controller and
    closes once the archive's window is up."""

    def __init__(self, controller: AppController, problem: str = "") -> None:
        super().__init__()
        self.setObjectName("welcomeWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.controller = controller
        self.settings = controller.settings
        self.sample_job: SampleJob | None = None
        self.new_folder = free_name(documents_folder(), new_archive_name())
        self._new_folder_chosen = False
        self.setMinimumWidth(640)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 24, 28, 20)
        outer.setSpacing(14)
        heading = QHBoxLayout()
        mark = QLabel(self)
        mark.setPixmap(app_icon().pixmap(72, 72))
        heading.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("welcomeTitle")
        larger = self.title.font()  # only the size is set: the family follows the language
        larger.setPointSizeF(larger.pointSizeF() * 1.8)
        self.title.setFont(larger)
        self.tagline = QLabel(self)
        self.tagline.setObjectName("welcomeTagline")
        self.tagline.setWordWrap(True)
        words.addWidget(self.title)
        words.addWidget(self.tagline)
        heading.addLayout(words, 1)
        language_box = QVBoxLayout()
        self.language_label = QLabel(self)
        self.language = QComboBox(self)
        self.language.setObjectName("welcomeLanguage")
        self.language.addItem("", "system")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.settings.language)))
        self.language.currentIndexChanged.connect(self._language_chosen)
        language_box.addWidget(self.language_label)
        language_box.addWidget(self.language)
        language_box.addStretch(1)
        heading.addLayout(language_box)
        outer.addLayout(heading)

        self.problem = QLabel(problem, self)
        self.problem.setObjectName("welcomeProblem")
        self.problem.setWordWrap(True)
        self.problem.setVisible(bool(problem))
        outer.addWidget(self.problem)

        self.sample_card = Card(self, "sample", self.open_sample)
        self.new_card = Card(self, "new", self.make_new_archive)
        self.new_place = QLabel(self.new_card)
        self.new_place.setObjectName("welcomeNewPlace")
        self.new_place.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_place = QPushButton(self.new_card)
        self.change_place.setObjectName("welcomeChangePlace")
        self.change_place.clicked.connect(self.choose_new_place)
        place_row = QHBoxLayout()
        place_row.addWidget(self.change_place)
        place_row.addStretch(1)
        self.new_card.column.addWidget(self.new_place)
        self.new_card.column.addLayout(place_row)
        self.open_card = Card(self, "open", self.open_existing)
        for card in (self.sample_card, self.new_card, self.open_card):
            outer.addWidget(card)

        self.recent_label = QLabel(self)
        self.recent_label.setObjectName("sectionTitle")
        self.recent = QListWidget(self)
        self.recent.setObjectName("welcomeRecent")
        self.recent.itemActivated.connect(self._recent_chosen)
        self.recent.setMaximumHeight(self.recent.fontMetrics().height() * 6)
        outer.addWidget(self.recent_label)
        outer.addWidget(self.recent)

        progress_row = QHBoxLayout()
        self.progress_text = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("welcomeProgress")
        self.progress.setRange(0, 100)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("welcomeCancel")
        self.cancel_button.clicked.connect(self.cancel_sample)
        progress_row.addWidget(self.progress_text)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        outer.addLayout(progress_row)
        outer.addStretch(1)
        self._show_progress(False)
        self.retranslate()

    # -- words ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Hometown Voices"))
        self.title.setText(self.tr("Hometown Voices"))
        self.tagline.setText(
            self.tr(
                "Keep the voices of home: the recordings, photos and stories of left-behind "
                "families, on this computer, with no internet needed."
            )
        )
        self.language_label.setText(self.tr("Language"))
        self.language.setItemText(0, self.tr("Same as the computer"))
        self.sample_card.heading.setText(self.tr("Try the sample archive"))
        self.sample_card.text.setText(
            self.tr(
                "Invented families, interviews, photos and transcripts to try everything on. "
                "It is made in your Documents folder the first time, in a few seconds."
            )
        )
        self.sample_card.button.setText(self.tr("Open the Sample"))
        self.new_card.heading.setText(self.tr("Start a new archive"))
        self.new_card.text.setText(
            self.tr(
                "A new, empty archive in the folder below. Choose another folder to keep it "
                "on a USB stick or an external disk."
            )
        )
        self.new_card.button.setText(self.tr("Make the Archive"))
        self.change_place.setText(self.tr("Another Folder…"))
        self.open_card.heading.setText(self.tr("Open an archive you have"))
        self.open_card.text.setText(
            self.tr("A folder with an archive in it, on this computer or on a USB stick.")
        )
        self.open_card.button.setText(self.tr("Open…"))
        self.recent_label.setText(self.tr("Opened lately"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._show_new_place()
        self._fill_recent()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_chosen(self) -> None:
        self.settings.language = str(self.language.currentData())
        self.settings.sync()
        self.controller.apply_look()  # installs the translators (LanguageChange events follow)
        if not self._new_folder_chosen:  # the default folder's name is in the language
            self.new_folder = free_name(documents_folder(), new_archive_name())
        self.retranslate()  # now, not when the events arrive

    def _show_new_place(self) -> None:
        self.new_place.setText(str(self.new_folder))
        self.new_place.setToolTip(str(self.new_folder))

    def _fill_recent(self) -> None:
        self.recent.clear()
        for path in self.settings.remembered_archives:
            there = path.exists()
            text = str(path) if there else self.tr("%1 (not found)").replace("%1", str(path))
            item = QListWidgetItem(text, self.recent)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            if not there:
                item.setForeground(Qt.GlobalColor.gray)
        shown = self.recent.count() > 0
        self.recent_label.setVisible(shown)
        self.recent.setVisible(shown)

    def say_problem(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.setVisible(bool(sentence))

    # -- choices ----------------------------------------------------------------------------

    def choose_folder(self, caption: str, start: Path) -> Path | None:
        """A folder the person picks (None if they cancel); a seam for tests."""
        folder = file_chooser.folder(self, caption, str(start))
        return Path(folder) if folder else None

    def open_archive(self, path: Path, *, create: bool = False) -> bool:
        """Open ``path`` in the app's window and close the welcome screen; on failure say why
        here (a missing folder) or in a message (anything else) and stay."""
        if not create and not path.exists():
            self.say_problem(missing_archive(path))
            self._fill_recent()
            return False
        if not self.controller.open(path, create=create):
            self._fill_recent()
            return False
        self.close()
        return True

    def open_sample(self) -> None:
        if self.sample_job is not None and self.sample_job.running:
            return
        remembered = self.settings.value(SAMPLE_KEY, "")
        if remembered and _is_archive(Path(remembered)):
            self.open_archive(Path(remembered))
            return
        target = free_name(documents_folder(), self.tr("Hometown Voices Sample"))
        if _is_archive(target):
            self.open_archive(target)
            return
        self.say_problem("")
        job = SampleJob(target, self)
        job.progressed.connect(lambda fraction: self.progress.setValue(int(fraction * 100)))
        job.finished.connect(self._sample_ready)
        job.failed.connect(self._sample_failed)
        self.sample_job = job
        self.progress.setValue(0)
        self._show_progress(True)
        job.start()

    def cancel_sample(self) -> None:
        if self.sample_job is not None:
            self.sample_job.cancel()

    def _sample_ready(self, folder: Path) -> None:
        self._show_progress(False)
        self.settings.set_value(SAMPLE_KEY, str(folder))
        self.open_archive(folder)

    def _sample_failed(self, sentence: str) -> None:
        self._show_progress(False)
        if sentence:
            self.say_problem(
                self.tr("The sample archive could not be made: %1").replace("%1", sentence)
            )

    def _show_progress(self, busy: bool) -> None:
        self.progress_text.setText(self.tr("Making the sample archive…") if busy else "")
        for widget in (self.progress_text, self.progress, self.cancel_button):
            widget.setVisible(busy)
        for button in (
            self.sample_card.button,
            self.new_card.button,
            self.open_card.button,
            self.change_place,
        ):
            button.setEnabled(not busy)

    def choose_new_place(self) -> None:
        """Put the new archive somewhere else: an empty folder as it is; into any other folder
        (a USB stick's top folder, say) as a new folder named for the archive."""
        chosen = self.choose_folder(
            self.tr("Choose a folder for the new archive"), self.new_folder.parent
        )
        if chosen is None:
            return
        self.new_folder = (
            chosen
            if _is_empty_folder(chosen) or _is_archive(chosen)
            else free_name(chosen, new_archive_name())
        )
        self._new_folder_chosen = True
        self._show_new_place()

    def make_new_archive(self) -> None:
        folder = self.new_folder
        if _is_archive(folder):
            self.open_archive(folder)
            return
        if folder.exists() and not _is_empty_folder(folder):
            folder = free_name(folder.parent, folder.name)
        self.open_archive(folder, create=True)

    def open_existing(self) -> None:
        start = self.settings.last_archive
        chosen = self.choose_folder(
            self.tr("Open an archive folder"),
            start.parent if start is not None and start.parent.exists() else documents_folder(),
        )
        if chosen is not None:
            self.open_archive(chosen)

    def _recent_chosen(self, item: QListWidgetItem) -> None:
        self.open_archive(Path(str(item.data(Qt.ItemDataRole.UserRole))))

    def closeEvent(self, event: object) -> None:
        if self.sample_job is not None and self.sample_job.running:
            self.sample_job.cancel()
            self.sample_job.wait()
        super().closeEvent(event)  # type: ignore[arg-type]


def _earlier_default() -> Path | None:
    """The archive earlier versions opened when none was named (in the user's data folder)."""
    from platformdirs import user_data_path

    folder = user_data_path("HometownVoices", appauthor=False) / "Archive"
    return folder if _is_archive(folder) else None


def last_or_default(settings: AppSettings) -> Path:
    """The archive to open when none is named but one must be (family mode): the one opened
    last, else the one earlier versions opened by default."""
    from platformdirs import user_data_path

    last = settings.last_archive
    if last is not None:
        return last
    return user_data_path("HometownVoices", appauthor=False) / "Archive"


def start(controller: AppController) -> WelcomeWindow | None:
    """Open the archive opened last, or show the welcome screen (saying why, when the last
    archive is not there). Returns the welcome screen when it is shown; keep it alive."""
    last = controller.settings.last_archive
    problem = ""
    if last is not None:
        if not last.exists():
            problem = missing_archive(last)
        elif controller.open(last, create=False):
            return None
    elif (earlier := _earlier_default()) is not None and controller.open(earlier, create=False):
        return None
    welcome = WelcomeWindow(controller, problem)
    welcome.show()
    return welcome
