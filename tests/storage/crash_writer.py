"""Crash-test child: saves answers one commit at a time, printing "ACK <n>" after each commit."""

from __future__ import annotations

import sys
from pathlib import Path

from csn_desktop.storage.answers import save_answer
from csn_desktop.storage.assessments import create_assessment
from csn_desktop.storage.database import open_database
from csn_desktop.storage.organisations import add_other_organisation

LIMIT = 100_000


def value_of(n: int) -> str:
    return f"ateb {n}: Mae'r cyngor yn defnyddio ŵ a ŷ 🏙️"


def main(path: Path) -> None:
    database = open_database(path)
    with database.session() as session:
        org = add_other_organisation(session, "Crash test council")
        assessment = create_assessment(
            session,
            organisation_id=org.id,
            questionnaire_id="csn",
            questionnaire_version=1,
            period="2026/27",
        )
        session.commit()
        assessment_id = assessment.id
    print(f"READY {assessment_id}", flush=True)
    for n in range(1, LIMIT):
        with database.session() as session:
            save_answer(session, assessment_id, f"crash.q{n}", "", value_of(n))
            save_answer(session, assessment_id, "crash.counter", "", n)
            session.commit()
        print(f"ACK {n}", flush=True)


def import_folder(path: Path, folder: Path) -> None:
    """Import a folder, printing "ACK <sha256>" after each file's transaction has committed."""
    from csn_desktop.actions.importing import import_files
    from csn_desktop.actions.setup import open_app_database, questionnaire_library
    from csn_desktop.imports.outcomes import FileResult, Outcome

    database = open_app_database(path)
    library = questionnaire_library()
    print("READY 0", flush=True)

    def acknowledge(_done: int, _total: int, result: FileResult) -> None:
        if result.outcome is Outcome.NEW:
            print(f"ACK {result.sha256}", flush=True)

    import_files(database, library, [folder], progress=acknowledge)
    print("DONE", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 2:
        import_folder(Path(sys.argv[1]), Path(sys.argv[2]))
    else:
        main(Path(sys.argv[1]))
