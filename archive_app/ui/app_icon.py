"""The app's icon on every window (and the name desktops match to its menu entry)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QIcon

#: the desktop entry's name without ``.desktop`` (Wayland and the taskbar find the icon by it)
DESKTOP_NAME = "hometown-voices"


def app_icon() -> QIcon:
    """The icon at every size drawn from resources/icons/hometown-voices.svg (see
    packaging/make_icons.py); an empty icon if the files are missing."""
    from archive_app.resources import resources_dir

    icon = QIcon()
    folder = resources_dir() / "icons"
    for path in sorted(folder.glob("hometown-voices-*.png")):
        icon.addFile(str(path))
    return icon


def dress_application(app: QGuiApplication) -> None:
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(DESKTOP_NAME)
