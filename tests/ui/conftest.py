"""UI test fixtures: settings in a temporary folder, a small archive, an open main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from archive_app.core import interviews, people, places
from archive_app.core.archive import Archive
from archive_app.ui.settings import AppSettings


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path, qapp: Any) -> Iterator[AppSettings]:
    """QSettings in a temporary folder: tests never touch the real user's settings."""
    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    settings = AppSettings()
    settings.language = "en"
    yield settings
    settings.sync()


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread(qapp: Any) -> Iterator[None]:
    """Garbage is collected on the GUI thread only, as in the app (see main_thread_gc): a
    collection on a worker thread could destroy a widget left over from an earlier test."""
    import gc

    gc.collect()
    gc.disable()
    yield
    gc.enable()
    gc.collect()


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    from archive_app.ui.i18n import LanguageInstaller

    installer = LanguageInstaller()
    installer.install("en")
    yield


def fill_village(archive: Archive) -> dict[str, str]:
    """A small archive: a village, a family of three, two interviews."""
    with archive.transaction() as db:
        province = places.add_place(db, "四川省", level="province", name_latin="Sichuan")
        village = places.add_place(db, "马鞍村", level="village", parent_id=province)
        grandma = people.add_person(db, "王秀英", name_latin="Wang Xiuying", birth_date="1950")
        child = people.add_person(db, "李小明", birth_date="2012")
        father = people.add_person(db, "李建国", birth_date="1980")
        family = people.add_family(db, "李家", home_place_id=village)
        people.add_member(db, family, grandma, "grandmother")
        people.add_member(db, family, child, "child")
        people.add_member(db, family, father, "father")
        people.add_migration(db, father, "广州", work="工厂", from_date="2010", to_date="2019")
        people.add_migration(db, father, "深圳", from_date="2020")
        first = interviews.add_interview(db, "奶奶的故事", date="2024-02-10", place_id=village)
        second = interviews.add_interview(db, "Spring Festival", date="2023-01-22")
        interviews.link_person(db, first, grandma, "narrator")
    return {
        "province": province,
        "village": village,
        "grandma": grandma,
        "child": child,
        "father": father,
        "family": family,
        "first": first,
        "second": second,
    }


@pytest.fixture
def village(archive: Archive) -> dict[str, str]:
    return fill_village(archive)


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    """A closed archive folder with the village in it (for the app to open)."""
    root = tmp_path / "village-archive"
    with Archive.create(root) as made:
        ids = fill_village(made)
    (root / "ids.txt").write_text(repr(ids), encoding="utf-8")
    return root


def ids_of(archive_path: Path) -> dict[str, str]:
    import ast

    return dict(ast.literal_eval((archive_path / "ids.txt").read_text(encoding="utf-8")))


@pytest.fixture
def window(
    qtbot: Any, archive_path: Path, private_settings: AppSettings, english: None
) -> Iterator[Any]:
    """The main window open on the village archive (writable)."""
    from archive_app.ui.main_window import MainWindow
    from archive_app.ui.session import open_session

    session = open_session(archive_path)
    main = MainWindow(session, private_settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    wait_for_writes(qtbot, main)
    yield main
    main.close()
    if session.writer is not None:
        qtbot.waitUntil(lambda: not session.writer.busy, timeout=5000)
    session.close()


def wait_for_writes(qtbot: Any, window: Any) -> None:
    """Let queued writes finish and their changes reach the views."""
    writer = window.session.writer
    if writer is not None:
        qtbot.waitUntil(lambda: not writer.busy, timeout=10000)
