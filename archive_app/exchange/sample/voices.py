"""The sample's recordings: voice-like tones, not speech.

Syllables with Mandarin-like pitch contours, placed where the interview's own transcript says
someone speaks, one pitch per speaker, over a faint room noise; 16 kHz mono 16-bit WAV, as a
phone's voice recorder might make them. The same seed always gives the same samples.
"""

from __future__ import annotations

import math
import random
import sys
import wave
from array import array
from collections.abc import Iterable, Sequence
from pathlib import Path

from archive_app.core.transcripts.parse import Segment, parse_transcript
from archive_app.exchange.sample.manifest import Entry

RATE = 16_000

#: (start, end, pitch): someone speaking from ``start`` to ``end`` seconds at ``pitch`` Hz
Turn = tuple[float, float, float]

_TABLE_SIZE = 1024
#: harmonic weights of a few vowel-like timbres, so that syllables do not all sound alike
_VOWELS = (
    (1.0, 0.8, 0.6, 0.45, 0.3, 0.2, 0.1),
    (1.0, 0.3, 0.12, 0.1, 0.3, 0.4, 0.2),
    (1.0, 0.6, 0.2, 0.1, 0.05),
    (1.0, 0.5, 0.5, 0.3, 0.2, 0.1),
    (1.0, 0.9, 0.4, 0.2, 0.1),
)
#: pitch contours over a syllable, as f0 multipliers a + b·x + c·x²: Mandarin's four tones and
#: the neutral one, which is what makes the tones sound like someone talking rather than beeping
_TONES = (
    (1.12, 0.0, 0.0),
    (0.90, 0.32, 0.0),
    (0.95, -0.45, 0.45),
    (1.25, -0.45, 0.0),
    (0.97, -0.05, 0.0),
)
_PENTATONIC = (0, 2, 4, 7, 9)


def speaker_turns(interview: Entry, sources: Path) -> list[Turn]:
    """Who speaks when in the interview's recording, from its verbatim transcript.

    Untimed text (a plain transcript) or no transcript: one voice across the whole recording.
    """
    recording = interview["recording"]
    duration = float(recording["duration_s"])
    voices: dict[str, float] = {k: float(v) for k, v in recording["voices"].items()}
    default = next(iter(voices.values()))
    verbatim = [t for t in interview["transcripts"] if t["kind"] == "verbatim"]
    timed: list[Segment] = []
    if verbatim:
        source = sources / verbatim[0]["file"]
        segments = parse_transcript(source, source.read_bytes()).segments
        timed = [s for s in segments if s.start_s is not None]
    if not timed:
        return [(0.4, duration - 0.4, default)]
    spoken: list[Turn] = []
    for index, segment in enumerate(timed):
        start = float(segment.start_s or 0.0)
        if segment.end_s is not None:
            end = float(segment.end_s)
        elif index + 1 < len(timed):
            end = float(timed[index + 1].start_s or start) - 0.25
        else:
            end = duration - 0.5
        spoken.append((start, min(end, duration - 0.2), voices.get(segment.speaker, default)))
    return spoken


def synthesize_voice(
    duration_s: float,
    turns: Iterable[Turn],
    seed: int,
    *,
    sung: bool = False,
) -> array[int]:
    """Samples (16-bit, :data:`RATE` Hz) of syllables spoken in each (start, end, pitch) turn,
    over a faint room noise; sung ones hold pentatonic notes instead of speech tones."""
    rng = random.Random(seed)
    total = int(round(duration_s * RATE))
    hiss = [int(rng.gauss(0.0, 35.0)) for _ in range(4096)]
    samples = array("h", (hiss[i & 4095] for i in range(total)))
    tables = [_wavetable(weights) for weights in _VOWELS]
    for start, end, pitch in turns:
        _speak(samples, tables, rng, start, end, pitch, sung)
    return samples


def write_wav(path: Path, samples: array[int]) -> None:
    """A 16 kHz mono 16-bit WAV file."""
    data = array("h", samples)
    if sys.byteorder == "big":  # WAV is little-endian
        data.byteswap()
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(data.tobytes())


def _wavetable(harmonics: Sequence[float]) -> list[float]:
    values = [
        sum(
            weight * math.sin(2 * math.pi * (n + 1) * i / _TABLE_SIZE)
            for n, weight in enumerate(harmonics)
        )
        for i in range(_TABLE_SIZE)
    ]
    peak = max(abs(v) for v in values)
    return [v / peak for v in values]


def _speak(
    samples: array[int],
    tables: Sequence[Sequence[float]],
    rng: random.Random,
    start: float,
    end: float,
    pitch: float,
    sung: bool,
) -> None:
    moment = start + rng.uniform(0.03, 0.12)
    span = max(end - start, 0.001)
    while True:
        length = rng.uniform(0.35, 0.6) if sung else rng.uniform(0.14, 0.27)
        if moment + length > end - 0.05:
            return
        falling = 1.08 - 0.16 * (moment - start) / span  # a phrase's pitch drifts down
        if sung:
            tone: tuple[float, float, float] = (2 ** (rng.choice(_PENTATONIC) / 12), 0.0, 0.0)
        else:
            tone = rng.choice(_TONES)
        _syllable(
            samples,
            rng.choice(tables),
            int(moment * RATE),
            int(length * RATE),
            pitch * falling,
            tone,
            rng.uniform(0.55, 1.0) * 9000,
            sung,
        )
        moment += length + rng.uniform(0.015, 0.06)
        if rng.random() < 0.12:  # a breath between phrases
            moment += rng.uniform(0.12, 0.3)


def _syllable(
    samples: array[int],
    table: Sequence[float],
    first: int,
    count: int,
    pitch: float,
    tone: tuple[float, float, float],
    loudness: float,
    vibrato: bool,
) -> None:
    a, b, c = tone
    size = len(table)
    last = min(first + count, len(samples))
    phase = 0.0
    block = 80  # pitch and loudness change every 5 ms; per sample would be slow in Python
    for block_start in range(first, last, block):
        x = (block_start - first) / count
        frequency = pitch * (a + b * x + c * x * x)
        if vibrato:
            frequency *= 1 + 0.015 * math.sin(2 * math.pi * 5.5 * block_start / RATE)
        gain = loudness * math.sin(math.pi * x) ** 0.7
        step = frequency * size / RATE
        for i in range(block_start, min(block_start + block, last)):
            phase += step
            if phase >= size:
                phase -= size
            samples[i] += int(table[int(phase)] * gain)
