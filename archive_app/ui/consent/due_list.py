"""The consent-due list: renewals owed to children who have come of age, consents without their
signed form, and people whose age the rules cannot tell."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from archive_app.ui.folding import WrappedText
from archive_app.ui.session import ArchiveSession


@dataclass(frozen=True)
class DueLists:
    renewals: list[tuple[str, str, str]]  # person id, name, the day they turned 18
    forms: list[tuple[str, str, str]]  # person id, name, the day of the consent
    ages: list[tuple[str, str]]  # person id, name


def collect_due(db: Any) -> DueLists:
    """What core's consent-due lists hold, as plain values (safe to hand between threads)."""
    from archive_app.core.consent import due

    return DueLists(
        [(r.person_id, r.person_name, r.adult_from) for r in due.renewals_due(db)],
        [(f.person_id, f.person_name, f.date) for f in due.forms_missing(db)],
        [(b.person_id, b.person_name) for b in due.birth_dates_unknown(db)],
    )


def collect_due_apart(session: ArchiveSession) -> DueLists:
    """:func:`collect_due` on a read connection of its own (for a worker thread)."""
    import sqlite_utils

    conn = session.archive.reader()
    try:
        return collect_due(sqlite_utils.Database(conn))
    finally:
        conn.close()


class ConsentDuePane(QWidget):
    """Three groups of things to do; double-click (or Enter) opens the person."""

    open_record = Signal(str, str)

    def __init__(self, session: ArchiveSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentDueList")
        self.session = session
        self.kind = "consent_due"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(self.tr("What is still owed to the people in the archive."), self)
        self.intro.setContentsMargins(8, 6, 8, 6)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Person"), self.tr("What to do")])
        self.tree.setRootIsDecorated(True)
        # what to do wraps onto more lines at the list's width instead of being cut
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setItemDelegate(WrappedText(self.tree))
        self.tree.header().sectionResized.connect(lambda *_: self.tree.doItemsLayout())
        self.tree.itemActivated.connect(self._open)
        self.tree.itemDoubleClicked.connect(self._open)
        layout.addWidget(self.tree)
        self.total = 0

    def reload(self) -> int:
        """Fill the list again now (on the GUI thread); return how many things are due."""
        self.fill(collect_due(self.session.db))
        return self.total

    def fill(self, due: DueLists) -> None:
        """Show lists :func:`collect_due` gathered (perhaps on another thread)."""
        groups = [
            (
                self.tr("Renew: consent given as a child, now 18"),
                [
                    (
                        person_id,
                        name,
                        self.tr("Turned 18 on %1: ask them to consent for themselves.").replace(
                            "%1", day
                        ),
                    )
                    for person_id, name, day in due.renewals
                ],
            ),
            (
                self.tr("Signed form missing"),
                [
                    (
                        person_id,
                        name,
                        self.tr(
                            "Consent given on %1: no signed form or recorded agreement yet."
                        ).replace("%1", day),
                    )
                    for person_id, name, day in due.forms
                ],
            ),
            (
                self.tr("Birth date unknown"),
                [
                    (
                        person_id,
                        name,
                        self.tr("Check their age: a child needs a guardian's consent."),
                    )
                    for person_id, name in due.ages
                ],
            ),
        ]
        self.tree.clear()
        self.total = 0
        for title, entries in groups:
            group = QTreeWidgetItem(self.tree, [f"{title} ({len(entries)})"])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for person_id, name, todo in entries:
                item = QTreeWidgetItem(group, [name, todo])
                item.setData(0, Qt.ItemDataRole.UserRole, person_id)
                item.setToolTip(1, todo)
            group.setExpanded(True)
            group.setFirstColumnSpanned(True)  # the group's title runs across both columns
            self.total += len(entries)
        # the names column as wide as the names (not the group titles), so what to do shows
        metrics = self.tree.fontMetrics()
        names = [name for _title, entries in groups for _pid, name, *_rest in entries]
        widest = max((metrics.horizontalAdvance(name) for name in names), default=0)
        # a name sits two indentations in: under the root decoration and under its group
        self.tree.setColumnWidth(0, widest + 2 * self.tree.indentation() + 24)

    def _open(self, item: QTreeWidgetItem) -> None:
        person_id = item.data(0, Qt.ItemDataRole.UserRole)
        if person_id:
            self.open_record.emit("person", person_id)
