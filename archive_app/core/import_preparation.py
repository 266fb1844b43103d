"""The per-file half of an import, run in worker processes: sniff, stage, read.

Everything here is independent of the catalogue, so that many files are prepared at once; the
one writer then settles each prepared file into ``media/`` and records it in the same breath
(see :mod:`archive_app.core.ingest`), so that an import stopped or killed leaves no original in
the store that the catalogue does not know, but for the one file between rename and commit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from archive_app.core import media_store
from archive_app.core.errors import ArchiveDiskFull, ArchiveUnwritable, RejectedFile
from archive_app.core.import_grouping import looks_like_document
from archive_app.core.transcripts.warning import TranscriptWarning

#: transcripts are kept in memory for parsing up to this size
TRANSCRIPT_LIMIT = 64 << 20
THUMBNAIL_SIZE = 320


@dataclass
class PreparedFile:
    """What a worker learned about one file; picklable."""

    path: str
    kind: str | None = None  # 'recording' | 'photo' | 'document' | 'transcript'
    error: str | None = None  # reason code when rejected
    detail: str = ""
    sha256: str = ""
    size: int = 0
    temp_path: str = ""  # the staged copy in media/.incoming, settled by the writer
    stored_path: str = ""
    extension: str = ""
    media_type: str = ""
    format: str = ""
    fields: dict[str, Any] = field(default_factory=dict)  # metadata for the record
    segments: list[Any] = field(default_factory=list)  # transcripts: parse.Segment
    warnings: list[TranscriptWarning] = field(default_factory=list)  # what reading repaired

    @property
    def rejected(self) -> bool:
        return self.error is not None


def thumbnail_path(archive_root: Path, sha256: str) -> Path:
    return archive_root / "derived" / "thumbnails" / f"{sha256}.jpg"


def classify(media_type: str, path: Path, document_hint: bool) -> str:
    if media_type in ("audio", "video"):
        return "recording"
    if media_type == "text":
        return "transcript"
    if media_type == "pdf" or document_hint or looks_like_document(path):
        return "document"
    return "photo"


def prepare(path_text: str, root_text: str, document_hint: bool = False) -> PreparedFile:
    """Prepare one file for the catalogue; never raises for a bad file, returns it rejected.

    A full or unwritable archive disk is returned as the error 'archive_disk_full' or
    'archive_unwritable', which stops the import: it is not the file's fault.
    """
    from archive_app.core.media.sniff import HEAD_SIZE, sniff

    path, root = Path(path_text), Path(root_text)
    prepared = PreparedFile(path_text)
    try:
        with media_store.open_source(path) as source:  # never blocks: FIFOs are refused
            sniffed = sniff(path, source.read(HEAD_SIZE))
            prepared.media_type, prepared.format = sniffed.media_type, sniffed.format
            prepared.kind = classify(sniffed.media_type, path, document_hint)
            extension = media_store.extension_for(sniffed.format)
            keep = TRANSCRIPT_LIMIT if prepared.kind == "transcript" else 0
            source.seek(0)
            staged = media_store.stage(source, root, extension, keep_up_to=keep)
        try:
            _read_metadata(prepared, path, root, staged, sniffed)
        except BaseException:
            media_store.discard(staged)
            raise
        prepared.temp_path = str(staged.temp_path)
        prepared.stored_path = media_store.relative_path(staged.sha256, extension)
        prepared.sha256, prepared.size, prepared.extension = staged.sha256, staged.size, extension
    except RejectedFile as rejected:
        prepared.error, prepared.detail = rejected.reason, rejected.detail
    except ArchiveDiskFull:
        prepared.error = "archive_disk_full"  # the writer stops the import: the source is fine
    except ArchiveUnwritable as refused:
        prepared.error, prepared.detail = "archive_unwritable", refused.detail
    except FileNotFoundError:
        prepared.error = "vanished"
    except OSError as failure:
        prepared.error, prepared.detail = "unreadable", failure.strerror or str(failure)
    return prepared


def _read_metadata(
    prepared: PreparedFile, path: Path, root: Path, staged: media_store.StagedFile, sniffed: Any
) -> None:
    if prepared.kind == "recording":
        from archive_app.core.media.probe import probe_recording

        info = probe_recording(staged.temp_path, sniffed)
        prepared.fields = {
            "media_type": sniffed.media_type,
            "format": sniffed.format,
            "duration_s": info.duration_s,
            "channels": info.channels,
            "sample_rate": info.sample_rate,
        }
    elif prepared.kind == "transcript":
        from archive_app.core.transcripts.parse import parse_transcript

        if staged.content is None:
            raise RejectedFile(path, "unreadable_transcript", "too large for a transcript")
        parsed = parse_transcript(path, staged.content)
        prepared.segments = list(parsed.segments)
        prepared.warnings = list(parsed.warnings)
        prepared.fields = {
            "source_format": parsed.source_format,
            "source_encoding": parsed.encoding,
            "language": parsed.language,
        }
    elif sniffed.media_type == "image":
        from archive_app.core.media.image import read_image

        thumb = thumbnail_path(root, staged.sha256)
        try:
            thumb.parent.mkdir(parents=True, exist_ok=True)
            image = read_image(staged.temp_path, thumbnail_to=thumb, size=THUMBNAIL_SIZE)
        except RejectedFile:
            raise
        except OSError as error:  # the image was read: the thumbnail could not be written
            raise media_store.archive_write_failed(error, root) from error
        prepared.fields = {"format": sniffed.format, "width": image.width, "height": image.height}
        if prepared.kind == "photo":
            prepared.fields |= {
                "orientation": image.orientation,
                "taken_at": image.taken_at,
                "camera": image.camera,
            }
    else:  # a PDF document
        prepared.fields = {"format": sniffed.format}
