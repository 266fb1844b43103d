#!/usr/bin/env bash
# Installs the system libraries Qt needs on Debian/Ubuntu: sound for QtMultimedia, a CJK font,
# the xcb pieces for real windows, and Xvfb for a virtual screen; and what the tests use:
# ffmpeg makes the player's test video and checks the story films (ffprobe), util-linux's
# setpriv runs a child without root's power to read any file, chromium and chromium-driver open
# the exported story site headless; desktop-file-utils and appstream validate the desktop entry
# and AppStream metainfo (tests/packaging), binutils strips the frozen build's debug symbols
# (packaging/build-linux.sh) and gcc compiles its stand-ins for the encoders the app never uses
# (packaging/linux/stand_in_encoders.py). The app itself runs none of them (its FFmpeg is PyAV's).
# Safe to run again.
set -euo pipefail
if ! command -v apt-get >/dev/null 2>&1; then
    echo "system-packages: no apt-get here; install Qt's runtime libraries and a CJK font yourself" >&2
    exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends \
    libpulse0 fonts-wqy-microhei xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 \
    libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 \
    libxcb-xkb1 libxkbcommon-x11-0 libxkbcommon0 libegl1 libgl1 libglib2.0-0 libfontconfig1 \
    libdbus-1-3 libgstreamer1.0-0 python3-venv ffmpeg util-linux chromium chromium-driver \
    desktop-file-utils appstream binutils gcc libc6-dev \
    >/dev/null
