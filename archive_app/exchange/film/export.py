"""Story films: one MP4 per story (H.264 and AAC, 1280x720) that plays on any phone, in WeChat,
and on a TV from a USB stick.

FFmpeg is PyAV's (the ``av`` package) and never a program on the system. PyAV was chosen over
imageio-ffmpeg because it is half the size (a 36 MB wheel against 68 MB, 106 MB installed
against 173 MB), works in-process (frames are handed to the encoder as pictures: no pipes, no
temporary image files, no child process that could inherit the archive's lock), lets the same
code decode and cut audio sample-exactly (which closed passages need), and is an ordinary
Python package for the packaged app (PyInstaller collects it with its libraries). Both wheels
carry an FFmpeg built with x264, which is GPL: a distributed app must offer FFmpeg's and
x264's source, as it must with either choice.

Speed comes from the pictures being still: each distinct picture (a photo with one line of
words) is drawn and converted once, and encoded where it first appears and then once a second
while it stands (frame times on a 25-per-second grid, so words appear within 40 ms of when
they are said), with x264 tuned for still images; the voice is encoded to AAC once (or copied
when it already is AAC) and its packets copied into the film.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
from PIL import Image

from archive_app.exchange.film import frames, timeline
from archive_app.exchange.film.fonts import find_cjk_font
from archive_app.exchange.media.audio import write_story_audio
from archive_app.exchange.release import Release, ReleasedStory, ReleasedTier
from archive_app.exchange.report import ExportReport
from archive_app.exchange.target import Staged, Work, check_target, size_of

#: the grid frame times are on (frames are encoded only where the picture changes, and once a
#: second while it stands)
FPS = 25


@dataclass(frozen=True)
class FilmOptions:
    """Which words a film carries: the tier to burn in (by label, or the first verbatim one),
    and a second tier's line under it (None: no second line)."""

    tier: str | None = None
    second_tier: str | None = None
    font: Path | None = None
    fps: int = FPS


def _tier(story: ReleasedStory, label: str | None, fallback: bool) -> ReleasedTier | None:
    timed = [t for t in story.tiers if t.timed]
    if label is not None:
        for tier in timed:
            if tier.label == label or tier.language == label:
                return tier
    if not fallback:
        return None
    return timed[0] if timed else None


def film_name(number: int, story: ReleasedStory) -> str:
    """``03.mp4``: the story's number, never a title or a name (those may be withheld)."""
    return f"{number:02d}.mp4"


def export_films(
    release: Release,
    target: Path,
    archive_root: Path,
    options: FilmOptions | None = None,
    work: Work | None = None,
) -> ExportReport:
    """Write one film per story of ``release`` into the new folder ``target``.

    Stories without a recording get no film. Raises :class:`TargetInsideArchive`,
    :class:`TargetExists`, :class:`NoSubtitleFont` (before anything is written),
    :class:`Cancelled` (nothing is left behind) and :class:`UnreadableRecording`.
    """
    options = options or FilmOptions()
    target = check_target(target, archive_root)
    font = str(find_cjk_font(options.font))
    work = work or Work()
    work.step(0.0, "films")
    stories = [s for s in release.stories if s.recordings]
    with Staged(target, folder=True) as staged:
        for number, story in enumerate(stories, start=1):
            part = work.part((number - 1) / max(1, len(stories)), number / max(1, len(stories)))
            render_film(
                story,
                staged.path / film_name(number, story),
                font,
                options,
                part,
                release.passage_fill,
            )
        staged.commit()
    files, size = size_of(target)
    work.step(1.0, "done")
    return ExportReport.of(release, target, files, size)


def render_film(
    story: ReleasedStory,
    path: Path,
    font: str,
    options: FilmOptions,
    work: Work,
    fill: str = "silence",
) -> float:
    """Write one story's film at ``path``; return its length in seconds. Closed passages
    (``story.recordings[n].closed``) are silenced or filled with a soft tone (``fill``); their
    lines and the photos spoken of only in them are not in ``story`` at all."""
    with tempfile.TemporaryDirectory(prefix=".film-", dir=path.parent) as scratch:
        voice = Path(scratch) / "voice.m4a"
        duration = write_story_audio(
            [r.source for r in story.recordings],
            voice,
            lambda fraction: work.step(0.3 * fraction, "audio"),
            closed=[r.closed for r in story.recordings],
            fill=fill,
        )
        primary = _tier(story, options.tier, fallback=True)
        second = _tier(story, options.second_tier, fallback=False) if options.second_tier else None
        if second is primary:
            second = None
        shots = timeline.shots(story, duration, font, primary, second)
        pictures = _pictures(story, font)
        _encode(path, voice, shots, pictures, font, duration, options.fps, work.part(0.3, 1.0))
    return duration


def _pictures(story: ReleasedStory, font: str) -> dict[int, Image.Image]:
    narrators = "、".join(p.name for p in story.narrators)
    found = {0: frames.title_picture(font, story.title, narrators, story.place, story.date or "")}
    for number, photo in enumerate(story.photos, start=1):
        found[number] = frames.photo_picture(photo.source)
    return found


def frame_ticks(shots: list[timeline.Shot], duration: float, fps: int) -> list[tuple[int, int]]:
    """(tick, shot number) of every frame to encode, ticks counted in 1/``fps`` seconds.

    A frame where each shot starts, then one every second while it stands (so that players
    can seek and never wait long for a picture), and one on the last tick, which sets the
    film's length to the voice's. Unchanged pictures in between are not encoded at all: the
    film's frame rate varies, on a grid of ``fps``.
    """
    total = max(1, round(duration * fps))
    wanted: dict[int, int] = {}
    for number, shot in enumerate(shots):
        start = min(total - 1, max(0, round(shot.start * fps)))
        end = min(total, max(start + 1, round(shot.end * fps)))
        for tick in range(start, end, fps):
            wanted[tick] = number
    if 0 not in wanted:
        wanted[0] = 0
    last = max(n for t, n in wanted.items() if t <= total - 1)
    wanted.setdefault(total - 1, last)
    ordered = sorted(wanted.items())
    # a later shot starting on the same tick as an earlier one wins; fill the shot of the end
    return [(tick, number) for tick, number in ordered]


def _encode(
    path: Path,
    voice: Path,
    shots: list[timeline.Shot],
    pictures: dict[int, Image.Image],
    font: str,
    duration: float,
    fps: int,
    work: Work,
) -> None:
    ticks = frame_ticks(shots, duration, fps)
    total = ticks[-1][0] + 1
    with (
        av.open(str(voice)) as audio_in,
        av.open(str(path), "w", format="mp4", options={"movflags": "+faststart"}) as out,
    ):
        video = out.add_stream("libx264", rate=fps)
        video.width, video.height, video.pix_fmt = frames.WIDTH, frames.HEIGHT, "yuv420p"
        video.options = {
            "preset": "veryfast",
            "tune": "stillimage",
            "crf": "24",
            "profile": "main",
            "x264-params": f"keyint={fps * 10}:min-keyint={fps}",
        }
        audio_stream = audio_in.streams.audio[0]
        audio_out = out.add_stream_from_template(audio_stream)
        packets = (p for p in audio_in.demux(audio_stream) if p.dts is not None)
        pending = next(packets, None)
        current: av.VideoFrame | None = None
        current_shot = -1
        for count, (tick, number) in enumerate(ticks):
            if number != current_shot:
                shot = shots[number]
                picture = frames.with_words(pictures[shot.picture], shot.words, font)
                current = av.VideoFrame.from_image(picture).reformat(  # type: ignore[no-untyped-call]
                    format="yuv420p"
                )
                current_shot = number
            while pending is not None and _seconds(pending) <= tick / fps:
                pending.stream = audio_out
                out.mux(pending)
                pending = next(packets, None)
            assert current is not None
            current.pts = tick
            current.time_base = Fraction(1, fps)
            out.mux(video.encode(current))
            if count % 10 == 0:
                work.step(tick / total, "film")
        out.mux(video.encode(None))
        while pending is not None:
            pending.stream = audio_out
            out.mux(pending)
            pending = next(packets, None)


def _seconds(packet: av.Packet) -> float:  # type: ignore[type-arg]
    if packet.pts is None or packet.time_base is None:
        return 0.0
    return float(packet.pts * packet.time_base)
