"""Opening the desktop app from the command: ``archive-app`` alone, or ``demo --open``."""

from __future__ import annotations

import sys
from pathlib import Path

from archive_app.cli.language import tr


def open_app(archive: Path | None, *, verbose: bool = False, family_id: str | None = None) -> int:
    """Run the app on ``archive`` (None: the archive opened last, or the welcome screen) until
    it is closed; its exit status. Without a screen, one
    line saying so on stderr and status 2 (instead of Qt's abort about xcb libraries)."""
    from archive_app.ui.launch import NoDisplay, launch

    try:
        return launch(archive, verbose=verbose, family_id=family_id)
    except NoDisplay:
        print(
            "archive-app: "
            + tr(
                "there is no screen to open the app on (neither DISPLAY nor WAYLAND_DISPLAY is "
                "set); use it on a computer with a screen, on a virtual one (xvfb-run -a "
                "archive-app), or use its commands (archive-app --help)"
            ),
            file=sys.stderr,
        )
        return 2
