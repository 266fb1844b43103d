"""Three interviewers' archives, made from the sample: a shared start, then each works alone.

Each starts from the sample archive (a curator bag of it imported into an empty archive, as a
team hands its archive round), then:

- **A** retitles the grandmother's interview, adds an interview of her own with a new
  narrator, and records that one narrator withdrew their consent;
- **B** later retitles the same interview otherwise (a conflict B's newer edit wins), writes a
  summary for another interview, tags a third, and records a new, embargoed consent;
- **C** imports a new recording (a new interview) and puts it in a collection.
"""

from __future__ import annotations

import struct
import time
import wave
from pathlib import Path

from archive_app.core import edits, interviews, people
from archive_app.core.archive import Archive
from archive_app.core.consent import store
from archive_app.core.ingest import ingest
from archive_app.exchange.bag.importer import import_bag
from tests.exchange.bag_helpers import export_whole


def _tone(path: Path, pitch: int) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"".join(struct.pack("<h", (i * pitch) % 2000 - 1000) for i in range(8000)))


def _start(base: Path, folder: Path) -> Archive:
    archive = Archive.create(folder)
    import_bag(archive, base)
    return archive


def _first(archive: Archive, sql: str) -> str:
    return str(archive.db.execute(sql).fetchone()[0])


def make_interviewers(sample: Archive, root: Path) -> dict[str, Path]:
    """Bags of the three interviewers' archives, by name; the archives are closed."""
    base = export_whole(sample, root / "base")
    interview_ids = [
        str(r[0]) for r in sample.db.execute("SELECT id FROM interview ORDER BY date, id")
    ]
    shared, other, third = interview_ids[0], interview_ids[1], interview_ids[2]
    open_consent = _first(
        sample, "SELECT id FROM consent WHERE withdrawn_on IS NULL ORDER BY date, id LIMIT 1"
    )
    narrator = _first(
        sample, f"SELECT person_id FROM interview_person WHERE interview_id = '{other}' LIMIT 1"
    )

    a = _start(base, root / "a")
    with a.transaction() as db:
        edits.run(db, edits.SetFields("interview", shared, {"title": "外婆的一天（甲）"}))
        new = interviews.add_interview(db, "甲的新访谈", date="2024-03-01")
        person = people.add_person(db, "甲访的人", birth_date="1960")
        interviews.link_person(db, new, person, "narrator")
        store.withdraw_consent(db, open_consent, date="2024-06-01", reason="asked by phone")
    a.close()
    time.sleep(0.01)  # B's edit of the shared interview is the newer one

    b = _start(base, root / "b")
    with b.transaction() as db:
        edits.run(db, edits.SetFields("interview", shared, {"title": "外婆的一天（乙）"}))
        edits.run(db, edits.SetFields("interview", other, {"summary": "乙写的摘要"}))
        edits.run(db, edits.tag(third, "乙的标签"))
        store.add_consent(
            db, narrator, date="2024-05-01", audiences=["public"], embargo_until="2099-01-01"
        )
    b.close()

    c = _start(base, root / "c")
    _tone(root / "丙的录音.wav", 7)
    result = ingest(c, [root / "丙的录音.wav"], workers=1)
    with c.transaction() as db:
        collection = str(edits.run(db, edits.add("collection", {"name": "丙的合集"})).value)
        edits.run(db, edits.collect(collection, str(result[0].interview_id)))
    c.close()

    bags = {}
    for name in ("a", "b", "c"):
        archive = Archive.open(root / name)
        bags[name] = export_whole(archive, root / f"bag-{name}")
        archive.close()
    return bags
