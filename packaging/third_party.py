"""What a frozen bundle really holds, checked against packaging/THIRD-PARTY.md.

    python packaging/third_party.py list BUNDLE                   # every component, its licence
    python packaging/third_party.py check BUNDLE [--copy-licences]

BUNDLE is PyInstaller's one-folder output (build/dist/hometown-voices, or the .app's
Contents). Components are found two ways: the Python distributions whose modules are in the
bundle's module archive or its folders (named through the build environment's metadata, so run
this with the Python that built the bundle), and every native library file, named by the rules
below. ``check`` fails, naming them, when a component is missing from THIRD-PARTY.md's tables or
a library file matches no rule; ``--copy-licences`` then puts THIRD-PARTY.md and the licence
files of the Python distributions (and, where the system has them, the texts of the GNU
licences) into BUNDLE/licences.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
LISTING = HERE / "THIRD-PARTY.md"

#: native library name (lower case, without "lib", version, hash and suffix) -> component
LIBRARY_RULES: list[tuple[str, str]] = [
    (r"^(qt6|qt)[a-z0-9]*$|^q[a-z0-9-]+$|^ffmpegmediaplugin$", "Qt"),
    (r"^pyside6", "PySide6_Essentials"),
    (r"^shiboken6", "shiboken6"),
    (r"^icu", "ICU"),
    (r"^(avcodec|avformat|avutil|avdevice|avfilter|swresample|swscale|postproc)$", "FFmpeg"),
    (r"^x264$", "x264"),
    (r"^x265$", "x265"),
    (r"^svtav1enc$", "SVT-AV1"),
    (r"^dav1d$", "dav1d"),
    (r"^vpx$", "libvpx"),
    (r"^mp3lame$", "LAME"),
    (r"^opus$", "Opus"),
    (r"^opencore-amr(nb|wb)$", "opencore-amr"),
    (r"^vpl$", "oneVPL"),
    (r"^drm$", "libdrm"),
    (r"^asound$", "alsa-lib"),
    (r"^gnutls$", "GnuTLS"),
    (r"^(nettle|hogweed)$", "Nettle"),
    (r"^gmp$", "GMP"),
    (r"^unistring$", "libunistring"),
    (r"^xcb$|^xcb-(shape|shm|xfixes|render|randr|sync|xkb|glx)$", "libxcb"),
    (r"^xcb-(cursor|icccm|image|keysyms|render-util|util)$", "xcb-util"),
    (r"^xau$", "libXau"),
    (r"^(webp|webpmux|webpdemux|sharpyuv)$", "libwebp"),
    (r"^(jpeg|turbojpeg)$", "libjpeg-turbo"),
    (r"^png16$", "libpng"),
    (r"^tiff$", "libtiff"),
    (r"^freetype$", "FreeType"),
    (r"^harfbuzz$", "HarfBuzz"),
    (r"^lcms2$", "Little CMS"),
    (r"^openjp2$", "OpenJPEG"),
    (r"^brotli(common|dec|enc)$", "Brotli"),
    (r"^zstd$", "Zstandard"),
    (r"^lzma$", "XZ Utils"),
    (r"^avif$", "libavif"),
    (r"^heif$", "libheif"),
    (r"^de265$", "libde265"),
    (r"^python3", "Python"),
    (r"^sqlite3$", "SQLite"),
    (r"^(ssl|crypto)(-3.*)?$", "OpenSSL"),
    (r"^ffi(-\d+)?$", "libffi"),
    (r"^expat$", "Expat"),
    (r"^z$|^zlib1?$", "zlib"),
    (r"^bz2$", "bzip2"),
    (r"^(stdc\+\+|gcc_s.*|winpthread.*)$", "GCC runtime libraries"),
    (r"^iconv$", "libiconv"),
    (r"^intl$", "gettext (libintl)"),
    (r"^(vcruntime140.*|msvcp140.*|concrt140|ucrtbase|api-ms-win-.*)$", "Microsoft C runtime"),
    (r"^opengl32sw$", "Mesa llvmpipe (opengl32sw)"),
    (r"^d3dcompiler_47$", "Microsoft Direct3D shader compiler"),
]

NATIVE_SUFFIX = re.compile(r"\.(so(\.[0-9.]+)?|dll|pyd|dylib)$", re.IGNORECASE)


def library_name(path: Path) -> str | None:
    """A native library's plain name ("avcodec" for libavcodec-5e6b81c2.so.62.28.102), or None
    when ``path`` is not a native library."""
    name = path.name
    if not NATIVE_SUFFIX.search(name) and not _is_framework_binary(path):
        return None
    name = re.sub(r"\.(so|dll|pyd|dylib).*$", "", name, flags=re.IGNORECASE)
    name = re.sub(r"-[0-9a-f]{8,}$", "", name)  # auditwheel's and delvewheel's hashes
    name = re.sub(r"[-.]\d+(\.\d+)*$", "", name)  # avcodec-61 (Windows), libfoo.6 (macOS)
    name = re.sub(r"^lib", "", name)
    return name.lower()


def _is_framework_binary(path: Path) -> bool:
    """macOS: Qt's frameworks hold their library as a file named like the framework."""
    return path.parent.name == "Versions" or (
        ".framework" in str(path) and path.name == path.parts[-1] and "." not in path.name
    )


def _is_python_extension(path: Path) -> bool:
    name = path.name
    return (
        ".cpython-" in name
        or ".abi3." in name
        or name.endswith(".pyd")
        or "lib-dynload" in path.parts
    )


def component_of(name: str) -> str | None:
    for pattern, component in LIBRARY_RULES:
        if re.search(pattern, name):
            return component
    return None


def internal(bundle: Path) -> Path:
    for candidate in (bundle / "_internal", bundle / "Contents" / "Frameworks", bundle):
        if candidate.is_dir():
            return candidate
    raise SystemExit(f"{bundle} is not a bundle folder")


def python_modules(bundle: Path) -> set[str]:
    """Top-level names of the Python modules in the bundle's archive and folders."""
    from PyInstaller.archive.readers import CArchiveReader, ZlibArchiveReader

    names: set[str] = set()
    executables = [
        p
        for p in list(bundle.glob("*")) + list(bundle.glob("Contents/MacOS/*"))
        if p.is_file() and (p.suffix in ("", ".exe")) and p.stat().st_size > 100_000
    ]
    for executable in executables:
        try:
            archive = CArchiveReader(str(executable))
        except Exception:  # not one of PyInstaller's executables
            continue
        for entry in archive.toc:
            if entry.endswith(".pyz"):
                with tempfile.TemporaryDirectory() as scratch:
                    pyz = Path(scratch) / "modules.pyz"
                    pyz.write_bytes(archive.extract(entry))
                    names |= {module.split(".")[0] for module in ZlibArchiveReader(str(pyz)).toc}
    for entry in internal(bundle).iterdir():
        if entry.is_dir() and not entry.name.endswith(".libs"):
            names.add(entry.name)
        elif entry.is_file() and _is_python_extension(entry):  # _cffi_backend.cpython-311...
            names.add(entry.name.split(".")[0])
    return names


def distributions(modules: set[str]) -> dict[str, str]:
    """Distribution name -> licence (from its metadata) for every bundled module."""
    owners = metadata.packages_distributions()
    found: dict[str, str] = {}
    for module in modules:
        for name in owners.get(module, []):
            if name.lower().replace("_", "-") in ("hometown-voices", "pyinstaller"):
                continue
            found[name] = licence_of(name)
    return found


def licence_of(name: str) -> str:
    meta = metadata.metadata(name)
    expression = meta.get("License-Expression") or ""
    if expression:
        return expression
    classifiers = [
        c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if "License" in c
    ]
    return "; ".join(classifiers) or (meta.get("License") or "?").splitlines()[0]


def native_components(bundle: Path) -> tuple[dict[str, set[str]], list[Path]]:
    """Component -> library file names, and the library files no rule names."""
    components: dict[str, set[str]] = {}
    unknown: list[Path] = []
    base = internal(bundle)
    for path in sorted(base.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        name = library_name(path)
        if name is None:
            continue
        if _is_python_extension(path):
            continue  # part of its Python distribution (or of Python), listed with it
        top = path.relative_to(base).parts[0]
        inside_qt = top == "PySide6" or "Qt" in path.parts or "PySide6" in path.parts
        if inside_qt and "plugins" in path.parts:
            component: str | None = "Qt"  # Qt's plugins are Qt, whatever their file names
        else:
            component = component_of(name)
        if component == "FFmpeg":  # two builds: Qt Multimedia's own and PyAV's
            component = "FFmpeg (Qt Multimedia)" if inside_qt else "FFmpeg (PyAV)"
        if component is None:
            unknown.append(path.relative_to(base))
        else:
            components.setdefault(component, set()).add(path.name)
    return components, unknown


def listed_components(listing: Path = LISTING) -> set[str]:
    """The first cell of every table row in THIRD-PARTY.md, without markup."""
    names: set[str] = set()
    for line in listing.read_text(encoding="utf-8").splitlines():
        if line.startswith("|") and not set(line) <= set("|-: "):
            first = line.strip("|").split("|")[0].strip().strip("*`")
            if first and first.lower() != "component":
                names.add(first.lower())
    return names


def listed_python_packages(listing: Path = LISTING) -> dict[str, bool]:
    """The rows of THIRD-PARTY.md's Python packages table: name -> whether it is marked as
    bundled only "when present"."""
    rows: dict[str, bool] = {}
    inside = False
    for line in listing.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            inside = line.strip() == "## Python packages"
        elif inside and line.startswith("|") and not set(line) <= set("|-: "):
            first = line.strip("|").split("|")[0].strip()
            if first.lower() != "component":
                rows[first.lower()] = "when present" in line
    return rows


def _key(name: str) -> str:
    return name.lower().replace("-", "_")


def check(bundle: Path) -> list[str]:
    """Problems: components in the bundle that THIRD-PARTY.md does not list, unknown library
    files, and Python packages it lists that the bundle does not hold."""
    listed = listed_components()
    problems = []
    bundled = distributions(python_modules(bundle))
    for name in sorted(bundled):
        if name.lower() not in listed and name.lower().replace("_", "-") not in listed:
            problems.append(f"Python distribution {name!r} is bundled but not in THIRD-PARTY.md")
    held = {_key(name) for name in bundled}
    for name, optional in sorted(listed_python_packages().items()):
        if not optional and _key(name) not in held:
            problems.append(f"THIRD-PARTY.md lists {name!r}, which the bundle does not hold")
    components, unknown = native_components(bundle)
    for component in sorted(components):
        if component.lower() not in listed:
            files = ", ".join(sorted(components[component])[:3])
            problems.append(f"{component!r} ({files}) is bundled but not in THIRD-PARTY.md")
    for path in unknown:
        problems.append(f"{path}: a library no rule in packaging/third_party.py names")
    return problems


def copy_licences(bundle: Path) -> Path:
    """THIRD-PARTY.md and the licence texts into BUNDLE/licences; returns that folder."""
    target = internal(bundle) / "licences"
    if target.exists():
        shutil.rmtree(target)
    target.mkdir()
    shutil.copy(LISTING, target / LISTING.name)
    for name in distributions(python_modules(bundle)):
        dist = metadata.distribution(name)
        for file in dist.files or []:
            text = str(file).upper()
            if any(key in text for key in ("LICEN", "COPYING", "NOTICE", "AUTHORS")):
                if not text.endswith((".PY", ".PYC")):
                    source = Path(str(dist.locate_file(file)))
                    if source.is_file():
                        folder = target / name
                        folder.mkdir(exist_ok=True)
                        shutil.copy(source, folder / source.name)
    common = Path("/usr/share/common-licenses")  # Debian and Ubuntu keep the GNU texts here
    for text in ("LGPL-2.1", "LGPL-3", "GPL-2", "GPL-3", "Apache-2.0"):
        if (common / text).is_file():
            shutil.copy(common / text, target / f"{text}.txt")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("list", "check"))
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--copy-licences", action="store_true")
    args = parser.parse_args(argv)
    if args.action == "list":
        for name, licence in sorted(distributions(python_modules(args.bundle)).items()):
            print(f"python  {name:28} {licence}")
        components, unknown = native_components(args.bundle)
        for component, files in sorted(components.items()):
            print(f"native  {component:28} {', '.join(sorted(files))}")
        for path in unknown:
            print(f"UNKNOWN {path}")
        return 0
    problems = check(args.bundle)
    for problem in problems:
        print(f"third-party: {problem}", file=sys.stderr)
    if problems:
        return 1
    if args.copy_licences:
        print(f"licences in {copy_licences(args.bundle)}")
    print("third-party: every bundled component is listed in THIRD-PARTY.md")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
