"""The command's words in the user's language: Simplified Chinese, Traditional Chinese or English,
chosen from the locale (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``, as gettext does).

The words come from the app's own catalogue (``resources/translations/hometown_voices_*.ts``,
compiled to ``.qm``), read through a ``QTranslator`` that needs no application object. Qt is
imported only when the language is Chinese: in English every word is its own source text, and
``archive-app`` starts as fast as before.

``tr("text")`` translates one of the command's own texts (``build.py update`` collects every
literal given to it); ``{name}`` placeholders are filled afterwards with ``.format``. argparse's
own words (``usage:``, ``error:``, ``the following arguments are required``) are translated too,
in the catalogue's ``argparse`` context (see :mod:`archive_app.cli.argparse_words`).
"""

from __future__ import annotations

import argparse
import gettext
import os
from collections.abc import Callable, Mapping
from typing import Any

#: the languages the command speaks, named as the catalogue files are
LANGUAGES = ("zh_CN", "zh_TW", "en")
CATALOGUE_NAME = "hometown_voices"

#: lupdate files a bare ``tr("...")`` under the unnamed context
CONTEXT = ""
ARGPARSE_CONTEXT = "argparse"

_TRADITIONAL = {"tw", "hk", "mo", "hant"}

# The one translator of this process (None: English). Set by :func:`install`.
_translator: Any = None
_language = "en"


def language_from(environ: Mapping[str, str] | None = None) -> str:
    """The language (one of :data:`LANGUAGES`) that the locale settings in ``environ`` ask for:
    Traditional Chinese for Taiwan, Hong Kong, Macau or a ``Hant`` script, Simplified for other
    Chinese, English otherwise. ``LANGUAGE`` (a list, first entry counts) is honoured unless the
    locale is plain ``C``, as GNU gettext does."""
    environ = os.environ if environ is None else environ
    locale = next(
        (environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(name)), ""
    )
    wanted = locale
    preference = environ.get("LANGUAGE", "").split(":")[0]
    if preference and locale.split(".")[0] not in ("", "C", "POSIX"):
        wanted = preference
    return _language_of(wanted)


def _language_of(tag: str) -> str:
    parts = tag.split(".")[0].split("@")[0].replace("-", "_").lower().split("_")
    if parts[0] != "zh":
        return "en"
    return "zh_TW" if _TRADITIONAL.intersection(parts[1:]) else "zh_CN"


def install(language: str) -> None:
    """Speak ``language`` from now on (the command's texts and argparse's). English, or a
    language whose catalogue cannot be read, uses the source texts."""
    global _translator, _language
    _translator = None
    _language = "en"
    if language in LANGUAGES and language != "en":
        _translator = _load(language)
        if _translator is not None:
            _language = language
    _speak_through_argparse(_translator is not None)


def current() -> str:
    """The language being spoken."""
    return _language


def _load(language: str) -> Any:
    from PySide6.QtCore import QTranslator

    from archive_app.resources import resources_dir

    translator = QTranslator()
    folder = resources_dir() / "translations"
    if not translator.load(f"{CATALOGUE_NAME}_{language}", str(folder)):
        return None
    return translator


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """``text`` of catalogue ``context`` in the current language (itself when untranslated)."""
    if _translator is None:
        return text
    return str(_translator.translate(context, text, disambiguation)) or text


def tr(text: str, disambiguation: str | None = None) -> str:
    """One of the command's texts in the current language. Give it a literal, so that
    ``build.py update`` collects it; fill ``{placeholders}`` afterwards with ``.format``."""
    return translate(CONTEXT, text, disambiguation)


# -- argparse's own words --------------------------------------------------------------------

# argparse looks these two names up in its module each time it words something; they are put
# back to gettext's own when the language is English again.
_GETTEXT: tuple[Callable[[str], str], Callable[[str, str, int], str]] = (
    gettext.gettext,
    gettext.ngettext,
)


def _argparse_gettext(message: str) -> str:
    return translate(ARGPARSE_CONTEXT, message)


def _argparse_ngettext(singular: str, plural: str, count: int) -> str:
    return translate(ARGPARSE_CONTEXT, singular if count == 1 else plural)


def _speak_through_argparse(translated: bool) -> None:
    words, plural_words = (_argparse_gettext, _argparse_ngettext) if translated else _GETTEXT
    setattr(argparse, "_", words)  # noqa: B010 (argparse's module-level gettext alias)
    setattr(argparse, "ngettext", plural_words)  # noqa: B010
