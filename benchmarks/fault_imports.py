"""The campaign's faults around an import: a full disk (a small tmpfs), files that vanish while
they are read, FIFOs and sockets, names that are not UTF-8. Each imports a copy of the field trip
through the command and then checks the rules."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from archive_app.core.archive import Archive
from archive_app.core.ingest import ingest
from archive_app.core.search.service import SearchService
from benchmarks import fault_rules as rules
from benchmarks.fault_rules import Tally
from benchmarks.fault_world import REPO, fresh_copy, remove, summary

if TYPE_CHECKING:
    from benchmarks.faults import Campaign


def import_fault(
    campaign: Campaign, name: str, number: int, prepare: Callable[[Path], list[str]]
) -> None:
    """Import a copy of the field trip after ``prepare`` made it hostile; ``prepare``
    returns the names it spoiled (which must be refused or, if whole, imported)."""
    trial = campaign.work / f"{name}-{number}"
    source = trial / "source"
    fresh_copy(campaign.world.source, source)
    spoiled = prepare(source)
    root = fresh_copy(campaign.world.empty, trial / "archive")
    command = [
        sys.executable,
        "-m",
        "archive_app",
        "--archive",
        str(root),
        "import",
        str(source),
        "--workers",
        "2",
        "--json",
    ]
    child = campaign._start(command)
    broken: list[str] = []
    if name == "vanished file":
        time.sleep(campaign.rng.uniform(0.2, campaign.durations["import"]))
        for path in campaign.rng.sample(sorted(p for p in source.rglob("*.*") if p.is_file()), 3):
            path.unlink(missing_ok=True)
            spoiled.append(path.name)
    try:
        out, err = child.communicate(timeout=180)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        out, err = child.communicate()
        broken.append("the import did not finish within 3 minutes")
    if "Traceback" in err:
        broken.append("a traceback: " + err.strip().splitlines()[-1])
    try:
        results = json.loads(out)
    except ValueError:
        results = []
        broken.append("stdout was not one JSON document")
    wanted = {"FIFO and socket": "not_a_file", "names that are not UTF-8": "bad_name"}
    for result in results:
        if Path(result["path"]).name in spoiled and name in wanted:
            if (result["status"], result["reason"]) != ("rejected", wanted[name]):
                broken.append(f"{result['path']!r}: {result['status']} {result['reason']}")
    archive, shut_out, _ = rules.next_writer(root)
    broken += shut_out
    if archive is not None:
        with archive:
            service = SearchService(archive)
            service.catch_up()
            partial, present = rules.present_or_absent(archive, campaign.world.files, service)
            service.close()
            broken += partial + rules.sound(archive)
            whole = [f for f in campaign.world.files if f.path.name not in spoiled]
            missing = {f.path.name for f in whole} - {
                str(r[0])
                for kind in ("recording", "photo", "transcript")
                for r in archive.db.execute(f"SELECT original_name FROM [{kind}]")
            }
            if missing:
                broken.append(f"good files not imported: {sorted(missing)[:3]}")
    campaign.tallies.setdefault(name, Tally()).add(broken, f"#{number}")
    remove(trial)


def disk_full(campaign: Campaign, number: int, size_kb: int) -> None:
    trial = campaign.work / f"disk-{number}"
    disk = trial / "disk"
    disk.mkdir(parents=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(disk)],
        capture_output=True,
    )
    tally = campaign.tallies.setdefault("disk full (tmpfs)", Tally())
    if mounted.returncode != 0:
        tally.notes["skipped: cannot mount a tmpfs (needs root)"] += 1
        remove(trial)
        return
    broken: list[str] = []
    try:
        root = disk / "archive"
        try:
            Archive.create(root).close()
        except Exception as error:  # noqa: BLE001 - too small even for an empty archive
            tally.notes[f"too small for an empty archive: {type(error).__name__}"] += 1
            return
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "archive_app",
                "--archive",
                str(root),
                "import",
                str(campaign.world.source),
                "--workers",
                "2",
            ],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            timeout=300,
        )
        if "Traceback" in done.stderr:
            broken.append("a traceback: " + done.stderr.strip().splitlines()[-1])
        if done.returncode == 2 and "disk is full" not in done.stderr:
            broken.append(f"failed without naming the full disk: {done.stderr.strip()[:200]}")
        if done.returncode == 2:
            tally.notes["stopped with 'the archive's disk is full'"] += 1
        subprocess.run(["mount", "-o", "remount,size=262144k", str(disk)], check=True)
        archive, shut_out, _ = rules.next_writer(root)
        broken += shut_out + rules.backups_whole(root)
        if archive is not None:
            with archive:
                broken += rules.sound(archive)
                partial, _ = rules.present_or_absent(archive, campaign.world.files)
                broken += partial
                ingest(archive, [campaign.world.source], workers=1)
                if summary(archive) != campaign.world.expected:
                    broken.append("re-running the import after freeing space did not complete")
        tally.add(broken, f"#{number} on {size_kb} kB")
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True)
        remove(trial)


def fifos_and_sockets(source: Path) -> list[str]:
    folder = next(p for p in sorted(source.iterdir()) if p.is_dir())
    os.mkfifo(folder / "pipe.wav")
    os.mkfifo(folder / "pipe.srt")
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(folder / "socket.jpg"))
    listener.close()  # the socket file stays
    return ["pipe.wav", "pipe.srt", "socket.jpg"]


def names_not_utf8(source: Path) -> list[str]:
    folder = os.fsencode(next(p for p in sorted(source.iterdir()) if p.is_dir()))
    first = next(p for p in sorted(source.rglob("*.wav")))
    names = [b"\xd6\xd0\xce\xc4.wav", b"bad\x80name.srt", b"\xff\xfe.jpg"]
    for name in names:
        target = folder + b"/" + name
        with open(first, "rb") as src, open(target, "wb") as dst:
            dst.write(src.read() + name)  # content of its own
    return [os.fsdecode(n) for n in names]
