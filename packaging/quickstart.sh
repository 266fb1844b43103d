#!/usr/bin/env bash
# One command for a newcomer: install what is needed, build the sample archive, open the app.
# Says what it is doing at each step. Without a screen it checks that the app starts on a
# virtual screen instead, stops by itself, and says how to go on.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }
say() { printf '    %s\n' "$@"; }

next_steps() {
    step "Ready. The archive-app command lives in .venv/bin; to use it in this shell, run"
    say "source .venv/bin/activate" \
        "" \
        "and then, for example:" \
        "archive-app --archive sample-archive list interviews" \
        "archive-app --archive sample-archive search 春节" \
        "archive-app --help" \
        "" \
        "The README's examples assume the first line. Tests:" \
        "QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest"
}

step "1/4 Installing the system libraries Qt needs: sound, a Chinese font, X11 pieces, Xvfb"
say "(with apt-get; asks for sudo when not run as root)"
bash packaging/system-packages.sh

step "2/4 Making the virtual environment .venv with the app and its test tools"
say "(a few minutes the first time: PySide6 is large)"
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'

step "3/4 Building the sample archive in sample-archive/"
if [ -f sample-archive/archive.sqlite ]; then
    say "it is already there: kept as it is"
else
    .venv/bin/archive-app --archive sample-archive demo
fi

if [ "$(uname)" = Linux ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    step "4/4 No screen here (DISPLAY is not set), so the app's window cannot be shown"
    if ! command -v xvfb-run >/dev/null 2>&1; then
        say "xvfb-run is missing too: the app was not started."
        next_steps
        exit 0
    fi
    say "Checking instead that it starts, on an invisible virtual screen (xvfb-run)." \
        "It stops by itself after 20 seconds; press Ctrl+C to stop it sooner."
    status=0
    xvfb-run -a timeout --preserve-status -s INT 20 \
        .venv/bin/archive-app --archive sample-archive || status=$?
    case "$status" in
        0 | 130) say "The app started on the virtual screen and closed cleanly." ;;
        *)
            say "The app did not start (exit status $status). To see why:" \
                "xvfb-run -a .venv/bin/archive-app --archive sample-archive --verbose"
            exit "$status"
            ;;
    esac
    say "On a computer with a screen the same command shows its window:" \
        "archive-app --archive sample-archive"
    next_steps
    exit 0
fi

next_steps
step "4/4 Opening the app on the sample archive: close its window (or press Ctrl+C here) to stop"
exec .venv/bin/archive-app --archive sample-archive
