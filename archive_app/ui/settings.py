"""The app's own settings (language, text size, recent archives, window state) in QSettings.

These belong to the person at this computer, not to an archive: they live in the user's settings
folder (an INI file on every system, so tests can point QSettings at a temporary folder).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "HometownVoices"
APPLICATION = "HometownVoices"

#: text sizes a person can choose: normal, large, larger (for older eyes)
TEXT_SCALES = (1.0, 1.25, 1.5)
RECENT_LIMIT = 8


class AppSettings:
    """Typed access to the settings; every read has a safe default."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
        )

    # -- language and text -----------------------------------------------------------------

    @property
    def language(self) -> str:
        """``system`` (follow the computer), ``zh_CN``, ``zh_TW`` or ``en``."""
        value = str(self.store.value("ui/language", "system"))
        return value if value in ("system", "zh_CN", "zh_TW", "en") else "system"

    @language.setter
    def language(self, value: str) -> None:
        self.store.setValue("ui/language", value)

    @property
    def text_scale(self) -> float:
        try:
            value = float(self.store.value("ui/text_scale", 1.0))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 1.0
        return value if value in TEXT_SCALES else 1.0

    @text_scale.setter
    def text_scale(self, value: float) -> None:
        self.store.setValue("ui/text_scale", value)

    # -- archives --------------------------------------------------------------------------

    @property
    def remembered_archives(self) -> list[Path]:
        """Every archive opened lately, most recent first, including those not there now (on
        a USB stick that is not plugged in, say)."""
        return [Path(v) for v in _strings(self.store.value("archives/recent", []))]

    @property
    def recent_archives(self) -> list[Path]:
        """Archives opened lately that are there now, most recent first."""
        return [p for p in self.remembered_archives if p.exists()]

    def add_recent(self, path: Path) -> None:
        path = Path(path).resolve()
        kept = [p for p in self.remembered_archives if p != path]
        self.store.setValue("archives/recent", [str(p) for p in [path, *kept][:RECENT_LIMIT]])

    def forget_recent(self, path: Path | None = None) -> None:
        """Forget one remembered archive, or all of them (``None``)."""
        kept = [] if path is None else [p for p in self.remembered_archives if p != Path(path)]
        self.store.setValue("archives/recent", [str(p) for p in kept])

    @property
    def last_archive(self) -> Path | None:
        """The archive opened last, whether or not it is there now."""
        remembered = self.remembered_archives
        return remembered[0] if remembered else None

    # -- window ----------------------------------------------------------------------------

    def window_state(self, name: str) -> QByteArray | None:
        value = self.store.value(f"window/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_state(self, name: str, value: QByteArray) -> None:
        self.store.setValue(f"window/{name}", value)

    def value(self, key: str, default: str = "") -> str:
        return str(self.store.value(key, default))

    def set_value(self, key: str, value: object) -> None:
        self.store.setValue(key, value)

    def saved_searches(self, archive: Path) -> list[str]:
        """Searches the person saved for one archive, in the order saved."""
        return _strings(self.store.value(f"searches/{_key(archive)}", []))

    def set_saved_searches(self, archive: Path, searches: list[str]) -> None:
        self.store.setValue(f"searches/{_key(archive)}", searches)

    def sync(self) -> None:
        self.store.sync()


def _key(archive: Path) -> str:
    """A settings key for an archive folder (QSettings keys must not hold slashes)."""
    import hashlib

    return hashlib.sha1(str(Path(archive).resolve()).encode("utf-8")).hexdigest()[:16]


def _strings(value: object) -> list[str]:
    """A list of strings as QSettings gives it back: a list, a bare string for a one-item list
    (the INI format), or nothing."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple):
        return []
    return [str(v) for v in value if v]
