"""A story's recordings as one AAC (MPEG-4 audio) file any browser, phone or TV plays.

The recordings of an interview are one timeline (the player plays them one after another and
transcript times count from the first one's start), so the story's voice is written as one
file. A single recording already in AAC is copied packet for packet (no quality lost, nearly
no time spent); anything else (WAV, MP3, AMR, several recordings) is decoded and encoded once.
A recording with closed passages is always decoded: the passages are replaced by silence or a
soft tone on the decoded samples (:mod:`.redact`) before anything is encoded, so no packet of
the original reaches the file. Metadata of the originals (titles, names, places a phone writes
into its files) is never copied.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import av

from archive_app.exchange.media.redact import (
    Stretch,
    UnreadableRecording,
    audio_stream,
    decoded,
    mux_resampled,
)

__all__ = ["UnreadableRecording", "write_story_audio"]

#: bits per second of AAC per channel: plenty for a voice
BITRATE_PER_CHANNEL = 64_000
_RATES = (8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000)


def _can_copy(sources: Sequence[Path]) -> bool:
    if len(sources) != 1:
        return False
    try:
        with av.open(str(sources[0])) as container:
            return audio_stream(container).codec_context.name == "aac"
    except (av.error.FFmpegError, OSError):
        return False


def write_story_audio(
    sources: Sequence[Path],
    target: Path,
    step: Callable[[float], None] | None = None,
    closed: Sequence[Sequence[Stretch]] = (),
    fill: str = "silence",
) -> float:
    """Write the recordings ``sources``, one after another, as AAC in an MPEG-4 file at
    ``target`` (any extension; ``.m4a`` is usual) and return its duration in seconds.

    ``closed[n]`` lists the stretches (seconds into ``sources[n]``) to replace with silence or
    a soft tone (``fill``). ``step(fraction)`` is called now and then (it may raise to stop the
    work). Raises :class:`UnreadableRecording` when a source cannot be decoded.
    """
    if not sources:
        raise ValueError("no recordings")
    if not any(closed) and _can_copy(sources):
        return _copy(sources[0], target)
    return _encode(sources, target, step, closed, fill)


def _copy(source: Path, target: Path) -> float:
    try:
        with av.open(str(source)) as inside, av.open(str(target), "w", format="mp4") as out:
            stream = audio_stream(inside)
            copied = out.add_stream_from_template(stream)
            end = 0.0
            for packet in inside.demux(stream):
                if packet.dts is None:
                    continue
                packet.stream = copied
                if packet.pts is not None and packet.time_base is not None:
                    end = max(end, float((packet.pts + (packet.duration or 0)) * packet.time_base))
                out.mux(packet)
        return end
    except av.error.FFmpegError as error:
        raise UnreadableRecording(source, str(error)) from error


def _layout_and_rate(sources: Sequence[Path]) -> tuple[str, int]:
    channels, rate = 1, 0
    for source in sources:
        try:
            with av.open(str(source)) as container:
                context = audio_stream(container).codec_context
                channels = max(channels, min(2, context.channels or 1))
                rate = rate or int(context.sample_rate or 0)
        except (av.error.FFmpegError, OSError) as error:
            raise UnreadableRecording(source, str(error)) from error
    rate = min((r for r in _RATES if r >= rate), default=48000) if rate else 44100
    return ("stereo" if channels == 2 else "mono"), rate


def _encode(
    sources: Sequence[Path],
    target: Path,
    step: Callable[[float], None] | None,
    closed: Sequence[Sequence[Stretch]],
    fill: str,
) -> float:
    layout, rate = _layout_and_rate(sources)
    with av.open(str(target), "w", format="mp4") as out:
        stream = out.add_stream("aac", rate=rate, layout=layout)
        stream.bit_rate = BITRATE_PER_CHANNEL * (2 if layout == "stereo" else 1)
        resampler = av.AudioResampler(format="fltp", layout=layout, rate=rate)
        written = 0  # samples
        for number, source in enumerate(sources):
            stretches = closed[number] if number < len(closed) else ()
            length = _length(source) if step is not None else None
            for frame in decoded(source, layout, stretches, fill):
                written = mux_resampled(out, stream, resampler, frame, written, rate)
                if step is not None and length and frame.pts is not None:
                    part = frame.pts / (length * frame.sample_rate)
                    step((number + min(1.0, part)) / len(sources))
        written = mux_resampled(out, stream, resampler, None, written, rate)
        out.mux(stream.encode(None))
    return written / rate


def _length(source: Path) -> float | None:
    """The recording's length in seconds as its container says (for progress only)."""
    try:
        with av.open(str(source)) as container:
            audio = audio_stream(container)
            if audio.duration and audio.time_base is not None:
                return float(audio.duration * audio.time_base)
            if container.duration:
                return container.duration / 1_000_000
    except (av.error.FFmpegError, OSError):
        return None
    return None
