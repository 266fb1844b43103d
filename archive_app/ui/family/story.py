"""A story playing: its photos fill the screen one after another, the words follow the voice a
line at a time in large characters, and three big buttons: back ten seconds, pause or play, next
story. Nothing else to get lost in.

The player is the archive's own (:class:`Playback`, several recordings as one timeline); a story
whose recordings are missing still shows its photos and words, on a quiet clock of its own. A
story with passages kept private from the family plays silent copies of its recordings and
shows a quiet card over those passages, or jumps over them (see :mod:`.private`).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

import sqlite_utils
from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from archive_app.core.family_mode.showing import ShownPhoto, Story, story_recordings
from archive_app.ui.background import Background
from archive_app.ui.family import look
from archive_app.ui.family.lines import LargeLines
from archive_app.ui.family.pictures import Picture, read_picture
from archive_app.ui.family.private import CARD, JUMP, SilentCopies, inside
from archive_app.ui.player.playback import Playback
from archive_app.ui.player.playlist import Playlist, Recording

#: seconds each photo stays up when nothing else says how long
PHOTO_S = 7.0
BACK_S = 10.0


class StoryScreen(QWidget):
    """One story at a time; :attr:`next_asked` when the person wants the next one."""

    next_asked = Signal()
    home_asked = Signal()

    def __init__(self, root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("familyStory")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.root = root
        self.story: Story | None = None
        self.card_words: list[str] = []
        self._playback: Playback | None = None
        self._loader = Background(1, "family-photos", self)
        self._images: dict[str, QPixmap] = {}
        self._asked: set[str] = set()
        self._quiet = QElapsedTimer()  # the clock of a story without sound
        self._quiet_from = 0.0
        self._quiet_running = False
        self._photo_index = -1
        #: what to do at a passage kept private: CARD or JUMP (the window sets it)
        self.passage_mode = CARD
        self.closed: list[tuple[float, float]] = []
        self._recordings: list[dict[str, Any]] = []
        self._waiting = False  # for silent copies: nothing plays meanwhile
        self._in_private = False
        self.copies = SilentCopies(self)
        self.copies.ready.connect(self._copy_ready)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 16)
        layout.setSpacing(8)
        self.title = QLabel(self)
        self.title.setObjectName("storyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        self.picture = Picture(self, fill=False, round_px=10)
        self.picture.setMinimumHeight(160)
        layout.addWidget(self.picture, 1)
        self.lines = LargeLines(self)
        layout.addWidget(self.lines)
        buttons = QHBoxLayout()
        buttons.setSpacing(28)
        self.back = self._button("storyBack", self.tr("Back 10 seconds"), self.back_ten)
        self.pause = self._button("storyPause", self.tr("Pause"), self.toggle)
        self.next = self._button("storyNext", self.tr("Next story"), self.next_asked.emit)
        buttons.addStretch(1)
        for button in (self.back, self.pause, self.next):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.ticker = QTimer(self)
        self.ticker.setInterval(100)
        self.ticker.timeout.connect(self._tick)

    @property
    def playback(self) -> Playback:
        """The archive's player, made when first needed (starting QtMultimedia takes a moment:
        the window calls :meth:`prepare_player` once it is up, before anyone can press a tile)."""
        if self._playback is None:
            self._playback = Playback(self)
            self._playback.resume_rewind_s = 0.0  # a listener, not a transcriber
            self._playback.playing_changed.connect(self._playing_changed)
        return self._playback

    def prepare_player(self) -> None:
        self.playback  # noqa: B018 - made now, while nobody waits for it

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the screen (see keyPressEvent)
        button.setMinimumSize(look.TARGET_PX * 3, look.TARGET_PX + 16)
        button.clicked.connect(slot)  # type: ignore[arg-type]
        return button

    # -- what plays --------------------------------------------------------------------------

    def play(
        self, db: sqlite_utils.Database, story: Story, card_words: list[str], second: bool
    ) -> None:
        """Start ``story`` from its beginning."""
        self.story = story
        self.card_words = card_words
        self.title.setText(story.title)
        self._photo_index = -1
        self.picture.set_card(
            card_words[0][:1] if card_words else "", card_words, story.id or "album"
        )
        self.picture.set_photo(None, None)
        for photo in story.photos[:2]:
            self._fetch(photo)
        self._recordings = [
            r
            for r in (story_recordings(db, story.id) if story.id else [])
            if (self.root / str(r["stored_path"])).exists()
        ]
        self.closed = story.closed_ranges
        self._in_private = False
        self._waiting = not self._load_playlist()
        if story.id:
            hidden = story.passages.segments if story.passages is not None else {}
            self.lines.load(db, story.id, second, hidden)
        else:
            self.lines.model.set_tiers([], None, [])
            self.lines.follow(0.0)
        self.lines.setVisible(self.lines.has_words)
        self._quiet_from = 0.0
        self._quiet_running = False
        self.next.setText(self.tr("Next story"))
        if self._waiting:
            self.picture.set_card("", [self.tr("Getting the story ready…")], story.id)
            self._playing_changed(False)
            return
        self.resume()
        self._tick()

    def _stretches(self, recording_id: str) -> tuple[tuple[float, float], ...]:
        passages = self.story.passages if self.story is not None else None
        return () if passages is None else tuple(passages.recording_ranges(recording_id))

    def _load_playlist(self) -> bool:
        """Give the player the story's recordings, a silent copy for each with a passage kept
        private; False (and an empty player) while a copy is still being made."""
        chosen: list[Recording] = []
        missing = False
        for r in self._recordings:
            recording_id = str(r["id"])
            path = self.root / str(r["stored_path"])
            is_video = r["media_type"] == "video"
            stretches = self._stretches(recording_id)
            if stretches:
                copy = self.copies.path(recording_id, stretches)
                if copy is None:
                    self.copies.prepare(recording_id, path, stretches)
                    missing = True
                    continue
                path, is_video = copy, False  # the sound only: the picture could show the words
            chosen.append(
                Recording(
                    recording_id,
                    path,
                    is_video,
                    float(r["duration_s"] or 0.0),
                    str(r["original_name"]),
                )
            )
        self.playback.load(Playlist([] if missing else chosen))
        return not missing

    def _copy_ready(self, _recording_id: str) -> None:
        if self._waiting and self.story is not None and self._load_playlist():
            self._waiting = False
            self._photo_index = -1
            self.picture.set_photo(None, None)
            self.resume()
            self._tick()

    @property
    def heard(self) -> bool:
        """Whether this story has sound to play (otherwise the quiet clock runs)."""
        return self.playback.has_media or self._waiting

    @property
    def playing(self) -> bool:
        return self.playback.playing if self.heard else self._quiet_running

    def position(self) -> float:
        if self.heard:
            return self.playback.position()
        if self._quiet_running:
            return self._quiet_from + self._quiet.elapsed() / 1000.0
        return self._quiet_from

    def duration(self) -> float:
        if self.heard and self.playback.duration_s > 0:
            return self.playback.duration_s
        assert self.story is not None
        ends = [
            r.end_s or r.start_s or 0.0
            for r in (self.lines.model.lead.rows if self.lines.model.lead else [])
        ]
        return max([*ends, PHOTO_S * max(len(self.story.photos), 1)])

    # -- the three buttons -------------------------------------------------------------------

    def resume(self) -> None:
        if self._waiting:
            return
        if self.heard:
            self.playback.play()
        else:
            if self._quiet_from >= self.duration():
                self._quiet_from = 0.0
            self._quiet.restart()
            self._quiet_running = True
            self._playing_changed(True)
        self.ticker.start()

    def stop(self) -> None:
        """Pause (the person pressed pause, or left the story)."""
        if self._playback is None:
            return
        if self.heard:
            self.playback.pause()
        elif self._quiet_running:
            self._quiet_from = self.position()
            self._quiet_running = False
            self._playing_changed(False)

    def toggle(self) -> None:
        if self.playing:
            self.stop()
        else:
            self.resume()

    def back_ten(self) -> None:
        target = max(self.position() - BACK_S, 0.0)
        if self.heard:
            self.playback.seek(target)
        else:
            self._quiet_from = target
            self._quiet.restart()
        self._tick()

    def release(self) -> None:
        """Stop and let go of the recording (leaving the story or family mode)."""
        self.ticker.stop()
        self._quiet_running = False
        self._waiting = False
        if self._playback is not None:
            self._playback.release()

    def forget_copies(self) -> None:
        """Delete the silent copies (leaving family mode)."""
        self.copies.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Space:
            self.toggle()
        elif key == Qt.Key.Key_Left:
            self.back_ten()
        elif key == Qt.Key.Key_Right:
            self.next_asked.emit()
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_Backspace, Qt.Key.Key_Up):
            self.home_asked.emit()
        else:
            super().keyPressEvent(event)

    # -- following ---------------------------------------------------------------------------

    def _playing_changed(self, playing: bool) -> None:
        self.pause.setText(self.tr("Pause") if playing else self.tr("Play"))

    def _tick(self) -> None:
        if self.story is None or self._waiting:
            return
        seconds = self.position()
        private = inside(seconds, self.closed)
        if private is not None and self.passage_mode == JUMP and self.playing:
            self._jump(private[1])
            return
        if self._show_private(private is not None):
            return
        self.lines.follow(seconds)
        self._show_photo_at(seconds)
        if not self.heard and self._quiet_running and seconds >= self.duration():
            self.stop()

    def _jump(self, end: float) -> None:
        """Over a passage kept private: on to where it ends (the copy is silent meanwhile)."""
        if end >= self.duration():
            self.stop()
            return
        if self.heard:
            self.playback.seek(end)
        else:
            self._quiet_from = end
            self._quiet.restart()

    def _show_private(self, private: bool) -> bool:
        """The quiet card over a passage kept private (its words are never shown); True while
        it stands."""
        if private == self._in_private:
            return private
        self._in_private = private
        assert self.story is not None
        if private:
            self.picture.set_card("", [self.tr("A part of this story is kept private")], "")
            self.lines.setVisible(False)
        else:
            self._photo_index = -1
            self.picture.set_card(
                self.card_words[0][:1] if self.card_words else "",
                self.card_words,
                self.story.id or "album",
            )
            self.picture.set_photo(None, None)
            self.lines.setVisible(self.lines.has_words)
        return private

    def kept_private(self) -> bool:
        """Whether the quiet card of a passage kept private stands now."""
        return self._in_private

    def _show_photo_at(self, seconds: float) -> None:
        assert self.story is not None
        photos = self.story.photos
        if not photos:
            return
        total = self.duration()
        index = min(int(seconds / total * len(photos)), len(photos) - 1) if total > 0 else 0
        if index + 1 < len(photos):
            self._fetch(photos[index + 1])
        if index == self._photo_index and self.picture.photo_id == photos[index].id:
            return
        pixmap = self._images.get(photos[index].id)
        if pixmap is None:
            self._fetch(photos[index])
            return  # the card (or the photo before) stays until it has arrived
        self._photo_index = index
        self.picture.set_photo(photos[index].id, pixmap)

    def _fetch(self, photo: ShownPhoto) -> None:
        if photo.id in self._asked:
            return
        self._asked.add(photo.id)
        path = self.root / photo.stored_path
        self._loader.submit(
            lambda: read_picture(path, 1920), partial(self._arrived, photo.id), lambda _e: None
        )

    def _arrived(self, photo_id: str, image: QImage) -> None:
        if image.isNull():
            return
        self._images[photo_id] = QPixmap.fromImage(image)
        self._tick()

    def shown_photo(self) -> str | None:
        return self.picture.photo_id
