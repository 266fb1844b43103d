"""Builders of small, real media files for tests (no ffmpeg: CI may not have it).

Audio containers are written byte by byte from their specifications with just enough header for
a reader to find their kind and length; images are drawn with Pillow. Every builder writes to
``path`` and returns it. WAV, JPEG and PNG content is unique to its path (two generated files are
never duplicates of each other): copy a file to make a duplicate.
"""

from __future__ import annotations

import math
import struct
import wave
import zlib
from array import array
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

from PIL import ExifTags, Image
from PIL.PngImagePlugin import PngInfo

# --- images --------------------------------------------------------------------------------------

#: colour of each quadrant of an upright test picture: top-left, top-right, bottom-left,
#: bottom-right. Four different corners tell all eight EXIF orientations apart.
UPRIGHT_QUADRANTS = ("red", "green", "blue", "yellow")
_COLOURS = {
    "red": (220, 30, 30),
    "green": (30, 200, 30),
    "blue": (30, 30, 220),
    "yellow": (230, 220, 30),
    "white": (255, 255, 255),
    "black": (0, 0, 0),
}

# How to store an upright picture so that a viewer honouring EXIF orientation shows it upright:
# the inverse of what the EXIF specification tells the viewer to do. Orientation 6 says "the
# stored top row is the displayed right column" (the viewer turns it 90 degrees clockwise), so it
# is stored turned 90 degrees counter-clockwise; 8 is the reverse; 2-5 and 7 are their own inverses.
_STORE_FOR_ORIENTATION = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,  # Pillow's ROTATE_90 is counter-clockwise
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}


def upright_picture(size: tuple[int, int]) -> Image.Image:
    """An RGB picture of ``size`` with the four :data:`UPRIGHT_QUADRANTS` colours."""
    width, height = size
    picture = Image.new("RGB", size)
    half_w, half_h = width // 2, height // 2
    boxes = [
        (0, 0, half_w, half_h),
        (half_w, 0, width, half_h),
        (0, half_h, half_w, height),
        (half_w, half_h, width, height),
    ]
    for box, name in zip(boxes, UPRIGHT_QUADRANTS, strict=True):
        picture.paste(_COLOURS[name], box)
    return picture


def make_jpeg(
    path: Path,
    size: tuple[int, int] = (64, 48),
    orientation: int | None = None,
    taken_at: str | datetime | None = None,
    camera: str | tuple[str, str] | None = None,
    quality: int = 90,
) -> Path:
    """A JPEG of ``size`` stored pixels (width, height) that a viewer shows as an upright
    quadrant picture (see :data:`UPRIGHT_QUADRANTS`).

    ``size`` is what the sensor wrote: with ``orientation`` 5-8 the picture is displayed
    (height, width), as a phone held upright tags a landscape-stored photo. ``taken_at`` is
    'YYYY-MM-DDTHH:MM:SS', EXIF's own 'YYYY:MM:DD HH:MM:SS' or a datetime, and goes in
    DateTimeOriginal; ``camera`` is (make, model) or one string whose first word is the make.
    """
    width, height = size
    turned = orientation in (5, 6, 7, 8)
    stored = upright_picture((height, width) if turned else (width, height))
    if orientation in _STORE_FOR_ORIENTATION:
        stored = stored.transpose(_STORE_FOR_ORIENTATION[orientation])
    exif = Image.Exif()
    if orientation is not None:
        exif[ExifTags.Base.Orientation] = orientation
    if camera is not None:
        make, model = camera if isinstance(camera, tuple) else _split_camera(camera)
        exif[ExifTags.Base.Make] = make
        exif[ExifTags.Base.Model] = model
    if taken_at is not None:
        exif_ifd = exif.get_ifd(ExifTags.IFD.Exif)
        exif_ifd[ExifTags.Base.DateTimeOriginal] = _exif_datetime(taken_at)
    stored.save(path, format="JPEG", quality=quality, exif=exif, comment=_signature(path))
    return path


def _signature(path: Path) -> str:
    """Text that makes a generated file's bytes unique to its path."""
    return f"hometown-voices test file {path}"


def _exif_datetime(moment: str | datetime) -> str:
    if isinstance(moment, str):
        if len(moment) == 19 and moment[4] == ":" and moment[7] == ":":
            return moment  # already in EXIF's form
        moment = datetime.fromisoformat(moment)
    return moment.strftime("%Y:%m:%d %H:%M:%S")


def _split_camera(camera: str) -> tuple[str, str]:
    make, _, model = camera.partition(" ")
    return make, model


def make_png(
    path: Path, size: tuple[int, int] = (64, 48), mode: str = "RGB", colour: str = "white"
) -> Path:
    """A PNG of ``size`` filled with ``colour`` (``mode`` 'RGBA' makes it fully transparent)."""
    if mode == "RGBA":
        picture = Image.new("RGBA", size, (*_COLOURS[colour], 0))
    else:
        picture = Image.new("RGB", size, _COLOURS[colour]).convert(mode)
    text = PngInfo()
    text.add_text("Comment", _signature(path))
    picture.save(path, format="PNG", pnginfo=text)
    return path


def colour_name(pixel: object) -> str:
    """The nearest of the test colours to an RGB pixel (JPEG blurs exact values)."""
    assert isinstance(pixel, tuple), f"not an RGB pixel: {pixel!r}"
    rgb: Sequence[int] = pixel

    def distance(name: str) -> int:
        return sum((a - b) ** 2 for a, b in zip(_COLOURS[name], rgb[:3], strict=True))

    return min(_COLOURS, key=distance)


def quadrant_colours(path: Path) -> tuple[str, ...]:
    """Colour names at the centres of the four quadrants of the image at ``path``."""
    with Image.open(path) as picture:
        rgb = picture.convert("RGB")
    width, height = rgb.size
    points = [(1, 1), (3, 1), (1, 3), (3, 3)]
    return tuple(colour_name(rgb.getpixel((x * width // 4, y * height // 4))) for x, y in points)


# --- audio ---------------------------------------------------------------------------------------


def make_wav(path: Path, seconds: float, rate: int = 8000, channels: int = 1) -> Path:
    """A 16-bit PCM WAV of a 440 Hz tone."""
    count = round(seconds * rate)
    tone = array("h", (int(8000 * math.sin(2 * math.pi * 440 * i / rate)) for i in range(count)))
    # the first two samples carry a checksum of the path, so each generated file is unique
    signature = zlib.crc32(str(path).encode())
    for index, mark in enumerate([(signature >> 16) - 32768, (signature & 0xFFFF) - 32768][:count]):
        tone[index] = mark
    samples = array("h", (value for value in tone for _ in range(channels)))
    with wave.open(str(path), "wb") as writer:
        writer.setnchannels(channels)
        writer.setsampwidth(2)
        writer.setframerate(rate)
        writer.writeframes(samples.tobytes())
    return path


def id3_tag(title: str = "Grandma's song") -> bytes:
    """An ID3v2.3 tag holding a title."""
    text = b"\x00" + title.encode("latin-1")
    frame = b"TIT2" + struct.pack(">I", len(text)) + b"\x00\x00" + text
    size = len(frame)
    synchsafe = bytes((size >> shift) & 0x7F for shift in (21, 14, 7, 0))
    return b"ID3\x03\x00\x00" + synchsafe + frame


#: an MPEG-1 Layer III frame header: 128 kbit/s, 44.1 kHz, no padding, mono; frames are 417 bytes
MP3_FRAME_HEADER = b"\xff\xfb\x90\xc0"
MP3_FRAME_BYTES = 417
MP3_FRAME_SECONDS = 1152 / 44100


def make_mp3(path: Path, frames: int = 40, with_id3: bool = True) -> Path:
    """An MP3 of ``frames`` silent-bodied frames (``frames`` x 26.1 ms), optionally ID3-tagged."""
    frame = MP3_FRAME_HEADER + bytes(MP3_FRAME_BYTES - len(MP3_FRAME_HEADER))
    path.write_bytes((id3_tag() if with_id3 else b"") + frame * frames)
    return path


ADTS_SAMPLE_RATES = (96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000)


def adts_frame(sample_rate: int = 44100, channels: int = 1, length: int = 200) -> bytes:
    """One raw AAC-LC (ADTS) frame of ``length`` bytes: 1024 samples."""
    rate_index = ADTS_SAMPLE_RATES.index(sample_rate)
    header = bytes(
        [
            0xFF,
            0xF1,  # MPEG-4, no CRC
            (1 << 6) | (rate_index << 2) | ((channels >> 2) & 0x01),  # profile AAC LC
            ((channels & 0x03) << 6) | ((length >> 11) & 0x03),
            (length >> 3) & 0xFF,
            ((length & 0x07) << 5) | 0x1F,
            0xFC,  # buffer fullness "variable", one raw data block
        ]
    )
    return header + bytes(length - len(header))


def make_adts(
    path: Path,
    frames: int = 43,
    sample_rate: int = 44100,
    channels: int = 1,
    with_id3: bool = False,
) -> Path:
    """A raw AAC file of ``frames`` frames (``frames`` x 1024 samples)."""
    body = adts_frame(sample_rate, channels) * frames
    path.write_bytes((id3_tag() if with_id3 else b"") + body)
    return path


def make_amr(path: Path, seconds: float, wideband: bool = False) -> Path:
    """An AMR file of 20 ms frames (narrowband 12.2 kbit/s or wideband 23.85 kbit/s)."""
    if wideband:
        magic, frame = b"#!AMR-WB\n", bytes([8 << 3 | 0x04]) + bytes(60)
    else:
        magic, frame = b"#!AMR\n", bytes([7 << 3 | 0x04]) + bytes(31)
    path.write_bytes(magic + frame * round(seconds * 50))
    return path


def make_flac(path: Path, seconds: float, rate: int = 16000, channels: int = 1) -> Path:
    """A FLAC file: signature and STREAMINFO (no audio frames; readers take the length from it)."""
    total_samples = round(seconds * rate)
    packed = (rate << 44) | ((channels - 1) << 41) | ((16 - 1) << 36) | total_samples
    streaminfo = struct.pack(">HH", 4096, 4096) + bytes(6) + struct.pack(">Q", packed) + bytes(16)
    block_header = bytes([0x80]) + len(streaminfo).to_bytes(3, "big")  # last block, STREAMINFO
    path.write_bytes(b"fLaC" + block_header + streaminfo)
    return path


def _ogg_crc(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc ^= byte << 24
        for _ in range(8):
            crc = ((crc << 1) ^ 0x04C11DB7) if crc & 0x80000000 else crc << 1
            crc &= 0xFFFFFFFF
    return crc


def ogg_page(packet: bytes, sequence: int, granule: int = 0, flags: int = 0) -> bytes:
    """One Ogg page carrying one whole packet (``flags``: 2 first page, 4 last page)."""
    lacing = [255] * (len(packet) // 255) + [len(packet) % 255]
    header = b"OggS" + struct.pack("<BBqIII", 0, flags, granule, 0x5EED, sequence, 0)
    page = header + bytes([len(lacing)]) + bytes(lacing) + packet
    return page[:22] + struct.pack("<I", _ogg_crc(page)) + page[26:]


def make_ogg(
    path: Path, seconds: float, codec: str = "opus", rate: int = 48000, channels: int = 1
) -> Path:
    """An Ogg Opus or Ogg Vorbis file: header packets and one audio page whose end says the length."""
    vendor = b"hometown-voices tests"
    if codec == "opus":
        preskip = 312
        headers = [
            b"OpusHead" + struct.pack("<BBHIhB", 1, channels, preskip, rate, 0, 0),
            b"OpusTags" + struct.pack("<I", len(vendor)) + vendor + struct.pack("<I", 0),
        ]
        last_granule = preskip + round(seconds * 48000)
    elif codec == "vorbis":
        headers = [
            b"\x01vorbis" + struct.pack("<IBIiiiBB", 0, channels, rate, 0, 64000, 0, 0xB8, 1),
            b"\x03vorbis"
            + struct.pack("<I", len(vendor))
            + vendor
            + struct.pack("<I", 0)
            + b"\x01",
        ]
        last_granule = round(seconds * rate)
    else:
        raise ValueError(codec)
    pages = [ogg_page(headers[0], 0, flags=2), ogg_page(headers[1], 1)]
    pages.append(ogg_page(b"\xf8\xff\xfe" * 20, 2, granule=last_granule, flags=4))
    path.write_bytes(b"".join(pages))
    return path


# --- ISO base media (MP4, M4A, MOV, HEIC) --------------------------------------------------------


def box(kind: bytes, *parts: bytes) -> bytes:
    """An ISO-BMFF box of type ``kind`` whose body is ``parts`` joined."""
    body = b"".join(parts)
    return struct.pack(">I", 8 + len(body)) + kind + body


def ftyp(major: bytes, compatible: Iterable[bytes] = ()) -> bytes:
    return box(b"ftyp", major, struct.pack(">I", 0x200), *compatible)


def mvhd(duration_s: float, timescale: int = 1000, version: int = 0) -> bytes:
    """A movie header saying the movie lasts ``duration_s``."""
    ticks = round(duration_s * timescale)
    if version == 1:
        times = struct.pack(">QQIQ", 0, 0, timescale, ticks)
    else:
        times = struct.pack(">IIII", 0, 0, timescale, ticks)
    identity = struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)
    rest = struct.pack(">IH", 0x10000, 0x100) + bytes(10) + identity + bytes(24)
    return box(b"mvhd", bytes([version, 0, 0, 0]), times, rest, struct.pack(">I", 2))


def track(handler: str) -> bytes:
    """A track whose media handler is ``handler`` ('soun', 'vide', ...)."""
    hdlr = box(b"hdlr", bytes(4), bytes(4), handler.encode("latin-1"), bytes(12), b"\x00")
    return box(b"trak", box(b"mdia", hdlr))


def make_iso_media(
    path: Path,
    major: bytes = b"isom",
    compatible: Iterable[bytes] = (b"isom", b"mp42"),
    handlers: Iterable[str] = ("soun",),
    duration_s: float = 3.0,
    media_bytes: int = 1024,
    moov_last: bool = True,
    with_moov: bool = True,
    mvhd_version: int = 0,
) -> Path:
    """An MP4-family file: ftyp, media data, and a moov describing tracks of ``handlers``.

    Phones write ``moov`` after the media data (``moov_last``); streaming tools put it first.
    ``with_moov=False`` is a recording cut off before its index was written.
    """
    moov = box(b"moov", mvhd(duration_s, version=mvhd_version), *(track(h) for h in handlers))
    mdat = box(b"mdat", bytes(media_bytes))
    parts = [ftyp(major, compatible)]
    if with_moov:
        parts += [mdat, moov] if moov_last else [moov, mdat]
    else:
        parts.append(mdat)
    path.write_bytes(b"".join(parts))
    return path
