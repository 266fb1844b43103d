"""OHMS XML: valid against the OHMS schema, index points from chapters, the transcript as
``<vtt_transcript>`` and as the 5.4 ``<sync>`` line map, Chinese kept whole."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from lxml import etree

from archive_app.core import sections
from archive_app.core.archive import Archive
from archive_app.core.transcripts.parse import parse_transcript
from archive_app.exchange.ohms import OHMS_NAMESPACE, export_ohms
from archive_app.exchange.release import Selection, prepare_release

OUTLINE = Path(__file__).resolve().parent.parent / "data" / "ohms_outline.xsd"
NS = {"o": OHMS_NAMESPACE}


def schemas() -> list[etree.XMLSchema]:
    found = [etree.XMLSchema(etree.parse(str(OUTLINE)))]
    published = os.environ.get("OHMS_XSD")
    if published and Path(published).is_file():
        found.append(etree.XMLSchema(etree.parse(published)))
    return found


@pytest.fixture
def exported(sample: Archive, tmp_path: Path) -> list[etree._ElementTree]:
    interview = str(
        sample.db.execute("SELECT id FROM interview ORDER BY date LIMIT 1").fetchone()[0]
    )
    with sample.transaction() as db:
        sections.add_section(
            db, interview, 0, "开头", synopsis="奶奶说起那年冬天", keywords=["冬天", "留守"]
        )
        sections.add_section(db, interview, 75.6, "进城", synopsis="")
    ids = tuple(str(r[0]) for r in sample.db.execute("SELECT id FROM interview"))
    release = prepare_release(sample.db, sample.root, Selection(interview_ids=ids), "curator")
    out = tmp_path / "ohms"
    export_ohms(release, out, sample.root)
    return [etree.parse(str(p)) for p in sorted(out.iterdir())]


def test_every_file_is_valid_against_the_schema(exported: list[etree._ElementTree]) -> None:
    assert exported
    for schema in schemas():
        for document in exported:
            schema.assertValid(document)


def test_the_outline_refuses_what_the_schema_refuses() -> None:
    broken = etree.fromstring(
        f'<ROOT xmlns="{OHMS_NAMESPACE}"><record id="x" dt="2024-02-10"><version>6.0</version>'
        '<date value="" format="yyyy-mm-dd"/><title>t</title></record></ROOT>'
    )
    assert not schemas()[0].validate(etree.ElementTree(broken))  # an id that is no integer


def test_chapters_become_index_points(exported: list[etree._ElementTree]) -> None:
    points = [p for d in exported for p in d.findall(".//o:index/o:point", NS)]
    found = {
        (p.findtext("o:time", namespaces=NS), p.findtext("o:title", namespaces=NS)) for p in points
    }
    assert {("0", "开头"), ("75", "进城")} <= found
    first = next(p for p in points if p.findtext("o:title", namespaces=NS) == "开头")
    assert first.findtext("o:synopsis", namespaces=NS) == "奶奶说起那年冬天"
    assert first.findtext("o:keywords", namespaces=NS) == "冬天;留守"


def test_the_vtt_transcript_reads_back_with_voices_and_whole_chinese(
    exported: list[etree._ElementTree], tmp_path: Path
) -> None:
    vtts = [d.findtext(".//o:vtt_transcript", namespaces=NS) for d in exported]
    vtts = [v for v in vtts if v]
    assert vtts and all(v.startswith("WEBVTT") for v in vtts)
    assert any("<v " in v for v in vtts)
    parsed = parse_transcript(tmp_path / "x.vtt", vtts[0].encode("utf-8"))
    assert parsed.segments and all(s.start_s is not None for s in parsed.segments)
    legacy = next(
        d for d in exported if d.findtext(".//o:vtt_transcript", namespaces=NS) == vtts[0]
    )
    lines = (legacy.findtext(".//o:transcript", namespaces=NS) or "").split("\n")
    texts = [s.text for s in parsed.segments]
    assert all(any(text in line for line in lines) for text in texts)  # no line cut inside


def test_the_sync_map_points_each_minute_at_the_line_that_starts_in_it() -> None:
    from archive_app.exchange.ohms.document import sync_map
    from archive_app.exchange.release import ReleasedSegment

    segments = [
        ReleasedSegment(0.0, 50.0, "A", "一"),
        ReleasedSegment(50.0, 61.0, "B", "二"),
        ReleasedSegment(61.0, 130.0, "A", "三"),
        ReleasedSegment(130.0, 190.0, "B", "四"),
    ]
    assert sync_map(segments) == "1:|2(1)|3(1)"
