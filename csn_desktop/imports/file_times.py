"""The workbook's own last-saved time, as Excel and LibreOffice write it on every save."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from xml.etree.ElementTree import Element

from defusedxml.ElementTree import fromstring

from csn_desktop.imports.container import CheckedZip

XLSX_PROPERTIES = "docProps/core.xml"
ODS_META = "meta.xml"
_MODIFIED = "{http://purl.org/dc/terms/}modified"  # not translated: XML name
_DC_DATE = "{http://purl.org/dc/elements/1.1/}date"  # not translated: XML name
# W3CDTF as Office writes it (2026-11-30T10:15:00Z), or with a fraction of a second and an
# offset; LibreOffice's meta.xml gives up to nine fraction digits and often no offset.
_MOMENT = re.compile(
    r"^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(:\d{2})?(?:\.(\d+))?)?(Z|[+-]\d{2}:?\d{2})?$"
)


def file_modified_at(checked: CheckedZip) -> datetime | None:
    """When the file was last saved, aware UTC; None when it does not say (never a refusal).

    An .xlsx keeps it in docProps/core.xml (dcterms:modified), an .ods in meta.xml (dc:date).
    The part is read through the checked zip (its size limited, any DTD refused) and parsed
    with defusedxml. A time without an offset is taken as UTC.
    """
    name, tag = (ODS_META, _DC_DATE) if checked.ods else (XLSX_PROPERTIES, _MODIFIED)
    if not checked.has(name):
        return None
    try:
        root: Element = fromstring(checked.part(name), forbid_dtd=True)
    except Exception:  # a damaged or refused part (SubmissionRejected too) says nothing
        return None
    found = root.find(f".//{tag}")
    if found is None or not found.text:
        return None
    return parse_w3cdtf(found.text.strip())


def parse_w3cdtf(text: str) -> datetime | None:
    """2026-11-30T10:15:00Z (seconds, fraction and offset optional) as aware UTC, or None."""
    match = _MOMENT.match(text)
    if match is None:
        return None
    day, minutes, seconds, fraction, offset = match.groups()
    iso = f"{day}T{minutes or '00:00'}{seconds or ':00'}"
    if fraction:
        iso += "." + fraction[:6].ljust(6, "0")
    if offset and offset != "Z":
        iso += offset if ":" in offset else f"{offset[:3]}:{offset[3:]}"
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)
