"""The sample archive, built once per test session and copied for tests that change it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from archive_app.core.archive import Archive
from archive_app.exchange.sample.build import build_sample


@pytest.fixture(scope="session")
def sample_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("sample") / "archive"
    build_sample(root)
    return root


@pytest.fixture
def sample(sample_folder: Path, tmp_path: Path) -> Iterator[Archive]:
    """A writable copy of the sample archive, for this test alone."""
    copy = tmp_path / "sample"
    shutil.copytree(sample_folder, copy, ignore=shutil.ignore_patterns("archive.lock"))
    opened = Archive.open(copy)
    try:
        yield opened
    finally:
        opened.close()


def ids(archive: Archive, sql: str, *params: str) -> list[str]:
    return [str(row[0]) for row in archive.db.execute(sql, list(params)).fetchall()]


def interview_titled(archive: Archive, title: str) -> str:
    return ids(archive, "SELECT id FROM interview WHERE title = ?", title)[0]
