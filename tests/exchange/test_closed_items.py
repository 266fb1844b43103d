"""A closed item appears in no file of any export (property test over random archives).

Every exit that writes files from a release is listed in ``EXPORTS``; each is run on random
archives whose interviews have random consent, and every file it writes is searched for the
names of the people of each held-back interview, its transcript lines and its media hashes
(as text, and as the hash of any file written). The bag export joins by adding itself to
``EXPORTS``.
"""

from __future__ import annotations

import hashlib
import random
import struct
import wave
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from archive_app.core import interviews, people
from archive_app.core.archive import Archive
from archive_app.core.consent import store
from archive_app.core.ingest import ingest
from archive_app.core.transcripts import store as transcripts
from archive_app.core.transcripts.parse import Segment
from archive_app.exchange.bag import BagOptions, export_bag
from archive_app.exchange.dublin_core import export_csv
from archive_app.exchange.film import FilmOptions, export_films
from archive_app.exchange.ohms import export_ohms
from archive_app.exchange.release import Release, Selection, prepare_release
from archive_app.exchange.site import export_site

pytestmark = pytest.mark.timeout(600)

Export = Callable[[Release, Path, Path], object]

#: every exit that writes files from a release: (name, how to run it into a new folder)
EXPORTS: dict[str, Export] = {
    "site": lambda release, out, root: export_site(release, out, root),
    "films": lambda release, out, root: export_films(
        release, out, root, FilmOptions(second_tier="English")
    ),
    # the archivist's exits, run together on each archive: a bag (folder and zip), OHMS, CSV
    "collections": lambda release, out, root: _collections(release, out, root),
}


def _collections(release: Release, out: Path, root: Path) -> None:
    import zipfile

    out.mkdir()
    export_bag(release, out / "bag", root, BagOptions())
    zipped = export_bag(release, out.parent / "bag.zip", root, BagOptions(as_zip=True)).target
    with zipfile.ZipFile(zipped) as packed:
        packed.extractall(out / "unzipped")
    export_ohms(release, out / "ohms", root)
    export_csv(release, out / "stories.csv", root)


SURNAMES = "赵钱孙李周吴郑冯陈褚卫蒋沈韩杨朱秦尤许何吕施孔曹严华魏陶姜"
GIVEN = "秀英建军丽萍小芳浩然雨涵子豪晓燕国强桂兰志明嘉仪"
WORDS = "春节回家打工学校奶奶爷爷电话视频车票高铁火车庄稼田地猪鸡鸭鹅河水山坡老屋门前"
STATES = ("open", "open_pseudonym", "none", "withdrawn", "embargoed", "family_only", "no_face")


@dataclass
class Planned:
    name: str
    state: str
    lines: tuple[str, str]
    mentions: int | None  # another interview's narrator named in a line


def _wav(path: Path, seed: int) -> None:
    noise = random.Random(seed)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"".join(struct.pack("<h", noise.randint(-800, 800)) for _ in range(8000)))


def _photo(path: Path, seed: int) -> None:
    shade = random.Random(seed)
    Image.new("RGB", (64, 48), tuple(shade.randint(0, 255) for _ in range(3))).save(path)


@st.composite
def archives(draw: st.DrawFn) -> list[Planned]:
    count = draw(st.integers(2, 4))
    names = draw(
        st.lists(
            st.tuples(st.sampled_from(SURNAMES), st.text(GIVEN, min_size=2, max_size=2)),
            min_size=count,
            max_size=count,
            unique_by=lambda n: n[0],
        )
    )
    plans = []
    for number, (surname, given_name) in enumerate(names):
        lines = tuple(
            f"{number}号" + draw(st.text(WORDS, min_size=6, max_size=14)) for _ in range(2)
        )
        mention = draw(st.one_of(st.none(), st.integers(0, count - 1)))
        plans.append(
            Planned(surname + given_name, draw(st.sampled_from(STATES)), lines, mention)  # type: ignore[arg-type]
        )
    return plans


def _build(root: Path, plans: list[Planned]) -> tuple[Archive, list[str], dict[str, set[str]]]:
    archive = Archive.create(root / "archive")
    files = root / "files"
    files.mkdir()
    interview_ids: list[str] = []
    with archive.transaction() as db:
        person_ids = [people.add_person(db, p.name, birth_date="1970") for p in plans]
        for number in range(len(plans)):
            interview_ids.append(interviews.add_interview(db, f"故事{number}号", date="2024-02-10"))
            interviews.link_person(db, interview_ids[-1], person_ids[number], "narrator")
    media: dict[str, set[str]] = {}
    for number in range(len(plans)):
        wav, jpg = files / f"r{number}.wav", files / f"p{number}.jpg"
        _wav(wav, number + 7919 * len(plans))
        _photo(jpg, number)
        ingest(archive, [wav, jpg], interview_id=interview_ids[number])
        media[interview_ids[number]] = {
            hashlib.sha256(wav.read_bytes()).hexdigest(),
            hashlib.sha256(jpg.read_bytes()).hexdigest(),
        }
    with archive.transaction() as db:
        for number, plan in enumerate(plans):
            lines = list(plan.lines)
            if plan.mentions is not None and plan.mentions != number:
                lines[1] += f"，{plans[plan.mentions].name}说的"
            segments = [Segment(0.1, 0.5, "", lines[0]), Segment(0.5, 0.9, "", lines[1])]
            transcripts.add_transcript(db, interview_ids[number], segments, tier="普通话")
            terms: dict[str, object] = {
                "date": "2024-01-01",
                "audiences": ["family", "research", "public"],
            }
            if plan.state == "none":
                continue
            if plan.state == "open_pseudonym":
                terms["pseudonym"] = "化名" + str(number)
            if plan.state == "embargoed":
                terms["embargo_until"] = "2999-01-01"
            if plan.state == "family_only":
                terms["audiences"] = ["family"]
            if plan.state == "no_face":
                terms["show_face"] = False
            consent = store.add_consent(db, person_ids[number], **terms)  # type: ignore[arg-type]
            if plan.state == "withdrawn":
                store.withdraw_consent(db, consent, date="2024-06-01", reason="changed her mind")
    return archive, interview_ids, media


def _every_file(folder: Path) -> list[tuple[Path, bytes]]:
    return [(p, p.read_bytes()) for p in sorted(folder.rglob("*")) if p.is_file()]


@pytest.mark.parametrize("exit_name", sorted(EXPORTS))
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(plans=archives(), audience=st.sampled_from(("family", "research", "public")))
def test_a_closed_item_is_in_no_file(
    exit_name: str, plans: list[Planned], audience: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    root = tmp_path_factory.mktemp("closed")
    archive, interview_ids, media = _build(root, plans)
    try:
        release = prepare_release(
            archive.db, archive.root, Selection(interview_ids=tuple(interview_ids)), audience
        )
        out = root / "out"
        EXPORTS[exit_name](release, out, archive.root)
        written = _every_file(out)
        held = {h.item_id for h in release.held_back}
        released = {s.id for s in release.stories}
        assert held | released >= set(interview_ids)
        for number, interview_id in enumerate(interview_ids):
            if interview_id not in held:
                continue
            closed = plans[number]
            secrets = [closed.name, *closed.lines, *media[interview_id]]
            for path, content in written:
                for secret in secrets:
                    assert secret.encode() not in content, (exit_name, path.name, secret)
                assert hashlib.sha256(content).hexdigest() not in media[interview_id]
        # what the gate let through does go out (the test could not pass by writing nothing)
        if exit_name in ("site", "collections") and released:
            text = b"".join(content for _, content in written)
            opened = [plans[interview_ids.index(i)] for i in released]
            assert all(p.lines[0].encode() in text for p in opened)
    finally:
        archive.close()
