"""What the sample's pictures are drawn with: a :class:`Sketch` (one picture being drawn) and the
font for its writing."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import ImageDraw, ImageFont

Colour = tuple[int, int, int]
Font = ImageFont.FreeTypeFont | ImageFont.ImageFont

CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


@dataclass(frozen=True)
class Figure:
    """A person as a photo draws them: age on the day and gender."""

    age: int
    gender: str


@dataclass(frozen=True)
class Sketch:
    """One picture being drawn: the pen on its canvas, the canvas's size, the picture's own
    random numbers (seeded, so that it comes out the same every time) and who stands in it."""

    draw: ImageDraw.ImageDraw
    width: int
    height: int
    rng: random.Random
    figures: Sequence[Figure] = ()
    #: the words on a sign in the picture, Chinese first, then the same in English
    sign: Sequence[str] | None = None


def font(size: int) -> tuple[Font, bool]:
    """The CJK font if installed (and True), else Pillow's own font (and False)."""
    if CJK_FONT.exists():
        return ImageFont.truetype(str(CJK_FONT), size), True
    return ImageFont.load_default(size=size), False
