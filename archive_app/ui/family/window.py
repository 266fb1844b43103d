"""The family-mode window: full screen, no menus, no curator tool within reach, and closed only
with the curator's passphrase.

Three screens: the family's home (members and story tiles), a story playing, and "Where are Mum
and Dad?". What can be shown comes from core's :func:`family_showing`, worked out again each
time the home screen comes back (so a consent withdrawn or an embargo lifted counts at once);
every showing goes to the consent gate's release log.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

import sqlite_utils
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScroller,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from archive_app.core.archive import Archive
from archive_app.core.family_mode.showing import (
    FamilyShowing,
    ShownPhoto,
    family_showing,
    log_showing,
    log_story,
    with_reasons,
)
from archive_app.ui.family import look
from archive_app.ui.family.home import HomeScreen, StoryTile
from archive_app.ui.family.passphrase import PassphraseLock
from archive_app.ui.family.pictures import Picture
from archive_app.ui.family.private import passage_mode
from archive_app.ui.family.story import StoryScreen
from archive_app.ui.family.unlock import UnlockDialog
from archive_app.ui.family.where import WhereScreen
from archive_app.ui.session import ArchiveSession
from archive_app.ui.settings import AppSettings
from archive_app.ui.thumbnails import Thumbnails, thumbnail_locator

log = logging.getLogger(__name__)


def second_line_key(family_id: str) -> str:
    return f"family/second_line/{family_id}"


class FamilyWindow(QWidget):
    """One family's stories, locked."""

    #: the curator gave the passphrase: family mode may end
    unlocked = Signal()

    def __init__(
        self,
        session: ArchiveSession,
        settings: AppSettings,
        family_id: str,
        lock: PassphraseLock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("familyWindow")
        self.session = session
        self.settings = settings
        self.family_id = family_id
        self.lock = lock
        self.may_close = False
        self.setStyleSheet(look.STYLE)
        self.thumbnails = Thumbnails(thumbnail_locator(session.root), size=320, parent=self)
        self.thumbnails.ready.connect(self._thumbnail_ready)
        self.showing: FamilyShowing = family_showing(session.db, family_id, reasons=False)
        self.setWindowTitle(self.showing.name)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        bar = QWidget(self)
        bar.setObjectName("familyBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(36, 14, 24, 6)
        row.setSpacing(16)
        self.name = QLabel(self.showing.name, bar)
        self.name.setObjectName("familyName")
        row.addWidget(self.name, 1)
        self.home_button = self._bar_button(bar, "familyHomeButton", self.tr("Home"), self.go_home)
        self.where_button = self._bar_button(
            bar, "whereButton", self.tr("Where are Mum and Dad?"), self.go_where
        )
        self.leave_button = self._bar_button(
            bar, "leaveFamilyMode", self.tr("Leave"), self.ask_to_leave
        )
        self.leave_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for button in (self.home_button, self.where_button, self.leave_button):
            row.addWidget(button)
        outer.addWidget(bar)

        self.stack = QStackedWidget(self)
        self.home = HomeScreen(self.stack)
        self.story = StoryScreen(session.root, self.stack)
        self.where = WhereScreen(self.stack)
        for screen in (self.home, self.story, self.where):
            self.stack.addWidget(screen)
        outer.addWidget(self.stack, 1)
        self.home.story_chosen.connect(self.play_story)
        self.home.album_chosen.connect(self.play_album)
        self.home.why_asked.connect(self.explain_nothing)
        self.story.next_asked.connect(self.next_story)
        self.story.home_asked.connect(self.go_home)
        for scroll in (self.home.area, self.where.area):
            QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self._show_home(refresh=False)
        QTimer.singleShot(0, self.story, self.story.prepare_player)  # not after the window has gone

    def _bar_button(
        self, parent: QWidget, name: str, text: str, slot: Callable[[], None]
    ) -> QPushButton:
        button = QPushButton(text, parent)
        button.setObjectName(name)
        button.setMinimumSize(look.TARGET_PX, look.TARGET_PX)
        button.clicked.connect(slot)
        return button

    # -- the screens ---------------------------------------------------------------------------

    def go_home(self) -> None:
        self._show_home(refresh=True)

    def _show_home(self, refresh: bool) -> None:
        self.story.release()
        if refresh:
            self.showing = family_showing(self.session.db, self.family_id, reasons=False)
        self.home.show_family(self.showing)
        self._load_pictures()
        look.no_context_menus(self)
        self.stack.setCurrentWidget(self.home)
        self.home_button.hide()
        self.where_button.show()
        first = self.home.first_tile()
        (first or self.where_button).setFocus()
        self.home.area.verticalScrollBar().setValue(0)
        # from now on the screen follows the keyboard from tile to tile
        for tile in self.home.tiles + ([self.home.album_tile] if self.home.album_tile else []):
            if isinstance(tile, StoryTile):
                tile.on_focus = self.home.area.ensureWidgetVisible
        showing = self.showing
        self._log(lambda db: log_showing(db, showing))

    def play_story(self, story_id: str) -> None:
        """Play one of the family's stories (only those the showing holds can be played)."""
        self.showing = family_showing(self.session.db, self.family_id, reasons=False)
        story = self.showing.story(story_id)
        if story is None:  # closed since the home screen was drawn
            self.go_home()
            return
        self._enter_story()
        self.story.passage_mode = passage_mode(self.settings)
        self.story.play(self.session.db, story, self._card_words(), self._second_line())
        showing = self.showing
        self._log(lambda db: log_story(db, showing, story_id))

    def play_album(self) -> None:
        from archive_app.core.family_mode.showing import Story

        if not self.showing.album:
            return
        self._enter_story()
        album = Story("", self.tr("Our photos"), None, "", (), self.showing.album, 0, 0.0)
        self.story.play(self.session.db, album, self._card_words(), False)

    def _enter_story(self) -> None:
        self.stack.setCurrentWidget(self.story)
        self.home_button.show()
        self.where_button.hide()
        self.story.setFocus()

    def next_story(self) -> None:
        current = self.story.story.id if self.story.story is not None else ""
        ids = [s.id for s in self.showing.stories]
        if not ids:
            self.go_home()
            return
        following = ids[(ids.index(current) + 1) % len(ids)] if current in ids else ids[0]
        self.play_story(following)

    def go_where(self) -> None:
        self.story.release()
        self.where.show_family(self.showing)
        self._load_where_pictures()
        self.stack.setCurrentWidget(self.where)
        self.home_button.show()
        self.where_button.hide()
        self.home_button.setFocus()

    def _card_words(self) -> list[str]:
        place = self.showing.place.split(" ")[-1] if self.showing.place else ""
        return [self.showing.name, place]

    def _second_line(self) -> bool:
        return self.settings.value(second_line_key(self.family_id), "false") == "true"

    # -- pictures -------------------------------------------------------------------------------

    def _load_pictures(self) -> None:
        self._waiting: dict[str, list[Picture]] = {}
        for picture, photo in self.home.pictures():
            self._want(picture, photo)

    def _load_where_pictures(self) -> None:
        portraits = {m.id: m.portrait for m in self.showing.members}
        for row in self.where.rows:
            self._want(row.picture, portraits.get(row.member.id))

    def _want(self, picture: Picture, photo: ShownPhoto | None) -> None:
        if photo is None:
            return
        pixmap = self.thumbnails.pixmap(photo.sha256)
        if pixmap is not None:
            picture.set_photo(photo.id, pixmap)
        else:
            self._waiting.setdefault(photo.sha256, []).append(picture)
            picture.setProperty("photoWanted", photo.id)

    def _thumbnail_ready(self, sha256: str) -> None:
        pixmap = self.thumbnails.pixmap(sha256)
        for picture in getattr(self, "_waiting", {}).pop(sha256, []):
            wanted = picture.property("photoWanted")
            if pixmap is not None and wanted:
                picture.set_photo(str(wanted), pixmap)

    # -- the lock ---------------------------------------------------------------------------

    def ask_to_leave(self) -> None:
        self.story.stop()
        dialog = UnlockDialog(
            self.lock,
            self.tr("Only the interviewer can leave family mode. Type the passphrase."),
            self,
        )
        if dialog.exec():
            self.may_close = True
            self.story.release()
            self.story.forget_copies()
            self.unlocked.emit()

    def explain_nothing(self) -> None:
        """Why there is nothing to hear: the gate's reasons, for the curator only."""
        dialog = UnlockDialog(
            self.lock,
            self.tr("The reasons are for the interviewer. Type the passphrase to see them."),
            self,
        )
        if not dialog.exec():
            return
        from archive_app.ui.family.held_back import HeldBackDialog

        HeldBackDialog(with_reasons(self.session.db, self.showing), self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Alt+F4, the window's close button, the system: refused until the passphrase."""
        if self.may_close:
            self.story.release()
            self.story.forget_copies()
            super().closeEvent(event)
            return
        event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self.stack.currentWidget() is not self.home:
            self.go_home()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.focusNextPrevChild(False)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.focusNextPrevChild(True)
        event.accept()  # nothing else: no key reaches anything outside the family's screens

    # -- the release log -------------------------------------------------------------------

    def _log(self, record: Callable[[sqlite_utils.Database], None]) -> None:
        """Append to the consent gate's release log on the writer (an archive open read-only
        elsewhere cannot be written: the showing goes unlogged, and the log says why)."""
        if self.session.read_only:
            log.warning("family mode on a read-only archive: showing not logged")
            return
        self.session.write(partial(_in_transaction, record))


def _in_transaction(record: Callable[[sqlite_utils.Database], None], archive: Archive) -> None:
    with archive.transaction() as db:
        record(db)


def rehearse() -> None:
    """Make and drop the parts of a family window once, hidden, with nothing in them: the first
    time Qt and PySide meet a kind of widget, signal or style they do work they never repeat, and
    entering family mode should not wait for it."""
    from archive_app.core.family_mode.showing import Episode, Member, Story

    stage = QWidget()
    stage.setObjectName("familyWindow")
    stage.setStyleSheet(look.STYLE)
    home = HomeScreen(stage)
    story = Story("", "", None, "", (), (), 0, 0.0)
    member = Member("", "", "father", None, None, (Episode("", "", "2000", None),))
    home.show_family(FamilyShowing("", "", "", date.today(), (member,), (story,), (), ()))
    StoryScreen(Path("."), stage)
    where = WhereScreen(stage)
    where.show_family(FamilyShowing("", "", "", date.today(), (member,), (), (), ()))
    QScroller.grabGesture(home.area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    stage.resize(800, 600)
    stage.grab()  # lays out, polishes and paints it all, off screen
    stage.deleteLater()
