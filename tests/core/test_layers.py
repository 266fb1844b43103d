"""Dependencies point one way: core and exchange never import Qt."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

PACKAGE = Path(__file__).parents[2] / "archive_app"


def test_core_and_exchange_import_with_qt_blocked() -> None:
    modules = [
        ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        for layer in ("core", "exchange")
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        if path.name != "__init__.py"
    ]
    assert len(modules) > 10
    script = textwrap.dedent(
        f"""
        import importlib, sys
        sys.modules["PySide6"] = None  # any Qt import now fails
        for name in {modules!r}:
            importlib.import_module(name)
        print("ok")
        """
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
