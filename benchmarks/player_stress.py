"""Player stress benchmark: open, play a little, seek and let go of recordings many times in a
row on a busy machine, and see whether the window ever freezes (issue 19).

    python benchmarks/player_stress.py                  # 500 cycles, fixed code beside the old
    python benchmarks/player_stress.py --cycles 100     # fewer
    python benchmarks/player_stress.py --variant fixed  # only today's code
    python benchmarks/player_stress.py --provoke        # make the old race happen at will

Each cycle is what a person does on an interview page: the page opens (a new ``Playback``, as
the panel makes), a recording is loaded, played for a moment, sought (a click on a passage
while playing, or a search hit that starts at a second), released (the page closes or another
interview is shown) and the player deleted. The recordings are short WAV files generated here.

The cycles run in a child process with its own QApplication (offscreen, silent: no sound
card is needed), while this process keeps every core busy with burner processes that it starts
and stops itself. A child that reports nothing for ``--stall`` seconds is hung: it is counted,
its native stacks are saved when gdb is there (``--stacks DIR``), it is killed and the next
child goes on with the remaining cycles. Python's own watchdogs cannot catch this kind of hang:
the GUI thread holds the GIL while it waits.

Reported per variant: cycles done, hangs, and how long the GUI thread was blocked: each call
into the player is timed, and a 5 ms heartbeat timer measures every gap in the event loop
(which also catches deferred deletions; 5 ms when nothing blocks). "Longest block" is the worst of both in any cycle; the
median and 95th percentile are over the cycles' own worst. The first cycle of each child is
reported apart: its player loads QtMultimedia's FFmpeg plugin, which the app does once. A
recording file still open after its release (Linux: /proc/self/fd) is counted too.

``--variant old`` runs the code as it was before the fix: an audio output whose notifications
PySide has not yet looked up, and ``release`` stopping before clearing the source.
``--variant both`` (the default) alternates batches of the two, so that both see the same load.
``--control`` adds a third, "idle": the same waits with no player at all, which shows how long
the busy machine alone keeps the event loop waiting.
``--provoke`` makes the race likely instead of rare: before each release the GUI thread stops
the player (the audio renderer is deleted on its thread), keeps the GIL for a moment and then
takes each of Qt's connection locks, as any slot touching Qt may do at that moment. Timings mean
nothing then; only hangs count.
"""

from __future__ import annotations

import argparse
import faulthandler
import json
import math
import os
import queue
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time
import wave
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: lengths in seconds of the generated recordings
RECORDING_LENGTHS = (2.0, 3.0, 4.0)
#: how long each cycle plays before its seek, and after it
PLAY_MS = 150
AFTER_SEEK_MS = 100


# -- the recordings ------------------------------------------------------------------------------


def write_recordings(folder: Path) -> list[Path]:
    """Short mono 8 kHz WAV tones, one per length in RECORDING_LENGTHS."""
    paths = []
    for number, seconds in enumerate(RECORDING_LENGTHS):
        path = folder / f"visit-{number + 1}.wav"
        rate = 8000
        pitch = 220 + 60 * number
        frames = b"".join(
            struct.pack("<h", int(5000 * math.sin(2 * math.pi * pitch * i / rate)))
            for i in range(int(seconds * rate))
        )
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(rate)
            out.writeframes(frames)
        paths.append(path)
    return paths


# -- the child: the cycles themselves ------------------------------------------------------------


def run_cycles(
    first: int, last: int, variant: str, folder: Path, provoke: bool, stall_s: float
) -> None:
    """Run cycles first..last-1, one JSON line on stdout per cycle. A cycle that takes longer
    than ``stall_s`` gets the Python stacks of every thread written to stderr (faulthandler's
    own thread, which needs no GIL)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import (
        SIGNAL,
        QElapsedTimer,
        QEventLoop,
        QLoggingCategory,
        QObject,
        Qt,
        QTimer,
        QUrl,
    )
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
    from PySide6.QtWidgets import QApplication

    from archive_app.ui.player import playback as playback_module
    from archive_app.ui.player.playback import Playback
    from archive_app.ui.player.playlist import Playlist, Recording

    if variant == "old":
        # the audio output made plainly, as before: PySide has not looked its methods up yet
        playback_module.audio_output_for_threads = QAudioOutput

    class PlaybackBeforeTheFix(Playback):
        """Playback as it was before issue 19's fix."""

        def release(self) -> None:
            self._set_playing(False)
            self.player.stop()
            self.player.setSource(QUrl())
            self._index = -1

    QLoggingCategory.setFilterRules("qt.multimedia.*=false")
    app = QApplication.instance() or QApplication([])
    make = PlaybackBeforeTheFix if variant == "old" else Playback
    recordings = sorted(folder.glob("*.wav"))
    ready = (
        QMediaPlayer.MediaStatus.LoadedMedia,
        QMediaPlayer.MediaStatus.BufferedMedia,
        QMediaPlayer.MediaStatus.BufferingMedia,
    )

    beat = QElapsedTimer()
    beat.start()
    worst_gap = [0]

    def heartbeat() -> None:
        gap = beat.restart()
        worst_gap[0] = max(worst_gap[0], gap)

    heart = QTimer()
    heart.setTimerType(Qt.TimerType.PreciseTimer)
    heart.setInterval(5)
    heart.timeout.connect(heartbeat)
    heart.start()

    def spin(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def spin_until(done: Any, limit_ms: int) -> bool:
        clock = QElapsedTimer()
        clock.start()
        while not done():
            if clock.elapsed() > limit_ms:
                return False
            spin(5)
        return True

    def held_open(path: Path) -> bool:
        fds = Path("/proc/self/fd")
        if not fds.is_dir():
            return False
        for fd in fds.iterdir():
            try:
                if os.readlink(fd) == str(path):
                    return True
            except OSError:
                continue
        return False

    # for --provoke: objects whose connection locks cover all of Qt's lock pool
    crowd: list[Any] = []
    if provoke:

        def unused(_name: str) -> None:
            return None

        crowd = [QObject() for _ in range(1500)]
        for member in crowd:
            member.objectNameChanged.connect(unused)
    signal_name = SIGNAL("objectNameChanged(QString)")

    def hold_the_gil_and_take_qt_locks() -> None:
        """The GUI thread keeps the GIL for a moment (as a busy slot would) and then takes each
        of Qt's connection locks once: a Qt thread that waits for the GIL while holding one
        of them freezes it for good."""
        if not provoke:
            return
        before = sys.getswitchinterval()
        sys.setswitchinterval(1000.0)
        try:
            end = time.perf_counter() + 0.05
            while time.perf_counter() < end:
                pass
            for member in crowd:
                member.receivers(signal_name)
        finally:
            sys.setswitchinterval(before)

    def cycle(number: int) -> dict[str, Any]:
        calls: dict[str, float] = {}

        def timed(name: str, action: Any, *args: Any) -> Any:
            started = time.perf_counter()
            result = action(*args)
            calls[name] = max(calls.get(name, 0.0), (time.perf_counter() - started) * 1000)
            return result

        spin(1)
        worst_gap[0] = 0
        beat.restart()
        recording = recordings[number % len(recordings)]
        length = RECORDING_LENGTHS[number % len(RECORDING_LENGTHS)]
        playback = timed("open page", make)
        playlist = Playlist([Recording(f"r{number}", recording, False, length, recording.name)])
        timed("load", playback.load, playlist)
        loaded = spin_until(lambda: playback.player.mediaStatus() in ready, 5000)
        search_hit = number % 2 == 1
        start = 0.0
        if search_hit:  # a search hit: the recording starts at a second
            start = round(0.3 + (number % 7) * 0.1, 2)
            timed("seek", playback.seek, start)
        timed("play", playback.play)
        spin(PLAY_MS)
        start_ms = int(round(start * 1000))
        spin_until(lambda: playback.player.position() > start_ms, 5000)  # a busy machine
        heard = playback.player.position() / 1000.0 - start  # the player's own clock
        target = round(length * 0.6, 2)
        if not search_hit:  # a click on a later passage while playing
            timed("seek", playback.seek, target)
            spin(AFTER_SEEK_MS)
        landed = playback.position()
        if provoke:  # the renderer goes on its thread while the GUI thread keeps the GIL
            playback.player.stop()
            hold_the_gil_and_take_qt_locks()
        timed("release", playback.release)
        still_open = held_open(recording)
        timed("close page", playback.deleteLater)
        spin(20)
        worst_call = max(calls.values())
        return {
            "cycle": number,
            "variant": variant,
            "loaded": loaded,
            "heard_s": round(heard, 3),
            "landed_s": round(landed, 3),
            "target_s": None if search_hit else target,
            "held_open": still_open,
            "calls_ms": {k: round(v, 2) for k, v in calls.items()},
            "worst_call_ms": round(worst_call, 2),
            "worst_gap_ms": worst_gap[0],
            "blocked_ms": round(max(worst_call, float(worst_gap[0])), 2),
        }

    def idle_cycle(number: int) -> dict[str, Any]:
        """The same waits with no player at all: what the busy machine alone does to the
        event loop."""
        spin(1)
        worst_gap[0] = 0
        beat.restart()
        for ms in (60, PLAY_MS, AFTER_SEEK_MS, 20):
            spin(ms)
        return {
            "cycle": number,
            "variant": variant,
            "loaded": True,
            "heard_s": None,
            "landed_s": None,
            "target_s": None,
            "held_open": False,
            "calls_ms": {},
            "worst_call_ms": 0.0,
            "worst_gap_ms": worst_gap[0],
            "blocked_ms": float(worst_gap[0]),
        }

    for number in range(first, last):
        faulthandler.dump_traceback_later(max(stall_s - 5.0, 1.0))
        record = idle_cycle(number) if variant == "idle" else cycle(number)
        record["first_in_process"] = number == first  # its player loads the FFmpeg plugin
        print(json.dumps(record), flush=True)
    faulthandler.cancel_dump_traceback_later()
    heart.stop()
    del app


# -- the parent: load, children, watchdog, report ------------------------------------------------


def start_burners(count: int) -> list[subprocess.Popen[bytes]]:
    """Processes that keep ``count`` cores busy until stopped."""
    return [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(count)]


def stop_burners(burners: list[subprocess.Popen[bytes]]) -> None:
    for burner in burners:
        burner.terminate()
    for burner in burners:
        try:
            burner.wait(timeout=10)
        except subprocess.TimeoutExpired:
            burner.kill()
            burner.wait()


def save_stacks(pid: int, target: Path) -> None:
    gdb = shutil.which("gdb")
    if gdb is None:
        target.write_text("gdb is not installed: no native stacks\n")
        return
    done = subprocess.run(
        [gdb, "-p", str(pid), "-batch", "-ex", "thread apply all bt"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    target.write_text(done.stdout + done.stderr)


def pump(stream: Any, lines: queue.Queue[str | None]) -> None:
    """Hand the child's output over line by line; None when it ends."""
    for raw in stream:
        lines.put(raw.decode("utf-8", "replace"))
    lines.put(None)


def run_batch(
    first: int,
    last: int,
    variant: str,
    folder: Path,
    provoke: bool,
    stall_s: float,
    stacks: Path | None,
    log: Path,
    max_hangs: int | None = None,
) -> tuple[list[dict[str, Any]], list[int]]:
    """Cycles first..last-1 in children; a hung child is killed and the next goes on (until
    ``max_hangs`` children hung, if given). Returns the cycles' records and the hung cycles."""
    records: list[dict[str, Any]] = []
    hangs: list[int] = []
    next_cycle = first
    while next_cycle < last and (max_hangs is None or len(hangs) < max_hangs):
        command = [
            sys.executable,
            str(Path(__file__).resolve()),
            "--child",
            "--first",
            str(next_cycle),
            "--last",
            str(last),
            "--variant",
            variant,
            "--folder",
            str(folder),
            "--stall",
            str(stall_s),
        ]
        if provoke:
            command.append("--provoke")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        with log.open("ab") as errors:
            child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, env=env)
        lines: queue.Queue[str | None] = queue.Queue()
        reader = threading.Thread(target=pump, args=(child.stdout, lines), daemon=True)
        reader.start()
        hung = False
        while True:
            try:
                line = lines.get(timeout=stall_s)
            except queue.Empty:
                hung = True
                break
            if line is None:
                break
            if line.startswith("{"):
                record = json.loads(line)
                records.append(record)
                next_cycle = record["cycle"] + 1
        if hung:
            hangs.append(next_cycle)
            print(f"  {variant}: cycle {next_cycle} hung; killing the child", flush=True)
            if stacks is not None:
                stacks.mkdir(parents=True, exist_ok=True)
                save_stacks(child.pid, stacks / f"{variant}-cycle-{next_cycle}.txt")
            child.kill()
            next_cycle += 1
        child.wait()
        if not hung and next_cycle < last:  # the child died: count it and go on
            print(f"  {variant}: child ended at cycle {next_cycle} (exit {child.returncode})")
            hangs.append(next_cycle)
            next_cycle += 1
    return records, hangs


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def report(variant: str, everything: list[dict[str, Any]], hangs: list[int], wall_s: float) -> None:
    firsts = [r["blocked_ms"] for r in everything if r["first_in_process"]]
    records = [r for r in everything if not r["first_in_process"]]
    blocked = [r["blocked_ms"] for r in records]
    calls = [r["worst_call_ms"] for r in records]
    gaps = [float(r["worst_gap_ms"]) for r in records]
    held = sum(1 for r in everything if r["held_open"])
    silent = sum(1 for r in everything if r["heard_s"] is not None and r["heard_s"] <= 0.0)
    by_call: dict[str, list[float]] = {}
    for record in records:
        for name, ms in record["calls_ms"].items():
            by_call.setdefault(name, []).append(ms)
    print(f"\n{variant}: {len(everything)} cycles done, {len(hangs)} hung {hangs or ''}")
    print(
        f"  wall time {wall_s:.0f} s; file held open after release: {held}; never moved: {silent}"
    )
    print(
        f"  GUI thread blocked, worst per cycle: longest {max(blocked, default=0):.1f} ms, "
        f"median {statistics.median(blocked) if blocked else 0:.1f} ms, "
        f"p95 {percentile(blocked, 0.95):.1f} ms"
    )
    print(
        f"    of which calls into the player: longest {max(calls, default=0):.1f} ms, "
        f"median {statistics.median(calls) if calls else 0:.1f} ms; "
        f"gaps between 5 ms heartbeats: longest {max(gaps, default=0):.0f} ms, "
        f"median {statistics.median(gaps) if gaps else 0:.0f} ms"
    )
    print(
        f"  first cycle of each of {len(firsts)} children (the FFmpeg plugin loads), kept apart: "
        f"median {statistics.median(firsts) if firsts else 0:.1f} ms, "
        f"longest {max(firsts, default=0):.1f} ms"
    )
    for name in ("open page", "load", "play", "seek", "release", "close page"):
        values = by_call.get(name, [])
        if values:
            print(
                f"    {name:<10} median {statistics.median(values):6.2f} ms  "
                f"p95 {percentile(values, 0.95):6.2f} ms  longest {max(values):6.1f} ms"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=500)
    parser.add_argument("--variant", choices=("fixed", "old", "both", "idle"), default="both")
    parser.add_argument(
        "--control", action="store_true", help="also run the same waits with no player at all"
    )
    parser.add_argument("--batch", type=int, default=50, help="cycles per child before switching")
    parser.add_argument("--burners", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--stall", type=float, default=30.0, help="seconds of silence = hung")
    parser.add_argument("--stacks", type=Path, help="save native stacks of hung children here")
    parser.add_argument("--provoke", action="store_true")
    parser.add_argument("--json", type=Path, help="also write every cycle's record here")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--first", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--last", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        run_cycles(args.first, args.last, args.variant, args.folder, args.provoke, args.stall)
        return 0

    variants = ("fixed", "old") if args.variant == "both" else (args.variant,)
    if args.control:
        variants += ("idle",)
    work = Path(tempfile.mkdtemp(prefix="player-stress-"))
    write_recordings(work)
    log = work / "children.log"
    print(
        f"{args.cycles} cycles per variant ({', '.join(variants)}), {args.burners} CPU burners, "
        f"{'provoked' if args.provoke else 'natural'} races; child output in {log}",
        flush=True,
    )
    results: dict[str, tuple[list[dict[str, Any]], list[int], float]] = {
        v: ([], [], 0.0) for v in variants
    }
    burners = start_burners(args.burners)
    try:
        for first in range(0, args.cycles, args.batch):
            last = min(first + args.batch, args.cycles)
            for variant in variants:
                started = time.perf_counter()
                records, hangs = run_batch(
                    first, last, variant, work, args.provoke, args.stall, args.stacks, log
                )
                done, hung, wall = results[variant]
                results[variant] = (
                    done + records,
                    hung + hangs,
                    wall + time.perf_counter() - started,
                )
            print(f"  {last}/{args.cycles} cycles", flush=True)
    finally:
        stop_burners(burners)
    for variant in variants:
        records, hangs, wall = results[variant]
        report(variant, records, hangs, wall)
    if args.json is not None:
        args.json.write_text(
            json.dumps({v: {"records": r, "hangs": h} for v, (r, h, _w) in results.items()})
        )
    shutil.rmtree(work, ignore_errors=True)
    fixed = results.get("fixed")
    return 1 if fixed is not None and fixed[1] else 0


if __name__ == "__main__":
    sys.exit(main())
