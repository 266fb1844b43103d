"""Screenshots of family mode for people to look at: the home screen, a story playing and
"Where are Mum and Dad?", in Simplified Chinese, Traditional Chinese and English, at 1366x768 and
1920x1080, and the home screen of a family with nothing open yet.

    python -m archive_app.ui.family.screenshots OUT_DIR [--archive DIR]

Builds the sample archive unless ``--archive`` names one; the app's own settings are left alone.
Files are ``<language>-<width>x<height>-<screen>.png``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SIZES = ((1366, 768), (1920, 1080))


def _settle(app: Any, seconds: float, until: Callable[[], bool] | None = None) -> None:
    start = time.monotonic()
    while time.monotonic() - start < seconds or (until is not None and not until()):
        app.processEvents()
        time.sleep(0.01)
        if time.monotonic() - start > 30:
            return


def _families(db: Any) -> tuple[str, str | None]:
    """The family with the most to show, and one with no story open (if any)."""
    from archive_app.core import records
    from archive_app.core.family_mode.showing import family_showing

    best: tuple[int, str] | None = None
    empty: str | None = None
    for family in records.list_records(db, "family"):
        showing = family_showing(db, family["id"], reasons=False)
        score = len(showing.stories) * 10 + sum(1 for m in showing.members if m.episodes)
        if best is None or score > best[0]:
            best = (score, family["id"])
        if not showing.stories and empty is None:
            empty = family["id"]
    assert best is not None, "the archive has no family"
    return best[1], empty


def shots(app: Any, controller: Any, archive: Path, language: str, out: Path) -> list[Path]:
    from archive_app.ui.family.switch import start

    controller.settings.language = language
    controller.apply_look()
    mode = controller.family_mode
    mode.full_screen = False
    if not mode.lock.is_set:
        mode.lock.set("screenshots only")
    saved: list[Path] = []
    if not controller.open(archive):
        raise SystemExit(f"could not open {archive}")
    family, empty = _families(controller.session.db)
    controller.shutdown()
    from archive_app.ui.family.window import second_line_key

    # the second line (another tier: here the English translation) in the English screens only,
    # so that the Chinese screens show what a Chinese-reading family sees
    controller.settings.set_value(second_line_key(family), "true" if language == "en" else "false")
    for width, height in SIZES:
        if not start(controller, archive, family):
            raise SystemExit(f"could not open {archive}")
        window = mode.window
        window.resize(width, height)
        _settle(app, 1.0)
        window.thumbnails.wait()
        _settle(app, 0.5)

        def save(name: str, window: Any = window, size: str = f"{width}x{height}") -> None:
            path = out / f"{language}-{size}-{name}.png"
            window.grab().save(str(path))
            saved.append(path)

        save("home")
        # a story with photos, the words in a second tier under them
        stories = sorted(window.showing.stories, key=lambda s: not s.photos)
        first = stories[0].id if stories else None
        if first is not None:
            window.play_story(first)
            # a few seconds in: words up, the first photo read
            _settle(app, 3.5)
            save("story")
        window.go_where()
        _settle(app, 0.5)
        save("where")
        mode.leave()
        _settle(app, 0.2)
        if empty is not None and (width, height) == SIZES[0]:
            mode.enter(empty)
            window = mode.window
            window.resize(width, height)
            _settle(app, 1.0)
            save("nothing-open", window)
            mode.leave()
        controller.shutdown()
        _settle(app, 0.2)
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    parser.add_argument("--archive", type=Path, help="an archive to show instead of the sample")
    parser.add_argument("--language", choices=("zh_CN", "zh_TW", "en"), action="append")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings

    scratch = Path(tempfile.mkdtemp(prefix="hometown-voices-family-shots-"))
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch / "settings")
    )

    from archive_app.ui.launch import AppController, make_application
    from archive_app.ui.main_thread_gc import MainThreadCollector
    from archive_app.ui.settings import AppSettings

    args.out.mkdir(parents=True, exist_ok=True)
    archive = args.archive
    if archive is None:
        from archive_app.exchange.sample import build_sample

        archive = scratch / "sample archive"
        print("building the sample archive…", file=sys.stderr)
        build_sample(archive)
    app = make_application([sys.argv[0]])
    collector = MainThreadCollector(parent=app)
    controller = AppController(app, AppSettings())
    try:
        for language in args.language or ("zh_CN", "zh_TW", "en"):
            for path in shots(app, controller, archive, language, args.out):
                print(path)
    finally:
        controller.family_mode.shutdown()
        controller.shutdown()
        for _ in range(5):
            app.processEvents()
        collector.stop()
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
