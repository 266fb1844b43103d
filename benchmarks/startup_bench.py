"""How quickly the frozen app starts, beside the source checkout, and how big it is.

    python benchmarks/startup_bench.py [--frozen build/dist/hometown-voices/archive-app]
                                       [--runs 9] [--json]

Builds the sample archive once (in a temporary folder), then starts the app on it again and
again, each time in a fresh process with the offscreen platform, alternating the frozen build
and the source checkout (this virtual environment's ``archive-app``) so that both meet the same
machine load. A start is timed from the moment the process is spawned to the moment it reports
its window shown and usable (``archive-app smoke`` prints that line once the window is up and
its search attached). Reports the median of each, their ratio (aim: the frozen app within
1.2 times the checkout), the median processor time of each whole run (less disturbed by a
busy machine than the wall clock), and the bundle's size on disk and as a tarball if one is in
dist/.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def time_to_window(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawning ``command`` to its ``window`` line on stdout, and the processor
    seconds (user and system) the whole run took: a figure the machine's load disturbs less."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True
    )
    assert process.stdout is not None
    shown: float | None = None
    for line in process.stdout:
        if '"step": "window"' in line and shown is None:
            shown = time.perf_counter() - started
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0 or shown is None:
        raise SystemExit(f"{command[0]} did not start cleanly")
    return shown, usage.ru_utime + usage.ru_stime


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--frozen", type=Path, default=ROOT / "build" / "dist" / "hometown-voices" / "archive-app"
    )
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    source = Path(sys.executable).with_name("archive-app")
    for program in (args.frozen, source):
        if not program.exists():
            raise SystemExit(f"{program} is missing (frozen: run packaging/build-linux.sh)")

    scratch = Path(tempfile.mkdtemp(prefix="hometown-voices-startup-"))
    try:
        env = {
            "HOME": str(scratch / "home"),
            "PATH": "/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
        }
        sample = scratch / "Sample"
        subprocess.run(
            [str(source), "--archive", str(sample), "demo"],
            check=True,
            stdout=subprocess.DEVNULL,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        commands = {
            "frozen": [str(args.frozen), "--archive", str(sample), "smoke"],
            "source": [str(source), "--archive", str(sample), "smoke"],
        }
        for command in commands.values():  # once each to warm the disk cache
            time_to_window(command, env)
        times: dict[str, list[float]] = {"frozen": [], "source": []}
        cpu: dict[str, list[float]] = {"frozen": [], "source": []}
        for _ in range(args.runs):
            for name, command in commands.items():
                wall, processor = time_to_window(command, env)
                times[name].append(wall)
                cpu[name].append(processor)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    bundle = args.frozen.parent
    tarballs = sorted(
        (ROOT / "dist").glob("hometown-voices-*-linux-*.tar.gz"), key=lambda p: p.stat().st_mtime
    )
    report: dict[str, Any] = {
        "runs": args.runs,
        "frozen_median_s": round(statistics.median(times["frozen"]), 3),
        "source_median_s": round(statistics.median(times["source"]), 3),
        "frozen_cpu_median_s": round(statistics.median(cpu["frozen"]), 3),
        "source_cpu_median_s": round(statistics.median(cpu["source"]), 3),
        "frozen_s": [round(t, 3) for t in times["frozen"]],
        "source_s": [round(t, 3) for t in times["source"]],
        # MB as the aim counts them (10**6 bytes); du and file managers show MiB
        "bundle_mb": round(folder_size(bundle) / 10**6, 1),
        "bundle_mib": round(folder_size(bundle) / 2**20, 1),
        "tarball_mb": round(tarballs[-1].stat().st_size / 10**6, 1) if tarballs else None,
    }
    report["ratio_frozen_to_source"] = round(
        report["frozen_median_s"] / report["source_median_s"], 2
    )
    report["cpu_ratio_frozen_to_source"] = round(
        report["frozen_cpu_median_s"] / report["source_cpu_median_s"], 2
    )
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(
            f"start to a usable window, median of {args.runs}: frozen "
            f"{report['frozen_median_s']} s, source checkout {report['source_median_s']} s, "
            f"ratio {report['ratio_frozen_to_source']} (aim: 1.2 or less)"
        )
        print(
            f"processor time of a whole run, median: frozen {report['frozen_cpu_median_s']} s, "
            f"source {report['source_cpu_median_s']} s, "
            f"ratio {report['cpu_ratio_frozen_to_source']}"
        )
        print(
            f"bundle {report['bundle_mb']} MB ({report['bundle_mib']} MiB) on disk "
            f"(aim: under 250 MB), tarball {report['tarball_mb']} MB"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
