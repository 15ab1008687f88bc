#!/usr/bin/env bash
# Take the README's screenshots (docs/images/*.png) under Xvfb (needs: apt-get install xvfb xauth and the
# xcb libraries listed in DESIGN §6 / scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=xcb
xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshot.py "${1:-docs/images/assessment-window.png}"
xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshot.py docs/images/assessment-window-cy.png cy
xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshot_start_page.py
