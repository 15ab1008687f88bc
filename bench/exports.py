"""Times exporting a complete assessment (every standard answered, long notes) to PDF and xlsx."""

from __future__ import annotations

import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from csn_desktop.actions.assessments import save_answer, start_assessment
from csn_desktop.actions.exporting import export_pdf, export_xlsx
from csn_desktop.actions.setup import open_app_database, questionnaire_library
from csn_desktop.domain.sample_answers import sample_answers

RUNS = 5
NOTE = "Mae'r cyngor yn defnyddio'r safon hon — Dŵr a thŷ. " + "A long note on its use. " * 75


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        database = open_app_database(Path(folder) / "bench.sqlite3")
        library = questionnaire_library()
        questionnaire = library.latest()
        assessment = start_assessment(
            database, questionnaire, period="2026/27", gss_code="W06000015"
        )
        answers = sample_answers(questionnaire, random.Random(1))
        answers.set("priority_themes", "", [t.id for t in questionnaire.themes])
        for standard in questionnaire.standards:
            answers.set("standards.use_status", standard.code, "partly_used")
            answers.set("standards.need", standard.code, "essential")
            answers.set("standards.barriers", standard.code, ["cost_of_access", "skills_capacity"])
            answers.set("standards.note", standard.code, NOTE[:2000])
            answers.set("standards.evidence_url", standard.code, "https://example.gov.uk/e/1")
        for key, value in answers:
            save_answer(database, questionnaire, assessment, key.question_id, key.item_key, value)
        figures: dict[str, float] = {}
        for name, export, suffix in (("pdf", export_pdf, ".pdf"), ("xlsx", export_xlsx, ".xlsx")):
            times = []
            for run in range(RUNS):
                start = time.perf_counter()
                export(database, library, assessment, Path(folder) / f"out{run}{suffix}")
                times.append(time.perf_counter() - start)
            figures[f"{name}_first_s"] = round(times[0], 3)
            figures[f"{name}_median_s"] = round(statistics.median(times), 3)
            size = (Path(folder) / f"out0{suffix}").stat().st_size
            figures[f"{name}_bytes"] = size
            print(
                f"{name}: first {times[0]:.3f} s, "
                f"median {statistics.median(times):.3f} s, {size:,} bytes"
            )
        database.close()
    figures["answers"] = len(answers)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
