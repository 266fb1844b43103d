"""A folder as it comes from a phone or a failing machine: odd names, pipes, links, hidden files,
a full disk, a picture bomb. Each bad thing is named, the good files still go in, nothing blocks
and nothing half-made is kept."""

from __future__ import annotations

import os
import socket
import struct
import subprocess
import sys
import threading
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from archive_app.core.archive import Archive
from archive_app.core.errors import ArchiveDiskFull
from archive_app.core.ingest import IngestResult, ingest
from archive_app.core.integrity import check
from tests.core.media_fixtures import make_jpeg, make_wav

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file kinds")


def _by_name(results: list[IngestResult]) -> dict[str, IngestResult]:
    return {os.path.basename(r.path): r for r in results}


@posix_only
def test_a_name_that_is_not_utf8_is_rejected_and_the_rest_imported(
    archive: Archive, tmp_path: Path
) -> None:
    folder = tmp_path / "visit"
    folder.mkdir()
    make_wav(folder / "外婆.wav", seconds=0.3)
    bad = os.fsencode(folder) + b"/\xd6\xd0\xce\xc4.wav"  # GBK bytes, as an old zip leaves them
    os.rename(make_wav(tmp_path / "plain.wav", seconds=0.3), bad)
    results = ingest(archive, [folder], workers=1)
    statuses = sorted((r.status, r.reason) for r in results)
    assert statuses == [("imported", None), ("rejected", "bad_name")]
    rejected = next(r for r in results if r.status == "rejected")
    assert "\\xd6\\xd0" in (rejected.error or "")
    assert check(archive).ok


@posix_only
def test_a_fifo_socket_and_dangling_link_are_named_and_nothing_blocks(
    archive: Archive, tmp_path: Path
) -> None:
    folder = tmp_path / "visit"
    folder.mkdir()
    make_wav(folder / "奶奶.wav", seconds=0.3)
    os.mkfifo(folder / "pipe.wav")
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(folder / "socket.srt"))
    (folder / "gone.jpg").symlink_to(folder / "nowhere.jpg")
    make_jpeg(tmp_path / "real.jpg", size=(40, 30))
    (folder / "link.jpg").symlink_to(tmp_path / "real.jpg")  # a link to a file is followed
    try:
        done: list[list[IngestResult]] = []
        worker = threading.Thread(target=lambda: done.append(ingest(archive, [folder])))
        worker.start()
        worker.join(60)
        assert not worker.is_alive(), "the import blocked"
    finally:
        listener.close()
    found = _by_name(done[0])
    assert found["奶奶.wav"].status == "imported"
    assert found["link.jpg"].status == "imported"
    assert (found["pipe.wav"].status, found["pipe.wav"].reason) == ("rejected", "not_a_file")
    assert found["socket.srt"].reason == "not_a_file"
    assert (found["gone.jpg"].status, found["gone.jpg"].reason) == ("rejected", "broken_link")


@posix_only
def test_a_fifo_named_directly_is_refused_without_blocking(
    archive: Archive, tmp_path: Path
) -> None:
    os.mkfifo(tmp_path / "pipe.m4a")
    from archive_app.core.import_preparation import prepare

    prepared = prepare(str(tmp_path / "pipe.m4a"), str(archive.root))  # past the folder walk
    assert prepared.error == "not_a_file"


def test_hidden_files_and_folders_are_skipped_with_a_word(archive: Archive, tmp_path: Path) -> None:
    folder = tmp_path / "phone"
    (folder / ".thumbnails").mkdir(parents=True)
    make_jpeg(folder / ".thumbnails" / "t1.jpg", size=(20, 20))
    make_jpeg(folder / ".trashed-1700000000-IMG_0001.jpg", size=(30, 20))
    make_jpeg(folder / "IMG_0002.jpg", size=(30, 20))
    results = ingest(archive, [folder], workers=1)
    found = _by_name(results)
    assert found["IMG_0002.jpg"].status == "imported"
    assert (found[".thumbnails"].status, found[".thumbnails"].reason) == ("skipped", "hidden")
    assert found[".trashed-1700000000-IMG_0001.jpg"].status == "skipped"
    named = ingest(archive, [folder / ".trashed-1700000000-IMG_0001.jpg"], workers=1)
    assert named[0].status == "imported"  # named directly, it is taken


def _png_bomb(path: Path, side: int = 30000) -> Path:
    """A real, valid 1-bit PNG of side x side pixels: under a megabyte on disk, 900 million
    pixels once decoded."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    row = b"\x00" + bytes((side + 7) // 8)
    packer = zlib.compressobj(9)
    body = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
    )
    return path


def test_a_30000_pixel_square_png_is_too_large_not_damaged(
    archive: Archive, tmp_path: Path
) -> None:
    result = ingest(archive, [_png_bomb(tmp_path / "scan.png")], workers=1)[0]
    assert (result.status, result.reason) == ("rejected", "image_too_large")
    assert not list(archive.media_dir.glob("*/*"))


# -- a full disk ----------------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MB tmpfs (root only; skipped elsewhere)."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount_point)],
        capture_output=True,
    )
    if made.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _recordings(folder: Path, count: int, seconds: float) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        make_wav(folder / f"narrator {number:02d}.wav", seconds=seconds + number / 1000)
    return folder


@pytest.mark.parametrize("workers", [1, 2])
def test_a_full_disk_stops_the_import_naming_the_archive_disk_and_keeps_what_went_in(
    small_disk: Path, tmp_path: Path, workers: int
) -> None:
    source = _recordings(tmp_path / "source", 12, seconds=40.0)  # 12 x 640 kB on a 4 MB disk
    root = small_disk / "archive"
    with Archive.create(root) as archive:
        with pytest.raises(ArchiveDiskFull) as full:
            ingest(archive, [source], workers=workers)
        assert full.value.root == root
        finished = [r for r in full.value.finished if isinstance(r, IngestResult)]
        assert all(r.status == "imported" for r in finished)
        # one at a time the first files fit; two workers may fill the disk with their staged
        # copies before the writer records any
        assert finished or workers > 1
        recorded = archive.db.execute("SELECT count(*) FROM recording").fetchone()[0]
        assert recorded == len(finished)
        report = check(archive)
        assert report.ok, report.problems  # no orphan, nothing half-written
        assert not list(archive.incoming_dir.glob("*"))
    subprocess.run(["mount", "-o", "remount,size=32m", str(small_disk)], check=True)
    with Archive.open(root) as archive:
        results = ingest(archive, [source], workers=workers)
        expected = {"imported", "duplicate"} if finished else {"imported"}
        assert {r.status for r in results} == expected
        assert archive.db.execute("SELECT count(*) FROM recording").fetchone()[0] == 12
        assert check(archive).ok


def test_a_full_catalogue_disk_at_commit_is_the_typed_error_and_keeps_nothing(
    archive: Archive, tmp_path: Path
) -> None:
    """SQLite's 'database or disk is full' at COMMIT (here: the page limit it also obeys)."""
    source = _recordings(tmp_path / "source", 30, seconds=0.2)
    pages = archive.conn.execute("PRAGMA page_count").fetchone()[0]
    archive.conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(ArchiveDiskFull) as full:
        ingest(archive, [source], workers=1)
    archive.conn.execute("PRAGMA max_page_count = 1073741823")
    recorded = archive.db.execute("SELECT count(*) FROM recording").fetchone()[0]
    assert 0 < recorded == len(full.value.finished) < 30
    root = archive.root
    archive.close()
    with Archive.open(root) as reopened:  # the file settled before the failed commit: set aside
        assert check(reopened).ok
        assert len(list(reopened.media_dir.glob("*/*.wav"))) == recorded
