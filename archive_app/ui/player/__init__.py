"""Listening and transcribing: the player, the synced transcript and the transcription editor.

The interview page makes a :class:`~.panel.MediaPanel`; it is first made when an interview is
first shown, so the app starts without paying for QtMultimedia.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QWidget

    from archive_app.ui.player.panel import MediaPanel
    from archive_app.ui.session import ArchiveSession


def create_media_panel(
    session: ArchiveSession, undo_stack: QUndoStack, parent: QWidget
) -> MediaPanel:
    """The player, transcript and chapters panel for the interview view."""
    from archive_app.ui.player.panel import MediaPanel

    return MediaPanel(session, undo_stack, parent)
