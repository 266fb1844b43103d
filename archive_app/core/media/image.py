"""Photos and scanned documents: size as displayed, EXIF facts, and a thumbnail, from one decode.

A 12-megapixel phone JPEG is decoded at a reduced scale (libjpeg's DCT scaling through Pillow's
``draft``), which is both the cheap way to a thumbnail and a full pass over the compressed data,
so a photo cut short by a failing card or an interrupted copy is noticed at import.
"""

from __future__ import annotations

import functools
import os
import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from PIL import ExifTags, Image, ImageOps, UnidentifiedImageError

from archive_app.core.errors import RejectedFile

THUMBNAIL_QUALITY = 85

# Errors Pillow (and pi_heif) raise for bytes that are not a sound image.
_DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, RuntimeError, IndexError)
_EXIF_DATE = re.compile(r"\s*(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
_TURNED_ORIENTATIONS = {5, 6, 7, 8}  # stored sideways: displayed width is the stored height


@dataclass(frozen=True)
class ImageInfo:
    """An image as a viewer shows it (``width``/``height`` after EXIF orientation)."""

    width: int
    height: int
    orientation: int | None  # EXIF orientation 1..8 as stored, None when absent
    taken_at: str | None  # 'YYYY-MM-DDTHH:MM:SS' from EXIF DateTimeOriginal (camera's clock)
    camera: str | None  # 'Make Model' from EXIF


def read_image(path: Path, thumbnail_to: Path | None = None, size: int = 320) -> ImageInfo:
    """Decode the image at ``path`` once: its displayed size, EXIF facts and, if asked, a thumbnail.

    The thumbnail is upright, fits in ``size`` x ``size`` pixels and is written as JPEG to
    ``thumbnail_to`` atomically (a temporary name in the same folder, then a rename). JPEG, PNG
    and HEIC are read. Raises :class:`RejectedFile` with reason ``'damaged_image'`` for a
    truncated, corrupt or not-really-an-image file, ``'image_too_large'`` for one with more
    pixels than can be decoded safely (a decompression bomb: whole, just too big), ``'unreadable'``
    when the file cannot be opened; FileNotFoundError when it is gone; OSError when the
    thumbnail cannot be written.
    """
    try:
        source = path.open("rb")
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise RejectedFile(path, "unreadable", exc.strerror or str(exc)) from exc
    with source, _open_image(path, source) as image:
        info = _decode_upright(path, image, size)
        if thumbnail_to is not None:
            _save_thumbnail(image, thumbnail_to)
    return info


def _open_image(path: Path, source: BinaryIO) -> Image.Image:
    try:
        try:
            return Image.open(source)
        except UnidentifiedImageError:
            if not heif_opener_registered():
                raise
            source.seek(0)
            return Image.open(source)
    except Image.DecompressionBombError as exc:
        raise RejectedFile(path, "image_too_large", str(exc)) from exc
    except _DECODE_ERRORS as exc:
        raise RejectedFile(path, "damaged_image", str(exc) or type(exc).__name__) from exc


@functools.cache
def heif_opener_registered() -> bool:
    """Teach Pillow HEIC (pi-heif, the decode-only build of pillow-heif); False without it.

    Called on the first image Pillow cannot identify, so JPEG-only imports never pay for it.
    """
    try:
        from pi_heif import register_heif_opener
    except ImportError:
        return False
    register_heif_opener()
    return True


def _decode_upright(path: Path, image: Image.Image, size: int) -> ImageInfo:
    """Decode ``image`` (reduced for a thumbnail of ``size``), read EXIF, turn it upright in place.

    Leaves ``image`` upright and no larger than ``size`` x ``size``.
    """
    stored_width, stored_height = image.size
    if image.format == "JPEG":
        image.draft("RGB", (size, size))
    try:
        image.load()  # the whole image: a truncated file fails here
        exif = image.getexif()
    except Image.DecompressionBombError as exc:
        raise RejectedFile(path, "image_too_large", str(exc)) from exc
    except _DECODE_ERRORS as exc:
        raise RejectedFile(path, "damaged_image", str(exc) or type(exc).__name__) from exc

    if "original_orientation" in image.info:
        # pi_heif has already applied the orientation and reset the EXIF tag to 1.
        orientation = _orientation(image.info["original_orientation"])
        width, height = stored_width, stored_height
    else:
        orientation = _orientation(exif.get(ExifTags.Base.Orientation))
        turned = orientation in _TURNED_ORIENTATIONS
        width, height = (stored_height, stored_width) if turned else (stored_width, stored_height)
    exif_details = exif.get_ifd(ExifTags.IFD.Exif)
    info = ImageInfo(
        width=width,
        height=height,
        orientation=orientation,
        taken_at=_taken_at(exif_details.get(ExifTags.Base.DateTimeOriginal)),
        camera=_camera(exif.get(ExifTags.Base.Make), exif.get(ExifTags.Base.Model)),
    )
    ImageOps.exif_transpose(image, in_place=True)
    image.thumbnail((size, size))
    return info


def _orientation(value: object) -> int | None:
    return value if isinstance(value, int) and 1 <= value <= 8 else None


def _exif_text(value: object) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    if not isinstance(value, str):
        return ""
    return value.replace("\x00", " ").strip()


def _taken_at(value: object) -> str | None:
    match = _EXIF_DATE.match(_exif_text(value))
    if match is None:
        return None
    try:
        # cameras with an unset clock write '0000:00:00 00:00:00'
        year, month, day, hour, minute, second = (int(part) for part in match.groups())
        moment = datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
    return moment.strftime("%Y-%m-%dT%H:%M:%S")


def _camera(make: object, model: object) -> str | None:
    make_text, model_text = _exif_text(make), _exif_text(model)
    # Many makers repeat themselves in the model ('Canon' + 'Canon EOS 80D'); say it once.
    if make_text and model_text.lower().startswith(make_text.lower()):
        make_text = ""
    return " ".join(part for part in (make_text, model_text) if part) or None


def _save_thumbnail(image: Image.Image, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
    try:
        _as_jpeg_ready(image).save(temporary, format="JPEG", quality=THUMBNAIL_QUALITY)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _as_jpeg_ready(image: Image.Image) -> Image.Image:
    """``image`` in a mode JPEG can hold; transparency (common in PNG scans) becomes white."""
    if image.mode in ("RGB", "L"):
        return image
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        flattened = Image.new("RGB", rgba.size, "white")
        flattened.paste(rgba, mask=rgba.getchannel("A"))
        return flattened
    if image.mode.startswith("I"):
        # 16-bit greyscale: scale to 8 bits rather than clipping everything to white
        return image.point(lambda value: value / 256).convert("L")
    return image.convert("RGB")
