"""The dialogs a newcomer meets, for :mod:`archive_app.ui.screenshots`: settings, the file
chooser, recording and withdrawing a consent, the import summary, export, and family mode's way
in. Each is opened as the app opens it and closed again without changing anything."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from archive_app.ui.screenshots import Camera


def trial_import(scratch: Path) -> Any:
    """What a small real import reports (a transcript read with repairs, a file of an unknown
    kind, an empty file), made in a scratch archive of its own so that the archive shown is
    left as it is."""
    from archive_app.core.archive import Archive
    from archive_app.core.ingest import ingest
    from archive_app.ui.import_job import ImportOutcome

    files = scratch / "files to import"
    files.mkdir(parents=True)
    (files / "外婆讲古.srt").write_text(
        "1\n00:00:01,000 --> 00:00:04,000\n外婆讲古的那天晚上\n\n"
        "2\n00:00:05,000 --> 00:00:03,000\n月光光，照地堂\n\nstray line\n",
        encoding="utf-8",
    )
    (files / "春节合影.heic.bak").write_bytes(b"\x00\x01not a picture")
    (files / "空白.txt").write_bytes(b"")
    archive = Archive.create(scratch / "import trial")
    try:
        return ImportOutcome(ingest(archive, sorted(files.iterdir())))
    finally:
        archive.close()


def dialog_shots(camera: Camera, controller: Any, larger: bool, imported: Any) -> None:
    """Each dialog over the main window."""
    from archive_app.core import listings

    window = camera.window
    db = window.session.db
    camera.modal("settings", window.menus.settings_action.trigger)
    camera.modal("file-chooser", window.import_files)
    if imported is not None:
        from archive_app.ui.import_job import ImportSummary

        summary = ImportSummary(imported, window)
        summary.open()
        camera.save("import-summary", summary)
        summary.close()
    interview = next(iter(listings.page(db, "interview", limit=1)), None)
    if interview is not None:
        window.open_record("interview", interview["id"])
        panel = getattr(window.details.current_view(), "consent_panel", None)
        if panel is not None:
            camera.modal("consent-record", panel.record)
    if larger:
        return
    person = next(iter(listings.page(db, "person", limit=1)), None)
    if person is not None:
        window.open_record("person", person["id"])
        panel = getattr(window.details.current_view(), "consent_panel", None)
        if panel is not None:
            camera.modal("consent-withdraw", panel.withdraw)
    dialog = window.open_export()
    for row in listings.page(db, "family", limit=50):
        dialog.check("family", row["id"])
    camera.settle(0.5, until=lambda: dialog.release is not None)
    camera.save("export", dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("bag_zip"))
    dialog.audience.setCurrentIndex(dialog.audience.findData("research"))
    camera.settle(0.5, until=lambda: dialog.release is not None)
    camera.save("export-bag", dialog)
    dialog.close()
    bin_view = window.open_bin()
    bin_view.tree.setCurrentItem(bin_view.tree.topLevelItem(0))
    camera.save("bin", bin_view)
    bin_view.close()
    _import_shots(camera)
    action = getattr(window.menus, "family_mode_action", None)
    if action is not None:
        camera.modal("family-mode-choose", action.trigger)
        family = next(iter(listings.page(db, "family", limit=1)), None)
        if family is not None:
            mode = controller.family_mode
            camera.modal("family-mode-passphrase", lambda: mode.enter(family["id"], window))
    _listening_window(camera)


def _listening_window(camera: Camera) -> None:
    """The player and transcript in their own window."""
    from archive_app.core import listings

    window = camera.window
    rows = listings.page(window.session.db, "interview", limit=500)
    if not rows:
        return
    busiest = max(rows, key=lambda r: (r.get("duration_s") or 0, len(r["narrators"])))
    window.open_record("interview", busiest["id"])
    view = window.details.current_view()
    panel = getattr(view, "media_panel", None)
    if panel is None or not hasattr(panel, "pop_out"):
        return
    panel.pop_out()
    own = panel._window
    if own is not None and not camera.screen:
        own.resize(min(1100, own.width()), min(camera.window.height() - 40, own.height()))
    camera.save("listening-window", own)
    camera.save("interview-while-away")
    panel.bring_back()


def _import_shots(camera: Camera) -> None:
    """The Import Bag dialog after merging a bag of the archive itself (nothing new comes in),
    and the Import Spreadsheet dialog previewing a field sheet with rows that cannot be
    imported."""
    import shutil
    import tempfile

    from archive_app.exchange.bag import BagOptions, export_bag
    from archive_app.exchange.release import Selection, prepare_release

    window = camera.window
    if not hasattr(window, "open_import_bag"):
        return
    db = window.session.db
    folder = Path(tempfile.mkdtemp(prefix="shots-"))
    ids = tuple(str(r[0]) for r in db.execute("SELECT id FROM interview"))
    release = prepare_release(db, window.session.root, Selection(interview_ids=ids), "curator")
    bag = export_bag(release, folder / "bag", window.session.root, BagOptions(whole=True)).target
    dialog = window.open_import_bag()
    dialog.source.setText(str(bag))
    dialog.start_import()
    camera.settle(0.5, until=lambda: dialog.report is not None)
    camera.save("import-bag", dialog)
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
    dialog.source.setText(str(sheet))
    dialog.load()
    camera.save("import-sheet", dialog)
    dialog.close()
    shutil.rmtree(folder, ignore_errors=True)
