"""Unpacking one zip part straight from the file's bytes, and remembering parts already checked."""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Callable

from csn_desktop.i18n import _

_LOCAL_HEADER = struct.Struct("<4s22xHH")  # signature … file name length, extra field length
_LOCAL_SIGNATURE = b"PK\x03\x04"
# Parts whose compressed bytes were seen before (theme, styles, workbook …: every submission
# exported by one app version has them byte for byte) are not unpacked and checked again.
_REMEMBERED_BYTES = 64 * 1024
_REMEMBERED_PARTS = 256
_remembered: dict[tuple[str, bool, int, int, int], tuple[bytes, bytes]] = {}


class PartDamaged(Exception):
    """A part whose bytes do not match the zip's directory."""


def inflate(
    archive: zipfile.ZipFile,
    data: bytes,
    info: zipfile.ZipInfo,
    check: Callable[[bytes], None],
    *,
    complete: bool,
    limit: int = 0,
) -> bytes:
    """The part ``info`` of ``data``: all of it (size and CRC checked) or its first ``limit`` bytes.

    ``check`` raises if the content is refused; content that passed it once is remembered by
    its exact compressed bytes. Stored and deflated parts (all an .xlsx uses) are unpacked
    here with zlib, much quicker than through zipfile; other methods go through zipfile.
    Either way at most the size the directory declares is unpacked.
    """
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        if complete:
            content = archive.read(info)
        else:
            with archive.open(info) as stream:
                content = stream.read(limit)
        check(content)
        return content
    raw = _compressed(data, info)
    key = (info.filename, complete, limit, info.CRC, info.file_size)
    known = _remembered.get(key)
    if known is not None and known[0] == raw:
        return known[1]
    content = _unpack(raw, info, complete=complete, limit=limit)
    check(content)
    if len(raw) <= _REMEMBERED_BYTES:
        if len(_remembered) >= _REMEMBERED_PARTS:
            _remembered.clear()
        _remembered[key] = (bytes(raw), content)
    return content


def _compressed(data: bytes, info: zipfile.ZipInfo) -> memoryview:
    offset = info.header_offset
    if offset < 0 or offset + _LOCAL_HEADER.size > len(data):
        raise PartDamaged(_("its header is outside the file"))
    signature, name_length, extra_length = _LOCAL_HEADER.unpack_from(data, offset)
    if signature != _LOCAL_SIGNATURE:
        raise PartDamaged(_("its header is missing"))
    start = offset + _LOCAL_HEADER.size + name_length + extra_length
    end = start + info.compress_size
    if end > len(data):
        raise PartDamaged(_("it is cut short"))
    return memoryview(data)[start:end]


def _unpack(raw: memoryview, info: zipfile.ZipInfo, *, complete: bool, limit: int) -> bytes:
    size = info.file_size if complete else min(limit, info.file_size)
    if info.compress_type == zipfile.ZIP_STORED:
        content = bytes(raw[:size])
    else:
        inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        # max_length 0 would mean no limit, so an empty part is only checked below.
        content = inflater.decompress(raw, size) if size else b""
        tail = inflater.unconsumed_tail if size else raw
        if complete and not inflater.eof and (inflater.decompress(tail, 1) or not inflater.eof):
            raise PartDamaged(_("it unpacks to more than the zip says"))
    if complete and (len(content) != info.file_size or zlib.crc32(content) != info.CRC):
        raise PartDamaged(_("its size or checksum does not match"))
    return content
