"""The fixity check finds a missing or altered original, and passes a sound archive."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from archive_app.core import audit
from archive_app.core.archive import Archive
from archive_app.core.ingest import ingest, media_path
from archive_app.core.integrity import check
from tests.core.media_fixtures import make_wav


def _one_recording(archive: Archive, tmp_path: Path) -> Path:
    make_wav(tmp_path / "voice.wav", seconds=0.5)
    result = ingest(archive, [tmp_path / "voice.wav"])[0]
    sha = archive.db.execute("SELECT sha256 FROM recording WHERE id = ?", [result.id]).fetchone()[0]
    return media_path(archive, sha)


def test_a_sound_archive_passes(archive: Archive, tmp_path: Path) -> None:
    _one_recording(archive, tmp_path)
    report = check(archive)
    assert report.ok and report.files_checked == 1 and not report.problems


def test_an_altered_original_is_found(archive: Archive, tmp_path: Path) -> None:
    stored = _one_recording(archive, tmp_path)
    data = bytearray(stored.read_bytes())
    data[-1] ^= 0xFF  # same size, one bit flipped
    stored.chmod(0o644)
    stored.write_bytes(bytes(data))
    report = check(archive)
    assert not report.ok
    assert [p.problem for p in report.problems] == ["checksum_mismatch"]
    assert check(archive, checksums=False).ok  # a quick check only sees sizes


def test_a_missing_original_is_found(archive: Archive, tmp_path: Path) -> None:
    stored = _one_recording(archive, tmp_path)
    stored.unlink()
    assert [p.problem for p in check(archive).problems] == ["missing_file"]


def test_an_unrecorded_original_is_a_problem_and_the_next_writer_sets_it_aside(
    archive: Archive, tmp_path: Path
) -> None:
    """An import killed between settling an original and recording it."""
    _one_recording(archive, tmp_path)
    root = archive.root
    archive.close()
    stray = root / "media" / "ab" / ("ab" + "0" * 62 + ".wav")
    killed = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path\n"
            "from archive_app.core.archive import Archive\n"
            "archive = Archive.open(Path(sys.argv[1]))\n"
            "stray = Path(sys.argv[2]); stray.parent.mkdir(exist_ok=True)\n"
            "stray.write_bytes(b'RIFF'); print('settled', flush=True); time.sleep(60)\n",
            str(root),
            str(stray),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])},
    )
    assert killed.stdout is not None and killed.stdout.readline().strip() == "settled"
    killed.send_signal(signal.SIGKILL)
    killed.wait()
    with Archive.open(root, read_only=True) as reader:
        report = check(reader)
    assert not report.ok and [p.problem for p in report.problems] == ["orphan_file"]

    with Archive.open(root) as reopened:
        assert reopened.set_aside == [f"media/ab/{stray.name}"]
        assert not stray.exists()
        assert (root / "backups" / "unrecorded" / stray.name).read_bytes() == b"RIFF"
        logged = [e for e in audit.entries(reopened.db) if e["action"] == "media.set_aside"]
        assert [e["details"]["file"] for e in logged] == [f"media/ab/{stray.name}"]
        assert check(reopened).ok
