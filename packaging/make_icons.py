"""Draw the app's icon at every size from its SVG source.

    python packaging/make_icons.py            # resources/icons/hometown-voices-<N>.png
    python packaging/make_icons.py OUT_DIR    # and OUT_DIR/hometown-voices.ico and .icns

The PNG files are committed (the running app and the desktop entry use them); the Windows and
macOS icon files are made at build time. Qt's own SVG renderer draws the pictures, Pillow writes
the .ico and .icns containers.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "hometown-voices.svg"
#: the sizes desktops ask for (hicolor theme, Windows .ico, macOS .icns)
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_path(size: int) -> Path:
    return ICONS / f"hometown-voices-{size}.png"


def render(size: int, source: Path = SOURCE) -> bytes:
    """The icon as PNG bytes, ``size`` pixels square."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        _keep.append(QGuiApplication([sys.argv[0]]))
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


_keep: list[object] = []


def write_pngs() -> list[Path]:
    made = []
    for size in SIZES:
        path = png_path(size)
        path.write_bytes(render(size))
        made.append(path)
    return made


def write_containers(out: Path) -> list[Path]:
    """hometown-voices.ico (16..256) and hometown-voices.icns (16..512) in ``out``."""
    import io

    from PIL import Image

    out.mkdir(parents=True, exist_ok=True)
    pictures = {size: Image.open(io.BytesIO(render(size))).convert("RGBA") for size in SIZES}
    ico = out / "hometown-voices.ico"
    ico_sizes = [(s, s) for s in SIZES if s <= 256]
    pictures[256].save(ico, format="ICO", sizes=ico_sizes)
    icns = out / "hometown-voices.icns"
    largest = pictures[512]
    others = [pictures[s] for s in SIZES if s < 512]
    largest.save(icns, format="ICNS", append_images=others)
    return [ico, icns]


def main(argv: list[str]) -> int:
    for path in write_pngs():
        print(path.relative_to(ROOT))
    if argv:
        for path in write_containers(Path(argv[0])):
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
