#!/usr/bin/env bash
# Lays out the Linux tarball's folder: the frozen app, install.sh and uninstall.sh, the desktop
# entry, AppStream metainfo, icons, the README and THIRD-PARTY.md.
#
#     bash packaging/linux/stage.sh APP_FOLDER STAGE_FOLDER
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
APP=${1:?the frozen app folder}
STAGE=${2:?the folder to lay out}
rm -rf "$STAGE"
mkdir -p "$STAGE/share/icons"
cp -a "$APP" "$STAGE/app"
cp "$HERE/install.sh" "$HERE/uninstall.sh" "$HERE/README.txt" "$ROOT/packaging/THIRD-PARTY.md" "$STAGE/"
cp "$ROOT/packaging/hometown-voices.desktop" \
    "$ROOT/packaging/org.hometownvoices.ArchiveApp.metainfo.xml" "$STAGE/share/"
cp "$ROOT/resources/icons/hometown-voices.svg" "$ROOT"/resources/icons/hometown-voices-*.png \
    "$STAGE/share/icons/"
chmod +x "$STAGE/install.sh" "$STAGE/uninstall.sh"
