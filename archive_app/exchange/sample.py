"""The bundled sample archive that ``archive-app --archive DIR demo`` opens for a newcomer.

Its sources live in ``resources/sample/``: a manifest (``sample.json``) of invented places,
families, people, interviews, photos, consents, tags and collections, and the transcript files
(UTF-8, UTF-8 with BOM, GBK and Big5 on disk, on purpose). Recordings and photos are not stored:
they are generated here, deterministically, into a temporary field-trip folder that goes through
the real import pipeline (:func:`archive_app.core.ingest.ingest`) like any interviewer's folder.
The manifest is then applied through core's record functions.

The recordings are voice-like tones, not speech: syllables with Mandarin-like pitch contours,
placed where the interview's own transcript says someone speaks, one pitch per speaker.
"""

from __future__ import annotations

import json
import math
import random
import shutil
import sys
import tempfile
import wave
from array import array
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import sqlite_utils
from PIL import Image, ImageDraw, ImageFont

from archive_app.core import audit, browse, interviews, people, places, records
from archive_app.core.archive import Archive
from archive_app.core.errors import ArchiveError
from archive_app.core.ingest import IngestResult, ingest
from archive_app.core.transcripts.parse import parse_transcript

Progress = Callable[[float, str], None]
Manifest = dict[str, Any]

SOURCES = Path(__file__).resolve().parents[2] / "resources" / "sample"
MANIFEST = "sample.json"
CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")

RATE = 16_000  # recordings: 16 kHz mono, 16-bit, as a phone's voice recorder might make them
PHOTO_SIZE = (1024, 768)


class SampleBuildError(ArchiveError):
    """The sample's own sources or their import went wrong (a bug in the sample, not user data)."""


def build_sample(root: Path, progress: Progress | None = None) -> dict[str, int]:
    """Create a new archive at ``root`` holding the sample and return counts of what it holds.

    Raises :class:`ArchiveExists` if ``root`` already holds an archive, :class:`ArchiveLocked`
    if another process writes there, and :class:`SampleBuildError` if a generated file is
    rejected by the import or the manifest names something that does not exist.
    """
    report = progress or (lambda fraction, message: None)
    manifest = load_manifest()
    with Archive.create(Path(root)) as archive:
        with tempfile.TemporaryDirectory(prefix="hometown-voices-sample-") as scratch:
            report(0.0, "generating recordings and photos")
            staged = stage_media(manifest, Path(scratch) / "乡音 sample field trip", report)
            report(0.35, "importing")
            results = ingest(
                archive,
                [staged.folder],
                progress=lambda fraction, name: report(0.35 + 0.5 * fraction, name),
            )
        report(0.85, "cataloguing people, places and consent")
        with archive.transaction() as db:
            _catalogue(db, manifest, staged, results)
        summary = counts(archive.db)
    report(1.0, "done")
    return summary


def load_manifest(sources: Path = SOURCES) -> Manifest:
    """The sample manifest; :class:`SampleBuildError` if it is missing or not JSON."""
    try:
        manifest: Manifest = json.loads((sources / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as failure:
        raise SampleBuildError(f"sample manifest unreadable: {failure}") from failure
    manifest["sources"] = str(sources)
    return manifest


def counts(db: sqlite_utils.Database) -> dict[str, int]:
    """How many records of each kind the archive holds (consents when the schema has them)."""
    tables = {
        "places": "place",
        "people": "person",
        "families": "family",
        "members": "family_member",
        "migrations": "migration_episode",
        "interviews": "interview",
        "links": "interview_person",
        "recordings": "recording",
        "photos": "photo",
        "documents": "document",
        "transcripts": "transcript",
        "segments": "segment",
        "tags": "tag",
        "collections": "collection",
        "consents": "consent",
    }
    present = set(db.table_names())
    return {
        name: int(db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0])
        for name, table in tables.items()
        if table in present
    }


# -- the field-trip folder -----------------------------------------------------------------------


@dataclass
class StagedMedia:
    """The generated folder, and which manifest entry each of its files stands for."""

    folder: Path
    keys: dict[str, str]  # file path as given to ingest -> manifest key ('i1', 'p3', 'i1:en'...)


def stage_media(manifest: Manifest, folder: Path, report: Progress) -> StagedMedia:
    """Write one sub-folder per interview: its recording, transcripts, photos and forms.

    File names follow the interviewer's habits the import understands: a recording and its
    transcripts share a base name (``婆婆的一天 2024-02-12.wav``, ``….zh-Hans.srt``,
    ``….en.srt``), photos keep the phone's ``IMG_…`` names, a consent form says so in its name.
    """
    sources = Path(manifest["sources"])
    staged = StagedMedia(folder, {})
    interviews_by_key = {i["key"]: i for i in manifest["interviews"]}
    total = len(manifest["interviews"]) + len(manifest["photos"]) + len(manifest["documents"])
    done = 0
    for interview in manifest["interviews"]:
        where = folder / interview["media_name"]
        where.mkdir(parents=True, exist_ok=True)
        turns = _turns(interview, sources)
        recording = interview["recording"]
        wav = where / f"{interview['media_name']}.wav"
        write_wav(
            wav,
            synthesize_voice(
                recording["duration_s"], turns, recording["seed"], sung=bool(recording.get("sung"))
            ),
        )
        staged.keys[str(wav)] = interview["key"]
        for transcript in interview["transcripts"]:
            source = sources / transcript["file"]
            target = where / f"{interview['media_name']}.{transcript['language']}{source.suffix}"
            shutil.copyfile(source, target)  # byte for byte: the encodings on disk are the point
            staged.keys[str(target)] = f"{interview['key']}:{transcript['language']}"
        done += 1
        report(0.3 * done / total, interview["media_name"])
    for photo in manifest["photos"]:
        where = folder / interviews_by_key[photo["interview"]]["media_name"]
        figures = _figures(manifest, photo)
        path = where / photo["file_name"]
        write_photo(path, photo, figures)
        staged.keys[str(path)] = photo["key"]
        done += 1
        report(0.3 * done / total, photo["file_name"])
    for document in manifest["documents"]:
        where = folder / interviews_by_key[document["interview"]]["media_name"]
        path = where / document["file_name"]
        draw_consent_form(document["form"], document["seed"]).save(path, "JPEG", quality=88)
        staged.keys[str(path)] = document["key"]
        done += 1
        report(0.3 * done / total, document["file_name"])
    return staged


@dataclass(frozen=True)
class Figure:
    """A person as a photo draws them: age on the day and gender."""

    age: int
    gender: str


def _figures(manifest: Manifest, photo: Mapping[str, Any]) -> list[Figure]:
    """The people a photo depicts, as old as they were on the day it was taken."""
    day = date.fromisoformat(photo["taken_at"][:10])
    born = {p["key"]: p for p in manifest["people"]}
    return [
        Figure(day.year - int(born[key]["birth_date"][:4]), born[key]["gender"])
        for key in photo["depicted"]
    ]


def _turns(interview: Mapping[str, Any], sources: Path) -> list[tuple[float, float, float]]:
    """Who speaks when, as (start, end, pitch), from the interview's verbatim transcript.

    Untimed text (a plain transcript) or no transcript: one voice across the whole recording.
    """
    recording = interview["recording"]
    duration = float(recording["duration_s"])
    voices: dict[str, float] = {k: float(v) for k, v in recording["voices"].items()}
    default = next(iter(voices.values()))
    verbatim = [t for t in interview["transcripts"] if t["kind"] == "verbatim"]
    if not verbatim:
        return [(0.4, duration - 0.4, default)]
    source = sources / verbatim[0]["file"]
    segments = parse_transcript(source, source.read_bytes()).segments
    timed = [s for s in segments if s.start_s is not None]
    if not timed:
        return [(0.4, duration - 0.4, default)]
    turns = []
    for index, segment in enumerate(timed):
        start = float(segment.start_s or 0.0)
        if segment.end_s is not None:
            end = float(segment.end_s)
        elif index + 1 < len(timed):
            end = float(timed[index + 1].start_s or start) - 0.25
        else:
            end = duration - 0.5
        turns.append((start, min(end, duration - 0.2), voices.get(segment.speaker, default)))
    return turns


# -- recordings: voice-like tones ----------------------------------------------------------------

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


def synthesize_voice(
    duration_s: float,
    turns: Iterable[tuple[float, float, float]],
    seed: int,
    *,
    sung: bool = False,
) -> array[int]:
    """Samples (16-bit, :data:`RATE` Hz) of syllables spoken in each (start, end, pitch) turn,
    over a faint room noise. The same seed gives the same samples."""
    rng = random.Random(seed)
    total = int(round(duration_s * RATE))
    hiss = [int(rng.gauss(0.0, 35.0)) for _ in range(4096)]
    samples = array("h", (hiss[i & 4095] for i in range(total)))
    tables = [_wavetable(weights) for weights in _VOWELS]
    for start, end, pitch in turns:
        _speak(samples, tables, rng, start, end, pitch, sung)
    return samples


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


# -- photos: simple drawings with a phone's EXIF -------------------------------------------------

Colour = tuple[int, int, int]
#: the transpose that undoes each EXIF orientation we write, so that the stored pixels are the
#: upright drawing turned the way a phone held sideways would have stored them
_STORED_TURN = {
    3: Image.Transpose.ROTATE_180,
    6: Image.Transpose.ROTATE_90,
    8: Image.Transpose.ROTATE_270,
}


def font(size: int) -> tuple[ImageFont.FreeTypeFont | ImageFont.ImageFont, bool]:
    """The CJK font if installed (and True), else Pillow's own font (and False)."""
    if CJK_FONT.exists():
        return ImageFont.truetype(str(CJK_FONT), size), True
    return ImageFont.load_default(size=size), False


def write_photo(path: Path, photo: Mapping[str, Any], figures: Sequence[Figure]) -> None:
    """Draw the photo's scene upright, turn it as its EXIF orientation says the phone stored it,
    and save a JPEG with the phone's make, model and capture time."""
    scene = photo["scene"]
    size = (PHOTO_SIZE[1], PHOTO_SIZE[0]) if scene == "school_gate" else PHOTO_SIZE
    image = Image.new("RGB", size)
    SCENES[scene](ImageDraw.Draw(image), size, random.Random(photo["seed"]), photo, figures)
    orientation = int(photo.get("orientation", 1))
    if orientation in _STORED_TURN:
        image = image.transpose(_STORED_TURN[orientation])
    stamp = photo["taken_at"].replace("-", ":").replace("T", " ")
    exif = Image.Exif()
    exif[0x010F] = photo["make"]
    exif[0x0110] = photo["model"]
    exif[0x0112] = orientation
    exif[0x0132] = stamp  # DateTime
    details = exif.get_ifd(0x8769)
    details[0x9003] = stamp  # DateTimeOriginal
    details[0x9004] = stamp  # DateTimeDigitized
    image.save(path, "JPEG", quality=85, exif=exif.tobytes())


def _sky(
    draw: ImageDraw.ImageDraw, size: tuple[int, int], horizon: int, top: Colour, low: Colour
) -> None:
    width, _ = size
    for y in range(horizon):
        k = y / max(horizon - 1, 1)
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(int(t + (b - t) * k) for t, b in zip(top, low, strict=True)),
        )


def _hills(
    draw: ImageDraw.ImageDraw,
    size: tuple[int, int],
    rng: random.Random,
    base: int,
    colour: Colour,
    height: int,
) -> None:
    width, _ = size
    points = [(0, base)]
    x = 0
    while x < width:
        x += rng.randint(60, 160)
        points.append((x, base - rng.randint(height // 3, height)))
    points += [(width, base), (width, base + 40), (0, base + 40)]
    draw.polygon(points, fill=colour)


_SHIRTS: tuple[Colour, ...] = (
    (178, 34, 52),
    (40, 90, 160),
    (60, 130, 80),
    (220, 140, 40),
    (120, 60, 140),
    (90, 90, 95),
)


def _figure(
    draw: ImageDraw.ImageDraw, x: int, ground: int, tall: int, who: Figure, rng: random.Random
) -> None:
    """A simple standing person, ``tall`` pixels high, feet on ``ground`` at ``x``."""
    head = max(tall // 7, 6)
    body_top = ground - tall + 2 * head
    waist = body_top + int(tall * 0.36)
    shoulders = int(tall * 0.13)
    shirt = rng.choice(_SHIRTS)
    trousers = (
        (50, 50, 60) if who.age >= 14 else rng.choice(((30, 60, 120), (70, 40, 30), (40, 40, 45)))
    )
    hair = (200, 200, 200) if who.age >= 60 else (25, 20, 20)
    skin = (236, 200, 160)
    # legs, then body and arms, then the head on top
    draw.rectangle([x - shoulders // 2 - 2, waist, x - 2, ground], fill=trousers)
    draw.rectangle([x + 2, waist, x + shoulders // 2 + 2, ground], fill=trousers)
    draw.rounded_rectangle(
        [x - shoulders, body_top, x + shoulders, waist + 4], radius=head // 2, fill=shirt
    )
    draw.line(
        [(x - shoulders, body_top + 6), (x - shoulders - head // 2, waist)],
        fill=shirt,
        width=max(head // 2, 3),
    )
    draw.line(
        [(x + shoulders, body_top + 6), (x + shoulders + head // 2, waist)],
        fill=shirt,
        width=max(head // 2, 3),
    )
    cy = body_top - head
    if who.gender == "female" and who.age < 60:
        draw.rectangle([x - head, cy - head // 2, x + head, cy + int(head * 1.4)], fill=hair)
    draw.ellipse([x - head, cy - head, x + head, cy + head], fill=skin)
    draw.chord([x - head, cy - head - 2, x + head, cy + head // 2], 180, 360, fill=hair)
    eye = max(head // 6, 1)
    draw.ellipse([x - head // 2 - eye, cy, x - head // 2 + eye, cy + 2 * eye], fill=(30, 30, 30))
    draw.ellipse([x + head // 2 - eye, cy, x + head // 2 + eye, cy + 2 * eye], fill=(30, 30, 30))
    draw.arc(
        [x - head // 2, cy + head // 4, x + head // 2, cy + int(head * 0.7)],
        20,
        160,
        fill=(150, 60, 50),
        width=max(eye, 1),
    )


def _height(base: int, who: Figure) -> int:
    if who.age >= 18:
        scale = 0.95 if who.age >= 65 else 1.0
    else:
        scale = min(0.4 + 0.03 * who.age, 0.92)
    return int(base * scale * (1.0 if who.gender == "male" else 0.95))


def _house(draw: ImageDraw.ImageDraw, left: int, top: int, right: int, ground: int) -> None:
    """A whitewashed village house with a tiled roof, New Year couplets and lanterns."""
    width = right - left
    draw.rectangle([left, top, right, ground], fill=(236, 232, 222), outline=(180, 175, 165))
    draw.polygon(
        [
            (left - 40, top + 10),
            (left + width // 2, top - int(width * 0.18)),
            (right + 40, top + 10),
        ],
        fill=(70, 72, 78),
    )
    apex = top - int(width * 0.18)
    for y in range(apex + 12, top + 10, 9):  # rows of tiles, inside the roof's outline
        reach = (y - apex) / (top + 10 - apex) * (width // 2 + 40) - 6
        middle = left + width // 2
        draw.line([(middle - reach, y), (middle + reach, y)], fill=(90, 92, 98), width=1)
    door_l, door_r = left + width // 2 - 45, left + width // 2 + 45
    draw.rectangle([door_l, ground - 170, door_r, ground], fill=(120, 70, 40))
    draw.rectangle([door_l - 28, ground - 175, door_l - 10, ground - 20], fill=(200, 30, 30))
    draw.rectangle([door_r + 10, ground - 175, door_r + 28, ground - 20], fill=(200, 30, 30))
    draw.rectangle([door_l - 20, ground - 205, door_r + 20, ground - 182], fill=(200, 30, 30))
    face, has_cjk = font(40)
    if has_cjk:
        draw.text(
            ((door_l + door_r) // 2, ground - 110),
            "福",
            font=face,
            fill=(240, 200, 60),
            anchor="mm",
        )
    for window_x in (left + width // 6, right - width // 6):
        draw.rectangle(
            [window_x - 40, top + 50, window_x + 40, top + 120],
            fill=(60, 70, 80),
            outline=(150, 110, 70),
            width=5,
        )
    for lantern_x in (door_l - 50, door_r + 50):
        draw.line([(lantern_x, top + 12), (lantern_x, top + 30)], fill=(60, 40, 30), width=2)
        draw.ellipse([lantern_x - 20, top + 30, lantern_x + 20, top + 72], fill=(220, 40, 30))
        draw.rectangle([lantern_x - 6, top + 72, lantern_x + 6, top + 84], fill=(240, 200, 60))


def _scene_village_house(
    draw: ImageDraw.ImageDraw,
    size: tuple[int, int],
    rng: random.Random,
    photo: Mapping[str, Any],
    figures: Sequence[Figure],
) -> None:
    width, height = size
    horizon = int(height * 0.55)
    _sky(draw, size, horizon + 40, (150, 190, 230), (225, 230, 235))
    _hills(draw, size, rng, horizon, (110, 140, 120), 140)
    _hills(draw, size, rng, horizon + 30, (80, 120, 80), 80)
    draw.rectangle([0, horizon + 30, width, height], fill=(150, 130, 95))
    ground = height - 110
    _house(draw, 250, 300, 790, ground)
    for strip in range(6):  # cured pork drying under the eaves, as every house does before New Year
        x = 300 + strip * 34
        draw.rectangle([x, 318, x + 14, 318 + rng.randint(40, 60)], fill=(120, 40, 30))
    for clump in (110, 170, 900, 960):
        for _ in range(9):
            top_x = clump + rng.randint(-40, 40)
            draw.line(
                [(clump, ground + 20), (top_x, ground - rng.randint(220, 330))],
                fill=(70, 130, 60),
                width=4,
            )
    for _ in range(5):
        x, y = rng.randint(100, 900), rng.randint(ground + 30, height - 20)
        draw.ellipse([x, y, x + 34, y + 24], fill=(230, 220, 200))
        draw.polygon([(x + 30, y + 2), (x + 40, y - 8), (x + 36, y + 8)], fill=(200, 40, 30))


def _scene_fields(
    draw: ImageDraw.ImageDraw,
    size: tuple[int, int],
    rng: random.Random,
    photo: Mapping[str, Any],
    figures: Sequence[Figure],
) -> None:
    width, height = size
    horizon = int(height * 0.35)
    _sky(draw, size, horizon + 40, (170, 195, 220), (230, 232, 230))
    _hills(draw, size, rng, horizon, (95, 120, 100), 120)
    y = horizon + 20
    band = 26
    index = 0
    while y < height:  # terraces, wider towards the camera; some flooded for winter
        wave_height = rng.randint(8, 20)
        top = [
            (x, y + int(wave_height * math.sin(x / 140 + index))) for x in range(0, width + 40, 40)
        ]
        bottom = [(x, py + band) for x, py in reversed(top)]
        fill = (
            (150, 185, 205) if index % 3 == 1 else ((120, 150, 70) if index % 2 else (140, 110, 70))
        )
        draw.polygon(top + bottom, fill=fill)
        draw.line(top, fill=(100, 80, 50), width=3)
        y += band
        band = int(band * 1.22)
        index += 1
    for n, who in enumerate(figures):
        x = 620 + 90 * n
        _figure(draw, x, height - 130, _height(300, who), who, rng)
        draw.line(
            [(x + 40, height - 330), (x + 70, height - 120)], fill=(110, 80, 50), width=6
        )  # a hoe
        draw.rectangle([x + 58, height - 130, x + 92, height - 115], fill=(120, 120, 125))


def _sign(
    draw: ImageDraw.ImageDraw,
    box: tuple[int, int, int, int],
    words: Sequence[str],
    colour: Colour,
    background: Colour,
) -> None:
    left, top, right, bottom = box
    draw.rectangle(box, fill=background, outline=(120, 120, 120), width=3)
    face, has_cjk = font(int((bottom - top) * 0.6))
    text = words[0] if has_cjk else words[-1]
    draw.text(((left + right) // 2, (top + bottom) // 2), text, font=face, fill=colour, anchor="mm")


def _scene_school_gate(
    draw: ImageDraw.ImageDraw,
    size: tuple[int, int],
    rng: random.Random,
    photo: Mapping[str, Any],
    figures: Sequence[Figure],
) -> None:
    width, height = size
    horizon = int(height * 0.5)
    _sky(draw, size, horizon, (120, 170, 225), (205, 220, 235))
    draw.rectangle([0, horizon, width, height], fill=(170, 165, 155))
    draw.rectangle([0, horizon - 140, width, horizon], fill=(225, 215, 200))  # the school wall
    draw.rectangle([0, horizon - 60, width, horizon - 30], fill=(190, 40, 40))
    for tree_x in (60, 700):
        draw.rectangle([tree_x - 10, horizon - 260, tree_x + 10, horizon], fill=(100, 70, 40))
        draw.ellipse([tree_x - 90, horizon - 400, tree_x + 90, horizon - 220], fill=(60, 120, 60))
    pillar_l, pillar_r = 150, 618
    for x in (pillar_l, pillar_r):
        draw.rectangle(
            [x - 35, horizon - 330, x + 35, horizon + 40],
            fill=(160, 160, 165),
            outline=(120, 120, 125),
        )
    _sign(
        draw,
        (pillar_l - 40, horizon - 420, pillar_r + 40, horizon - 330),
        photo.get("sign", ["学校", "School"]),
        (200, 30, 30),
        (250, 248, 240),
    )
    for bar in range(pillar_l + 45, pillar_r - 35, 22):
        draw.line([(bar, horizon - 200), (bar, horizon + 30)], fill=(70, 80, 90), width=5)
    draw.line(
        [(pillar_l + 40, horizon - 200), (pillar_r - 40, horizon - 200)], fill=(70, 80, 90), width=6
    )
    draw.line([(width - 90, 60), (width - 90, horizon)], fill=(200, 200, 205), width=6)  # flagpole
    draw.rectangle([width - 220, 60, width - 93, 140], fill=(220, 30, 30))
    draw.regular_polygon((width - 195, 85, 14), 5, rotation=rng.randint(0, 10), fill=(250, 220, 40))
    for n, who in enumerate(figures):
        x = width // 2 + 60 * n
        ground = height - 120
        tall = _height(520, who)
        _figure(draw, x, ground, tall, who, rng)
        strap = (x - int(tall * 0.2), ground - int(tall * 0.7))  # a school bag on one shoulder
        draw.rounded_rectangle(
            [strap[0], strap[1], strap[0] + int(tall * 0.07), strap[1] + int(tall * 0.18)],
            radius=8,
            fill=(30, 80, 150),
        )


def _scene_train_station(
    draw: ImageDraw.ImageDraw,
    size: tuple[int, int],
    rng: random.Random,
    photo: Mapping[str, Any],
    figures: Sequence[Figure],
) -> None:
    width, height = size
    horizon = int(height * 0.52)
    _sky(draw, size, horizon, (185, 195, 210), (225, 225, 225))  # a grey winter afternoon
    draw.rectangle([60, horizon - 230, width - 60, horizon + 20], fill=(210, 205, 195))
    draw.polygon(
        [(30, horizon - 230), (width // 2, horizon - 300), (width - 30, horizon - 230)],
        fill=(120, 125, 135),
    )
    for column in range(110, width - 110, 70):
        for row in range(horizon - 190, horizon - 10, 60):
            draw.rectangle(
                [column, row, column + 58, row + 50],
                fill=(150, 185, 210),
                outline=(90, 100, 110),
                width=2,
            )
    _sign(
        draw,
        (width // 2 - 200, horizon - 292, width // 2 + 200, horizon - 238),
        photo.get("sign", ["车站", "Station"]),
        (200, 30, 30),
        (245, 245, 240),
    )
    draw.ellipse(
        [width - 170, horizon - 225, width - 110, horizon - 165],
        fill=(250, 250, 250),
        outline=(60, 60, 60),
        width=3,
    )
    draw.line(
        [(width - 140, horizon - 195), (width - 140, horizon - 218)], fill=(20, 20, 20), width=3
    )
    draw.line(
        [(width - 140, horizon - 195), (width - 124, horizon - 190)], fill=(20, 20, 20), width=3
    )
    for lantern_x in range(120, width - 100, 160):
        draw.ellipse(
            [lantern_x - 18, horizon - 262, lantern_x + 18, horizon - 226], fill=(220, 40, 30)
        )
    draw.rectangle([0, horizon + 20, width, height], fill=(185, 180, 175))
    for _ in range(18):  # the Spring Festival crowd behind the family
        x = rng.randint(40, width - 40)
        stranger = Figure(rng.randint(20, 60), rng.choice(("male", "female")))
        _figure(draw, x, horizon + 80 + rng.randint(0, 40), _height(150, stranger), stranger, rng)
    ground = height - 60
    for n, who in enumerate(figures):
        x = 220 + n * (width - 380) // max(len(figures) - 1, 1)
        tall = _height(400, who)
        _figure(draw, x, ground, tall, who, rng)
        if who.age >= 18 and who.age < 60:  # the parents' luggage
            draw.rounded_rectangle(
                [x + 50, ground - 150, x + 120, ground - 10], radius=8, fill=rng.choice(_SHIRTS)
            )
            draw.line([(x + 85, ground - 150), (x + 85, ground - 185)], fill=(60, 60, 60), width=5)


def _scene_family_portrait(
    draw: ImageDraw.ImageDraw,
    size: tuple[int, int],
    rng: random.Random,
    photo: Mapping[str, Any],
    figures: Sequence[Figure],
) -> None:
    width, height = size
    _sky(draw, size, 260, (160, 200, 235), (230, 235, 240))
    draw.rectangle([0, 240, width, height], fill=(160, 140, 110))
    ground = height - 50
    _house(draw, 140, 200, width - 140, ground - 40)
    draw.rectangle([0, ground - 40, width, height], fill=(175, 160, 135))
    order = sorted(figures, key=lambda who: -_height(100, who))  # tallest in the middle
    row: list[Figure] = []
    for who in order:
        if len(row) % 2:
            row.insert(0, who)
        else:
            row.append(who)
    spacing = (width - 200) // max(len(row), 1)
    for n, who in enumerate(row):
        x = 100 + spacing // 2 + n * spacing
        _figure(draw, x, ground, _height(470, who), who, rng)


SCENES: dict[
    str,
    Callable[
        [ImageDraw.ImageDraw, tuple[int, int], random.Random, Mapping[str, Any], Sequence[Figure]],
        None,
    ],
] = {
    "village_house": _scene_village_house,
    "fields": _scene_fields,
    "school_gate": _scene_school_gate,
    "train_station": _scene_train_station,
    "family_portrait": _scene_family_portrait,
}


def draw_consent_form(form: Mapping[str, Any], seed: int) -> Image.Image:
    """A photographed paper consent form: printed text, ticked boxes, a signature, a red thumbprint
    for a guardian who signs that way, on a desk, a little askew."""
    rng = random.Random(seed)
    paper = Image.new("RGB", (900, 1200), (248, 246, 238))
    draw = ImageDraw.Draw(paper)
    heading, _ = font(40)
    body, _ = font(28)
    draw.text((450, 90), form["heading"], font=heading, fill=(20, 20, 20), anchor="mm")
    draw.line([(80, 140), (820, 140)], fill=(60, 60, 60), width=2)
    y = 190
    for line in form["lines"]:
        draw.text((90, y), line, font=body, fill=(30, 30, 30))
        y += 52
    y += 20
    for label, ticked in form["ticks"]:
        draw.rectangle([90, y, 120, y + 30], outline=(30, 30, 30), width=3)
        if ticked:  # a pen tick, not a printed one
            draw.line([(94, y + 14), (104, y + 27), (126, y - 6)], fill=(30, 50, 140), width=4)
        draw.text((140, y - 2), label, font=body, fill=(30, 30, 30))
        y += 56
    y += 30
    for n, label in enumerate(form["signatures"]):
        draw.text((90, y), label, font=body, fill=(30, 30, 30))
        draw.line([(300, y + 34), (700, y + 34)], fill=(90, 90, 90), width=2)
        if n == 0:
            cx, cy = 360, y + 10
            for ring in range(7):  # the guardian's thumbprint
                draw.ellipse(
                    [
                        cx - 34 + ring * 4,
                        cy - 44 + ring * 5,
                        cx + 34 - ring * 4,
                        cy + 44 - ring * 5,
                    ],
                    outline=(200, 40, 40),
                    width=3,
                )
        points = [(320 + 130 * n + step * 14, y + 20 + rng.randint(-14, 14)) for step in range(18)]
        draw.line(points, fill=(30, 50, 140), width=3, joint="curve")
        y += 90
    draw.text((90, y + 10), form["date"], font=body, fill=(30, 30, 30))
    desk = Image.new("RGB", (1000, 1320), (120, 95, 70))
    turned = paper.rotate(
        rng.uniform(-2.0, 2.0),
        resample=Image.Resampling.BICUBIC,
        expand=True,
        fillcolor=(120, 95, 70),
    )
    desk.paste(turned, ((1000 - turned.width) // 2, (1320 - turned.height) // 2))
    return desk


# -- the catalogue -------------------------------------------------------------------------------


def _catalogue(
    db: sqlite_utils.Database,
    manifest: Manifest,
    staged: StagedMedia,
    results: Sequence[IngestResult],
) -> None:
    rejected = [r.error or r.path for r in results if r.status == "rejected"]
    if rejected:
        raise SampleBuildError("sample files rejected by the import: " + "; ".join(rejected))
    imported = {staged.keys[r.path]: r for r in results if r.path in staged.keys}
    ids: dict[str, str] = {}  # manifest key -> catalogue id

    def place(key: str | None) -> str | None:
        return ids[key] if key else None

    def add_places(entries: Sequence[Mapping[str, Any]], parent: str | None) -> None:
        for entry in entries:
            ids[entry["key"]] = places.add_place(
                db,
                entry["name"],
                level=entry["level"],
                parent_id=parent,
                name_latin=entry.get("name_latin"),
                latitude=entry.get("latitude"),
                longitude=entry.get("longitude"),
            )
            add_places(entry.get("children", ()), ids[entry["key"]])

    add_places(manifest["places"], None)
    for person in manifest["people"]:
        ids[person["key"]] = people.add_person(
            db,
            person["name"],
            name_latin=person.get("name_latin"),
            other_names=person.get("other_names", ()),
            birth_date=person.get("birth_date"),
            gender=person.get("gender"),
            home_place_id=place(person.get("home")),
            notes=person.get("notes", ""),
        )
    for family in manifest["families"]:
        ids[family["key"]] = people.add_family(
            db,
            family["name"],
            home_place_id=place(family.get("home")),
            notes=family.get("notes", ""),
        )
        for person_key, relationship in family["members"]:
            people.add_member(db, ids[family["key"]], ids[person_key], relationship)
    for episode in manifest["migrations"]:
        people.add_migration(
            db,
            ids[episode["person"]],
            episode["to_city"],
            from_place_id=place(episode.get("from")),
            work=episode.get("work", ""),
            from_date=episode.get("from_date"),
            to_date=episode.get("to_date"),
            notes=episode.get("notes", ""),
        )
    for interview in manifest["interviews"]:
        _describe_interview(db, interview, imported, ids)
    for photo in manifest["photos"]:
        photo_id = _imported_id(imported, photo["key"])
        ids[photo["key"]] = photo_id
        browse.set_fields(
            db,
            "photo",
            photo_id,
            {"caption": photo["caption"], "place_id": place(photo.get("place"))},
        )
        for person_key in photo["depicted"]:
            browse.link_photo_person(db, photo_id, ids[person_key])
    for document in manifest["documents"]:
        ids[document["key"]] = _imported_id(imported, document["key"])
        browse.set_fields(
            db,
            "document",
            ids[document["key"]],
            {"title": document["title"], "document_type": document["document_type"]},
        )
    for tag in manifest["tags"]:
        tag_id = browse.find_or_add_tag(db, tag["name"])
        for item in tag["items"]:
            browse.tag_item(db, tag_id, ids[item])
    for collection in manifest["collections"]:
        collection_id = browse.add_collection(db, collection["name"], collection["description"])
        for item in collection["items"]:
            browse.add_to_collection(db, collection_id, ids[item])
    if "consent" in db.table_names():
        _add_consents(db, manifest["consents"], ids)


def _imported_id(imported: Mapping[str, IngestResult], key: str) -> str:
    result = imported.get(key)
    if result is None or result.id is None:
        raise SampleBuildError(f"sample file for {key} was not imported")
    return result.id


def _describe_interview(
    db: sqlite_utils.Database,
    interview: Mapping[str, Any],
    imported: Mapping[str, IngestResult],
    ids: dict[str, str],
) -> None:
    """Give the interview the import made from the recording's file name its real title, place,
    summary and people; and each transcript its language, kind and tier."""
    recording = imported.get(interview["key"])
    if recording is None or recording.interview_id is None:
        raise SampleBuildError(f"the recording of {interview['key']} was not imported")
    interview_id = recording.interview_id
    ids[interview["key"]] = interview_id
    for transcript in interview["transcripts"]:
        result = imported.get(f"{interview['key']}:{transcript['language']}")
        if result is None or result.id is None or result.interview_id != interview_id:
            raise SampleBuildError(f"transcript {transcript['file']} did not join its interview")
        fields = {
            "language": transcript["language"],
            "kind": transcript["kind"],
            "tier": transcript["tier"],
        }
        records.update(db, "transcript", result.id, fields)
        audit.append(db, "transcript.edit", result.id, fields)
    browse.set_fields(
        db,
        "interview",
        interview_id,
        {
            "title": interview["title"],
            "date": interview["date"],
            "place_id": ids[interview["place"]],
            "language": interview["language"],
            "summary": interview["summary"],
            "keywords": interview["keywords"],
            "status": interview["status"],
        },
    )
    for role, keys in (
        ("narrator", "narrators"),
        ("interviewer", "interviewers"),
        ("mentioned", "mentioned"),
    ):
        for person_key in interview[keys]:
            interviews.link_person(db, interview_id, ids[person_key], role)


def _add_consents(
    db: sqlite_utils.Database, consents: Sequence[Mapping[str, Any]], ids: Mapping[str, str]
) -> None:
    from archive_app.core.consent.store import add_consent, withdraw_consent

    for consent in consents:
        assent = consent.get("assent")
        consent_id = add_consent(
            db,
            ids[consent["person"]],
            date=consent["date"],
            audiences=consent["audiences"],
            given_by=consent["by"],
            guardian_id=ids[consent["guardian"]] if consent.get("guardian") else None,
            relationship=consent.get("relationship"),
            assent=None if assent is None else ("yes" if assent else "no"),
            covers=[ids[key] for key in consent.get("covers", ())],
            embargo_until=consent.get("embargo_until"),
            pseudonym=consent.get("pseudonym"),
            show_face=not consent.get("no_face", False),
            form_document_id=ids[consent["form"]] if consent.get("form") else None,
            notes=consent.get("notes", ""),
        )
        withdrawn = consent.get("withdrawn")
        if withdrawn:
            withdraw_consent(db, consent_id, date=withdrawn["date"], reason=withdrawn["reason"])
