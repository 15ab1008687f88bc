"""The network's view across councils: every current submission loaded at once, then aggregated."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

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
from csn_desktop.domain.disclosure import DEFAULT_MINIMUM_GROUP
from csn_desktop.domain.network_figures import (
    Audience,
    CouncilPlace,
    NetworkFigures,
    network_figures,
)
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.storage.database import Database
from csn_desktop.storage.network_answers import (
    CouncilEntry,
    current_answers,
    current_assessments,
)
from csn_desktop.storage.organisations import list_organisations

__all__ = ["CouncilEntry", "NetworkData", "load_network"]


@dataclass
class NetworkData:
    """Every current (not superseded) assessment, loaded once; filtering happens in memory."""

    questionnaire: Questionnaire
    submissions: list[Submission]
    entries: dict[int, CouncilEntry] = field(default_factory=dict)
    # Every current council of the bundled list: the response rate's denominator.
    existing: list[CouncilPlace] = field(default_factory=list)

    @property
    def standard_codes(self) -> list[str]:
        return [s.code for s in self.questionnaire.standards]

    def choices(self) -> dict[str, list[str]]:
        """The values each filter can take, sorted, from the loaded submissions."""
        return {
            "nation": sorted({s.nation for s in self.submissions}),
            "region": sorted({s.region for s in self.submissions}),
            "authority_type": sorted({s.authority_type for s in self.submissions}),
            "period": sorted({s.period for s in self.submissions}, reverse=True),
        }

    def newest_period(self) -> str | None:
        """The period figures are about unless another is chosen: the newest with a submission."""
        return max((s.period for s in self.submissions), default=None)

    def resolved(self, filters: Filters) -> Filters:
        """``filters`` with its period chosen: figures are always about one period."""
        if filters.period is not None:
            return filters
        return replace(filters, period=self.newest_period() or "")

    def selected(self, filters: Filters) -> list[Submission]:
        """One submission per council in the selection (see ``aggregation.select``)."""
        return select_submissions(self.submissions, self.resolved(filters))

    def picture(self, filters: Filters) -> NetworkPicture:
        return aggregate(self.selected(filters), self.standard_codes)

    def figures(
        self,
        filters: Filters,
        minimum: int = DEFAULT_MINIMUM_GROUP,
        audience: Audience = Audience.PUBLISHABLE,
    ) -> NetworkFigures:
        """The disclosed figures every output and the window show for this selection."""
        return network_figures(
            self.questionnaire,
            self.selected(filters),
            self.resolved(filters),
            self.existing,
            minimum=minimum,
            audience=audience,
        )


def load_network(
    database: Database, library: QuestionnaireLibrary, questionnaire_id: str | None = None
) -> NetworkData:
    """Every current assessment of the newest questionnaire, read in one session (two queries)."""
    questionnaire = library.latest(questionnaire_id)
    with database.read_session() as session:
        entries = current_assessments(session, questionnaire.id)
        rows = current_answers(session, questionnaire.id)
        existing = [
            CouncilPlace(o.nation, o.region, o.type_name)
            for o in list_organisations(session, current_only=True)
            if o.gss_code
        ]
    stored: dict[int, list[tuple[str, str, str]]] = {e.assessment_id: [] for e in entries}
    for assessment_id, question_id, item_key, text in rows:
        stored[assessment_id].append((question_id, item_key, text))
    # Answers repeat across councils: each distinct one is parsed and checked once per load.
    checked: CheckedValues = {}
    renames = library.renames(questionnaire.id)  # answers to older versions follow renamed ids
    data = NetworkData(questionnaire, [], existing=existing)
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
