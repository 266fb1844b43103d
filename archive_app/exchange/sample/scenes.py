"""The scenes the sample's photos show, each drawn upright on a :class:`Sketch`.

A scene's random numbers come from the sketch (seeded per photo), so it looks the same on every
build; the people in it are the photo's depicted people, at their age on the day.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from archive_app.exchange.sample.canvas import Figure, Sketch
from archive_app.exchange.sample.figures import SHIRTS, stand, stature
from archive_app.exchange.sample.scenery import hills, house, sign, sky

LANDSCAPE = (1024, 768)
#: scenes taken with the phone held upright
_PORTRAIT = {"school_gate"}


def canvas_size(scene: str) -> tuple[int, int]:
    """The (width, height) a scene is drawn at, upright."""
    width, tall = LANDSCAPE
    return (tall, width) if scene in _PORTRAIT else (width, tall)


def _village_house(sketch: Sketch) -> None:
    draw, rng, width, height = sketch.draw, sketch.rng, sketch.width, sketch.height
    horizon = int(height * 0.55)
    sky(sketch, horizon + 40, (150, 190, 230), (225, 230, 235))
    hills(sketch, horizon, (110, 140, 120), 140)
    hills(sketch, horizon + 30, (80, 120, 80), 80)
    draw.rectangle([0, horizon + 30, width, height], fill=(150, 130, 95))
    ground = height - 110
    house(sketch, 250, 300, 790, ground)
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


def _fields(sketch: Sketch) -> None:
    draw, rng, width, height = sketch.draw, sketch.rng, sketch.width, sketch.height
    horizon = int(height * 0.35)
    sky(sketch, horizon + 40, (170, 195, 220), (230, 232, 230))
    hills(sketch, horizon, (95, 120, 100), 120)
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
    for n, who in enumerate(sketch.figures):
        x = 620 + 90 * n
        stand(sketch, x, height - 130, 300, who)
        draw.line(
            [(x + 40, height - 330), (x + 70, height - 120)], fill=(110, 80, 50), width=6
        )  # a hoe
        draw.rectangle([x + 58, height - 130, x + 92, height - 115], fill=(120, 120, 125))


def _school_gate(sketch: Sketch) -> None:
    draw, rng, width, height = sketch.draw, sketch.rng, sketch.width, sketch.height
    horizon = int(height * 0.5)
    sky(sketch, horizon, (120, 170, 225), (205, 220, 235))
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
    sign(
        sketch,
        (pillar_l - 40, horizon - 420, pillar_r + 40, horizon - 330),
        sketch.sign or ("学校", "School"),
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
    for n, who in enumerate(sketch.figures):
        x = width // 2 + 60 * n
        ground = height - 120
        tall = stand(sketch, x, ground, 520, who)
        strap = (x - int(tall * 0.2), ground - int(tall * 0.7))  # a school bag on one shoulder
        draw.rounded_rectangle(
            [strap[0], strap[1], strap[0] + int(tall * 0.07), strap[1] + int(tall * 0.18)],
            radius=8,
            fill=(30, 80, 150),
        )


def _train_station(sketch: Sketch) -> None:
    draw, rng, width, height = sketch.draw, sketch.rng, sketch.width, sketch.height
    horizon = int(height * 0.52)
    sky(sketch, horizon, (185, 195, 210), (225, 225, 225))  # a grey winter afternoon
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
    sign(
        sketch,
        (width // 2 - 200, horizon - 292, width // 2 + 200, horizon - 238),
        sketch.sign or ("车站", "Station"),
        (200, 30, 30),
        (245, 245, 240),
    )
    draw.ellipse(
        [width - 170, horizon - 225, width - 110, horizon - 165],
        fill=(250, 250, 250),
        outline=(60, 60, 60),
        width=3,
    )
    for hand_x, hand_y in ((width - 140, horizon - 218), (width - 124, horizon - 190)):
        draw.line([(width - 140, horizon - 195), (hand_x, hand_y)], fill=(20, 20, 20), width=3)
    for lantern_x in range(120, width - 100, 160):
        draw.ellipse(
            [lantern_x - 18, horizon - 262, lantern_x + 18, horizon - 226], fill=(220, 40, 30)
        )
    draw.rectangle([0, horizon + 20, width, height], fill=(185, 180, 175))
    for _ in range(18):  # the Spring Festival crowd behind the family
        x = rng.randint(40, width - 40)
        stranger = Figure(rng.randint(20, 60), rng.choice(("male", "female")))
        stand(sketch, x, horizon + 80 + rng.randint(0, 40), 150, stranger)
    ground = height - 60
    family = sketch.figures
    for n, who in enumerate(family):
        x = 220 + n * (width - 380) // max(len(family) - 1, 1)
        stand(sketch, x, ground, 400, who)
        if who.age >= 18 and who.age < 60:  # the parents' luggage
            draw.rounded_rectangle(
                [x + 50, ground - 150, x + 120, ground - 10], radius=8, fill=rng.choice(SHIRTS)
            )
            draw.line([(x + 85, ground - 150), (x + 85, ground - 185)], fill=(60, 60, 60), width=5)


def _family_portrait(sketch: Sketch) -> None:
    draw, width, height = sketch.draw, sketch.width, sketch.height
    sky(sketch, 260, (160, 200, 235), (230, 235, 240))
    draw.rectangle([0, 240, width, height], fill=(160, 140, 110))
    ground = height - 50
    house(sketch, 140, 200, width - 140, ground - 40)
    draw.rectangle([0, ground - 40, width, height], fill=(175, 160, 135))
    order = sorted(sketch.figures, key=lambda who: -stature(100, who))  # tallest in the middle
    row: list[Figure] = []
    for who in order:
        if len(row) % 2:
            row.insert(0, who)
        else:
            row.append(who)
    spacing = (width - 200) // max(len(row), 1)
    for n, who in enumerate(row):
        stand(sketch, 100 + spacing // 2 + n * spacing, ground, 470, who)


SCENES: dict[str, Callable[[Sketch], None]] = {
    "village_house": _village_house,
    "fields": _fields,
    "school_gate": _school_gate,
    "train_station": _train_station,
    "family_portrait": _family_portrait,
}
