"""People in the sample's photos: simple standing figures, sized by age and gender."""

from __future__ import annotations

from archive_app.exchange.sample.canvas import Colour, Figure, Sketch

SHIRTS: tuple[Colour, ...] = (
    (178, 34, 52),
    (40, 90, 160),
    (60, 130, 80),
    (220, 140, 40),
    (120, 60, 140),
    (90, 90, 95),
)


def stature(base: int, who: Figure) -> int:
    """How many pixels tall ``who`` stands where a grown man stands ``base`` pixels tall."""
    if who.age >= 18:
        scale = 0.95 if who.age >= 65 else 1.0
    else:
        scale = min(0.4 + 0.03 * who.age, 0.92)
    return int(base * scale * (1.0 if who.gender == "male" else 0.95))


def stand(sketch: Sketch, x: int, ground: int, base: int, who: Figure) -> int:
    """Draw ``who`` standing with feet on ``ground`` at ``x``, as tall as :func:`stature` says
    for ``base``, and return that height."""
    draw, rng = sketch.draw, sketch.rng
    tall = stature(base, who)
    head = max(tall // 7, 6)
    body_top = ground - tall + 2 * head
    waist = body_top + int(tall * 0.36)
    shoulders = int(tall * 0.13)
    shirt = rng.choice(SHIRTS)
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
    for side in (-1, 1):
        draw.line(
            [(x + side * shoulders, body_top + 6), (x + side * (shoulders + head // 2), waist)],
            fill=shirt,
            width=max(head // 2, 3),
        )
    cy = body_top - head
    if who.gender == "female" and who.age < 60:
        draw.rectangle([x - head, cy - head // 2, x + head, cy + int(head * 1.4)], fill=hair)
    draw.ellipse([x - head, cy - head, x + head, cy + head], fill=skin)
    draw.chord([x - head, cy - head - 2, x + head, cy + head // 2], 180, 360, fill=hair)
    eye = max(head // 6, 1)
    for side in (-1, 1):
        centre = x + side * (head // 2)
        draw.ellipse([centre - eye, cy, centre + eye, cy + 2 * eye], fill=(30, 30, 30))
    draw.arc(
        [x - head // 2, cy + head // 4, x + head // 2, cy + int(head * 0.7)],
        20,
        160,
        fill=(150, 60, 50),
        width=max(eye, 1),
    )
    return tall
