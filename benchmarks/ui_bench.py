"""How quick and calm the curator's app is with a big archive.

    python benchmarks/ui_bench.py [--cache DIR] [--json]

Generates (once, kept in ``--cache``) an archive of 10,000 interviews, 30,000 photos and 100,000
transcript segments through core's functions, indexes it for search, and then measures, each in
a fresh process with the offscreen platform:

- a bare PySide6 window with a list view, for comparison: time to shown, memory;
- the app: time from process start to a usable main window (interview list filled and painted),
  memory after opening (and once background work has settled);
- scrolling the interview list from top to bottom a page at a time: total time, longest frame;
- typing a search ("户口", one character at a time, as an input method delivers them): time
  from the first keystroke to the first results shown.
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

STARTED = time.perf_counter()  # as early as possible: launch time counts from here
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

INTERVIEWS = 10_000
PHOTOS = 30_000
SEGMENTS_PER_INTERVIEW = 10
QUERY = "户口"

PLACES = (
    ("四川省", "巴中市", "平昌县", "白衣镇", "石门村"),
    ("安徽省", "阜阳市", "临泉县", "城关镇", "李庄村"),
    ("河南省", "周口市", "郸城县", "宁平镇", "后湖村"),
    ("广东省", "江门市", "台山市", "端芬镇", "梅家村"),
    ("湖南省", "邵阳市", "隆回县", "六都寨镇", "竹山村"),
    ("江西省", "赣州市", "于都县", "岭背镇", "上坪村"),
)
SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何高林罗"
GIVEN = ("秀英", "桂兰", "建国", "小明", "美玲", "志强", "小红", "德明", "丽", "浩", "芳", "军")
CITIES = ("深圳", "广州", "东莞", "上海", "北京", "温州", "苏州", "厦门")
SUBJECTS = ("奶奶", "爷爷", "妈妈", "爸爸", "我", "弟弟", "外婆", "老师")
DEEDS = (
    "在{city}打工", "过年才回家", "每个星期天打电话", "给家里寄钱", "去镇上读书",
    "为了户口的事发愁", "坐了两天的火车", "在村里种地", "送我去上学", "想家想得哭了",
)  # fmt: skip
TIMES = ("那年", "小时候", "过年的时候", "后来", "去年", "那时候")


# -- the generated archive ---------------------------------------------------------------------


def _sentence(rng: random.Random) -> str:
    deed = rng.choice(DEEDS).format(city=rng.choice(CITIES))
    return f"{rng.choice(TIMES)}{rng.choice(SUBJECTS)}{deed}。"


def build(root: Path) -> dict[str, float]:
    """The big archive at ``root`` (interviews, people, transcripts, photos, some consents),
    and its search index. Returns how long each part took."""
    from archive_app.core import interviews, people, places, records
    from archive_app.core.archive import Archive
    from archive_app.core.clock import new_id, now_iso
    from archive_app.core.consent.store import add_consent
    from archive_app.core.search.service import SearchService
    from archive_app.core.transcripts.parse import Segment
    from archive_app.core.transcripts.store import add_transcript

    rng = random.Random(20240210)
    timings: dict[str, float] = {}
    start = time.perf_counter()
    with Archive.create(root) as archive:
        with archive.transaction() as db:
            villages = []
            for chain in PLACES:
                parent = None
                for level, name in zip(
                    ("province", "prefecture", "county", "township", "village"), chain, strict=True
                ):
                    parent = places.add_place(db, name, level=level, parent_id=parent)
                villages.append(parent)
            narrators = [
                people.add_person(
                    db,
                    rng.choice(SURNAMES) + rng.choice(GIVEN),
                    birth_date=str(rng.randint(1940, 2014)),
                )
                for _ in range(3000)
            ]
            for number in range(INTERVIEWS):
                interview = interviews.add_interview(
                    db,
                    f"{rng.choice(SUBJECTS)}的故事 {number:05d}",
                    date=f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    place_id=rng.choice(villages),
                    summary=_sentence(rng),
                    status=rng.choice(("recorded", "transcribed", "reviewed", "ready")),
                )
                for person in rng.sample(narrators, rng.choice((1, 1, 2))):
                    interviews.link_person(db, interview, person, "narrator")
                add_transcript(
                    db,
                    interview,
                    [
                        Segment(i * 15.0, i * 15.0 + 14.0, "讲述人", _sentence(rng))
                        for i in range(SEGMENTS_PER_INTERVIEW)
                    ],
                    language="zh-CN",
                )
            for person in narrators[::3]:
                add_consent(db, person, date="2024-01-01", audiences=["family", "research"])
            # Core catalogues a photo only together with its file (through the import); 30,000
            # files through the import would take most of an hour, so the catalogue rows of the
            # files and photos are written directly here, as the import would write them.
            stamp = now_iso()
            all_interviews = [r["id"] for r in records.rows(db, "SELECT id FROM interview")]
            media = []
            photos = []
            for number in range(PHOTOS):
                sha = f"{number:064x}"
                media.append(
                    {
                        "sha256": sha,
                        "size": 1000,
                        "extension": ".jpg",
                        "stored_path": f"media/{sha[:2]}/{sha}.jpg",
                        "original_name": f"IMG_{number:05d}.jpg",
                        "imported_at": stamp,
                    }
                )
                photos.append({"id": new_id(), "interview_id": rng.choice(all_interviews),
                               "sha256": sha, "original_name": f"IMG_{number:05d}.jpg",
                               "format": "jpeg", "width": 4000, "height": 3000,
                               "caption": _sentence(rng), "created_at": stamp, "updated_at": stamp})  # fmt: skip
            db["media_file"].insert_all(media, batch_size=2000)
            db["photo"].insert_all(photos, batch_size=2000)
        timings["catalogue_s"] = time.perf_counter() - start
        start = time.perf_counter()
        service = SearchService(archive)
        service.rebuild()
        service.close()
        timings["index_s"] = time.perf_counter() - start
    return timings


# -- measurements, each in its own process ------------------------------------------------------


def _rss_mb() -> float:
    from benchmarks.memory import tree_rss_bytes

    return tree_rss_bytes() / 2**20


def _private_settings() -> Any:
    import tempfile

    from PySide6.QtCore import QSettings

    folder = tempfile.mkdtemp(prefix="ui-bench-settings-")
    atexit.register(shutil.rmtree, folder, True)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)


def phase_bare() -> dict[str, float]:
    """A bare PySide6 window with a list view, shown and painted."""
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QApplication, QListView, QMainWindow

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    view = QListView(window)
    view.setModel(QStringListModel([f"Interview {n}" for n in range(200)], view))
    window.setCentralWidget(view)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    view.viewport().repaint()
    shown = time.perf_counter() - STARTED
    return {"usable_s": shown, "rss_mb": _rss_mb()}


def phase_app(archive: Path) -> dict[str, float]:
    """The app on the big archive: launch, memory, scrolling, first search results."""
    _private_settings()
    from PySide6.QtWidgets import QApplication

    from archive_app.ui.launch import AppController, make_application
    from archive_app.ui.main_thread_gc import MainThreadCollector
    from archive_app.ui.settings import AppSettings

    app = make_application([sys.argv[0]])
    collector = MainThreadCollector(parent=app)
    settings = AppSettings()
    settings.language = "zh_CN"
    controller = AppController(app, settings)
    controller.open(archive)
    window = controller.window
    window.resize(1280, 800)
    table = window.lists.pane("interview").view
    app.processEvents()
    table.viewport().repaint()
    usable = time.perf_counter() - STARTED
    rows_at_start = table.model().rowCount()
    rss_open = _rss_mb()

    # Background work after the window is up (the window starts it itself): search index check
    # and warm-up, consent badges and the consent-due list.
    settle_start = time.perf_counter()
    while time.perf_counter() - settle_start < 120:
        app.processEvents()
        badges = getattr(window, "badges", None)
        writer_busy = window.session.writer is not None and window.session.writer.busy
        counted = badges is None or badges.visible is not None
        warmed = window.search.warmed
        if (
            not writer_busy
            and window.search.idle
            and counted
            and warmed
            and window.consent_due.total
        ):
            break
        time.sleep(0.005)
    settled = time.perf_counter() - settle_start
    rss_settled = _rss_mb()

    # Scroll the interview list from top to bottom, a page at a time.
    bar = table.verticalScrollBar()
    frames: list[float] = []
    scroll_start = time.perf_counter()
    while True:
        before = time.perf_counter()
        bar.triggerAction(bar.SliderAction.SliderPageStepAdd)
        app.processEvents()  # layout, fetching the next page when near the end, painting
        frames.append(time.perf_counter() - before)
        if bar.value() >= bar.maximum() and not table.model().canFetchMore():
            break
    scroll_total = time.perf_counter() - scroll_start
    rss_scrolled = _rss_mb()

    # Type a search the way an input method delivers characters, and wait for results.
    from PySide6.QtGui import QInputMethodEvent

    field = window.search_field
    field.setFocus()
    shown: list[float] = []
    window.search.shown.connect(lambda _q, _s: shown.append(time.perf_counter()))
    typed = time.perf_counter()
    for character in QUERY:
        event = QInputMethodEvent()
        event.setCommitString(character)
        QApplication.sendEvent(field, event)
        app.processEvents()
    while not shown and time.perf_counter() - typed < 30:
        app.processEvents()
        time.sleep(0.0005)
    first_results = (shown[0] - typed) if shown else float("nan")
    while not window.search.idle and time.perf_counter() - typed < 30:
        app.processEvents()
    result_count = window.search.pane.model.rowCount()
    rss_end = _rss_mb()
    controller.shutdown()
    for _ in range(3):
        app.processEvents()
    collector.stop()
    return {
        "usable_s": usable,
        "rows_at_start": rows_at_start,
        "rss_open_mb": rss_open,
        "settle_s": settled,
        "rss_settled_mb": rss_settled,
        "rss_scrolled_mb": rss_scrolled,
        "scroll_total_s": scroll_total,
        "scroll_steps": len(frames),
        "scroll_longest_frame_ms": max(frames) * 1000,
        "scroll_median_frame_ms": sorted(frames)[len(frames) // 2] * 1000,
        "first_results_ms": first_results * 1000,
        "results_shown": result_count,
        "rss_end_mb": rss_end,
    }


def _run_phase(name: str, archive: Path | None) -> dict[str, float]:
    command = [sys.executable, str(Path(__file__).resolve()), "--phase", name]
    if archive is not None:
        command += ["--cache", str(archive.parent)]
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(command, capture_output=True, text=True, env=environment, check=False)
    if done.returncode != 0:
        raise SystemExit(f"phase {name} failed:\n{done.stderr[-3000:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--cache",
        type=Path,
        default=Path("/tmp/hometown-voices-ui-bench"),
        help="where the generated archive is kept between runs",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument("--phase", choices=("bare", "app"), help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, default=3, help="launches measured (best is kept)")
    args = parser.parse_args()
    archive = args.cache / "archive"
    if args.phase == "bare":
        print(json.dumps(phase_bare()))
        return 0
    if args.phase == "app":
        print(json.dumps(phase_app(archive)))
        return 0

    report: dict[str, Any] = {}
    if not (archive / "archive.sqlite").exists() or not (args.cache / "built.json").exists():
        shutil.rmtree(archive, ignore_errors=True)
        args.cache.mkdir(parents=True, exist_ok=True)
        print("generating the archive (once)…", file=sys.stderr)
        (args.cache / "built.json").write_text(json.dumps(build(archive)))
    report["generation"] = json.loads((args.cache / "built.json").read_text())
    bare = [_run_phase("bare", None) for _ in range(args.runs)]
    app = [_run_phase("app", archive) for _ in range(args.runs)]
    report["bare"] = min(bare, key=lambda r: r["usable_s"])
    report["app"] = min(app, key=lambda r: r["usable_s"])
    report["app_runs"] = app
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    b, a = report["bare"], report["app"]
    print(f"{'':38}{'bare window':>14}{'the app':>12}   aim")
    print(f"{'launch to usable window (s)':38}{b['usable_s']:>14.2f}{a['usable_s']:>12.2f}   < 0.8")
    print(f"{'memory after opening (MB)':38}{b['rss_mb']:>14.0f}{a['rss_open_mb']:>12.0f}   < 250")
    print(f"{'memory once settled (MB)':38}{'':>14}{a['rss_settled_mb']:>12.0f}")
    print(f"{'background work after opening (s)':38}{'':>14}{a['settle_s']:>12.2f}")
    print(f"{'scroll 10,000 interviews end to end (s)':38}{'':>14}{a['scroll_total_s']:>12.2f}")
    print(f"{'  longest frame (ms)':38}{'':>14}{a['scroll_longest_frame_ms']:>12.1f}   < 50")
    print(f"{'  median frame (ms)':38}{'':>14}{a['scroll_median_frame_ms']:>12.1f}")
    print(
        f"{'first search results as typed (ms)':38}{'':>14}{a['first_results_ms']:>12.1f}   < 100"
    )
    print(f"{'memory after scrolling (MB)':38}{'':>14}{a['rss_scrolled_mb']:>12.0f}")
    print(f"{'memory after searching (MB)':38}{'':>14}{a['rss_end_mb']:>12.0f}")
    launches = ", ".join(f"{run['usable_s']:.2f}" for run in app)
    print(f"(launch time of each run: {launches} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
