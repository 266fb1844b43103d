#!/usr/bin/env bash
# Builds Hometown Voices (乡音) for Windows: the one-folder app and its Inno Setup installer.
# Runs in Git Bash on a Windows machine with Python 3.11 and Inno Setup 6 (GitHub's Windows
# runners have both; see .github/workflows/build.yml). It cannot run on Linux.
#
#     bash packaging/build-windows.sh
#
# makes build/dist/hometown-voices/ (HometownVoices.exe for the desktop, archive-app.exe for
# the command line, sharing _internal/) and dist/hometown-voices-VERSION-windows-x64-setup.exe,
# after checking the frozen app: --version, then a smoke run offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PYTHON=${BUILD_PYTHON:-python}
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' archive_app/__init__.py)

"$PYTHON" -m pip install -q '.[build]'
"$PYTHON" packaging/make_icons.py build/icons >/dev/null
export HV_ICON_DIR=$ROOT/build/icons
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath build/dist --workpath build/work packaging/hometown-voices.spec
APP=build/dist/hometown-voices
"$PYTHON" packaging/third_party.py check "$APP" --copy-licences

"$APP/archive-app.exe" --version
# ASCII words only: a Windows console may mangle Chinese arguments; the pinyin search still
# goes through pypinyin, and the imported files have Chinese names
QT_QPA_PLATFORM=offscreen "$APP/archive-app.exe" --archive "$ROOT/build/smoke/Sample" smoke \
    --sample --import packaging/smoke --search huaishu

ISCC="${ISCC:-/c/Program Files (x86)/Inno Setup 6/ISCC.exe}"
"$ISCC" "/DAppVersion=$VERSION" packaging/windows/hometown-voices.iss
ls -l dist/*windows*
