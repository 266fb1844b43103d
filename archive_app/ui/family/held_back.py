"""What family mode holds back from a family, and the consent gate's reasons: for the curator,
after the passphrase."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from archive_app.core.family_mode.showing import FACE_HIDDEN, FamilyShowing, HeldBack
from archive_app.ui.consent.reasons import reason_text


def held_back_text(held: HeldBack) -> str:
    """ "过年回家的大巴: 张子豪 was a child when recorded, and ..." in the user's language."""
    kind = (
        QCoreApplication.translate("HeldBack", "Story")
        if held.kind == "interview"
        else QCoreApplication.translate("HeldBack", "Photo")
    )
    reasons = []
    for reason in held.reasons:
        if reason.rule == FACE_HIDDEN:
            reasons.append(
                QCoreApplication.translate(
                    "HeldBack", "Someone in it asked that their face not be shown."
                )
            )
        else:
            reasons.append(reason_text(reason))
    return f"{kind} {held.title or held.item_id}: " + " ".join(reasons)


class HeldBackDialog(QDialog):
    def __init__(self, showing: FamilyShowing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heldBackDialog")
        self.setWindowTitle(self.tr("Not shown to the family"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("The consent records keep these from %1 for now:").replace("%1", showing.name),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        self.list.setObjectName("heldBackList")
        self.list.setWordWrap(True)
        for held in showing.held_back:
            self.list.addItem(held_back_text(held))
        if not showing.held_back:
            self.list.addItem(self.tr("Nothing is held back: the family has no stories yet."))
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 420)
