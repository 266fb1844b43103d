"""Screenshots of what a newcomer sees, in every language, for people to look at.

    python -m archive_app.ui.screenshots OUT_DIR [--archive DIR] [--size 1280x800 ...]
        [--languages zh_CN,zh_TW,en] [--larger] [--screen] [--welcome-only]

Builds the sample archive (unless ``--archive`` names one), opens it as the app does, and saves
``<language>-<width>x<height>-<screen>.png`` for each window size (default 1280x800, the
window's first size, and 1366x768, the commonest small laptop screen): the main window with
each list, each kind of record page with its history, the listening tab and its own window, search with and
without results, the consent-due list, and the dialogs (settings, file chooser, consent,
import summary, export, family mode's way in). With ``--larger`` the busiest screens are also
taken at the larger text setting (``...-larger-<screen>.png``).

``--screen`` grabs the whole screen instead of each window: run it under a virtual X screen
(``xvfb-run -s '-screen 0 1280x800x24'``, with ``QT_QPA_PLATFORM=xcb``) to see real windows
placed and sized as the app places them, one screen size per run. The app's own settings are
left alone: a temporary settings folder is used.
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

SIZES = ((1280, 800), (1366, 768))
LARGER_SCALE = 1.5


def _settle(
    app: Any,
    window: Any,
    seconds: float = 0.3,
    until: Callable[[], bool] | None = None,
    limit: float = 60.0,
) -> None:
    """Let events, writes and background work run until things are still."""
    start = time.monotonic()
    quiet_since: float | None = None
    while time.monotonic() - start < limit:
        app.processEvents()
        writer = window.session.writer
        busy = (writer is not None and writer.busy) or (until is not None and not until())
        search = getattr(window, "search", None)
        busy = busy or (search is not None and not search.idle)
        now = time.monotonic()
        if busy:
            quiet_since = None
        elif quiet_since is None:
            quiet_since = now
        elif now - quiet_since >= seconds:
            return
        time.sleep(0.01)


def _first(db: Any, sql_kind: str, key: Callable[[dict[str, Any]], Any]) -> str | None:
    from archive_app.core import listings

    rows = listings.page(db, sql_kind, limit=500)
    return max(rows, key=key)["id"] if rows else None


class Camera:
    """Saves what is shown under one name prefix (language, size, text scale)."""

    def __init__(self, app: Any, window: Any, out: Path, prefix: str, screen: bool) -> None:
        self.app = app
        self.window = window
        self.out = out
        self.prefix = prefix
        self.screen = screen
        self.saved: list[Path] = []

    def settle(self, seconds: float = 0.3, until: Callable[[], bool] | None = None) -> None:
        _settle(self.app, self.window, seconds, until)

    def save(self, name: str, widget: Any = None) -> Path:
        """The window (or ``widget``), or with ``--screen`` the whole screen, as it is now."""
        self.settle()
        path = self.out / f"{self.prefix}-{name}.png"
        if self.screen:
            self.app.primaryScreen().grabWindow(0).save(str(path))
        else:
            (widget or self.window).grab().save(str(path))
        self.saved.append(path)
        print(path, flush=True)
        return path

    def modal(self, name: str, opens: Callable[[], Any]) -> None:
        """Call ``opens`` (which shows a modal dialog and waits, as ``exec()`` or a static
        ``QFileDialog``/``QInputDialog`` call does), photograph the dialog and close it."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QDialog

        def shoot(tries: int = 0) -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                if tries < 100:
                    QTimer.singleShot(50, lambda: shoot(tries + 1))
                return
            for _ in range(20):
                self.app.processEvents()
                time.sleep(0.01)
            self.save(name, dialog)
            if isinstance(dialog, QDialog):
                dialog.reject()
            else:
                dialog.close()

        QTimer.singleShot(200, shoot)
        opens()


def _go(camera: Camera, section: str) -> None:
    """Choose a sidebar entry as a person clicks it."""
    window = camera.window
    found = window.sidebar._find(section, "")
    if found is not None:
        window.sidebar.setCurrentIndex(found)
    camera.settle()


def main_window_shots(camera: Camera, larger: bool) -> None:
    """The main window: lists, record pages, search, consent due (see the module's docs)."""
    from archive_app.core import listings, people

    window = camera.window
    db = window.session.db
    badges = getattr(window, "badges", None)
    camera.save("start")
    interview = _first(db, "interview", lambda r: (len(r["narrators"]), r["photos"]))
    if interview:
        window.open_record("interview", interview)
        camera.settle(until=lambda: badges is None or badges.visible is not None)
        camera.save("interview")
        view = window.details.current_view()
        details = getattr(view, "details_scroll", None)
        if details is not None:
            view.tabs.setCurrentWidget(details)
            camera.save("interview-details")
            details.ensureWidgetVisible(view.history, 0, 0)
            rows = view.history.tree
            rows.setCurrentItem(rows.topLevelItem(0))
            camera.save("interview-history")
            camera.save("history", view.history)
            view.tabs.setCurrentWidget(view.media_slot)
        # after an interview, the People list: the page beside it must not be the interview's
        _go(camera, "person")
        camera.save("people")
    person = _first(db, "person", lambda r: len(people.migrations_of(db, r["id"])))
    if person:
        window.open_record("person", person)
        camera.save("person")
    _go(camera, "consent_due")
    camera.settle(0.5)
    camera.save("consent-due")
    window.search_field.setText("妈妈")
    camera.settle(0.5)
    camera.save("search")
    if larger:
        window.search_field.clear()
        return
    pane = window.lists.currentWidget()
    hits = getattr(getattr(pane, "model", None), "hits", [])
    segment = next((h for h in hits if h.kind == "segment"), None)
    if segment is not None:
        window.search.open_hit(segment)
        camera.save("search-opened")
    window.search_field.setText("火星上的外婆")
    camera.settle(0.5)
    camera.save("search-nothing")
    window.search_field.clear()
    for kind, key in (
        ("family", lambda r: len(r["member_names"])),
        ("place", lambda r: (r["children"], r["interviews"])),
        ("document", lambda r: r.get("title") or ""),
    ):
        _go(camera, kind)
        camera.save(f"{kind}-list")
        found = _first(db, kind, key)
        if found:
            window.open_record(kind, found)
            camera.save(kind)
    photo = _first(db, "photo", lambda r: len(r["people"]))
    if photo:
        window.open_record("photo", photo)
        view = window.details.current_view()
        view.wait_for_picture()
        camera.save("photo")
        _go(camera, "photo")
        window.thumbnails.wait()
        camera.save("photo-list")
    for kind in ("collection", "tag"):
        rows = listings.page(db, kind, limit=5)
        if rows:
            window.open_record(kind, rows[0]["id"])
            camera.save(kind)
    _go(camera, "interview")
    camera.save("interviews")


def _shots(
    app: Any,
    controller: Any,
    archive: Path,
    language: str,
    size: tuple[int, int],
    out: Path,
    *,
    scale: float = 1.0,
    screen: bool = False,
    trial_import: Any = None,
) -> list[Path]:
    """Every screen in ``language`` at window ``size``; at a larger text ``scale``, only the
    busiest ones."""
    from archive_app.ui.screenshot_dialogs import dialog_shots

    controller.settings.language = language
    controller.settings.text_scale = scale
    controller.apply_look()
    larger = scale > 1.0
    if not controller.open(archive):
        raise SystemExit(f"could not open {archive}")
    window = controller.window
    if not screen:
        window.resize(*size)
    _settle(app, window, 0.5)
    prefix = f"{language}-{size[0]}x{size[1]}" + ("-larger" if larger else "")
    camera = Camera(app, window, out, prefix, screen)
    main_window_shots(camera, larger)
    dialog_shots(camera, controller, larger, trial_import)
    return camera.saved


def _welcome_shots(app: Any, controller: Any, out: Path, documents: Path) -> list[Path]:
    """The welcome screen a first start shows, in every language, with an archive on a USB
    stick that was taken out (so its message shows too)."""
    from archive_app.ui import welcome

    saved = []
    for language in ("zh_CN", "zh_TW", "en"):
        controller.settings.language = language
        controller.settings.text_scale = 1.0
        controller.apply_look()
        window = welcome.WelcomeWindow(controller, "")
        window.new_folder = documents / welcome.new_archive_name()
        window.retranslate()
        window.resize(820, 640)
        window.show()
        gone = controller.settings.last_archive
        if gone is not None and not gone.exists():
            window.say_problem(welcome.missing_archive(gone))
        for _ in range(20):
            app.processEvents()
            time.sleep(0.01)
        path = out / f"{language}-welcome.png"
        window.grab().save(str(path))
        saved.append(path)
        window.close()
    return saved


def _edit_for_the_history(root: Path) -> None:
    """A curator's afternoon on the interview the screenshots show first, so that its history
    has something to say: a new title, a summary, a tag, and someone mentioned taken away; and
    for the bin, a person entered twice and a place made by mistake, both removed."""
    from archive_app.core import edits, listings
    from archive_app.core.archive import Archive

    with Archive.open(root) as archive:
        rows = listings.page(archive.db, "interview", limit=500)
        chosen = max(rows, key=lambda r: (len(r["narrators"]), r["photos"]))
        found = archive.db.execute(
            "SELECT person_id FROM interview_person WHERE interview_id = ? AND role = 'mentioned' "
            "ORDER BY person_id LIMIT 1",
            [chosen["id"]],
        ).fetchone()
        for op in (
            edits.set_fields("interview", chosen["id"], title=chosen["title"] + "（修订）"),
            edits.set_fields("interview", chosen["id"], summary="春节前后在家里录的。"),
            edits.tag(chosen["id"], "春节"),
            *([edits.unlink_person(chosen["id"], found[0], "mentioned")] if found else []),
        ):
            edits.apply(archive, op)
        for kind, fields in (("place", {"name": "马鞍村（重复）"}), ("person", {"name": "王秀英"})):
            added = edits.add(kind, fields)
            edits.apply(archive, added)
            edits.apply(archive, edits.remove(kind, added.record_id))


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    return int(width), int(height)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    parser.add_argument("--archive", type=Path, help="an archive to show instead of the sample")
    parser.add_argument(
        "--size", type=_size, action="append", help="window size WxH (default: 1280x800, 1366x768)"
    )
    parser.add_argument("--languages", default="zh_CN,zh_TW,en", help="comma-separated")
    parser.add_argument("--larger", action="store_true", help="also at the larger text setting")
    parser.add_argument(
        "--screen", action="store_true", help="grab the whole screen (under a virtual X screen)"
    )
    parser.add_argument(
        "--welcome-only", action="store_true", help="only the welcome screen (no sample needed)"
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings

    scratch = Path(tempfile.mkdtemp(prefix="hometown-voices-shots-"))
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch / "settings")
    )

    from archive_app.ui.launch import AppController, make_application, quiet_qt
    from archive_app.ui.main_thread_gc import MainThreadCollector
    from archive_app.ui.screenshot_dialogs import trial_import
    from archive_app.ui.settings import AppSettings

    args.out.mkdir(parents=True, exist_ok=True)
    if args.welcome_only:
        return _welcome_only(args.out, scratch)
    archive = args.archive
    if archive is None:
        from archive_app.exchange.sample import build_sample

        archive = scratch / "sample archive"
        print("building the sample archive…", file=sys.stderr)
        build_sample(archive)
        _edit_for_the_history(archive)
    quiet_qt(verbose=False)
    app = make_application([sys.argv[0]])
    collector = MainThreadCollector(parent=app)
    controller = AppController(app, AppSettings())
    imported = trial_import(scratch)
    sizes = args.size or list(SIZES)
    if args.screen:
        found = app.primaryScreen().size()
        sizes = [(found.width(), found.height())]
    try:
        for size in sizes:
            for language in args.languages.split(","):
                scales = (1.0, LARGER_SCALE) if args.larger else (1.0,)
                for scale in scales:
                    _shots(
                        app,
                        controller,
                        archive,
                        language,
                        size,
                        args.out,
                        scale=scale,
                        screen=args.screen,
                        trial_import=imported,
                    )
    finally:
        controller.shutdown()
        for _ in range(5):  # let closed windows be deleted here, not during interpreter exit
            app.processEvents()
        collector.stop()
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


def _welcome_only(out: Path, scratch: Path) -> int:
    from archive_app.ui.launch import AppController, make_application
    from archive_app.ui.settings import AppSettings

    app = make_application([sys.argv[0]])
    settings = AppSettings()
    # someone's two archives: one at home, one on a USB stick that is not plugged in
    home = scratch / "Documents" / "Hometown Voices Archive"
    home.mkdir(parents=True)
    settings.add_recent(home)
    settings.add_recent(Path("/media/teacher/KINGSTON/村小口述史"))
    controller = AppController(app, settings)
    try:
        for path in _welcome_shots(app, controller, out, scratch / "Documents"):
            print(path)
    finally:
        controller.shutdown()
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
