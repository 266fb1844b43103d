"""Redacted audio: a recording with its closed passages replaced by silence or a soft tone of the
same length, so every later time stays where it was.

The cut is made on decoded samples, never on a compressed file's packets: a packet of AAC or MP3
holds about a twentieth of a second and reaches into its neighbours, so cutting packets would
leave the edges of a closed passage audible. Each recording is decoded (FFmpeg, through PyAV, as
the story films use it), converted to 32-bit float at its own sample rate (a conversion of
format and channels only, which moves no sample), the closed stretches are overwritten sample by
sample (from the first sample at or before a stretch's start to the last one before its end,
rounded outward), and only then is anything resampled or encoded again. Positions count decoded
samples from the recording's first, as every player's decode lays them out.

A redacted derivative of a lossless recording (WAV, FLAC, ALAC) is written as 16-bit WAV, sample
for sample; of anything else, as AAC in an MPEG-4 file. Of a video only the sound is kept: the
picture of a closed passage could show what was said.
"""

from __future__ import annotations

import array
import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av

from archive_app.core.errors import ArchiveError

Stretch = tuple[float, float]

#: the soft tone: its pitch, loudness (of full scale) and how long it fades in and out
TONE_HZ = 440.0
TONE_LEVEL = 0.05
TONE_FADE_S = 0.02

#: codecs whose decode is the original, sample for sample
LOSSLESS = (
    "pcm_s16le",
    "pcm_s24le",
    "pcm_s32le",
    "pcm_u8",
    "pcm_f32le",
    "pcm_s16be",
    "flac",
    "alac",
)
#: bits per second of AAC per channel in a redacted derivative (more than the story audio's:
#: it stands in for the original in a deposit)
DERIVATIVE_BITRATE_PER_CHANNEL = 96_000
#: the containers of the derivatives, by format
FORMATS = {"wav": "wav", "flac": "flac", "m4a": "mp4"}
_AAC_RATES = (8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000, 64000, 88200, 96000)


class UnreadableRecording(ArchiveError):
    """A recording could not be decoded (damaged, or a format FFmpeg does not know)."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"cannot read recording {path.name}: {detail}")
        self.path = path
        self.detail = detail


def audio_stream(container: av.container.InputContainer) -> av.audio.stream.AudioStream:
    for stream in container.streams.audio:
        return stream
    raise av.error.InvalidDataError(0, "no audio stream")


def sample_span(stretch: Stretch, rate: int) -> tuple[int, int]:
    """The samples a stretch of seconds covers at ``rate``, rounded outward: from the sample at
    or before its start up to (not including) the first sample at or after its end."""
    start, end = stretch
    return max(0, math.floor(start * rate)), math.ceil(end * rate)


class Filler:
    """Overwrites the closed stretches of one recording's decoded samples, frame by frame."""

    def __init__(self, closed: Sequence[Stretch], rate: int, fill: str = "silence") -> None:
        if fill not in ("silence", "tone"):
            raise ValueError(f"unknown fill {fill!r}")
        self.spans: list[tuple[int, int]] = []
        for start, end in sorted(sample_span(s, rate) for s in closed if s[1] > s[0]):
            if self.spans and start <= self.spans[-1][1]:  # overlapping: one stretch, one tone
                self.spans[-1] = (self.spans[-1][0], max(end, self.spans[-1][1]))
            else:
                self.spans.append((start, end))
        self.rate = rate
        self.fill = fill

    def apply(self, frame: av.AudioFrame, at: int) -> None:
        """Fill what of the planar float ``frame``, whose first sample is sample number ``at`` of
        the recording, lies in a closed stretch."""
        count = frame.samples
        for start, end in self.spans:
            first, last = max(start, at), min(end, at + count)
            if first >= last:
                continue
            for plane in frame.planes:
                view = memoryview(plane).cast("B")
                view[(first - at) * 4 : (last - at) * 4] = self._samples(start, end, first, last)

    def _samples(self, start: int, end: int, first: int, last: int) -> bytes:
        if self.fill == "silence":
            return bytes(4 * (last - first))
        fade = max(1, round(TONE_FADE_S * self.rate))
        step = 2 * math.pi * TONE_HZ / self.rate
        values = array.array("f")
        for n in range(first, last):
            envelope = min(1.0, (n - start + 1) / fade, (end - n) / fade)
            values.append(TONE_LEVEL * envelope * math.sin(step * (n - start)))
        return values.tobytes()


def decoded(
    source: Path,
    layout: str,
    closed: Sequence[Stretch] = (),
    fill: str = "silence",
) -> Iterator[av.AudioFrame]:
    """The recording's sound as planar float frames at its own sample rate in ``layout``, its
    ``closed`` stretches (seconds into it) already filled. Each frame's ``pts`` counts samples
    from the first. Raises :class:`UnreadableRecording`."""
    try:
        with av.open(str(source)) as inside:
            stream = audio_stream(inside)
            rate = int(stream.codec_context.sample_rate or 0)
            if rate <= 0:
                raise av.error.InvalidDataError(0, "no sample rate")
            converter = av.AudioResampler(format="fltp", layout=layout, rate=rate)
            filler = Filler(closed, rate, fill)
            at = 0
            for frame in inside.decode(stream):
                for ready in converter.resample(frame):
                    filler.apply(ready, at)
                    ready.pts = at
                    ready.time_base = Fraction(1, rate)
                    at += ready.samples
                    yield ready
            for ready in converter.resample(None):
                filler.apply(ready, at)
                ready.pts = at
                ready.time_base = Fraction(1, rate)
                at += ready.samples
                yield ready
    except av.error.FFmpegError as error:
        raise UnreadableRecording(source, str(error)) from error


@dataclass(frozen=True)
class Redacted:
    """A redacted derivative as written: its file, its format ('wav' or 'm4a'), length and how
    many stretches were filled with what."""

    path: Path
    format: str
    duration_s: float
    stretches: tuple[Stretch, ...]
    fill: str


def mux_resampled(
    out: av.container.OutputContainer,
    stream: av.audio.stream.AudioStream,
    resampler: av.AudioResampler,
    frame: av.AudioFrame | None,
    written: int,
    rate: int,
) -> int:
    """Resample ``frame`` (None: what the resampler still holds), give each piece its place in
    samples counted from the start, encode and mux it; the samples written so far."""
    for ready in resampler.resample(frame):
        ready.pts = written
        ready.time_base = Fraction(1, rate)
        written += ready.samples
        out.mux(stream.encode(ready))
    return written


def _shape(source: Path) -> tuple[str, str, int]:
    """(codec, layout, rate) of a recording's sound."""
    try:
        with av.open(str(source)) as inside:
            context = audio_stream(inside).codec_context
            channels = min(2, context.channels or 1)
            return (
                str(context.name),
                "stereo" if channels == 2 else "mono",
                int(context.sample_rate),
            )
    except (av.error.FFmpegError, OSError) as error:
        raise UnreadableRecording(source, str(error)) from error


def derivative_format(source: Path) -> str:
    """'wav' for a lossless recording, 'm4a' for anything else (the extension to give)."""
    return "wav" if _shape(source)[0] in LOSSLESS else "m4a"


def redact_recording(
    source: Path,
    target: Path,
    closed: Sequence[Stretch],
    fill: str = "silence",
    step: Callable[[float], None] | None = None,
    duration_s: float | None = None,
    as_format: str | None = None,
) -> Redacted:
    """Write a redacted derivative of the recording ``source`` at ``target`` (name it with
    :func:`derivative_format`'s extension): its sound with the ``closed`` stretches (seconds
    into it) replaced by silence or a soft tone (``fill``). ``as_format`` ('wav', 'flac' or
    'm4a') overrides :func:`derivative_format`'s choice (FLAC: lossless and quick to write, for
    a copy only played here). ``step(fraction)`` is called now and then when the recording's
    length ``duration_s`` is known (it may raise to stop the work). Raises
    :class:`UnreadableRecording`.
    """
    codec, layout, rate = _shape(source)
    kind = as_format or ("wav" if codec in LOSSLESS else "m4a")
    if kind not in FORMATS:
        raise ValueError(f"unknown format {kind!r}")
    channels = 2 if layout == "stereo" else 1
    with av.open(str(target), "w", format=FORMATS[kind]) as out:
        if kind in ("wav", "flac"):
            stream = out.add_stream(
                "pcm_s16le" if kind == "wav" else "flac", rate=rate, layout=layout
            )
            wanted = av.AudioResampler(format="s16", layout=layout, rate=rate)
            out_rate = rate
        else:
            out_rate = min((r for r in _AAC_RATES if r >= rate), default=48000)
            stream = out.add_stream("aac", rate=out_rate, layout=layout)
            stream.bit_rate = DERIVATIVE_BITRATE_PER_CHANNEL * channels
            wanted = av.AudioResampler(format="fltp", layout=layout, rate=out_rate)
        written = 0
        for frame in decoded(source, layout, closed, fill):
            written = mux_resampled(out, stream, wanted, frame, written, out_rate)
            if step is not None and duration_s and frame.pts is not None:
                step(min(0.99, frame.pts / (duration_s * rate)))
        written = mux_resampled(out, stream, wanted, None, written, out_rate)
        out.mux(stream.encode(None))
    return Redacted(target, kind, written / out_rate, tuple(closed), fill)
