"""Finding a font with Chinese characters for the films' burned-in words.

Films carry their words as pixels, so the font must hold CJK glyphs, or every character would
come out as an empty box. Looked for, in order: a font named by the caller, the fonts we know
by path on Linux (WenQuanYi, Noto/Source Han, Droid), macOS (PingFang, Hiragino, STHeiti) and
Windows (Microsoft YaHei, SimHei), then fontconfig's own choice for Chinese when its
``fc-match`` is there. Where none is found, films are refused with :class:`NoSubtitleFont`
before anything is written, rather than made with unreadable words.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from functools import cache
from pathlib import Path

from archive_app.core.errors import ArchiveError

KNOWN_FONTS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/source-han-sans/SourceHanSansSC-Regular.otf",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/Hiragino Sans GB.ttc",
    "/System/Library/Fonts/STHeiti Medium.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simhei.ttf",
)


class NoSubtitleFont(ArchiveError):
    """No font with Chinese characters was found for the films' words."""

    def __init__(self, asked: Path | None = None) -> None:
        where = f" ({asked} cannot be read)" if asked else ""
        super().__init__(f"no font with Chinese characters found{where}")
        self.asked = asked


def find_cjk_font(asked: Path | None = None) -> Path:
    """The font file to draw Chinese words with. Raises :class:`NoSubtitleFont`."""
    if asked is not None:
        if Path(asked).is_file():
            return Path(asked)
        raise NoSubtitleFont(Path(asked))
    found = _search()
    if found is None:
        raise NoSubtitleFont()
    return found


@cache
def _search() -> Path | None:
    windows = os.environ.get("WINDIR")
    candidates = list(KNOWN_FONTS)
    if windows:
        candidates += [f"{windows}/Fonts/msyh.ttc", f"{windows}/Fonts/simhei.ttf"]
    for candidate in candidates:
        if Path(candidate).is_file():
            return Path(candidate)
    matcher = shutil.which("fc-match")
    if matcher:
        try:
            answer = subprocess.run(
                [matcher, "-f", "%{file}", ":lang=zh-cn"],
                capture_output=True,
                text=True,
                timeout=10,
                check=False,
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            answer = ""
        if answer and Path(answer).is_file():
            return Path(answer)
    return None
