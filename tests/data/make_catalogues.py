"""Make the stored catalogues ``catalogue_vN.sqlite`` of every released schema version.

Each is made by the code of the commit that brought that version in, not by today's code: the
commit is checked out in a temporary git worktree and this same file is run there again with
``--fill``, in a child Python whose ``archive_app`` is that commit's. The child makes an archive
with the commit's own ``Archive.create`` (so the schema is exactly what that commit wrote) and
fills it with records of every kind the version knows, through the commit's own functions where
it had them (people, places, interviews, import, transcripts, consent, sections...) and plain
SQL for the few tables it had no writer for yet. Media files are not kept: only the catalogue.

Run from the repository root, with the project's virtual environment::

    .venv/bin/python tests/data/make_catalogues.py          # every version
    .venv/bin/python tests/data/make_catalogues.py 3 4      # some

Version 2 never was the newest of any commit: 6ddd628 brought m002 and m003 together. Each
migration commits on its own, so a catalogue stays at version 2 when m003 fails on it; the
child makes one by running 6ddd628's own runner with its migrations cut after the second.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import math
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
import tempfile
import wave
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]

#: schema version -> the commit that introduced it (``git log -- archive_app/core/migrations``)
RELEASES: dict[int, str] = {
    1: "375e35710c5628c50962b3225d9e6d60aad0369d",  # m001 catalogue
    2: "6ddd628f785977a820c539abff74d74a2e5eb786",  # m002 search queue (with m003, see above)
    3: "6ddd628f785977a820c539abff74d74a2e5eb786",  # m003 consent, before its change log
    4: "3f48a55aff1fd15a447d9ec61180bd581571624e",  # m004 sections
    5: "5a85eee2474f477b4f317242a9de21494f2253da",  # m005 gender codes
    6: "61234cd6def4746d68ff9e1805ce2bee945c731b",  # m006 family collections
    7: "d85082fb762a3f8be7029dbd752684fa8f505fca",  # m007 search facets
    8: "cdc7119278122c906c384b0fd268125fabd189f9",  # m008 history
    9: "9d29d0b6c3e005fd289c628618b9ba6d43baba4f",  # m009 closed passages
    10: "10ce8a01e9c0554f45522878b5c92b14516cb167",  # m010 fixity
}


# -- the parent: one worktree per version, the child fills, the catalogue is kept -----------


def make(version: int) -> Path:
    """Build ``catalogue_v{version}.sqlite`` in this folder and return its path."""
    commit = RELEASES[version]
    with tempfile.TemporaryDirectory(prefix=f"catalogue-v{version}-") as scratch:
        checkout = Path(scratch) / "checkout"
        archive = Path(scratch) / "archive"
        subprocess.run(
            ["git", "-C", str(REPO), "worktree", "add", "--detach", "-q", str(checkout), commit],
            check=True,
        )
        try:
            subprocess.run(
                [sys.executable, str(Path(__file__).resolve()), "--fill", str(version)]
                + [str(archive)],
                check=True,
                cwd=checkout,
                env={**os.environ, "PYTHONPATH": str(checkout), "PYTHONDONTWRITEBYTECODE": "1"},
            )
        finally:
            subprocess.run(
                ["git", "-C", str(REPO), "worktree", "remove", "--force", str(checkout)],
                check=True,
            )
        target = HERE / f"catalogue_v{version}.sqlite"
        _settle(archive / "archive.sqlite", target)
    return target


def _settle(catalogue: Path, target: Path) -> None:
    """Copy one self-contained file: WAL folded in, rollback journal, no free pages."""
    source = sqlite3.connect(catalogue)
    source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    target.unlink(missing_ok=True)
    copy = sqlite3.connect(target)
    source.backup(copy)
    source.close()
    copy.execute("PRAGMA journal_mode = DELETE")
    copy.execute("VACUUM")
    copy.close()


# -- the child: runs inside the old checkout ----------------------------------------------


def fill(version: int, root: Path) -> None:
    import archive_app
    from archive_app.core import migrations
    from archive_app.core.archive import Archive

    here = Path(archive_app.__file__).resolve().parent
    if Path.cwd().resolve() not in here.parents:
        raise SystemExit(f"archive_app comes from {here}, not from the checkout")
    if version == 2:
        every = migrations.all_migrations()
        migrations.all_migrations = lambda: every[:2]  # the runner stops after m002
    archive = Archive.create(root)
    try:
        if migrations.current_version(archive.conn) != version:
            raise SystemExit(
                f"the checkout makes version {migrations.current_version(archive.conn)}"
            )
        people = _fill_people(archive)
        if version == 1:
            media = _fill_media_by_hand(archive, people)
        else:
            media = _fill_media_by_import(archive, root.parent / "phone", people)
        _fill_tags_and_collections(archive, people, media)
        if version >= 3:
            _fill_consent(archive, people, media)
        else:
            with archive.transaction() as db:  # no writer for settings before consent's policy
                db.execute(
                    "INSERT INTO setting (key, value) VALUES ('archive_name', '\"台山侨乡\"')"
                )
        if version >= 4:
            _fill_sections(archive, people)
        if version >= 6:
            _fill_family_collections(archive, people)
        if version >= 8:
            _fill_history(archive, people)
        if version >= 9:
            _fill_closed_passages(archive, people, media)
        _fill_fixity(archive)
    finally:
        archive.close()


def _fill_family_collections(archive: Any, ids: dict[str, str]) -> None:
    from archive_app.core.family_mode.marks import mark_collection

    with archive.transaction() as db:
        collection = str(db.execute("SELECT id FROM collection ORDER BY id").fetchone()[0])
        mark_collection(db, ids["family"], collection)


def _fill_people(archive: Any) -> dict[str, str]:
    from archive_app.core import interviews, people, places

    ids: dict[str, str] = {}
    with archive.transaction() as db:
        province = places.add_place(db, "广东省", level="province", name_latin="Guangdong")
        city = places.add_place(
            db, "江门市", level="prefecture", parent_id=province, name_latin="Jiangmen"
        )
        county = places.add_place(
            db, "台山市", level="county", parent_id=city, name_latin="Taishan"
        )
        town = places.add_place(db, "斗山镇", level="township", parent_id=county)
        village = places.add_place(
            db, "浮石村", level="village", parent_id=town, latitude=22.03, longitude=112.78
        )
        ids.update(province=province, county=county, village=village)
        ids["grandma"] = people.add_person(
            db,
            "李桂兰",
            name_latin="Li Guilan",
            other_names=["桂兰婆", "阿兰"],
            birth_date="1951",
            gender="female",
            home_place_id=village,
            notes="带大了两个孙辈",
        )
        ids["grandpa"] = people.add_person(db, "张德明", birth_date="1948-07-02", gender="male")
        ids["mother"] = people.add_person(
            db, "张丽", birth_date="1979-11", gender="female", home_place_id=village
        )
        ids["father"] = people.add_person(db, "黄志强", birth_date="1977", gender="male")
        ids["child"] = people.add_person(
            db, "张小雨", name_latin="Zhang Xiaoyu", birth_date="2012-03-15", gender="female"
        )
        ids["interviewer"] = people.add_person(db, "陈老师", notes="县中学的老师")
        family = people.add_family(db, "张家", home_place_id=village, notes="三代同堂")
        for person, relationship in (
            ("grandma", "grandmother"),
            ("grandpa", "grandfather"),
            ("mother", "mother"),
            ("father", "father"),
            ("child", "child"),
        ):
            people.add_member(db, family, ids[person], relationship)
        ids["family"] = family
        ids["away"] = people.add_migration(
            db,
            ids["mother"],
            "深圳",
            from_place_id=village,
            work="电子厂流水线",
            from_date="2013-02",
            notes="每年春节回家",
        )
        people.add_migration(
            db, ids["father"], "东莞", work="建筑工地", from_date="2010", to_date="2019-06"
        )
        ids["spring"] = interviews.add_interview(
            db,
            "外婆的春节",
            date="2024-02-10",
            place_id=village,
            language="Taishanese",
            summary="外婆讲女儿每年春节回家的那几天。",
            keywords=["留守儿童", "春节"],
            status="transcribed",
        )
        ids["letters"] = interviews.add_interview(
            db, "写给妈妈的信", date="2023-08", keywords=["书信"], status="recorded"
        )
        for interview, person, role in (
            ("spring", "grandma", "narrator"),
            ("spring", "interviewer", "interviewer"),
            ("spring", "mother", "mentioned"),
            ("letters", "child", "narrator"),
            ("letters", "grandma", "mentioned"),
        ):
            interviews.link_person(db, ids[interview], ids[person], role)
    return ids


def _fill_media_by_hand(archive: Any, ids: dict[str, str]) -> dict[str, str]:
    """Version 1's commit had no import yet: media rows through its generic record writer."""
    from archive_app.core import records
    from archive_app.core.clock import now_iso

    media: dict[str, str] = {}
    with archive.transaction() as db:
        shas = {}
        for name, content, extension in (
            ("外婆的春节 2024-02-10.wav", _wav(2.0), ".wav"),
            ("春节团圆.jpg", _jpeg(), ".jpg"),
            ("consent form 李桂兰.pdf", _pdf(), ".pdf"),
            ("外婆的春节 2024-02-10.srt", SRT.encode("utf-8"), ".srt"),
        ):
            sha = hashlib.sha256(content).hexdigest()
            shas[extension] = sha
            db.execute(
                "INSERT INTO media_file (sha256, size, extension, stored_path, original_name, "
                "imported_at) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    sha,
                    len(content),
                    extension,
                    f"media/{sha[:2]}/{sha}{extension}",
                    name,
                    now_iso(),
                ],
            )
        media["recording"] = records.insert(
            db,
            "recording",
            {
                "interview_id": ids["spring"],
                "sha256": shas[".wav"],
                "original_name": "外婆的春节 2024-02-10.wav",
                "media_type": "audio",
                "format": "wav",
                "duration_s": 2.0,
                "channels": 1,
                "sample_rate": 8000,
            },
        )
        media["photo"] = records.insert(
            db,
            "photo",
            {
                "interview_id": ids["spring"],
                "sha256": shas[".jpg"],
                "original_name": "春节团圆.jpg",
                "format": "jpeg",
                "width": 64,
                "height": 48,
                "orientation": 1,
                "taken_at": "2024-02-10",
                "camera": "HUAWEI nova 5",
                "caption": "年三十的团圆饭",
                "place_id": ids["village"],
            },
        )
        db.execute(
            "INSERT INTO photo_person (photo_id, person_id) VALUES (?, ?), (?, ?)",
            [media["photo"], ids["grandma"], media["photo"], ids["child"]],
        )
        media["form"] = records.insert(
            db,
            "document",
            {
                "interview_id": ids["spring"],
                "sha256": shas[".pdf"],
                "original_name": "consent form 李桂兰.pdf",
                "format": "pdf",
                "title": "知情同意书",
                "document_type": "consent_form",
            },
        )
        transcript = records.insert(
            db,
            "transcript",
            {
                "interview_id": ids["spring"],
                "sha256": shas[".srt"],
                "original_name": "外婆的春节 2024-02-10.srt",
                "source_format": "srt",
                "source_encoding": "utf-8",
                "language": "zh-CN",
                "tier": "Mandarin",
            },
        )
        for position, (start, end, speaker, text) in enumerate(SEGMENTS):
            records.insert(
                db,
                "segment",
                {
                    "transcript_id": transcript,
                    "position": position,
                    "start_s": start,
                    "end_s": end,
                    "speaker": speaker,
                    "text": text,
                },
            )
        media["transcript"] = transcript
    return media


def _writers() -> Any:
    """The commit's own writers for the edits that are not adding: ``browse`` up to version 4,
    the edit operations (``edits``) from version 8 on, None in version 1 (no writer yet)."""
    try:
        from archive_app.core import browse
    except ImportError:
        pass
    else:
        return browse
    try:
        from archive_app.core import edits
    except ImportError:
        return None

    class Edits:
        """The few browse functions this file calls, through the operations."""

        @staticmethod
        def set_fields(db: Any, kind: str, record_id: str, fields: dict[str, Any]) -> None:
            edits.run(db, edits.SetFields(kind, record_id, fields))

        @staticmethod
        def link_photo_person(db: Any, photo_id: str, person_id: str) -> None:
            edits.run(db, edits.depict(photo_id, person_id))

        @staticmethod
        def find_or_add_tag(db: Any, name: str) -> str:
            found = db.execute("SELECT id FROM tag WHERE name = ?", [name]).fetchone()
            if found:
                return str(found[0])
            return str(edits.run(db, edits.add("tag", {"name": name})).value)

        @staticmethod
        def tag_item(db: Any, tag_id: str, item_id: str) -> None:
            edits.run(db, edits.Link("item_tag", {"tag_id": tag_id, "item_id": item_id}))

        @staticmethod
        def add_collection(db: Any, name: str, description: str) -> str:
            fields = {"name": name, "description": description}
            return str(edits.run(db, edits.add("collection", fields)).value)

        @staticmethod
        def add_to_collection(db: Any, collection_id: str, item_id: str) -> None:
            edits.run(db, edits.collect(collection_id, item_id))

    return Edits


def _fill_fixity(archive: Any) -> None:
    """From the version that records fixity on (``core.fixity``): every original checked once,
    as ``check --fixity`` does. (Kept by feature, not by number: its number moved as other
    migrations landed before it.)"""
    try:
        from archive_app.core.fixity import verify_all
    except ImportError:
        return
    report = verify_all(archive)
    if not report.ok:
        raise SystemExit(f"the fixity check found problems: {report.problems}")


def _fill_history(archive: Any, ids: dict[str, str]) -> None:
    """From version 8 on: a change undone by another, and a record waiting in the bin."""
    from archive_app.core import edits

    retitled = edits.apply(archive, edits.set_fields("interview", ids["letters"], title="家书"))
    with archive.transaction() as db:
        edits.history.revert(db, retitled.change_id)
    mistaken = edits.apply(archive, edits.add("place", {"name": "错误的村子"}))
    edits.apply(archive, edits.remove("place", mistaken.value))


def _fill_media_by_import(archive: Any, phone: Path, ids: dict[str, str]) -> dict[str, str]:
    """From version 2 on: real files through the commit's own import and transcript store."""
    from archive_app.core import ingest
    from archive_app.core.transcripts import store
    from archive_app.core.transcripts.parse import Segment

    edit = _writers()

    phone.mkdir(parents=True)
    (phone / "外婆的春节 2024-02-10.wav").write_bytes(_wav(2.0))
    (phone / "外婆的春节 2024-02-10.srt").write_text(SRT, encoding="utf-8")
    (phone / "春节团圆.jpg").write_bytes(_jpeg())
    (phone / "consent form 李桂兰.pdf").write_bytes(_pdf())
    (phone / "家书 letter.jpg").write_bytes(_jpeg((200, 190, 160)))
    results = ingest.ingest(archive, [phone], interview_id=ids["spring"], workers=1)
    rejected = [r for r in results if r.status != "imported"]
    if rejected or len(results) != 5:
        raise SystemExit(f"import rejected {rejected}")

    def one(sql: str, *params: str) -> str:
        return str(archive.db.execute(sql, list(params)).fetchone()[0])

    media = {
        "recording": one("SELECT id FROM recording"),
        "photo": one("SELECT id FROM photo"),
        "form": one("SELECT id FROM document WHERE document_type = 'consent_form'"),
        "letter": one("SELECT id FROM document WHERE document_type = 'letter'"),
        "transcript": one("SELECT id FROM transcript"),
    }
    segments = one("SELECT count(*) FROM segment WHERE transcript_id = ?", media["transcript"])
    if segments != str(len(SEGMENTS)):
        raise SystemExit("the SRT did not import as expected")
    with archive.transaction() as db:
        edit.set_fields(
            db,
            "photo",
            media["photo"],
            {"caption": "年三十的团圆饭", "taken_at": "2024-02-10", "place_id": ids["village"]},
        )
        edit.set_fields(db, "document", media["form"], {"title": "知情同意书"})
        edit.link_photo_person(db, media["photo"], ids["grandma"])
        edit.link_photo_person(db, media["photo"], ids["child"])
        media["typed"] = store.add_transcript(
            db,
            ids["spring"],
            [Segment(0.0, 1.5, "Grandma", "That year my daughter came home on New Year's Eve.")],
            language="en",
            kind="translation",
            tier="English",
        )
    return media


def _fill_tags_and_collections(archive: Any, ids: dict[str, str], media: dict[str, str]) -> None:
    from archive_app.core import records

    browse = _writers()
    tagged = (
        ("留守儿童", [ids["spring"], ids["letters"], ids["child"]]),
        ("春节", [ids["spring"], media["photo"]]),
        ("侨乡", [ids["village"]]),
    )
    collected = (ids["spring"], media["photo"], ids["letters"])
    with archive.transaction() as db:
        if browse is not None:
            for name, items in tagged:
                tag = browse.find_or_add_tag(db, name)
                for item in items:
                    browse.tag_item(db, tag, item)
            collection = browse.add_collection(db, "台山的春节", "过年回家的故事")
            for item in collected:
                browse.add_to_collection(db, collection, item)
            return
        for name, items in tagged:
            tag = records.insert(db, "tag", {"name": name})
            for item in items:
                db.execute(
                    "INSERT INTO item_tag (tag_id, item_id, item_kind) VALUES (?, ?, ?)",
                    [tag, item, records.kind_of(db, item)],
                )
        collection = records.insert(
            db, "collection", {"name": "台山的春节", "description": "过年回家的故事"}
        )
        for position, item in enumerate(collected):
            db.execute(
                "INSERT INTO collection_item (collection_id, item_id, item_kind, position) "
                "VALUES (?, ?, ?, ?)",
                [collection, item, records.kind_of(db, item), position],
            )


def _fill_consent(archive: Any, ids: dict[str, str], media: dict[str, str]) -> None:
    from archive_app.core.consent import store

    with archive.transaction() as db:
        store.add_consent(
            db,
            ids["grandma"],
            date="2024-02-10",
            audiences=["family", "research", "public"],
            form_document_id=media["form"],
            notes="签字时女儿在场",
        )
        store.add_consent(
            db,
            ids["child"],
            date="2023-08-20",
            audiences=["family", "research"],
            given_by="guardian",
            guardian_id=ids["grandma"],
            relationship="grandmother",
            assent="yes",
            covers=[ids["letters"], media["photo"]],
            pseudonym="小雨",
            show_face=False,
            embargo_until="2030-01-01",
            verbal_recording_id=media["recording"],
            verbal_start_s=0.5,
            verbal_end_s=1.5,
        )
        withdrawn = store.add_consent(
            db, ids["mother"], date="2024-02-11", audiences=["public"], given_by="self"
        )
        store.withdraw_consent(db, withdrawn, date="2024-03-01", reason="不想让同事看到")
        store.set_renewal_policy(db, "suspend")


def _fill_sections(archive: Any, ids: dict[str, str]) -> None:
    from archive_app.core import sections

    with archive.transaction() as db:
        sections.add_section(
            db, ids["spring"], 0, "腊月等车", synopsis="外婆去镇上等长途车", keywords=["车站"]
        )
        sections.add_section(db, ids["spring"], 1.2, "年三十", keywords=["团圆饭", "春节"])


def _fill_closed_passages(archive: Any, ids: dict[str, str], media: dict[str, str]) -> None:
    from archive_app.core import edits

    closing = edits.ClosePassage(
        media["recording"],
        0.9,
        1.6,
        ["family", "public"],
        ids["grandma"],
        "不想让孙女听到那一段",
        "2024-02-12",
    )
    edits.apply(archive, closing)
    opened = edits.apply(
        archive,
        edits.ClosePassage(
            media["recording"], 0.0, 0.5, ["research"], ids["grandma"], "镇名", "2024-02-12"
        ),
    ).value
    edits.apply(archive, edits.OpenPassage(opened, "2024-03-01", "镇名可以说"))


# -- small real files -----------------------------------------------------------------------

SEGMENTS = (
    (0.0, 0.9, "奶奶", "那年腊月，我天天去镇上等车。"),
    (0.9, 1.6, "奶奶", "她进门的时候，小雨都不认得她了。"),
    (1.6, 2.0, "陈老师", "后来呢？"),
)
SRT = "".join(
    f"{n}\n00:00:0{int(a)},{round(a % 1 * 1000):03d} --> 00:00:0{int(b)},{round(b % 1 * 1000):03d}\n"
    f"{who}: {text}\n\n"
    for n, (a, b, who, text) in enumerate(SEGMENTS, start=1)
)


def _wav(seconds: float, rate: int = 8000) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(rate)
        frames = (
            struct.pack("<h", int(8000 * math.sin(2 * math.pi * 300 * i / rate)))
            for i in range(int(seconds * rate))
        )
        sound.writeframes(b"".join(frames))
    return out.getvalue()


def _jpeg(colour: tuple[int, int, int] = (180, 40, 40)) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(out, "JPEG", quality=80)
    return out.getvalue()


def _pdf() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (120, 170), "white").save(out, "PDF")
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("versions", nargs="*", type=int, default=sorted(RELEASES))
    parser.add_argument("--fill", nargs=2, metavar=("VERSION", "ARCHIVE"), help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.fill:
        fill(int(arguments.fill[0]), Path(arguments.fill[1]))
        return
    if shutil.which("git") is None:
        raise SystemExit("git is needed to check out the old commits")
    for version in arguments.versions:
        print(f"version {version}: {make(version).relative_to(REPO)}")


if __name__ == "__main__":
    main()
