"""Story films: H.264 and AAC, as long as the voice, words drawn where they are said."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import av
import pytest
from PIL import Image, ImageChops, ImageStat

from archive_app.core.archive import Archive
from archive_app.exchange.film import (
    FilmOptions,
    NoSubtitleFont,
    export_films,
    find_cjk_font,
    frames,
    timeline,
)
from archive_app.exchange.release import (
    ReleasedSegment,
    ReleasedTier,
    Selection,
    prepare_release,
)
from tests.exchange.conftest import interview_titled

pytestmark = pytest.mark.timeout(300)


def frame_at(path: Path, seconds: float) -> Image.Image:
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        for frame in container.decode(stream):
            if frame.time is not None and frame.time >= seconds:
                return frame.to_image()
    raise AssertionError(f"no frame at {seconds}")


def probe(path: Path) -> dict[str, object]:
    ffprobe = shutil.which("ffprobe") or "/usr/bin/ffprobe"
    if not Path(ffprobe).exists():
        pytest.skip("ffprobe (Debian's ffmpeg) is not installed")
    answer = subprocess.run(
        [ffprobe, "-v", "error", "-show_streams", "-show_format", "-of", "json", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(answer.stdout)  # type: ignore[no-any-return]


@pytest.fixture
def film(sample: Archive, tmp_path: Path) -> tuple[Path, float]:
    story_id = interview_titled(sample, "星期天晚上的电话")
    release = prepare_release(
        sample.db, sample.root, Selection(interview_ids=(story_id,)), "family"
    )
    out = tmp_path / "films"
    report = export_films(release, out, sample.root, FilmOptions(second_tier="English"))
    assert report.files == 1
    return out / "01.mp4", release.stories[0].duration_s


def test_a_film_is_h264_and_aac_as_long_as_the_voice(film: tuple[Path, float]) -> None:
    path, _ = film
    found = probe(path)
    streams = {s["codec_type"]: s for s in found["streams"]}  # type: ignore[attr-defined]
    assert streams["video"]["codec_name"] == "h264"
    assert (streams["video"]["width"], streams["video"]["height"]) == (1280, 720)
    assert streams["video"]["pix_fmt"] == "yuv420p"
    assert streams["audio"]["codec_name"] == "aac"
    audio = float(streams["audio"]["duration"])
    assert abs(float(streams["video"]["duration"]) - audio) <= 0.1
    assert abs(float(found["format"]["duration"]) - audio) <= 0.1  # type: ignore[index]
    with av.open(str(path)) as container:
        decoded = (
            sum(f.samples for f in container.decode(audio=0)) / container.streams.audio[0].rate
        )
    assert abs(decoded - audio) <= 0.1


def test_words_are_drawn_while_they_are_said_and_not_before(film: tuple[Path, float]) -> None:
    path, _ = film
    # the first line is said from 0.4 s, over the title card; before it the card is bare
    bare, said = frame_at(path, 0.0), frame_at(path, 1.2)
    band = (0, 520, 1280, 720)
    difference = ImageChops.difference(bare.crop(band), said.crop(band))
    assert max(ImageStat.Stat(difference).mean) > 10
    white = sum(said.crop(band).convert("L").histogram()[221:])
    assert white > 2000  # letters, white on the dark band
    above = ImageChops.difference(bare.crop((0, 0, 1280, 300)), said.crop((0, 0, 1280, 300)))
    assert max(ImageStat.Stat(above).mean) < 2  # the picture itself is the same


def test_a_line_too_long_for_the_band_is_shown_in_pages_and_never_cut() -> None:
    font = str(find_cjk_font())
    long_line = "很长很长的一句话，" * 60 + "END"
    tier = ReleasedTier(
        "t", "普通话", "zh", "verbatim", (ReleasedSegment(1.0, 31.0, "", long_line),)
    )
    spans = timeline.subtitle_spans(tier, None, font, 40.0)
    assert len(spans) > 1
    assert spans[0][0] == 1.0 and abs(spans[-1][1] - 31.0) < 1e-6
    assert "".join(w.text for _, _, w in spans) == long_line
    width = frames.WIDTH - 2 * frames.MARGIN
    for _, _, words in spans:
        face, lines = frames.fit(words.text, font, width, frames.MAIN_HEIGHT, frames.MAIN_SIZES)
        assert all(face.getlength(line) <= width for line in lines)
        assert "".join(lines) == words.text


def test_direction_marks_and_markup_are_drawn_as_plain_characters() -> None:
    assert frames.clean("\u202e<script>x</script>\u202c") == "<script>x</script>"


def test_without_a_cjk_font_no_film_is_made(sample: Archive, tmp_path: Path) -> None:
    with pytest.raises(NoSubtitleFont):
        find_cjk_font(tmp_path / "missing.ttf")
    story_id = interview_titled(sample, "星期天晚上的电话")
    release = prepare_release(
        sample.db, sample.root, Selection(interview_ids=(story_id,)), "family"
    )
    with pytest.raises(NoSubtitleFont):
        export_films(release, tmp_path / "films", sample.root, FilmOptions(font=tmp_path / "x.ttf"))
    assert not (tmp_path / "films").exists()
