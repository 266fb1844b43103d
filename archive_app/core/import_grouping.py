"""How files of one import are grouped into interviews, from their names and folders.

Files sharing a base name in one folder (``grandma 2024-02-10.m4a`` and
``grandma 2024-02-10.en.srt``) belong to the same interview; the base name also gives a new
interview its title and, when it holds a date, its date.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

# a trailing language or tier tag before the extension: '.en', '.zh-Hant', '.zh_CN', '.yue'
_LANGUAGE_TAG = re.compile(r"\.[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,4})?$")
_DATE_IN_NAME = re.compile(
    r"(?<!\d)((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)"
)

#: words in a file name that make an image a document rather than a photo
_DOCUMENT_WORDS = (
    "consent",
    "form",
    "letter",
    "scan",
    "release",
    "同意",
    "知情",
    "授权",
    "书信",
    "来信",
    "家书",
)


def base_name(path: Path) -> str:
    """The name without its extension and without a trailing language tag."""
    stem = unicodedata.normalize("NFC", path.stem)
    tagged = _LANGUAGE_TAG.search(stem)
    if tagged and len(stem) > len(tagged[0]):
        stem = stem[: tagged.start()]
    return stem.strip()


def language_tag(path: Path) -> str:
    """The language tag in a name such as ``story.en.srt`` ('en'), or ''."""
    tagged = _LANGUAGE_TAG.search(path.stem)
    return tagged[0][1:] if tagged and len(path.stem) > len(tagged[0]) else ""


def group_key(path: Path) -> tuple[str, str]:
    """Files with the same key belong to the same interview."""
    return (str(path.parent), base_name(path).casefold())


def title_from_name(path: Path) -> str:
    """A readable interview title from a file name: separators become spaces."""
    title = re.sub(r"[_]+", " ", base_name(path))
    title = re.sub(r"\s+", " ", title).strip()
    return title or path.name


def date_from_name(path: Path) -> str | None:
    """``2024-02-10`` from names such as ``grandma 2024-02-10`` or ``REC_20240210_0932``."""
    found = _DATE_IN_NAME.search(path.stem)
    if not found:
        return None
    return f"{found[1]}-{found[2]}-{found[3]}"


def looks_like_document(path: Path) -> bool:
    """Whether an image's name says it is a scanned form or letter rather than a photo."""
    name = path.stem.casefold()
    return any(word in name for word in _DOCUMENT_WORDS)
