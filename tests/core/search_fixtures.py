"""A small archive with real Chinese text for the search tests, built in each test."""

from __future__ import annotations

from dataclasses import dataclass, field

from archive_app.core import interviews, people, places, records
from archive_app.core.archive import Archive
from archive_app.core.clock import new_id, now_iso
from archive_app.core.transcripts.parse import Segment
from archive_app.core.transcripts.store import add_transcript


@dataclass
class Story:
    """Ids of what the story archive holds, by a name the tests use."""

    places: dict[str, str] = field(default_factory=dict)
    people: dict[str, str] = field(default_factory=dict)
    interviews: dict[str, str] = field(default_factory=dict)
    segments: dict[str, str] = field(default_factory=dict)
    photos: dict[str, str] = field(default_factory=dict)


# (name, text) of the segments of the Taishan interview; start times 0, 12.5, 25, ...
TAISHAN_SEGMENTS = [
    ("left_behind", "我们村里的留守兒童很多，都是爺爺奶奶帶大的。"),
    ("english", "We call them left-behind children; their parents work in Shenzhen."),
    ("hukou", "没有深圳的户口，孩子不能在城里上学。"),
    ("decoy_order", "儿童，户口，这些事情奶奶不懂。"),  # 儿童 and 户口 apart: no phrase 儿童户口
    ("decoy_apart", "留下来守着的都是老人，儿童也有。"),  # 留, 守, 儿童 but not 留守儿童
    ("xian", "爸爸后来去了西安打工。"),
    ("decoy_scattered", "她留守在家，守儿子长大，过了儿童节。"),  # 留守 守儿 儿童, never in a row
    ("qiaopi", "以前海外的亲戚寄侨批回来，爷爷都收着。"),
]
SICHUAN_SEGMENTS = [
    ("sichuan_hukou", "我的户口还在老家，所以高考要回四川考。"),
    ("sichuan_festival", "每年春节爸爸才回来一次。"),
]


def add_segments(archive: Archive, interview_id: str, texts: list[str]) -> list[str]:
    """Add a typed transcript of ``texts`` to an interview; return the segment ids in order."""
    with archive.transaction() as db:
        transcript_id = add_transcript(
            db,
            interview_id,
            [Segment(n * 12.5, n * 12.5 + 10, "奶奶", text) for n, text in enumerate(texts)],
        )
        rows = db.execute(
            "SELECT id FROM segment WHERE transcript_id = ? ORDER BY position", [transcript_id]
        ).fetchall()
    return [str(r[0]) for r in rows]


def add_photo(archive: Archive, caption: str, *, interview_id: str | None = None,
              place_id: str | None = None) -> str:  # fmt: skip
    sha = new_id().replace("-", "") * 2
    with archive.transaction() as db:
        db.execute(
            "INSERT INTO media_file (sha256, size, extension, stored_path, original_name, "
            "imported_at) VALUES (?, 1, '.jpg', ?, 'p.jpg', ?)",
            [sha, f"media/{sha[:2]}/{sha}.jpg", now_iso()],
        )
        return records.insert(
            db,
            "photo",
            {"sha256": sha, "original_name": "p.jpg", "format": "jpeg", "caption": caption,
             "interview_id": interview_id, "place_id": place_id},
        )  # fmt: skip


def build_story(archive: Archive) -> Story:
    story = Story()
    with archive.transaction() as db:
        chain = [("广东省", "province", "Guangdong"), ("江门市", "prefecture", "Jiangmen"),
                 ("台山市", "county", "Taishan"), ("端芬镇", "township", "Duanfen"),
                 ("梅家村", "village", "Meijia")]  # fmt: skip
        parent = None
        for name, level, latin in chain:
            parent = places.add_place(db, name, level=level, parent_id=parent, name_latin=latin)
            story.places[name] = parent
        story.places["四川省"] = places.add_place(
            db, "四川省", level="province", name_latin="Sichuan"
        )
        story.places["平昌县"] = places.add_place(
            db, "平昌县", level="county", parent_id=story.places["四川省"]
        )
        story.people["王秀英"] = people.add_person(
            db, "王秀英", name_latin="Wang Xiuying", other_names=["阿英"],
            home_place_id=story.places["梅家村"],
        )  # fmt: skip
        story.people["张德明"] = people.add_person(db, "张德明", name_latin="Zhang Deming")
        story.interviews["taishan"] = interviews.add_interview(
            db, "梅家村的奶奶", date="2019-05-01", place_id=story.places["梅家村"],
            summary="讲村里的孩子和侨批", keywords=["留守", "侨批"],
        )  # fmt: skip
        interviews.link_person(db, story.interviews["taishan"], story.people["王秀英"], "narrator")
        story.interviews["sichuan"] = interviews.add_interview(
            db, "平昌的春节", date="2021-02-12", place_id=story.places["平昌县"],
            summary="外出打工的父亲",
        )  # fmt: skip
        interviews.link_person(db, story.interviews["sichuan"], story.people["张德明"], "narrator")
        tag = records.insert(db, "tag", {"name": "侨乡"})
        db.execute(
            "INSERT INTO item_tag (tag_id, item_id, item_kind) VALUES (?, ?, 'interview')",
            [tag, story.interviews["taishan"]],
        )
    for (name, _), segment_id in zip(
        TAISHAN_SEGMENTS,
        add_segments(archive, story.interviews["taishan"], [t for _, t in TAISHAN_SEGMENTS]),
        strict=True,
    ):
        story.segments[name] = segment_id
    for (name, _), segment_id in zip(
        SICHUAN_SEGMENTS,
        add_segments(archive, story.interviews["sichuan"], [t for _, t in SICHUAN_SEGMENTS]),
        strict=True,
    ):
        story.segments[name] = segment_id
    story.photos["house"] = add_photo(
        archive, "奶奶在老房子门口", interview_id=story.interviews["taishan"],
        place_id=story.places["梅家村"],
    )  # fmt: skip
    return story
