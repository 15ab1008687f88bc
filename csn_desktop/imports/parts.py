"""Unpacking one zip part straight from the file's bytes, never beyond its declared size."""

from __future__ import annotations

import struct
import zipfile
import zlib

_LOCAL_HEADER = struct.Struct("<4s22xHH")  # signature … file name length, extra field length
_LOCAL_SIGNATURE = b"PK\x03\x04"


class PartDamaged(Exception):
    """A part whose bytes do not match the zip's directory."""


def inflate(
    archive: zipfile.ZipFile,
    data: bytes,
    info: zipfile.ZipInfo,
    *,
    complete: bool,
    limit: int = 0,
) -> bytes:
    """The part ``info`` of ``data``: all of it (size and CRC checked) or its first ``limit`` bytes.

    Stored and deflated parts (all an .xlsx uses) are unpacked here with zlib, which is much
    quicker than opening each part through zipfile; other methods go through zipfile. Either
    way at most the size the directory declares is unpacked.
    """
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        if complete:
            return archive.read(info)
        with archive.open(info) as stream:
            return stream.read(limit)
    offset = info.header_offset
    if offset < 0 or offset + _LOCAL_HEADER.size > len(data):
        raise PartDamaged("its header is outside the file")
    signature, name_length, extra_length = _LOCAL_HEADER.unpack_from(data, offset)
    if signature != _LOCAL_SIGNATURE:
        raise PartDamaged("its header is missing")
    start = offset + _LOCAL_HEADER.size + name_length + extra_length
    end = start + info.compress_size
    if end > len(data):
        raise PartDamaged("it is cut short")
    raw = memoryview(data)[start:end]
    size = info.file_size if complete else min(limit, info.file_size)
    if info.compress_type == zipfile.ZIP_STORED:
        content = bytes(raw[:size])
    else:
        inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        # max_length 0 would mean no limit, so an empty part is only checked below.
        content = inflater.decompress(raw, size) if size else b""
        tail = inflater.unconsumed_tail if size else raw
        if complete and not inflater.eof and (inflater.decompress(tail, 1) or not inflater.eof):
            raise PartDamaged("it unpacks to more than the zip says")
    if complete and (len(content) != info.file_size or zlib.crc32(content) != info.CRC):
        raise PartDamaged("its size or checksum does not match")
    return content
