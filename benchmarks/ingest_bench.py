"""Ingest speed: 500 twelve-megapixel JPEGs and 50 one-minute WAVs, against a bare loop.

The reference does the same hashing and thumbnailing with nothing else: hashlib over every
file, and Pillow ``draft`` + ``exif_transpose`` + ``thumbnail`` + save for every photo, in one
process. Ingest does that plus copying into the store, fsync, metadata and the catalogue, in its
worker pool. Run: ``python benchmarks/ingest_bench.py [--photos 500 --recordings 50 --repeat 3]``.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import math
import shutil
import statistics
import struct
import sys
import tempfile
import time
import wave
from pathlib import Path

from PIL import Image, ImageDraw, ImageOps

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from archive_app.core.archive import Archive  # noqa: E402
from archive_app.core.ingest import ingest  # noqa: E402
from benchmarks.memory import PeakMemory  # noqa: E402

THUMB = 320


def _base_photo(seed: int) -> bytes:
    """A 4000x3000 picture with smooth areas and detail, like a phone photo (about 2-4 MB)."""
    width, height = 4000, 3000
    image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    draw = ImageDraw.Draw(image)
    for n in range(400):
        x = (n * 7919 * (seed + 3)) % width
        y = (n * 104729 * (seed + 5)) % height
        r = 20 + (n * 31) % 140
        colour = ((n * 53 + seed * 40) % 256, (n * 97) % 256, (n * 13 + seed * 70) % 256)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=colour, outline=(0, 0, 0))
    noise = Image.effect_noise((width, height), 40).convert("RGB")
    image = Image.blend(image, noise, 0.25)
    exif = Image.Exif()
    exif[0x0112] = 6  # rotated, as phones write it
    exif[0x010F] = "Benchmark"
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90, exif=exif.tobytes())
    return out.getvalue()


def _unique(jpeg: bytes, number: int) -> bytes:
    """The same picture with a comment segment that makes its bytes (and hash) unique."""
    comment = f"benchmark photo {number}".encode()
    segment = b"\xff\xfe" + struct.pack(">H", len(comment) + 2) + comment
    return jpeg[:2] + segment + jpeg[2:]


def _wav(path: Path, seconds: float, rate: int = 44100) -> None:
    frames = bytearray()
    for n in range(int(seconds * rate)):
        frames += struct.pack("<h", int(8000 * math.sin(2 * math.pi * 220 * n / rate)))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))


def make_corpus(folder: Path, photos: int, recordings: int) -> None:
    bases = [_base_photo(seed) for seed in range(5)]
    for number in range(photos):
        (folder / f"IMG_{number:04d}.jpg").write_bytes(_unique(bases[number % 5], number))
    first = folder / "interview 000.wav"
    _wav(first, 60.0)
    data = first.read_bytes()
    for number in range(1, recordings):
        # same sound, different last sample: a distinct file of the same size
        (folder / f"interview {number:03d}.wav").write_bytes(data[:-2] + struct.pack("<h", number))


def bare_loop(folder: Path, out: Path) -> None:
    for path in sorted(folder.iterdir()):
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
        if path.suffix == ".jpg":
            with Image.open(path) as image:
                image.draft("RGB", (THUMB, THUMB))
                upright = ImageOps.exif_transpose(image)
                upright.thumbnail((THUMB, THUMB))
                upright.save(out / f"{digest.hexdigest()}.jpg", "JPEG", quality=85)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--photos", type=int, default=500)
    parser.add_argument("--recordings", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=int, default=None)
    options = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="ingest-bench-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        started = time.perf_counter()
        make_corpus(corpus, options.photos, options.recordings)
        files = sorted(corpus.iterdir())
        total_bytes = sum(p.stat().st_size for p in files)
        print(
            f"corpus: {len(files)} files, {total_bytes / 1e6:.0f} MB "
            f"(made in {time.perf_counter() - started:.0f} s)"
        )
        bare_times, ingest_times, bare_peaks, ingest_peaks = [], [], [], []
        for run in range(options.repeat):
            thumbs = work / f"bare{run}"
            thumbs.mkdir()
            with PeakMemory() as peak:
                t0 = time.perf_counter()
                bare_loop(corpus, thumbs)
                bare_times.append(time.perf_counter() - t0)
            bare_peaks.append(peak.bytes)

            with Archive.create(work / f"archive{run}") as archive, PeakMemory() as peak:
                t0 = time.perf_counter()
                results = ingest(archive, [corpus], workers=options.workers)
                ingest_times.append(time.perf_counter() - t0)
            ingest_peaks.append(peak.bytes)
            assert sum(r.status == "imported" for r in results) == len(files), "import incomplete"
            shutil.rmtree(thumbs)
            shutil.rmtree(work / f"archive{run}")

        def line(name: str, times: list[float], peaks: list[int]) -> str:
            median = statistics.median(times)
            return (
                f"{name:<28} median {median:7.2f} s  {len(files) / median:7.1f} files/s  "
                f"{total_bytes / 1e6 / median:7.1f} MB/s  peak {max(peaks) / 1e6:6.0f} MB  "
                f"runs {', '.join(f'{t:.2f}' for t in times)}"
            )

        print(line("bare loop (1 process)", bare_times, bare_peaks))
        print(line("archive ingest (pool)", ingest_times, ingest_peaks))
        ratio = statistics.median(ingest_times) / statistics.median(bare_times)
        print(f"ratio ingest / bare loop: {ratio:.2f}x (aim: <= 1.5x, peak < 400 MB)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
