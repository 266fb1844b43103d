"""A photo's page: the picture large (zoom with the wheel, buttons or keys), its caption, date,
place, the people it shows, and its interview."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QImage,
    QImageReader,
    QKeySequence,
    QPainter,
    QPixmap,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from archive_app.core import detail, edits
from archive_app.ui.background import Background
from archive_app.ui.consent.panel import ConsentPanel
from archive_app.ui.detail.base import DetailView, LinkLabel, link, section_title
from archive_app.ui.detail.links import CollectionsEditor, LinkedList, TagEditor
from archive_app.ui.fields import FieldSpec, RecordForm
from archive_app.ui.pickers import PersonPicker
from archive_app.ui.session import ArchiveSession
from archive_app.ui.thumbnails import Thumbnails


def _load_photo(path: Path, limit: int = 4096) -> QImage:
    """A full photo read on a worker thread, turned upright by its EXIF orientation."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > limit:
        reader.setScaledSize(size.scaled(limit, limit, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        image = _read_with_pillow(path, limit)
    return image


def _read_with_pillow(path: Path, limit: int) -> QImage:
    """HEIC and other formats Qt cannot read, through Pillow (imported only when needed)."""
    try:
        from PIL import Image, ImageOps

        from archive_app.core.media.image import heif_opener_registered

        heif_opener_registered()
        with Image.open(path) as opened:
            picture = ImageOps.exif_transpose(opened).convert("RGBA")
        picture.thumbnail((limit, limit))
        data = picture.tobytes("raw", "RGBA")
        image = QImage(data, picture.width, picture.height, QImage.Format.Format_RGBA8888)
        return image.copy()  # own the pixels: ``data`` goes away
    except Exception:
        return QImage()


class ZoomableImage(QGraphicsView):
    """A picture that fits the view until zoomed: wheel or +/- to zoom, 0 to fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoImage")
        self.setScene(QGraphicsScene(self))
        self._item = QGraphicsPixmapItem()
        self._item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self._item)
        self.setRenderHints(
            QPainter.RenderHint.SmoothPixmapTransform | QPainter.RenderHint.Antialiasing
        )
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setMinimumHeight(360)
        self.fitting = True

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_pixmap(self, pixmap: QPixmap) -> None:
        self._item.setPixmap(pixmap)
        self.scene().setSceneRect(self._item.boundingRect())
        self.fit()

    def has_picture(self) -> bool:
        return not self._item.pixmap().isNull()

    def fit(self) -> None:
        self.fitting = True
        if self.has_picture():
            self.fitInView(self._item, Qt.AspectRatioMode.KeepAspectRatio)

    def zoom_by(self, factor: float) -> None:
        if not self.has_picture():
            return
        new = self.zoom * factor
        if 0.02 <= new <= 16:
            self.fitting = False
            self.scale(factor, factor)

    def actual_size(self) -> None:
        self.fitting = False
        self.resetTransform()

    def wheelEvent(self, event: Any) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.25**steps)
            event.accept()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.fitting:
            self.fit()


class PhotoView(DetailView):
    kind = "photo"

    def __init__(
        self,
        session: ArchiveSession,
        undo_stack: QUndoStack,
        thumbnails: Thumbnails,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, undo_stack, parent)
        self.setObjectName("photoView")
        self.thumbnails = thumbnails
        self.image = ZoomableImage(self.body)
        zoom_row = QHBoxLayout()
        for text, action, name in (
            (self.tr("Fit"), self.image.fit, "zoomFit"),
            (self.tr("Actual size"), self.image.actual_size, "zoomActual"),
            (self.tr("Zoom in"), lambda: self.image.zoom_by(1.25), "zoomIn"),
            (self.tr("Zoom out"), lambda: self.image.zoom_by(0.8), "zoomOut"),
        ):
            button = QPushButton(text, self.body)
            button.setObjectName(name)
            button.clicked.connect(action)
            zoom_row.addWidget(button)
        zoom_row.addStretch(1)
        for keys, action in (
            (QKeySequence.StandardKey.ZoomIn, lambda: self.image.zoom_by(1.25)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.image.zoom_by(0.8)),
            (QKeySequence("Ctrl+0"), self.image.fit),
        ):
            shortcut = QShortcut(keys, self.image)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)
        self.form = RecordForm(
            session,
            undo_stack,
            "photo",
            [
                FieldSpec("caption", self.tr("Caption")),
                FieldSpec(
                    "taken_at",
                    self.tr("Taken"),
                    "moment",
                    placeholder=self.tr("e.g. 2024-02-10"),
                ),
                FieldSpec("place_id", self.tr("Place"), "place", shown="place_full_name"),
            ],
            self.body,
        )
        self.form.refused.connect(self.message)
        self.facts = LinkLabel(self.body, self.follow)
        self.people = LinkedList(self.tr("Add a person…"), self.tr("Not in this photo"), self.body)
        self.people.setObjectName("photoPeople")
        self.people.add_requested.connect(self._add_person)
        self.people.remove_requested.connect(self._remove_person)
        self.people.open_requested.connect(lambda pid: self.open_record.emit("person", pid))
        self.people.set_read_only(session.read_only)
        self.tags = TagEditor(self.add_tag, self.remove_tag, self.body)
        self.tags.set_read_only(session.read_only)
        self.collections = CollectionsEditor(
            self.follow, self.add_to_collection, self.take_out_of_collection, self.body
        )
        self.collections.set_read_only(session.read_only)
        #: who may see this photo, and why not
        self.consent_panel = ConsentPanel(session, self.body)
        self.presented.connect(lambda item_id: self.consent_panel.show_item("photo", item_id))
        add = self.layout_.addWidget
        add(self.image, 1)
        self.layout_.addLayout(zoom_row)
        add(self.consent_panel)
        add(self.form)
        add(self.facts)
        add(section_title(self.tr("People in this photo"), self.body))
        add(self.people)
        add(section_title(self.tr("Tags"), self.body))
        add(self.tags)
        add(section_title(self.tr("Collections"), self.body))
        add(self.collections)
        self.finish_layout()
        self._workers = Background(1, "photo", self)
        self._wanted: str | None = None
        self._shown_sha: str | None = None

    def fetch(self, record_id: str) -> dict[str, Any]:
        return detail.page(self.session.db, "photo", record_id)

    def present(self, record: dict[str, Any]) -> None:
        self.form.load(record)
        if record["sha256"] != self._shown_sha:
            self._shown_sha = record["sha256"]
            preview = self.thumbnails.pixmap(record["sha256"])
            self.image.set_pixmap(preview if preview is not None else QPixmap())
            path = self.session.root / record["stored_path"]
            self._wanted = str(path)
            self._workers.submit(lambda: _load_photo(path), partial(self._loaded, str(path)))
        facts = []
        if record.get("interview_id"):
            facts.append(
                self.tr("From the interview %1").replace(
                    "%1",
                    link("interview", record["interview_id"], record.get("interview_title") or ""),
                )
            )
        size = f"{record.get('width') or '?'} × {record.get('height') or '?'}"
        facts.append(
            f"{record['original_name']} · {size}"
            + (f" · {record['camera']}" if record.get("camera") else "")
        )
        self.facts.setText("<br>".join(facts))
        self.people.set_entries(
            [(p["name"], p["id"]) for p in record["people"]], self.tr("Nobody is named yet.")
        )
        self.tags.set_tags(list(record["tags"]))
        self.collections.set_links(
            " · ".join(link("collection", c["id"], c["name"]) for c in record["collections"])
            or self.tr("In no collection."),
            bool(record["collections"]),
        )

    def _loaded(self, path: str, image: QImage) -> None:
        if path == self._wanted and not image.isNull():
            self.image.set_pixmap(QPixmap.fromImage(image))

    def wait_for_picture(self) -> None:
        self._workers.wait()

    def related_kinds(self) -> set[str]:
        return {"person", "interview", "place"}

    def _add_person(self) -> None:
        if self.record_id is None:
            return
        picker = PersonPicker(self.session, self.tr("Who is in this photo?"), parent=self)
        if not picker.exec():
            return
        text = self.tr("Name Person in Photo")
        if picker.person_id is not None:
            self.push(edits.depict(self.record_id, picker.person_id), text)
            return
        added = edits.add("person", {"name": picker.new_name or ""})
        self.push(edits.Batch([added, edits.depict(self.record_id, added.record_id)]), text)

    def _remove_person(self, person_id: str) -> None:
        if self.record_id is not None:
            self.push(edits.undepict(self.record_id, person_id), self.tr("Unname Person in Photo"))
