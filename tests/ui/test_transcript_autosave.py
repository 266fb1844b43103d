"""A crash or a power cut while typing loses at most the last second of words.

A child process opens the archive, types into a passage through the editor as a person would
(one key at a time, while the recording plays), and notes each keystroke in a log. The parent
kills it without warning (SIGKILL: no clean-up, no flushing) and opens the archive again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from archive_app.core.archive import Archive
from archive_app.core.transcripts import store
from tests.ui.test_player_support import make_listening_archive

#: what the child types after the passage's words: Latin keys and Chinese from an input method
TYPED = "Wo jia zai Sichuan. 我家在四川，爸爸在广州打工。 " * 8

CHILD = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, sys.argv[4])
from pathlib import Path
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from archive_app.core.archive import Archive
from archive_app.ui.player import create_media_panel
from archive_app.ui.session import ArchiveSession

root, interview_id, log_path = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
text = sys.argv[5]
app = QApplication([])
session = ArchiveSession(Archive.open(root))
host = QWidget()
layout = QVBoxLayout(host)
panel = create_media_panel(session, QUndoStack(), host)
layout.addWidget(panel)
session.changed.connect(panel.apply)
host.resize(900, 600)
host.show()
panel.show_interview(interview_id)
view = panel.transcript.view
view.open_words(1, 2)
editor = view.delegate.active_editor
panel.playback.play()
log = open(log_path, "a", encoding="utf-8")
typed = 0

def key() -> None:
    global typed
    char = text[typed % len(text)]
    if char.isascii():
        QTest.keyClick(editor, char)
    else:
        event = QInputMethodEvent()
        event.setCommitString(char)
        QApplication.sendEvent(editor, event)
    typed += 1
    log.write(f"{time.monotonic():.4f} {typed}\n")
    log.flush()

timer = QTimer()
timer.timeout.connect(key)
timer.start(40)
app.exec()
"""


def _typed_by(log: Path, moment: float) -> int:
    """How many keys the child had typed at ``moment`` (monotonic clock, shared by processes)."""
    count = 0
    for line in log.read_text(encoding="utf-8").splitlines():
        stamp, number = line.split()
        if float(stamp) <= moment:
            count = int(number)
    return count


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")
def test_killing_the_app_while_typing_loses_at_most_the_last_second(tmp_path: Path) -> None:
    ids = make_listening_archive(tmp_path / "archive", english=False)
    log = tmp_path / "keys.log"
    log.touch()
    repo = str(Path(__file__).resolve().parents[2])
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(ids.root), ids.interview_id, str(log), repo, TYPED],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while _typed_by(log, time.monotonic()) < 60:  # about two and a half seconds of typing
            assert child.poll() is None, child.stderr.read().decode() if child.stderr else ""
            assert time.monotonic() < deadline, "the child never started typing"
            time.sleep(0.05)
    finally:
        killed_at = time.monotonic()
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    assert child.returncode == -signal.SIGKILL

    with Archive.open(ids.root) as reopened:  # the dead child's writer lock is gone with it
        saved = store.segments_of(reopened.db, ids.verbatim_id)[1]["text"]
    words_before = "你好你好，坐嘛。"
    assert saved.startswith(words_before)
    saved_typing = saved[len(words_before) :]
    sure = _typed_by(log, killed_at - 1.0)  # typed more than a second before the kill
    everything = _typed_by(log, killed_at + 1.0)
    assert sure > 0
    assert len(saved_typing) >= sure, (len(saved_typing), sure, everything)
    assert saved_typing == (TYPED * 2)[: len(saved_typing)]  # in order, nothing garbled
    assert len(saved_typing) <= everything
