"""Every text the command shows is in the catalogue and translated, so that a command added later
speaks Chinese too: its help (found by walking the real parser), the literals given to ``tr``,
and argparse's own words in the Python that runs."""

from __future__ import annotations

import argparse
import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

import archive_app.cli as cli
from archive_app.cli import language
from archive_app.resources import resources_dir

CLI = Path(cli.__file__).resolve().parent
TRANSLATIONS = resources_dir() / "translations"
# Python's {name} and %(name)s / %s / %r placeholders: a translation keeps every one
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%\([a-z_]+\)[sr]|%[sr]")


def catalogue(lang: str) -> dict[tuple[str, str], str | None]:
    """``(context, source) -> translation`` of one .ts file (None when unfinished)."""
    tree = ET.parse(TRANSLATIONS / f"{language.CATALOGUE_NAME}_{lang}.ts")
    found: dict[tuple[str, str], str | None] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") is None
            text = (translation.text or "") if translation is not None else ""
            found[(name, message.findtext("source") or "")] = text if finished else None
    return found


def given_to_tr() -> Iterator[tuple[Path, str, str]]:
    """``(module, context, text)`` for each literal the command's modules give to ``tr``,
    ``translate`` or ``QT_TRANSLATE_NOOP``."""
    for source in sorted(CLI.rglob("*.py")):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            literals = [a.value if isinstance(a, ast.Constant) else None for a in node.args]
            if name == "tr" and literals and isinstance(literals[0], str):
                yield source, language.CONTEXT, literals[0]
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(literals) > 1:
                if isinstance(literals[0], str) and isinstance(literals[1], str):
                    yield source, literals[0], literals[1]


def parser_texts(parser: argparse.ArgumentParser) -> Iterator[str]:
    """Every description and help text of ``parser`` and all its subcommands."""
    if parser.description:
        yield parser.description
    for action in parser._actions:
        if action.help and action.help != argparse.SUPPRESS:
            yield action.help
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if choice.help:
                    yield choice.help
            for sub in action.choices.values():
                yield from parser_texts(sub)


@pytest.mark.parametrize("lang", language.LANGUAGES)
def test_every_text_given_to_tr_is_translated_with_its_placeholders(lang: str) -> None:
    translations = catalogue(lang)
    asked = list(given_to_tr())
    assert len(asked) > 150
    for module, context, text in asked:
        key = (context, text)
        assert key in translations, (
            f"{module.name}: {text!r} is not in the catalogue: run build.py update"
        )
        translated = translations[key]
        assert translated, f"{module.name}: {text!r} has no {lang} translation"
        assert sorted(PLACEHOLDER.findall(translated)) == sorted(PLACEHOLDER.findall(text)), (
            lang,
            text,
            translated,
        )


def test_every_help_text_of_every_command_is_translated() -> None:
    """A help text written without ``tr`` is not collected, so it is missing here."""
    language.install("en")
    parser = cli.build_parser()
    cli._share_json_flag(parser)
    texts = set(parser_texts(parser))
    assert len(texts) > 80
    chinese = catalogue("zh_CN")
    untranslated = sorted(
        t
        for t in texts
        if not (chinese.get((language.CONTEXT, t)) or chinese.get((language.ARGPARSE_CONTEXT, t)))
    )
    assert not untranslated, untranslated[:5]


def _argparse_words() -> set[str]:
    """What the running Python's argparse passes to gettext (``_`` and ``ngettext``)."""
    words = set()
    for node in ast.walk(ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            literals = [a.value for a in node.args if isinstance(a, ast.Constant)]
            if node.func.id == "_" and literals:
                words.add(literals[0])
            elif node.func.id == "ngettext":
                words.update(w for w in literals[:2] if isinstance(w, str))
    return words


def test_argparse_speaks_chinese_in_the_python_that_runs() -> None:
    words = _argparse_words()
    assert {"usage: ", "options", "the following arguments are required: %s"} <= words
    chinese = catalogue("zh_CN")
    missing = sorted(w for w in words if not chinese.get((language.ARGPARSE_CONTEXT, w)))
    assert not missing, f"add to archive_app/cli/argparse_words.py: {missing}"


# An English word (three letters or more) in an f-string, or in a literal the command prints, is a
# text that escaped ``tr``. The program's name and argparse's %(prog)s are not words to translate.
ENGLISH = re.compile(r"[A-Za-z]{3,}")
NOT_WORDS = re.compile(r"archive-app|%\([a-z_]+\)s")


def _english(text: str) -> bool:
    return bool(ENGLISH.search(NOT_WORDS.sub("", text)))


def test_no_f_string_of_the_command_holds_english_words() -> None:
    """Words go through ``tr`` with ``{placeholders}``; f-strings only join what is worded."""
    escaped = []
    for source in sorted(CLI.rglob("*.py")):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                parts = [v.value for v in node.values if isinstance(v, ast.Constant)]
                escaped += [f"{source.name}:{node.lineno}: {p!r}" for p in parts if _english(p)]
                # lupdate does not look inside f-strings: tr there is never collected
                escaped += [
                    f"{source.name}:{node.lineno}: tr() inside an f-string"
                    for call in ast.walk(node)
                    if isinstance(call, ast.Call) and getattr(call.func, "id", None) == "tr"
                ]
    assert not escaped, escaped


def test_nothing_the_command_prints_is_an_english_literal() -> None:
    escaped = []
    for source in sorted(CLI.rglob("*.py")):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            shown = node.args if name == "print" else node.args[1:2] if name == "emit" else []
            for argument in shown:
                worded = {
                    id(a)
                    for call in ast.walk(argument)
                    if isinstance(call, ast.Call) and getattr(call.func, "id", None) == "tr"
                    for a in call.args
                }
                for part in ast.walk(argument):
                    if isinstance(part, ast.Constant) and isinstance(part.value, str):
                        if _english(part.value) and id(part) not in worded:
                            escaped.append(f"{source.name}:{part.lineno}: {part.value!r}")
    assert not escaped, escaped


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_the_command_reads_the_same_words_the_app_gets_from_qt(lang: str) -> None:
    """The command reads the .ts sources; the app loads the .qm compiled from them."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(f"{language.CATALOGUE_NAME}_{lang}", str(TRANSLATIONS))
    words = language.read_catalogue(lang)
    assert len(words) > 200
    for (context, source, disambiguation), translated in words.items():
        assert translator.translate(context, source, disambiguation) == translated, source
