"""Editing a workbook in a real LibreOffice Calc over UNO; run by the system Python (python3-uno).

Usage: /usr/bin/python3 calc_uno.py < job.json, where the job is
``{"source": path, "target": path, "filter": "calc8" | "Calc MS Excel 2007 XML",
"profile": folder, "locale": "en-GB", "timeout": seconds, "edits": [...]}``.
Each edit names a sheet and does one thing, in order:

- ``{"sheet": s, "cell": "D5", "type": text}``: the text entered as Calc enters what a person
  types (the cell's number format and the locale decide whether "24/7" stays text or becomes
  a date; choosing from a drop-down list is typing the choice's label);
- ``{"sheet": s, "cell": "D5", "number": 3}`` and ``{..., "date": "2026-11-20"}``: the cell
  formatted as a number (or a date), then the value typed: a number or a date, never text;
- ``{"sheet": s, "cell": "D5", "clear": true}``: the cell emptied (the Delete key);
- ``{"sheet": s, "insert_rows": 2, "count": 1}``: empty rows inserted before row 2.

A headless soffice is started with a private profile (never the user's), the workbook opened
hidden, edited, stored with the filter and closed; soffice is ended whatever happens, and killed
if it does not end. The venv's Python cannot import uno (it is Debian's), hence a script of its
own.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import uno  # type: ignore[import-not-found]  # Debian's python3-uno
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]
from com.sun.star.connection import NoConnectException  # type: ignore[import-not-found]

# Calc counts days from 1899-12-30, as Excel does for dates after February 1900.
_EPOCH = date(1899, 12, 30).toordinal()
# com.sun.star.sheet.CellFlags VALUE | DATETIME | STRING | FORMULA: what the Delete key clears.
_CONTENTS = 1 | 2 | 4 | 16
# com.sun.star.i18n.NumberFormatIndex.DATE_DIN_YYYYMMDD: 2026-11-20.
_ISO_DATE = 33
# com.sun.star.util.NumberFormat.TEXT: a cell formatted as text (@).
_TEXT = 256


def main() -> int:
    job = json.load(sys.stdin)
    deadline = time.monotonic() + float(job.get("timeout", 120))
    pipe = f"csn-calc-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    profile = Path(job.get("profile") or tempfile.mkdtemp(prefix="csn-calc-"))
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(
            [
                job.get("soffice", "soffice"),
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--invisible",
                "--norestore",
                "--nologo",
                "--nodefault",
                "--nolockcheck",
                f"--accept=pipe,name={pipe};urp;",
            ],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            context = _connect(pipe, process, deadline)
            _set_locale(context, job.get("locale", "en-GB"))
            _edit(context, job)
            _terminate(context)
            process.wait(timeout=max(deadline - time.monotonic(), 5))
        except BaseException:
            log.seek(0)
            sys.stderr.write(log.read().decode("utf-8", errors="replace"))
            raise
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
    return 0


def _connect(pipe: str, process: subprocess.Popen[bytes], deadline: float) -> Any:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except NoConnectException:
            if process.poll() is not None:
                raise RuntimeError(
                    f"soffice ended before it accepted: {process.returncode}"
                ) from None
            if time.monotonic() > deadline:
                raise TimeoutError("soffice did not accept a connection in time") from None
            time.sleep(0.1)


def _property(name: str, value: object) -> Any:
    found = PropertyValue()
    found.Name = name
    found.Value = value
    return found


def _set_locale(context: Any, locale: str) -> None:
    """The locale Calc reads typed input in (dates as 24/7 mean the 24th of July in en-GB)."""
    provider = context.ServiceManager.createInstanceWithContext(
        "com.sun.star.configuration.ConfigurationProvider", context
    )
    access = provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationUpdateAccess",
        (_property("nodepath", "/org.openoffice.Setup/L10N"),),
    )
    access.ooSetupSystemLocale = locale
    access.commitChanges()


def _edit(context: Any, job: dict[str, Any]) -> None:
    manager = context.ServiceManager
    desktop = manager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    source = uno.systemPathToFileUrl(str(Path(job["source"]).resolve()))
    document = desktop.loadComponentFromURL(source, "_blank", 0, (_property("Hidden", True),))
    if document is None:
        raise RuntimeError(f"LibreOffice could not open {job['source']}")
    try:
        formatter = manager.createInstanceWithContext("com.sun.star.util.NumberFormatter", context)
        formatter.attachNumberFormatsSupplier(document)
        language, _, country = job.get("locale", "en-GB").partition("-")
        locale = uno.createUnoStruct("com.sun.star.lang.Locale", language, country, "")
        for edit in job.get("edits", []):
            _apply(document, formatter, locale, edit)
        target = uno.systemPathToFileUrl(str(Path(job["target"]).resolve()))
        document.storeToURL(
            target, (_property("FilterName", job["filter"]), _property("Overwrite", True))
        )
    finally:
        document.close(True)


def _apply(document: Any, formatter: Any, locale: Any, edit: dict[str, Any]) -> None:
    sheet = document.Sheets.getByName(edit["sheet"])
    if "insert_rows" in edit:
        sheet.Rows.insertByIndex(int(edit["insert_rows"]) - 1, int(edit.get("count", 1)))
        return
    cell = sheet.getCellRangeByName(edit["cell"])
    if "date" in edit:
        # Format Cells → Date (ISO 8601, a format of every locale), then the date typed.
        cell.NumberFormat = document.NumberFormats.getFormatIndex(_ISO_DATE, locale)
        _type(document, formatter, cell, date.fromisoformat(edit["date"]).isoformat())
    elif "number" in edit:
        cell.NumberFormat = document.NumberFormats.getStandardIndex(locale)
        value = float(edit["number"])
        _type(document, formatter, cell, f"{value:.0f}" if value.is_integer() else repr(value))
    elif "type" in edit:
        _type(document, formatter, cell, edit["type"])
    elif edit.get("clear"):
        cell.clearContents(_CONTENTS)
    else:
        raise ValueError(f"an edit that does nothing: {edit}")


def _type(document: Any, formatter: Any, cell: Any, text: str) -> None:
    """``text`` entered as Calc enters what is typed into a cell.

    A cell formatted as text keeps the text; otherwise Calc's number recognition, in the
    locale set, decides (in en-GB, 24/7 is the 24th of July and 3 a number), and a date or
    number typed into a General cell takes the format recognised. (Typing through the view,
    .uno:EnterString, makes a hidden document in a headless Calc 7.4 abort on its next idle.)
    """
    if text.startswith("="):
        raise ValueError(f"formulas are not typed here: {text!r}")
    key = cell.NumberFormat
    format_ = document.NumberFormats.getByKey(key)
    if not text or format_.Type & _TEXT:
        cell.setString(text)
        return
    try:
        value = formatter.convertStringToNumber(key, text)
    except Exception:  # not a number, date or time in this locale: text
        cell.setString(text)
        return
    detected = formatter.detectNumberFormat(key, text)
    cell.Value = value
    if format_.FormatString == "General" and detected != key:
        cell.NumberFormat = detected


def _terminate(context: Any) -> None:
    desktop = context.ServiceManager.createInstanceWithContext(
        "com.sun.star.frame.Desktop", context
    )
    # The bridge may go down as soffice ends: that is expected.
    with contextlib.suppress(Exception):
        desktop.terminate()


if __name__ == "__main__":
    sys.exit(main())
