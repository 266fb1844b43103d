"""Film benchmark: how many times faster than real time a story film renders on this machine.

    python benchmarks/film_bench.py                # the sample's stories and a 5-minute story
    python benchmarks/film_bench.py --minutes 10 --runs 3

Renders (1) every story of the sample archive that has a recording, with an English second
line, and (2) a generated long story: a voice-like WAV of ``--minutes`` minutes (16 kHz mono,
as phones record), three of the sample's photos, and a line of words every 4 seconds. Reports
per case the medians of the runs: seconds to render, the story's length, the speed as a
multiple of real time (aim: at least 10x) and megabytes per minute of film.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import shutil
import statistics
import struct
import sys
import tempfile
import time
import wave
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archive_app.core.archive import Archive  # noqa: E402
from archive_app.exchange.film import FilmOptions, find_cjk_font, render_film  # noqa: E402
from archive_app.exchange.release import (  # noqa: E402
    ReleasedPerson,
    ReleasedRecording,
    ReleasedSegment,
    ReleasedStory,
    ReleasedTier,
    Selection,
    prepare_release,
)
from archive_app.exchange.sample.build import build_sample  # noqa: E402
from archive_app.exchange.target import Work  # noqa: E402

LINES = (
    "那年春节我们坐了两天两夜的火车才到家，孩子都不认得我了。",
    "奶奶每天早上五点起来做饭，送孙女走山路去学校。",
    "户口在老家，孩子只能回来读初中，我们在深圳打工。",
    "每个星期天晚上八点，我们用手机视频，信号不好的时候画面会卡住。",
)


def long_voice(path: Path, minutes: float) -> float:
    rate = 16_000
    noise = random.Random(5)
    frames = bytearray()
    total = int(minutes * 60 * rate)
    for n in range(total):
        syllable = (n // 3200) % 7
        value = 0.0 if syllable == 6 else math.sin(n * (180 + 20 * syllable) * 2 * math.pi / rate)
        frames += struct.pack("<h", int(6000 * value + noise.randint(-300, 300)))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))
    return total / rate


def long_story(voice: Path, duration: float, photos: tuple[object, ...]) -> ReleasedStory:
    lines = tuple(
        ReleasedSegment(t, t + 3.6, "", LINES[i % len(LINES)])
        for i, t in enumerate(range(1, int(duration) - 4, 4))
    )
    english = tuple(
        ReleasedSegment(s.start_s, s.end_s, "", "We talked on the phone every Sunday night.")
        for s in lines
    )
    return ReleasedStory(
        id="long", title="很长的故事", date="2024-02-10", place="四川省 达州市 渠县", language="",
        summary="", keywords=(), people=(ReleasedPerson("p", "王秀英", "narrator", "1950", ""),),
        recordings=(ReleasedRecording("r", voice, "", "wav", "audio", duration),),
        photos=photos,  # type: ignore[arg-type]
        tiers=(ReleasedTier("v", "普通话", "zh", "verbatim", lines), ReleasedTier("e", "English", "en", "translation", english)),
    )  # fmt: skip


def timed(story: ReleasedStory, out: Path, font: str, runs: int) -> dict[str, float]:
    seconds: list[float] = []
    sizes: list[int] = []
    length = 0.0
    for run in range(runs):
        target = out / f"{story.id}-{run}.mp4"
        start = time.perf_counter()
        length = render_film(story, target, font, FilmOptions(second_tier="English"), Work())
        seconds.append(time.perf_counter() - start)
        sizes.append(target.stat().st_size)
    median = statistics.median(seconds)
    return {
        "length_s": round(length, 1),
        "render_s": round(median, 2),
        "times_real_time": round(length / median, 1),
        "mb_per_minute": round(statistics.median(sizes) / 1e6 / (length / 60), 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="film-bench-"))
    try:
        font = str(find_cjk_font())
        build_sample(scratch / "sample")
        with Archive.open(scratch / "sample", read_only=True) as archive:
            ids = tuple(str(r[0]) for r in archive.db.execute("SELECT id FROM interview"))
            release = prepare_release(
                archive.db, archive.root, Selection(interview_ids=ids), "curator"
            )
        out = scratch / "films"
        out.mkdir()
        results: dict[str, object] = {}
        sample_seconds = sample_length = 0.0
        for story in release.stories:
            if story.recordings:
                found = timed(story, out, font, args.runs)
                sample_seconds += found["render_s"]
                sample_length += found["length_s"]
        results["sample_stories"] = {
            "stories": sum(1 for s in release.stories if s.recordings),
            "length_s": round(sample_length, 1),
            "render_s": round(sample_seconds, 2),
            "times_real_time": round(sample_length / sample_seconds, 1),
        }
        photos = tuple(p for s in release.stories for p in s.photos)[:3]
        voice = scratch / "long.wav"
        duration = long_voice(voice, args.minutes)
        results["long_story"] = timed(long_story(voice, duration, photos), out, font, args.runs)
        results["aim_times_real_time"] = 10
        print(json.dumps(results, ensure_ascii=False, indent=2))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
