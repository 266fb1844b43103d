"""Drawing a film's pictures: the title card, the photos, and the words burned in below.

Every picture is 1280x720. Words are wrapped to the frame (Chinese between any two characters,
Latin text between words, an over-long word anywhere) and, if they still do not fit in the
band, drawn smaller until they do: nothing is ever cut off. Text is drawn as the characters it
is; markup in a caption or a transcript is just more characters, and direction marks are
dropped so that a hostile right-to-left override cannot turn the words around.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, ImageOps

WIDTH, HEIGHT = 1280, 720
BACKGROUND = (24, 22, 20)
MARGIN = 64
MAIN_SIZES = (52, 46, 40, 34)
MAIN_HEIGHT = 150
SECOND_SIZES = (34, 30, 26)
SECOND_HEIGHT = 90
_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\u0000-\u0008\u000b-\u001f]")


@dataclass(frozen=True)
class Words:
    """What is said at one moment: the line, and optionally a second tier's line under it."""

    text: str
    second: str = ""


def clean(text: str) -> str:
    """Text as it is drawn: direction marks and control characters out, spaces kept single."""
    return " ".join(_CONTROLS.sub("", text).split())


@lru_cache(maxsize=64)
def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)


@lru_cache(maxsize=65536)
def _width(path: str, size: int, text: str) -> float:
    return float(_font(path, size).getlength(text))


def wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """``text`` in lines no wider than ``width`` pixels in ``font``.

    Chinese may break between any two characters, Latin text between words; a word longer
    than the line is cut. Widths are summed per piece (measured once each): a line is never
    measured whole again and again.
    """
    path, size = str(font.path), int(font.size)

    def measure(piece: str) -> float:
        return _width(path, size, piece)

    lines: list[str] = []
    line, line_width = "", 0.0
    space = measure(" ")
    for token in re.findall(r"[A-Za-z0-9'’\-]+|\s+|.", text):
        if token.isspace():
            if line:
                line, line_width = line + " ", line_width + space
            continue
        token_width = measure(token)
        if line_width + token_width <= width:
            line, line_width = line + token, line_width + token_width
            continue
        if line.strip():
            lines.append(line.rstrip())
        line, line_width = "", 0.0
        while token_width > width:  # a word longer than the frame: cut it anywhere
            cut = len(token)
            while cut > 1 and measure(token[:cut]) > width:
                cut -= 1
            lines.append(token[:cut])
            token = token[cut:]
            token_width = measure(token)
        line, line_width = token, token_width
    if line.strip():
        lines.append(line.rstrip())
    return lines


def pages(
    text: str, font_path: str, width: int, height: int, sizes: tuple[int, ...]
) -> tuple[ImageFont.FreeTypeFont, list[list[str]]]:
    """``text`` wrapped at the largest of ``sizes`` that fits ``width`` x ``height`` in one
    page; when even the smallest does not, the lines at the smallest size in as many pages as
    it takes (the film shows them one after another, so nothing is cut off)."""
    for size in sizes:
        font = _font(font_path, size)
        lines = wrap(text, font, width)
        if len(lines) * round(size * 1.3) <= height:
            return font, [lines]
    font = _font(font_path, sizes[-1])
    lines = wrap(text, font, width)
    most = max(1, height // round(sizes[-1] * 1.3))
    return font, [lines[i : i + most] for i in range(0, len(lines), most)]


def fit(
    text: str, font_path: str, width: int, height: int, sizes: tuple[int, ...]
) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """The first page of :func:`pages` (for text that always fits, such as a title card)."""
    font, found = pages(text, font_path, width, height, sizes)
    return font, found[0] if found else []


def photo_picture(source: Path) -> Image.Image:
    """A photo upright, fitted into the frame on a dark ground."""
    with Image.open(source) as opened:
        upright = ImageOps.exif_transpose(opened).convert("RGB")
    upright.thumbnail((WIDTH, HEIGHT), Image.Resampling.LANCZOS)
    frame = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    frame.paste(upright, ((WIDTH - upright.width) // 2, (HEIGHT - upright.height) // 2))
    return frame


def title_picture(font_path: str, title: str, narrators: str, place: str, date: str) -> Image.Image:
    """The opening card: the story's title, who tells it, where and when."""
    frame = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(frame)
    y = 150
    font, lines = fit(clean(title), font_path, WIDTH - 2 * MARGIN, 240, (72, 60, 50, 40, 32))
    for line in lines:
        draw.text((MARGIN, y), line, font=font, fill=(250, 244, 230))
        y += round(font.size * 1.3)
    y += 30
    for text, size, colour in (
        (narrators, 44, (240, 200, 120)),
        (" · ".join(p for p in (place, date) if p), 34, (200, 192, 176)),
    ):
        if not text:
            continue
        font, lines = fit(
            clean(text), font_path, WIDTH - 2 * MARGIN, 140, (size, size - 8, size - 14)
        )
        for line in lines:
            draw.text((MARGIN, y), line, font=font, fill=colour)
            y += round(font.size * 1.3)
        y += 12
    return frame


def with_words(picture: Image.Image, words: Words | None, font_path: str) -> Image.Image:
    """``picture`` with the words drawn in a dark band at the bottom (a copy)."""
    if words is None or not (words.text.strip() or words.second.strip()):
        return picture
    frame = picture.copy()
    width = WIDTH - 2 * MARGIN
    main_font, main_lines = fit(words.text, font_path, width, MAIN_HEIGHT, MAIN_SIZES)
    second_font: ImageFont.FreeTypeFont | None = None
    second_lines: list[str] = []
    if words.second.strip():
        second_font, second_lines = fit(words.second, font_path, width, SECOND_HEIGHT, SECOND_SIZES)
    main_step = round(main_font.size * 1.3)
    heights = len(main_lines) * main_step
    if second_font is not None:
        heights += len(second_lines) * round(second_font.size * 1.3) + 8
    top = HEIGHT - heights - 40
    band = (0, max(0, top - 20), WIDTH, HEIGHT)
    shade = Image.new("RGB", (band[2] - band[0], band[3] - band[1]), (0, 0, 0))
    frame.paste(Image.blend(frame.crop(band), shade, 170 / 255), band)
    draw = ImageDraw.Draw(frame)
    y = top
    for line in main_lines:
        x = (WIDTH - main_font.getlength(line)) / 2
        draw.text(
            (x, y),
            line,
            font=main_font,
            fill=(255, 255, 255),
            stroke_width=2,
            stroke_fill=(0, 0, 0),
        )
        y += main_step
    if second_font is not None:
        y += 8
        for line in second_lines:
            x = (WIDTH - second_font.getlength(line)) / 2
            draw.text((x, y), line, font=second_font, fill=(235, 220, 160))
            y += round(second_font.size * 1.3)
    return frame
