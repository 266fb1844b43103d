"""Listening to an interview: play, seek, speed, jumps, several recordings, chapters, and no
trouble on a computer without a sound device (this one has none: playback runs silently)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtMultimedia import QMediaPlayer

from archive_app.core import ingest
from archive_app.core.archive import Archive
from archive_app.ui.player.hotkeys import HotkeySet
from tests.ui.helpers import click_row
from tests.ui.test_player_support import (
    Listening,
    OpenPanel,
    add_chapter,
    make_listening_archive,
    open_panel,
)

# pytest-qt's capture of Qt messages is a Python message handler: QtMultimedia's threads warn
# ("No audio device detected", on a computer without sound) and would then wait for the GIL,
# while the GUI thread, holding it, waits for those threads to end when a source is cleared
# (issue 19). Qt's own handler writes to stderr without Python, and pytest still captures it.
pytestmark = pytest.mark.no_qt_log


@pytest.fixture
def listening(tmp_path: Path) -> Listening:
    return make_listening_archive(tmp_path / "archive")


@pytest.fixture
def opened(qtbot: Any, listening: Listening) -> Iterator[OpenPanel]:
    with open_panel(qtbot, listening) as panel:
        yield panel


def press(qtbot: Any, opened: OpenPanel, key: str) -> None:
    """Press a hotkey with the focus in the transcript, as a transcriber would."""
    view = opened.panel.transcript.view
    view.setFocus()
    sequence = QKeySequence(key)
    combo = sequence[0]
    qtbot.keyClick(view, combo.key(), combo.keyboardModifiers())


def test_playing_moves_the_highlight_from_passage_to_passage(qtbot: Any, opened: OpenPanel) -> None:
    model = opened.panel.transcript.model
    seen: list[int] = []
    opened.panel.playback.position_changed.connect(
        lambda _s: seen.append(model.playing_row) if model.playing_row is not None else None
    )
    press(qtbot, opened, "Esc")
    assert opened.panel.playback.playing
    qtbot.waitUntil(lambda: model.playing_row is not None and model.playing_row >= 2, timeout=8000)
    # the highlighted passage is always the one whose time has come
    row = model.row(model.playing_row)
    assert row.start_s <= opened.panel.playback.position() + 0.05
    assert seen == sorted(seen) and len(set(seen)) >= 2
    assert opened.panel.seek_bar.position_s > 1.0


def test_clicking_a_passage_plays_from_its_start_and_highlights_it(
    qtbot: Any, opened: OpenPanel
) -> None:
    view = opened.panel.transcript.view
    click_row(qtbot, view, 2, 2)
    playback = opened.panel.playback
    assert 2.0 <= playback.position() < 2.1
    assert view.model().playing_row == 2
    assert opened.panel.transcript.view.currentIndex().row() == 2
    press(qtbot, opened, "Esc")
    qtbot.waitUntil(lambda: view.model().playing_row == 3, timeout=8000)


def test_slower_and_faster_change_the_speed_and_keep_the_pitch(
    qtbot: Any, opened: OpenPanel
) -> None:
    playback = opened.panel.playback
    speed_box = opened.panel.transport.speed
    press(qtbot, opened, "F3")
    press(qtbot, opened, "F3")
    assert playback.rate == 0.8
    assert playback.player.playbackRate() == pytest.approx(0.8)
    assert speed_box.currentText() == "0.8×"
    press(qtbot, opened, "F4")
    assert playback.rate == 0.9
    speed_box.setCurrentIndex(speed_box.findData(0.5))
    assert playback.player.playbackRate() == pytest.approx(0.5)
    available = QMediaPlayer.PitchCompensationAvailability.Available
    if playback.player.pitchCompensationAvailability() == available:
        assert playback.player.pitchCompensation()
    press(qtbot, opened, "Esc")
    qtbot.waitUntil(lambda: playback.position() > 0.2, timeout=8000)
    assert playback.playing


def test_resuming_after_a_pause_hears_the_last_second_again(qtbot: Any, opened: OpenPanel) -> None:
    playback = opened.panel.playback
    press(qtbot, opened, "Esc")
    qtbot.waitUntil(lambda: playback.position() > 1.6, timeout=8000)
    press(qtbot, opened, "Esc")
    assert not playback.playing
    paused_at = playback.position()
    press(qtbot, opened, "Esc")
    assert playback.playing
    assert paused_at - 1.05 <= playback.position() <= paused_at - 0.7  # not where it paused


def test_after_a_seek_resuming_starts_where_the_person_chose(qtbot: Any, opened: OpenPanel) -> None:
    playback = opened.panel.playback
    press(qtbot, opened, "Esc")
    qtbot.waitUntil(lambda: playback.position() > 0.5, timeout=8000)
    press(qtbot, opened, "Esc")
    click_row(qtbot, opened.panel.transcript.view, 3, 2)
    press(qtbot, opened, "Esc")
    assert 3.0 <= playback.position() < 3.3  # no rewind: the person chose the place


def test_jump_hotkeys_move_by_the_seconds_chosen_in_the_help_panel(
    qtbot: Any, opened: OpenPanel
) -> None:
    playback = opened.panel.playback
    press(qtbot, opened, "F2")
    assert playback.position() == 3.0
    press(qtbot, opened, "F1")
    assert playback.position() == 0.0
    press(qtbot, opened, "Ctrl+/")
    help_panel = opened.panel.help
    assert help_panel.isVisible()
    help_panel.jump.setValue(1.5)
    press(qtbot, opened, "F2")
    assert playback.position() == 1.5
    assert opened.panel.transport.forward_button.toolTip().startswith("Forward 1.5 s")


def test_hotkeys_can_be_changed_and_are_remembered(qtbot: Any, opened: OpenPanel) -> None:
    panel = opened.panel
    press(qtbot, opened, "Ctrl+/")
    editor = panel.help.editors["play_pause"]
    assert editor.keySequence().toString() == "Esc"
    assert "Play or pause" in panel.help.labels["play_pause"].text()
    editor.setKeySequence(QKeySequence("F9"))
    editor.editingFinished.emit()
    assert panel.actions_by_name["play_pause"].shortcut().toString() == "F9"
    assert HotkeySet().sequence("play_pause").toString() == "F9"  # kept in the settings
    press(qtbot, opened, "F9")
    assert panel.playback.playing
    # a key already in use is refused, with a reason
    merge = panel.help.editors["merge"]
    merge.setKeySequence(QKeySequence("F9"))
    merge.editingFinished.emit()
    assert panel.help.message.isVisible()
    assert panel.actions_by_name["merge"].shortcut().toString() == "Ctrl+J"


def test_playing_to_the_end_without_a_sound_device_stops_cleanly(
    qtbot: Any, opened: OpenPanel
) -> None:
    playback = opened.panel.playback
    playback.seek(3.2)
    playback.play()
    qtbot.waitUntil(lambda: not playback.playing, timeout=8000)
    assert playback.position() == playback.duration_s == 4.0
    assert opened.panel.transcript.model.playing_row == 3
    # playing again starts from the beginning
    playback.play()
    assert playback.position() < 0.5


def test_several_recordings_play_one_after_another(qtbot: Any, tmp_path: Path) -> None:
    ids = make_listening_archive(tmp_path / "two", recordings=(2.0, 2.0), english=False)
    with open_panel(qtbot, ids) as opened_panel:
        playback = opened_panel.panel.playback
        assert playback.duration_s == 4.0
        assert opened_panel.panel.seek_bar.boundaries == [2.0]
        playback.seek(3.0)
        assert playback.current_index == 1
        playback.seek(1.5)
        assert playback.current_index == 0
        playback.play()
        qtbot.waitUntil(lambda: playback.current_index == 1, timeout=8000)
        qtbot.waitUntil(lambda: opened_panel.panel.transcript.model.playing_row == 2, timeout=8000)
        assert playback.playing


def test_a_missing_recording_is_explained_and_the_transcript_still_works(
    qtbot: Any, tmp_path: Path
) -> None:
    ids = make_listening_archive(tmp_path / "damaged", english=False)
    for stored in (ids.root / "media").rglob("*.wav"):
        stored.unlink()
    with open_panel(qtbot, ids) as opened_panel:
        panel = opened_panel.panel
        panel.playback.play()
        qtbot.waitUntil(lambda: panel.problem.isVisible(), timeout=8000)
        assert "cannot be played" in panel.problem.text()
        assert not panel.playback.playing
        assert panel.transcript.model.rowCount() == 4


def test_chapters_show_on_the_seek_bar_and_a_click_there_seeks(qtbot: Any, tmp_path: Path) -> None:
    ids = make_listening_archive(tmp_path / "chapters", english=False)
    add_chapter(ids, 0.0, "见面")
    add_chapter(ids, 2.0, "过年")
    with open_panel(qtbot, ids) as opened_panel:
        panel = opened_panel.panel
        bar = panel.seek_bar
        assert bar.chapters == [(0.0, "见面"), (2.0, "过年")]
        assert bar.chapter_at(2.5) == "过年"
        x = int(bar.x_of(3.0))
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(x, bar.height() - 13))
        assert 2.9 <= panel.playback.position() <= 3.1
        assert panel.chapters.model.current == 1
        click_row(qtbot, panel.chapters.list, 0)
        assert panel.playback.position() == 0.0
        assert panel.chapters.model.current == 0


def test_a_search_hit_plays_the_interview_from_its_second(qtbot: Any, opened: OpenPanel) -> None:
    panel = opened.panel
    panel.play_from(opened.ids.interview_id, 2.5)
    assert panel.playback.playing
    assert panel.transcript.view.currentIndex().row() == 2
    qtbot.waitUntil(lambda: panel.transcript.model.playing_row == 2, timeout=8000)


def test_the_panel_moves_to_its_own_window_and_back(qtbot: Any, opened: OpenPanel) -> None:
    panel = opened.panel
    panel.pop_button.click()
    window = panel.body.window()
    assert window is not opened.host and window.isVisible()
    assert panel.away.isVisible()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    press(qtbot, opened, "F2")  # hotkeys still work there
    assert panel.playback.position() == 3.0
    window.close()
    assert panel.body.window() is opened.host
    assert not panel.away.isVisible()


@pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="ffmpeg makes the test video")
def test_a_video_recording_is_shown_in_the_panel(qtbot: Any, tmp_path: Path) -> None:
    video = tmp_path / "visit.mp4"
    subprocess.run(
        [
            "ffmpeg",
            "-hide_banner",
            "-loglevel",
            "error",
            "-y",
            "-f",
            "lavfi",
            "-i",
            "testsrc=size=160x120:rate=10",
            "-f",
            "lavfi",
            "-i",
            "sine=frequency=300:sample_rate=8000",
            "-t",
            "1.5",
            "-c:v",
            "mpeg4",
            "-c:a",
            "aac",
            "-pix_fmt",
            "yuv420p",
            str(video),
        ],
        check=True,
    )
    ids = make_listening_archive(tmp_path / "video", recordings=(), english=False)
    with Archive.open(ids.root) as made:
        ingest.ingest(made, [video], interview_id=ids.interview_id, workers=1)
    with open_panel(qtbot, ids) as opened_panel:
        panel = opened_panel.panel
        assert panel.video.isVisible()
        panel.playback.play()
        qtbot.waitUntil(lambda: not panel.playback.playing, timeout=8000)  # to the end
        assert panel.playback.position() == pytest.approx(1.5, abs=0.1)
