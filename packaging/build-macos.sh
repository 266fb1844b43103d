#!/usr/bin/env bash
# Builds Hometown Voices (乡音) for macOS: "Hometown Voices.app", signed ad hoc, in a disk
# image. Runs on a Mac with Python 3.11 (GitHub's macOS runners; see
# .github/workflows/build.yml). It cannot run on Linux.
#
#     bash packaging/build-macos.sh
#
# makes build/dist/Hometown Voices.app and dist/hometown-voices-VERSION-macos-ARCH.dmg, after
# checking the app: its signature, --version, then a smoke run offscreen. Ad-hoc signing
# (codesign -s -) lets the app run on Apple silicon; it is not notarised, so the first start
# needs right-click > Open (or System Settings > Privacy & Security > Open Anyway).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PYTHON=${BUILD_PYTHON:-python3}
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' archive_app/__init__.py)
ARCH=$(uname -m)

"$PYTHON" -m pip install -q '.[build]'
"$PYTHON" packaging/make_icons.py build/icons >/dev/null
export HV_ICON_DIR=$ROOT/build/icons
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath build/dist --workpath build/work packaging/hometown-voices.spec
APP="build/dist/Hometown Voices.app"
"$PYTHON" packaging/third_party.py check "$APP" --copy-licences

# the licences went into the bundle after PyInstaller signed it: sign the whole app again
codesign --force --deep --sign - "$APP"
codesign --verify --deep --strict --verbose=2 "$APP"

"$APP/Contents/MacOS/archive-app" --version
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/archive-app" --archive "$ROOT/build/smoke/Sample" \
    smoke --sample --import packaging/smoke --search 槐樹 --search huaishu

mkdir -p dist
rm -f "dist/hometown-voices-$VERSION-macos-$ARCH.dmg"
hdiutil create -volname "Hometown Voices" -srcfolder "$APP" -ov -format UDZO \
    "dist/hometown-voices-$VERSION-macos-$ARCH.dmg"
