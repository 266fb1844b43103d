"""The app speaks Simplified Chinese, Traditional Chinese and English, follows the computer's
language, switches in settings, translates Qt's own buttons, and can show larger text."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QFileInfo, QLocale
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFileIconProvider,
    QLabel,
)

from archive_app.ui import i18n
from archive_app.ui.launch import AppController
from archive_app.ui.settings import AppSettings
from tests.ui.helpers import answer_next_dialog

TRANSLATIONS = i18n.translations_dir()


def _load_build_script() -> Any:
    spec = importlib.util.spec_from_file_location("translation_build", TRANSLATIONS / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


translation_build = _load_build_script()
UI = Path(i18n.__file__).resolve().parent


def _messages(language: str) -> list[tuple[str, ET.Element]]:
    tree = ET.parse(TRANSLATIONS / f"{i18n.CATALOGUE_NAME}_{language}.ts")
    return [
        (context.findtext("name") or "", message)
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    ]


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_string_is_translated_with_its_placeholders(language: str) -> None:
    messages = _messages(language)
    assert len(messages) > 300
    for context, message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, (context, source)
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            assert form.strip(), (context, source)
            for mark in ("%1", "%2", "%n"):
                assert (mark in source) == (mark in form), (language, source, form)


def test_compiled_translations_match_their_sources(tmp_path: Path) -> None:
    for qm in translation_build.release(tmp_path):
        committed = TRANSLATIONS / qm.name
        assert committed.read_bytes() == qm.read_bytes(), (
            f"{committed.name} is stale: run python resources/translations/build.py release"
        )


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (QLocale(QLocale.Language.Chinese, QLocale.Country.China), "zh_CN"),
        (QLocale(QLocale.Language.Chinese, QLocale.Country.Taiwan), "zh_TW"),
        (QLocale(QLocale.Language.Chinese, QLocale.Country.HongKong), "zh_TW"),
        (
            QLocale(
                QLocale.Language.Chinese,
                QLocale.Script.TraditionalHanScript,
                QLocale.Country.UnitedStates,
            ),
            "zh_TW",
        ),
        (QLocale(QLocale.Language.French, QLocale.Country.France), "en"),
    ],
)
def test_the_computers_language_is_followed(locale: QLocale, expected: str) -> None:
    assert i18n.system_language(locale) == expected


@pytest.fixture
def controller(qtbot: Any, archive_path: Path, private_settings: AppSettings) -> Any:
    made = AppController(QApplication.instance(), private_settings)
    yield made
    made.shutdown()
    made.installer.install("en")


def test_the_window_speaks_simplified_chinese(
    qtbot: Any, controller: Any, archive_path: Path, private_settings: AppSettings
) -> None:
    private_settings.language = "zh_CN"
    controller.apply_look()
    controller.open(archive_path)
    window = controller.window
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:2] == ["文件(&F)", "编辑(&E)"]
    assert window.search_field.placeholderText().startswith("搜索访谈")
    table = window.lists.pane("interview").view
    assert table.model().headerData(0, table.horizontalHeader().orientation()) == "标题"
    families = [f.lower() for f in QApplication.font().families()]
    assert "wenquanyi micro hei" in families  # CJK text never turns into boxes


def test_switching_to_traditional_chinese_in_settings(
    qtbot: Any, controller: Any, archive_path: Path
) -> None:
    controller.open(archive_path)
    first = controller.window

    def choose(dialog: Any) -> None:
        combo = dialog.findChild(QComboBox, "languageChoice")
        combo.setCurrentIndex(combo.findData("zh_TW"))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    answer_next_dialog(qtbot, choose)
    first.menus.settings_action.trigger()
    window = controller.window
    assert window is not first
    assert window.search_field.placeholderText().startswith("搜尋訪談")
    assert [a.text() for a in window.menuBar().actions()][1] == "編輯(&E)"


def test_qts_own_buttons_are_translated(
    qtbot: Any, controller: Any, archive_path: Path, private_settings: AppSettings
) -> None:
    private_settings.language = "zh_CN"
    controller.apply_look()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"


def test_larger_text_for_older_eyes(
    qtbot: Any, controller: Any, archive_path: Path, private_settings: AppSettings
) -> None:
    controller.apply_look()
    normal = QApplication.font().pointSizeF()
    private_settings.text_scale = 1.5
    controller.apply_look()
    try:
        assert QApplication.font().pointSizeF() == pytest.approx(normal * 1.5, abs=0.1)
    finally:
        private_settings.text_scale = 1.0
        controller.apply_look()


@pytest.mark.parametrize(
    ("language", "labels", "folder"),
    [
        ("zh_CN", ["查找范围(&L)：", "文件名称(&N)：", "文件类型(&T)："], "文件夹"),
        ("zh_TW", ["尋找於(&L)：", "檔名(&N)：", "檔案型態(&T)："], "資料夾"),
    ],
)
def test_the_file_chooser_speaks_chinese(
    qtbot: Any,
    controller: Any,
    archive_path: Path,
    private_settings: AppSettings,
    language: str,
    labels: list[str],
    folder: str,
) -> None:
    """Qt 6 calls the file dialog's labels "&Look in:" and "Files of &type:", and asks for a
    folder's kind under a new context, which Qt's own Chinese catalogues do not have yet; they
    must not show in English."""
    assert QFileIconProvider().type(QFileInfo(str(archive_path))) == "Folder"  # in English first
    private_settings.language = language
    controller.apply_look()
    assert QFileIconProvider().type(QFileInfo(str(archive_path))) == folder
    private_settings.language = language
    controller.apply_look()
    controller.open(archive_path)
    shown: list[str] = []

    def read_and_close(dialog: Any) -> None:
        shown.extend(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())
        dialog.reject()

    seen = answer_next_dialog(qtbot, read_and_close)
    controller.window.menus.import_files_action.trigger()
    assert isinstance(seen[0], QFileDialog)  # Qt's own dialog: no desktop's dialog here
    assert shown == labels


def test_a_mnemonic_goes_back_where_chinese_labels_carry_it() -> None:
    assert i18n.without_mnemonic("Files of &type:") == ("Files of type:", "t")
    assert i18n.without_mnemonic("Tom && Jerry") == ("Tom && Jerry", "")
    assert i18n.with_mnemonic("文件类型：", "t") == "文件类型(&T)："
    assert i18n.with_mnemonic("新建文件夹…", "n") == "新建文件夹(&N)…"
    assert i18n.with_mnemonic("打开(&O)", "o") == "打开(&O)"  # already has one
