"""Recording a consent (with guardian, the child's assent, audiences, embargo, pseudonym and the
signed form) and withdrawing one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from archive_app.core import people
from archive_app.ui import vocabulary
from archive_app.ui.consent.badges import OPEN_AUDIENCES
from archive_app.ui.pickers import PersonPicker
from archive_app.ui.session import ArchiveSession

_SOMEONE_ELSE = "__someone_else__"


def _date_edit(parent: QWidget) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate(), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def tall_enough(dialog: QDialog) -> None:
    """Make ``dialog`` as tall as its wrapped lines need at the width it opened with: Qt
    sizes a dialog by its lines unwrapped, and larger text wraps a note onto more of them."""
    layout = dialog.layout()
    needed = layout.totalHeightForWidth(dialog.width()) if layout is not None else 0
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)


class ConsentDialog(QDialog):
    """The terms of one consent, as on the signed form. After ``exec()``: :attr:`person_id`
    (or :attr:`new_person_name`) and :meth:`terms` for core's ``add_consent``."""

    def __init__(
        self,
        session: ArchiveSession,
        people_choices: list[tuple[str, str]],
        item: tuple[str, str, str] | None = None,
        documents: list[tuple[str, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consentDialog")
        self.setWindowTitle(self.tr("Record a consent"))
        self.session = session
        self.item = item
        self.person_id: str | None = None
        self.new_person_name: str | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.person = QComboBox(self)
        self.person.setObjectName("consentPerson")
        for person_id, name in people_choices:
            self.person.addItem(name, person_id)
        self.person.addItem(self.tr("Someone else…"), _SOMEONE_ELSE)
        self.person.activated.connect(self._maybe_pick_someone)
        form.addRow(self.tr("Whose consent"), self.person)

        self.date = _date_edit(self)
        self.date.setObjectName("consentDate")
        form.addRow(self.tr("Signed or given on"), self.date)

        self.given_by = QComboBox(self)
        self.given_by.setObjectName("consentGivenBy")
        self.given_by.addItem(self.tr("The person themself"), "self")
        self.given_by.addItem(self.tr("A guardian, for a child"), "guardian")
        self.given_by.currentIndexChanged.connect(self._given_by_changed)
        form.addRow(self.tr("Given by"), self.given_by)
        self.guardian = QLineEdit(self)
        self.guardian.setObjectName("consentGuardian")
        self.guardian.setPlaceholderText(self.tr("the guardian's name"))
        form.addRow(self.tr("Guardian"), self.guardian)
        self.relationship = QComboBox(self)
        for code in people.RELATIONSHIPS:
            if code != "child":
                self.relationship.addItem(vocabulary.relationship_name(code), code)
        form.addRow(self.tr("Guardian is the child's"), self.relationship)
        self.assent = QComboBox(self)
        self.assent.setObjectName("consentAssent")
        self.assent.addItem(self.tr("Not recorded"), None)
        self.assent.addItem(self.tr("Yes, the child agreed"), "yes")
        self.assent.addItem(self.tr("No, the child did not agree"), "no")
        form.addRow(self.tr("The child's own agreement"), self.assent)

        audiences = QWidget(self)
        row = QHBoxLayout(audiences)
        row.setContentsMargins(0, 0, 0, 0)
        self.audiences: dict[str, QCheckBox] = {}
        for audience in OPEN_AUDIENCES:
            box = QCheckBox(vocabulary.audience_name(audience), audiences)
            box.setObjectName(f"audience_{audience}")
            self.audiences[audience] = box
            row.addWidget(box)
        row.addStretch(1)
        self.audiences["family"].setChecked(True)
        form.addRow(self.tr("May be seen by"), audiences)

        covers = QWidget(self)
        column = QVBoxLayout(covers)
        column.setContentsMargins(0, 0, 0, 0)
        self.covers_all = QRadioButton(self.tr("Everything they appear in"), covers)
        self.covers_item = QRadioButton(covers)
        self.covers_item.setObjectName("coversItem")
        group = QButtonGroup(self)
        group.addButton(self.covers_all)
        group.addButton(self.covers_item)
        column.addWidget(self.covers_all)
        column.addWidget(self.covers_item)
        self.covers_all.setChecked(True)
        if item is not None:
            self.covers_item.setText(self.tr("Only “%1”").replace("%1", item[2]))
        else:
            self.covers_item.hide()
        form.addRow(self.tr("Covers"), covers)

        embargo = QWidget(self)
        row = QHBoxLayout(embargo)
        row.setContentsMargins(0, 0, 0, 0)
        self.embargo = QCheckBox(self.tr("Keep closed until"), embargo)
        self.embargo.setObjectName("consentEmbargo")
        self.embargo_until = _date_edit(embargo)
        self.embargo_until.setDate(QDate.currentDate().addYears(5))
        self.embargo_until.setEnabled(False)
        self.embargo.toggled.connect(self.embargo_until.setEnabled)
        row.addWidget(self.embargo)
        row.addWidget(self.embargo_until)
        row.addStretch(1)
        form.addRow(self.tr("Embargo"), embargo)

        self.pseudonym = QLineEdit(self)
        self.pseudonym.setObjectName("consentPseudonym")
        self.pseudonym.setPlaceholderText(self.tr("leave empty to show the real name"))
        form.addRow(self.tr("Show under the name"), self.pseudonym)
        self.show_face = QCheckBox(self.tr("Their face may be shown"), self)
        self.show_face.setChecked(True)
        form.addRow("", self.show_face)
        self.form_document = QComboBox(self)
        self.form_document.setObjectName("consentForm")
        self.form_document.addItem(self.tr("No signed form attached"), None)
        for document_id, title in documents or []:
            self.form_document.addItem(title, document_id)
        form.addRow(self.tr("Signed form"), self.form_document)
        hint = QLabel(
            self.tr(
                "To attach a new scan, drop it on the interview first; a file named "
                "with “consent” or “同意” is kept as a document."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        form.addRow("", hint)
        self.notes = QLineEdit(self)
        form.addRow(self.tr("Notes"), self.notes)

        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._given_by_changed()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        tall_enough(self)

    def _given_by_changed(self) -> None:
        by_guardian = self.given_by.currentData() == "guardian"
        for widget in (self.guardian, self.relationship, self.assent):
            widget.setEnabled(by_guardian)

    def _maybe_pick_someone(self) -> None:
        if self.person.currentData() != _SOMEONE_ELSE:
            return
        picker = PersonPicker(self.session, self.tr("Whose consent is it?"), parent=self)
        if picker.exec():
            if picker.person_id is not None:
                from archive_app.core import records

                name = records.get(self.session.db, "person", picker.person_id)["name"]
                self.person.insertItem(0, name, picker.person_id)
            else:
                self.new_person_name = picker.new_name
                self.person.insertItem(0, picker.new_name or "", None)
            self.person.setCurrentIndex(0)
        else:
            self.person.setCurrentIndex(0)

    def _check(self) -> None:
        data = self.person.currentData()
        if data == _SOMEONE_ELSE or (data is None and not self.new_person_name):
            self._refuse(self.tr("Choose whose consent this is."))
            return
        if self.given_by.currentData() == "guardian" and not self.guardian.text().strip():
            self._refuse(self.tr("Write the guardian's name."))
            return
        self.person_id = data
        if data is not None:
            self.new_person_name = None
        self.accept()

    def _refuse(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.show()

    def terms(self) -> dict[str, Any]:
        """Keyword arguments for ``add_consent`` (all but the person)."""
        by_guardian = self.given_by.currentData() == "guardian"
        return {
            "date": self.date.date().toString("yyyy-MM-dd"),
            "audiences": [a for a, box in self.audiences.items() if box.isChecked()],
            "given_by": "guardian" if by_guardian else "self",
            "guardian_name": self.guardian.text().strip() if by_guardian else None,
            "relationship": self.relationship.currentData() if by_guardian else None,
            "assent": self.assent.currentData() if by_guardian else None,
            "covers": [self.item[1]] if self.item and self.covers_item.isChecked() else [],
            "embargo_until": (
                self.embargo_until.date().toString("yyyy-MM-dd")
                if self.embargo.isChecked()
                else None
            ),
            "pseudonym": self.pseudonym.text().strip() or None,
            "show_face": self.show_face.isChecked(),
            "form_document_id": self.form_document.currentData(),
            "notes": self.notes.text().strip(),
        }


class WithdrawDialog(QDialog):
    """Which consent is withdrawn, from which day, and why."""

    def __init__(self, consents: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("withdrawDialog")
        self.setWindowTitle(self.tr("Withdraw a consent"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.consent = QComboBox(self)
        self.consent.setObjectName("withdrawWhich")
        for consent_id, label in consents:
            self.consent.addItem(label, consent_id)
        self.date = _date_edit(self)
        self.date.setObjectName("withdrawDate")
        self.reason = QLineEdit(self)
        self.reason.setObjectName("withdrawReason")
        self.reason.setPlaceholderText(self.tr("in their words, if they gave a reason"))
        form.addRow(self.tr("Consent"), self.consent)
        form.addRow(self.tr("Withdrawn from"), self.date)
        form.addRow(self.tr("Reason"), self.reason)
        layout.addLayout(form)
        note = QLabel(
            self.tr(
                "From that day on, everything this consent opened is closed again "
                "everywhere: in search, the family view and every export."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        tall_enough(self)

    def choice(self) -> tuple[str, str, str]:
        """(consent id, day, reason)."""
        return (
            str(self.consent.currentData()),
            self.date.date().toString("yyyy-MM-dd"),
            self.reason.text().strip(),
        )
