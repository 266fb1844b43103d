"""The command speaks the user's language: Simplified Chinese for zh_CN, Traditional for zh_TW and
zh_HK, English otherwise; its help, argparse's own words, messages and errors alike. What scripts
read (``--json`` keys, codes) never changes."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from archive_app.cli import language, main


def command(*argv: str, lang: str = "C.UTF-8", **extra: str) -> subprocess.CompletedProcess[str]:
    """``archive-app`` run as a user runs it, in a fresh process with the locale ``lang``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANG=lang, **extra)
    return subprocess.run(
        [sys.executable, "-m", "archive_app", *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
    )


def test_help_is_simplified_chinese_under_zh_cn() -> None:
    shown = command("--help", lang="zh_CN.UTF-8")
    assert shown.returncode == 0, shown.stderr
    text = shown.stdout
    assert text.startswith("用法：archive-app")
    assert "位置参数" in text and "选项" in text
    assert "乡音：口述历史档案库" in text
    assert "显示此帮助并退出" in text  # argparse's own -h
    assert "导入录音、照片、文档和文字稿" in text  # a command's help
    assert "usage:" not in text and "show this help" not in text


@pytest.mark.parametrize("lang", ["zh_TW.UTF-8", "zh_HK.UTF-8", "zh_TW.Big5"])
def test_help_is_traditional_chinese_for_taiwan_and_hong_kong(lang: str) -> None:
    text = command("--help", lang=lang).stdout
    assert "鄉音：口述歷史檔案庫" in text and "選項" in text
    assert "档案库" not in text  # not one simplified form slipped in


def test_a_subcommands_help_and_a_usage_error_are_chinese() -> None:
    helped = command("person", "add", "--help", lang="zh_CN.UTF-8")
    assert "汉字姓名" in helped.stdout and "女、男、其他或未知" in helped.stdout
    wrong = command("link", lang="zh_CN.UTF-8")
    assert wrong.returncode == 2
    assert wrong.stdout == ""
    assert "用法：archive-app link" in wrong.stderr
    assert "archive-app link：错误：缺少必需的参数：INTERVIEW_ID, PERSON_ID, --as" in wrong.stderr
    choice = command("list", "persons", lang="zh_TW.UTF-8")
    assert "無效的選擇：'persons'" in choice.stderr


def test_an_archive_error_is_worded_in_chinese(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    simplified = command("--archive", str(missing), "list", "people", lang="zh_CN.UTF-8")
    assert simplified.returncode == 2
    assert simplified.stderr.strip() == (
        f"archive-app: {missing} 不是档案库（可以用 'archive-app --archive DIR init' 新建一个）"
    )
    traditional = command("--archive", str(missing), "list", "people", lang="zh_HK.UTF-8")
    assert f"{missing} 不是檔案庫" in traditional.stderr


def test_english_everywhere_else() -> None:
    for lang in ("C.UTF-8", "en_GB.UTF-8", "fr_FR.UTF-8", "ja_JP.UTF-8"):
        text = command("--help", lang=lang).stdout
        assert text.startswith("usage: archive-app"), lang
        assert "show this help message and exit" in text


def test_json_keys_and_codes_are_the_same_in_every_language(tmp_path: Path) -> None:
    root = str(tmp_path / "archive")
    assert command("--archive", root, "init", lang="zh_CN.UTF-8").returncode == 0
    added = command(
        "--archive", root, "person", "add", "--name", "王秀英", "--gender", "女", "--json",
        lang="zh_TW.UTF-8",
    )  # fmt: skip
    assert set(json.loads(added.stdout)) == {"id", "possible_duplicates"}
    listings = [
        json.loads(command("--archive", root, "list", "people", "--json", lang=lang).stdout)
        for lang in ("zh_CN.UTF-8", "zh_TW.UTF-8", "C.UTF-8")
    ]
    assert listings[0] == listings[1] == listings[2]
    assert listings[0][0]["gender"] == "female"


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LANG": "zh_SG.UTF-8"}, "zh_CN"),
        ({"LANG": "zh_TW.UTF-8"}, "zh_TW"),
        ({"LANG": "zh_HK.UTF-8"}, "zh_TW"),
        ({"LANG": "zh_MO"}, "zh_TW"),
        ({"LANG": "zh-Hant-US"}, "zh_TW"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LANG": "zh_CN.UTF-8", "LC_ALL": "en_US.UTF-8"}, "en"),
        ({"LC_ALL": "zh_TW.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"}, "zh_TW"),
        # GNU's LANGUAGE list comes first, except under the plain C locale
        ({"LANG": "zh_CN.UTF-8", "LANGUAGE": "en_US:en"}, "en"),
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "zh_TW:zh"}, "zh_TW"),
        ({"LANG": "C", "LANGUAGE": "zh_CN"}, "en"),
    ],
)
def test_the_language_follows_the_locale_as_gettext_does(
    environ: dict[str, str], expected: str
) -> None:
    assert language.language_from(environ) == expected


def test_main_speaks_chinese_and_then_leaves_argparse_as_it_found_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("LANGUAGE", raising=False)
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "用法：" in capsys.readouterr().out
    assert language.current() == "en"
    plain = argparse.ArgumentParser(prog="other")
    assert "usage: other" in plain.format_help()  # other programs in the process keep English


def test_show_names_fields_and_codes_in_the_users_language_and_json_keeps_them(
    tmp_path: Path,
) -> None:
    root = str(tmp_path / "archive")
    assert command("--archive", root, "init").returncode == 0
    person = json.loads(
        command("--archive", root, "person", "add", "--name", "王秀英", "--gender", "女",
                "--json").stdout
    )["id"]  # fmt: skip
    interview = json.loads(
        command("--archive", root, "interview", "add", "--title", "外婆的春节", "--json").stdout
    )["id"]
    linked = command(
        "--archive", root, "link", interview, person, "--as", "narrator", lang="zh_CN.UTF-8"
    )
    assert linked.returncode == 0, linked.stderr
    assert "讲述人" in linked.stdout and "narrator" not in linked.stdout
    listed = command("--archive", root, "list", "interviews", lang="zh_TW.UTF-8").stdout
    assert "外婆的春節" not in listed and "外婆的春节" in listed  # a title stays as written
    assert "已錄音" in listed and "recorded" not in listed
    changes = command("--archive", root, "history", interview, lang="zh_CN.UTF-8").stdout
    assert "新建" in changes and "建立关联" in changes and "角色 讲述人" in changes
    assert "add_record" not in changes and "T" not in changes.split()[1]  # a clock, not ISO

    simplified = command("--archive", root, "show", interview, lang="zh_CN.UTF-8").stdout
    traditional = command("--archive", root, "show", person, lang="zh_TW.UTF-8").stdout
    english = command("--archive", root, "show", interview).stdout
    as_json = json.loads(command("--archive", root, "show", interview, "--json",
                                 lang="zh_CN.UTF-8").stdout)  # fmt: skip

    assert "类型: 访谈" in simplified and "标题: 外婆的春节" in simplified
    assert "角色: 讲述人" in simplified
    assert "類型: 人物" in traditional and "性別: 女" in traditional
    assert "kind: Interview" in english and "role: Narrator" in english
    assert as_json["kind"] == "interview" and as_json["people"][0]["role"] == "narrator"


def test_check_names_a_missing_original_by_its_story_in_the_users_language(
    tmp_path: Path,
) -> None:
    from tests.core.media_fixtures import make_wav

    root = tmp_path / "archive"
    assert command("--archive", str(root), "init").returncode == 0
    interview = json.loads(
        command("--archive", str(root), "interview", "add", "--title", "外婆的春节",
                "--json").stdout
    )["id"]  # fmt: skip
    make_wav(tmp_path / "grandma.wav", seconds=0.3)
    imported = command(
        "--archive", str(root), "import", str(tmp_path / "grandma.wav"), "--interview", interview
    )
    assert imported.returncode == 0, imported.stderr
    (original,) = (root / "media").glob("*/*.wav")
    original.unlink()

    said = command("--archive", str(root), "check", lang="zh_CN.UTF-8")
    report = json.loads(command("--archive", str(root), "check", "--json").stdout)

    assert said.returncode == 1
    assert "原件不见了" in said.stdout and "“外婆的春节”的录音" in said.stdout
    assert "备份副本" in said.stdout
    (problem,) = report["problems"]
    assert problem["problem"] == "missing_file"
    assert problem["owners"] == [{"kind": "recording", "id": problem["owners"][0]["id"],
                                  "name": "外婆的春节"}]  # fmt: skip
