#!/usr/bin/env bash
# Checks a built Linux tarball the way a person would use it, on this machine but outside the
# project: unpack it into an empty folder, install it there with its install.sh, and start the
# installed app with an empty environment (env -i: no virtual environment, no PYTHONPATH, a new
# HOME, offscreen): print its version, build and open the sample archive, import five files
# (recordings, a transcript, a JPEG and a HEIC photo, so the import's worker processes start
# from the frozen executable and pi-heif reads the phone photo), search in simplified and
# traditional characters and pinyin, use the command line, export a story site, a bag and a
# story film, then uninstall.
#
#     bash packaging/smoke-test.sh [dist/hometown-voices-VERSION-linux-ARCH.tar.gz]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TARBALL=${1:-$(ls -t dist/hometown-voices-*-linux-*.tar.gz 2>/dev/null | head -n 1)}
[ -f "$TARBALL" ] || { echo "smoke-test: no tarball; run packaging/build-linux.sh first" >&2; exit 2; }
TARBALL=$(cd "$(dirname "$TARBALL")" && pwd)/$(basename "$TARBALL")

WORK=$(mktemp -d "${TMPDIR:-/tmp}/hometown-voices-smoke.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/unpacked" "$WORK/home" "$WORK/files"
cp "$ROOT"/packaging/smoke/* "$WORK/files/"
tar -C "$WORK/unpacked" -xzf "$TARBALL"
UNPACKED=$(ls -d "$WORK"/unpacked/hometown-voices-*)
PREFIX=$WORK/prefix

# the person's environment, and nothing of ours
bare() {
    env -i HOME="$WORK/home" PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 \
        QT_QPA_PLATFORM=offscreen "$@"
}
step() { echo "== $*" >&2; }

step "run unpacked, without installing"
bare "$UNPACKED/app/archive-app" --version

step "install into $PREFIX"
bare sh "$UNPACKED/install.sh" --prefix "$PREFIX" >/dev/null
APP=$PREFIX/bin/archive-app
for file in "$APP" "$PREFIX/share/applications/hometown-voices.desktop" \
    "$PREFIX/share/icons/hicolor/48x48/apps/hometown-voices.png" \
    "$PREFIX/share/icons/hicolor/scalable/apps/hometown-voices.svg" \
    "$PREFIX/share/metainfo/org.hometownvoices.ArchiveApp.metainfo.xml"; do
    [ -e "$file" ] || { echo "smoke-test: install.sh did not make $file" >&2; exit 1; }
done
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$PREFIX/share/applications/hometown-voices.desktop"
fi

step "version"
version=$(bare "$APP" --version)
echo "$version"
case "$version" in "archive-app "*) ;; *) echo "smoke-test: unexpected --version: $version" >&2; exit 1 ;; esac

step "open the sample archive, import, search (the desktop app, offscreen)"
bare "$APP" --archive "$WORK/home/Sample" smoke --sample --import "$WORK/files" \
    --search 槐树 --search 槐樹 --search huaishu --search 爸爸妈妈回家 | tee "$WORK/smoke.jsonl"
grep -q '"step": "done"' "$WORK/smoke.jsonl"

step "the command line"
bare "$APP" --archive "$WORK/home/Sample" search 外婆 --json > "$WORK/search.json"
grep -q '"hits"' "$WORK/search.json"
bare "$APP" --archive "$WORK/home/Sample" check >/dev/null

step "exports: a story site (its audio made by PyAV's FFmpeg) and a bag (bagit)"
story=$(bare "$APP" --archive "$WORK/home/Sample" list interviews --json \
    | grep -o '"id": *"[^"]*"' | head -n 1 | sed 's/.*"\([^"]*\)"$/\1/')
bare "$APP" --archive "$WORK/home/Sample" export site "$WORK/out/site" --audience curator \
    --interview "$story" >/dev/null
if [ ! -f "$WORK/out/site/index.html" ] || ! ls "$WORK"/out/site/media/*.m4a >/dev/null 2>&1; then
    echo "smoke-test: the story site lacks its page or its audio" >&2
    exit 1
fi
bare "$APP" --archive "$WORK/home/Sample" export bag "$WORK/out/bag.zip" --audience curator \
    --all --zip >/dev/null
[ -s "$WORK/out/bag.zip" ] || { echo "smoke-test: no bag was written" >&2; exit 1; }

step "a story film (H.264 and AAC: x264 is real, the unused encoders are stand-ins)"
bare "$APP" --archive "$WORK/home/Sample" export films "$WORK/out/films" --audience curator \
    --interview "$story" >/dev/null
if ! ls "$WORK"/out/films/*.mp4 >/dev/null 2>&1; then
    echo "smoke-test: no story film was written" >&2
    exit 1
fi

step "uninstall"
bare sh "$PREFIX/lib/hometown-voices/uninstall.sh" --prefix "$PREFIX" >/dev/null
if [ -e "$APP" ] || [ -e "$PREFIX/lib/hometown-voices" ] \
    || [ -e "$PREFIX/share/applications/hometown-voices.desktop" ]; then
    echo "smoke-test: uninstall.sh left files behind" >&2
    exit 1
fi
[ -f "$WORK/home/Sample/archive.sqlite" ] || { echo "smoke-test: the archive went with the app" >&2; exit 1; }
echo "smoke test passed: $(basename "$TARBALL")"
