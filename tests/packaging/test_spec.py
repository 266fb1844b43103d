"""The one PyInstaller spec, read as PyInstaller would on each system (its build steps stood in
for): which programs it makes, what it keeps and what it leaves out of the bundle, and that
nothing Linux-only in it runs unguarded on Windows or macOS."""

from __future__ import annotations

import ast
import sys
import types
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "hometown-voices.spec"


class Built:
    """What the spec asked PyInstaller to make."""

    def __init__(self) -> None:
        self.executables: list[dict[str, Any]] = []
        self.collected: dict[str, Any] = {}
        self.bundle: dict[str, Any] | None = None
        self.analysis: Any = None


def _entry(destination: str) -> tuple[str, str, str]:
    return (destination, "/src/" + destination, "BINARY")


def read_spec(platform: str, found: list[str], monkeypatch: pytest.MonkeyPatch) -> Built:
    """Run the spec as PyInstaller would on ``platform``, with ``found`` as what the analysis
    collected (destinations inside the bundle)."""
    built = Built()

    class Analysis:
        def __init__(self, scripts: list[str], **options: Any) -> None:
            self.options = options
            self.scripts = scripts
            self.pure: list[Any] = []
            self.binaries = [_entry(f) for f in found if not f.endswith((".qm", ".json"))]
            self.datas = [_entry(f) for f in found if f.endswith((".qm", ".json"))]
            built.analysis = self

    def exe(*parts: Any, **options: Any) -> dict[str, Any]:
        built.executables.append(options)
        return options

    def collect(*parts: Any, **options: Any) -> dict[str, Any]:
        built.collected = options
        return options

    def bundle(*parts: Any, **options: Any) -> None:
        built.bundle = options

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda package, include_py_files=False: []  # type: ignore[attr-defined]
    hooks.collect_submodules = lambda package: [package]  # type: ignore[attr-defined]
    hooks.copy_metadata = lambda name: [(f"/site/{name}.dist-info", f"{name}.dist-info")]  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    namespace = {
        "SPECPATH": str(SPEC.parent),
        "Analysis": Analysis,
        "PYZ": lambda pure: "pyz",
        "EXE": exe,
        "COLLECT": collect,
        "BUNDLE": bundle,
        "__name__": "__main__",
    }
    monkeypatch.setattr(sys, "platform", platform)
    code = compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")
    exec(code, namespace)
    monkeypatch.undo()
    return built


def _kept(built: Built) -> set[str]:
    return {entry[0] for entry in built.analysis.binaries + built.analysis.datas}


LINUX_FOUND = [
    "PySide6/Qt/lib/libQt6Core.so.6",
    "PySide6/Qt/lib/libQt6Quick.so.6",
    "PySide6/Qt/lib/libQt6Pdf.so.6",
    "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/translations/qtbase_zh_CN.qm",
    "PySide6/Qt/translations/qtbase_de.qm",
    "resources/translations/hometown_voices_zh_TW.qm",
    "libX11.so.6",
    "libgtk-3.so.0",
    "libxcb-cursor.so.0",
    "libstdc++.so.6",
    "opencc/clib/lib64/libopencc.a",
    "opencc/clib/share/opencc/s2t.json",
]


def test_linux_gets_one_console_program_and_only_what_the_app_needs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built = read_spec("linux", LINUX_FOUND, monkeypatch)
    assert [(e["name"], e["console"]) for e in built.executables] == [("archive-app", True)]
    assert built.collected["name"] == "hometown-voices"
    assert built.bundle is None
    assert all(not e["upx"] for e in built.executables)
    assert _kept(built) == {
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Quick.so.6",  # the FFmpeg media plugin links it
        "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/translations/qtbase_zh_CN.qm",
        "resources/translations/hometown_voices_zh_TW.qm",
        "libxcb-cursor.so.0",  # often missing on older systems: it stays
        "libstdc++.so.6",
        "opencc/clib/share/opencc/s2t.json",
    }
    # the sources of the analysis: our entry point, the repository on the path
    assert built.analysis.scripts[0].endswith("hometown-voices.py")
    assert str(ROOT) in built.analysis.options["pathex"]
    assert any(Path(d[0]).name == "resources" for d in built.analysis.options["datas"])
    # libraries that read their own version as they load find it (bagit does)
    metadata = {d[1] for d in built.analysis.options["datas"] if d[1].endswith(".dist-info")}
    assert {"bagit.dist-info", "av.dist-info", "PySide6-Essentials.dist-info"} <= metadata


def test_windows_gets_a_desktop_and_a_console_program_with_the_icon(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    found = [
        "PySide6/Qt6Core.dll",
        "PySide6/Qt6Pdf.dll",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/translations/qtbase_zh_TW.qm",
        "PySide6/translations/qtbase_fr.qm",
        # names the Linux rules would drop: on Windows they are not the desktop session's
        "libX11.dll",
        "libfontconfig-1.dll",
    ]
    built = read_spec("win32", found, monkeypatch)
    programs = {e["name"]: e for e in built.executables}
    assert set(programs) == {"HometownVoices", "archive-app"}
    assert programs["HometownVoices"]["console"] is False
    assert programs["archive-app"]["console"] is True
    assert all(e["icon"].endswith("hometown-voices.ico") for e in built.executables)
    assert all(e["strip"] is False for e in built.executables)
    assert _kept(built) == {
        "PySide6/Qt6Core.dll",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/translations/qtbase_zh_TW.qm",
        "libX11.dll",
        "libfontconfig-1.dll",
    }
    assert built.bundle is None


def test_macos_gets_an_app_bundle_with_its_identifier_and_icon(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built = read_spec("darwin", ["PySide6/Qt/lib/QtCore.framework/Versions/A/QtCore"], monkeypatch)
    assert built.bundle is not None
    assert built.bundle["name"] == "Hometown Voices.app"
    assert built.bundle["bundle_identifier"] == "org.hometownvoices.ArchiveApp"
    assert built.bundle["icon"].endswith("hometown-voices.icns")
    assert "zh_CN" in built.bundle["info_plist"]["CFBundleLocalizations"]
    assert [e["name"] for e in built.executables] == ["archive-app"]
    assert _kept(built) == {"PySide6/Qt/lib/QtCore.framework/Versions/A/QtCore"}


def test_the_spec_names_no_path_of_the_build_machine() -> None:
    """Every path is built from the spec's own folder or an environment variable, so the same
    file works on a Windows or macOS runner."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
            assert not text.startswith(("/usr", "/lib", "/opt", "/home", "/tmp", "C:\\")), text
            assert "site-packages" not in text, text
