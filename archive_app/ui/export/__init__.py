"""The Export dialog: story site or films, for an audience, with what is held back shown first."""

from archive_app.ui.export.dialog import ExportDialog

__all__ = ["ExportDialog"]
