"""A language code is shown as the language's name, in the language of the app: a transcript
tier with no name of its own, stored with the code ``zh-Hans``, reads 简体中文 (or Simplified
Chinese), never ``zh-Hans``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from archive_app.core.archive import Archive
from archive_app.core.transcripts.parse import Segment
from archive_app.core.transcripts.store import add_transcript
from archive_app.ui import i18n, vocabulary
from tests.ui.conftest import ids_of


@pytest.fixture
def speaking(qapp: Any) -> Iterator[Any]:
    """Install a language for the test (English again afterwards)."""
    installer = i18n.LanguageInstaller()
    yield installer.install
    installer.install("en")


@pytest.mark.parametrize(
    ("language", "names"),
    [
        ("zh_CN", ["简体中文", "繁体中文", "粤语", "英语", "西南官话"]),
        ("zh_TW", ["簡體中文", "繁體中文", "粵語", "英語", "西南官话"]),
        ("en", ["Simplified Chinese", "Traditional Chinese", "Cantonese", "English", "西南官话"]),
    ],
)
def test_codes_read_as_names_in_the_apps_language(
    speaking: Any, language: str, names: list[str]
) -> None:
    speaking(language)
    codes = ["zh-Hans", "zh-Hant", "yue", "en", "西南官话"]  # the last one typed as a name
    assert [vocabulary.language_name(code) for code in codes] == names


def test_regions_and_older_codes_say_which_chinese() -> None:
    assert vocabulary.language_name("zh-CN") == "Simplified Chinese"
    assert vocabulary.language_name("zh_TW") == "Traditional Chinese"
    assert vocabulary.language_name("zh-Hant-HK") == "Traditional Chinese"
    assert vocabulary.language_name("zh-yue") == "Cantonese"
    assert vocabulary.language_name("zh") == "Chinese"
    assert vocabulary.language_name("en-GB") == "English"
    assert vocabulary.language_name("") == ""
    assert vocabulary.language_name("qqq") == "qqq"  # no such language: shown as stored


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    """The village archive; grandma's interview has a transcript named only by its code."""
    from tests.ui.conftest import fill_village

    root = tmp_path / "village-archive"
    with Archive.create(root) as made:
        ids = fill_village(made)
        with made.transaction() as db:
            add_transcript(
                db,
                ids["first"],
                [Segment(0.0, 3.0, "王秀英", "那年修了新的小学。")],
                language="zh-Hans",
            )
    (root / "ids.txt").write_text(repr(ids), encoding="utf-8")
    return root


def test_a_tier_named_by_its_code_shows_the_languages_name(qtbot: Any, window: Any) -> None:
    ids = ids_of(window.session.root)
    window.open_record("interview", ids["first"])
    tiers = window.details.current_view().media_panel.transcript.lead_box
    qtbot.waitUntil(lambda: tiers.count() > 0, timeout=5000)
    assert [tiers.itemText(i) for i in range(tiers.count())] == ["Simplified Chinese"]


def test_in_chinese_the_tier_reads_in_chinese(speaking: Any, archive_path: Path) -> None:
    from archive_app.ui.transcript.rows import load_tiers

    speaking("zh_CN")
    with Archive.open(archive_path) as archive:
        tiers = load_tiers(archive.db, ids_of(archive_path)["first"])
    assert [tier.label for tier in tiers] == ["简体中文"]


@pytest.mark.parametrize(
    ("language", "audiences", "names"),
    [
        ("zh_CN", "家人、研究人员", "王秀英、李浩"),
        ("zh_TW", "家人、研究人員", "王秀英、李浩"),
        ("en", "Family, Researchers", "王秀英, 李浩"),
    ],
)
def test_a_list_is_written_with_the_languages_comma(
    speaking: Any, language: str, audiences: str, names: str
) -> None:
    """An English reader never meets the Chinese list comma 、 between English words (the
    consent panel once said "agreed only to: Family、Researchers")."""
    from types import SimpleNamespace

    from archive_app.ui.consent.reasons import reason_text

    speaking(language)
    reason = SimpleNamespace(
        person_name="李浩", rule="audience_not_granted", detail="granted=family,research"
    )
    assert audiences in reason_text(reason)
    assert vocabulary.list_text(["王秀英", "李浩"]) == names
