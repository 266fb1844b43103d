"""Shared fixtures. Qt runs offscreen; every archive lives in a fresh temporary folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from archive_app.core.archive import Archive  # noqa: E402


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    """A new, empty archive opened for writing."""
    opened = Archive.create(tmp_path / "archive")
    try:
        yield opened
    finally:
        opened.close()
