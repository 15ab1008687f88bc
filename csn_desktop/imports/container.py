"""Checks on the file as a zip (.xlsx or .ods) before anything is parsed: signature, sizes, XML."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass, field

from csn_desktop.i18n import _, format_number
from csn_desktop.imports.limits import Limits
from csn_desktop.imports.outcomes import SubmissionRejected
from csn_desktop.imports.parts import PartDamaged, inflate

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_SIGNATURE = b"PK\x03\x04"
# The parts a reader parses besides the sheets; each is decompressed in full and checked here.
# The sheets a reader parses are decompressed and checked in full when they are asked for.
READ_PARTS = (
    "[Content_Types].xml",
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "xl/sharedStrings.xml",
    "xl/styles.xml",
)
MACROS = re.compile(r"(^|/)vbaProject\.bin$|^xl/macrosheets/|^xl/activeX/", re.IGNORECASE)
# An OpenDocument spreadsheet (LibreOffice's own format): what calamine reads of it is
# content.xml; the manifest says whether the parts are encrypted.
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
ODS_CONTENT = "content.xml"
ODS_MANIFEST = "META-INF/manifest.xml"
ODS_READ_PARTS = (ODS_MANIFEST, ODS_CONTENT)
ODS_MACROS = re.compile(r"^(Basic|Scripts)/", re.IGNORECASE)
# The streams of an Excel workbook encrypted with a password (an OLE file, as an old .xls is).
_ENCRYPTED_OLE = "EncryptedPackage".encode("utf-16-le")
_PEEK = 2048
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_PROLOG = re.compile(rb"(?:\s+|<\?.*?\?>|<!--.*?-->)*", re.DOTALL)


@dataclass
class CheckedZip:
    """A zip that passed the checks, with the parts read so far (decompressed and verified)."""

    archive: zipfile.ZipFile
    data: bytes
    limits: Limits
    parts: dict[str, bytes] = field(default_factory=dict)
    ods: bool = False  # an OpenDocument spreadsheet (.ods), not an Excel workbook

    def part(self, name: str) -> bytes:
        """A part in full (once), verified by its CRC and size, searched whole for a DTD."""
        found = self.parts.get(name)
        if found is None:
            found = self.parts[name] = _read_part(self, name)
        return found

    def has(self, name: str) -> bool:
        return name in self.archive.NameToInfo


def check_signature(data: bytes) -> None:
    """Refuse what is plainly not an .xlsx or .ods: empty, an old .xls or encrypted workbook, text.

    Every refusal says what a council can do: save the workbook again as .xlsx and send that.
    """
    if not data:
        raise SubmissionRejected(_("The file is empty."))
    if data.startswith(OLE_SIGNATURE):
        if _ENCRYPTED_OLE in data:
            raise password_protected()
        raise SubmissionRejected(
            _(
                "This is an old-style Excel 97–2003 workbook (.xls), which cannot be imported. "
                "In Excel or LibreOffice: File → Save As → Excel Workbook (.xlsx), then send "
                "that file."
            )
        )
    if not data.startswith(ZIP_SIGNATURE):
        if _looks_like_text(data[:512]):
            raise SubmissionRejected(
                _(
                    "This is a text or CSV file, not a workbook, so it cannot hold a submission's "
                    "sheets. Open the workbook that was filled in and, in Excel or LibreOffice: "
                    "File → Save As → Excel Workbook (.xlsx), then send that file."
                )
            )
        raise SubmissionRejected(
            _(
                "This is not a spreadsheet workbook that csn-desktop can read. In Excel or "
                "LibreOffice: File → Save As → Excel Workbook (.xlsx), then send that file."
            )
        )


def numbers_advice() -> str:
    """Why an Apple Numbers file is refused, and what to do."""
    return _(
        "This is an Apple Numbers file, which cannot be imported. In Numbers: File → Export To "
        "→ Excel, then send the .xlsx file it makes."
    )


def password_protected() -> SubmissionRejected:
    """The refusal of a workbook protected by a password, with what to do."""
    return SubmissionRejected(
        _(
            "This workbook is protected by a password, so it cannot be read. Open it with the "
            "password and, in Excel or LibreOffice: File → Save As → Excel Workbook (.xlsx) "
            "without a password, then send that file."
        )
    )


def _looks_like_text(head: bytes) -> bool:
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return b"\x00" not in head


def open_checked(data: bytes, limits: Limits) -> CheckedZip:
    """Open the zip and check its directory and every XML part's prolog.

    The parts always parsed (READ_PARTS, or ODS_READ_PARTS for an .ods) are read in full and
    searched whole; the others are looked at up to their root element. An .xlsx's sheets are
    searched whole when they are read (part()).
    """
    if len(data) > limits.max_file_bytes:
        raise SubmissionRejected(
            _("The file is {size} MB; a submission is at most {limit} MB.").format(
                size=format_number(round(len(data) / 1e6, 1)),
                limit=format_number(round(limits.max_file_bytes / 1e6)),
            )
        )
    check_signature(data)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as error:
        raise SubmissionRejected(
            _(
                "The file is damaged or incomplete (perhaps cut short in an e-mail): {reason}."
            ).format(reason=error)
        ) from None
    infos = archive.infolist()
    _check_directory(infos, limits)
    checked = CheckedZip(archive, data, limits)
    read_parts: tuple[str, ...] = READ_PARTS
    if not checked.has("xl/workbook.xml"):
        _check_opendocument(checked, infos)
        checked.ods = True
        read_parts = ODS_READ_PARTS
    for info in infos:
        name = info.filename
        if not name.endswith((".xml", ".rels")):
            continue
        if name in read_parts:
            checked.part(name)
        else:
            _peek(checked, info)
    return checked


def _check_opendocument(checked: CheckedZip, infos: list[zipfile.ZipInfo]) -> None:
    """Refuse a zip that is not an OpenDocument spreadsheet without macros or a password."""
    names = checked.archive.NameToInfo
    mimetype = names.get("mimetype")
    kind = b""
    if mimetype is not None and mimetype.file_size <= len(ODS_MIMETYPE) + 64:
        kind = _read_part(checked, "mimetype").strip()
    if kind != ODS_MIMETYPE:
        if any(name.startswith("Index/") or name.endswith(".iwa") for name in names):
            raise SubmissionRejected(numbers_advice())
        raise SubmissionRejected(
            _(
                "This zip file is not a spreadsheet workbook (.xlsx or .ods). In Excel or "
                "LibreOffice: File → Save As → Excel Workbook (.xlsx), then send that file."
            )
        )
    if any(ODS_MACROS.match(info.filename) for info in infos):
        raise SubmissionRejected(
            _(
                "The spreadsheet contains macros. csn-desktop never runs them and does not accept "
                "them. In Excel or LibreOffice: File → Save As → Excel Workbook (.xlsx), then "
                "send that file."
            )
        )
    # An encrypted part is not XML at all: say so before its prolog is looked at.
    if b"encryption-data" in checked.part(ODS_MANIFEST):
        raise password_protected()
    if not checked.has(ODS_CONTENT):
        raise SubmissionRejected(_("The spreadsheet has no content.xml: it is damaged."))


def _check_directory(infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(infos) > limits.max_entries:
        raise SubmissionRejected(
            _(
                "The workbook has {count} parts; a submission has at most {limit}. "
                "It is not a csn-desktop submission."
            ).format(count=format_number(len(infos)), limit=format_number(limits.max_entries))
        )
    total = 0
    for info in infos:
        total += info.file_size
        if info.flag_bits & 0x1:
            raise password_protected()
        if info.file_size > limits.ratio_floor and (
            info.file_size > limits.max_ratio * max(info.compress_size, 1)
        ):
            raise SubmissionRejected(
                _(
                    "Part {part} expands {ratio} times when unpacked: this looks like a zip bomb."
                ).format(
                    part=info.filename,
                    ratio=format_number(round(info.file_size / max(info.compress_size, 1))),
                )
            )
        lower = info.filename.lower()
        if ("vba" in lower or lower.startswith(("xl/macrosheets/", "xl/activex/"))) and (
            MACROS.search(info.filename)
        ):
            raise SubmissionRejected(
                _(
                    "The workbook contains macros. csn-desktop never runs them and does not "
                    "accept them. In Excel or LibreOffice: File → Save As → Excel Workbook "
                    "(.xlsx), then send that file."
                )
            )
        if lower.startswith("xl/externallinks/"):
            raise SubmissionRejected(
                _(
                    "The workbook links to other workbooks (external links). Submissions must "
                    "hold their values only: remove the links (Data → Edit Links → Break Link)."
                )
            )
    if total > limits.max_total_uncompressed:
        raise SubmissionRejected(
            _(
                "The workbook unpacks to {size} MB; a submission unpacks to at most {limit} MB. "
                "This looks like a zip bomb."
            ).format(
                size=format_number(round(total / 1e6)),
                limit=format_number(round(limits.max_total_uncompressed / 1e6)),
            )
        )


def _read_part(checked: CheckedZip, name: str) -> bytes:
    info = checked.archive.NameToInfo.get(name)
    if info is None:
        return b""
    limit = checked.limits.max_read_part_bytes
    if info.file_size > limit:
        raise SubmissionRejected(
            _("Part {part} is {size} MB unpacked; the limit is {limit} MB.").format(
                part=name,
                size=format_number(round(info.file_size / 1e6)),
                limit=format_number(round(limit / 1e6)),
            )
        )
    try:
        # Never more than the declared size is unpacked, and the CRC is checked.
        return inflate(
            checked.archive,
            checked.data,
            info,
            lambda content: check_prolog(name, content),
            complete=True,
        )
    except (PartDamaged, zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as error:
        raise SubmissionRejected(
            _("Part {part} of the workbook is damaged: {reason}.").format(part=name, reason=error)
        ) from None


def _peek(checked: CheckedZip, info: zipfile.ZipInfo) -> bytes:
    """The start of a part that is not parsed, with its prolog checked."""
    try:
        return inflate(
            checked.archive,
            checked.data,
            info,
            lambda start: check_prolog(info.filename, start, complete=False),
            complete=False,
            limit=_PEEK,
        )
    except (PartDamaged, zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as error:
        raise SubmissionRejected(
            _("Part {part} of the workbook is damaged: {reason}.").format(
                part=info.filename, reason=error
            )
        ) from None


def check_prolog(name: str, data: bytes, *, complete: bool = True) -> None:
    """Refuse a document type declaration (entities: billion laughs, external entities).

    Excel never writes one. It can only come before the root element, after the XML
    declaration, comments and processing instructions, so those are skipped and what follows
    must be an element. ``complete`` is False when ``data`` is only the start of the part: a
    prolog longer than that is refused too. A complete part must not hold one anywhere.
    """
    if data.startswith(_UTF16_BOMS):
        data = data.decode("utf-16", errors="replace").encode("utf-8")
    data = data.removeprefix(b"\xef\xbb\xbf")
    rest = _quick_root(data)
    if rest is None:
        skipped = _PROLOG.match(data)
        rest = data[skipped.end() if skipped else 0 :]
    too_long = not rest and not complete and len(data) >= _PEEK
    # One search for "<!" first: parts almost never hold one, and each search is a pass.
    declared = rest.startswith(b"<!") or (
        complete and b"<!" in data and (b"<!DOCTYPE" in data or b"<!ENTITY" in data)
    )
    if too_long or declared or b"\x00" in data[:_PEEK]:
        raise SubmissionRejected(
            _(
                "Part {part} declares a document type or entities (an XML entity attack such as "
                "“billion laughs” or an external entity). Submissions never contain one."
            ).format(part=name)
        )


def _quick_root(data: bytes) -> bytes | None:
    """The usual prolog (an XML declaration, a line break) skipped, if the root element follows."""
    if data.startswith(b"<?xml"):
        end = data.find(b"?>", 0, 512)
        after = data[end + 2 : end + 66].lstrip() if end > 0 else b""
    else:
        after = data[:64]
    if after.startswith(b"<") and not after.startswith((b"<!", b"<?")):
        return after
    return None
