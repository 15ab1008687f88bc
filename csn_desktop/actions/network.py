"""The network's view across councils: every current submission loaded at once, then aggregated."""

from __future__ import annotations

from dataclasses import dataclass, field

from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.aggregation import (
    Filters,
    NetworkPicture,
    Submission,
    aggregate,
)
from csn_desktop.domain.aggregation import (
    select as select_submissions,
)
from csn_desktop.domain.canonical import CheckedValues, counted_from_json
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.storage.database import Database
from csn_desktop.storage.network_answers import (
    CouncilEntry,
    current_answers,
    current_assessments,
)

__all__ = ["CouncilEntry", "NetworkData", "load_network"]


@dataclass
class NetworkData:
    """Every current (not superseded) assessment, loaded once; filtering happens in memory."""

    questionnaire: Questionnaire
    submissions: list[Submission]
    entries: dict[int, CouncilEntry] = field(default_factory=dict)

    @property
    def standard_codes(self) -> list[str]:
        return [s.code for s in self.questionnaire.standards]

    def choices(self) -> dict[str, list[str]]:
        """The values each filter can take, sorted, from the loaded submissions."""
        return {
            "nation": sorted({s.nation for s in self.submissions}),
            "region": sorted({s.region for s in self.submissions}),
            "authority_type": sorted({s.authority_type for s in self.submissions}),
            "period": sorted({s.period for s in self.submissions}),
            "status": sorted({s.status for s in self.submissions}),
        }

    def selected(self, filters: Filters) -> list[Submission]:
        return select_submissions(self.submissions, filters)

    def picture(self, filters: Filters) -> NetworkPicture:
        return aggregate(self.selected(filters), self.standard_codes)


def load_network(
    database: Database, library: QuestionnaireLibrary, questionnaire_id: str | None = None
) -> NetworkData:
    """Every current assessment of the newest questionnaire, read in one session (two queries)."""
    questionnaire = library.latest(questionnaire_id)
    with database.read_session() as session:
        entries = current_assessments(session, questionnaire.id)
        rows = current_answers(session, questionnaire.id)
    stored: dict[int, list[tuple[str, str, str]]] = {e.assessment_id: [] for e in entries}
    for assessment_id, question_id, item_key, text in rows:
        stored[assessment_id].append((question_id, item_key, text))
    # Answers repeat across councils: each distinct one is parsed and checked once per load.
    checked: CheckedValues = {}
    renames = library.renames(questionnaire.id)  # answers to older versions follow renamed ids
    data = NetworkData(questionnaire, [])
    for entry in entries:
        data.entries[entry.assessment_id] = entry
        data.submissions.append(
            Submission(
                assessment_id=entry.assessment_id,
                gss_code=entry.gss_code,
                council=entry.council,
                nation=entry.nation,
                region=entry.region,
                authority_type=entry.authority_type,
                period=entry.period,
                status=entry.status,
                # What an import keeps but does not count (hidden, invalid in a draft) stays out.
                answers=counted_from_json(
                    questionnaire,
                    stored[entry.assessment_id],
                    checked,
                    renames.between(entry.questionnaire_version, questionnaire.version),
                ),
            )
        )
    return data
