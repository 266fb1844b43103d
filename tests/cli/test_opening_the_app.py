"""``archive-app`` without a command opens the desktop app: without a screen it says so in one
line; on a screen it keeps Qt's and FFmpeg's chatter off the terminal unless ``--verbose``; and
Ctrl+C in the terminal closes it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from archive_app.ui.launch import has_display
from tests.core.media_fixtures import make_wav

CHATTER = ("qt.multimedia", "Input #0", "PulseAudioService", "FFmpeg")


def environment(tmp_path: Path, **changes: str | None) -> dict[str, str]:
    """This process's environment with the app's settings kept in ``tmp_path``."""
    env = dict(os.environ, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    env["LANG"] = "C.UTF-8"
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        env.pop(name, None)
    for name, value in changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


@pytest.fixture
def with_a_recording(tmp_path: Path) -> tuple[Path, str]:
    """An archive holding one interview with a recording; the archive and the interview's ID."""
    root = tmp_path / "archive"
    folder = tmp_path / "phone"
    folder.mkdir()
    make_wav(folder / "奶奶 2024-02-10.wav", seconds=3.0)
    made = subprocess.run(
        [sys.executable, "-m", "archive_app", "--archive", str(root), "init"],
        capture_output=True,
        text=True,
        env=environment(tmp_path),
    )
    assert made.returncode == 0, made.stderr
    imported = subprocess.run(
        [sys.executable, "-m", "archive_app", "--archive", str(root), "import", str(folder)]
        + ["--json"],
        capture_output=True,
        text=True,
        env=environment(tmp_path),
    )
    assert imported.returncode == 0, imported.stderr
    return root, json.loads(imported.stdout)[0]["interview_id"]


def test_without_a_screen_one_line_says_so_and_the_status_is_2(tmp_path: Path) -> None:
    env = environment(tmp_path, DISPLAY=None, WAYLAND_DISPLAY=None, QT_QPA_PLATFORM=None)
    ran = subprocess.run(
        [sys.executable, "-m", "archive_app", "--archive", str(tmp_path / "archive")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert ran.returncode == 2
    assert ran.stdout == ""
    assert ran.stderr.count("\n") == 1
    assert ran.stderr.startswith("archive-app: there is no screen to open the app on")
    assert "xvfb-run" in ran.stderr and "xcb" not in ran.stderr
    assert not (tmp_path / "archive").exists()  # nothing made on the way to failing
    chinese = subprocess.run(
        [sys.executable, "-m", "archive_app", "--archive", str(tmp_path / "archive")],
        capture_output=True,
        text=True,
        env={**env, "LANG": "zh_CN.UTF-8"},
        timeout=60,
    )
    assert chinese.returncode == 2 and "没有可以显示应用的屏幕" in chinese.stderr


@pytest.mark.parametrize(
    ("environ", "platform", "expected"),
    [
        ({}, "linux", False),
        ({"DISPLAY": ":0"}, "linux", True),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", False),
        ({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99"}, "linux", True),
        ({"QT_QPA_PLATFORM": "wayland"}, "linux", False),
        ({}, "freebsd14", False),
        ({}, "win32", True),
        ({}, "darwin", True),
    ],
)
def test_a_screen_is_there_when_qt_can_open_a_window(
    environ: dict[str, str], platform: str, expected: bool
) -> None:
    assert has_display(environ, platform) is expected


# Runs ``archive-app --archive ROOT [--verbose]`` as a user would, once the window is up going
# to the interview (so the player opens its recording), and closing when the media has loaded.
PLAY_THEN_QUIT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    import archive_app.ui.launch as launch

    interview, argv = sys.argv[1], sys.argv[2:]
    opened = launch.AppController.open
    waited = [0]

    def loaded(controller):
        from PySide6.QtMultimedia import QMediaPlayer  # loaded by the app itself by now

        panel = controller.window.details.current_view().media_panel
        status = panel.playback.player.mediaStatus()
        waited[0] += 1
        if status == QMediaPlayer.MediaStatus.LoadedMedia or waited[0] > 200:
            QTimer.singleShot(500, controller.app.quit)
        else:
            QTimer.singleShot(100, lambda: loaded(controller))

    def open_and_play(controller, path):
        done = opened(controller, path)
        controller.window.open_record("interview", interview)
        QTimer.singleShot(100, lambda: loaded(controller))
        return done

    launch.AppController.open = open_and_play
    from archive_app.cli import main
    sys.exit(main(argv))
    """
)


@pytest.mark.timeout(180)
def test_qt_and_ffmpeg_chatter_is_hidden_unless_verbose(
    tmp_path: Path, with_a_recording: tuple[Path, str]
) -> None:
    root, interview = with_a_recording
    env = environment(tmp_path, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES=None)

    def start(*options: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", PLAY_THEN_QUIT, interview, "--archive", str(root), *options],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )

    quiet = start()
    assert quiet.returncode == 0, quiet.stderr
    assert not [word for word in CHATTER if word in quiet.stderr], quiet.stderr
    loud = start("--verbose")
    assert loud.returncode == 0, loud.stderr
    assert "Input #0" in loud.stderr  # FFmpeg opened the recording: the filter is what hid it


@pytest.mark.timeout(120)
def test_ctrl_c_in_the_terminal_closes_the_app(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    app = subprocess.Popen(
        [sys.executable, "-m", "archive_app", "--archive", str(root)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment(tmp_path, QT_QPA_PLATFORM="offscreen"),
    )
    try:
        lock = root / "archive.lock"
        deadline = time.monotonic() + 60
        while f"pid {app.pid}" not in (lock.read_text() if lock.exists() else ""):
            assert app.poll() is None, app.communicate()
            assert time.monotonic() < deadline, "the app did not open the archive"
            time.sleep(0.1)
        app.send_signal(signal.SIGINT)
        out, err = app.communicate(timeout=60)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert app.returncode == 0, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err


# Sets a passphrase (as the curator did in the settings), then starts as ``archive-app --family``.
START_IN_FAMILY = textwrap.dedent(
    """
    import sys
    from archive_app.ui.launch import make_application
    from archive_app.ui.settings import AppSettings
    from archive_app.ui.family.passphrase import PassphraseLock

    make_application()
    PassphraseLock(AppSettings()).set("village school")
    from archive_app.cli import main
    sys.exit(main(sys.argv[1:]))
    """
)


@pytest.mark.timeout(120)
def test_ctrl_c_in_the_terminal_ends_family_mode_too(tmp_path: Path) -> None:
    # The family window refuses every close short of the passphrase, but the person at the
    # terminal (or the system shutting down) must still be able to end the app.
    from archive_app.core import people
    from archive_app.core.archive import Archive

    root = tmp_path / "archive"
    with Archive.create(root) as archive, archive.transaction() as db:
        family = people.add_family(db, "李家")
    app = subprocess.Popen(
        [sys.executable, "-c", START_IN_FAMILY, "--archive", str(root), "--family", family],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment(tmp_path, QT_QPA_PLATFORM="offscreen"),
    )
    try:
        lock = root / "archive.lock"
        deadline = time.monotonic() + 60
        while f"pid {app.pid}" not in (lock.read_text() if lock.exists() else ""):
            assert app.poll() is None, app.communicate()
            assert time.monotonic() < deadline, "the app did not open the archive"
            time.sleep(0.1)
        time.sleep(2)  # the family's screen is up
        app.send_signal(signal.SIGINT)
        out, err = app.communicate(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert app.returncode == 0, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
