"""OpenDocument spreadsheets (.ods) written by hand, for tests that need no LibreOffice."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape, quoteattr

import python_calamine

MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
HEAD = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content '
    b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    b'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    b'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    b'office:version="1.3"><office:body><office:spreadsheet>'
)
TAIL = b"</office:spreadsheet></office:body></office:document-content>"
MANIFEST = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
    b'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
    b'<manifest:file-entry manifest:full-path="/" '
    b'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    b'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    b"</manifest:manifest>"
)


def table(name: str, rows: list[list[object]]) -> bytes:
    """One sheet: every value as text, with an empty tail as LibreOffice writes it."""
    out = [f"<table:table table:name={quoteattr(name)}>"]
    for row in rows:
        out.append("<table:table-row>")
        for value in row:
            if value == "":
                out.append("<table:table-cell/>")
            else:
                out.append(
                    '<table:table-cell office:value-type="string">'
                    f"<text:p>{escape(str(value))}</text:p></table:table-cell>"
                )
        out.append('<table:table-cell table:number-columns-repeated="16370"/></table:table-row>')
    out.append(
        '<table:table-row table:number-rows-repeated="1048000">'
        '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>'
    )
    out.append("</table:table>")
    return "".join(out).encode("utf-8")


def ods(
    tables: bytes,
    *,
    mimetype: bytes = MIMETYPE,
    manifest: bytes = MANIFEST,
    head: bytes = HEAD,
    extra: dict[str, bytes] | None = None,
) -> bytes:
    """A spreadsheet zipped as LibreOffice does: the mimetype first and stored."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype, zipfile.ZIP_STORED)
        archive.writestr("content.xml", head + tables + TAIL)
        archive.writestr("META-INF/manifest.xml", manifest)
        for name, content in (extra or {}).items():
            archive.writestr(name, content)
    return out.getvalue()


def tables_from_xlsx(data: bytes) -> bytes:
    """Every sheet of an .xlsx as an .ods's tables, its cells copied as text."""
    workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    return b"".join(
        table(name, workbook.get_sheet_by_name(name).to_python(skip_empty_area=False))
        for name in workbook.sheet_names
    )


def ods_from_xlsx(data: bytes) -> bytes:
    """The same workbook as an .ods."""
    return ods(tables_from_xlsx(data))
