"""Languages and fonts: which language to show, its translators (ours and Qt's own), CJK fonts
and the larger-text setting."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

#: the languages the app speaks, as stored in settings and named in .ts/.qm files
LANGUAGES = ("zh_CN", "zh_TW", "en")
CATALOGUE_NAME = "hometown_voices"

# Each list starts with the system font of Windows, then macOS, then common Linux CJK fonts, so
# that characters never fall back to empty boxes; WenQuanYi covers both scripts.
FONT_FAMILIES: dict[str, list[str]] = {
    "zh_CN": [
        "Microsoft YaHei UI",
        "Microsoft YaHei",
        "PingFang SC",
        "Hiragino Sans GB",
        "Noto Sans CJK SC",
        "Source Han Sans SC",
        "WenQuanYi Micro Hei",
    ],
    "zh_TW": [
        "Microsoft JhengHei UI",
        "Microsoft JhengHei",
        "PingFang TC",
        "Noto Sans CJK TC",
        "Source Han Sans TC",
        "WenQuanYi Micro Hei",
    ],
    "en": [
        "Segoe UI",
        ".AppleSystemUIFont",
        "Helvetica Neue",
        "Noto Sans",
        "DejaVu Sans",
        # archive content is Chinese whatever the interface language
        "Microsoft YaHei",
        "PingFang SC",
        "Noto Sans CJK SC",
        "WenQuanYi Micro Hei",
    ],
}


def resources_dir() -> Path:
    """The ``resources`` folder (translations, styles, icons)."""
    from archive_app.resources import resources_dir as located

    return located()


def translations_dir() -> Path:
    return resources_dir() / "translations"


def system_language(locale: QLocale | None = None) -> str:
    """The app language closest to the computer's: Traditional Chinese for Taiwan, Hong Kong
    and Macau or a Traditional script, Simplified for other Chinese, English otherwise."""
    locale = locale or QLocale.system()
    if locale.language() != QLocale.Language.Chinese:
        return "en"
    traditional_places = (
        QLocale.Country.Taiwan,
        QLocale.Country.HongKong,
        QLocale.Country.Macao,
    )
    if (
        locale.script() == QLocale.Script.TraditionalHanScript
        or locale.territory() in traditional_places
    ):
        return "zh_TW"
    return "zh_CN"


def resolve_language(setting: str) -> str:
    """The language to show for a settings value (``system`` follows the computer)."""
    return setting if setting in LANGUAGES else system_language()


def without_mnemonic(text: str) -> tuple[str, str]:
    """``("Look in:", "L")`` for ``"&Look in:"``: the text without its mnemonic marker, and the
    mnemonic's letter (empty when there is none; ``&&`` is a plain ampersand)."""
    at = 0
    while True:
        at = text.find("&", at)
        if at < 0 or at + 1 >= len(text):
            return text, ""
        if text[at + 1] == "&":
            at += 2
            continue
        return text[:at] + text[at + 1 :], text[at + 1]


def with_mnemonic(text: str, letter: str) -> str:
    """A translated label given its mnemonic the way Chinese labels carry one: ``(&L)`` after
    the words and before a closing colon or ellipsis, as in ``查找范围(&L)：``."""
    if not letter or "&" in text.replace("&&", ""):
        return text
    words = text.rstrip()
    tail = ""
    for ending in ("：", ":", "…", "..."):
        if words.endswith(ending):
            words, tail = words[: -len(ending)], ending
            break
    return f"{words}(&{letter.upper()}){tail}"


#: Qt 6 contexts whose words Qt 5 kept under another name, which Qt's Chinese catalogues
#: still use: a file's kind in the file dialog ("Folder", "%1 File") moved to QtGui
MOVED_CONTEXTS = {"QAbstractFileIconProvider": ("QFileDialog", "QFileIconProvider")}


class QtWordsFallback(QTranslator):
    """Qt's own words that Qt's catalogue for a language lacks only because Qt 6 changed how
    it asks for them, so that they showed in English in a Chinese app:

    - a mnemonic was added: the file dialog's "&Look in:" and "Files of &type:", where the
      Chinese qtbase catalogues translate only "Look in:" and "Files of type:". The words are
      looked up without the ``&`` and the mnemonic put back, ``查找范围(&L)：``;
    - the words moved to another context (:data:`MOVED_CONTEXTS`): a folder's kind,
      "Folder", is asked for under QAbstractFileIconProvider, translated under QFileDialog.

    Asked last (installed first), after Qt's and our catalogues found nothing."""

    def __init__(self, catalogue: QTranslator, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue

    def translate(  # type: ignore[override]
        self,
        context: str | None,
        source: str | None,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        if not context or not source:
            return None
        for where in (context, *MOVED_CONTEXTS.get(context, ())):
            if where != context:
                found = self.catalogue.translate(where, source, disambiguation, n)
                if found:
                    return found
            if "&" in source:
                plain, letter = without_mnemonic(source)
                found = self.catalogue.translate(where, plain, disambiguation, n) if letter else ""
                if found:
                    return with_mnemonic(found, letter)
        return None

    def isEmpty(self) -> bool:
        return False


class LanguageInstaller:
    """Holds the translators installed in the application so they can be swapped."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> None:
        """Show ``language``: our catalogue and Qt's own strings (buttons, dialogs)."""
        app = QCoreApplication.instance()
        assert app is not None
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ours = QTranslator(app)
        if ours.load(f"{CATALOGUE_NAME}_{language}", str(translations_dir())):
            self._installed.append(ours)
        if language != "en":
            qt_words = QTranslator(app)
            if qt_words.load(f"qtbase_{language}", qt_dir):
                # the translator installed last is asked first: the fallback goes in first
                self._installed[:0] = [QtWordsFallback(qt_words, app), qt_words]
        for translator in self._installed:
            app.installTranslator(translator)
        self.language = language
        QLocale.setDefault(_locale_of(language))


def _locale_of(language: str) -> QLocale:
    if language == "zh_TW":
        return QLocale(
            QLocale.Language.Chinese, QLocale.Script.TraditionalHanScript, QLocale.Country.Taiwan
        )
    if language == "zh_CN":
        return QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


_base_point_size: float | None = None


def apply_font(app: QApplication, language: str, scale: float) -> None:
    """Set the application font: a CJK-capable family list for ``language``, sized by
    ``scale`` (1.0 normal, 1.25 large, 1.5 larger)."""
    global _base_point_size
    if _base_point_size is None:
        size = app.font().pointSizeF()
        _base_point_size = size if size > 0 else 10.0
    font = QFont(app.font())
    font.setFamilies(FONT_FAMILIES.get(language, FONT_FAMILIES["en"]))
    font.setPointSizeF(round(_base_point_size * scale, 1))
    app.setFont(font)
