"""Player benchmark: opening a long interview, and how closely the highlight follows the voice.

    python benchmarks/player_bench.py            # the issue's size: 2 hours, 2,000 passages
    python benchmarks/player_bench.py --quick    # 20 minutes, 400 passages

Generates, in a temporary folder, an archive with one interview: a two-hour 8 kHz mono WAV and a
verbatim transcript of 2,000 passages with an aligned English tier (a second interview of the
same size is there to switch to). Reports:

- time to interactive: from asking the panel to show the interview until the transcript is
  painted and answers a click (the recording still loading in the background), first opening
  (panel made, QtMultimedia loaded) and switching to another interview; and until the player
  knows the recording's length (the seek bar usable);
- highlight lag: for each passage boundary crossed while playing, how long after the voice
  reached the passage's start the highlight moved to it. The voice's position is the player's
  clock, fitted over its own position reports (this computer has no sound card: QtMultimedia plays
  silently in real time). Measured at 1x and 2x, and once with the boundary timer switched off
  (highlight moved only on the player's position reports) for comparison.
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import statistics
import struct
import sys
import tempfile
import time
import wave
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from archive_app.core import ingest, interviews  # noqa: E402
from archive_app.core.archive import Archive  # noqa: E402
from archive_app.core.transcripts import store  # noqa: E402
from archive_app.core.transcripts.parse import Segment  # noqa: E402

LINES = [
    "我们村里的孩子大多跟着爷爷奶奶长大，父母一年只回来一次。",
    "他去广州，在鞋厂头做，一年就过年回来一趟。",
    "视频的时候他都在上班，说不到几句。",
    "户口在这边，娃儿读高中还是要回来考。",
    "过年的时候，一屋人坐到一起吃团年饭，那才闹热。",
    "累也要带嘛，哪个喊我们是一家人。",
]
ENGLISH = [
    "Most children in our village grow up with their grandparents.",
    "He went to Guangzhou, to a shoe factory, and came home once a year.",
    "When we video call he is at work; we can hardly talk.",
    "His hukou is here, so for high school he has to come back for the exams.",
    "At New Year the whole family sits down to the reunion dinner.",
    "Tired or not, I raise him: we are family.",
]


def write_long_wav(path: Path, seconds: int, rate: int = 8000) -> None:
    """A long tone, written one second at a time (fast: the second is computed once)."""
    second = b"".join(
        struct.pack("<h", int(3000 * math.sin(2 * math.pi * 200 * i / rate))) for i in range(rate)
    )
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        for _ in range(seconds):
            out.writeframes(second)


def build(root: Path, seconds: int, passages: int) -> list[str]:
    """Two interviews of the same size; returns their ids."""
    archive = Archive.create(root)
    ids = []
    try:
        for number in range(2):
            with archive.transaction() as db:
                interview_id = interviews.add_interview(db, f"长访谈 {number + 1}")
            wav = root.parent / f"long-{number}.wav"
            write_long_wav(wav, seconds, 8000 + number)  # different files, not duplicates
            ingest.ingest(archive, [wav], interview_id=interview_id, workers=1)
            step = seconds / passages
            verbatim = [
                Segment(
                    round(n * step, 3),
                    round((n + 1) * step, 3),
                    "奶奶" if n % 2 else "采访者",
                    LINES[n % len(LINES)],
                )
                for n in range(passages)
            ]
            english = [
                Segment(s.start_s, s.end_s, s.speaker, ENGLISH[n % len(ENGLISH)])
                for n, s in enumerate(verbatim)
            ]
            with archive.transaction() as db:
                store.add_transcript(db, interview_id, verbatim, tier="方言")
                store.add_transcript(db, interview_id, english, kind="translation", tier="English")
            ids.append(interview_id)
    finally:
        archive.close()
    return ids


def _settle(app: object) -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    QApplication.processEvents()


def time_to_interactive(panel: object, interview_id: str, app: object) -> float:
    """Seconds from asking for the interview until its transcript is painted and the event
    loop is free to answer the person (the recording may still be loading)."""
    from PySide6.QtWidgets import QApplication

    view = panel.transcript.view  # type: ignore[attr-defined]
    started = time.perf_counter()
    panel.show_interview(interview_id)  # type: ignore[attr-defined]
    view.viewport().repaint()  # paint now, as the screen would
    QApplication.processEvents()
    return time.perf_counter() - started


def wait_for(app: object, condition: object, timeout: float = 20.0) -> float:
    from PySide6.QtWidgets import QApplication

    started = time.perf_counter()
    while not condition():  # type: ignore[operator]
        QApplication.processEvents()
        if time.perf_counter() - started > timeout:
            raise TimeoutError
        time.sleep(0.0005)
    return time.perf_counter() - started


def highlight_lags(panel: object, start_s: float, seconds: float, rate: float) -> list[float]:
    """Play ``seconds`` of wall time from ``start_s``; for each boundary crossed, the delay
    between the voice reaching the passage and the highlight arriving on it (seconds)."""
    from PySide6.QtWidgets import QApplication

    playback = panel.playback  # type: ignore[attr-defined]
    model = panel.transcript.model  # type: ignore[attr-defined]
    reports: list[tuple[float, float]] = []  # (wall clock, player's position)
    arrivals: list[tuple[float, int]] = []  # (wall clock, row highlighted)

    def reported(ms: int) -> None:
        reports.append((time.perf_counter(), ms / 1000.0))

    def highlighted(top_left: object, _bottom_right: object, roles: list[int]) -> None:
        row = model.playing_row
        if row is not None and (not arrivals or arrivals[-1][1] != row):
            arrivals.append((time.perf_counter(), row))

    playback.player.positionChanged.connect(reported)
    model.dataChanged.connect(highlighted)
    playback.set_rate(rate)
    playback.seek(start_s)
    playback.play()
    ends = time.perf_counter() + seconds
    while time.perf_counter() < ends:
        QApplication.processEvents()
        time.sleep(0.001)
    playback.pause()
    playback.player.positionChanged.disconnect(reported)
    model.dataChanged.disconnect(highlighted)
    # the voice's clock: a straight line through the player's reports (position = a + b * wall)
    steady = reports[3:]  # after the start-up of playback
    mean_t = statistics.fmean(t for t, _ in steady)
    mean_p = statistics.fmean(p for _, p in steady)
    slope = sum((t - mean_t) * (p - mean_p) for t, p in steady) / sum(
        (t - mean_t) ** 2 for t, _ in steady
    )
    first_wall = steady[0][0]
    lags = []
    for wall, row in arrivals:
        passage = model.row(row)
        if passage is None or passage.start_s is None or wall < first_wall:
            continue
        reached = mean_t + (passage.start_s - mean_p) / slope
        lags.append(wall - reached)
    return lags


def describe(lags: list[float]) -> str:
    if not lags:
        return "no boundary crossed"
    ms = sorted(x * 1000 for x in lags)
    p95 = ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))]
    return (
        f"n={len(ms)} median {statistics.median(ms):.0f} ms, p95 {p95:.0f} ms, "
        f"worst {ms[-1]:.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="20 minutes and 400 passages")
    args = parser.parse_args()
    seconds, passages = (1200, 400) if args.quick else (7200, 2000)

    folder = Path(tempfile.mkdtemp(prefix="player-bench-"))
    try:
        from PySide6.QtCore import QSettings

        settings_dir = folder / "settings"
        settings_dir.mkdir()
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
        made = time.perf_counter()
        ids = build(folder / "archive", seconds, passages)
        print(
            f"archive: 2 interviews, each {seconds / 3600:g} h of 8 kHz mono WAV, "
            f"{passages} passages + an aligned English tier "
            f"(built in {time.perf_counter() - made:.1f} s)"
        )

        from PySide6.QtGui import QUndoStack
        from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

        app = QApplication.instance() or QApplication([sys.argv[0]])
        from archive_app.ui.session import ArchiveSession

        session = ArchiveSession(Archive.open(folder / "archive"))
        host = QWidget()
        host.resize(1200, 800)
        layout = QVBoxLayout(host)
        host.show()
        _settle(app)

        started = time.perf_counter()
        from archive_app.ui.player import create_media_panel

        panel = create_media_panel(session, QUndoStack(), host)
        layout.addWidget(panel)
        _settle(app)
        made_s = time.perf_counter() - started
        first = time_to_interactive(panel, ids[0], app)
        loaded = first + wait_for(app, lambda: panel.playback.player.duration() > 0)
        print(f"panel made (QtMultimedia imported): {made_s * 1000:.0f} ms")
        print(
            f"open interview, first time: interactive in {first * 1000:.0f} ms; "
            f"recording's length known after {loaded * 1000:.0f} ms"
        )
        switch = time_to_interactive(panel, ids[1], app)
        loaded = switch + wait_for(app, lambda: panel.playback.player.duration() > 0)
        print(
            f"switch to another interview: interactive in {switch * 1000:.0f} ms; "
            f"recording's length known after {loaded * 1000:.0f} ms"
        )
        again = time_to_interactive(panel, ids[0], app)
        print(f"and back again: interactive in {again * 1000:.0f} ms")
        wait_for(app, lambda: panel.playback.player.duration() > 0)

        middle = seconds / 2
        print(f"highlight lag at 1x:  {describe(highlight_lags(panel, middle, 12.0, 1.0))}")
        print(f"highlight lag at 2x:  {describe(highlight_lags(panel, middle + 60, 12.0, 2.0))}")
        boundary = panel.transcript._boundary
        boundary.timeout.disconnect()
        print(
            "without the boundary timer (on position reports only), 2x: "
            f"{describe(highlight_lags(panel, middle + 180, 12.0, 2.0))}"
        )
        panel.release()
        session.close()
        host.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
