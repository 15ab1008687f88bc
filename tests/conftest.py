"""Test-wide settings: Qt runs on its offscreen platform, without a display."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
