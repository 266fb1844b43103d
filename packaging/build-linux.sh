#!/usr/bin/env bash
# Builds Hometown Voices (乡音) for Linux: a frozen one-folder app and a tarball that installs it.
#
#     bash packaging/build-linux.sh
#
# makes build/dist/hometown-voices/ (the app: run ./archive-app) and
# dist/hometown-voices-VERSION-linux-ARCH.tar.gz (the app, its desktop entry, icons, AppStream
# metainfo, the licences, install.sh and uninstall.sh). It builds in its own virtual
# environment, build/venv, with only what the app needs (pyproject.toml's dependencies and its
# `build` extra); BUILD_PYTHON=/path/to/python uses another one that has them.
# Needs python3 (3.11+) with venv, binutils and a C compiler (gcc). The spec
# (packaging/hometown-voices.spec) is the same on Windows and macOS, see
# .github/workflows/build.yml.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' archive_app/__init__.py)
ARCH=$(uname -m)
NAME="hometown-voices-$VERSION-linux-$ARCH"

if [ -z "${BUILD_PYTHON:-}" ]; then
    if [ ! -x build/venv/bin/python ]; then
        python3 -m venv build/venv
        build/venv/bin/python -m pip install -q --upgrade pip
    fi
    build/venv/bin/python -m pip install -q '.[build]'
    BUILD_PYTHON=$ROOT/build/venv/bin/python
fi

echo "== icons" >&2
"$BUILD_PYTHON" packaging/make_icons.py build/icons >/dev/null
export HV_ICON_DIR=$ROOT/build/icons

echo "== freezing (PyInstaller)" >&2
rm -rf build/dist/hometown-voices
"$BUILD_PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath build/dist --workpath build/work packaging/hometown-voices.spec
APP=build/dist/hometown-voices

echo "== stand-ins for the encoders the app never uses" >&2
# x265 and SVT-AV1 (28 MB) are linked by PyAV's FFmpeg but make no story film (those are
# H.264): small libraries of our own take their place, see packaging/linux/stand_in_encoders.py.
# Without a C compiler the real ones stay (a larger bundle) and this says so.
"$BUILD_PYTHON" packaging/linux/stand_in_encoders.py "$APP/_internal"

echo "== dropping debugging symbols" >&2
# Some wheels ship their libraries with debugging information (PyAV's modules, Pillow's, a
# pyenv-built libpython: 70 MB). PyInstaller's own strip option strips every library, and
# that breaks libraries rewritten with patchelf (Qt's libavformat then fails to load: "ELF load
# command address/offset not page-aligned"), so only those carrying debug sections lose them
# here, and never a library renamed by auditwheel (libfoo-1a2b3c4d.so...).
if command -v strip >/dev/null 2>&1 && command -v readelf >/dev/null 2>&1; then
    find "$APP" -type f -name '*.so*' | while IFS= read -r lib; do
        case "$(basename "$lib")" in
            *-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f].so*) continue ;;
        esac
        if readelf -S "$lib" 2>/dev/null | grep -q '\.debug_info'; then
            strip --strip-debug "$lib"
        fi
    done
else
    echo "   (no strip/readelf here: install binutils for a smaller bundle)" >&2
fi

echo "== licences" >&2
# checks packaging/THIRD-PARTY.md names every component in the bundle, and puts it and the
# licence texts of the bundled Python packages into the app folder
"$BUILD_PYTHON" packaging/third_party.py check "$APP" --copy-licences

echo "== tarball" >&2
STAGE=build/stage/$NAME
bash packaging/linux/stage.sh "$APP" "$STAGE"
mkdir -p dist
tar -C build/stage -czf "dist/$NAME.tar.gz" "$NAME"

if [ -f "$STAGE/needs-glibc" ]; then
    echo "needs glibc $(cat "$STAGE/needs-glibc") or newer (see packaging/README.md, Known limits)"
fi
echo "built $APP ($(du -sh "$APP" | cut -f1)) and dist/$NAME.tar.gz ($(du -sh "dist/$NAME.tar.gz" | cut -f1))"
