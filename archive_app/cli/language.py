"""The command's words in the user's language: Simplified Chinese, Traditional Chinese or English,
chosen from the locale (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``, as gettext does).

The words come from the app's own catalogue, ``resources/translations/hometown_voices_*.ts``:
the same sources the app's ``.qm`` files are compiled from (a test checks both give the same
words). The command reads the ``.ts`` with the standard library rather than loading the ``.qm``
through Qt's ``QTranslator``, because importing QtCore costs ~150 ms on every start and reading
the catalogue ~10 ms (``benchmarks/cli_start_bench.py``); in English nothing is read at all.

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

from archive_app.core import words
from archive_app.core.words import Word

#: the languages the command speaks, named as the catalogue files are
LANGUAGES = ("zh_CN", "zh_TW", "en")
CATALOGUE_NAME = "hometown_voices"

#: lupdate files a bare ``tr("...")`` under the unnamed context
CONTEXT = ""
ARGPARSE_CONTEXT = "argparse"
#: the words of the catalogue's codes, shared with the app (:mod:`archive_app.core.words`)
VOCABULARY_CONTEXT = words.CONTEXT

_TRADITIONAL = {"tw", "hk", "mo", "hant"}

#: ``(context, source, disambiguation) -> translation``
Catalogue = dict[tuple[str, str, str | None], str]

# The words of this process (None: English, the source texts). Set by :func:`install`.
_catalogue: Catalogue | None = None
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
    global _catalogue, _language
    _catalogue = None
    _language = "en"
    if language in LANGUAGES and language != "en":
        _catalogue = read_catalogue(language)
        if _catalogue:
            _language = language
        else:
            _catalogue = None
    _speak_through_argparse(_catalogue is not None)


def current() -> str:
    """The language being spoken."""
    return _language


def read_catalogue(
    language: str, contexts: tuple[str, ...] = (CONTEXT, ARGPARSE_CONTEXT, VOCABULARY_CONTEXT)
) -> Catalogue:
    """The finished translations of ``contexts`` in the catalogue of ``language`` (empty when
    it cannot be read), as lrelease would compile them."""
    import xml.etree.ElementTree as ET  # here: English never needs it

    from archive_app.resources import resources_dir

    path = resources_dir() / "translations" / f"{CATALOGUE_NAME}_{language}.ts"
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}
    words: Catalogue = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        if name not in contexts:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or not translation.text:
                continue  # unfinished, vanished or obsolete: lrelease leaves these out too
            source = message.findtext("source") or ""
            words[(name, source, message.findtext("comment"))] = translation.text
    return words


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """``text`` of catalogue ``context`` in the current language (itself when untranslated)."""
    if _catalogue is None:
        return text
    return _catalogue.get((context, text, disambiguation)) or text


def say(word: Word) -> str:
    """One of the catalogue's words (a status, a role...: :mod:`archive_app.core.words`) in the
    current language."""
    return translate(VOCABULARY_CONTEXT, word.source, word.disambiguation)


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
