"""The sample's photos: a drawn scene saved as a phone would, a JPEG with the phone's EXIF."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw

from archive_app.exchange.sample.canvas import Figure, Sketch
from archive_app.exchange.sample.manifest import Entry, Manifest, by_key
from archive_app.exchange.sample.scenes import SCENES, canvas_size

#: the transpose that undoes each EXIF orientation we write, so that the stored pixels are the
#: upright drawing turned the way a phone held sideways would have stored them
_STORED_TURN = {
    3: Image.Transpose.ROTATE_180,
    6: Image.Transpose.ROTATE_90,
    8: Image.Transpose.ROTATE_270,
}


def figures_in(manifest: Manifest, photo: Entry) -> list[Figure]:
    """The people a photo depicts, as old as they were on the day it was taken."""
    day = date.fromisoformat(photo["taken_at"][:10])
    people = by_key(manifest["people"])
    return [
        Figure(day.year - int(people[key]["birth_date"][:4]), people[key]["gender"])
        for key in photo["depicted"]
    ]


def write_photo(path: Path, photo: Entry, figures: Sequence[Figure]) -> None:
    """Draw the photo's scene upright, turn it as its EXIF orientation says the phone stored it,
    and save a JPEG with the phone's make, model and capture time."""
    width, height = canvas_size(photo["scene"])
    image = Image.new("RGB", (width, height))
    sketch = Sketch(
        ImageDraw.Draw(image),
        width,
        height,
        random.Random(photo["seed"]),
        figures,
        photo.get("sign"),
    )
    SCENES[photo["scene"]](sketch)
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
