"""Family mode: what a family can reach is exactly its own items that the consent gate opens to
the family, nothing leads out of it without the curator's passphrase, wrong tries are slowed,
and a restart comes back to the same family."""

from __future__ import annotations

import random
import sys
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMenu, QPushButton, QWidget

from archive_app.core import audit, edits, interviews, people
from archive_app.core.archive import Archive
from archive_app.core.consent import gate, store
from archive_app.core.family_mode import marks
from archive_app.core.transcripts.parse import Segment
from archive_app.core.transcripts.store import add_transcript
from archive_app.ui.family import look
from archive_app.ui.family.home import StoryTile
from archive_app.ui.family.passphrase import FREE_TRIES, HASH_KEY, PassphraseLock
from archive_app.ui.family.switch import START_ALWAYS_KEY, family_window_of, start
from archive_app.ui.family.unlock import UnlockDialog
from archive_app.ui.family.window import FamilyWindow, second_line_key
from archive_app.ui.launch import AppController
from archive_app.ui.session import open_session
from archive_app.ui.settings import AppSettings
from tests.core.test_consent_gate import add_photo
from tests.ui.conftest import ids_of

PASSPHRASE = "柏树湾 2024"
DAYS = ("2023-06-01", "2024-02-12", "2025-01-27")


# -- what a family can reach ----------------------------------------------------------------


def reachable(window: FamilyWindow, qtbot: Any) -> set[str]:
    """Every interview and photo a person can get to in the window, by looking at its screens
    and pressing every tile."""
    found: set[str] = set()
    window.go_home()
    for card in window.home.member_cards:
        if card.member.portrait is not None:
            found.add(card.member.portrait.id)
    tiles = [t for t in window.findChildren(StoryTile) if t.isVisible()]
    for number in range(len(tiles)):
        tile = [t for t in window.findChildren(StoryTile) if t.isVisible()][number]
        if tile.photo is not None:
            found.add(tile.photo.id)
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
        assert window.stack.currentWidget() is window.story
        playing = window.story.story
        assert playing is not None
        if playing.id:
            found.add(playing.id)
        found.update(p.id for p in playing.photos)
        window.go_home()
    return found


def random_archive(root: Path, rng: random.Random) -> tuple[Archive, dict[str, set[str]]]:
    """Two families and a stranger; interviews, photos and collections linking them at random;
    consents of every kind. Returns the archive and each family's own items, as built."""
    archive = Archive.create(root)
    own: dict[str, set[str]] = {}
    with archive.transaction() as db:
        folk = [
            people.add_person(db, f"人{n}", birth_date=rng.choice(("1950", "1980", "2014")))
            for n in range(6)
        ]
        families = [people.add_family(db, "王家"), people.add_family(db, "李家")]
        members: dict[str, list[str]] = {f: [] for f in families}
        for person in folk[:5]:  # the last one belongs to no family
            family = rng.choice(families)
            people.add_member(db, family, person, rng.choice(people.RELATIONSHIPS))
            members[family].append(person)
        stories = []
        roles: dict[str, list[tuple[str, str]]] = {}
        for _ in range(rng.randint(1, 5)):
            story = interviews.add_interview(db, "故事", date=rng.choice(DAYS))
            stories.append(story)
            roles[story] = []
            for person in rng.sample(folk, rng.randint(0, 3)):
                role = rng.choice(("narrator", "mentioned", "interviewer"))
                interviews.link_person(db, story, person, role)
                roles[story].append((person, role))
        photos: dict[str, tuple[str | None, list[str]]] = {}
        for _ in range(rng.randint(0, 4)):
            story_of = rng.choice((None, *stories))
            photo = add_photo(db, story_of, rng.choice(DAYS))
            shown = rng.sample(folk, rng.randint(0, 2))
            for person in shown:
                edits.run(db, edits.depict(photo, person))
            photos[photo] = (story_of, shown)
        collection = str(edits.run(db, edits.add("collection", {"name": "回家过年"})).value)
        items = [*stories, *photos]
        collected = rng.sample(items, min(len(items), rng.randint(0, 2)))  # one item may be all
        for item in collected:
            edits.run(db, edits.collect(collection, item))
        marked = rng.choice((None, *families))
        if marked is not None:
            marks.mark_collection(db, marked, collection)
        for person in folk:
            for _ in range(rng.randint(0, 2)):
                by = rng.choice(("self", "guardian"))
                given_id = store.add_consent(
                    db,
                    person,
                    date=rng.choice(DAYS),
                    audiences=rng.sample(("family", "research", "public"), rng.randint(0, 3)),
                    given_by=by,
                    guardian_name="奶奶" if by == "guardian" else None,
                    assent=rng.choice((None, "yes", "no")),
                    embargo_until=rng.choice((None, None, "2030-01-01")),
                    show_face=rng.random() > 0.2,
                )
                if rng.random() < 0.2:
                    store.withdraw_consent(db, given_id, date="2025-03-01", reason="撤回")
    for family in families:
        mine = set(members[family])
        items = {s for s in stories if any(p in mine and r != "interviewer" for p, r in roles[s])}
        if family == marked:
            items |= {i for i in collected if i in stories}
        items |= {
            p
            for p, (story_of, shown) in photos.items()
            if mine & set(shown) or story_of in items or (family == marked and p in collected)
        }
        own[family] = items
    return archive, own


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(seed=st.integers(0, 2**32 - 1))
@pytest.mark.timeout(300)
def test_a_family_reaches_exactly_its_own_items_the_gate_opens_to_families(
    seed: int, qtbot: Any, private_settings: AppSettings
) -> None:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as folder:
        archive, own = random_archive(Path(folder) / "a", rng)
        photos = {row[0] for row in archive.db.execute("SELECT id FROM photo").fetchall()}
        archive.close()
        session = open_session(Path(folder) / "a")
        lock = PassphraseLock(private_settings)
        try:
            today = date.today()
            open_to_families = gate.visible_items(session.db, "family", today)
            for family, items in own.items():
                window = FamilyWindow(session, private_settings, family, lock)
                qtbot.addWidget(window)
                window.resize(1366, 768)
                window.show()
                expected = {
                    i
                    for i in items & open_to_families
                    # a photo the gate opens only without faces is not shown whole, so not at all
                    if i not in photos
                    or not gate.decide(session.db, i, "family", today).faces_hidden
                }
                assert reachable(window, qtbot) == expected
                held = {h.item_id for h in window.showing.held_back}
                assert held == items - expected
                window.may_close = True
                window.close()
            writer = session.writer
            assert writer is not None
            qtbot.waitUntil(lambda: not writer.busy, timeout=10000)
        finally:
            session.close()


# -- the app around it ------------------------------------------------------------------------


@pytest.fixture
def controller(
    qtbot: Any, archive_path: Path, private_settings: AppSettings, english: None
) -> Iterator[AppController]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    made = AppController(app, private_settings)
    made.family_mode.full_screen = False
    yield made
    made.family_mode.shutdown()
    made.shutdown()


def test_entering_asks_for_a_passphrase_first_and_leaving_needs_it(
    qtbot: Any, controller: AppController, archive_path: Path, private_settings: AppSettings
) -> None:
    ids = ids_of(archive_path)
    assert controller.open(archive_path)
    main = controller.window
    assert main is not None

    def set_one(dialog: QDialog) -> None:
        dialog.findChild(QWidget, "newPassphrase").setText(PASSPHRASE)  # type: ignore[union-attr]
        dialog.findChild(QWidget, "repeatPassphrase").setText(PASSPHRASE)  # type: ignore[union-attr]
        dialog.save()  # type: ignore[attr-defined]

    QTimer.singleShot(0, lambda: set_one(_open_dialog()))
    assert controller.family_mode.enter(ids["family"], main)
    assert private_settings.value(HASH_KEY, "").startswith("$argon2id$")
    window = controller.family_mode.window
    assert window is not None and window.isVisible()
    qtbot.waitUntil(lambda: controller.window is None)

    QTimer.singleShot(0, lambda: _answer(_open_dialog(), "wrong"))
    window.ask_to_leave()
    assert window.isVisible() and controller.window is None
    QTimer.singleShot(0, lambda: _answer(_open_dialog(), PASSPHRASE))
    window.ask_to_leave()
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible())
    assert controller.family_mode.window is None
    qtbot.waitUntil(lambda: not window.isVisible())


def _open_dialog() -> QDialog:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            return widget
    raise AssertionError("no dialog is open")


def _answer(dialog: QDialog, passphrase: str) -> None:
    assert isinstance(dialog, UnlockDialog)
    dialog.field.setText(passphrase)
    dialog.try_it()
    if dialog.isVisible():
        dialog.reject()


def test_no_shortcut_menu_or_close_leads_out_of_family_mode(
    qtbot: Any, controller: AppController, archive_path: Path, private_settings: AppSettings
) -> None:
    ids = ids_of(archive_path)
    PassphraseLock(private_settings).set(PASSPHRASE)
    assert controller.open(archive_path)
    main = controller.window
    assert main is not None
    shortcuts = {
        sequence.toString()
        for action in main.findChildren(type(main.menus.quit_action))
        for sequence in action.shortcuts()
        if not sequence.isEmpty()
    }
    # the way keys are sent here does reach the curator's shortcuts: Ctrl+2 lists people
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=3000)
    qtbot.keyClick(main, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: main.current_kind == "person")
    assert {"Ctrl+I", "Ctrl+N", "Ctrl+O", "Ctrl+Z", "Ctrl+F"} <= shortcuts

    assert controller.family_mode.enter(ids["family"])
    window = controller.family_mode.window
    assert window is not None
    qtbot.waitUntil(lambda: controller.window is None)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)  # its shortcuts, if any, would work
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for text in sorted(
        shortcuts | {"Ctrl+Q", "Alt+F4", "Esc", "Ctrl+W", "F1", "Alt+F", "Alt+E", "Meta"}
    ):
        sequence = QKeySequence(text)
        combination = sequence[0]
        target = app.focusWidget() or window
        qtbot.keyClick(target, combination.key(), combination.keyboardModifiers())
        _still_locked(app, window)
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        point = QPoint(2, 2)
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, widget.mapToGlobal(point))
        QApplication.sendEvent(widget, event)
        _still_locked(app, window)
    window.close()  # the window's close button, Alt+F4, the system
    _still_locked(app, window)
    assert not _alive(main)  # the curator's window is gone, not merely hidden


def _still_locked(app: QApplication, window: FamilyWindow) -> None:
    app.processEvents()
    shown = [w for w in app.topLevelWidgets() if w.isVisible()]
    assert shown == [window], [w.objectName() or type(w).__name__ for w in shown]
    assert not [m for m in window.findChildren(QMenu) if m.isVisible()]


def _alive(widget: QWidget) -> bool:
    try:
        widget.objectName()
    except RuntimeError:
        return False
    return True


def test_five_wrong_tries_make_the_next_wait_even_after_closing_the_dialog(
    qtbot: Any, private_settings: AppSettings
) -> None:
    now = [1_000_000.0]
    lock = PassphraseLock(private_settings, clock=lambda: now[0])
    lock.set(PASSPHRASE)
    for _ in range(FREE_TRIES - 1):
        answer = lock.try_passphrase("guess")
        assert not answer.unlocked and answer.wait_s == 0
    fifth = lock.try_passphrase("guess")
    assert not fifth.unlocked and fifth.wait_s > 0
    # the right passphrase is not even looked at while the wait runs
    assert not lock.try_passphrase(PASSPHRASE).unlocked
    # a new dialog, or the app started again, reads the same wait from the settings
    again = PassphraseLock(AppSettings(), clock=lambda: now[0])
    assert again.wait_left() == pytest.approx(fifth.wait_s)
    dialog = UnlockDialog(again, "?")
    qtbot.addWidget(dialog)
    assert not dialog.field.isEnabled() and not dialog.open_button.isEnabled()
    assert "Wait" in dialog.answer.text()
    now[0] += fifth.wait_s + 1
    sixth = again.try_passphrase("guess again")
    assert sixth.wait_s > fifth.wait_s  # each further wrong try waits longer
    now[0] += sixth.wait_s + 1
    assert again.try_passphrase(PASSPHRASE).unlocked
    assert again.failures == 0 and again.wait_left() == 0


def test_starting_with_family_and_restarting_come_back_to_the_family(
    qtbot: Any, archive_path: Path, private_settings: AppSettings, english: None, tmp_path: Path
) -> None:
    ids = ids_of(archive_path)
    PassphraseLock(private_settings).set(PASSPHRASE)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    seen: list[str] = []

    def look_then_quit() -> None:
        window = family_window_of(app)
        if window is None:
            QTimer.singleShot(20, look_then_quit)
            return
        seen.append(window.family_id)
        app.exit(0)  # quit() would ask the windows to close, and the family's refuses

    from archive_app import cli

    hook = sys.excepthook
    QTimer.singleShot(50, look_then_quit)
    try:
        code = cli.main(["--archive", str(archive_path), "--family", ids["family"]])
    finally:
        sys.excepthook = hook
    assert code == 0 and seen == [ids["family"]]

    # with the setting on, the next start (no --family, even another archive asked for) comes
    # back to the family last shown
    private_settings.set_value(START_ALWAYS_KEY, "true")
    controller = AppController(app, AppSettings())
    controller.family_mode.full_screen = False
    try:
        assert start(controller, tmp_path / "elsewhere", None)
        window = controller.family_mode.window
        assert window is not None and window.family_id == ids["family"]
        assert window.session.root == archive_path
    finally:
        controller.family_mode.shutdown()
        controller.shutdown()


def test_a_family_with_nothing_open_is_told_kindly_and_the_curator_why(
    qtbot: Any, archive_path: Path, private_settings: AppSettings, english: None
) -> None:
    ids = ids_of(archive_path)  # grandma narrates the first story, and has given no consent
    session = open_session(archive_path)
    lock = PassphraseLock(private_settings)
    lock.set(PASSPHRASE)
    window = FamilyWindow(session, private_settings, ids["family"], lock)
    qtbot.addWidget(window)
    window.show()
    try:
        assert not window.showing.stories
        assert window.home.nothing.isVisible() and window.home.why.isVisible()
        assert "no stories" in window.home.nothing.text()
        shown: list[str] = []

        def unlock_then_read() -> None:
            _answer(_open_dialog(), PASSPHRASE)
            QTimer.singleShot(0, read_reasons)

        def read_reasons() -> None:
            dialog = _open_dialog()
            listing = dialog.findChild(QWidget, "heldBackList")
            shown.extend(listing.item(n).text() for n in range(listing.count()))  # type: ignore[union-attr]
            dialog.reject()

        QTimer.singleShot(0, unlock_then_read)
        qtbot.mouseClick(window.home.why, Qt.MouseButton.LeftButton)
        assert len(shown) == 1 and "王秀英 has no consent recorded." in shown[0]
        window.may_close = True
    finally:
        window.close()
        if session.writer is not None:
            qtbot.waitUntil(lambda: not session.writer.busy, timeout=5000)
        session.close()


def test_a_story_shows_its_words_a_line_at_a_time_in_big_type_with_big_buttons(
    qtbot: Any, archive_path: Path, private_settings: AppSettings, english: None
) -> None:
    ids = ids_of(archive_path)
    with Archive.open(archive_path) as archive, archive.transaction() as db:
        store.add_consent(db, ids["grandma"], date="2024-02-10", audiences=["family"])
        add_transcript(
            db,
            ids["first"],
            [
                Segment(0.0, 4.0, "奶奶", "那年冬天很冷。"),
                Segment(5.0, 9.0, "奶奶", "我们烧火取暖。"),
            ],
            language="zh-CN",
        )
        add_transcript(
            db,
            ids["first"],
            [
                Segment(0.0, 4.0, "", "That winter was cold."),
                Segment(5.0, 9.0, "", "We made a fire."),
            ],
            language="en",
            kind="translation",
        )
    private_settings.set_value(second_line_key(ids["family"]), "true")
    session = open_session(archive_path)
    window = FamilyWindow(
        session, private_settings, ids["family"], PassphraseLock(private_settings)
    )
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    try:
        (tile,) = window.home.tiles
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
        story = window.story
        assert story.lines.current_text() == ("那年冬天很冷。", "That winter was cold.")
        story.stop()
        story._quiet_from = 6.0  # no recording: the story keeps time on its own clock
        story._tick()
        assert story.lines.current_text() == ("我们烧火取暖。", "We made a fire.")
        qtbot.keyClick(story, Qt.Key.Key_Left)  # back ten seconds
        assert story.position() == 0.0
        assert story.lines.current_text()[0] == "我们烧火取暖。" or story.position() < 5
        qtbot.keyClick(story, Qt.Key.Key_Space)
        assert story.playing
        for label in (story.lines.line, story.lines.second):
            assert label.font().pointSize() >= look.READING_PT
        for button in window.findChildren(QPushButton):
            if button.isVisible():
                assert button.height() >= look.TARGET_PX and button.width() >= look.TARGET_PX
        for label in window.findChildren(QLabel):
            if label.isVisible() and label.text():
                assert label.font().pointSize() >= look.READING_PT, label.objectName()
        released = [e for e in audit.entries(session.db) if e["action"] == "release"]
        qtbot.waitUntil(
            lambda: len([e for e in audit.entries(session.db) if e["action"] == "release"]) >= 2,
            timeout=5000,
        )
        del released
        purposes = [
            e["details"]["purpose"] for e in audit.entries(session.db) if e["action"] == "release"
        ]
        assert any(p.endswith("story") for p in purposes)
        assert any(p.endswith("home") for p in purposes)
        window.may_close = True
    finally:
        window.close()
        if session.writer is not None:
            qtbot.waitUntil(lambda: not session.writer.busy, timeout=5000)
        session.close()


def test_the_curator_marks_collections_for_a_family_on_its_page(
    qtbot: Any, controller: AppController, archive_path: Path
) -> None:
    ids = ids_of(archive_path)
    with Archive.open(archive_path) as archive, archive.transaction() as db:
        festival = str(edits.run(db, edits.add("collection", {"name": "回家过年"})).value)
        edits.run(db, edits.collect(festival, ids["second"]))
    assert controller.open(archive_path)
    main = controller.window
    assert main is not None
    main.open_record("family", ids["family"])
    view = main.details.current_view()
    panel = view.family_mode_panel  # type: ignore[union-attr]
    assert panel.isVisibleTo(main)
    assert panel.collections.entries.count() == 1  # "None yet."
    panel._write(festival, True)  # what "Show a collection…" does once one is picked
    session = main.session
    qtbot.waitUntil(lambda: not session.writer.busy, timeout=5000)
    qtbot.waitUntil(
        lambda: (
            panel.collections.entries.count() == 1
            and bool(panel.collections.entries.item(0).data(Qt.ItemDataRole.UserRole))
        )
    )
    assert [c["id"] for c in marks.marked_collections(session.db, ids["family"])] == [festival]
    panel._unmark(festival)
    qtbot.waitUntil(lambda: not marks.marked_collections(session.db, ids["family"]), timeout=5000)
    # the second line under the words is the family's setting
    panel.second_line.setChecked(True)
    assert controller.settings.value(second_line_key(ids["family"]), "") == "true"


def test_the_settings_dialog_sets_the_passphrase_and_starting_in_family_mode(
    qtbot: Any, private_settings: AppSettings, english: None
) -> None:
    from archive_app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(private_settings)
    qtbot.addWidget(dialog)
    rows = dialog.family
    assert rows.state.text() == "Not set yet"
    QTimer.singleShot(0, lambda: _set_passphrase(_open_dialog()))
    rows.change.click()
    assert rows.state.text() == "Set"
    assert PassphraseLock(private_settings).try_passphrase(PASSPHRASE).unlocked
    rows.start_always.setChecked(True)
    dialog._save()
    assert private_settings.value(START_ALWAYS_KEY, "") == "true"


def _set_passphrase(dialog: QDialog) -> None:
    first = dialog.findChild(QWidget, "newPassphrase")
    second = dialog.findChild(QWidget, "repeatPassphrase")
    first.setText("abc")  # type: ignore[union-attr]
    second.setText("abc")  # type: ignore[union-attr]
    dialog.save()  # type: ignore[attr-defined]
    assert dialog.isVisible()  # too short: refused, said why
    first.setText(PASSPHRASE)  # type: ignore[union-attr]
    second.setText(PASSPHRASE + "x")  # type: ignore[union-attr]
    dialog.save()  # type: ignore[attr-defined]
    assert dialog.isVisible()  # not the same twice
    second.setText(PASSPHRASE)  # type: ignore[union-attr]
    dialog.save()  # type: ignore[attr-defined]
