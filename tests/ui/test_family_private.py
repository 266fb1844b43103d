"""Family mode and a passage kept private: the family never hears it nor reads its words; a quiet
card stands over it, or the story jumps over it, as the curator chose."""

from __future__ import annotations

import array
import math
import struct
import wave
from pathlib import Path
from typing import Any

import av
import pytest
from PySide6.QtCore import Qt

from archive_app.core import audit
from archive_app.core.archive import Archive
from archive_app.core.consent import passages, store
from archive_app.core.ingest import ingest
from archive_app.core.transcripts.parse import Segment
from archive_app.core.transcripts.store import add_transcript
from archive_app.ui.family.passphrase import PassphraseLock
from archive_app.ui.family.private import JUMP, MODE_KEY
from archive_app.ui.family.window import FamilyWindow
from archive_app.ui.session import open_session
from archive_app.ui.settings import AppSettings
from tests.ui.conftest import ids_of

RATE = 8000


def _wav(path: Path, seconds: float) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(
            b"".join(
                struct.pack("<h", int(6000 * math.sin(2 * math.pi * 300 * n / RATE)))
                for n in range(int(seconds * RATE))
            )
        )


def _samples(path: Path) -> array.array[float]:
    found: array.array[float] = array.array("f")
    with av.open(str(path)) as inside:
        mono = av.AudioResampler(format="flt", layout="mono", rate=RATE)
        for frame in inside.decode(inside.streams.audio[0]):
            for ready in mono.resample(frame):
                found.frombytes(bytes(ready.planes[0])[: 4 * ready.samples])
    return found


@pytest.fixture
def story_with_a_private_part(archive_path: Path, tmp_path: Path) -> dict[str, str]:
    ids = ids_of(archive_path)
    files = tmp_path / "phone"
    files.mkdir()
    _wav(files / "奶奶.wav", 12.0)
    with Archive.open(archive_path) as archive:
        ingest(archive, [files / "奶奶.wav"], interview_id=ids["first"], workers=1)
        recording = str(archive.db.execute("SELECT id FROM recording").fetchone()[0])
        with archive.transaction() as db:
            store.add_consent(db, ids["grandma"], date="2024-02-10", audiences=["family"])
            add_transcript(
                db,
                ids["first"],
                [
                    Segment(0.0, 3.0, "奶奶", "那年冬天很冷。"),
                    Segment(4.0, 7.0, "奶奶", "儿子离婚的那一年。"),
                    Segment(8.0, 11.0, "奶奶", "我们烧火取暖。"),
                ],
                language="zh-CN",
            )
            passages.close_passage(
                db,
                recording,
                start_s=3.5,
                end_s=7.5,
                audiences=["family"],
                person_id=ids["grandma"],
                reason="不想让孙子听到",
            )
    return {**ids, "recording": recording}


def _window(
    qtbot: Any, archive_path: Path, settings: AppSettings, family: str
) -> tuple[FamilyWindow, Any]:
    session = open_session(archive_path)
    window = FamilyWindow(session, settings, family, PassphraseLock(settings))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window, session


def _close(window: FamilyWindow, session: Any, qtbot: Any) -> None:
    window.may_close = True
    window.close()
    if session.writer is not None:
        qtbot.waitUntil(lambda: not session.writer.busy, timeout=5000)
    session.close()


def test_the_family_hears_a_silent_copy_and_sees_a_quiet_card_over_the_private_part(
    qtbot: Any,
    archive_path: Path,
    private_settings: AppSettings,
    english: None,
    story_with_a_private_part: dict[str, str],
) -> None:
    ids = story_with_a_private_part
    window, session = _window(qtbot, archive_path, private_settings, ids["family"])
    try:
        (tile,) = window.home.tiles
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
        story = window.story
        qtbot.waitUntil(lambda: not story._waiting, timeout=20000)
        (playing,) = story.playback.playlist.recordings
        original = archive_path / str(
            session.db.execute(
                "SELECT stored_path FROM media_file JOIN recording USING (sha256)"
            ).fetchone()[0]
        )
        assert playing.path != original and archive_path not in playing.path.parents
        heard = _samples(playing.path)
        assert max(abs(v) for v in heard[int(3.5 * RATE) : int(7.5 * RATE)]) == 0.0
        assert max(abs(v) for v in heard[: 3 * RATE]) > 0.1  # the rest is the voice
        # the private line is nowhere among the words
        words = [row.text for row in story.lines.model.lead.rows]
        assert words == ["那年冬天很冷。", "我们烧火取暖。"]
        story.stop()
        story.playback.seek(5.0)
        qtbot.waitUntil(lambda: story.position() >= 4.9, timeout=5000)
        story._tick()
        assert story.kept_private()
        assert story.picture.shows_card
        assert "kept private" in " ".join(story.picture.words)
        assert not story.lines.isVisible()
        story.playback.seek(9.0)
        qtbot.waitUntil(lambda: story.position() >= 8.9, timeout=5000)
        story._tick()
        assert not story.kept_private()
        assert story.lines.current_text()[0] == "我们烧火取暖。"
        folder = story.copies.folder
        assert folder is not None and folder.exists()
    finally:
        _close(window, session, qtbot)
    assert not folder.exists()  # the copies go with family mode
    with Archive.open(archive_path, read_only=True) as archive:
        logged = audit.entries(archive.db)
    assert any("passages_applied" in e["details"] for e in logged if e["action"] == "release")


def test_the_curator_may_choose_a_jump_instead(
    qtbot: Any,
    archive_path: Path,
    private_settings: AppSettings,
    english: None,
    story_with_a_private_part: dict[str, str],
) -> None:
    ids = story_with_a_private_part
    private_settings.set_value(MODE_KEY, JUMP)
    window, session = _window(qtbot, archive_path, private_settings, ids["family"])
    try:
        (tile,) = window.home.tiles
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
        story = window.story
        qtbot.waitUntil(lambda: not story._waiting, timeout=20000)
        story.playback.seek(4.0)
        qtbot.waitUntil(lambda: story.position() >= 3.9, timeout=5000)
        story.resume()
        story._tick()
        qtbot.waitUntil(lambda: story.position() >= 7.5, timeout=5000)
        assert not story.kept_private()
    finally:
        _close(window, session, qtbot)
