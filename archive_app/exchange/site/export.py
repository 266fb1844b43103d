"""Writing the story site from a release.

The site is static files only: ``index.html`` (tiles and search), one ``story-N.html`` per
story, the shared scripts and style from ``resources/site``, and the data as ``<script>`` files
in ``data/`` (a page opened from ``file://`` may load scripts but may not fetch). Media go to
``media/``: each story's voice as one AAC file (closed passages silenced, or a soft tone, on the
decoded samples: the original is never copied then), its photos upright, at most 1600 pixels
and without their EXIF (no camera, no GPS). File names are the story's number, never a title or
a person's name.

The folder is built beside the target under a temporary name and renamed into place when
complete (or zipped, and the zip renamed into place); a failure or a cancel leaves nothing
under the target's name.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from archive_app.core.media.image import read_image
from archive_app.exchange.media.audio import write_story_audio
from archive_app.exchange.release import Release, ReleasedStory
from archive_app.exchange.report import ExportReport
from archive_app.exchange.site import search_data
from archive_app.exchange.target import Staged, Work, check_target, size_of
from archive_app.resources import resources_dir

ASSETS = ("site.js", "search.js", "words.js", "site.css")
PHOTO_SIZE = 1600
COVER_SIZE = 640


def site_template_dir() -> Path:
    return resources_dir() / "site"


def script(name: str, value: Any) -> str:
    """A data file: ``window.NAME = <JSON>;``, safe to load with a ``<script>`` tag."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("</", "<\\/")
    return f"window.{name} = {text};\n"


def export_site(
    release: Release,
    target: Path,
    archive_root: Path,
    *,
    as_zip: bool = False,
    work: Work | None = None,
    media: bool = True,
) -> ExportReport:
    """Write the story site of ``release`` at ``target`` (a folder, or a .zip with ``as_zip``).

    ``media=False`` writes everything but the audio and photo files (for measuring). Raises
    :class:`TargetInsideArchive`, :class:`TargetExists`, :class:`Cancelled` (nothing is left
    behind), :class:`UnreadableRecording` for a recording FFmpeg cannot read, OSError.
    """
    target = check_target(target, archive_root)
    work = work or Work()
    work.step(0.0, "site")
    if not as_zip:
        with Staged(target, folder=True) as staged:
            _write(release, staged.path, work.part(0.0, 0.98), media)
            staged.commit()
    else:
        with tempfile.TemporaryDirectory(prefix=".site-", dir=target.parent) as folder:
            root = Path(folder) / target.stem
            root.mkdir()
            _write(release, root, work.part(0.0, 0.85), media)
            with Staged(target, folder=False) as staged:
                _zip(root, staged.path, work.part(0.85, 0.98))
                staged.commit()
    files, size = size_of(target)
    work.step(1.0, "done")
    return ExportReport.of(release, target, files, size)


def _zip(root: Path, into: Path, work: Work) -> None:
    paths = sorted(p for p in root.rglob("*") if p.is_file())
    with zipfile.ZipFile(into, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for number, path in enumerate(paths):
            work.step(number / max(1, len(paths)), "zip")
            relative = path.relative_to(root.parent).as_posix()
            packed = path.suffix in (".m4a", ".jpg")  # compressed already
            archive.write(path, relative, zipfile.ZIP_STORED if packed else zipfile.ZIP_DEFLATED)


def _write(release: Release, root: Path, work: Work, media: bool) -> None:
    templates = site_template_dir()
    for folder in ("assets", "data", "media"):
        (root / folder).mkdir()
    for name in ASSETS:
        shutil.copyfile(templates / name, root / "assets" / name)
    shutil.copyfile(templates / "index.html", root / "index.html")
    shell = (templates / "story.html").read_text(encoding="utf-8")
    tiles: list[dict[str, Any]] = []
    count = max(1, len(release.stories))
    for number, story in enumerate(release.stories):
        part = work.part(number / count * 0.9, (number + 1) / count * 0.9)
        part.step(0.0, story.id)
        data, tile = _story_files(story, number + 1, root, part, media, release.passage_fill)
        (root / "data" / f"story-{number + 1}.js").write_text(
            script("HV_STORY", data), encoding="utf-8"
        )
        (root / f"story-{number + 1}.html").write_text(
            shell.replace("STORY_DATA", f"story-{number + 1}.js"), encoding="utf-8"
        )
        tiles.append(tile)
    work.step(0.9, "search")
    (root / "data" / "site.js").write_text(
        script("HV_SITE", {"audience": release.audience, "stories": tiles}), encoding="utf-8"
    )
    (root / "data" / "search.js").write_text(
        script("HV_SEARCH", search_data.build(release.stories)), encoding="utf-8"
    )


def _story_files(
    story: ReleasedStory, number: int, root: Path, work: Work, media: bool, fill: str
) -> tuple[dict[str, Any], dict[str, Any]]:
    audio: str | None = None
    duration = story.duration_s
    if story.recordings and media:
        name = f"media/{number}.m4a"
        duration = write_story_audio(
            [r.source for r in story.recordings],
            root / name,
            lambda fraction: work.step(fraction * 0.7, "audio"),
            closed=[r.closed for r in story.recordings],
            fill=fill,
        )
        audio = name
    elif story.recordings:
        audio = f"media/{number}.m4a"
    photos: list[dict[str, Any]] = []
    cover: str | None = None
    for index, photo in enumerate(story.photos, start=1):
        work.step(0.7 + 0.3 * index / (len(story.photos) + 1), "photos")
        name = f"media/{number}-{index}.jpg"
        width, height = photo.width, photo.height
        if media:
            shown = read_image(photo.source, thumbnail_to=root / name, size=PHOTO_SIZE)
            scale = min(1.0, PHOTO_SIZE / max(shown.width or 1, shown.height or 1))
            width = round((shown.width or 0) * scale) or None
            height = round((shown.height or 0) * scale) or None
        photos.append({"src": name, "caption": photo.caption, "width": width, "height": height})
        if cover is None:
            cover = f"media/{number}-cover.jpg"
            if media:
                read_image(photo.source, thumbnail_to=root / cover, size=COVER_SIZE)
    people = [
        {"name": p.name, "role": p.role, "birth": p.birth, "home": p.home_place}
        for p in story.people
    ]
    data = {
        "title": story.title,
        "date": story.date,
        "place": story.place,
        "language": story.language,
        "summary": story.summary,
        "keywords": list(dict.fromkeys((*story.keywords, *story.tags))),
        "people": people,
        "audio": audio,
        "duration": duration,
        "photos": photos,
        # stretches of the voice kept private (silent or a soft tone): times only, no words
        "private": [
            [start, None if end == float("inf") else end] for start, end in story.closed_ranges
        ],
        "chapters": [[c.start_s, c.title, c.synopsis] for c in story.chapters],
        "tiers": [
            {
                "label": t.label,
                "language": t.language,
                "kind": t.kind,
                "lines": [[s.start_s, s.end_s, s.speaker, s.text] for s in t.segments],
            }
            for t in story.tiers
        ],
    }
    tile = {
        "title": story.title,
        "narrators": [p.name for p in story.narrators],
        "place": story.place,
        "date": story.date,
        "duration": duration,
        "cover": cover,
    }
    return data, tile
