"""A smoke run of the desktop app, for packagers and CI: does this installed copy work?

    archive-app --archive DIR smoke [--sample] [--import FILE ...] [--search WORDS]

It starts the app as a person would (the same controller, window, search and import), opens
the archive (building the sample there first with ``--sample``), imports the files, searches,
and exits 0 when every step did what it should, 1 when one did not. It prints one JSON line per
step on stdout, as soon as the step is done, so that a script can time them: the ``window``
line comes when the window is shown and its search is attached, i.e. usable. It runs with the
person's settings left alone (a temporary settings folder) and works offscreen
(``QT_QPA_PLATFORM=offscreen``).
"""

from __future__ import annotations

import json
import logging
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

#: the longest any one step may take before the run gives up
STEP_LIMIT_S = 300.0


class SmokeFailed(Exception):
    """A step did not do what it should; the message says which and how."""


def _say(step: str, **facts: Any) -> None:
    # ASCII: a Windows console or pipe may not take Chinese; JSON readers decode it anyway
    print(json.dumps({"step": step, **facts}), flush=True)


def _wait(app: Any, done: Callable[[], bool], what: str) -> None:
    """Run the event loop until ``done()``; SmokeFailed after STEP_LIMIT_S seconds."""
    limit = STEP_LIMIT_S
    start = time.monotonic()
    while not done():
        if time.monotonic() - start > limit:
            raise SmokeFailed(f"{what}: nothing after {limit:.0f} s")
        app.processEvents()
        time.sleep(0.005)


def _settle(app: Any, seconds: float = 0.5) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def run_smoke(
    archive: Path,
    *,
    sample: bool = False,
    imports: list[Path] | None = None,
    searches: list[str] | None = None,
) -> int:
    """Run the steps; 0 when all passed, 1 (after printing why) when one did not."""
    from PySide6.QtCore import QSettings

    started = time.perf_counter()
    scratch = Path(tempfile.mkdtemp(prefix="hometown-voices-smoke-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    from archive_app.ui.launch import AppController, make_application
    from archive_app.ui.main_thread_gc import MainThreadCollector
    from archive_app.ui.settings import AppSettings

    app = make_application([sys.argv[0] if sys.argv else "archive-app"])
    collector = MainThreadCollector(parent=app)
    controller = AppController(app, AppSettings())
    try:
        if sample and not (archive / "archive.sqlite").exists():
            from archive_app.exchange.sample import build_sample

            counts = build_sample(archive)
            _say("sample", seconds=round(time.perf_counter() - started, 3), counts=counts)
        if not controller.open(archive, create=False):
            raise SmokeFailed(f"could not open {archive}")
        window = controller.window
        assert window is not None
        _wait(app, lambda: window.isVisible() and _searchable(window), "window")
        _say("window", seconds=round(time.perf_counter() - started, 3), title=window.windowTitle())
        if imports:
            _import(app, window, imports)
        _languages()
        _media()
        _passphrase()
        for words in searches or []:
            _search(app, window, words)
    except SmokeFailed as failure:
        _say("failed", reason=str(failure))
        return 1
    finally:
        _settle(app)  # what the steps left queued (opening the imported interview) runs now
        controller.shutdown()
        for _ in range(5):  # let closed windows go here, not during interpreter exit
            app.processEvents()
        collector.stop()
        shutil.rmtree(scratch, ignore_errors=True)
    _say("done", seconds=round(time.perf_counter() - started, 3))
    return 0


def _searchable(window: Any) -> bool:
    """The window's search is built and has its field: a person can type and be answered."""
    return getattr(window, "search", None) is not None and hasattr(window, "search_field")


def _languages() -> None:
    """Our catalogue and Qt's own strings load for every language the app speaks."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from archive_app.ui import i18n

    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    loaded: dict[str, list[str]] = {}
    for language in i18n.LANGUAGES:
        names = [f"{i18n.CATALOGUE_NAME}_{language}"]
        folders = [str(i18n.translations_dir())]
        if language != "en":
            names.append(f"qtbase_{language}")
            folders.append(qt_folder)
        loaded[language] = [
            n for n, f in zip(names, folders, strict=True) if QTranslator().load(n, f)
        ]
        if len(loaded[language]) != len(names):
            raise SmokeFailed(f"translations for {language}: only {loaded[language]} load")
    _say("languages", loaded=loaded)


def _media() -> None:
    """Qt's multimedia backend (FFmpeg) is there and decodes the recordings' formats; say
    which fonts can show Chinese (the system's: none is bundled)."""
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtMultimedia import QMediaFormat

    formats = QMediaFormat().supportedFileFormats(QMediaFormat.ConversionMode.Decode)
    names = sorted(QMediaFormat.fileFormatName(f) for f in formats)
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    import av  # the story films' and the story site's FFmpeg (PyAV's own)

    encoders = [name for name in ("libx264", "aac") if name in av.codecs_available]
    _say("media", decodes=names, film_encoders=encoders, chinese_fonts=len(chinese))
    if not names:
        raise SmokeFailed("Qt's multimedia backend decodes nothing (its FFmpeg plugin is missing)")
    if len(encoders) != 2:
        raise SmokeFailed(f"PyAV cannot encode story films: only {encoders}")


def _passphrase() -> None:
    """Family mode's passphrase hashing (argon2's native library) works."""
    from argon2 import PasswordHasher

    hasher = PasswordHasher()
    if not hasher.verify(hasher.hash("乡音 smoke"), "乡音 smoke"):
        raise SmokeFailed("argon2 could not check a passphrase it hashed")
    _say("passphrase", hash=hasher.hash("x").split("$")[1])


def _import(app: Any, window: Any, paths: list[Path]) -> None:
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise SmokeFailed("no such file: " + ", ".join(missing))
    job = window.start_import(paths)
    if job is None:
        raise SmokeFailed("the import could not start")
    outcomes: list[Any] = []
    problems: list[str] = []
    job.finished.connect(outcomes.append)
    job.failed.connect(problems.append)
    _wait(app, lambda: bool(outcomes or problems), "import")
    if problems:
        raise SmokeFailed("import: " + problems[0])
    summary = getattr(window, "last_import_summary", None)
    if summary is not None:
        summary.close()
    counts = dict(outcomes[0].counts())
    _say("import", counts=counts)
    if counts.get("rejected") or not (counts.get("imported") or counts.get("duplicate")):
        raise SmokeFailed(f"import: {counts}")


def _search(app: Any, window: Any, words: str) -> None:
    controller = getattr(window, "search", None)
    if controller is None:
        raise SmokeFailed("search is not attached to the window")
    answered: list[str] = []
    controller.shown.connect(lambda query, _s: answered.append(query))
    window.search_field.setText(words)
    _wait(app, lambda: words in answered or controller.last_error is not None, f"search {words!r}")
    if controller.last_error is not None:
        raise SmokeFailed(f"search: {controller.last_error}")
    hits = list(controller.pane.model.hits)
    _say("search", query=words, hits=len(hits), first=hits[0].title if hits else None)
    if not hits:
        raise SmokeFailed(f"search {words!r} found nothing")
