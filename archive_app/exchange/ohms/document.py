"""One released story as an OHMS XML document (OHMS 6.0, readable by 5.4 viewers too).

The elements come in the order of the OHMS schema (``ohms.xsd``, version 6.0, as published by
the Nunn Center/AVP: see ``docs/bag-metadata.md`` for where it is found):

- ``record/@id`` is the story's number in the export (the schema wants an integer); the
  interview's UUID is in ``cms_record_id`` and ``accession``;
- the **index**: one ``point`` per chapter (``time`` in whole seconds, ``title``, ``synopsis``,
  ``keywords`` joined by ``;`` as the viewer splits them);
- the **transcript** twice: 6.0's ``vtt_transcript`` (WebVTT with ``<v Speaker>`` voices, which
  Aviary's transcript module reads) and the legacy ``transcript`` of one line per segment
  (``SPEAKER: words``) with its ``sync`` map (``1:|line(word)|...``: for each minute, the first
  line starting in it). A line is never broken inside: Chinese text is kept whole. A translation
  tier goes into the ``_alt`` elements with ``translate`` 1.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from datetime import date

from archive_app.core.errors import UntimedTranscript
from archive_app.exchange.release import ReleasedSegment, ReleasedStory, ReleasedTier
from archive_app.exchange.transcript.export import segments_of
from archive_app.exchange.transcript.formats import to_vtt

OHMS_NAMESPACE = "https://www.weareavp.com/nunncenter/ohms"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = "https://www.weareavp.com/nunncenter/ohms/ohms.xsd"
VERSION = "6.0"

_MIME = {"m4a": "audio/mp4", "mp3": "audio/mpeg", "wav": "audio/wav", "mp4": "video/mp4"}


def _q(tag: str) -> str:
    return f"{{{OHMS_NAMESPACE}}}{tag}"


def _add(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, _q(tag), attributes)
    if text:
        element.text = text
    return element


def duration(seconds: float) -> str:
    whole = int(round(seconds))
    return f"{whole // 3600:02d}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def transcript_lines(segments: Sequence[ReleasedSegment]) -> list[str]:
    """One line per segment, ``SPEAKER: words``; the words on one line, never cut."""
    lines = []
    for segment in segments:
        words = " ".join(segment.text.split())
        lines.append(f"{segment.speaker}: {words}" if segment.speaker else words)
    return lines


def sync_map(segments: Sequence[ReleasedSegment]) -> str:
    """The 5.4 ``sync`` value: ``1:|L(W)|...``, where minute k starts at line L, word W.

    Lines are counted from 0 in :func:`transcript_lines`; the word is always the line's first
    (a segment is the smallest piece whose time is known). Empty when nothing is timed.
    """
    starts = [(i, s.start_s) for i, s in enumerate(segments) if s.start_s is not None]
    if not starts:
        return ""
    last = max(t for _, t in starts)
    marks: list[str] = []
    for minute in range(1, int(last // 60) + 1):
        line = next((i for i, t in starts if t >= minute * 60), None)
        if line is None:
            break
        marks.append(f"{line}(1)")
    return "1:|" + "|".join(marks)


def _vtt(tier: ReleasedTier | None, written: Mapping[str, str]) -> str:
    if tier is None:
        return ""
    text = written.get(tier.id)
    if text is None:
        try:
            text = to_vtt(segments_of(tier))
        except UntimedTranscript:
            return ""
    return text.replace("WEBVTT\n", "WEBVTT\n\nNOTE\nTRANSCRIPTION BEGIN\n", 1) + (
        "\nNOTE\nTRANSCRIPTION END\n"
    )


def ohms_xml(
    story: ReleasedStory,
    number: int,
    repository: str,
    day: date,
    vtt: Mapping[str, str] | None = None,
) -> bytes:
    """The OHMS XML of one story (UTF-8, with its declaration). ``vtt`` may give the WebVTT
    of tiers already written (by tier id), so that it is not worked out twice."""
    written = vtt or {}
    ET.register_namespace("", OHMS_NAMESPACE)
    ET.register_namespace("xsi", XSI)
    root = ET.Element(_q("ROOT"), {f"{{{XSI}}}schemaLocation": SCHEMA_LOCATION})
    record = _add(root, "record", id=str(number), dt=day.isoformat())
    _add(record, "version", VERSION)
    full_day = story.date if story.date and len(story.date) == 10 else ""
    _add(record, "date", value=full_day, format="yyyy-mm-dd")
    _add(record, "date_nonpreferred_format", story.date if story.date and not full_day else None)
    _add(record, "cms_record_id", story.id)
    _add(record, "title", story.title)
    _add(record, "accession", story.id)
    _add(record, "duration", duration(story.duration_s))
    _add(record, "repository", repository)
    for keyword in dict.fromkeys((*story.keywords, *story.tags)):
        _add(record, "keyword", keyword)
    for person in story.people:
        if person.role == "narrator":
            _add(record, "interviewee", person.name)
    for person in story.people:
        if person.role == "interviewer":
            _add(record, "interviewer", person.name)
    for recording in story.recordings:
        _add(
            record,
            "format",
            _MIME.get(recording.format, f"{recording.media_type}/{recording.format}"),
        )
    verbatim = next((t for t in story.tiers if t.kind == "verbatim"), None)
    verbatim = verbatim or (story.tiers[0] if story.tiers else None)
    alternative = next((t for t in story.tiers if t is not verbatim), None)
    if verbatim is not None:
        _add(record, "sync", sync_map(verbatim.segments) or None)
    if alternative is not None:
        _add(record, "sync_alt", sync_map(alternative.segments) or None)
        _add(record, "transcript_alt_lang", alternative.label or alternative.language or None)
    _add(record, "translate", "1" if alternative is not None else "0")
    video = any(r.media_type == "video" for r in story.recordings)
    mediafile = _add(record, "mediafile")
    _add(mediafile, "host", "Other")
    _add(mediafile, "clip_format", "video" if video else "audio")
    _add(record, "language", story.language or (verbatim.language if verbatim else None))
    index = _add(record, "index")
    for chapter in story.chapters:
        point = _add(index, "point")
        _add(point, "time", str(int(chapter.start_s or 0)))
        _add(point, "title", chapter.title)
        _add(point, "synopsis", chapter.synopsis or None)
        _add(point, "keywords", ";".join(chapter.keywords) or None)
    _add(record, "type", "Oral History")
    _add(record, "description", story.summary or None)
    if verbatim is not None:
        _add(record, "transcript", "\n".join(transcript_lines(verbatim.segments)))
    if alternative is not None:
        _add(record, "transcript_alt", "\n".join(transcript_lines(alternative.segments)))
    _add(record, "vtt_transcript", _vtt(verbatim, written) or None)
    _add(record, "vtt_transcript_alt", _vtt(alternative, written) or None)
    _add(record, "fmt", "video" if video else "audio")
    _add(record, "userestrict", "0")
    ET.indent(root, space=" ")
    document: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return document
