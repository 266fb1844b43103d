#!/bin/sh
# Installs Hometown Voices (乡音) from this unpacked folder.
#
#     ./install.sh              for you alone: ~/.local (no root needed)
#     sudo ./install.sh --system    for everyone on this computer: /usr/local
#     ./install.sh --prefix DIR     anywhere else
#
# Puts the app in PREFIX/lib/hometown-voices, the command PREFIX/bin/archive-app, the menu
# entry, icons and AppStream metainfo under PREFIX/share. ./uninstall.sh (also copied to
# PREFIX/lib/hometown-voices) takes all of it away again; your archives are never touched.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX="$HOME/.local"
case "${1:-}" in
    --system) PREFIX=/usr/local ;;
    --prefix) PREFIX=${2:?--prefix needs a folder} ;;
    "") ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
esac
case "$PREFIX" in /*) ;; *) PREFIX=$(pwd)/$PREFIX ;; esac

# whether version $1 (2.36) is $2 or newer
at_least() {
    awk -v have="$1" -v need="$2" 'BEGIN {
        split(have, h, "."); split(need, n, ".")
        for (i = 1; i <= 3; i++) {
            if (h[i] + 0 > n[i] + 0) exit 0
            if (h[i] + 0 < n[i] + 0) exit 1
        }
        exit 0
    }'
}
# the C library this build needs (stage.sh wrote it): on an older system the app would only
# fail with "version GLIBC_2.xx not found", so say it here, in words, before copying anything
if [ -f "$HERE/needs-glibc" ]; then
    need=$(cat "$HERE/needs-glibc")
    have=$(getconf GNU_LIBC_VERSION 2>/dev/null | awk '{print $2}')
    if [ -n "$have" ] && ! at_least "$have" "$need"; then
        echo "This Hometown Voices needs a newer Linux: glibc $need or later; this one has $have." >&2
        echo "这个版本的乡音需要更新的 Linux 系统（glibc $need 或更高），这台电脑的是 $have。" >&2
        echo "See README.txt. Nothing was installed. 没有安装任何东西。" >&2
        exit 1
    fi
fi

LIB="$PREFIX/lib/hometown-voices"
SHARE="$PREFIX/share"
MANIFEST="$LIB/installed-files.txt"

if [ -e "$LIB" ]; then
    echo "An earlier Hometown Voices is installed in $LIB: replacing it." >&2
    [ -x "$LIB/uninstall.sh" ] && "$LIB/uninstall.sh" --prefix "$PREFIX" --quiet || rm -rf "$LIB"
fi
mkdir -p "$LIB" "$PREFIX/bin" "$SHARE/applications" "$SHARE/metainfo" \
    "$SHARE/icons/hicolor/scalable/apps"
cp -R "$HERE/app/." "$LIB/"
cp "$HERE/uninstall.sh" "$HERE/THIRD-PARTY.md" "$LIB/"
: > "$MANIFEST"
record() { echo "$1" >> "$MANIFEST"; }

ln -sf "$LIB/archive-app" "$PREFIX/bin/archive-app"
record "$PREFIX/bin/archive-app"

# the menu entry runs the installed program by its full path (PREFIX/bin may not be on PATH)
sed "s|^Exec=archive-app|Exec=\"$LIB/archive-app\"|" "$HERE/share/hometown-voices.desktop" \
    > "$SHARE/applications/hometown-voices.desktop"
record "$SHARE/applications/hometown-voices.desktop"
cp "$HERE/share/org.hometownvoices.ArchiveApp.metainfo.xml" "$SHARE/metainfo/"
record "$SHARE/metainfo/org.hometownvoices.ArchiveApp.metainfo.xml"
cp "$HERE/share/icons/hometown-voices.svg" "$SHARE/icons/hicolor/scalable/apps/hometown-voices.svg"
record "$SHARE/icons/hicolor/scalable/apps/hometown-voices.svg"
for png in "$HERE"/share/icons/hometown-voices-*.png; do
    size=$(basename "$png" .png | sed 's/.*-//')
    folder="$SHARE/icons/hicolor/${size}x${size}/apps"
    mkdir -p "$folder"
    cp "$png" "$folder/hometown-voices.png"
    record "$folder/hometown-voices.png"
done

# let the desktop notice (each is optional: not every system has them)
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$SHARE/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true

echo "Hometown Voices is installed in $LIB."
echo "Start it from your desktop's menu (乡音 / Hometown Voices) or with: $PREFIX/bin/archive-app"
echo "To remove it: $LIB/uninstall.sh${1:+ $*}"
