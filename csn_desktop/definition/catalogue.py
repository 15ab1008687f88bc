"""Reads and checks the standards catalogue CSV that a definition names."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from csn_desktop.definition.problems import Problem
from csn_desktop.definition.regular_files import read_regular
from csn_desktop.domain.questionnaire import Standard
from csn_desktop.i18n import _, format_number, ngettext

COLUMNS = ("code", "title", "publisher", "year", "theme", "source")
MAX_CATALOGUE_BYTES = 5_000_000


def read_catalogue(file: Path, theme_ids: set[str]) -> tuple[list[Standard], list[Problem]]:
    """The catalogue's standards and every problem found, each naming the line and column."""
    try:
        raw = read_regular(file, MAX_CATALOGUE_BYTES)
    except OSError as error:
        return [], [
            Problem(
                file,
                "",
                _("the catalogue cannot be read: {reason}").format(reason=error.strerror or error),
            )
        ]
    if raw is None:
        return [], [
            Problem(
                file,
                "",
                _("the catalogue is larger than {limit} bytes").format(
                    limit=format_number(MAX_CATALOGUE_BYTES)
                ),
            )
        ]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return [], [
            Problem(
                file,
                "",
                _("the catalogue is not UTF-8 text (byte {position})").format(position=error.start),
            )
        ]
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    header = tuple(reader.fieldnames or ())
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        return [], [
            Problem(
                file,
                _("line {line}").format(line=1),
                ngettext(
                    "missing column: {missing} (expected: {expected})",
                    "missing columns: {missing} (expected: {expected})",
                    len(missing),
                ).format(missing=", ".join(missing), expected=", ".join(COLUMNS)),
                1,
            )
        ]
    standards: list[Standard] = []
    problems: list[Problem] = []
    codes: set[str] = set()
    try:
        for row in reader:
            line = reader.line_num

            def report(column: str, message: str, line: int = line) -> None:
                place = _("line {line}, column {column}").format(line=line, column=column)
                problems.append(Problem(file, place, message, line))

            if None in row or any(v is None for v in row.values()):
                report("*", _("this row does not have the same number of columns as the header"))
                continue
            code, title, theme = row["code"].strip(), row["title"].strip(), row["theme"].strip()
            if not code:
                report("code", _("the code is empty"))
            elif code in codes:
                report("code", _("'{code}' appears twice").format(code=code))
            codes.add(code)
            if not title:
                report("title", _("the title is empty"))
            elif title.startswith("[UNVERIFIED"):
                report("title", _("unverified rows do not belong in the catalogue"))
            if theme not in theme_ids:
                report(
                    "theme",
                    _("unknown theme '{theme}' (themes: {themes})").format(
                        theme=theme, themes=", ".join(sorted(theme_ids))
                    ),
                )
            year_text = row["year"].strip()
            # Four ASCII digits at most: str.isdigit() also accepts ², which int() refuses,
            # and int() refuses more than 4,300 digits.
            plain = year_text.isascii() and year_text.isdigit() and len(year_text) <= 4
            year = int(year_text) if plain else None
            if year_text and (year is None or not 1900 <= year <= 2100):
                report("year", _("'{text}' is not a year").format(text=year_text))
            standards.append(
                Standard(code, title, row["publisher"].strip(), year, theme, row["source"].strip())
            )
    except csv.Error as error:
        problems.append(
            Problem(
                file,
                _("line {line}").format(line=reader.line_num),
                _("not valid CSV: {reason}").format(reason=error),
                reader.line_num,
            )
        )
    if not standards and not problems:
        problems.append(Problem(file, "", _("the catalogue has no standards")))
    return standards, problems
