"""Concurrency-test child: autosaves answers as the window does, printing "ACK <n>" after each."""

from __future__ import annotations

import sys
from pathlib import Path

from csn_desktop.actions.assessments import save_answer, start_assessment
from csn_desktop.actions.setup import open_app_database, questionnaire_library
from csn_desktop.domain.questionnaire import QuestionType

LIMIT = 1_000_000


def text_questions() -> list[str]:
    questionnaire = questionnaire_library().latest()
    return [
        question.id
        for _section, question in questionnaire.iter_questions()
        if question.type in (QuestionType.TEXT, QuestionType.LONG_TEXT)
        and questionnaire.parent_of(question) is None
    ]


def value_of(n: int) -> str:
    return f"autosave {n}: ŵ a ŷ"


def main(path: Path) -> None:
    database = open_app_database(path)
    questionnaire = questionnaire_library().latest()
    assessment_id = start_assessment(
        database, questionnaire, period="2026/27", other_organisation="Autosave council"
    )
    questions = text_questions()
    print(f"READY {assessment_id}", flush=True)
    for n in range(1, LIMIT):
        save_answer(
            database, questionnaire, assessment_id, questions[n % len(questions)], "", value_of(n)
        )
        print(f"ACK {n}", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
