"""What the fault campaign works on: a field trip to import, and template archives copied fresh
for every trial (one to import into, one big enough for the index's multi-process rebuild, one
full archive to edit and export from, one old catalogue to migrate)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import sys
import uuid
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from archive_app.core import interviews  # noqa: E402
from archive_app.core.archive import Archive  # noqa: E402
from archive_app.core.ingest import ingest  # noqa: E402
from archive_app.core.search.service import SearchService  # noqa: E402
from archive_app.core.transcripts.parse import Segment  # noqa: E402
from archive_app.core.transcripts.store import add_transcript  # noqa: E402
from tests.core.media_fixtures import make_jpeg, make_wav  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
#: segments of the big transcript: a rebuild of the index long enough to be killed in
BIG_TRANSCRIPT = 2400
#: rows added to the old (version 1) catalogue so that migrating it takes a moment
OLD_INTERVIEWS = 20000


@dataclass(frozen=True)
class SourceFile:
    path: Path
    kind: str  # recording | transcript | photo
    sha256: str
    phrase: str = ""  # a word only this transcript holds (to search for)


@dataclass
class World:
    root: Path
    source: Path
    files: list[SourceFile] = field(default_factory=list)
    expected: list[tuple[str, str, str]] = field(default_factory=list)  # kind, name, title
    empty: Path = Path()
    big: Path = Path()
    big_phrase: str = ""
    full: Path = Path()
    transcript_id: str = ""
    old: Path = Path()
    old_interviews: int = 0


def sha_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def field_trip(folder: Path, visits: int) -> list[SourceFile]:
    """Visits of a recording, its transcript (holding a word of its own) and two photos."""
    made: list[SourceFile] = []
    for visit in range(visits):
        where = folder / f"visit {visit:02d}"
        where.mkdir(parents=True)
        base = f"narrator {visit:02d} 2024-02-{visit % 27 + 1:02d}"
        wav = make_wav(where / f"{base}.wav", seconds=1.5 + visit / 50)
        made.append(SourceFile(wav, "recording", sha_of(wav)))
        word = f"zq{visit:02d}marker"
        srt = where / f"{base}.srt"
        srt.write_text(
            "1\n00:00:00,000 --> 00:00:01,000\n"
            f"妈妈：我在深圳的工厂上班，第{visit + 1}年了。 {word}\n",
            encoding="utf-8",
        )
        made.append(SourceFile(srt, "transcript", sha_of(srt), word))
        for shot in range(2):
            jpg = make_jpeg(
                where / f"IMG_{visit:02d}{shot}.jpg", size=(800 + visit, 600 + shot), orientation=6
            )
            made.append(SourceFile(jpg, "photo", sha_of(jpg)))
    return made


def summary(archive: Archive) -> list[tuple[str, str, str]]:
    """What an archive holds, independent of ids: (kind, file name, interview title)."""
    found = []
    for kind in ("recording", "transcript", "photo", "document"):
        for name, title in archive.db.execute(
            f"SELECT x.original_name, coalesce(i.title, '') FROM [{kind}] x "
            "LEFT JOIN interview i ON i.id = x.interview_id"
        ).fetchall():
            found.append((kind, str(name), str(title)))
    return sorted(found)


def build_world(root: Path, visits: int) -> World:
    root.mkdir(parents=True, exist_ok=True)
    world = World(root, root / "source")
    world.files = field_trip(world.source, visits)

    world.empty = root / "empty"
    Archive.create(world.empty).close()

    world.full = root / "full"
    with Archive.create(world.full) as archive:
        ingest(archive, [world.source], workers=1)
        world.expected = summary(archive)
        service = SearchService(archive)
        service.catch_up()
        for item in world.files:  # the rule "searchable" must be able to pass
            if item.phrase and not service.search(item.phrase, kinds=("segment",)).hits:
                raise SystemExit(f"the reference does not find {item.phrase}: fix the campaign")
        service.close()
        world.transcript_id = str(
            archive.db.execute("SELECT id FROM transcript ORDER BY original_name").fetchone()[0]
        )

    world.big = root / "big"
    world.big_phrase = "bigmarkerword"
    with Archive.create(world.big) as archive:
        with archive.transaction() as db:
            interview_id = interviews.add_interview(db, "一整年的录音")
            segments = [
                Segment(
                    float(n * 2),
                    float(n * 2 + 1.5),
                    "奶奶",
                    f"第{n}句：爸爸妈妈过年回家，孩子们在村口等。"
                    + (f" {world.big_phrase}" if n == BIG_TRANSCRIPT - 1 else ""),
                )
                for n in range(BIG_TRANSCRIPT)
            ]
            add_transcript(db, interview_id, segments, original_name="year.srt")
        SearchService(archive).catch_up()

    world.old = root / "old"
    world.old.mkdir()
    (world.old / "media").mkdir()
    shutil.copy(REPO / "tests" / "data" / "catalogue_v1.sqlite", world.old / "archive.sqlite")
    conn = sqlite3.connect(world.old / "archive.sqlite")
    with conn:
        conn.executemany(
            "INSERT INTO interview (id, title, created_at, updated_at) "
            "VALUES (?, ?, '2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z')",
            [(str(uuid.uuid4()), f"旧访谈 {n} 留守儿童") for n in range(OLD_INTERVIEWS)],
        )
    world.old_interviews = int(conn.execute("SELECT count(*) FROM interview").fetchone()[0])
    conn.close()
    return world


def fresh_copy(template: Path, target: Path) -> Path:
    """A private copy of a template archive for one trial (originals stay read-only)."""
    if target.exists():
        remove(target)
    shutil.copytree(template, target, symlinks=True)
    return target


def remove(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)  # read-only originals go too (the folder is ours)
