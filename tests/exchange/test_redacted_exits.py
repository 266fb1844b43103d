"""The sound each exit actually writes for an audience a passage is closed to: the story site's
voice, the film's sound track and the bag's derivative hold the fill inside the passage and the
recording's voice outside it, and nothing of the secret said inside it.

The recording is made as in ``test_redacted_audio``: a 440 Hz voice outside the closed stretch
and a 2500 Hz "secret" inside it, so whatever of the secret leaks shows as 2500 Hz energy.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from archive_app.core import interviews, people
from archive_app.core.archive import Archive
from archive_app.core.consent import passages, store
from archive_app.core.ingest import ingest
from archive_app.core.transcripts import store as transcripts
from archive_app.core.transcripts.segment import Segment
from archive_app.exchange.bag import BagOptions, export_bag
from archive_app.exchange.film import FilmOptions, export_films
from archive_app.exchange.release import Selection, prepare_release
from archive_app.exchange.site import export_site
from tests.exchange.test_redacted_audio import (
    SECRET_HZ,
    VOICE_HZ,
    _original,
    check,
    decode,
    power,
)

pytestmark = pytest.mark.timeout(300)

SECONDS = 3.0
CLOSED = [(1.0, 1.8)]


def _archive(root: Path) -> tuple[Archive, str, Path]:
    archive = Archive.create(root / "archive")
    files = root / "files"
    files.mkdir()
    source = files / "part.wav"
    _original(source, "wav", SECONDS, CLOSED)
    with archive.transaction() as db:
        narrator = people.add_person(db, "李桂兰", birth_date="1951")
        interview = interviews.add_interview(db, "外婆的故事", date="2024-02-10")
        interviews.link_person(db, interview, narrator, "narrator")
        store.add_consent(db, narrator, date="2024-02-10", audiences=["family", "public"])
    ingest(archive, [source], interview_id=interview, workers=1)
    (recording,) = [str(r[0]) for r in archive.db.execute("SELECT id FROM recording")]
    with archive.transaction() as db:
        transcripts.add_transcript(
            db,
            interview,
            [
                Segment(0.0, 0.9, "奶奶", "过年回家"),
                Segment(1.1, 1.7, "奶奶", "儿子离婚的事"),
                Segment(2.0, 2.9, "奶奶", "吃团圆饭"),
            ],
        )
        passages.close_passage(
            db,
            recording,
            start_s=CLOSED[0][0],
            end_s=CLOSED[0][1],
            audiences=["family"],
            person_id=narrator,
            reason="不想让孙子听到",
            date="2025-01-01",
        )
    return archive, interview, source


@pytest.mark.parametrize("fill", ["silence", "tone"])
@pytest.mark.parametrize("exit_name", ["site", "films", "bag"])
def test_the_sound_an_exit_writes_for_the_family_holds_nothing_of_the_passage(
    exit_name: str, fill: str, tmp_path: Path
) -> None:
    archive, interview, source = _archive(tmp_path)
    try:
        release = prepare_release(
            archive.db,
            archive.root,
            Selection(interview_ids=(interview,)),
            "family",
            passage_fill=fill,
        )
        out = tmp_path / exit_name
        if exit_name == "site":
            export_site(release, out, archive.root)
            (written,) = sorted((out / "media").glob("*.m4a"))
        elif exit_name == "films":
            export_films(release, out, archive.root, FilmOptions())
            (written,) = sorted(out.glob("*.mp4"))
        else:
            export_bag(release, out, archive.root, BagOptions())
            (written,) = sorted(p for p in (out / "data" / "redacted").rglob("*") if p.is_file())
        original, rate = decode(source)
        heard, heard_rate = decode(written)
        assert power(heard, SECRET_HZ, heard_rate) < power(original, SECRET_HZ, rate) * 1e-3
        assert power(heard, VOICE_HZ, heard_rate) > power(original, VOICE_HZ, rate) * 0.3
        if heard_rate == rate:  # sample by sample, within the codec's tolerance
            check(original, heard, rate, CLOSED, fill, exact=False)
        # the public may hear it all: its voice still holds what was said there
        public = prepare_release(
            archive.db, archive.root, Selection(interview_ids=(interview,)), "public"
        )
        open_out = tmp_path / f"{exit_name}-public"
        if exit_name == "site":
            export_site(public, open_out, archive.root)
            (whole,) = sorted((open_out / "media").glob("*.m4a"))
            kept, kept_rate = decode(whole)
            assert power(kept, SECRET_HZ, kept_rate) > power(original, SECRET_HZ, rate) * 0.3
    finally:
        archive.close()
