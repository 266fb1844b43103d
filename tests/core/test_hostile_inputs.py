"""Hostile files for the parsers and sniffers: whatever the bytes, the answer is a result or a
typed rejection, never another exception, and it comes in bounded time (hypothesis, a fixed
number of examples so that CI stays short)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive_app.core.errors import RejectedFile
from archive_app.core.media.image import read_image
from archive_app.core.media.probe import probe_recording
from archive_app.core.media.sniff import read_movie_summary, sniff
from archive_app.core.transcripts.parse import parse_transcript
from tests.core import media_fixtures as made

# CI runs a fixed, small number; set HOMETOWN_FUZZ_EXAMPLES for a longer hunt by hand
FUZZ = settings(
    max_examples=int(os.environ.get("HOMETOWN_FUZZ_EXAMPLES", "120")),
    deadline=5000,
    database=None,
    derandomize="HOMETOWN_FUZZ_EXAMPLES" not in os.environ,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

_SUBTITLE_PIECES = [
    "1\n",
    "2\n",
    "00:00:01,000 --> 00:00:02,500\n",
    "00:00:02.000 --> 00:00:01.000\n",
    "99:99:99,999 --> 00:00:00,000\n",
    "-->",
    "WEBVTT\n\n",
    "NOTE x\n",
    "<v 奶奶>",
    "</v>",
    "<b>",
    "[00:01:02] 妈妈：",
    "[1:2] ",
    "奶奶：我们村里的孩子。\n",
    "\n\n",
    "\r\n",
    "{",
    "}",
    "[",
    "]",
    '"segments"',
    '"start": 1.5',
    '"end": -3',
    '"text": "x"',
    ":",
    ",",
    "\ufeff",
    "\x00",
    "\u202e",
    "A" * 300,
    "孩" * 200,
]
_ENCODINGS = ["utf-8", "utf-16", "utf-16-le", "gb18030", "big5", "latin-1"]


def _encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace")


transcript_bytes = st.one_of(
    st.binary(max_size=3000),
    st.builds(
        _encode,
        st.lists(st.sampled_from(_SUBTITLE_PIECES), max_size=40).map("".join),
        st.sampled_from(_ENCODINGS),
    ),
)


@FUZZ
@given(data=transcript_bytes, suffix=st.sampled_from([".srt", ".vtt", ".txt", ".json", ".dat"]))
def test_a_transcript_parses_or_is_rejected_never_crashes(data: bytes, suffix: str) -> None:
    try:
        parsed = parse_transcript(Path(f"hostile{suffix}"), data)
    except RejectedFile:
        return
    for segment in parsed.segments:
        assert segment.start_s is None or segment.start_s >= 0
        assert segment.end_s is None or segment.start_s is None or segment.end_s >= segment.start_s


def _sample_files(folder: Path) -> dict[str, bytes]:
    """One small, valid file of each kind the archive takes, to be spoiled."""
    builders = {
        "wav": lambda p: made.make_wav(p, seconds=0.2),
        "mp3": lambda p: made.make_mp3(p, frames=12),
        "aac": lambda p: made.make_adts(p, frames=12),
        "amr": lambda p: made.make_amr(p, seconds=0.2),
        "flac": lambda p: made.make_flac(p, seconds=0.2),
        "ogg": lambda p: made.make_ogg(p, seconds=0.2),
        "m4a": lambda p: made.make_iso_media(p, b"M4A ", (b"M4A ",), ("soun",), 3.0),
        "jpg": lambda p: made.make_jpeg(p, size=(48, 32), orientation=6),
        "png": lambda p: made.make_png(p, size=(40, 30)),
    }
    found = {}
    for suffix, build in builders.items():
        path = folder / f"sample.{suffix}"
        build(path)
        found[suffix] = path.read_bytes()
    return found


with tempfile.TemporaryDirectory(prefix="faults-fuzz-") as _folder:
    SAMPLES = _sample_files(Path(_folder))


@st.composite
def spoiled(draw: st.DrawFn) -> tuple[str, bytes]:
    """A valid file of some kind with bytes flipped, cut short or overwritten."""
    suffix = draw(st.sampled_from(sorted(SAMPLES)))
    data = bytearray(SAMPLES[suffix])
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, max(0, len(data) - 1)))
        data[at] = draw(st.integers(0, 255))
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    if draw(st.booleans()):
        at = draw(st.integers(0, len(data)))
        data[at:at] = draw(st.binary(max_size=64))
    return suffix, bytes(data)


@FUZZ
@given(case=spoiled())
def test_a_spoiled_media_file_is_taken_or_rejected_never_crashes(case: tuple[str, bytes]) -> None:
    suffix, data = case
    with tempfile.TemporaryDirectory(prefix="faults-fuzz-") as folder:
        path = Path(folder) / f"spoiled.{suffix}"
        path.write_bytes(data)
        try:
            sniffed = sniff(path)
        except RejectedFile:
            return
        try:
            if sniffed.media_type in ("audio", "video"):
                info = probe_recording(path, sniffed)
                assert info.duration_s is None or info.duration_s >= 0
            elif sniffed.media_type == "image":
                read_image(path, thumbnail_to=Path(folder) / "thumb.jpg", size=64)
        except RejectedFile:
            return


@FUZZ
@given(head=st.binary(max_size=512), body=st.binary(max_size=2048))
def test_random_bytes_after_a_known_signature_never_crash_the_sniffer(
    head: bytes, body: bytes
) -> None:
    prefixes = [
        b"RIFF\x00\x00\x00\x00WAVE",
        b"ID3\x04\x00\x00",
        b"\x00\x00\x00\x18ftypisom",
        b"\x89PNG\r\n\x1a\n",
        b"\xff\xd8\xff",
        b"OggS",
        b"fLaC",
        b"#!AMR\n",
        b"%PDF-",
    ]
    with tempfile.TemporaryDirectory(prefix="faults-fuzz-") as folder:
        for prefix in prefixes:
            path = Path(folder) / "x.bin"
            path.write_bytes(prefix + head + body)
            try:
                sniff(path)
                read_movie_summary(path)
            except RejectedFile:
                pass
