"""Where bundled data and the user's folders are: from a checkout, a wheel or the bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

APP_NAME = "csn-desktop"
APP_AUTHOR = "City Standards Network"  # not translated: part of the data folder path


@cache
def data_root() -> Path:
    """The folder that holds ``resources/`` and ``assessments/``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle)
    package = Path(__file__).resolve().parent
    checkout = package.parent
    if (checkout / "resources").is_dir() and (checkout / "assessments").is_dir():
        return checkout
    # An installed wheel carries both folders inside the package (see pyproject.toml).
    return package / "_data"


def resources_dir() -> Path:
    return data_root() / "resources"


def assessments_dir() -> Path:
    return data_root() / "assessments"


def councils_csv() -> Path:
    return resources_dir() / "councils" / "uk_local_authorities.csv"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def translations_dir() -> Path:
    """The catalogues: ``LANG/LC_MESSAGES/csn_desktop.mo`` and ``qt/csn_desktop_LANG.qm``."""
    return resources_dir() / "translations"


def user_data_dir() -> Path:
    """Per-user writable data (the database); nothing is ever written beside the program."""
    import platformdirs  # imported when asked: `list --database X` never needs it

    return platformdirs.user_data_path(APP_NAME, APP_AUTHOR)


def user_cache_dir() -> Path:
    import platformdirs  # see user_data_dir

    return platformdirs.user_cache_path(APP_NAME, APP_AUTHOR)


def user_log_dir() -> Path:
    import platformdirs  # see user_data_dir

    return platformdirs.user_log_path(APP_NAME, APP_AUTHOR)
