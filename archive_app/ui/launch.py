"""Starting the desktop app: ``launch(path)`` opens the archive in a window and runs until the
last window closes (or Ctrl+C in the terminal it was started from). Heavy libraries (the search
index, Pillow, QtMultimedia, the import machinery) are imported only when first needed, so that
the window is usable quickly."""

from __future__ import annotations

import logging
import os
import signal
import sys
import traceback
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from types import FrameType, TracebackType

from PySide6.QtCore import QLoggingCategory, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from archive_app.core.errors import ArchiveError
from archive_app.ui import i18n
from archive_app.ui.main_thread_gc import MainThreadCollector
from archive_app.ui.main_window import MainWindow
from archive_app.ui.session import ArchiveSession, open_session
from archive_app.ui.settings import APPLICATION, ORGANISATION, AppSettings
from archive_app.ui.wording import explain

log = logging.getLogger(__name__)

# Qt's own chatter hidden unless ``--verbose``: the multimedia backend's probing (PipeWire
# libraries, "Using Qt multimedia with FFmpeg", FFmpeg's "Input #0" dump of every recording,
# which Qt routes through its qt.multimedia categories) and uncategorised warnings such as
# "PulseAudioService: pa_context_connect() failed" on a machine without a sound server.
# Critical messages stay. ``QT_LOGGING_RULES`` in the environment still overrides these.
QUIET_QT_RULES = "\n".join(
    (
        "qt.multimedia.*.debug=false",
        "qt.multimedia.*.info=false",
        "qt.multimedia.*.warning=false",
        "default.debug=false",
        "default.info=false",
        "default.warning=false",
    )
)


class NoDisplay(Exception):
    """There is no screen for a window: on Linux neither ``DISPLAY`` nor ``WAYLAND_DISPLAY`` is
    set and ``QT_QPA_PLATFORM`` names no platform that needs none (offscreen, vnc...)."""


def has_display(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether Qt can open a window here (Windows and macOS always can)."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win", "darwin")):
        return True
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    if chosen.startswith("xcb"):
        return bool(environ.get("DISPLAY"))
    if chosen.startswith("wayland"):
        return bool(environ.get("WAYLAND_DISPLAY"))
    if chosen:
        return True  # offscreen, minimal, vnc, eglfs, linuxfb: no screen server needed
    return bool(environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def quiet_qt(verbose: bool) -> None:
    """Hide Qt's and FFmpeg's chatter on stderr (see :data:`QUIET_QT_RULES`), or show all of it
    when ``verbose``."""
    QLoggingCategory.setFilterRules("" if verbose else QUIET_QT_RULES)


def make_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, named so that QSettings finds the app's settings."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    from archive_app.ui.app_icon import dress_application

    dress_application(app)
    return app


def stylesheet() -> str:
    path = i18n.resources_dir() / "styles" / "app.qss"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


class AppController(QObject):
    """Owns the open archive and its window; reopens the window when the language changes and
    switches archives when asked."""

    def __init__(self, app: QApplication, settings: AppSettings) -> None:
        super().__init__()
        self.app = app
        self.settings = settings
        self.installer = i18n.LanguageInstaller()
        self.session: ArchiveSession | None = None
        self.window: MainWindow | None = None
        from archive_app.ui.family.switch import FamilyMode

        self.family_mode = FamilyMode(self)
        self.apply_look()

    def apply_look(self) -> None:
        """Language (ours and Qt's), font family and size, style sheet."""
        language = i18n.resolve_language(self.settings.language)
        self.installer.install(language)
        i18n.apply_font(self.app, language, self.settings.text_scale)
        self.app.setStyleSheet(stylesheet())

    def open(self, path: Path, *, create: bool = True) -> bool:
        """Open ``path`` in the window (replacing what was open); False, after saying why in
        plain words, if it cannot be opened. ``create``: make a new archive when the folder
        does not exist or is empty."""
        if not create and not Path(path).exists():
            from archive_app.ui.welcome import missing_archive

            self._tell(missing_archive(Path(path)))
            return False
        if self.session is not None and self.session.root.resolve() == Path(path).resolve():
            self._close_current()  # the same archive again (e.g. to retry writable): let go first
        try:
            session = open_session(Path(path), create=create)
        except ArchiveError as error:
            self._tell(explain(error))
            return False
        except OSError as error:
            self._tell(explain(error))
            return False
        self._close_current()
        self.session = session
        self.settings.add_recent(session.root)
        self._make_window()
        return True

    def _make_window(self, keep: tuple[str, str | None] | None = None) -> None:
        assert self.session is not None
        window = MainWindow(self.session, self.settings, family_mode=self.family_mode)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        window.open_archive_requested.connect(self._switch)
        window.settings_changed.connect(self._settings_changed)
        window.destroyed.connect(self._window_gone)
        self.family_mode.attach(window)
        self.window = window
        window.show()
        if keep is not None and keep[1]:
            window.open_record(keep[0], keep[1])

    def _window_gone(self) -> None:
        if self.window is None or not _alive(self.window):
            self.window = None

    def _switch(self, path: Path) -> None:
        if self.session is not None and Path(path).resolve() == self.session.root.resolve():
            if not self.session.read_only:
                return
        previous = self.session.root if self.session is not None else None
        # a folder that is not there (a recent archive on a USB stick that was taken out) is
        # never made anew
        if (
            not self.open(path, create=Path(path).exists())
            and previous is not None
            and self.session is None
        ):
            self.open(previous)

    def _settings_changed(self) -> None:
        """Redo the window in the new language and size; the archive stays open."""
        self.apply_look()
        old = self.window
        keep: tuple[str, str | None] | None = None
        if old is not None:
            view = old.details.current_view()
            keep = (view.kind, view.record_id) if view is not None else None
            old.save_state()
            old.details.release()
            old.blockSignals(True)
            old.destroyed.disconnect(self._window_gone)
            old.hide()
            old.deleteLater()
        self._make_window(keep)

    def _close_current(self) -> None:
        if self.window is not None:
            window = self.window
            self.window = None
            window.destroyed.disconnect(self._window_gone)
            window.close()
        if self.session is not None:
            self.session.close()
            self.session = None

    def shutdown(self) -> None:
        self._close_current()

    def _tell(self, sentence: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Hometown Voices"),
            sentence,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("openProblem")
        if self.window is None:
            box.exec()
        else:
            box.open()
            self.last_problem = box


def _alive(widget: QObject) -> bool:
    try:
        widget.objectName()
    except RuntimeError:
        return False
    return True


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """Unexpected errors go to the log with their traceback; the person sees one sentence."""
    log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
    app = QApplication.instance()
    if app is not None:
        QMessageBox.warning(
            None, QApplication.translate("AppController", "Hometown Voices"), explain(error)
        )


@contextmanager
def _quit_on_interrupt(app: QApplication) -> Iterator[None]:
    """Ctrl+C in the terminal closes the app as its window's close button would. (Python runs a
    signal handler only between Qt's calls into Python, which the garbage collector's timer
    makes a few times a second.)"""
    if sys.platform == "win32" or not hasattr(signal, "SIGINT"):
        yield
        return

    def stop(_signal: int, _frame: FrameType | None) -> None:
        log.info("interrupted: closing")
        app.closeAllWindows()
        # exit, not quit: quit gives up when a window refuses to close, and family mode's window
        # refuses everything short of the passphrase; also when the loop has not started yet
        QTimer.singleShot(0, lambda: app.exit(0))

    try:
        previous = signal.signal(signal.SIGINT, stop)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def launch(
    archive_path: Path | None = None, *, verbose: bool = False, family_id: str | None = None
) -> int:
    """Open the app on ``archive_path`` (created when the folder does not exist; read-only with
    a banner when another process holds the writer lock), straight into ``family_id``'s family
    mode when given (or when the settings say to start in family mode); without an archive, on
    the archive opened last, or the welcome screen the first time. Returns the exit code.

    Raises :class:`NoDisplay`, before touching Qt's platform, when there is no screen (where Qt
    would abort with advice about xcb libraries). Qt's chatter is hidden unless ``verbose``.
    """
    if not has_display():
        raise NoDisplay()
    quiet_qt(verbose)
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    app = make_application()
    sys.excepthook = _excepthook
    collector = MainThreadCollector(parent=app)
    controller = AppController(app, AppSettings())
    with _quit_on_interrupt(app):
        try:
            from archive_app.ui.family.switch import start, starts_in_family
            from archive_app.ui.welcome import last_or_default
            from archive_app.ui.welcome import start as welcome_or_last

            if archive_path is None and not family_id and not starts_in_family(controller.settings):
                welcome = welcome_or_last(controller)  # noqa: F841 -- kept alive while shown
            elif not start(
                controller, archive_path or last_or_default(controller.settings), family_id
            ):
                return 1
            return app.exec()
        finally:
            controller.shutdown()
            collector.stop()
