"""Which column holds what: guessed from the header, corrected by ``--map COLUMN=FIELD``."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from archive_app.core.errors import InvalidValue

#: what a column can hold
FIELDS: tuple[str, ...] = ("title", "date", "place", "narrator", "notes", "file")
#: a column mapped to this is left out
IGNORE = "ignore"

#: words a header may hold, by field (lower case, compared after removing spaces and marks)
_WORDS: dict[str, tuple[str, ...]] = {
    "title": (
        "title",
        "标题",
        "題目",
        "题目",
        "名称",
        "故事",
        "访谈",
        "訪談",
        "interview",
        "story",
    ),
    "date": ("date", "日期", "时间", "時間", "day", "when", "采访日期", "访谈日期"),
    "place": ("place", "地点", "地點", "村", "location", "where", "地方", "乡镇"),
    "narrator": (
        "narrator",
        "讲述人",
        "講述人",
        "受访者",
        "受訪者",
        "口述人",
        "interviewee",
        "speaker",
        "姓名",
        "name",
    ),
    "notes": ("notes", "note", "备注", "備註", "摘要", "summary", "说明", "說明", "remarks"),
    "file": ("file", "文件", "檔案", "文件名", "录音", "錄音", "recording", "filename", "audio"),
}


def _plain(header: str) -> str:
    return re.sub(r"[\s_\-:：()（）]+", "", header).casefold()


def guess_mapping(header: Sequence[str]) -> dict[str, str]:
    """Column name -> field, for the columns whose header says what they hold (each field once,
    the first column that claims it; exact words before words inside longer headers)."""
    found: dict[str, str] = {}
    taken: set[str] = set()
    for exact in (True, False):
        for column in header:
            if column in found or not column.strip():
                continue
            plain = _plain(column)
            for field, words in _WORDS.items():
                if field in taken:
                    continue
                hit = plain in words if exact else any(w in plain for w in words)
                if hit:
                    found[column] = field
                    taken.add(field)
                    break
    return {c: found[c] for c in header if c in found}


def parse_map(items: Iterable[str], header: Sequence[str]) -> dict[str, str]:
    """``COLUMN=FIELD`` items as a mapping; :class:`InvalidValue` for an unknown column or field."""
    mapping: dict[str, str] = {}
    for item in items:
        column, sep, field = item.partition("=")
        column, field = column.strip(), field.strip().lower()
        if not sep:
            raise InvalidValue("map", item, "COLUMN=FIELD")
        if column not in header:
            raise InvalidValue("column", column, ", ".join(header))
        if field not in (*FIELDS, IGNORE):
            raise InvalidValue("field", field, ", ".join((*FIELDS, IGNORE)))
        mapping[column] = field
    return mapping


def combined(guessed: Mapping[str, str], chosen: Mapping[str, str]) -> dict[str, str]:
    """The guess corrected by the user's choices; a field chosen for one column is taken from
    any column the guess gave it to."""
    result = {c: f for c, f in guessed.items() if f not in chosen.values() and c not in chosen}
    result.update({c: f for c, f in chosen.items() if f != IGNORE})
    return result
