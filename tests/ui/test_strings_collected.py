"""Every string the UI asks Qt to translate is in the catalogue, so none stays in English."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

from archive_app.ui import i18n

UI = Path(i18n.__file__).resolve().parent


def _asked(source: Path) -> set[str]:
    """Texts given as literals to ``….tr("…")`` or ``….translate("Context", "…")``."""
    found = set()
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        position = {"tr": 0, "translate": 1}.get(node.func.attr)
        if position is None or len(node.args) <= position:
            continue
        text = node.args[position]
        if isinstance(text, ast.Constant) and isinstance(text.value, str):
            found.add(text.value)
    return found


def test_every_literal_given_to_tr_or_translate_is_in_the_catalogue() -> None:
    tree = ET.parse(i18n.translations_dir() / f"{i18n.CATALOGUE_NAME}_zh_CN.ts")
    catalogue = {m.findtext("source") for m in tree.getroot().iter("message")}
    asked = set().union(*(_asked(source) for source in UI.rglob("*.py")))
    assert len(asked) > 300
    missing = sorted(text for text in asked if text not in catalogue)
    assert not missing, missing[:10]
