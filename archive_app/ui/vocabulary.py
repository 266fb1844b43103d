"""The catalogue's fixed words (statuses, roles, relationships, place levels...) in the user's
language. Core stores the English codes; only these functions turn them into words."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication, QLocale

from archive_app.core import words
from archive_app.core.words import Word

#: an interview's statuses and a document's types, in the order of work
STATUSES = ("recorded", "transcribed", "reviewed", "ready")
DOCUMENT_TYPES = ("consent_form", "letter", "other")


def say(word: Word) -> str:
    """One of the catalogue's words (:mod:`archive_app.core.words`) in the app's language."""
    return QCoreApplication.translate(words.CONTEXT, word.source, word.disambiguation)


def _name(table: Mapping[str, Word], code: str | None, unknown: str | None = None) -> str:
    """The words of ``code`` in ``table``; a code the table lacks reads as ``unknown`` (by
    default the code itself: what older archives stored as typed is shown as it is)."""
    word = table.get(code or "")
    if word is not None:
        return say(word)
    return (code or "") if unknown is None else unknown


def status_name(code: str) -> str:
    return _name(words.STATUS, code)


def role_name(code: str) -> str:
    return _name(words.ROLE, code)


def relationship_name(code: str) -> str:
    return _name(words.RELATIONSHIP, code)


def level_name(code: str | None) -> str:
    return _name(words.LEVEL, code, unknown="")


def document_type_name(code: str) -> str:
    return _name(words.DOCUMENT_TYPE, code)


def gender_name(code: str | None) -> str:
    """A gender code (core's ``people.GENDERS``) as a word; what older archives stored as typed
    (not a code) is shown as it is."""
    return _name(words.GENDER, code)


def kind_name(kind: str) -> str:
    """A record kind as a singular noun (for search results, messages)."""
    return _name(words.KIND, kind)


def audience_name(code: str) -> str:
    """Who may see an item: the audiences consent is given for."""
    return {
        "family": QCoreApplication.translate("Vocabulary", "Family", "audience"),
        "community": QCoreApplication.translate("Vocabulary", "Community"),
        "researchers": QCoreApplication.translate("Vocabulary", "Researchers"),
        "research": QCoreApplication.translate("Vocabulary", "Researchers"),
        "public": QCoreApplication.translate("Vocabulary", "Public"),
        "curator": QCoreApplication.translate("Vocabulary", "Curators"),
        "archive": QCoreApplication.translate("Vocabulary", "Archive staff"),
    }.get(code, code)


def list_text(items: Iterable[object]) -> str:
    """Several names in one line, as the app's language writes a list: 家人、研究者 in Chinese,
    "Family, Researchers" in English."""
    comma = QCoreApplication.translate(
        "Vocabulary",
        "、",
        "between the items of a list: 、 in Chinese, a comma and a space in English",
    )
    return comma.join(str(item) for item in items)


def _language_names() -> dict[str, str]:
    """The languages and Chinese varieties an oral history here is likely told in, by code
    (written Chinese by its script: ``zh-Hans``, ``zh-Hant``)."""
    return {
        "zh": QCoreApplication.translate("Vocabulary", "Chinese"),
        "zh-hans": QCoreApplication.translate("Vocabulary", "Simplified Chinese"),
        "zh-hant": QCoreApplication.translate("Vocabulary", "Traditional Chinese"),
        "cmn": QCoreApplication.translate("Vocabulary", "Mandarin"),
        "yue": QCoreApplication.translate("Vocabulary", "Cantonese"),
        "nan": QCoreApplication.translate("Vocabulary", "Min Nan (Hokkien, Teochew)"),
        "hak": QCoreApplication.translate("Vocabulary", "Hakka"),
        "wuu": QCoreApplication.translate("Vocabulary", "Wu (Shanghainese)"),
        "hsn": QCoreApplication.translate("Vocabulary", "Xiang (Hunanese)"),
        "gan": QCoreApplication.translate("Vocabulary", "Gan"),
        "cjy": QCoreApplication.translate("Vocabulary", "Jin"),
        "cdo": QCoreApplication.translate("Vocabulary", "Min Dong (Fuzhounese)"),
        "en": QCoreApplication.translate("Vocabulary", "English"),
        "ja": QCoreApplication.translate("Vocabulary", "Japanese"),
        "ko": QCoreApplication.translate("Vocabulary", "Korean"),
        "vi": QCoreApplication.translate("Vocabulary", "Vietnamese"),
        "fr": QCoreApplication.translate("Vocabulary", "French"),
        "de": QCoreApplication.translate("Vocabulary", "German"),
        "es": QCoreApplication.translate("Vocabulary", "Spanish"),
        "ru": QCoreApplication.translate("Vocabulary", "Russian"),
    }


#: the subtags after ``zh`` that say which script Chinese is written in
_TRADITIONAL = {"hant", "tw", "hk", "mo"}
_SIMPLIFIED = {"hans", "cn", "sg", "my"}


def language_name(code: str | None) -> str:
    """A language code (``zh-Hans``, ``en``, ``yue``) as the language's name in the user's
    language (简体中文, English...). A name typed in place of a code (西南官话) is shown as it
    is; a code this list does not know, by the name the language calls itself."""
    text = (code or "").strip()
    parts = text.lower().replace("_", "-").split("-")
    names = _language_names()
    if parts[0] == "zh" and len(parts) > 1:
        if _TRADITIONAL.intersection(parts[1:]):
            return names["zh-hant"]
        if _SIMPLIFIED.intersection(parts[1:]):
            return names["zh-hans"]
        if parts[1] in names:  # an older way to name a variety: zh-yue, zh-hak
            return names[parts[1]]
    if parts[0] in names:
        return names[parts[0]]
    if (
        text.isascii()
        and text.replace("-", "").replace("_", "").isalpha()
        and len(parts[0]) in (2, 3)
    ):
        locale = QLocale(text.replace("-", "_"))
        if locale.language() not in (QLocale.Language.C, QLocale.Language.AnyLanguage):
            return locale.nativeLanguageName() or QLocale.languageToString(locale.language())
    return text


def audience_list(codes: Iterable[str]) -> str:
    """Several audiences in a line, with the language's own list separator ("、" or ", ")."""
    return list_text(audience_name(code) for code in codes)


def duration_text(seconds: float | None) -> str:
    """``1:02:03`` or ``12:05`` for a recording's length; empty when unknown."""
    if not seconds:
        return ""
    total = int(round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


#: a day and a time of day as a person types them: ``2023-10-03 11:09`` (a space, or a ``T``)
MOMENT = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:\s+|T)(\d{1,2}:\d{2}(?::\d{2})?)$")


def moment_text(stored: str | None) -> str:
    """A stored moment as a person reads it: ``2023-10-03 11:09:43``, not ISO's ``T``."""
    found = MOMENT.match((stored or "").strip())
    return f"{found.group(1)} {found.group(2)}" if found else (stored or "")
