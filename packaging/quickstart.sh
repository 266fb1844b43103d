#!/usr/bin/env bash
# One command for a newcomer: install what is needed, build the sample archive, open the app.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/system-packages.sh
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
[ -f sample-archive/archive.sqlite ] || .venv/bin/archive-app --archive sample-archive demo
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = Linux ]; then
    echo "No screen found: opening the app on a virtual screen (xvfb-run). Ctrl+C to stop." >&2
    exec xvfb-run -a .venv/bin/archive-app --archive sample-archive
fi
exec .venv/bin/archive-app --archive sample-archive
