"""How long is a recording, and how was it sampled? Read from headers, never by decoding audio.

WAV goes through the standard library's ``wave``; compressed formats through tinytag. Raw AMR
and raw AAC (ADTS), which tinytag does not read, are measured by walking their frame headers.
"""

from __future__ import annotations

import math
import mmap
import struct
import wave
from dataclasses import dataclass
from pathlib import Path

from tinytag import TinyTag, TinyTagException

from archive_app.core.errors import RejectedFile
from archive_app.core.media.sniff import Sniffed, audio_start, read_movie_summary

_TINYTAG_FORMATS = {"mp3", "m4a", "ogg", "opus", "flac", "mp4", "mov"}
_MOVIE_FORMATS = {"m4a", "mp4", "mov"}

# Bytes per AMR frame (table of contents byte included) by frame type; each frame is 20 ms.
_AMR_NB_FRAME_BYTES = (13, 14, 16, 18, 20, 21, 27, 32, 6, 1, 1, 1, 1, 1, 1, 1)
_AMR_WB_FRAME_BYTES = (18, 24, 33, 37, 41, 47, 51, 59, 61, 6, 1, 1, 1, 1, 1, 1)
_ADTS_SAMPLE_RATES: tuple[int, ...] = (96000, 88200, 64000, 48000, 44100, 32000, 24000)
_ADTS_SAMPLE_RATES += (22050, 16000, 12000, 11025, 8000, 7350)


@dataclass(frozen=True)
class RecordingInfo:
    """Length and sampling of a recording; None where the file does not say."""

    duration_s: float | None
    channels: int | None
    sample_rate: int | None


def probe_recording(path: Path, sniffed: Sniffed) -> RecordingInfo:
    """Read the duration, channel count and sample rate of an audio or video file.

    ``sniffed`` is what :func:`~archive_app.core.media.sniff.sniff` said of the file. Raises
    :class:`RejectedFile` with reason ``'damaged_recording'`` when the file cannot be parsed at
    all, ``'unreadable'`` when it cannot be read; FileNotFoundError when the file is gone, and
    ValueError when ``sniffed`` is not a recording.
    """
    if sniffed.media_type not in ("audio", "video"):
        raise ValueError(f"not a recording: {sniffed}")
    try:
        if path.stat().st_size == 0:  # mmap refuses empty files, and there is nothing to hear
            raise RejectedFile(path, "empty")
        if sniffed.format == "wav":
            return _probe_wav(path)
        if sniffed.format == "amr":
            return _probe_amr(path)
        if sniffed.format == "aac":
            return _probe_adts(path)
        if sniffed.format in _TINYTAG_FORMATS:
            return _probe_with_tinytag(path, sniffed.format)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise RejectedFile(path, "unreadable", exc.strerror or str(exc)) from exc
    raise ValueError(f"no prober for format {sniffed.format!r}")


def _probe_wav(path: Path) -> RecordingInfo:
    with path.open("rb") as fh:
        try:
            with wave.open(fh) as reader:
                declared_frames = reader.getnframes()
                channels = reader.getnchannels()
                sample_rate = reader.getframerate()
                frame_bytes = channels * reader.getsampwidth()
                # wave stops right after the data chunk's header: the audio starts here
                data_start = fh.tell()
        except (wave.Error, EOFError, RuntimeError, struct.error) as exc:
            # wave reads PCM only (float and "extensible" WAVs are left to tinytag) and raises
            # RuntimeError for a chunk size pointing past the end of the file
            return _probe_with_tinytag(path, "wav", wave_error=str(exc) or type(exc).__name__)
        fh.seek(0, 2)
        present_frames = max(fh.tell() - data_start, 0) // frame_bytes if frame_bytes else 0
    if not sample_rate:
        raise RejectedFile(path, "damaged_recording", "sample rate 0 in WAV header")
    # A recorder that lost power leaves a header claiming 0 bytes (or more than was written):
    # the bytes actually present are the recording.
    frames = declared_frames
    if declared_frames == 0 or declared_frames > present_frames:
        frames = present_frames
    return RecordingInfo(frames / sample_rate, channels, sample_rate)


def _probe_with_tinytag(path: Path, format_: str, wave_error: str = "") -> RecordingInfo:
    try:
        with path.open("rb") as fh:
            # by file object, so that the parser follows the content and not the extension
            tag = TinyTag.get(file_obj=fh, tags=False, duration=True)
    except TinyTagException as exc:
        raise RejectedFile(path, "damaged_recording", wave_error or str(exc)) from exc
    duration = _finite(tag.duration)
    if format_ in _MOVIE_FORMATS and duration is None:
        summary = read_movie_summary(path)
        duration = summary.duration_s if summary else None
    channels = tag.channels or None
    sample_rate = tag.samplerate or None
    if duration is None and channels is None and sample_rate is None:
        detail = wave_error or f"no {format_} audio stream found"
        raise RejectedFile(path, "damaged_recording", detail)
    return RecordingInfo(duration, channels, sample_rate)


def _finite(value: float | None) -> float | None:
    if value is None or not math.isfinite(value) or value < 0:
        return None
    return float(value)


def _probe_amr(path: Path) -> RecordingInfo:
    with path.open("rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
        if data[:9] == b"#!AMR-WB\n":
            header_end, frame_table, sample_rate = 9, _AMR_WB_FRAME_BYTES, 16000
        elif data[:6] == b"#!AMR\n":
            header_end, frame_table, sample_rate = 6, _AMR_NB_FRAME_BYTES, 8000
        else:
            raise RejectedFile(path, "damaged_recording", "no AMR header")
        size = len(data)
        offset = header_end
        frames = 0
        while offset < size:
            toc = data[offset]
            if toc & 0x83:  # storage format: padding bits and the F bit are zero
                break
            length = frame_table[(toc >> 3) & 0x0F]
            if offset + length > size:
                break  # the last frame was cut off
            frames += 1
            offset += length
    if frames == 0 and size > header_end:
        raise RejectedFile(path, "damaged_recording", "no AMR frames after the header")
    return RecordingInfo(frames * 0.02, 1, sample_rate)


def _probe_adts(path: Path) -> RecordingInfo:
    with path.open("rb") as fh:
        start = audio_start(fh)
        with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
            samples, channels, sample_rate = _walk_adts(data, start)
    if not sample_rate:
        raise RejectedFile(path, "damaged_recording", "no AAC frames found")
    return RecordingInfo(samples / sample_rate, channels or None, sample_rate)


def _walk_adts(data: mmap.mmap, offset: int) -> tuple[int, int, int]:
    """(samples, channels, sample rate) of the ADTS frames from ``offset`` until sync is lost."""
    size = len(data)
    samples = channels = sample_rate = 0
    while offset + 7 <= size:
        header = data[offset : offset + 7]
        if header[0] != 0xFF or header[1] & 0xF6 != 0xF0:
            break
        rate_index = (header[2] >> 2) & 0x0F
        length = ((header[3] & 0x03) << 11) | (header[4] << 3) | (header[5] >> 5)
        if rate_index >= len(_ADTS_SAMPLE_RATES) or length < 7 or offset + length > size:
            break
        if not sample_rate:
            sample_rate = _ADTS_SAMPLE_RATES[rate_index]
            channels = ((header[2] & 0x01) << 2) | (header[3] >> 6)
        samples += 1024 * ((header[6] & 0x03) + 1)  # 1024 samples per raw data block
        offset += length
    return samples, channels, sample_rate
