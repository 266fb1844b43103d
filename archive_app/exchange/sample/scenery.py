"""The places in the sample's photos: sky, hills, a village house, a sign."""

from __future__ import annotations

from collections.abc import Sequence

from archive_app.exchange.sample.canvas import Colour, Sketch, font


def sky(sketch: Sketch, horizon: int, top: Colour, low: Colour) -> None:
    """A sky fading from ``top`` down to ``low`` at the horizon."""
    for y in range(horizon):
        k = y / max(horizon - 1, 1)
        sketch.draw.line(
            [(0, y), (sketch.width, y)],
            fill=tuple(int(t + (b - t) * k) for t, b in zip(top, low, strict=True)),
        )


def hills(sketch: Sketch, base: int, colour: Colour, rise: int) -> None:
    """A ridge of hills standing on ``base``, up to ``rise`` pixels high."""
    points = [(0, base)]
    x = 0
    while x < sketch.width:
        x += sketch.rng.randint(60, 160)
        points.append((x, base - sketch.rng.randint(rise // 3, rise)))
    points += [(sketch.width, base), (sketch.width, base + 40), (0, base + 40)]
    sketch.draw.polygon(points, fill=colour)


def sign(
    sketch: Sketch,
    box: tuple[int, int, int, int],
    words: Sequence[str],
    colour: Colour,
    background: Colour,
) -> None:
    """A board with its words in Chinese, or in English when no CJK font is installed."""
    left, top, right, bottom = box
    sketch.draw.rectangle(box, fill=background, outline=(120, 120, 120), width=3)
    face, has_cjk = font(int((bottom - top) * 0.6))
    text = words[0] if has_cjk else words[-1]
    sketch.draw.text(
        ((left + right) // 2, (top + bottom) // 2), text, font=face, fill=colour, anchor="mm"
    )


def house(sketch: Sketch, left: int, top: int, right: int, ground: int) -> None:
    """A whitewashed village house with a tiled roof, New Year couplets and lanterns."""
    draw = sketch.draw
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
