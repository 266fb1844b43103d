"""Screenshots of the main screens in every language, for people to look at.

    python -m archive_app.ui.screenshots OUT_DIR [--archive DIR]

Builds the sample archive (unless ``--archive`` names one), opens it as the app does, and saves
``<language>-<screen>.png`` for Simplified Chinese, Traditional Chinese and English. The app's
own settings are left alone: a temporary settings folder is used.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _settle(
    app: Any,
    window: Any,
    seconds: float = 0.3,
    until: Callable[[], bool] | None = None,
    limit: float = 60.0,
) -> None:
    """Let events, writes and background work run until things are still."""
    start = time.monotonic()
    quiet_since: float | None = None
    while time.monotonic() - start < limit:
        app.processEvents()
        writer = window.session.writer
        busy = (writer is not None and writer.busy) or (until is not None and not until())
        search = getattr(window, "search", None)
        busy = busy or (search is not None and not search.idle)
        now = time.monotonic()
        if busy:
            quiet_since = None
        elif quiet_since is None:
            quiet_since = now
        elif now - quiet_since >= seconds:
            return
        time.sleep(0.01)


def _first(db: Any, sql_kind: str, key: Callable[[dict[str, Any]], Any]) -> str | None:
    from archive_app.core import listings

    rows = listings.page(db, sql_kind, limit=500)
    return max(rows, key=key)["id"] if rows else None


def _shots(
    app: Any, controller: Any, archive: Path, language: str, out: Path, scale: float = 1.0
) -> list[Path]:
    """Every main screen in ``language``; at a larger text ``scale``, only the busiest ones
    (saved as ``<language>-larger-<screen>.png``)."""
    from archive_app.core import listings, people

    controller.settings.language = language
    controller.settings.text_scale = scale
    controller.apply_look()
    larger = scale > 1.0
    if not controller.open(archive):
        raise SystemExit(f"could not open {archive}")
    window = controller.window
    window.resize(1360, 860)
    window.splitter.setSizes([190, 470, 700])
    _settle(app, window, 0.5)
    saved: list[Path] = []
    db = window.session.db

    def save(name: str, widget: Any = None) -> None:
        _settle(app, window)
        path = out / f"{language}-{'larger-' if larger else ''}{name}.png"
        (widget or window).grab().save(str(path))
        saved.append(path)

    badges = getattr(window, "badges", None)
    interview = _first(db, "interview", lambda r: (len(r["narrators"]), r["photos"]))
    if interview:
        window.open_record("interview", interview)
        _settle(app, window, until=lambda: badges is None or badges.visible is not None)
        save("interview")
        view = window.details.current_view()
        details = getattr(view, "details_scroll", None)
        if details is not None:
            view.tabs.setCurrentWidget(details)
            save("interview-details")
            details.ensureWidgetVisible(view.history, 0, 0)
            rows = view.history.tree
            rows.setCurrentItem(rows.topLevelItem(0))
            save("interview-history")
            save("history", view.history)
            view.tabs.setCurrentWidget(view.media_slot)
    person = _first(db, "person", lambda r: len(people.migrations_of(db, r["id"])))
    if person:
        window.open_record("person", person)
        save("person")
    if larger:
        return saved
    family = _first(db, "family", lambda r: len(r["member_names"]))
    if family:
        window.open_record("family", family)
        save("family")
    place = _first(db, "place", lambda r: (r["children"], r["interviews"]))
    if place:
        window.open_record("place", place)
        save("place")
    photo = _first(db, "photo", lambda r: len(r["people"]))
    if photo:
        window.open_record("photo", photo)
        view = window.details.current_view()
        view.wait_for_picture()
        save("photo")
        window.lists.show_kind("photo")
        window.sidebar.select("photo")
        window.thumbnails.wait()
        save("photos")
    window.search_field.setText("妈妈")
    _settle(app, window, 0.5)
    pane = window.lists.currentWidget()
    hits = getattr(getattr(pane, "model", None), "hits", [])
    segment = next((h for h in hits if h.kind == "segment"), None)
    if segment is not None:
        window.search.open_hit(segment)
    save("search")
    window.search_field.clear()
    window.show_section("consent_due", "")
    save("consent-due")
    window.show_section("interview", "")
    window.sidebar.select("interview")
    save("interviews")
    dialog = window.open_export()
    for row in listings.page(db, "family", limit=50):
        dialog.check("family", row["id"])
    _settle(app, window, 0.5, until=lambda: dialog.release is not None)
    save("export", dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("bag_zip"))
    dialog.audience.setCurrentIndex(dialog.audience.findData("research"))
    _settle(app, window, 0.5, until=lambda: dialog.release is not None)
    save("export-bag", dialog)
    dialog.close()
    dialog = window.open_bin()
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    save("bin", dialog)
    dialog.close()
    _import_shots(app, window, save)
    return saved


def _welcome_shots(app: Any, controller: Any, out: Path, documents: Path) -> list[Path]:
    """The welcome screen a first start shows, in every language, with an archive on a USB
    stick that was taken out (so its message shows too)."""
    from archive_app.ui import welcome

    saved = []
    for language in ("zh_CN", "zh_TW", "en"):
        controller.settings.language = language
        controller.settings.text_scale = 1.0
        controller.apply_look()
        window = welcome.WelcomeWindow(controller, "")
        window.new_folder = documents / welcome.new_archive_name()
        window.retranslate()
        window.resize(820, 640)
        window.show()
        gone = controller.settings.last_archive
        if gone is not None and not gone.exists():
            window.say_problem(welcome.missing_archive(gone))
        for _ in range(20):
            app.processEvents()
            time.sleep(0.01)
        path = out / f"{language}-welcome.png"
        window.grab().save(str(path))
        saved.append(path)
        window.close()
    return saved


def _import_shots(app: Any, window: Any, save: Any) -> None:
    """The Import Bag dialog after merging a bag of the archive itself, and the Import
    Spreadsheet dialog previewing a field sheet with one row that cannot be imported."""
    from archive_app.exchange.bag import BagOptions, export_bag
    from archive_app.exchange.release import Selection, prepare_release

    db = window.session.db
    folder = Path(tempfile.mkdtemp(prefix="shots-"))
    ids = tuple(str(r[0]) for r in db.execute("SELECT id FROM interview"))
    release = prepare_release(db, window.session.root, Selection(interview_ids=ids), "curator")
    bag = export_bag(release, folder / "bag", window.session.root, BagOptions(whole=True)).target
    dialog = window.open_import_bag()
    dialog.source.setText(str(bag))
    dialog.start_import()
    _settle(app, window, 0.5, until=lambda: dialog.report is not None)
    save("import-bag", dialog)
    dialog.close()
    recording = db.execute("SELECT original_name FROM recording LIMIT 1").fetchone()[0]
    sheet = folder / "field.csv"
    sheet.write_text(
        "访谈题目,采访日期,地点,讲述人,备注,录音文件\n"
        f"外婆的一天,2024年2月10日,仪陇县,李桂兰,春节前后,{recording}\n"
        "爷爷讲修路,2024/3/2,仪陇县,赵国强、赵小明,,\n"
        "日期写错了,2024年13月1日,,,,\n"
        "还没导入的录音,2024.4.5,,,,爷爷 2024-04-05.m4a\n",
        encoding="utf-8",
    )
    dialog = window.open_import_sheet()
    dialog.resize(900, 640)
    dialog.source.setText(str(sheet))
    dialog.load()
    save("import-sheet", dialog)
    dialog.close()
    shutil.rmtree(folder, ignore_errors=True)


def _edit_for_the_history(root: Path) -> None:
    """A curator's afternoon on the interview the screenshots show first, so that its history
    has something to say: a new title, a summary, a tag, and someone mentioned taken away; and
    for the bin, a person entered twice and a place made by mistake, both removed."""
    from archive_app.core import edits, listings
    from archive_app.core.archive import Archive

    with Archive.open(root) as archive:
        rows = listings.page(archive.db, "interview", limit=500)
        chosen = max(rows, key=lambda r: (len(r["narrators"]), r["photos"]))
        found = archive.db.execute(
            "SELECT person_id FROM interview_person WHERE interview_id = ? AND role = 'mentioned' "
            "ORDER BY person_id LIMIT 1",
            [chosen["id"]],
        ).fetchone()
        for op in (
            edits.set_fields("interview", chosen["id"], title=chosen["title"] + "（修订）"),
            edits.set_fields("interview", chosen["id"], summary="春节前后在家里录的。"),
            edits.tag(chosen["id"], "春节"),
            *([edits.unlink_person(chosen["id"], found[0], "mentioned")] if found else []),
        ):
            edits.apply(archive, op)
        for kind, fields in (("place", {"name": "马鞍村（重复）"}), ("person", {"name": "王秀英"})):
            added = edits.add(kind, fields)
            edits.apply(archive, added)
            edits.apply(archive, edits.remove(kind, added.record_id))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    parser.add_argument("--archive", type=Path, help="an archive to show instead of the sample")
    parser.add_argument(
        "--welcome-only", action="store_true", help="only the welcome screen (no sample needed)"
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings

    scratch = Path(tempfile.mkdtemp(prefix="hometown-voices-shots-"))
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch / "settings")
    )

    from archive_app.ui.launch import AppController, make_application
    from archive_app.ui.main_thread_gc import MainThreadCollector
    from archive_app.ui.settings import AppSettings

    args.out.mkdir(parents=True, exist_ok=True)
    if args.welcome_only:
        return _welcome_only(args.out, scratch)
    archive = args.archive
    if archive is None:
        from archive_app.exchange.sample import build_sample

        archive = scratch / "sample archive"
        print("building the sample archive…", file=sys.stderr)
        build_sample(archive)
        _edit_for_the_history(archive)
    app = make_application([sys.argv[0]])
    collector = MainThreadCollector(parent=app)
    controller = AppController(app, AppSettings())
    try:
        for language in ("zh_CN", "zh_TW", "en"):
            for path in _shots(app, controller, archive, language, args.out):
                print(path)
        # the larger-text setting, for older eyes: the screens with the most text on them
        for language in ("zh_CN", "en"):
            for path in _shots(app, controller, archive, language, args.out, scale=1.5):
                print(path)
    finally:
        controller.shutdown()
        for _ in range(5):  # let closed windows be deleted here, not during interpreter exit
            app.processEvents()
        collector.stop()
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


def _welcome_only(out: Path, scratch: Path) -> int:
    from archive_app.ui.launch import AppController, make_application
    from archive_app.ui.settings import AppSettings

    app = make_application([sys.argv[0]])
    settings = AppSettings()
    # someone's two archives: one at home, one on a USB stick that is not plugged in
    home = scratch / "Documents" / "Hometown Voices Archive"
    home.mkdir(parents=True)
    settings.add_recent(home)
    settings.add_recent(Path("/media/teacher/KINGSTON/村小口述史"))
    controller = AppController(app, settings)
    try:
        for path in _welcome_shots(app, controller, out, scratch / "Documents"):
            print(path)
    finally:
        controller.shutdown()
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
