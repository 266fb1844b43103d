"""``export bag``: a BagIt bag (RFC 8493) of a release, as a folder or one .zip file.

The payload (``data/``)::

    metadata/<kind>/<id>.json     one document per record (curator) or story (other audiences),
                                  of the schema in :mod:`.schema` (docs/bag-metadata.md)
    media/<aa>/<sha256>.<ext>     the originals, named as in the archive (curator: recordings,
                                  photos, documents, transcript sources; others: recordings
                                  with nothing closed to the audience)
    redacted/<recording id>.<ext> for audiences other than curator: a recording with passages
                                  closed to the audience as a redacted derivative (WAV for a
                                  lossless original, else AAC), the passages silence or a soft
                                  tone of the same length; never the original. Its story's
                                  metadata says so (``redacted``), and the transcripts leave
                                  the passages' lines out
    photos/<photo id>.jpg         for audiences other than curator: photos upright, without
                                  EXIF (no GPS, no camera), at full size
    forms/<document id>.<ext>     research: the signed consent forms of people shown under
                                  their own name (a form shows the real name, so a pseudonymised
                                  person's form stays behind)
    transcripts/<id>.vtt|srt|txt  every released transcript (WebVTT with <v> voices, SRT when
                                  timed; text always)
    ohms/<interview id>.xml       one OHMS XML per interview
    dublin-core.csv               the stories in Dublin Core for Omeka S's CSV Import

``bag-info.txt`` says Source-Organization, Bagging-Date, Payload-Oxum, External-Description and
which audience, form and schema the bag holds; SHA-256 and SHA-512 manifests and tag manifests.
Before it takes its name the bag is checked to hold exactly the files its manifests list (the
tests validate every kind of bag in full with the ``bagit`` library and its command).
"""

from __future__ import annotations

import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from archive_app import __version__
from archive_app.core import detail, records
from archive_app.core.archive import CATALOGUE, connect
from archive_app.core.consent import store
from archive_app.core.errors import UntimedTranscript
from archive_app.core.media.image import read_image
from archive_app.exchange.bag import catalogue, schema
from archive_app.exchange.bag.payload import Payload
from archive_app.exchange.dublin_core import dublin_core_csv
from archive_app.exchange.media.redact import derivative_format, redact_recording
from archive_app.exchange.ohms import ohms_xml
from archive_app.exchange.release import Release, ReleasedRecording, ReleasedStory
from archive_app.exchange.report import ExportReport
from archive_app.exchange.target import Staged, Work, check_target, size_of
from archive_app.exchange.transcript import WRITERS
from archive_app.exchange.transcript.export import segments_of

DEFAULT_ORGANIZATION = "Hometown Voices (乡音)"
#: consent records and forms go into bags for these audiences
WITH_CONSENTS = ("curator", "research")
_FULL_SIZE = 1_000_000


@dataclass(frozen=True)
class BagOptions:
    whole: bool = False  # curator: every record of the archive, not only the selection's
    as_zip: bool = False
    organization: str = DEFAULT_ORGANIZATION


def export_bag(
    release: Release,
    target: Path,
    archive_root: Path,
    options: BagOptions | None = None,
    *,
    work: Work | None = None,
) -> ExportReport:
    """Write ``release`` as a bag at ``target`` (a folder, or a .zip with ``as_zip``).

    Raises :class:`TargetInsideArchive`, :class:`TargetExists`, :class:`Cancelled` (nothing is
    left behind), :class:`DamagedOriginal` when an original no longer has its checksum, and
    OSError.
    """
    options = options or BagOptions()
    target = check_target(target, archive_root)
    work = work or Work()
    work.step(0.0, "bag")
    connection = connect(Path(archive_root) / CATALOGUE, read_only=True)
    try:
        db = sqlite_utils.Database(connection)
        if not options.as_zip:
            with Staged(target, folder=True) as staged:
                _write(db, release, archive_root, staged.path, options, work.part(0.0, 0.99))
                staged.commit()
        else:
            with tempfile.TemporaryDirectory(prefix=".bag-", dir=target.parent) as folder:
                bag = Path(folder) / target.stem
                bag.mkdir()
                _write(db, release, archive_root, bag, options, work.part(0.0, 0.8))
                with Staged(target, folder=False) as staged:
                    _zip(bag, staged.path, work.part(0.8, 0.99))
                    staged.commit()
    finally:
        connection.close()
    files, size = size_of(target)
    work.step(1.0, "done")
    return ExportReport.of(release, target, files, size)


def _zip(bag: Path, into: Path, work: Work) -> None:
    paths = sorted(p for p in bag.rglob("*") if p.is_file())
    with zipfile.ZipFile(into, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for number, path in enumerate(paths):
            work.step(number / max(1, len(paths)), "zip")
            packed = path.suffix.lower() in (".m4a", ".mp3", ".mp4", ".jpg", ".jpeg", ".heic")
            archive.write(
                path,
                path.relative_to(bag.parent).as_posix(),
                zipfile.ZIP_STORED if packed else zipfile.ZIP_DEFLATED,
            )


def _write(
    db: sqlite_utils.Database,
    release: Release,
    root: Path,
    bag: Path,
    options: BagOptions,
    work: Work,
) -> None:
    curator = release.audience == "curator"
    with Payload(bag) as payload:
        # the originals are copied on their threads while the rest is made here
        work.step(0.0, "metadata")
        if curator:
            _records(db, release, root, payload, options.whole)
        else:
            _stories(db, release, root, payload, work.part(0.0, 0.2))
        work.step(0.2, "transcripts")
        for number, story in enumerate(release.stories, start=1):
            vtt = _transcripts(story, payload)
            payload.add_bytes(
                f"ohms/{story.id}.xml",
                ohms_xml(story, number, options.organization, release.day, vtt),
            )
        payload.add_bytes("dublin-core.csv", dublin_core_csv(release))
        media = work.part(0.3, 0.97)
        payload.wait(lambda done, total: media.step(done / total, "media"))
        work.step(0.98, "manifests")
        payload.finish(_info(release, options, curator))
        payload.check_complete()


def _info(release: Release, options: BagOptions, curator: bool) -> dict[str, str]:
    stories = len(release.stories)
    photos = sum(len(s.photos) for s in release.stories)
    scope = "the whole archive" if curator and options.whole else f"{stories} interviews"
    redacted = sum(1 for s in release.stories for r in s.recordings if r.redacted)
    closed = (
        f"; {redacted} recordings are redacted derivatives, not the originals: passages closed "
        f"to this audience are {'silence' if release.passage_fill == 'silence' else 'a soft tone'}"
        " and their transcript lines are left out"
        if redacted
        else ""
    )
    info = {
        "Source-Organization": options.organization,
        "Bagging-Date": release.day.isoformat(),
        "External-Description": (
            f"Oral histories of left-behind families from Hometown Voices: {scope} "
            f"({stories} interviews, {photos} photos) for the {release.audience} audience, "
            f"consent applied{closed}; metadata in {schema.SCHEMA} version {schema.VERSION}"
        ),
        "Bag-Software-Agent": f"Hometown Voices {__version__}",
        schema.AUDIENCE_LABEL: release.audience,
        schema.FORM_LABEL: schema.RECORDS if curator else schema.STORIES,
        schema.SCHEMA_LABEL: f"{schema.SCHEMA}/{schema.VERSION}",
    }
    if redacted:
        info[schema.REDACTED_LABEL] = str(redacted)
    return info


def _media_path(stored_path: str) -> str:
    return stored_path.removeprefix("media/")


def _records(
    db: sqlite_utils.Database, release: Release, root: Path, payload: Payload, whole: bool
) -> None:
    if whole:
        picked = catalogue.whole(db)
    else:
        picked = catalogue.closure(
            db,
            [s.id for s in release.stories],
            [p.id for s in release.stories for p in s.photos],
            release.selection.collection_ids,
        )
    for kind, bodies in catalogue.documents(db, picked).items():
        for body in bodies:
            media = body.get("media")
            if media:
                relative = f"media/{_media_path(media['stored_path'])}"
                body["file"] = relative
                payload.add_copy(relative, root / media["stored_path"], media["sha256"])
            payload.add_bytes(
                f"metadata/{kind}/{body['record']['id']}.json",
                schema.encode(schema.document(kind, body)),
            )


def _stories(
    db: sqlite_utils.Database, release: Release, root: Path, payload: Payload, work: Work
) -> None:
    count = max(1, len(release.stories))
    for number, story in enumerate(release.stories):
        work.step(number / count, story.id)
        recordings = []
        for recording in story.recordings:
            if recording.redacted:
                recordings.append(_redacted(recording, payload, release.passage_fill))
                continue
            relative = f"media/{recording.sha256[:2]}/{recording.sha256}{recording.source.suffix}"
            payload.add_copy(relative, root / recording.source, recording.sha256)
            recordings.append(
                {
                    "id": recording.id,
                    "sha256": recording.sha256,
                    "format": recording.format,
                    "media_type": recording.media_type,
                    "duration_s": recording.duration_s,
                    "file": relative,
                }
            )
        photos = []
        for photo in story.photos:
            relative = f"photos/{photo.id}.jpg"
            read_image(photo.source, thumbnail_to=payload.target(relative), size=_FULL_SIZE)
            payload.adopt(relative)
            photos.append(
                {
                    "id": photo.id,
                    "caption": photo.caption,
                    "taken_at": photo.taken_at,
                    "width": photo.width,
                    "height": photo.height,
                    "tags": list(photo.tags),
                    "file": relative,
                }
            )
        payload.add_bytes(
            f"metadata/story/{story.id}.json",
            schema.encode(schema.document("story", _story_body(story, recordings, photos))),
        )
    if release.audience in WITH_CONSENTS:
        _consents(db, release, root, payload)


def _redacted(recording: ReleasedRecording, payload: Payload, fill: str) -> dict[str, Any]:
    """A recording with closed passages, written as its redacted derivative; its metadata."""
    relative = f"redacted/{recording.id}.{derivative_format(recording.source)}"
    made = redact_recording(recording.source, payload.target(relative), recording.closed, fill)
    entry = payload.adopt(relative)
    return {
        "id": recording.id,
        "sha256": entry.sha256,
        "format": made.format,
        "media_type": "audio",  # of a video only the sound: the picture could show the words
        "duration_s": round(made.duration_s, 3),
        "file": relative,
        "redacted": {
            "derivative": True,
            "original_format": recording.format,
            "original_media_type": recording.media_type,
            "closed_ranges": [[start, end] for start, end in recording.closed],
            "filled_with": made.fill,
            "note": (
                "not the original: passages closed to this audience are replaced by "
                f"{'silence' if made.fill == 'silence' else 'a soft tone'} of the same length, "
                "and their transcript lines are left out"
            ),
        },
    }


def _story_body(
    story: ReleasedStory, recordings: list[dict[str, Any]], photos: list[dict[str, Any]]
) -> dict[str, Any]:
    return {
        "story": {
            "id": story.id,
            "title": story.title,
            "date": story.date,
            "place": story.place,
            "language": story.language,
            "summary": story.summary,
            "keywords": list(story.keywords),
            "tags": list(story.tags),
            "people": [
                {
                    "id": p.id,
                    "name": p.name,
                    "role": p.role,
                    "birth": p.birth,
                    "home_place": p.home_place,
                }
                for p in story.people
            ],
            "recordings": recordings,
            "photos": photos,
            "transcripts": [
                {
                    "id": t.id,
                    "label": t.label,
                    "language": t.language,
                    "kind": t.kind,
                    "files": _transcript_files(t.id, t.timed),
                }
                for t in story.tiers
            ],
            "chapters": [
                {
                    "start_s": c.start_s,
                    "title": c.title,
                    "synopsis": c.synopsis,
                    "keywords": list(c.keywords),
                }
                for c in story.chapters
            ],
            "ohms": f"ohms/{story.id}.xml",
            # the stretches of the story's timeline kept from this audience (seconds; null: to
            # the end), whose lines, chapters and photos are left out
            "closed_ranges": [
                [start, None if end == float("inf") else end] for start, end in story.closed_ranges
            ],
        }
    }


def _transcript_files(transcript_id: str, timed: bool) -> dict[str, str]:
    formats = ("vtt", "srt", "txt") if timed else ("txt",)
    return {f: f"transcripts/{transcript_id}.{f}" for f in formats}


def _transcripts(story: ReleasedStory, payload: Payload) -> dict[str, str]:
    """Write every tier of the story; return the WebVTT of each timed tier, by id."""
    vtt: dict[str, str] = {}
    for tier in story.tiers:
        segments = segments_of(tier)
        for chosen, relative in _transcript_files(tier.id, tier.timed).items():
            try:
                text = WRITERS[chosen](segments)
            except UntimedTranscript:
                continue
            payload.add_text(relative, text)
            if chosen == "vtt":
                vtt[tier.id] = text
    return vtt


def _consents(db: sqlite_utils.Database, release: Release, root: Path, payload: Payload) -> None:
    """Research: the consent records of the people the stories feature, under the names the
    stories show them by, covering only what goes out; forms of people shown by their name."""
    shown = {p.id: p.name for s in release.stories for p in s.people}
    released = set(release.released_ids)
    for person_id in sorted(shown):
        for consent in store.list_consents(db, person_id=person_id):
            terms = consent.as_json()
            real_name = terms.get("person_name")
            terms["person_name"] = shown[person_id]
            terms["covers"] = (
                None if consent.covers is None else [c for c in consent.covers if c in released]
            )
            for private in ("guardian_id", "guardian_name", "notes", "verbal_recording_id"):
                terms.pop(private, None)
            terms.pop("withdrawal_reason", None)
            form = terms.pop("form_document_id", None)
            terms["form"] = None
            if form and shown[person_id] == real_name:
                document = records.get(db, "document", str(form))
                stored = detail.media_file(db, document["sha256"])["stored_path"]
                relative = f"forms/{form}{Path(stored).suffix}"
                terms["form"] = relative
                payload.add_copy(relative, root / stored, document["sha256"])
            payload.add_bytes(
                f"metadata/consent/{consent.id}.json",
                schema.encode(schema.document("consent", {"consent": terms})),
            )
