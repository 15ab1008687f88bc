"""Third-party notices: runtime dependencies' licences, Qt's LGPL, the fonts, the council data."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from csn_desktop.i18n import N_, _
from csn_desktop.paths import data_root, resources_dir

NOTICES_FILE = "THIRD-PARTY-NOTICES.txt"
NAME_FIELD = "Name"  # not translated: a package metadata field
_LICENCE_FILE = re.compile(r"(^|/)(LICEN[CS]E|COPYING|NOTICE|COPYRIGHT)[^/]*$", re.IGNORECASE)
_REQUIREMENT_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")

# TRANSLATORS: the app's own statement of how it uses Qt; keep the addresses as they are.
QT_NOTICE = N_("""\
Qt for Python (PySide6-Essentials, Shiboken6) and the Qt libraries it contains are used under
the GNU Lesser General Public License version 3 (LGPL-3.0). The Qt libraries are shipped as
separate, unmodified shared libraries that you may replace with your own build.
Source code: https://code.qt.io and https://download.qt.io/official_releases/QtForPython/
Licence text: https://www.gnu.org/licenses/lgpl-3.0.html
""")


@dataclass(frozen=True, slots=True)
class DistributionNotice:
    name: str
    version: str
    licence: str
    texts: tuple[str, ...]


def runtime_distributions(root: str = "csn-desktop") -> list[metadata.Distribution]:
    """The installed distributions the app needs at run time: its requirements, recursively."""
    seen: dict[str, metadata.Distribution] = {}
    pending = [root]
    while pending:
        name = pending.pop()
        key = _normalise(name)
        if key in seen:
            continue
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = distribution
        for requirement in distribution.requires or []:
            if "extra ==" in requirement:
                continue  # optional extras (dev tools) are not shipped
            match = _REQUIREMENT_NAME.match(requirement)
            if match:
                pending.append(match[1])
    seen.pop(_normalise(root), None)
    return sorted(seen.values(), key=lambda d: _normalise(d.metadata[NAME_FIELD]))


def distribution_notice(distribution: metadata.Distribution) -> DistributionNotice:
    meta = distribution.metadata
    licence = _first(meta, "License-Expression")
    if not licence:
        short = _first(meta, "License").strip()  # not translated: a package metadata field
        licence = short if short and len(short) < 200 else ""
    if not licence:
        trove = meta.get_all("Classifier") or []  # not translated: a package metadata field
        classifiers = [c.split(" :: ")[-1] for c in trove]
        licence = ", ".join(c for c in classifiers if "License" in c)  # not translated: metadata
        licence = licence or _("see licence text")
    texts = []
    for file in distribution.files or []:
        if _LICENCE_FILE.search(str(file)):
            try:
                # The licence texts are the packages' own words, given as they are.
                texts.append(f"--- {file.name} ---\n{file.read_text(encoding='utf-8').strip()}")
            except (OSError, UnicodeDecodeError):
                continue
    return DistributionNotice(meta[NAME_FIELD], distribution.version, licence, tuple(texts))


def build_notices() -> str:
    """The full notices text, generated from the installed packages and bundled data."""
    title = _("csn-desktop third-party notices")
    parts = [title, "=" * len(title), "", _(QT_NOTICE)]
    folders = ((resources_dir() / "fonts", _("Fonts")), (resources_dir() / "councils", ""))
    for folder, group in folders:
        for file in sorted(folder.glob("*.md")) + sorted(folder.glob("OFL*.txt")):
            # The bundled files (the font licence, the council data's terms) are given as they are.
            heading = group or _("UK local authorities")
            parts += [f"== {heading}: {file.name} ==", file.read_text(encoding="utf-8").strip(), ""]
    for distribution in runtime_distributions():
        notice = distribution_notice(distribution)
        parts += [f"== {notice.name} {notice.version} — {notice.licence} ==", *notice.texts, ""]
    return "\n".join(parts)


def notices_text() -> str:
    """The notices shipped with a bundle, or generated when running from source."""
    shipped = data_root() / "licences" / NOTICES_FILE
    if shipped.is_file():
        return shipped.read_text(encoding="utf-8")
    return build_notices()


def write_notices(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    path = target / NOTICES_FILE
    path.write_text(build_notices(), encoding="utf-8")
    return path


def _first(meta: metadata.PackageMetadata, field: str) -> str:
    values = meta.get_all(field) or []
    return str(values[0]) if values else ""


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()
