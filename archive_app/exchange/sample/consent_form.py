"""The sample's scanned consent form: a paper form photographed on a desk."""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageDraw

from archive_app.exchange.sample.canvas import font
from archive_app.exchange.sample.manifest import Entry

_PAPER = (248, 246, 238)
_DESK = (120, 95, 70)
_INK = (30, 30, 30)
_PEN = (30, 50, 140)


def write_consent_form(path: Path, form: Entry, seed: int) -> None:
    """Save :func:`draw_consent_form` as the JPEG a phone would make of it."""
    draw_consent_form(form, seed).save(path, "JPEG", quality=88)


def draw_consent_form(form: Entry, seed: int) -> Image.Image:
    """A photographed paper consent form: printed text, ticked boxes, a signature, a red thumbprint
    for a guardian who signs that way, on a desk, a little askew."""
    rng = random.Random(seed)
    paper = Image.new("RGB", (900, 1200), _PAPER)
    draw = ImageDraw.Draw(paper)
    heading, _ = font(40)
    body, _ = font(28)
    draw.text((450, 90), form["heading"], font=heading, fill=(20, 20, 20), anchor="mm")
    draw.line([(80, 140), (820, 140)], fill=(60, 60, 60), width=2)
    y = 190
    for line in form["lines"]:
        draw.text((90, y), line, font=body, fill=_INK)
        y += 52
    y += 20
    for label, ticked in form["ticks"]:
        draw.rectangle([90, y, 120, y + 30], outline=_INK, width=3)
        if ticked:  # a pen tick, not a printed one
            draw.line([(94, y + 14), (104, y + 27), (126, y - 6)], fill=_PEN, width=4)
        draw.text((140, y - 2), label, font=body, fill=_INK)
        y += 56
    y += 30
    for n, label in enumerate(form["signatures"]):
        draw.text((90, y), label, font=body, fill=_INK)
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
        draw.line(points, fill=_PEN, width=3, joint="curve")
        y += 90
    draw.text((90, y + 10), form["date"], font=body, fill=_INK)
    desk = Image.new("RGB", (1000, 1320), _DESK)
    turned = paper.rotate(
        rng.uniform(-2.0, 2.0),
        resample=Image.Resampling.BICUBIC,
        expand=True,
        fillcolor=_DESK,
    )
    desk.paste(turned, ((1000 - turned.width) // 2, (1320 - turned.height) // 2))
    return desk
