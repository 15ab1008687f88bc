"""``--self-test``: the bundle's own check that its data, database and both exports work."""

from __future__ import annotations

import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from csn_desktop.actions.assessments import load_assessment, save_answer, start_assessment
from csn_desktop.actions.setup import open_app_database
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.answers import NO_ITEM, Answers
from csn_desktop.domain.canonical import submitted_answers
from csn_desktop.domain.known_ids import NETWORK_OTHER
from csn_desktop.domain.sample_answers import sample_answers
from csn_desktop.i18n import _, format_number
from csn_desktop.paths import assessments_dir
from csn_desktop.storage.database import Database

WELSH = "Mae'r cyngor yn defnyddio safonau agored — ŵ, ŷ, Ŵ, Ŷ."  # not translated: test data
Report = Callable[[str], None]


class SelfTestFailed(Exception):
    """A step of the self-test did not give the expected result."""


def run_self_test(report: Report) -> None:
    """Run every step, reporting each; the first fault raises SelfTestFailed or the error met."""
    with tempfile.TemporaryDirectory(prefix="csn-self-test-") as folder:
        _run(Path(folder), report)


def _run(folder: Path, report: Report) -> None:
    started = time.perf_counter()
    library = QuestionnaireLibrary.load(assessments_dir())
    questionnaire = library.latest()
    report(
        _("questionnaire {questionnaire} v{version}: checked, {standards} standards").format(
            questionnaire=questionnaire.id,
            version=questionnaire.version,
            standards=format_number(len(questionnaire.standards)),
        )
    )
    database = open_app_database(folder / "self-test.sqlite3")
    try:
        assessment_id = start_assessment(
            database, questionnaire, period="2026/27", gss_code="W06000015"
        )
        for key, value in sample_answers(questionnaire, random.Random(1)):  # noqa: S311
            save_answer(
                database, questionnaire, assessment_id, key.question_id, key.item_key, value
            )
        save_answer(database, questionnaire, assessment_id, NETWORK_OTHER, NO_ITEM, WELSH)
        source = load_assessment(database, library, assessment_id)
        saved = _("database: assessment saved with {count} answers")
        report(saved.format(count=format_number(len(source.answers))))
        _check_pdf(database, library, assessment_id, folder / "report.pdf", report)
        expected = submitted_answers(questionnaire, source.answers)
        _check_xlsx(database, library, assessment_id, folder / "submission.xlsx", expected, report)
    finally:
        database.close()
    seconds = round(time.perf_counter() - started, 1)
    report(_("all checks passed in {seconds} s").format(seconds=format_number(seconds)))


def _check_pdf(
    database: Database,
    library: QuestionnaireLibrary,
    assessment_id: int,
    path: Path,
    report: Report,
) -> None:
    from csn_desktop.actions.exporting import export_pdf

    export_pdf(database, library, assessment_id, path)
    data = path.read_bytes()
    pages = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise SelfTestFailed(_("the PDF report is not a complete PDF file"))
    if b"/FontFile2" not in data:
        raise SelfTestFailed(_("the PDF report does not embed its font"))
    report(
        _("PDF report: {size} bytes, {pages} pages, font embedded").format(
            size=format_number(len(data)), pages=format_number(pages)
        )
    )


def _check_xlsx(
    database: Database,
    library: QuestionnaireLibrary,
    assessment_id: int,
    path: Path,
    expected: Answers,
    report: Report,
) -> None:
    from csn_desktop.actions.exporting import export_xlsx
    from csn_desktop.actions.importing import import_one
    from csn_desktop.imports.outcomes import Outcome

    export_xlsx(database, library, assessment_id, path)
    network = open_app_database(path.with_name("network.sqlite3"))
    try:
        result = import_one(network, library, path)
        if result.outcome is not Outcome.NEW or result.assessment_id is None:
            why = _("the Excel submission did not import: {reason}").format(reason=result.message)
            raise SelfTestFailed(why)
        imported = load_assessment(network, library, result.assessment_id)
    finally:
        network.close()
    if imported.answers != expected:
        raise SelfTestFailed(_("the Excel submission read back differs from the saved answers"))
    if imported.answers.get(NETWORK_OTHER) != WELSH:
        raise SelfTestFailed(_("Welsh text did not survive the Excel submission"))
    size = format_number(path.stat().st_size)
    report(_("Excel submission: {size} bytes, read back with every answer").format(size=size))
