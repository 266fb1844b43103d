"""What kind of file is this? Decided by its content (magic bytes), the extension only breaking ties.

Interviewers bring files straight off phones and recorders: a ``.m4a`` may hold video, a ``.txt``
may be subtitles, a ``.jpg`` may be a text file someone renamed. Ingest trusts what the bytes say.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from archive_app.core.errors import RejectedFile

#: how much of a file sniffing looks at (callers that already read it pass it as ``head``)
HEAD_SIZE = 64 * 1024

#: how much of a ``moov`` box is searched for a video track
_MOOV_SCAN_LIMIT = 4 * 1024 * 1024
#: how many top-level boxes are stepped over looking for ``moov`` (a sane file has a handful)
_TOP_LEVEL_BOX_LIMIT = 1024

_TEXT_EXTENSIONS = {".txt": "txt", ".srt": "srt", ".vtt": "vtt", ".json": "json"}

_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"}
#: the same container holding what the archive does not take: AVIF images, Canon raw photos
_FOREIGN_BRANDS = {b"avif", b"avis", b"crx "}
_AUDIO_MP4_BRANDS = {b"M4A ", b"M4B ", b"M4P "}
#: first box of an old QuickTime file written before ``ftyp`` existed
_LEGACY_QUICKTIME_BOXES = {b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"}

_SRT_START = re.compile(r"\s*\d+[ \t]*\r?\n[ \t]*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[ \t]*-->")
#: C0 control bytes that do not occur in text files (tab, newlines, form feed, ESC and the
#: DOS end-of-file mark do)
_BINARY_CONTROL_BYTES = frozenset(range(0x20)) - {0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1A, 0x1B}
#: how many of them a text may hold whatever its length (one in a hundred bytes beyond that)
_STRAY_CONTROL_BYTES = 8


@dataclass(frozen=True)
class Sniffed:
    """The kind of a file: ``media_type`` is what the archive does with it, ``format`` its coding."""

    media_type: str  # 'audio' | 'video' | 'image' | 'pdf' | 'text'
    format: str  # 'wav', 'mp3', 'm4a', 'mp4', 'jpeg', 'srt', ...


@dataclass(frozen=True)
class MovieSummary:
    """What the ``moov`` box of an MP4/QuickTime file says: its track kinds and its length."""

    handlers: frozenset[str]  # handler type of each track: 'vide', 'soun', 'text', ...
    duration_s: float | None


def sniff(path: Path, head: bytes | None = None) -> Sniffed:
    """Tell the kind of the file at ``path`` from its content.

    ``head`` is the file's first :data:`HEAD_SIZE` bytes when the caller has already read them.
    Raises :class:`RejectedFile` with reason ``'empty'`` (no bytes), ``'unknown_format'`` (not
    a kind the archive takes) or ``'unreadable'`` (the file cannot be read); FileNotFoundError
    when the file is gone (pulled out mid-import), which callers report on its own.
    """
    try:
        if head is None:
            with path.open("rb") as fh:
                head = fh.read(HEAD_SIZE)
        if not head:
            raise RejectedFile(path, "empty")
        found = _sniff_by_magic(path, head)
        if found is None:
            found = _sniff_text(path, head)
        if found is None:
            found = _sniff_by_frame_sync(path, head)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise RejectedFile(path, "unreadable", exc.strerror or str(exc)) from exc
    if found is None:
        raise RejectedFile(path, "unknown_format")
    return found


def id3_tag_length(header: bytes) -> int:
    """Length in bytes of the ID3v2 tag starting ``header`` (its first 10 bytes), 0 if none."""
    if len(header) < 10 or not header.startswith(b"ID3") or any(b & 0x80 for b in header[6:10]):
        return 0
    size = 0
    for byte in header[6:10]:  # "synchsafe": seven bits per byte
        size = (size << 7) | byte
    has_footer = bool(header[5] & 0x10)
    return 10 + size + (10 if has_footer else 0)


def audio_start(fh: BinaryIO) -> int:
    """Offset of the first byte after any ID3v2 tags (some files carry several in a row)."""
    offset = 0
    for _ in range(16):
        fh.seek(offset)
        length = id3_tag_length(fh.read(10))
        if not length:
            break
        offset += length
    return offset


def read_movie_summary(path: Path) -> MovieSummary | None:
    """Track kinds and duration from the ``moov`` box of an ISO-BMFF file, or None without one.

    Phones often write ``moov`` after the media data, so top-level boxes are stepped over by
    their sizes rather than searched in the head. Only the first few MB of ``moov`` are read.
    Raises OSError when the file cannot be read.
    """
    with path.open("rb") as fh:
        fh.seek(0, 2)
        file_size = fh.tell()
        offset = 0
        for _ in range(_TOP_LEVEL_BOX_LIMIT):
            if offset + 8 > file_size:
                return None
            fh.seek(offset)
            header = fh.read(16)
            box = _box_header(header, 0, file_size - offset)
            if box is None:
                return None
            box_type, header_length, box_length = box
            if box_type == b"moov":
                fh.seek(offset + header_length)
                body = fh.read(min(box_length - header_length, _MOOV_SCAN_LIMIT))
                return _summarise_moov(body)
            offset += box_length
    return None


# --- magic bytes -------------------------------------------------------------------------------


def _sniff_by_magic(path: Path, head: bytes) -> Sniffed | None:
    if head[4:8] == b"ftyp":
        return _sniff_iso_media(path, head)
    if head.startswith(b"RIFF") and head[8:12] == b"WAVE":
        return Sniffed("audio", "wav")
    if head.startswith(b"ID3"):
        return _sniff_after_id3(path)
    if head.startswith(b"fLaC"):
        return Sniffed("audio", "flac")
    if head.startswith(b"OggS"):
        return _sniff_ogg(head)
    if head.startswith((b"#!AMR\n", b"#!AMR-WB\n")):
        return Sniffed("audio", "amr")
    if head.startswith(b"\xff\xd8\xff"):
        return Sniffed("image", "jpeg")
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return Sniffed("image", "png")
    # PDF readers accept the signature anywhere in the first KiB (some scanners write junk
    # first); away from the start it is trusted only in a file that calls itself a PDF
    if head.startswith(b"%PDF-") or (path.suffix.lower() == ".pdf" and b"%PDF-" in head[:1024]):
        return Sniffed("pdf", "pdf")
    if head[4:8] in _LEGACY_QUICKTIME_BOXES and path.suffix.lower() in {".mov", ".mp4", ".m4a"}:
        return _sniff_iso_media(path, head)
    return None


def _sniff_after_id3(path: Path) -> Sniffed:
    # An ID3 tag may front MP3, FLAC or raw AAC; what follows it decides.
    with path.open("rb") as fh:
        start = audio_start(fh)
        fh.seek(start)
        following = fh.read(8)
    if following.startswith(b"fLaC"):
        return Sniffed("audio", "flac")
    if _adts_frame_length(following) is not None:
        return Sniffed("audio", "aac")
    return Sniffed("audio", "mp3")


def _sniff_ogg(head: bytes) -> Sniffed | None:
    if len(head) < 27 or head[4] != 0:
        return None
    segments = head[26]
    first_packet = head[27 + segments : 27 + segments + 64]
    if first_packet.startswith(b"OpusHead"):
        return Sniffed("audio", "opus")
    if first_packet.startswith((b"\x01vorbis", b"\x7fFLAC", b"Speex   ")):
        return Sniffed("audio", "ogg")
    return None  # Theora video and other streams are not ours


def _sniff_iso_media(path: Path, head: bytes) -> Sniffed | None:
    brands = _ftyp_brands(head)
    major = brands[0] if brands else None
    if major in _HEIF_BRANDS:
        return Sniffed("image", "heic")
    if major in _FOREIGN_BRANDS:
        return None
    if major in _AUDIO_MP4_BRANDS:
        return Sniffed("audio", "m4a")
    if major == b"qt  " or (major is None and path.suffix.lower() == ".mov"):
        return Sniffed("video", "mov")
    summary = read_movie_summary(path)
    if summary is None:
        # No readable moov (a recording cut off while writing): the extension is all there is.
        if path.suffix.lower() in {".m4a", ".m4b", ".aac", ".3ga"}:
            return Sniffed("audio", "m4a")
        return Sniffed("video", "mp4")
    if "vide" in summary.handlers:
        return Sniffed("video", "mp4")
    return Sniffed("audio", "m4a")


def _ftyp_brands(head: bytes) -> list[bytes]:
    """Major brand then compatible brands of the ``ftyp`` box at the start of ``head``."""
    if head[4:8] != b"ftyp" or len(head) < 12:
        return []
    size = min(struct.unpack(">I", head[:4])[0], len(head))
    brands = [head[8:12]]
    brands.extend(head[i : i + 4] for i in range(16, size - 3, 4))
    return brands


# --- ISO-BMFF boxes ------------------------------------------------------------------------------


def _box_header(data: bytes, offset: int, available: int) -> tuple[bytes, int, int] | None:
    """(type, header length, total length) of the box at ``offset``; None when malformed.

    ``available`` is how many bytes remain from ``offset`` to the end of the enclosing space.
    """
    if len(data) < offset + 8:
        return None
    size, box_type = struct.unpack_from(">I4s", data, offset)
    header_length = 8
    if size == 1:  # a 64-bit size follows the type
        if len(data) < offset + 16:
            return None
        size = struct.unpack_from(">Q", data, offset + 8)[0]
        header_length = 16
    elif size == 0:  # the box runs to the end of its container
        size = available
    if size < header_length:
        return None
    return box_type, header_length, size


def _child_boxes(data: bytes, start: int, end: int) -> Iterator[tuple[bytes, int, int]]:
    """(type, body start, body end) of each box between ``start`` and ``end`` of ``data``.

    A box cut short by the end of ``data`` is yielded with what is there.
    """
    end = min(end, len(data))
    offset = start
    while offset + 8 <= end:
        box = _box_header(data, offset, end - offset)
        if box is None:
            return
        box_type, header_length, box_length = box
        yield box_type, offset + header_length, min(offset + box_length, end)
        offset += box_length


def _summarise_moov(moov: bytes) -> MovieSummary:
    handlers: set[str] = set()
    duration: float | None = None
    for box_type, start, end in _child_boxes(moov, 0, len(moov)):
        if box_type == b"mvhd":
            duration = _mvhd_duration(moov[start:end])
        elif box_type == b"trak":
            handler = _track_handler(moov, start, end)
            if handler:
                handlers.add(handler)
    return MovieSummary(frozenset(handlers), duration)


def _track_handler(moov: bytes, start: int, end: int) -> str | None:
    for box_type, media_start, media_end in _child_boxes(moov, start, end):
        if box_type != b"mdia":
            continue
        for inner_type, hdlr_start, hdlr_end in _child_boxes(moov, media_start, media_end):
            # hdlr body: version+flags (4), pre_defined (4), handler type (4)
            if inner_type == b"hdlr" and hdlr_end - hdlr_start >= 12:
                return moov[hdlr_start + 8 : hdlr_start + 12].decode("latin-1")
    return None


def _mvhd_duration(mvhd: bytes) -> float | None:
    if not mvhd:
        return None
    if mvhd[0] == 1 and len(mvhd) >= 32:
        timescale, duration = struct.unpack_from(">IQ", mvhd, 20)
        unknown = 0xFFFFFFFFFFFFFFFF
    elif mvhd[0] == 0 and len(mvhd) >= 20:
        timescale, duration = struct.unpack_from(">II", mvhd, 12)
        unknown = 0xFFFFFFFF
    else:
        return None
    if not timescale or not duration or duration == unknown:
        return None
    return float(duration / timescale)


# --- text ----------------------------------------------------------------------------------------


def _sniff_text(path: Path, head: bytes) -> Sniffed | None:
    by_extension = _TEXT_EXTENSIONS.get(path.suffix.lower())
    if by_extension is None:
        return None
    opening = _decode_opening(head)
    if opening is None:
        return None
    opening = opening.lstrip("\ufeff")
    # Speech-recognition tools name their output freely; the shape of the text says more.
    if opening.startswith("WEBVTT"):
        return Sniffed("text", "vtt")
    if _SRT_START.match(opening):
        return Sniffed("text", "srt")
    return Sniffed("text", by_extension)


def _decode_opening(head: bytes) -> str | None:
    """The first few KiB of ``head`` as text, or None when the bytes are not text.

    Only UTF-16 text is full of NUL bytes; other encodings (UTF-8, GBK, Big5...) are decoded as
    latin-1 here, which keeps the ASCII shapes (``WEBVTT``, ``-->``) that sniffing looks for. A
    few stray control bytes (a NUL or an ESC from a word processor) do not make text binary:
    the transcript decoder deals with them.
    """
    sample = head[:8192]
    if sample.startswith(b"\xef\xbb\xbf"):
        sample = sample[3:]  # the UTF-8 byte order mark
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode_utf16(sample, "utf-16") or ""
    controls = sum(1 for byte in sample if byte in _BINARY_CONTROL_BYTES)
    eight_bit = (
        sample.decode("latin-1")
        if controls <= max(len(sample) // 100, _STRAY_CONTROL_BYTES)
        else None
    )
    nuls = sample.count(0)
    if nuls and (eight_bit is None or nuls * 20 >= len(sample)):
        for encoding in ("utf-16-le", "utf-16-be"):
            text = _decode_utf16(sample, encoding)
            if text is not None and _mostly_printable(text):
                return text
    return eight_bit


def _decode_utf16(sample: bytes, encoding: str) -> str | None:
    sample = sample[: len(sample) // 2 * 2]
    try:
        return sample.decode(encoding)
    except UnicodeDecodeError as exc:
        # the head may end between the two halves of a surrogate pair
        if exc.start >= len(sample) - 4:
            return sample[: exc.start].decode(encoding, errors="ignore")
        return None


def _mostly_printable(text: str) -> bool:
    if not text or "\x00" in text:
        return False
    printable = sum(1 for char in text if char.isprintable() or char in "\r\n\t")
    return printable >= len(text) * 0.95


# --- frame sync (MPEG audio, raw AAC) ------------------------------------------------------------

_MPEG_SAMPLE_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}
# kbit/s by bitrate index, for (MPEG-1?, layer)
_MPEG_BITRATES = {
    (True, 1): (0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448),
    (True, 2): (0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384),
    (True, 3): (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    (False, 1): (0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256),
    (False, 2): (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
    (False, 3): (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}


def _sniff_by_frame_sync(path: Path, head: bytes) -> Sniffed | None:
    # A lone sync word is common in random bytes, so two frames in a row are required (or one
    # frame that is the whole file).
    if _frames_chain(head, _adts_frame_length):
        return Sniffed("audio", "aac")
    if _frames_chain(head, _mpeg_frame_length):
        return Sniffed("audio", "mp3")
    return None


def _frames_chain(head: bytes, frame_length: Callable[[bytes], int | None]) -> bool:
    first = frame_length(head[:8])
    if first is None:
        return False
    if first == len(head):
        return True
    return frame_length(head[first : first + 8]) is not None


def _adts_frame_length(header: bytes) -> int | None:
    """Length of the ADTS (raw AAC) frame starting ``header``, None if it does not start one."""
    if len(header) < 7 or header[0] != 0xFF or header[1] & 0xF6 != 0xF0:
        return None
    if (header[2] >> 2) & 0x0F > 12:  # sampling frequency index
        return None
    length = ((header[3] & 0x03) << 11) | (header[4] << 3) | (header[5] >> 5)
    return length if length >= 7 else None


def _mpeg_frame_length(header: bytes) -> int | None:
    """Length of the MPEG audio frame starting ``header``, None if it does not start one."""
    if len(header) < 4 or header[0] != 0xFF or header[1] & 0xE0 != 0xE0:
        return None
    version = (header[1] >> 3) & 0x03  # 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5, 1: reserved
    layer = 4 - ((header[1] >> 1) & 0x03)  # 4 means reserved
    bitrate_index = header[2] >> 4
    rate_index = (header[2] >> 2) & 0x03
    if version == 1 or layer == 4 or bitrate_index in (0, 15) or rate_index == 3:
        return None
    mpeg1 = version == 3
    bitrate = _MPEG_BITRATES[(mpeg1, layer)][bitrate_index] * 1000
    sample_rate = _MPEG_SAMPLE_RATES[version][rate_index]
    padding = (header[2] >> 1) & 0x01
    if layer == 1:
        return (12 * bitrate // sample_rate + padding) * 4
    per_frame = 72 if layer == 3 and not mpeg1 else 144
    return per_frame * bitrate // sample_rate + padding
