"""Checks on the file as a zip before anything is parsed: signature, sizes, ratio, XML prologs."""

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

    def part(self, name: str) -> bytes:
        """A part in full (once), verified by its CRC and size, searched whole for a DTD."""
        found = self.parts.get(name)
        if found is None:
            found = self.parts[name] = _read_part(self, name)
        return found

    def has(self, name: str) -> bool:
        return name in self.archive.NameToInfo


def check_signature(data: bytes) -> None:
    """Refuse what is plainly not an .xlsx: empty, an old .xls or encrypted workbook, text."""
    if not data:
        raise SubmissionRejected(_("The file is empty."))
    if data.startswith(OLE_SIGNATURE):
        raise SubmissionRejected(
            _(
                "This is an old Excel .xls file or a password-protected workbook. Ask the council "
                "to send the submission as exported by csn-desktop (.xlsx, without a password)."
            )
        )
    if not data.startswith(ZIP_SIGNATURE):
        if _looks_like_text(data[:512]):
            raise SubmissionRejected(
                _("This is a text or CSV file, not an Excel .xlsx submission.")
            )
        raise SubmissionRejected(
            _("This is not an Excel workbook, so it is not an .xlsx submission.")
        )


def _looks_like_text(head: bytes) -> bool:
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return b"\x00" not in head


def open_checked(data: bytes, limits: Limits) -> CheckedZip:
    """Open the zip and check its directory and every XML part's prolog.

    The parts always parsed (READ_PARTS) are read in full and searched whole; the others are
    looked at up to their root element. Sheets are searched whole when they are read (part()).
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
    for info in infos:
        name = info.filename
        if not name.endswith((".xml", ".rels")):
            continue
        if name in READ_PARTS:
            checked.part(name)
        else:
            _peek(checked, info)
    if not checked.has("xl/workbook.xml"):
        raise SubmissionRejected(_("This zip file is not an Excel workbook (no xl/workbook.xml)."))
    return checked


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
            raise SubmissionRejected(_("The workbook is encrypted; send it without a password."))
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
                    "accept them: save it as an “Excel Workbook (.xlsx)” without macros."
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
    declared = rest.startswith(b"<!") or (
        complete and (b"<!DOCTYPE" in data or b"<!ENTITY" in data)
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
