"""How long ``archive-app --help`` takes to start, in English and in Chinese, beside a reference.

    python benchmarks/cli_start_bench.py [--reference REV] [--candidate REV] [--runs N] [--json]

Each run is a fresh process (``python -m archive_app --help``), timed from start to exit. The
reference (default ``main``) and the candidate (default ``HEAD``) are revisions of this
repository, each unpacked with ``git archive`` into a temporary folder and run with the same
Python, interleaved in the same run: it tells what speaking Chinese costs the command (Qt's
QtCore and the translator are imported only for a Chinese locale). Prints medians, and their
ratios to the reference's English.

It also times, each in a fresh process, the two ways the command could read its Chinese words:
the ``.ts`` catalogue with the standard library (what it does) and the ``.qm`` through Qt's
``QTranslator`` (which needs QtCore imported).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def unpack(revision: str, into: Path) -> Path:
    """The tree of ``revision`` under ``into``; it runs from there instead of this checkout."""
    into.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision], capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def once(source: Path, lang: str) -> float:
    """Seconds for one ``--help`` from the package in ``source`` under the locale ``lang``."""
    env = {**os.environ, "LANG": lang, "PYTHONPATH": str(source)}
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        env.pop(name, None)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "archive_app", "--help"],
        cwd=source,
        env=env,
        stdout=subprocess.DEVNULL,
        check=True,
    )
    return time.perf_counter() - started


#: name -> (what is ready before the clock starts: the command is loaded, how to read the words)
READERS = {
    "read the .ts (stdlib)": (
        "import archive_app.cli.language as language",
        "language.read_catalogue('zh_CN')",
    ),
    "QtCore + QTranslator .qm": (
        "import archive_app.cli.language; from archive_app.resources import resources_dir",
        "from PySide6.QtCore import QTranslator; t = QTranslator();"
        " t.load('hometown_voices_zh_CN', str(resources_dir() / 'translations'))",
    ),
}


def reader_once(source: Path, setup: str, code: str) -> float:
    """Seconds one way of reading the words takes, measured inside a fresh process."""
    timed = f"{setup}; import time; s = time.perf_counter(); {code}; print(time.perf_counter() - s)"
    done = subprocess.run(
        [sys.executable, "-c", timed],
        cwd=source,
        env={**os.environ, "PYTHONPATH": str(source)},
        capture_output=True,
        text=True,
        check=True,
    )
    return float(done.stdout)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--reference", default="main", help="git revision to compare with")
    options.add_argument("--candidate", default="HEAD", help="git revision to measure")
    options.add_argument("--runs", type=int, default=15)
    options.add_argument("--json", action="store_true")
    args = options.parse_args()
    with tempfile.TemporaryDirectory(prefix="cli-start-") as folder:
        reference = unpack(args.reference, Path(folder) / "reference")
        candidate = unpack(args.candidate, Path(folder) / "candidate")
        cases = {
            f"{args.reference}, English": (reference, "C.UTF-8"),
            f"{args.reference}, zh_CN": (reference, "zh_CN.UTF-8"),
            f"{args.candidate}, English": (candidate, "C.UTF-8"),
            f"{args.candidate}, zh_CN": (candidate, "zh_CN.UTF-8"),
            f"{args.candidate}, zh_TW": (candidate, "zh_TW.UTF-8"),
        }
        times: dict[str, list[float]] = {name: [] for name in cases}
        for source, lang in cases.values():  # compile and cache every tree's modules first
            once(source, lang)
        readers: dict[str, list[float]] = {name: [] for name in READERS}
        for _ in range(args.runs):  # interleaved, so that the machine's noise hits all alike
            for name, (source, lang) in cases.items():
                times[name].append(once(source, lang))
            for name, (setup, code) in READERS.items():
                readers[name].append(reader_once(candidate, setup, code))
    medians = {name: statistics.median(values) for name, values in times.items()}
    base = medians[f"{args.reference}, English"]
    report = {
        name: {"median_s": round(m, 4), "ratio": round(m / base, 3)} for name, m in medians.items()
    }
    reading = {name: round(statistics.median(v), 4) for name, v in readers.items()}
    if args.json:
        print(json.dumps({"runs": args.runs, "cases": report, "reading_s": reading}, indent=2))
        return
    print(
        f"archive-app --help, median of {args.runs} runs each (ratio to {args.reference}, English)"
    )
    for name, figures in report.items():
        print(f"  {name:<24} {figures['median_s'] * 1000:7.1f} ms  x{figures['ratio']:.2f}")
    print("reading the Chinese words, median inside a fresh process")
    for name, seconds in reading.items():
        print(f"  {name:<24} {seconds * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
