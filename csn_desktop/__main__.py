"""``python -m csn_desktop``."""

import sys

from csn_desktop.main import main

sys.exit(main())
