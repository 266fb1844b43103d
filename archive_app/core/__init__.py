"""The archive itself: plain Python, no Qt.

Public entry points: :class:`archive_app.core.archive.Archive` and the modules beside it.
"""
