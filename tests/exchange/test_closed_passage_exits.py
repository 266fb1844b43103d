"""A closed passage's words are in no file of any export, and its sound in no voice
(property test over random transcripts and passages).

Random interviews with one or two recordings, random transcripts (lines timed, untimed, or
without an end) and random closed passages are exported for every audience by every exit in
``EXITS``. The oracle is worked out here, apart from the gate: a line with a start and an end
that shares time with a passage closed to the audience (on the interview's timeline, the
recordings one after another) is closed. Its words, and a word only it holds, must be in no
file; the films' subtitles must not show them; and what is not closed does go out, so the test
cannot pass by writing nothing. The bag export joins by adding itself to ``EXITS``.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import struct
import wave
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive_app.core import audit, interviews, people
from archive_app.core.archive import Archive
from archive_app.core.consent import passages, store
from archive_app.core.ingest import ingest
from archive_app.core.search.service import SearchService
from archive_app.core.transcripts import store as transcripts
from archive_app.core.transcripts.segment import Segment
from archive_app.exchange.bag import BagOptions, export_bag
from archive_app.exchange.film import FilmOptions, export_films, find_cjk_font, timeline
from archive_app.exchange.release import Release, Selection, prepare_release, record_release
from archive_app.exchange.site import export_site

pytestmark = pytest.mark.timeout(900)

Exit = Callable[[Release, Path, Path], object]

#: every exit that writes files from a release
EXITS: dict[str, Exit] = {
    "site": lambda release, out, root: export_site(release, out, root),
    "films": lambda release, out, root: export_films(release, out, root, FilmOptions()),
    "bag": lambda release, out, root: export_bag(release, out, root, BagOptions()),
}

AUDIENCES = ("family", "research", "public")
WORDS = "春节回家打工学校奶奶爷爷电话视频车票高铁火车庄稼田地河水山坡老屋门前"
SECONDS = 4.0  # each recording's length


@dataclass(frozen=True)
class Line:
    start: float | None
    end: float | None
    words: str

    @property
    def token(self) -> str:
        """The Latin word only this line holds (the site's search index keeps whole words)."""
        return self.words.split(" ")[-1]


@dataclass(frozen=True)
class Closing:
    recording: int
    start: float
    end: float
    audiences: tuple[str, ...]


@dataclass(frozen=True)
class Plan:
    recordings: int
    lines: tuple[Line, ...]
    closings: tuple[Closing, ...]


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    recordings = draw(st.integers(1, 2))
    total = recordings * SECONDS
    lines = []
    at = 0.0
    for number in range(draw(st.integers(2, 9))):
        words = draw(st.text(WORDS, min_size=4, max_size=9)) + f" qz{number:03d}x"
        shape = draw(st.sampled_from(("timed", "timed", "timed", "open_end", "untimed")))
        if shape == "untimed":
            lines.append(Line(None, None, words))
            continue
        at = min(total - 0.1, at + draw(st.sampled_from((0.0, 0.3, 0.6, 1.0))))
        length = draw(st.sampled_from((0.2, 0.5, 0.9)))
        end = None if shape == "open_end" else round(min(total, at + length), 3)
        lines.append(Line(round(at, 3), end, words))
    closings = []
    for _ in range(draw(st.integers(1, 3))):
        start = draw(st.integers(0, int(SECONDS * 10) - 2)) / 10
        length = draw(st.integers(1, 15)) / 10
        audiences = draw(st.lists(st.sampled_from(AUDIENCES), min_size=1, max_size=3, unique=True))
        closings.append(
            Closing(
                draw(st.integers(0, recordings - 1)),
                start,
                # to the millisecond, as a passage is kept (0.2 + 0.4 is 0.6000000000000001)
                round(min(SECONDS, start + length), 3),
                tuple(audiences),
            )
        )
    return Plan(recordings, tuple(lines), tuple(closings))


def _wav(path: Path, seed: int) -> None:
    noise = random.Random(seed)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(
            b"".join(
                struct.pack("<h", noise.randint(-800, 800)) for _ in range(int(SECONDS * 8000))
            )
        )


def _build(root: Path, plan: Plan) -> tuple[Archive, str]:
    archive = Archive.create(root / "archive")
    files = root / "files"
    files.mkdir()
    with archive.transaction() as db:
        narrator = people.add_person(db, "李桂兰", birth_date="1951")
        interview = interviews.add_interview(db, "外婆的故事", date="2024-02-10")
        interviews.link_person(db, interview, narrator, "narrator")
        store.add_consent(db, narrator, date="2024-02-10", audiences=list(AUDIENCES))
    for number in range(plan.recordings):
        _wav(files / f"part{number}.wav", number + 17 * len(plan.lines))
    ingest(archive, sorted(files.iterdir()), interview_id=interview, workers=1)
    recordings = [
        str(row[0])
        for row in archive.db.execute(
            "SELECT id FROM recording ORDER BY position, original_name"
        ).fetchall()
    ]
    assert len(recordings) == plan.recordings
    with archive.transaction() as db:
        transcripts.add_transcript(
            db,
            interview,
            [Segment(line.start, line.end, "奶奶", line.words) for line in plan.lines],
        )
        for closing in plan.closings:
            passages.close_passage(
                db,
                recordings[closing.recording],
                start_s=closing.start,
                end_s=closing.end,
                audiences=closing.audiences,
                person_id=narrator,
                reason="不想让人听到",
                date="2025-01-01",
            )
    return archive, interview


def closed_by_oracle(plan: Plan, audience: str) -> set[int]:
    """The lines with a start and an end that share time with a passage closed to
    ``audience``."""
    found = set()
    for number, line in enumerate(plan.lines):
        if line.start is None or line.end is None or line.end <= line.start:
            continue
        for closing in plan.closings:
            if audience not in closing.audiences:
                continue
            start = closing.recording * SECONDS + closing.start
            end = closing.recording * SECONDS + closing.end
            if line.start < end and line.end > start:
                found.add(number)
    return found


def _every_file(folder: Path) -> bytes:
    return b"\0".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


@pytest.mark.parametrize("exit_name", sorted(EXITS))
@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(plan=plans())
def test_the_words_of_a_closed_passage_are_in_no_file_of_any_exit(
    exit_name: str, plan: Plan, tmp_path_factory: pytest.TempPathFactory
) -> None:
    root = tmp_path_factory.mktemp("passages")
    archive, interview = _build(root, plan)
    font = str(find_cjk_font(None))
    try:
        for audience in AUDIENCES:
            release = prepare_release(
                archive.db, archive.root, Selection(interview_ids=(interview,)), audience
            )
            (story,) = release.stories
            closed_by_gate = {
                number
                for number, line in enumerate(plan.lines)
                if all(s.text != line.words for t in story.tiers for s in t.segments)
            }
            expected = closed_by_oracle(plan, audience)
            assert expected <= closed_by_gate, (audience, expected, closed_by_gate)
            out = root / f"{exit_name}-{audience}"
            EXITS[exit_name](release, out, archive.root)
            written = _every_file(out)
            for number in closed_by_gate:
                line = plan.lines[number]
                assert line.words.encode() not in written, (exit_name, audience, line)
                assert line.token.encode() not in written, (exit_name, audience, line)
            if exit_name in ("site", "bag"):
                # what the gate let through does go out
                for number, line in enumerate(plan.lines):
                    if number not in closed_by_gate:
                        assert line.words.encode() in written
            if exit_name == "films" and story.tiers:
                # the subtitles burned in are the release's lines: none of the closed ones
                shots = timeline.shots(story, plan.recordings * SECONDS, font, story.tiers[0], None)
                shown = " ".join(s.words.text for s in shots if s.words is not None)
                for number in closed_by_gate:
                    assert plan.lines[number].token not in shown
            with archive.transaction() as db:
                record_release(db, release, f"export.{exit_name}")
            entry = audit.entries(archive.db)[-1]
            applied = entry["details"].get("passages_applied", [])
            closes = any(audience in c.audiences for c in plan.closings)
            assert bool(applied) == closes
            if closes:
                # no recording with a closed stretch went out as its original
                originals = {
                    hashlib.sha256(r.source.read_bytes()).hexdigest()
                    for r in story.recordings
                    if r.closed
                }
                for path in sorted(out.rglob("*")):
                    if path.is_file():
                        assert hashlib.sha256(path.read_bytes()).hexdigest() not in originals
                if exit_name == "bag":
                    # and the bag says which of its recordings are derivatives, and why
                    (metadata,) = (out / "data" / "metadata" / "story").iterdir()
                    told = json.loads(metadata.read_text(encoding="utf-8"))["story"]
                    redacted = [r for r in told["recordings"] if "redacted" in r]
                    assert len(redacted) == sum(1 for r in story.recordings if r.closed)
                    assert "redacted derivatives" in (out / "bag-info.txt").read_text("utf-8")
    finally:
        archive.close()


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(plan=plans())
def test_search_never_finds_nor_shows_the_words_of_a_closed_passage(
    plan: Plan, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """From the index and from the catalogue (while the index is being built), for every
    audience; a curator still finds every line."""
    root = tmp_path_factory.mktemp("search")
    archive, _interview = _build(root, plan)
    service = SearchService(archive)
    try:
        segment_of = {
            str(row[1]): str(row[0])
            for row in archive.db.execute("SELECT id, text FROM segment").fetchall()
        }
        for indexed in (False, True):
            if indexed:
                service.rebuild()
            for audience in ("curator", *AUDIENCES):
                closed = set() if audience == "curator" else closed_by_oracle(plan, audience)
                for number, line in enumerate(plan.lines):
                    found = service.search(line.token, audience=audience, limit=50)
                    assert found.from_fallback is not indexed
                    ids = {hit.id for hit in found.hits}
                    shown = " ".join(hit.snippet for hit in found.hits)
                    if number in closed:
                        assert segment_of[line.words] not in ids, (audience, line)
                        assert line.token not in shown and found.total == 0, (audience, line)
                    elif audience == "curator":
                        assert segment_of[line.words] in ids
                        assert line.token in shown.replace("[[", "").replace("]]", "")
                # what is found agrees with the release's lines (one gate for both)
                release = prepare_release(
                    archive.db, archive.root, Selection(interview_ids=(_interview,)), audience
                )
                released = {s.text for t in release.stories[0].tiers for s in t.segments}
                for line in plan.lines:
                    hits = service.search(line.token, audience=audience, limit=50).hits
                    assert any(h.id == segment_of[line.words] for h in hits) == (
                        line.words in released
                    ), (audience, line, indexed)
    finally:
        service.close()
        archive.close()


def test_a_curator_gets_every_line(tmp_path: Path) -> None:
    plan = Plan(
        1,
        (Line(0.5, 1.5, "奶奶说的话 qz001x"), Line(None, None, "没有时间的话 qz002x")),
        (Closing(0, 0.0, 3.0, AUDIENCES),),
    )
    archive, interview = _build(tmp_path, plan)
    try:
        release = prepare_release(
            archive.db, archive.root, Selection(interview_ids=(interview,)), "curator"
        )
        (story,) = release.stories
        assert [s.text for s in story.tiers[0].segments] == [line.words for line in plan.lines]
        assert all(not r.closed for r in story.recordings)
        family = prepare_release(
            archive.db, archive.root, Selection(interview_ids=(interview,)), "family"
        )
        assert family.stories[0].tiers[0].segments == ()
        assert family.stories[0].closed_ranges == [(0.0, 3.0)]
        assert not math.isinf(family.stories[0].closed_ranges[0][1])
    finally:
        archive.close()
