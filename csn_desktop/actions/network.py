"""The network's view across councils: every current submission loaded at once, then aggregated."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

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
from csn_desktop.domain.answers import AnswerKey, Answers
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.domain.values import JsonValue
from csn_desktop.storage.database import Database
from csn_desktop.storage.models import Answer, Assessment, Organisation


@dataclass(frozen=True, slots=True)
class CouncilEntry:
    """One row of the council list: a current assessment and how it came to be here."""

    assessment_id: int
    gss_code: str | None
    council: str
    nation: str
    region: str
    authority_type: str
    period: str
    status: str
    origin: str
    flagged: bool
    exported_at: datetime | None
    questionnaire_version: int


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
    """Two queries: the current assessments with their councils, then all their answers."""
    questionnaire = library.latest(questionnaire_id)
    current = Assessment.superseded_by_id.is_(None), Assessment.questionnaire_id == questionnaire.id
    with database.session() as session:
        heads = session.execute(
            select(
                Assessment.id,
                Organisation.gss_code,
                Organisation.name,
                Organisation.nation,
                Organisation.region,
                Organisation.type_name,
                Assessment.period,
                Assessment.status,
                Assessment.origin,
                Assessment.flagged,
                Assessment.exported_at,
                Assessment.questionnaire_version,
            )
            .join(Organisation, Assessment.organisation_id == Organisation.id)
            .where(*current)
            .order_by(Organisation.name, Assessment.period, Assessment.id)
        ).all()
        rows = session.execute(
            select(Answer.assessment_id, Answer.question_id, Answer.item_key, Answer.value_json)
            .join(Assessment, Answer.assessment_id == Assessment.id)
            .where(*current)
        ).all()
    values: dict[int, dict[AnswerKey, JsonValue]] = {head[0]: {} for head in heads}
    loads = json.loads
    for assessment_id, question_id, item_key, text in rows:
        values[assessment_id][AnswerKey(question_id, item_key)] = loads(text)
    data = NetworkData(questionnaire, [])
    for head in heads:
        entry = CouncilEntry(
            head.id,
            head.gss_code,
            head.name,
            head.nation,
            head.region,
            head.type_name,
            head.period,
            head.status,
            head.origin,
            head.flagged,
            head.exported_at,
            head.questionnaire_version,
        )
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
                answers=Answers(values[entry.assessment_id]),
            )
        )
    return data
