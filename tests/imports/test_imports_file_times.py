"""The workbook's own last-saved time: core.xml (.xlsx) or meta.xml (.ods), never a refusal."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.imports.file_times import parse_w3cdtf
from csn_desktop.imports.reader import parse_submission
from tests.imports.conftest import EXPORTED, edit_cells, rezip, submission_bytes
from tests.imports.ods_files import ods_from_xlsx

CORE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    'core-properties" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">{moment}</dcterms:modified>'
    "</cp:coreProperties>"
)
ODS_META = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta '
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"><office:meta>'
    "<dc:date>{moment}</dc:date></office:meta></office:document-meta>"
)


def test_the_apps_own_export_was_last_saved_when_it_was_exported(
    library: QuestionnaireLibrary, questionnaire: Questionnaire
) -> None:
    parsed = parse_submission(submission_bytes(questionnaire), library)
    assert parsed.file_modified_at == EXPORTED


def test_a_workbook_saved_again_has_its_new_time(
    library: QuestionnaireLibrary, questionnaire: Questionnaire
) -> None:
    data = edit_cells(submission_bytes(questionnaire), lambda workbook: None)
    moment = parse_submission(data, library).file_modified_at
    assert moment is not None and moment.tzinfo is UTC and moment > EXPORTED


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2026-11-30T10:15:00Z", datetime(2026, 11, 30, 10, 15, tzinfo=UTC)),
        ("2026-11-30T10:15:00.123456789", datetime(2026, 11, 30, 10, 15, 0, 123456, tzinfo=UTC)),
        ("2026-11-30T11:15:00+01:00", datetime(2026, 11, 30, 10, 15, tzinfo=UTC)),
        ("2026-11-30T10:15Z", datetime(2026, 11, 30, 10, 15, tzinfo=UTC)),
        ("2026-11-30", datetime(2026, 11, 30, tzinfo=UTC)),
        ("yesterday", None),
        ("2026-13-40T10:15:00Z", None),
        ("", None),
    ],
)
def test_w3cdtf_times(written: str, expected: datetime | None) -> None:
    assert parse_w3cdtf(written) == expected


@pytest.mark.parametrize(
    "core",
    [None, CORE.format(moment="not a time"), "<cp:coreProperties", CORE.format(moment="")],
)
def test_a_missing_or_unreadable_time_is_none_never_a_refusal(
    library: QuestionnaireLibrary, questionnaire: Questionnaire, core: str | None
) -> None:
    def change(name: str, content: bytes) -> bytes | None:
        if name != "docProps/core.xml":
            return content
        return None if core is None else core.encode()

    data = rezip(submission_bytes(questionnaire), change, {})
    assert parse_submission(data, library).file_modified_at is None


def test_an_ods_says_when_it_was_saved_in_its_meta_xml(
    library: QuestionnaireLibrary, questionnaire: Questionnaire
) -> None:
    data = ods_from_xlsx(submission_bytes(questionnaire))
    assert parse_submission(data, library).file_modified_at is None  # no meta.xml
    meta = ODS_META.format(moment="2026-11-30T10:15:00.000000000").encode()
    with_meta = rezip(data, lambda name, content: content, {"meta.xml": meta})
    assert parse_submission(with_meta, library).file_modified_at == datetime(
        2026, 11, 30, 10, 15, tzinfo=UTC
    )
