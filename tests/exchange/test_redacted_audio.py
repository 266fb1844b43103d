"""Redacted audio: inside a closed passage silence (or the soft tone), outside it the original's
sound, and nothing of the passage at its edges, from WAV and from compressed recordings.

The originals are made with PyAV: a 440 Hz voice outside the closed stretches and a 2500 Hz
"secret" inside them, sample for sample. Whatever of the secret survives anywhere in the
redacted file (an AAC or MP3 packet cut instead of decoded samples would keep some at each edge)
shows as 2500 Hz energy, measured over the whole file.
"""

from __future__ import annotations

import array
import math
from fractions import Fraction
from pathlib import Path

import av
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive_app.exchange.media.audio import write_story_audio
from archive_app.exchange.media.redact import (
    TONE_FADE_S,
    TONE_HZ,
    TONE_LEVEL,
    derivative_format,
    redact_recording,
    sample_span,
)

RATE = 16_000
VOICE_HZ, SECRET_HZ = 440.0, 2500.0
LEVEL = 0.3
#: how far from a stretch's edge a lossy codec may still smear (two AAC frames at 16 kHz)
GUARD = 2048
CODECS = {
    "wav": ("wav", "pcm_s16le", "s16"),
    "m4a": ("mp4", "aac", "fltp"),
    "mp3": ("mp3", "libmp3lame", "fltp"),
}

pytestmark = pytest.mark.timeout(600)


def _original(
    path: Path, kind: str, seconds: float, closed: list[tuple[float, float]], rate: int = RATE
) -> None:
    """A mono recording: the voice outside ``closed``, the secret inside (whole samples)."""
    spans = [sample_span(c, rate) for c in closed]
    total = int(seconds * rate)
    samples = array.array("f")
    for n in range(total):
        secret = any(a <= n < b for a, b in spans)
        hz = SECRET_HZ if secret else VOICE_HZ
        samples.append(LEVEL * math.sin(2 * math.pi * hz * n / rate))
    container, codec, sample_format = CODECS[kind]
    with av.open(str(path), "w", format=container) as out:
        stream = out.add_stream(codec, rate=rate, layout="mono")
        if codec != "pcm_s16le":
            stream.bit_rate = 96_000
        size = stream.codec_context.frame_size or 1024
        at = 0
        while at < total:
            part = samples[at : at + size]
            frame = av.AudioFrame(format="flt", layout="mono", samples=len(part))
            frame.planes[0].update(part.tobytes())
            frame.rate = rate
            frame.pts = at
            frame.time_base = Fraction(1, rate)
            for ready in av.AudioResampler(format=sample_format, layout="mono", rate=rate).resample(
                frame
            ):
                out.mux(stream.encode(ready))
            at += len(part)
        out.mux(stream.encode(None))


def decode(path: Path) -> tuple[array.array[float], int]:
    """Every sample of the file's sound, mono float, as FFmpeg decodes it; and the rate."""
    found: array.array[float] = array.array("f")
    with av.open(str(path)) as inside:
        stream = inside.streams.audio[0]
        rate = int(stream.codec_context.sample_rate)
        mono = av.AudioResampler(format="flt", layout="mono", rate=rate)
        for frame in inside.decode(stream):
            for ready in mono.resample(frame):
                found.frombytes(bytes(ready.planes[0])[: 4 * ready.samples])
        for ready in mono.resample(None):
            found.frombytes(bytes(ready.planes[0])[: 4 * ready.samples])
    return found, rate


def power(samples: array.array[float], hz: float, rate: int) -> float:
    """The signal's power at one frequency (Goertzel), over all of it."""
    coefficient = 2 * math.cos(2 * math.pi * hz / rate)
    before = earlier = 0.0
    for value in samples:
        before, earlier = value + coefficient * before - earlier, before
    return (before * before + earlier * earlier - coefficient * before * earlier) / max(
        1, len(samples)
    ) ** 2


def tone(n: int, start: int, end: int, rate: int) -> float:
    fade = max(1, round(TONE_FADE_S * rate))
    envelope = min(1.0, (n - start + 1) / fade, (end - n) / fade)
    return TONE_LEVEL * envelope * math.sin(2 * math.pi * TONE_HZ * (n - start) / rate)


def rms(values: list[float]) -> float:
    return math.sqrt(sum(v * v for v in values) / max(1, len(values)))


def check(
    original: array.array[float],
    redacted: array.array[float],
    rate: int,
    closed: list[tuple[float, float]],
    fill: str,
    exact: bool,
) -> None:
    """Inside each stretch the fill, outside the original (exactly, or within a lossy codec's
    tolerance away from the edges), and no secret anywhere."""
    assert abs(len(redacted) - len(original)) <= (0 if exact else 2048)
    length = min(len(original), len(redacted))
    spans: list[tuple[int, int]] = []
    for a, b in sorted(sample_span(c, rate) for c in closed):  # overlapping ones are one
        if spans and a <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(b, spans[-1][1]))
        else:
            spans.append((a, b))
    inside = [False] * length
    near = [False] * length
    for a, b in spans:
        for n in range(max(0, a), min(b, length)):
            inside[n] = True
        for n in range(max(0, a - GUARD), min(b + GUARD, length)):
            near[n] = True
    # 1. inside: silence, or the tone
    for a, b in spans:
        for n in range(max(0, a), min(b, length)):
            wanted = 0.0 if fill == "silence" else tone(n, a, b, rate)
            if exact:
                assert abs(redacted[n] - wanted) <= 2 / 32768, (n, redacted[n], wanted)
        if not exact:
            interior = range(max(0, a) + GUARD, min(b, length) - GUARD)
            wanted_values = [0.0 if fill == "silence" else tone(n, a, b, rate) for n in interior]
            error = [redacted[n] - w for n, w in zip(interior, wanted_values, strict=True)]
            assert rms(error) < 0.01, (a, b, rms(error))
    # 2. outside: the original's decode
    outside = [n for n in range(length) if not (near[n] if not exact else inside[n])]
    if exact:
        assert all(redacted[n] == original[n] for n in outside)
    elif outside:
        error = [redacted[n] - original[n] for n in outside]
        assert rms(error) < 0.1 * LEVEL, rms(error)
    # 3. no secret anywhere: at most a thousandth of its power in the original
    secret = power(original, SECRET_HZ, rate)
    if secret > 0:
        assert power(redacted, SECRET_HZ, rate) < secret * 1e-3


@st.composite
def stretches(draw: st.DrawFn, seconds: float) -> list[tuple[float, float]]:
    found = []
    for _ in range(draw(st.integers(1, 3))):
        start = draw(st.integers(0, int(seconds * 100) - 20)) / 100
        length = draw(st.integers(5, 80)) / 100
        found.append((start, min(seconds, start + length)))
    return found


@pytest.mark.parametrize("kind", sorted(CODECS))
@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data(), fill=st.sampled_from(("silence", "tone")))
def test_a_redacted_derivative_holds_the_fill_inside_and_the_original_outside(
    kind: str, data: st.DataObject, fill: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("redact")
    seconds = 2.0
    closed = data.draw(stretches(seconds))
    source = folder / f"original.{kind}"
    _original(source, kind, seconds, closed)
    target = folder / f"redacted.{derivative_format(source)}"
    made = redact_recording(source, target, closed, fill)
    assert made.format == ("wav" if kind == "wav" else "m4a")
    original, rate = decode(source)
    redacted, redacted_rate = decode(target)
    assert redacted_rate == rate
    check(original, redacted, rate, closed, fill, exact=kind == "wav")


@settings(
    max_examples=4,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_a_storys_voice_silences_each_recordings_passages_in_its_own_time(
    data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """The story site's and films' voice: several recordings one after another, each with its
    own closed stretches, encoded once as AAC."""
    folder = tmp_path_factory.mktemp("story")
    first_closed = data.draw(stretches(2.0))
    second_closed = data.draw(stretches(2.0))
    first, second = folder / "one.wav", folder / "two.mp3"
    _original(first, "wav", 2.0, first_closed)
    _original(second, "mp3", 2.0, second_closed)
    voice = folder / "voice.m4a"
    write_story_audio([first, second], voice, closed=[first_closed, second_closed])
    heard, rate = decode(voice)
    one, _ = decode(first)
    two, _ = decode(second)
    joined = array.array("f", one)
    joined.extend(two)
    shifted = [(a + len(one) / rate, b + len(one) / rate) for a, b in second_closed]
    check(joined, heard, rate, first_closed + shifted, "silence", exact=False)


def test_without_closed_passages_the_voice_is_not_touched(tmp_path: Path) -> None:
    source = tmp_path / "one.wav"
    _original(source, "wav", 1.0, [(0.2, 0.4)])
    voice = tmp_path / "voice.m4a"
    write_story_audio([source], voice)
    heard, rate = decode(voice)
    original, _ = decode(source)
    assert power(heard, SECRET_HZ, rate) > power(original, SECRET_HZ, rate) * 0.5
