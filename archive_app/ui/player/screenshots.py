"""Screenshots of the interview view while it plays, in Chinese and in English.

    python -m archive_app.ui.player.screenshots OUT_DIR

Builds a small archive in a temporary folder (an interview of a grandmother and her grandson with
a generated recording, a Sichuanese verbatim transcript with a Mandarin rendering and an English
translation beside it, chapters, and a passage the grandson asked to keep from his family and the
public), opens it in the app, plays from the middle and saves, per language, the main window, the
listening window (the panel in a window of its own), the dialog that keeps a passage private and
the interview's consent records with the passage among them.
"""

from __future__ import annotations

import math
import os
import struct
import sys
import tempfile
import time
import wave
from pathlib import Path
from typing import Any

#: (speaker, Sichuanese, Mandarin, English), one passage every six seconds
PASSAGES = [
    (
        "采访者",
        "奶奶，您还记得小明的爸爸是哪年出去打工的不？",
        "奶奶，您还记得小明的爸爸是哪一年出去打工的吗？",
        "Grandma, do you remember the year Xiaoming's father left to work?",
    ),
    (
        "王奶奶",
        "记得到，零八年，娃儿才两岁多点点。",
        "记得，二〇〇八年，孩子才两岁多一点。",
        "I remember: 2008. The boy was just over two.",
    ),
    (
        "王奶奶",
        "他去广州，在鞋厂头做，一年就过年回来一趟。",
        "他去了广州，在鞋厂里做工，一年只有过年回来一次。",
        "He went to Guangzhou, to a shoe factory, and came home once a year, at New Year.",
    ),
    ("采访者", "那小明想不想爸爸嘛？", "那小明想不想爸爸？", "And does Xiaoming miss his father?"),
    (
        "小明",
        "想噻，视频的时候他都在上班，说不到几句。",
        "想啊，视频的时候他都在上班，说不了几句话。",
        "Of course. When we video call he is at work; we can hardly talk.",
    ),
    (
        "王奶奶",
        "过年的时候，一屋人坐到一起吃团年饭，那才闹热。",
        "过年的时候，一家人坐在一起吃团圆饭，那才热闹。",
        "At New Year the whole family sits down to the reunion dinner; that is when it is lively.",
    ),
    ("采访者", "他们走的那天呢？", "他们走的那天呢？", "And the day they leave?"),
    (
        "小明",
        "我躲到屋头哭，不敢让他们看到。",
        "我躲在屋里哭，不敢让他们看见。",
        "I hide in the house and cry, so that they will not see.",
    ),
    (
        "王奶奶",
        "户口在这边，娃儿读高中还是要回来考。",
        "户口在这边，孩子读高中还是要回来考试。",
        "His hukou is here, so for high school he will have to come back to sit the exams.",
    ),
    (
        "采访者",
        "您一个人带娃儿，累不累？",
        "您一个人带孩子，累不累？",
        "Is it tiring, raising him on your own?",
    ),
    (
        "王奶奶",
        "累也要带嘛，哪个喊我们是一家人。",
        "累也要带呀，谁让我们是一家人呢。",
        "Tired or not, I raise him: we are family.",
    ),
    (
        "小明",
        "等我长大了，我要去广州看爸爸上班的地方。",
        "等我长大了，我要去广州看看爸爸工作的地方。",
        "When I grow up I will go to Guangzhou and see where Dad works.",
    ),
]
STEP_S = 6.0
#: the passage kept private (seconds): the seventh and eighth lines
PRIVATE = (6 * STEP_S, 8 * STEP_S)
CHAPTERS = [
    (0.0, "爸爸去广州打工", "父亲二〇〇八年离家，在广州鞋厂做工。", ["广州", "打工", "鞋厂"]),
    (18.0, "想念爸爸", "小明说起和爸爸视频。", ["视频", "想念"]),
    (30.0, "过年团圆", "一年一次的团年饭和离别。", ["过年", "团年饭"]),
    (48.0, "户口与上学", "户口决定了小明在哪里读高中。", ["户口", "高考"]),
]


def write_recording(path: Path, seconds: float, rate: int = 8000) -> None:
    """A soft murmur that rises and falls like speech (the screenshots need no real voice)."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        frames = bytearray()
        for i in range(int(seconds * rate)):
            t = i / rate
            envelope = 0.5 + 0.5 * math.sin(2 * math.pi * 0.7 * t)
            value = 4000 * envelope * math.sin(2 * math.pi * (180 + 40 * math.sin(t)) * t)
            frames += struct.pack("<h", int(value))
        out.writeframes(bytes(frames))


def build_archive(root: Path) -> str:
    """The demonstration archive; returns the interview's id."""
    from archive_app.core import ingest, interviews, people, places, sections
    from archive_app.core.archive import Archive
    from archive_app.core.transcripts import store
    from archive_app.core.transcripts.parse import Segment

    archive = Archive.create(root)
    try:
        with archive.transaction() as db:
            province = places.add_place(db, "四川省", level="province", name_latin="Sichuan")
            village = places.add_place(db, "马鞍村", level="village", parent_id=province)
            grandma = people.add_person(db, "王秀英", name_latin="Wang Xiuying", birth_date="1950")
            child = people.add_person(db, "李小明", birth_date="2012")
            interview_id = interviews.add_interview(
                db,
                "王奶奶和小明：过年",
                date="2024-02-10",
                place_id=village,
                language="四川话",
                summary="祖孙俩讲父亲外出打工、过年团圆和户口。",
                keywords=["留守儿童", "过年", "户口"],
            )
            interviews.link_person(db, interview_id, grandma, "narrator")
            interviews.link_person(db, interview_id, child, "narrator")
        sources = root.parent / "sources"
        sources.mkdir(exist_ok=True)
        recording = sources / "王奶奶-2024-02-10.wav"
        write_recording(recording, STEP_S * len(PASSAGES) + 2)
        ingest.ingest(archive, [recording], interview_id=interview_id, workers=1)
        tiers = (
            ("方言（四川话）", "verbatim", 1),
            ("普通话", "translation", 2),
            ("English", "translation", 3),
        )
        for tier, kind, column in tiers:
            segments = [
                Segment(n * STEP_S, (n + 1) * STEP_S, p[0], p[column])
                for n, p in enumerate(PASSAGES)
            ]
            with archive.transaction() as db:
                store.add_transcript(db, interview_id, segments, kind=kind, tier=tier)
            time.sleep(0.01)  # tiers are shown in the order they were made
        with archive.transaction() as db:
            for start, title, synopsis, keywords in CHAPTERS:
                sections.add_section(
                    db, interview_id, start, title, synopsis=synopsis, keywords=keywords
                )
        from archive_app.core import edits
        from archive_app.core.consent import store as consents

        with archive.transaction() as db:
            consents.add_consent(
                db, grandma, date="2024-02-10", audiences=["family", "research", "public"]
            )
            consents.add_consent(
                db,
                child,
                date="2024-02-10",
                audiences=["family", "research", "public"],
                given_by="guardian",
                guardian_id=grandma,
                relationship="grandmother",
                assent="yes",
            )
        recording_id = str(archive.db.execute("SELECT id FROM recording").fetchone()[0])
        # the two lines about the day his parents leave: kept from his family and the public
        edits.apply(
            archive,
            edits.ClosePassage(
                recording_id,
                PRIVATE[0],
                PRIVATE[1],
                ["family", "public"],
                child,
                "不想让爸爸妈妈知道我哭",
                "2024-03-02",
            ),
        )
    finally:
        archive.close()
    return interview_id


def _wait(app: object, milliseconds: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def shoot(out_dir: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from archive_app.ui.launch import AppController, make_application
    from archive_app.ui.settings import AppSettings

    out_dir.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="hometown-voices-shots-") as folder:
        work = Path(folder)
        settings_dir = work / "settings"
        settings_dir.mkdir()
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
        interview_id = build_archive(work / "archive")
        app = make_application([sys.argv[0]])
        settings = AppSettings()
        controller = AppController(app, settings)
        for language in ("zh_CN", "en"):
            settings.language = language
            controller.apply_look()  # one controller: the language before is taken away
            if not controller.open(work / "archive"):
                raise SystemExit("the demonstration archive could not be opened")
            window = controller.window
            assert window is not None
            window.resize(1500, 940)
            window.show()
            window.splitter.setSizes([170, 330, 1000])
            window.open_interview_at(interview_id, 31.0)
            view: Any = window.details.current_view()
            panel = view.media_panel
            view.ensureWidgetVisible(view.media_slot, 0, 0)
            view.verticalScrollBar().setValue(view.media_slot.y() - 40)
            _wait(app, 1400)
            target = out_dir / f"interview-playing-{language}.png"
            window.grab().save(str(target))
            saved.append(target)
            panel.pop_out()
            own = panel.body.window()
            own.resize(1200, 760)
            panel.transcript.view.setFocus()
            panel.toggle_help()
            _wait(app, 800)
            target = out_dir / f"listening-window-{language}.png"
            own.grab().save(str(target))
            saved.append(target)
            panel.toggle_help()
            panel.bring_back()
            saved += _private_shots(app, view, panel, out_dir, language)
            panel.release()
            controller.shutdown()
    return saved


def _private_shots(app: object, view: Any, panel: Any, out_dir: Path, language: str) -> list[Path]:
    """The dialog that keeps a passage private, and the consent records listing one."""
    from archive_app.ui.player.private import PassageDialog, interview_people

    saved = []
    dialog = PassageDialog(
        PRIVATE[0], PRIVATE[1], interview_people(panel.session.db, panel.interview_id), panel
    )
    dialog.reason.setText("不想让爸爸妈妈知道我哭")
    dialog.audiences["research"].setChecked(False)
    dialog.person.setCurrentIndex(max(0, dialog.person.findText("李小明")))
    dialog.show()
    _wait(app, 300)
    target = out_dir / f"passage-dialog-{language}.png"
    dialog.grab().save(str(target))
    saved.append(target)
    dialog.close()
    view.tabs.setCurrentWidget(view.details_scroll)  # the details, consent records among them
    view.details_scroll.ensureWidgetVisible(view.consent_panel)
    _wait(app, 500)
    target = out_dir / f"consent-passages-{language}.png"
    view.window().grab().save(str(target))
    view.tabs.setCurrentWidget(view.media_slot)
    saved.append(target)
    return saved


def main() -> None:
    if len(sys.argv) != 2:
        print(__doc__)
        raise SystemExit(2)
    for path in shoot(Path(sys.argv[1])):
        print(path)


if __name__ == "__main__":
    main()
