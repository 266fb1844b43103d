"""Transcript reading speed: long SRT, WebVTT, timecoded and plain files, in UTF-8 and GBK.

Each file has ``--cues`` segments (default 20,000, about a day of speech). Run against the
transcript reading of another checkout (for example main before a change) side by side, the
two measured alternately in one run, medians and ratios reported:

    git archive main | tar -x -C /tmp/reference
    python benchmarks/transcript_parse_bench.py --reference /tmp/reference [--cues 20000 --repeat 5]

Without ``--reference`` only this checkout is measured.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SAID = ["奶奶：那年冬天特别冷，我们一家人围着火炉等他们回家。", "孙女：您想他们吗？", "嗯。"]


def _clock(seconds: float, decimal: str) -> str:
    millis = round(seconds * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    whole, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{whole:02d}{decimal}{millis:03d}"


def samples(cues: int) -> dict[str, tuple[str, str]]:
    """name -> (file name, text) of each kind of transcript measured."""
    said = [SAID[n % len(SAID)] for n in range(cues)]
    srt = "\n".join(
        f"{n + 1}\n{_clock(n * 2.0, ',')} --> {_clock(n * 2.0 + 1.5, ',')}\n{line}\n"
        for n, line in enumerate(said)
    )
    vtt = "WEBVTT\n\n" + "\n".join(
        f"{_clock(n * 2.0, '.')} --> {_clock(n * 2.0 + 1.5, '.')}\n<v 奶奶>{line}\n"
        for n, line in enumerate(said)
    )
    timecoded = "".join(f"[{_clock(n * 2.0, '.')}] {line}\n" for n, line in enumerate(said))
    plain = "\n\n".join(said) + "\n"
    return {
        "srt": ("talk.srt", srt),
        "vtt": ("talk.vtt", vtt),
        "timecoded": ("talk.txt", timecoded),
        "plain": ("talk.txt", plain),
    }


def measure(cues: int, names: list[str]) -> dict[str, float]:
    """Seconds to parse each sample once, with the archive_app found on sys.path."""
    from archive_app.core.transcripts.parse import parse_transcript

    found: dict[str, float] = {}
    for name, (file_name, text) in samples(cues).items():
        for encoding in ("utf-8", "gbk"):
            key = f"{name} {encoding}"
            if names and key not in names:
                continue
            data = text.encode(encoding)
            start = time.perf_counter()
            parsed = parse_transcript(Path(file_name), data)
            found[key] = time.perf_counter() - start
            assert len(parsed.segments) >= cues, (key, len(parsed.segments))
    return found


def _in_subprocess(tree: Path, cues: int) -> dict[str, float]:
    """One measurement, in a fresh process that imports archive_app from ``tree``."""
    done = subprocess.run(
        [sys.executable, __file__, "--measure", str(tree), "--cues", str(cues)],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(tree)},
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cues", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--reference", type=Path, help="another checkout to measure beside this")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        sys.path.insert(0, str(args.measure))
        print(json.dumps(measure(args.cues, [])))
        return
    runs: dict[str, dict[str, list[float]]] = {"this": {}, "reference": {}}
    for _ in range(args.repeat):
        trees = [("this", ROOT)] + ([("reference", args.reference)] if args.reference else [])
        for label, tree in trees:
            for key, seconds in _in_subprocess(tree, args.cues).items():
                runs[label].setdefault(key, []).append(seconds)
    print(f"{args.cues} segments per file, median of {args.repeat} runs (seconds)")
    print(f"{'file':<16}{'this':>10}{'reference':>12}{'ratio':>8}")
    for key, times in runs["this"].items():
        mine = statistics.median(times)
        theirs = runs["reference"].get(key)
        if theirs:
            reference = statistics.median(theirs)
            print(f"{key:<16}{mine:>10.3f}{reference:>12.3f}{mine / reference:>8.2f}")
        else:
            print(f"{key:<16}{mine:>10.3f}")


if __name__ == "__main__":
    main()
