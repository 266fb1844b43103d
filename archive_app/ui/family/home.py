"""The family's home screen: its members as large portraits (name in big characters, what the
children call them under it, and where they are working now), and its stories as big tiles,
each a photo, a title and a play button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from archive_app.core.family_mode.showing import FamilyShowing, Member, ShownPhoto, Story
from archive_app.ui.family import look
from archive_app.ui.family.pictures import Picture

MEMBER_WIDTH = 200
TILE_WIDTH = 360
TILE_PICTURE = 170
PORTRAIT = 116


class FlowGrid(QWidget):
    """Widgets of one width in as many columns as the screen has room for."""

    def __init__(self, item_width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item_width = item_width
        self.items: list[QWidget] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(24)
        self._columns = 0

    def set_items(self, items: list[QWidget]) -> None:
        for old in self.items:
            self.grid.removeWidget(old)
            old.deleteLater()
        self.items = items
        self._columns = 0
        self._place(max(self.width(), self.item_width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(event.size().width())

    def _place(self, width: int) -> None:
        columns = max(1, (width + 24) // (self.item_width + 24))
        if columns == self._columns:
            return
        self._columns = columns
        for item in self.items:
            self.grid.removeWidget(item)
        for number, item in enumerate(self.items):
            self.grid.addWidget(
                item, number // columns, number % columns, Qt.AlignmentFlag.AlignLeft
            )
        self.grid.setColumnStretch(columns, 1)


class MemberCard(QWidget):
    """One member: a round portrait (or the first character of the name), the name, and what the
    children call them, with where they are working now."""

    def __init__(self, member: Member, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberCardBox")
        self.member = member
        self.setFixedWidth(MEMBER_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.picture = Picture(self, circle=True)
        self.picture.setFixedSize(QSize(PORTRAIT, PORTRAIT))
        self.picture.set_card(_initial(member.name), [], member.id)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        self.name = QLabel(member.name, self)
        self.name.setObjectName("memberName")
        self.name.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.name)
        role = look.relationship_word(member.relationship)
        if member.away is not None:
            role = f"{role} {look.away_words(member.away.to_city)}"
        self.role = QLabel(role, self)
        self.role.setObjectName("memberRole")
        self.role.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.role.setWordWrap(True)
        layout.addWidget(self.role)
        layout.addStretch(1)


class StoryTile(QPushButton):
    """A story as one big button: its first photo (or a card), its title and a play button."""

    def __init__(self, story: Story, card_words: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storyTile")
        self.story = story
        self.setProperty("itemId", story.id)
        self.setFixedWidth(TILE_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(8)
        self.picture = Picture(self)
        self.picture.setFixedHeight(TILE_PICTURE)
        self.picture.set_card(card_words[0][:1] if card_words else "", card_words, story.id)
        layout.addWidget(self.picture)
        row = QHBoxLayout()
        row.setSpacing(10)
        self.title = QLabel(story.title, self)
        self.title.setObjectName("tileTitle")
        self.title.setWordWrap(True)
        self.title.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        row.addWidget(self.title, 1)
        self.play = QPushButton("▶", self)
        self.play.setObjectName("tilePlay")
        self.play.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.play.setFixedSize(QSize(look.TARGET_PX + 8, look.TARGET_PX + 8))
        self.play.setAccessibleName(self.tr("Play"))
        self.play.clicked.connect(self.click)
        row.addWidget(self.play, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(row)
        lines = 2
        height = self.title.fontMetrics().lineSpacing() * lines
        self.setFixedHeight(TILE_PICTURE + max(height, look.TARGET_PX + 8) + 36)
        self.photo: ShownPhoto | None = story.photos[0] if story.photos else None
        #: called when the tile takes the keyboard focus (to scroll it into view)
        self.on_focus: Callable[[QWidget], None] | None = None

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.on_focus is not None:
            self.on_focus(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrow keys go from tile to tile; Space (as any button) or Enter plays."""
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.focusNextPrevChild(False)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.focusNextPrevChild(True)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
        else:
            super().keyPressEvent(event)


class HomeScreen(QWidget):
    """Members and stories; says kindly when there is nothing to hear yet."""

    story_chosen = Signal(str)
    album_chosen = Signal()
    why_asked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("familyHome")
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.area)
        self.content = QWidget()
        self.content.setObjectName("homeContent")
        self.layout_ = QVBoxLayout(self.content)
        self.layout_.setContentsMargins(36, 16, 36, 36)
        self.layout_.setSpacing(14)
        self.members_heading = self._heading(self.tr("Our family"))
        self.members = FlowGrid(MEMBER_WIDTH, self.content)
        self.stories_heading = self._heading(self.tr("Our stories"))
        self.stories = FlowGrid(TILE_WIDTH, self.content)
        self.nothing = QLabel(self.content)
        self.nothing.setObjectName("kindWords")
        self.nothing.setWordWrap(True)
        self.nothing.setText(
            self.tr(
                "There are no stories to listen to here yet. When the interviewer comes again, "
                "they will bring more."
            )
        )
        self.why = QPushButton(self.tr("Why? (for the interviewer)"), self.content)
        self.why.setObjectName("whyNothing")
        self.why.setMinimumSize(look.TARGET_PX, look.TARGET_PX)
        self.why.clicked.connect(self.why_asked)
        for widget in (self.members_heading, self.members, self.stories_heading):
            self.layout_.addWidget(widget)
        # said where the stories would be, before any photos there are
        self.layout_.addWidget(self.nothing)
        self.layout_.addWidget(self.why, 0, Qt.AlignmentFlag.AlignLeft)
        self.layout_.addWidget(self.stories)
        self.layout_.addStretch(1)
        self.area.setWidget(self.content)
        self.member_cards: list[MemberCard] = []
        self.tiles: list[StoryTile] = []
        self.album_tile: QPushButton | None = None

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self.content)
        label.setObjectName("sectionHeading")
        return label

    def show_family(self, showing: FamilyShowing) -> None:
        self.member_cards = [MemberCard(m, self.members) for m in showing.members]
        self.members.set_items(list(self.member_cards))
        card_words = [showing.name, showing.place.split(" ")[-1] if showing.place else ""]
        self.tiles = []
        for story in showing.stories:
            tile = StoryTile(story, card_words, self.stories)
            tile.clicked.connect(lambda _c=False, s=story.id: self.story_chosen.emit(s))
            self.tiles.append(tile)
        items: list[QWidget] = list(self.tiles)
        self.album_tile = None
        if showing.album:
            album = StoryTile(
                Story("", self.tr("Our photos"), None, "", (), showing.album, 0, 0.0),
                card_words,
                self.stories,
            )
            album.setObjectName("storyTile")
            album.setProperty("itemId", "")
            album.setProperty("album", True)
            album.clicked.connect(self.album_chosen)
            self.album_tile = album
            items.append(album)
        self.stories.set_items(items)
        empty = not showing.stories
        self.nothing.setVisible(empty)
        self.why.setVisible(empty and bool(showing.held_back))
        self.stories_heading.setVisible(True)
        self.members_heading.setVisible(bool(showing.members))

    def pictures(self) -> list[tuple[Picture, ShownPhoto | None]]:
        """Every picture on the screen and the photo meant for it (None: a card for good)."""
        found: list[tuple[Picture, ShownPhoto | None]] = []
        for card in self.member_cards:
            found.append((card.picture, card.member.portrait))
        for tile in [*self.tiles, *([self.album_tile] if self.album_tile else [])]:
            assert isinstance(tile, StoryTile)
            found.append((tile.picture, tile.photo))
        return found

    def first_tile(self) -> QPushButton | None:
        if self.tiles:
            return self.tiles[0]
        return self.album_tile

    def set_pixmap(self, picture: Picture, photo: ShownPhoto, pixmap: QPixmap) -> None:
        picture.set_photo(photo.id, pixmap)


def _initial(name: str) -> str:
    """The character a portrait card shows: a Chinese name's given name's first character, or a
    Latin name's first letter."""
    name = name.strip()
    if not name:
        return ""
    if name.isascii():
        return name[0].upper()
    return name[1] if len(name) >= 2 else name[0]
