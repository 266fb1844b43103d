#!/bin/sh
# Removes Hometown Voices (乡音) installed by install.sh. Your archives are never touched.
#
#     ./uninstall.sh               from ~/.local
#     sudo ./uninstall.sh --system     from /usr/local
#     ./uninstall.sh --prefix DIR      from DIR
set -eu
PREFIX="$HOME/.local"
QUIET=""
while [ $# -gt 0 ]; do
    case "$1" in
        --system) PREFIX=/usr/local ;;
        --prefix) PREFIX=${2:?--prefix needs a folder}; shift ;;
        --quiet) QUIET=1 ;;
        -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
        *) echo "uninstall.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
    shift
done
case "$PREFIX" in /*) ;; *) PREFIX=$(pwd)/$PREFIX ;; esac
LIB="$PREFIX/lib/hometown-voices"
MANIFEST="$LIB/installed-files.txt"
if [ ! -f "$MANIFEST" ]; then
    echo "uninstall.sh: Hometown Voices is not installed in $PREFIX" >&2
    exit 1
fi
while IFS= read -r file; do
    case "$file" in "$PREFIX"/*) rm -f "$file" ;; esac  # only what install.sh put there
done < "$MANIFEST"
rm -rf "$LIB"
SHARE="$PREFIX/share"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$SHARE/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
[ -n "$QUIET" ] || echo "Hometown Voices is removed from $PREFIX. Your archives are still where they were."
