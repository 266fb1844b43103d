"""Bag benchmark: export and re-import of an archive of 200 interviews, beside shutil.copytree.

    python benchmarks/bag_bench.py                      # 200 interviews, 1 MB of audio each, 3 runs
    python benchmarks/bag_bench.py --interviews 50 --runs 1

Builds an archive as the search benchmark does (50 generated segments per interview), gives
every interview a recording of about ``--mb`` MB (a generated WAV, imported through the real
import), then, ``--runs`` times and side by side in the same run:

- ``shutil.copytree`` of the archive's ``media/`` folder (the reference);
- ``export bag --audience curator --all`` (release, metadata documents, transcripts, OHMS, CSV,
  originals copied with SHA-256 and SHA-512, the tag files, the bagit library's check);
- ``import-bag`` of that bag into an empty archive (full bagit validation, metadata checks,
  media copied into the store, the merge), and once, that the imported catalogue is the same
  (every record's ``show`` document) and its media byte-identical.

Reports medians: times, the bag's size and the export / copytree ratio (aim: at most 1.5).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import struct
import sys
import tempfile
import time
import wave
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from search_bench import build_archive  # noqa: E402

from archive_app.core.archive import Archive  # noqa: E402
from archive_app.core.ingest import ingest  # noqa: E402
from archive_app.exchange.bag.importer import import_bag  # noqa: E402
from tests.exchange.bag_helpers import catalogue, export_whole, media_hashes  # noqa: E402


def _wav(path: Path, megabytes: float, seed: int) -> None:
    noise = random.Random(seed)
    frames = int(megabytes * 1_000_000 / 2)
    block = b"".join(struct.pack("<h", noise.randint(-3000, 3000)) for _ in range(4096))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        written = 0
        while written < frames:
            count = min(4096, frames - written)
            out.writeframes(block[: count * 2])
            written += count
            block = block[7:] + block[:7]  # no two recordings alike


def build(root: Path, interviews: int, megabytes: float) -> Archive:
    archive, _, _ = build_archive(root / "archive", interviews * 50, seed=7)
    files = root / "files"
    files.mkdir()
    ids = [str(r[0]) for r in archive.db.execute("SELECT id FROM interview ORDER BY id")]
    for number, interview_id in enumerate(ids):
        path = files / f"r{number:04d}.wav"
        _wav(path, megabytes, number)
        ingest(archive, [path], interview_id=interview_id, workers=1)
    return archive


def size_of(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--interviews", type=int, default=200)
    parser.add_argument("--mb", type=float, default=1.0, help="megabytes of audio per interview")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bag-bench-") as folder:
        root = Path(folder)
        started = time.perf_counter()
        archive = build(root, args.interviews, args.mb)
        print(f"built {args.interviews} interviews in {time.perf_counter() - started:.1f} s")
        copies, exports, imports, sizes = [], [], [], []
        for run in range(args.runs):
            target = root / f"copy-{run}"
            started = time.perf_counter()
            shutil.copytree(archive.root / "media", target)
            copies.append(time.perf_counter() - started)
            bag = root / f"bag-{run}"
            started = time.perf_counter()
            export_whole(archive, bag)
            exports.append(time.perf_counter() - started)
            sizes.append(size_of(bag))
            empty = Archive.create(root / f"imported-{run}")
            started = time.perf_counter()
            import_bag(empty, bag)
            imports.append(time.perf_counter() - started)
            if run == 0:
                same = catalogue(empty) == catalogue(archive)
                bytes_same = media_hashes(empty) == media_hashes(archive)
                print(f"round trip: same catalogue {same}, media byte-identical {bytes_same}")
                if not (same and bytes_same):
                    return 1
            empty.close()
            shutil.rmtree(target)
            shutil.rmtree(bag)
            print(f"run {run + 1}: copytree {copies[-1]:.2f} s, export {exports[-1]:.2f} s, "
                  f"import {imports[-1]:.2f} s")  # fmt: skip
        media = size_of(archive.root / "media")
        report = {
            "interviews": args.interviews,
            "media_mb": round(media / 1e6, 1),
            "bag_mb": round(statistics.median(sizes) / 1e6, 1),
            "copytree_s": round(statistics.median(copies), 2),
            "export_s": round(statistics.median(exports), 2),
            "import_s": round(statistics.median(imports), 2),
            "export_over_copytree": round(
                statistics.median(exports) / statistics.median(copies), 2
            ),
        }
        print(json.dumps(report, indent=1))
        archive.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
