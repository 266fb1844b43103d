"""The transcriber's hotkeys: what each does, its key (changeable, kept in the settings), and
the small playback preferences that go with them (how far to jump, how much to hear again).

The defaults follow transcription tools people already know (Esc to play and pause, F1-F4 to
move and change speed) and avoid Ctrl+Space, which switches the input method on Chinese systems.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QKeySequence

from archive_app.ui.settings import AppSettings

_GROUP = "transcription/hotkeys/"


@dataclass(frozen=True)
class Hotkey:
    name: str
    default: str  # in QKeySequence's portable text


#: every hotkey, in the order the help panel lists them
HOTKEYS: tuple[Hotkey, ...] = (
    Hotkey("play_pause", "Esc"),
    Hotkey("back", "F1"),
    Hotkey("forward", "F2"),
    Hotkey("slower", "F3"),
    Hotkey("faster", "F4"),
    Hotkey("insert_timestamp", "Ctrl+T"),
    Hotkey("split", "Ctrl+Return"),
    Hotkey("merge", "Ctrl+J"),
    Hotkey("next_speaker", "Ctrl+K"),
    Hotkey("add_chapter", "Ctrl+M"),
    Hotkey("find_replace", "Ctrl+H"),
    Hotkey("show_help", "Ctrl+/"),
)

_BY_NAME = {hotkey.name: hotkey for hotkey in HOTKEYS}


def describe(name: str) -> str:
    """What a hotkey does, in the user's language."""
    # spelled out call by call so that pyside6-lupdate finds every string
    return {
        "play_pause": QCoreApplication.translate(
            "Hotkeys", "Play or pause (on resuming, the last moment is heard again)"
        ),
        "back": QCoreApplication.translate("Hotkeys", "Jump back"),
        "forward": QCoreApplication.translate("Hotkeys", "Jump forward"),
        "slower": QCoreApplication.translate("Hotkeys", "Slower"),
        "faster": QCoreApplication.translate("Hotkeys", "Faster"),
        "insert_timestamp": QCoreApplication.translate(
            "Hotkeys", "Insert timestamp: this passage starts now, then go to the next"
        ),
        "split": QCoreApplication.translate(
            "Hotkeys", "Split the passage at the cursor, at the playhead"
        ),
        "merge": QCoreApplication.translate("Hotkeys", "Merge with the next passage"),
        "next_speaker": QCoreApplication.translate("Hotkeys", "Next speaker"),
        "add_chapter": QCoreApplication.translate("Hotkeys", "New chapter here"),
        "find_replace": QCoreApplication.translate("Hotkeys", "Find and replace"),
        "show_help": QCoreApplication.translate("Hotkeys", "Show or hide these hotkeys"),
    }.get(name, name)


class HotkeySet(QObject):
    """The keys in use, read from and written to the settings."""

    changed = Signal()

    def __init__(self, settings: AppSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or AppSettings()

    def sequence(self, name: str) -> QKeySequence:
        hotkey = _BY_NAME[name]
        stored = self.settings.value(_GROUP + name, hotkey.default)
        return QKeySequence(stored, QKeySequence.SequenceFormat.PortableText)

    def text(self, name: str) -> str:
        """The key as this system writes it (``Ctrl+T``, ``⌘T``...)."""
        return self.sequence(name).toString(QKeySequence.SequenceFormat.NativeText)

    def conflict(self, name: str, sequence: QKeySequence) -> str | None:
        """The other hotkey already using ``sequence``, if any."""
        if sequence.isEmpty():
            return None
        for hotkey in HOTKEYS:
            if hotkey.name != name and self.sequence(hotkey.name) == sequence:
                return hotkey.name
        return None

    def set_sequence(self, name: str, sequence: QKeySequence) -> str | None:
        """Use ``sequence`` for ``name``; refused (returning the hotkey that has it) when
        another hotkey already uses it."""
        taken = self.conflict(name, sequence)
        if taken is not None:
            return taken
        self.settings.set_value(
            _GROUP + name, sequence.toString(QKeySequence.SequenceFormat.PortableText)
        )
        self.changed.emit()
        return None

    def reset(self) -> None:
        for hotkey in HOTKEYS:
            self.settings.set_value(_GROUP + hotkey.name, hotkey.default)
        self.changed.emit()

    # -- playback preferences ----------------------------------------------------------------

    def _seconds(self, key: str, default: float, low: float, high: float) -> float:
        try:
            value = float(self.settings.value(key, str(default)))
        except ValueError:
            return default
        return min(max(value, low), high)

    @property
    def jump_s(self) -> float:
        """How far the back and forward hotkeys move."""
        return self._seconds("transcription/jump_s", 3.0, 0.5, 60.0)

    @jump_s.setter
    def jump_s(self, value: float) -> None:
        self.settings.set_value("transcription/jump_s", value)
        self.changed.emit()

    @property
    def resume_rewind_s(self) -> float:
        """How much is heard again when playback resumes after a pause."""
        return self._seconds("transcription/resume_rewind_s", 1.0, 0.0, 10.0)

    @resume_rewind_s.setter
    def resume_rewind_s(self, value: float) -> None:
        self.settings.set_value("transcription/resume_rewind_s", value)
        self.changed.emit()
