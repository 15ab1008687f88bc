"""The limits a submission file must keep within before any of it is parsed."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Limits:
    """Generous for a real submission (about 100 KB, 20 parts), far below what hurts a PC."""

    max_file_bytes: int = 20 * 1024 * 1024
    max_entries: int = 500
    max_total_uncompressed: int = 200 * 1024 * 1024
    # Checked for parts above ratio_floor bytes: tiny parts may compress very well harmlessly.
    max_ratio: float = 200.0
    ratio_floor: int = 1024 * 1024
    # The parts that are read (workbook, shared strings, styles, sheets); also bounds the cells
    # a reader allocates for a sheet.
    max_read_part_bytes: int = 8 * 1024 * 1024
    max_rows: int = 100_000
    max_column: int = 26  # column Z


DEFAULT_LIMITS = Limits()
