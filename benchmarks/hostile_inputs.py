"""Huge and hostile inputs: time and peak memory of importing a 250,000-line SRT and a
30000 x 30000 PNG (a decompression bomb), with where the time goes while the writer lock is held.

    python benchmarks/hostile_inputs.py [--repeat 3] [--reference /path/to/older/checkout]

Each import runs in its own process (as the command does: open for writing, import, let the
search index catch up, close); the peak resident memory of that process and its children is
sampled from /proc. With ``--reference`` the same runs use an older checkout of the app (its
folder on PYTHONPATH), side by side; medians and ratios are printed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.memory import tree_rss_bytes  # noqa: E402

REPO = Path(__file__).resolve().parents[1]

_CHILD = """
import json, resource, sys, time
from pathlib import Path
from archive_app.core.archive import Archive
from archive_app.core.ingest import ingest
from archive_app.core.search.service import SearchService
started = time.perf_counter()
archive = Archive.create(Path(sys.argv[1]))
opened = time.perf_counter()
results = ingest(archive, [Path(sys.argv[2])], workers=int(sys.argv[3]))
imported = time.perf_counter()
mine = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
SearchService(archive).catch_up()
indexed = time.perf_counter()
archive.close()
closed = time.perf_counter()
print(json.dumps({
    "status": results[0].status, "reason": results[0].reason,
    "import_s": imported - opened, "index_s": indexed - imported,
    "lock_held_s": closed - started,
    "import_peak_mb": mine, "import_worker_peak_mb": workers,
}))
"""


def big_srt(path: Path, lines: int = 250_000) -> Path:
    """An SRT of ``lines`` lines: numbered cues of one line of Chinese each."""
    out: list[str] = []
    cue = 0
    while len(out) < lines:
        cue += 1
        start = cue * 2.0

        def stamp(seconds: float) -> str:
            hours, rest = divmod(seconds, 3600)
            minutes, secs = divmod(rest, 60)
            return f"{int(hours):02d}:{int(minutes):02d}:{secs:06.3f}".replace(".", ",")

        out += [
            str(cue),
            f"{stamp(start)} --> {stamp(start + 1.8)}",
            f"奶奶：那年冬天特别冷，我们在村里等爸爸妈妈回家过年，第{cue}句。",
            "",
        ]
    path.write_text("\n".join(out[:lines]) + "\n", encoding="utf-8")
    return path


def png_bomb(path: Path, side: int = 30000) -> Path:
    """A valid 1-bit PNG of side x side pixels, under a megabyte on disk."""

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


def run_once(code: Path, source: Path, work: Path, workers: int) -> dict[str, float | str]:
    target = work / f"archive-{time.monotonic_ns()}"
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(target), str(source), str(workers)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(code)},
        cwd=work,  # not the checkout: "-c" puts the working folder first on the import path
    )
    peak = 0
    while child.poll() is None:
        peak = max(peak, tree_rss_bytes(child.pid))
        time.sleep(0.05)
    out, _ = child.communicate()
    found = json.loads(out.strip().splitlines()[-1])
    found["code"] = str(code)
    found["peak_rss_mb"] = peak / 2**20
    subprocess.run(["rm", "-rf", str(target)], check=False)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--reference", type=Path, help="an older checkout to compare with")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="faults-hostile-"))
    inputs = {
        "250,000-line SRT": big_srt(work / "a year of subtitles.srt"),
        "30000x30000 PNG": png_bomb(work / "scan.png"),
    }
    codes = {"this": REPO} | ({"reference": args.reference} if args.reference else {})
    table: dict[tuple[str, str], list[dict[str, float | str]]] = {}
    for _round in range(args.repeat):  # interleaved, so that noise falls on both alike
        for name, source in inputs.items():
            for label, code in codes.items():
                table.setdefault((name, label), []).append(
                    run_once(code, source, work, args.workers)
                )
    for (name, label), runs in table.items():

        def median(key: str, runs: list[dict[str, float | str]] = runs) -> float:
            return statistics.median(float(r[key]) for r in runs)

        print(
            f"{name:<18} {label:<9} {runs[0]['status']}/{runs[0]['reason']}: "
            f"lock held {median('lock_held_s'):.1f} s (import {median('import_s'):.1f} s, "
            f"index {median('index_s'):.1f} s), peak RSS {median('peak_rss_mb'):.0f} MB; "
            f"while importing: {median('import_peak_mb'):.0f} MB, a worker "
            f"{median('import_worker_peak_mb'):.0f} MB (median of {len(runs)})"
        )
    if args.reference:
        for name in inputs:
            this = statistics.median(float(r["lock_held_s"]) for r in table[(name, "this")])
            ref = statistics.median(float(r["lock_held_s"]) for r in table[(name, "reference")])
            print(f"{name}: lock held {this / ref:.2f}x the reference's")
    subprocess.run(["rm", "-rf", str(work)], check=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
