"""The fault campaign: SIGKILLs during import, reindex, edits, export and migration (of the main
process only, and of its whole process group), a full disk, files that vanish, FIFOs and names
that are not UTF-8, each followed by the rules of :mod:`benchmarks.fault_rules`.

    python benchmarks/faults.py                   # 100 kills per kind and the other faults
    python benchmarks/faults.py --kills 10 --json

Prints, per fault kind, how many were tried and how many the archive survived (every rule held),
and what broke otherwise. A short version runs in CI (tests/core/test_fault_campaign.py).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Mapping
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from archive_app.core import interviews, migrations, people, places  # noqa: E402
from archive_app.core.archive import Archive  # noqa: E402
from archive_app.core.ingest import ingest  # noqa: E402
from archive_app.core.search.service import SearchService  # noqa: E402
from archive_app.exchange.transcript.export import release_transcript  # noqa: E402
from benchmarks import fault_rules as rules  # noqa: E402
from benchmarks.fault_imports import (  # noqa: E402
    disk_full,
    fifos_and_sockets,
    import_fault,
    names_not_utf8,
)
from benchmarks.fault_rules import Tally  # noqa: E402
from benchmarks.fault_world import World, build_world, fresh_copy, remove, summary  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
KILLED = ("import", "reindex", "edit", "export", "migration")
EDITS = 60
OLD_EXPORT = "an export made last week\n"


def edit_loop(archive: Archive, count: int) -> None:
    """Edits as the app makes them: a place, an interview, a person and the link between them
    in one transaction each; the search index catches up every ten."""
    service = SearchService(archive)
    done = int(
        archive.db.execute("SELECT count(*) FROM interview WHERE title LIKE 'edit %'").fetchone()[0]
    )
    for n in range(done, count):
        with archive.transaction() as db:
            place = places.find_or_add_place(db, f"村{n % 7}")
            interview = interviews.add_interview(db, f"edit {n:04d} 春节", place_id=place)
            person = people.add_person(db, f"编辑人{n:04d}")
            interviews.link_person(db, interview, person, "narrator")
        if n % 10 == 9:
            service.catch_up()
    service.catch_up()
    service.close()


_EDIT_CHILD = (
    "import sys\nfrom pathlib import Path\nfrom archive_app.core.archive import Archive\n"
    "from benchmarks.faults import edit_loop\n"
    "edit_loop(Archive.open(Path(sys.argv[1])), int(sys.argv[2]))\n"
)


class Campaign:
    def __init__(self, world: World, work: Path, seed: int, log: Callable[[str], None]) -> None:
        self.world = world
        self.work = work
        self.rng = random.Random(seed)
        self.log = log
        self.tallies: dict[str, Tally] = {}
        self.durations: dict[str, float] = {}
        self.expected_export = ""
        self.notes: Counter[str] = Counter()
        #: what ``check`` says of a template before any fault (the stored old catalogue names
        #: originals it was made without): not the faults' doing
        self.known_problems: dict[str, set[str]] = {}

    # -- children ---------------------------------------------------------------------------

    def _command(self, kind: str, root: Path) -> list[str]:
        cli = [sys.executable, "-m", "archive_app", "--archive", str(root)]
        if kind == "import":
            return [*cli, "import", str(self.world.source), "--workers", "2", "--json"]
        if kind == "reindex":
            return [*cli, "reindex"]
        if kind == "edit":
            return [sys.executable, "-c", _EDIT_CHILD, str(root), str(EDITS)]
        if kind == "export":
            out = root.parent / "export" / "narrator.vtt"
            return [
                *cli,
                "transcript",
                "export",
                self.world.transcript_id,
                "--out",
                str(out),
                "--force",
            ]
        return [*cli, "person", "add", "--name", "迁移后的人"]

    def _template(self, kind: str) -> Path:
        return {
            "import": self.world.empty,
            "reindex": self.world.big,
            "edit": self.world.full,
            "export": self.world.full,
            "migration": self.world.old,
        }[kind]

    def _start(self, command: list[str]) -> subprocess.Popen[str]:
        return subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            start_new_session=True,
        )

    def _prepare(self, kind: str, trial: Path) -> Path:
        root = fresh_copy(self._template(kind), trial / "archive")
        if kind == "export":
            out = trial / "export" / "narrator.vtt"
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(OLD_EXPORT, encoding="utf-8")
        return root

    def measure(self, kind: str) -> float:
        trial = self.work / f"measure-{kind}"
        root = self._prepare(kind, trial)
        started = time.monotonic()
        child = self._start(self._command(kind, root))
        out, err = child.communicate(timeout=600)
        took = time.monotonic() - started
        if child.returncode != 0:
            raise SystemExit(f"{kind} does not run uninterrupted: {err[-500:]}")
        if kind == "export":
            written = (trial / "export" / "narrator.vtt").read_text(encoding="utf-8")
            if written != self.expected_export:
                raise SystemExit("the export is not what the catalogue holds: fix the campaign")
        remove(trial)
        self.durations[kind] = took
        return took

    def learn_known_problems(self) -> None:
        for kind in KILLED:
            copy = fresh_copy(self._template(kind), self.work / f"known-{kind}")
            with Archive.open(copy) as archive:
                self.known_problems[kind] = set(rules.sound(archive))
            remove(copy)

    def expect_export(self) -> None:
        """What the command writes: the transcript as released to the curator, in WebVTT."""
        with Archive.open(self.world.full, read_only=True) as archive:
            released = release_transcript(
                archive.db, archive.root, self.world.transcript_id, "curator"
            )
            self.expected_export = released.text("vtt")

    # -- kills ------------------------------------------------------------------------------

    def kill_trial(self, kind: str, number: int, whole_group: bool) -> None:
        trial = self.work / f"{kind}-{number}"
        root = self._prepare(kind, trial)
        delay = self.rng.uniform(0.0, self.durations[kind] * 1.1)
        child = self._start(self._command(kind, root))
        time.sleep(delay)
        try:
            if whole_group:
                os.killpg(child.pid, signal.SIGKILL)
            else:
                os.kill(child.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        child.communicate()
        broken = rules.group_gone(child.pid)
        archive, shut_out, waited = rules.next_writer(root)
        if archive is not None:
            with archive:
                known = self.known_problems.get(kind, set())
                broken += [p for p in rules.sound(archive) if p not in known]
                broken += getattr(self, f"_after_{kind}")(archive, trial, number)
        broken += shut_out + rules.backups_whole(root)
        mode = "whole group" if whole_group else "main process only"
        tally = self.tallies.setdefault(f"kill during {kind} ({mode})", Tally())
        tally.add(broken, f"#{number} at {delay:.2f}s")
        tally.longest_wait_s = max(tally.longest_wait_s, waited)
        remove(trial)

    def _after_import(self, archive: Archive, trial: Path, number: int) -> list[str]:
        service = SearchService(archive)
        try:
            service.catch_up()
            broken, _ = rules.present_or_absent(archive, self.world.files, service)
            ingest(archive, [self.world.source], workers=1)  # re-running completes
            service.catch_up()
            if summary(archive) != self.world.expected:
                broken.append("re-running the import did not give the reference archive")
            again, present = rules.present_or_absent(archive, self.world.files, service)
            broken += again
            if present != len(self.world.files):
                broken.append(f"after re-running, {present} of {len(self.world.files)} present")
        finally:
            service.close()
        return broken

    def _after_reindex(self, archive: Archive, trial: Path, number: int) -> list[str]:
        service = SearchService(archive)
        try:
            service.catch_up()
            broken = (
                []
                if service.search(self.world.big_phrase).hits
                else ["the big transcript is not found after the kill"]
            )
            if number % 10 == 0:
                service.rebuild()  # re-running completes
                if not service.search(self.world.big_phrase).hits:
                    broken.append("not found after re-running the reindex")
        finally:
            service.close()
        return broken

    def _after_edit(self, archive: Archive, trial: Path, number: int) -> list[str]:
        broken = self._edits_whole(archive)
        edit_loop(archive, EDITS)  # re-running completes
        broken += self._edits_whole(archive, expect=EDITS)
        service = SearchService(archive)
        try:
            if not service.search(f"编辑人{EDITS - 1:04d}", kinds=("person",)).hits:
                broken.append("the last edit is not found by search")
        finally:
            service.close()
        return broken

    def _edits_whole(self, archive: Archive, expect: int | None = None) -> list[str]:
        rows = archive.db.execute(
            "SELECT i.title, p.name FROM interview i JOIN interview_person ip ON ip.interview_id "
            "= i.id JOIN person p ON p.id = ip.person_id WHERE i.title LIKE 'edit %'"
        ).fetchall()
        titles = archive.db.execute("SELECT count(*) FROM interview WHERE title LIKE 'edit %'")
        names = archive.db.execute("SELECT count(*) FROM person WHERE name LIKE '编辑人%'")
        counts = (len(rows), titles.fetchone()[0], names.fetchone()[0])
        broken = [] if len(set(counts)) == 1 else [f"an edit is half there: {counts}"]
        numbers = sorted(int(str(title).split()[1]) for title, _ in rows)
        if numbers != list(range(len(numbers))):
            broken.append("edits are missing from the middle")
        if expect is not None and len(numbers) != expect:
            broken.append(f"re-running the edits gave {len(numbers)} of {expect}")
        return broken

    def _after_export(self, archive: Archive, trial: Path, number: int) -> list[str]:
        out = trial / "export" / "narrator.vtt"
        broken = []
        found = out.read_text(encoding="utf-8") if out.exists() else None
        if found not in (OLD_EXPORT, self.expected_export):
            broken.append("the export file is neither the old one nor the new one, whole")
        leftovers = [p.name for p in out.parent.iterdir() if p.name != out.name]
        if leftovers:
            self.notes["a killed export left its hidden temporary file beside the target"] += 1
        archive.close()  # the export records its release: it needs the writer's place
        child = self._start(self._command("export", archive.root))
        child.communicate(timeout=120)
        if child.returncode != 0 or out.read_text(encoding="utf-8") != self.expected_export:
            broken.append("re-running the export did not complete")
        return broken

    def _after_migration(self, archive: Archive, trial: Path, number: int) -> list[str]:
        broken = []
        version = migrations.current_version(archive.conn)
        if version != migrations.latest_version():
            broken.append(f"catalogue left at version {version}")
        count = archive.db.execute("SELECT count(*) FROM interview").fetchone()[0]
        if count != self.world.old_interviews:
            broken.append(f"{count} interviews after migrating, not {self.world.old_interviews}")
        added = archive.db.execute("SELECT count(*) FROM person WHERE name = '迁移后的人'")
        if added.fetchone()[0] > 1:
            broken.append("the command's person was added twice")
        return broken


def run_campaign(
    kills: int | Mapping[str, int],
    disks: int,
    vanished: int,
    fifos: int,
    bad_names: int,
    visits: int,
    seed: int,
    work: Path,
    log: Callable[[str], None] = print,
    durations: Mapping[str, float] | None = None,
) -> dict[str, Tally]:
    """Run the faults; ``kills`` per kind of work (alternately the main process only and the
    whole group); ``durations`` of each uninterrupted run, measured when not given."""
    log(f"building the field trip and the template archives in {work}")
    world = build_world(work / "world", visits)
    campaign = Campaign(world, work, seed, log)
    campaign.expect_export()
    campaign.learn_known_problems()
    for kind in KILLED:
        if durations is not None and kind in durations:
            campaign.durations[kind] = durations[kind]
        else:
            log(f"{kind} takes {campaign.measure(kind):.2f} s uninterrupted")
    for kind in KILLED:
        count = kills if isinstance(kills, int) else kills.get(kind, 0)
        for number in range(count):
            campaign.kill_trial(kind, number, whole_group=number % 2 == 1)
        log(f"{kind}: {count} kills done")
    if campaign.notes:
        campaign.tallies["kill during export (whole group)"].notes.update(campaign.notes)
    for number in range(disks):
        disk_full(campaign, number, 1200 + number * 6000 // max(1, disks))
    for number in range(vanished):
        import_fault(campaign, "vanished file", number, lambda source: [])
    for number in range(fifos):
        import_fault(campaign, "FIFO and socket", number, fifos_and_sockets)
    for number in range(bad_names):
        import_fault(campaign, "names that are not UTF-8", number, names_not_utf8)
    return campaign.tallies


def report(tallies: dict[str, Tally]) -> str:
    lines = [f"{'fault':<42} {'tried':>6} {'survived':>9} {'lock kept next out':>19}"]
    for name, tally in tallies.items():
        lines.append(
            f"{name:<42} {tally.tried:>6} {tally.survived:>9} {tally.longest_wait_s:>17.2f} s"
        )
        lines += [f"    note: {note} ({count}x)" for note, count in tally.notes.items()]
        lines += [f"    BROKEN {failure}" for failure in tally.failures[:10]]
    total = sum(t.tried for t in tallies.values())
    survived = sum(t.survived for t in tallies.values())
    lines.append(f"{'all':<42} {total:>6} {survived:>9}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=100, help="SIGKILLs per kind of work")
    parser.add_argument("--disks", type=int, default=12, help="imports onto a small tmpfs")
    parser.add_argument("--vanished", type=int, default=10)
    parser.add_argument("--fifos", type=int, default=3)
    parser.add_argument("--bad-names", type=int, default=3)
    parser.add_argument("--visits", type=int, default=8, help="visits in the field trip")
    parser.add_argument("--seed", type=int, default=20241210)
    parser.add_argument("--work", type=Path, help="working folder (default: a temporary one)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="faults-campaign-"))
    started = time.monotonic()
    tallies = run_campaign(
        args.kills,
        args.disks,
        args.vanished,
        args.fifos,
        args.bad_names,
        args.visits,
        args.seed,
        work,
        log=lambda m: print(m, file=sys.stderr),
    )
    if args.json:
        print(
            json.dumps(
                {
                    name: {
                        "tried": t.tried,
                        "survived": t.survived,
                        "longest_wait_s": round(t.longest_wait_s, 3),
                        "failures": t.failures,
                        "notes": dict(t.notes),
                    }
                    for name, t in tallies.items()
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        print(report(tallies))
        print(f"({time.monotonic() - started:.0f} s)")
    if args.work is None:
        remove(work)
    return 0 if all(t.tried == t.survived for t in tallies.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
