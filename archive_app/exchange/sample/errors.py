"""What can stop the sample from being built, besides an archive already at the place asked."""

from __future__ import annotations

from pathlib import Path

from archive_app.core.errors import ArchiveError


class SampleBuildError(ArchiveError):
    """The sample's own sources or their import went wrong (a bug in the sample, not user data)."""


class FolderNotEmpty(ArchiveError):
    """The sample was asked for at a path that holds other files (or is a file).

    The sample is built beside it and moved into place whole, which needs a new or empty folder.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} is not a new or empty folder, as the sample archive needs")
        self.path = path
