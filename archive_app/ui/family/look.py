"""How family mode looks: big type, big targets, high contrast, and the family's own words for
who is who (奶奶 rather than "grandmother")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

#: the smallest button side, in pixels (a finger, an unsteady hand)
TARGET_PX = 56
#: point sizes; nothing a family reads is smaller than READING_PT
READING_PT = 24
NAME_PT = 28
TITLE_PT = 26
LINE_PT = 34
SECOND_LINE_PT = 26
HEADING_PT = 30

INK = "#1b1511"  # text: near black on the warm paper
PAPER = "#fbf6ec"
ACCENT = "#7d2a16"  # buttons: deep red-brown, white text (contrast above 9:1)
ACCENT_DOWN = "#5e1f10"
CALM = ("#e7d9bf", "#d6e2d3", "#dfe3ee", "#efdcd3", "#e6e0cc")  # generated cards

STYLE = f"""
QWidget#familyWindow, QWidget#familyWindow QScrollArea, QWidget#familyWindow QStackedWidget,
QWidget#familyHome, QWidget#familyStory, QWidget#familyWhere, QWidget#homeContent,
QWidget#whereContent {{
    background: {PAPER};
    color: {INK};
}}
QWidget#familyWindow QLabel {{ color: {INK}; }}
QWidget#familyWindow QPushButton {{
    background: {ACCENT};
    color: #ffffff;
    border: 4px solid transparent;
    border-radius: 12px;
    padding: 8px 22px;
    font-size: {READING_PT}pt;
}}
QWidget#familyWindow QPushButton:pressed {{ background: {ACCENT_DOWN}; }}
QWidget#familyWindow QPushButton:focus {{ border-color: #f2b544; }}
QWidget#familyWindow QPushButton#storyTile, QWidget#familyWindow QPushButton#memberCard {{
    background: #ffffff;
    color: {INK};
    border: 2px solid #d8ccb6;
    border-radius: 16px;
    padding: 0px;
}}
QWidget#familyWindow QPushButton#storyTile:focus,
QWidget#familyWindow QPushButton#memberCard:focus {{ border: 5px solid #f2b544; }}
QWidget#familyWindow QPushButton#leaveFamilyMode {{
    background: #e9e1d2;
    color: {INK};
}}
QLabel#familyName {{ font-size: {HEADING_PT}pt; font-weight: bold; }}
QLabel#sectionHeading {{ font-size: {READING_PT}pt; font-weight: bold; color: #5a3d1c; }}
QLabel#memberName {{ font-size: {NAME_PT}pt; font-weight: bold; }}
QLabel#memberRole {{ font-size: {READING_PT}pt; }}
QLabel#tileTitle {{ font-size: {TITLE_PT}pt; font-weight: bold; }}
QLabel#storyLine {{ font-size: {LINE_PT}pt; font-weight: bold; }}
QLabel#storySecondLine {{ font-size: {SECOND_LINE_PT}pt; color: #3b3128; }}
QLabel#storyTitle {{ font-size: {TITLE_PT}pt; font-weight: bold; }}
QLabel#kindWords {{ font-size: {NAME_PT}pt; }}
QLabel#whereName {{ font-size: {NAME_PT}pt; font-weight: bold; }}
QLabel#whereNow {{ font-size: {READING_PT}pt; }}
"""


def font(points: int, bold: bool = False, base: QFont | None = None) -> QFont:
    """The app's font (its CJK families) at ``points``."""
    made = QFont(base) if base is not None else QFont()
    made.setPointSize(points)
    made.setBold(bold)
    return made


def calm_colour(key: str) -> str:
    """One of the calm card colours, always the same for the same key."""
    return CALM[sum(key.encode("utf-8")) % len(CALM)]


def relationship_word(code: str) -> str:
    """What a child of the family calls the member: 奶奶, 爸爸..."""
    words = {
        "grandmother": QCoreApplication.translate("FamilyWords", "Grandma"),
        "grandfather": QCoreApplication.translate("FamilyWords", "Grandpa"),
        "mother": QCoreApplication.translate("FamilyWords", "Mum"),
        "father": QCoreApplication.translate("FamilyWords", "Dad"),
        "child": QCoreApplication.translate("FamilyWords", "Child"),
        "sibling": QCoreApplication.translate("FamilyWords", "Brother or sister"),
        "guardian": QCoreApplication.translate("FamilyWords", "Guardian"),
        "other": QCoreApplication.translate("FamilyWords", "Family"),
    }
    return words.get(code, words["other"])


def away_words(city: str) -> str:
    """ "in Guangzhou" (在广州): where a member is working now."""
    return QCoreApplication.translate("FamilyWords", "in %1").replace("%1", city)


def no_context_menus(root: QWidget) -> None:
    """No right-click menu anywhere under ``root`` (nothing there may lead to a tool)."""
    from PySide6.QtCore import Qt

    root.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    for child in root.findChildren(QWidget):
        child.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
