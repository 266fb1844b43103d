"""What the player and transcript tests share (no tests here): short generated recordings, an
archive with an interview to listen to, and the listening panel open on it."""

from __future__ import annotations

import math
import struct
import wave
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from archive_app.core import ingest, interviews, sections
from archive_app.core.archive import Archive
from archive_app.core.transcripts import store
from archive_app.core.transcripts.parse import Segment
from archive_app.ui.session import ArchiveSession

VERBATIM = [
    Segment(0.0, 1.0, "采访者", "奶奶，您好。"),
    Segment(1.0, 2.0, "奶奶", "你好你好，坐嘛。"),
    Segment(2.0, 3.0, "采访者", "说说过年的事吧。"),
    Segment(3.0, 4.0, "奶奶", "过年嘛，儿子就回来了。"),
]
ENGLISH = [
    Segment(0.0, 1.0, "Interviewer", "Hello, Grandma."),
    Segment(1.0, 2.0, "Grandma", "Hello, hello, sit down."),
    Segment(2.0, 3.0, "Interviewer", "Tell me about the New Year."),
    Segment(3.0, 4.0, "Grandma", "At New Year my son comes home."),
]


def write_wav(path: Path, seconds: float, rate: int = 8000) -> Path:
    """A mono 16-bit tone of ``seconds``, rising and falling so it is not silence."""
    frames = int(seconds * rate)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(
            b"".join(
                struct.pack("<h", int(6000 * math.sin(2 * math.pi * (220 + i // 80) * i / rate)))
                for i in range(frames)
            )
        )
    return path


@dataclass
class Listening:
    root: Path
    interview_id: str
    verbatim_id: str
    english_id: str


def make_listening_archive(
    root: Path, *, recordings: tuple[float, ...] = (4.0,), english: bool = True
) -> Listening:
    """An archive with one interview: recordings of these lengths (seconds), a verbatim
    transcript of four one-second passages and, beside it, an English translation."""
    made = Archive.create(root)
    try:
        with made.transaction() as db:
            interview_id = interviews.add_interview(db, "奶奶的故事", language="zh-CN")
        sources = root.parent / f"{root.name}-sources"
        sources.mkdir(exist_ok=True)
        paths = [
            write_wav(sources / f"part{number + 1}.wav", seconds, 8000 + number)
            for number, seconds in enumerate(recordings)
        ]
        results = ingest.ingest(made, paths, interview_id=interview_id, workers=1)
        assert all(r.status != "rejected" for r in results), results
        with made.transaction() as db:
            verbatim_id = store.add_transcript(db, interview_id, VERBATIM, tier="方言")
            english_id = ""
            if english:
                english_id = store.add_transcript(
                    db, interview_id, ENGLISH, kind="translation", tier="English"
                )
    finally:
        made.close()
    return Listening(root, interview_id, verbatim_id, english_id)


@dataclass
class OpenPanel:
    panel: Any
    session: ArchiveSession
    undo_stack: QUndoStack
    ids: Listening
    host: QWidget

    def reader(self) -> Archive:
        """A separate read-only view of the catalogue, as another program would see it."""
        return Archive.open(self.ids.root, read_only=True)

    def segments(self, transcript_id: str | None = None) -> list[dict[str, Any]]:
        with self.reader() as seen:
            return store.segments_of(seen.db, transcript_id or self.ids.verbatim_id)

    def texts(self, transcript_id: str | None = None) -> list[str]:
        return [s["text"] for s in self.segments(transcript_id)]


@contextmanager
def open_panel(qtbot: Any, ids: Listening) -> Iterator[OpenPanel]:
    """The listening panel open on the archive's interview, in an active window."""
    from archive_app.ui.player import create_media_panel

    session = ArchiveSession(Archive.open(ids.root))
    stack = QUndoStack()
    host = QWidget()
    host.resize(1000, 700)
    from PySide6.QtWidgets import QVBoxLayout

    layout = QVBoxLayout(host)
    panel = create_media_panel(session, stack, host)
    layout.addWidget(panel)
    qtbot.addWidget(host)
    session.changed.connect(panel.apply)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow, timeout=3000)  # hotkeys work in the active window
    panel.show_interview(ids.interview_id)
    try:
        yield OpenPanel(panel, session, stack, ids, host)
    finally:
        panel.release()
        if session.writer is not None:
            qtbot.waitUntil(lambda: not session.writer.busy, timeout=10000)
        host.close()
        session.close()


def settle(qtbot: Any, opened: OpenPanel) -> None:
    """Let typing be sent and every queued write land."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()  # actions deferred to after the key event that asked
    opened.panel.transcript.editor.saver.flush()
    writer = opened.session.writer
    assert writer is not None
    qtbot.waitUntil(lambda: not writer.busy, timeout=10000)


def add_chapter(ids: Listening, start_s: float, title: str) -> None:
    with Archive.open(ids.root) as made, made.transaction() as db:
        sections.add_section(db, ids.interview_id, start_s, title)
