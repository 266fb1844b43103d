"""The packaging files a build relies on, checked without building: the desktop entry and
AppStream metainfo pass their validators, the icons are drawn from their SVG, the Linux
install and uninstall scripts put everything in place and take it all away, the licence list
covers every kind of library the checker knows, and the build workflow parses and builds,
version-checks and smoke-runs each of the three systems."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))

import make_icons  # noqa: E402
import third_party  # noqa: E402


def _run(*command: str | Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(c) for c in command], capture_output=True, text=True, timeout=60, **kwargs
    )  # type: ignore[call-overload]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_the_desktop_entry_validates_and_names_the_app_in_chinese() -> None:
    entry = PACKAGING / "hometown-voices.desktop"
    done = _run("desktop-file-validate", entry)
    assert done.returncode == 0 and "error" not in done.stdout, done.stdout
    text = entry.read_text(encoding="utf-8")
    assert "Name[zh_CN]=乡音" in text and "Name[zh_TW]=鄉音" in text
    assert "Comment[zh_CN]=" in text and "Icon=hometown-voices" in text


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream")
def test_the_appstream_metainfo_validates_with_chinese_summaries() -> None:
    metainfo = PACKAGING / "org.hometownvoices.ArchiveApp.metainfo.xml"
    done = _run("appstreamcli", "validate", "--no-net", metainfo)
    assert done.returncode == 0, done.stdout + done.stderr
    text = metainfo.read_text(encoding="utf-8")
    assert '<summary xml:lang="zh_CN">' in text and '<summary xml:lang="zh_TW">' in text
    assert '<launchable type="desktop-id">hometown-voices.desktop</launchable>' in text


def test_every_icon_size_is_drawn_from_the_svg(qapp: object) -> None:
    from PySide6.QtGui import QImage

    for size in make_icons.SIZES:
        image = QImage(str(make_icons.png_path(size)))
        assert (image.width(), image.height()) == (size, size), size
    committed = QImage(str(make_icons.png_path(64)))
    fresh = QImage.fromData(make_icons.render(64))
    differing = sum(
        1
        for x in range(64)
        for y in range(64)
        if abs(committed.pixelColor(x, y).red() - fresh.pixelColor(x, y).red()) > 24
    )
    assert differing < 40, "the PNG icons are older than the SVG: run packaging/make_icons.py"


def test_the_windows_and_macos_icon_files_hold_every_size(tmp_path: Path, qapp: object) -> None:
    from PIL import Image

    ico, icns = make_icons.write_containers(tmp_path)
    with Image.open(ico) as read:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(read.info["sizes"])
    with Image.open(icns) as read:
        assert read.format == "ICNS"
        assert (512, 512, 1) in read.info["sizes"] or (512, 512, 2) in read.info["sizes"]


@pytest.fixture
def unpacked(tmp_path: Path) -> Path:
    """A tarball's folder as build-linux.sh lays it out, around a stand-in for the app."""
    app = tmp_path / "frozen"
    (app / "_internal").mkdir(parents=True)
    program = app / "archive-app"
    program.write_text('#!/bin/sh\necho "archive-app 9.9"\n', encoding="utf-8")
    program.chmod(0o755)
    stage = tmp_path / "hometown-voices-9.9-linux-x86_64"
    done = _run("bash", PACKAGING / "linux" / "stage.sh", app, stage)
    assert done.returncode == 0, done.stderr
    return stage


def test_install_puts_the_app_menu_entry_and_icons_in_place_and_uninstall_removes_them(
    unpacked: Path, tmp_path: Path
) -> None:
    prefix = tmp_path / "home" / ".local"
    other = prefix / "share" / "applications" / "someone-else.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\n", encoding="utf-8")
    done = _run("sh", unpacked / "install.sh", "--prefix", prefix)
    assert done.returncode == 0, done.stderr
    installed = prefix / "lib" / "hometown-voices"
    assert _run(prefix / "bin" / "archive-app").stdout.strip() == "archive-app 9.9"
    entry = prefix / "share" / "applications" / "hometown-voices.desktop"
    assert f'Exec="{installed}/archive-app"' in entry.read_text(encoding="utf-8")
    if shutil.which("desktop-file-validate"):
        assert _run("desktop-file-validate", entry).returncode == 0
    for size in make_icons.SIZES:
        assert (prefix / f"share/icons/hicolor/{size}x{size}/apps/hometown-voices.png").is_file()
    assert (prefix / "share/icons/hicolor/scalable/apps/hometown-voices.svg").is_file()
    assert (prefix / "share/metainfo/org.hometownvoices.ArchiveApp.metainfo.xml").is_file()
    assert (installed / "THIRD-PARTY.md").is_file()

    # installing again replaces the earlier copy
    assert _run("sh", unpacked / "install.sh", "--prefix", prefix).returncode == 0

    done = _run("sh", installed / "uninstall.sh", "--prefix", prefix)
    assert done.returncode == 0, done.stderr
    assert not installed.exists()
    assert not (prefix / "bin" / "archive-app").exists()
    assert not entry.exists()
    assert not (prefix / "share/icons/hicolor/48x48/apps/hometown-voices.png").exists()
    assert other.is_file()  # nothing else is touched


def test_install_refuses_a_system_whose_c_library_is_too_old_in_words(
    unpacked: Path, tmp_path: Path
) -> None:
    prefix = tmp_path / "home" / ".local"
    (unpacked / "needs-glibc").write_text("99.1\n", encoding="utf-8")
    done = _run("sh", unpacked / "install.sh", "--prefix", prefix)
    assert done.returncode == 1
    assert "glibc 99.1" in done.stderr and "Nothing was installed" in done.stderr
    assert "需要更新的 Linux 系统" in done.stderr
    assert not prefix.exists()

    (unpacked / "needs-glibc").write_text("2.17\n", encoding="utf-8")  # any Linux of today
    assert _run("sh", unpacked / "install.sh", "--prefix", prefix).returncode == 0
    assert (prefix / "lib" / "hometown-voices" / "archive-app").is_file()


def test_uninstall_says_so_when_nothing_is_installed(tmp_path: Path) -> None:
    done = _run("sh", PACKAGING / "linux" / "uninstall.sh", "--prefix", tmp_path)
    assert done.returncode == 1
    assert "not installed" in done.stderr


def test_every_kind_of_library_the_checker_knows_is_listed_with_its_licence() -> None:
    listed = third_party.listed_components()
    named = {component for _pattern, component in third_party.LIBRARY_RULES}
    named |= {"FFmpeg (Qt Multimedia)", "FFmpeg (PyAV)"}
    named.discard("FFmpeg")
    missing = sorted(name for name in named if name.lower() not in listed)
    assert not missing, f"add rows to packaging/THIRD-PARTY.md for {missing}"


@pytest.mark.parametrize(
    ("file_name", "component"),
    [
        ("libavcodec-5e6b81c2.so.62.28.102", "FFmpeg"),
        ("avcodec-61.dll", "FFmpeg"),
        ("libavcodec.61.dylib", "FFmpeg"),
        ("libx264-d6533a8d.so.165", "x264"),
        ("libQt6Core.so.6", "Qt"),
        ("Qt6Core.dll", "Qt"),
        ("libxcb-cursor.so.0", "xcb-util"),
        ("libcrypto-3-x64.dll", "OpenSSL"),
        ("VCRUNTIME140_1.dll", "Microsoft C runtime"),
        ("libpython3.11.so.1.0", "Python"),
    ],
)
def test_library_files_are_named_on_every_system(file_name: str, component: str) -> None:
    name = third_party.library_name(Path("bundle") / file_name)
    assert name is not None
    assert third_party.component_of(name) == component


def test_a_bundle_with_an_unlisted_library_fails_the_check(tmp_path: Path) -> None:
    internal = tmp_path / "hometown-voices" / "_internal"
    (internal / "PySide6" / "Qt" / "lib").mkdir(parents=True)
    (internal / "PySide6" / "Qt" / "lib" / "libavcodec.so.61").write_bytes(b"")
    (internal / "av.libs").mkdir()
    (internal / "av.libs" / "libavcodec-5e6b81c2.so.62").write_bytes(b"")
    (internal / "av.libs" / "libmystery-1a2b3c4d.so.1").write_bytes(b"")
    (internal / "PIL").mkdir()
    (internal / "PIL" / "_imaging.cpython-311-x86_64-linux-gnu.so").write_bytes(b"")
    components, unknown = third_party.native_components(tmp_path / "hometown-voices")
    assert set(components) == {"FFmpeg (Qt Multimedia)", "FFmpeg (PyAV)"}
    assert unknown == [Path("av.libs/libmystery-1a2b3c4d.so.1")]


def test_the_workflow_builds_checks_and_smoke_runs_all_three_systems() -> None:
    import yaml

    workflow = yaml.safe_load((ROOT / ".github/workflows/build.yml").read_text("utf-8"))
    jobs = workflow["jobs"]
    assert {job["runs-on"].split("-")[0] for job in jobs.values()} == {
        "ubuntu",
        "windows",
        "macos",
    }
    scripts = {
        "ubuntu": ["packaging/build-linux.sh", "packaging/smoke-test.sh", "--version"],
        "windows": ["packaging/build-windows.sh", "--version"],
        "macos": ["packaging/build-macos.sh", "--version"],
    }
    for job in jobs.values():
        commands = "\n".join(step.get("run", "") for step in job["steps"])
        for needed in scripts[job["runs-on"].split("-")[0]]:
            assert needed in commands
    for script in ("build-windows.sh", "build-macos.sh", "smoke-test.sh"):
        text = (PACKAGING / script).read_text(encoding="utf-8")
        assert "smoke" in text and "--version" in text
    for script in ("build-linux.sh", "build-windows.sh", "build-macos.sh", "smoke-test.sh"):
        assert _run("bash", "-n", PACKAGING / script).returncode == 0, script
    for script in ("install.sh", "uninstall.sh"):  # plain sh: they run on any Linux
        assert _run("sh", "-n", PACKAGING / "linux" / script).returncode == 0, script


def test_the_python_packages_table_marks_which_rows_a_bundle_may_lack() -> None:
    rows = third_party.listed_python_packages()
    assert rows["pillow"] is False and rows["pyside6_essentials"] is False
    assert rows["pycparser"] is True  # "when present": cffi may or may not bring it
    assert "whoosh-reloaded" not in rows  # the search no longer uses Whoosh
