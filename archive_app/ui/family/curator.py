"""The curator's side of family mode: a panel on the family page (open family mode, the
collections marked for the family, a second line under the words, what is held back and why)
and the rows of the settings dialog (the passphrase, opening in family mode on every start)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from archive_app.core import records
from archive_app.core.edits import Changes
from archive_app.core.family_mode import marks
from archive_app.core.family_mode.showing import family_showing
from archive_app.ui.detail.links import LinkedList
from archive_app.ui.family.passphrase import PassphraseLock
from archive_app.ui.family.private import CARD, JUMP, passage_mode
from archive_app.ui.family.private import MODE_KEY as PRIVATE_MODE_KEY
from archive_app.ui.family.switch import START_ALWAYS_KEY, starts_in_family
from archive_app.ui.family.unlock import SetPassphraseDialog
from archive_app.ui.family.window import second_line_key
from archive_app.ui.session import ArchiveSession
from archive_app.ui.settings import AppSettings

if TYPE_CHECKING:
    from archive_app.ui.family.switch import FamilyMode


class FamilyModePanel(QWidget):
    """On a family's page: family mode for this family."""

    def __init__(
        self, session: ArchiveSession, mode: FamilyMode, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("familyModePanel")
        self.session = session
        self.mode = mode
        self.family_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open Family Mode"), self)
        self.open_button.setObjectName("openFamilyMode")
        self.open_button.clicked.connect(self._open)
        top.addWidget(self.open_button)
        self.summary = QLabel(self)
        self.summary.setObjectName("familyModeSummary")
        self.summary.setWordWrap(True)
        top.addWidget(self.summary, 1)
        self.why_button = QPushButton(self.tr("What is held back?"), self)
        self.why_button.setObjectName("familyHeldBack")
        self.why_button.clicked.connect(self._show_held_back)
        top.addWidget(self.why_button)
        layout.addLayout(top)
        self.second_line = QCheckBox(
            self.tr("Show a second line under the words (another transcript tier)"), self
        )
        self.second_line.setObjectName("familySecondLine")
        self.second_line.toggled.connect(self._second_line_toggled)
        layout.addWidget(self.second_line)
        layout.addWidget(QLabel(self.tr("Collections also shown to this family:"), self))
        self.collections = LinkedList(
            self.tr("Show a collection…"), self.tr("Stop showing it"), self
        )
        self.collections.setObjectName("familyCollections")
        self.collections.add_requested.connect(self._mark)
        self.collections.remove_requested.connect(self._unmark)
        self.collections.open_requested.connect(
            lambda data: (
                self.mode.controller.window.open_record("collection", data)
                if self.mode.controller.window is not None
                else None
            )
        )
        self.collections.set_read_only(session.read_only)
        layout.addWidget(self.collections)

    def show_family(self, family_id: str) -> None:
        self.family_id = family_id
        db = self.session.db
        entries = [(str(c["name"]), str(c["id"])) for c in marks.marked_collections(db, family_id)]
        self.collections.set_entries(entries, self.tr("None yet."))
        showing = family_showing(db, family_id, reasons=False)
        self.summary.setText(
            self.tr("Family mode shows %1 stories and %2 photos; %3 items are held back.")
            .replace("%1", str(len(showing.stories)))
            .replace("%2", str(len(showing.shown_items) - len(showing.stories)))
            .replace("%3", str(len(showing.held_back)))
        )
        self.why_button.setEnabled(bool(showing.held_back))
        self.second_line.blockSignals(True)
        self.second_line.setChecked(
            self.mode.settings.value(second_line_key(family_id), "false") == "true"
        )
        self.second_line.blockSignals(False)

    def _open(self) -> None:
        if self.family_id is not None:
            self.mode.enter(self.family_id, self.window())

    def _show_held_back(self) -> None:
        if self.family_id is None:
            return
        from archive_app.ui.family.held_back import HeldBackDialog

        HeldBackDialog(family_showing(self.session.db, self.family_id), self).exec()

    def _second_line_toggled(self, on: bool) -> None:
        if self.family_id is not None:
            self.mode.settings.set_value(second_line_key(self.family_id), "true" if on else "false")
            self.mode.settings.sync()

    def _mark(self) -> None:
        if self.family_id is None:
            return
        marked = {str(c["id"]) for c in marks.marked_collections(self.session.db, self.family_id)}
        choices = [
            c for c in records.list_records(self.session.db, "collection") if c["id"] not in marked
        ]
        if not choices:
            self.summary.setText(self.tr("Every collection is shown to this family already."))
            return
        names = [str(c["name"]) for c in choices]
        name, chosen = QInputDialog.getItem(
            self, self.tr("Show a collection"), self.tr("Collection"), names, 0, False
        )
        if chosen:
            self._write(str(choices[names.index(name)]["id"]), True)

    def _unmark(self, collection_id: Any) -> None:
        self._write(str(collection_id), False)

    def _write(self, collection_id: str, mark: bool) -> None:
        family_id = self.family_id
        if family_id is None:
            return

        def operation(archive: Any) -> Changes:
            with archive.transaction() as db:
                if mark:
                    marks.mark_collection(db, family_id, collection_id)
                else:
                    marks.unmark_collection(db, family_id, collection_id)
            return Changes.of(updated={"family": [family_id]})

        self.session.write(operation, lambda _change: self.show_family(family_id))


class FamilySettingsRows(QWidget):
    """In the settings dialog: the passphrase that leaves family mode, starting in it, and what
    it does at a part of a story kept private."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("familySettings")
        self.settings = settings
        self.lock = PassphraseLock(settings)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.state = QLabel(self)
        self.change = QPushButton(self)
        self.change.setObjectName("setFamilyPassphrase")
        self.change.clicked.connect(self._set_passphrase)
        row.addWidget(self.state, 1)
        row.addWidget(self.change)
        form.addRow(self.tr("Family mode passphrase"), row)
        self.start_always = QCheckBox(
            self.tr("Open in family mode on every start (the family last shown)"), self
        )
        self.start_always.setObjectName("familyStartAlways")
        self.start_always.setChecked(starts_in_family(settings))
        form.addRow("", self.start_always)
        self.private = QComboBox(self)
        self.private.setObjectName("familyClosedPassages")
        self.private.addItem(self.tr("Show a quiet card for as long as it lasts"), CARD)
        self.private.addItem(self.tr("Jump over it"), JUMP)
        self.private.setCurrentIndex(max(0, self.private.findData(passage_mode(settings))))
        form.addRow(self.tr("A part of a story kept private"), self.private)
        self._show_state()

    def _show_state(self) -> None:
        if self.lock.is_set:
            self.state.setText(self.tr("Set"))
            self.change.setText(self.tr("Change…"))
        else:
            self.state.setText(self.tr("Not set yet"))
            self.change.setText(self.tr("Set…"))

    def _set_passphrase(self) -> None:
        SetPassphraseDialog(self.lock, self).exec()
        self._show_state()

    def save(self) -> None:
        self.settings.set_value(
            START_ALWAYS_KEY, "true" if self.start_always.isChecked() else "false"
        )
        self.settings.set_value(PRIVATE_MODE_KEY, str(self.private.currentData()))
