"""Import grouping does not depend on how an import is split: part of a folder, then all of it,
gives the same interviews as all of it at once."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from archive_app.core.archive import Archive
from archive_app.core.ingest import ingest
from tests.core.media_fixtures import make_jpeg, make_wav


def _srt(path: Path, text: str) -> None:
    path.write_text(f"1\n00:00:00,000 --> 00:00:02,000\n{text}\n", encoding="utf-8")


def _field_trip(root: Path) -> Path:
    a = root / "visit A"
    a.mkdir(parents=True)
    make_wav(a / "grandma 2024-02-10.wav", seconds=0.4)
    _srt(a / "grandma 2024-02-10.srt", "奶奶：那年冬天特别冷。")
    _srt(a / "grandma 2024-02-10.en.srt", "Grandma: that winter was very cold.")
    make_wav(a / "grandpa.wav", seconds=0.5)
    _srt(a / "village song.srt", "村里的歌。")  # a transcript without a recording of its own
    make_jpeg(a / "IMG_0001.jpg", size=(64, 48))
    b = root / "visit B"
    b.mkdir()
    make_wav(b / "uncle.wav", seconds=0.6)
    _srt(b / "school day.srt", "上学的日子。")  # the folder's only recording is not its own
    make_jpeg(b / "IMG_0002.jpg", size=(64, 40))
    make_jpeg(b / "IMG_0003.jpg", size=(60, 48))
    c = root / "visit C"
    c.mkdir()
    _srt(c / "letter home.srt", "给爸爸妈妈的信。")
    _srt(c / "letter home.en.srt", "A letter to mum and dad.")
    make_wav(c / "letter home.wav", seconds=0.3)
    return root


def _interviews(archive: Archive) -> list[tuple[str, tuple[str, ...]]]:
    """Each interview as its title and the names of everything in it; and what has none."""
    found: dict[str, list[str]] = {}
    titles = dict(archive.db.execute("SELECT id, title FROM interview").fetchall())
    for kind in ("recording", "transcript", "photo", "document"):
        for name, interview_id in archive.db.execute(
            f"SELECT original_name, interview_id FROM [{kind}]"
        ).fetchall():
            found.setdefault(titles.get(interview_id, "(none)"), []).append(name)
    for title in titles.values():
        found.setdefault(title, [])
    return sorted((title, tuple(sorted(names))) for title, names in found.items())


def _subset(source: Path, target: Path, keep: Callable[[Path], bool]) -> Path:
    for path in source.rglob("*"):
        if path.is_file() and keep(path):
            copy = target / path.relative_to(source)
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, copy)
    return target


SPLITS: dict[str, Callable[[Path], bool]] = {
    "transcripts first": lambda p: p.suffix == ".srt",
    "one visit first": lambda p: p.parent.name == "visit B",
    "photos first": lambda p: p.suffix == ".jpg",
    "half by name": lambda p: p.name < "h",
    "recordings first": lambda p: p.suffix == ".wav",
}


@pytest.fixture(scope="module")
def trip(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, list[tuple[str, tuple[str, ...]]]]:
    root = tmp_path_factory.mktemp("trip")
    source = _field_trip(root / "source")
    with Archive.create(root / "whole") as archive:
        ingest(archive, [source], workers=1)
        return source, _interviews(archive)


def test_a_transcript_without_a_recording_keeps_an_interview_of_its_own(
    trip: tuple[Path, list[tuple[str, tuple[str, ...]]]],
) -> None:
    _, whole = trip
    assert ("village song", ("village song.srt",)) in whole
    assert ("school day", ("school day.srt",)) in whole
    assert ("uncle", ("uncle.wav",)) in whole  # the folder's photos are not its (two interviews)
    assert (
        "grandma 2024-02-10",
        ("grandma 2024-02-10.en.srt", "grandma 2024-02-10.srt", "grandma 2024-02-10.wav"),
    ) in whole


@pytest.mark.parametrize("split", sorted(SPLITS))
def test_part_then_all_gives_the_interviews_of_one_import(
    trip: tuple[Path, list[tuple[str, tuple[str, ...]]]], tmp_path: Path, split: str
) -> None:
    source, whole = trip
    part = _subset(source, tmp_path / "part" / "source", SPLITS[split])
    with Archive.create(tmp_path / "archive") as archive:
        ingest(archive, [part], workers=1)
        ingest(archive, [source], workers=1)
        assert _interviews(archive) == whole
