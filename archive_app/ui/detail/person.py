"""A person's page: names, home, families, the migration timeline, interviews and photos."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from archive_app.core import detail, edits, people
from archive_app.core.errors import InvalidValue
from archive_app.ui import vocabulary
from archive_app.ui.consent.panel import PersonConsents
from archive_app.ui.detail.base import DetailView, LinkLabel, link, section_title
from archive_app.ui.fields import FieldSpec, RecordForm
from archive_app.ui.session import ArchiveSession
from archive_app.ui.timeline import MigrationTimeline
from archive_app.ui.wording import explain


class MigrationDialog(QDialog):
    """Where someone went to work and when: city, work, left, came home."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Time away from home"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.city = QLineEdit(self)
        self.city.setObjectName("migrationCity")
        self.work = QLineEdit(self)
        self.left = QLineEdit(self)
        self.left.setObjectName("migrationLeft")
        self.left.setPlaceholderText(self.tr("e.g. 2015 or 2015-03"))
        self.back = QLineEdit(self)
        self.back.setObjectName("migrationBack")
        self.back.setPlaceholderText(self.tr("empty if still away"))
        form.addRow(self.tr("Went to (city)"), self.city)
        form.addRow(self.tr("Work"), self.work)
        form.addRow(self.tr("Left home"), self.left)
        form.addRow(self.tr("Came home"), self.back)
        layout.addLayout(form)
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

    def fields(self) -> dict[str, Any]:
        return {
            "to_city": self.city.text().strip(),
            "work": self.work.text().strip(),
            "from_date": self.left.text().strip() or None,
            "to_date": self.back.text().strip() or None,
        }

    def _check(self) -> None:
        try:
            edits.check_fields(None, "migration", self.fields())
        except InvalidValue as error:
            self.problem.setText(explain(error))
            self.problem.show()
            return
        self.accept()


class PersonView(DetailView):
    kind = "person"

    def __init__(
        self, session: ArchiveSession, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, undo_stack, parent)
        self.setObjectName("personView")
        self.form = RecordForm(
            session,
            undo_stack,
            "person",
            [
                FieldSpec("name", self.tr("Name")),
                FieldSpec("name_latin", self.tr("Name in pinyin or Latin letters")),
                FieldSpec(
                    "other_names",
                    self.tr("Other names"),
                    "list",
                    placeholder=self.tr("nicknames, dialect names"),
                ),
                FieldSpec(
                    "birth_date", self.tr("Born"), placeholder=self.tr("e.g. 1950 or 2012-06-01")
                ),
                FieldSpec(
                    "gender",
                    self.tr("Gender"),
                    "choice",
                    (("", ""), *((g, vocabulary.gender_name(g)) for g in people.GENDERS)),
                ),
                FieldSpec("home_place_id", self.tr("Home"), "place", shown="home_place_full_name"),
                FieldSpec("notes", self.tr("Notes"), "text"),
            ],
            self.body,
        )
        self.form.refused.connect(self.message)
        self.families = LinkLabel(self.body, self.follow)
        self.timeline = MigrationTimeline(self.body)
        self.add_migration = QPushButton(self.tr("Add time away…"), self.body)
        self.add_migration.setObjectName("addMigration")
        self.add_migration.clicked.connect(self._add_migration)
        self.interviews = LinkLabel(self.body, self.follow)
        self.photos = LinkLabel(self.body, self.follow)
        #: the person's consent records, with buttons to record or withdraw one
        self.consent_panel = PersonConsents(session, self.body)
        self.presented.connect(self.consent_panel.show_person)
        add = self.layout_.addWidget
        add(self.form)
        add(section_title(self.tr("Family"), self.body))
        add(self.families)
        add(section_title(self.tr("Away from home"), self.body))
        add(self.timeline)
        row = QHBoxLayout()
        row.addWidget(self.add_migration)
        row.addStretch(1)
        self.layout_.addLayout(row)
        add(section_title(self.tr("Interviews"), self.body))
        add(self.interviews)
        add(section_title(self.tr("Photos"), self.body))
        add(self.photos)
        add(section_title(QCoreApplication.translate("Consent", "Consent"), self.body))
        add(self.consent_panel)
        self.finish_layout()
        self.add_migration.setVisible(not session.read_only)

    def fetch(self, record_id: str) -> dict[str, Any]:
        return detail.page(self.session.db, "person", record_id)

    def present(self, record: dict[str, Any]) -> None:
        self.form.load(record)
        self.families.setText(
            "<br>".join(
                link("family", f["id"], f["name"])
                + f" — {vocabulary.relationship_name(f['relationship'])}"
                for f in record["families"]
            )
            or self.tr("In no family yet.")
        )
        self.timeline.set_episodes(record["migrations"])
        self.interviews.setText(
            "<br>".join(
                link("interview", i["id"], i["title"])
                + f" <small>{i.get('date') or ''} · {vocabulary.role_name(i['role'])}</small>"
                for i in record["interviews"]
            )
            or self.tr("None.")
        )
        self.photos.setText(
            " · ".join(
                link("photo", p["id"], p.get("caption") or p["original_name"])
                for p in record["photos"]
            )
            or self.tr("None.")
        )

    def related_kinds(self) -> set[str]:
        return {"family", "migration", "interview", "photo", "place"}

    def _add_migration(self) -> None:
        if self.record_id is None:
            return
        dialog = MigrationDialog(self)
        if not dialog.exec():
            return
        fields = {**dialog.fields(), "person_id": self.record_id}
        self.push(edits.add("migration", fields), self.tr("Add Time Away"))
