"""What an edit costs now that it is an operation kept in the history, against a bare write.

Each edit changes one interview's title in a transaction of its own (as the app's writer and the
command line do). The reference is the write the app made before operations: check, UPDATE and
an audit entry. The operation adds reading the record first, the history rows and the inverse.
Also timed: undoing every edit (applying the inverses) and reading one record's history.

Run: ``python benchmarks/edits_bench.py [--edits 2000 --repeat 5]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from archive_app.core import audit, edits, interviews, records  # noqa: E402
from archive_app.core.archive import Archive  # noqa: E402
from archive_app.core.edits import history  # noqa: E402


def _interviews(archive: Archive, count: int) -> list[str]:
    with archive.transaction() as db:
        return [interviews.add_interview(db, f"访谈 {n}") for n in range(count)]


def bare(root: Path, count: int) -> float:
    with Archive.create(root) as archive:
        ids = _interviews(archive, 100)
        started = time.perf_counter()
        for n in range(count):
            with archive.transaction() as db:
                fields = edits.check_fields(db, "interview", {"title": f"标题 {n}"})
                records.update(db, "interview", ids[n % 100], fields)
                audit.append(db, "interview.edit", ids[n % 100], {"fields": ["title"]})
        return time.perf_counter() - started


def operations(root: Path, count: int) -> tuple[float, float, float]:
    with Archive.create(root) as archive:
        ids = _interviews(archive, 100)
        started = time.perf_counter()
        inverses = [
            edits.apply(archive, edits.set_fields("interview", ids[n % 100], title=f"标题 {n}"))
            for n in range(count)
        ]
        forward = time.perf_counter() - started
        started = time.perf_counter()
        for applied in reversed(inverses):
            edits.apply(archive, applied.inverse)
        backward = time.perf_counter() - started
        started = time.perf_counter()
        history.of_record(archive.db, ids[0])
        reading = time.perf_counter() - started
        return forward, backward, reading


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    bare_s, forward_s, backward_s, reading_s = [], [], [], []
    with tempfile.TemporaryDirectory(prefix="edits-bench-") as scratch:
        for run in range(args.repeat):  # alternate, so that a noisy moment hits both alike
            bare_s.append(bare(Path(scratch) / f"bare{run}", args.edits))
            forward, backward, reading = operations(Path(scratch) / f"ops{run}", args.edits)
            forward_s.append(forward)
            backward_s.append(backward)
            reading_s.append(reading)
    per = 1000 / args.edits
    bare_m, forward_m = statistics.median(bare_s), statistics.median(forward_s)
    print(f"{args.edits} edits, {args.repeat} runs, medians:")
    print(f"  bare write (reference): {bare_m * per:.3f} ms per edit")
    print(
        f"  operation with history: {forward_m * per:.3f} ms per edit ({forward_m / bare_m:.2f}x)"
    )
    print(f"  undo (inverse applied): {statistics.median(backward_s) * per:.3f} ms per edit")
    print(
        f"  history of one record ({args.edits // 100} edits): "
        f"{statistics.median(reading_s) * 1000:.2f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
