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
# the newest C library version any bundled file asks for: install.sh refuses an older system
# with a sentence, where the app itself would only fail with "version GLIBC_2.xx not found"
if command -v objdump >/dev/null 2>&1; then
    NEEDS=$(find "$APP" -type f \( -name '*.so*' -o -name archive-app \) -exec objdump -T {} + \
        2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sort -u -V | tail -n 1 || true)
    if [ -n "$NEEDS" ]; then echo "${NEEDS#GLIBC_}" > "$STAGE/needs-glibc"; fi
fi
