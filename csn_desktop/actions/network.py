"""The network's view across councils: each period's current submissions, read when asked for."""

from __future__ import annotations

import threading
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.aggregation import (
    Filters,
    NetworkPicture,
    Submission,
    aggregate,
    tally_of,
)
from csn_desktop.domain.aggregation import (
    select as select_submissions,
)
from csn_desktop.domain.answers import AnswerKey, Answers
from csn_desktop.domain.canonical import (
    CheckedValues,
    counted_from_json,
    counted_from_kept,
    counted_to_json,
)
from csn_desktop.domain.disclosure import DEFAULT_MINIMUM_GROUP
from csn_desktop.domain.network_figures import (
    Audience,
    CouncilPlace,
    NetworkFigures,
    network_figures,
)
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.storage.database import Database
from csn_desktop.storage.errors import StorageError
from csn_desktop.storage.network_answers import (
    CouncilEntry,
    counted_rows,
    current_answers,
    current_assessments,
    keep_counted,
)
from csn_desktop.storage.organisations import list_organisations

__all__ = ["CouncilEntry", "NetworkData", "load_network"]

# Periods whose answers stay in memory when they are loaded on demand: the one shown and the
# few looked at just before, so going back is instant while memory stays bounded.
KEPT_PERIODS = 3


@dataclass
class NetworkData:
    """Every current (not superseded) assessment's council, and the answers of some periods.

    Figures are always about one period: a period's answers are read the first time a selection
    asks for them (when ``load_network`` was told to read them on demand) and kept for the
    ``KEPT_PERIODS`` periods used last. Filtering within a period happens in memory.
    """

    questionnaire: Questionnaire
    entries: dict[int, CouncilEntry] = field(default_factory=dict)
    # Every current council of the bundled list: the response rate's denominator.
    existing: list[CouncilPlace] = field(default_factory=list)
    by_period: dict[str, list[Submission]] = field(default_factory=dict)
    # Where other periods' answers are read from; None: every period is in ``by_period``.
    source: tuple[Database, QuestionnaireLibrary] | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    @property
    def standard_codes(self) -> list[str]:
        return [s.code for s in self.questionnaire.standards]

    @property
    def submissions(self) -> list[Submission]:
        """The submissions of the periods in memory."""
        return [s for period in sorted(self.by_period) for s in self.by_period[period]]

    def choices(self) -> dict[str, list[str]]:
        """The values each filter can take, sorted, from every current assessment."""
        entries = self.entries.values()
        return {
            "nation": sorted({e.nation for e in entries}),
            "region": sorted({e.region for e in entries}),
            "authority_type": sorted({e.authority_type for e in entries}),
            "period": sorted({e.period for e in entries}, reverse=True),
        }

    def newest_period(self) -> str | None:
        """The period figures are about unless another is chosen: the newest with a submission."""
        return max((e.period for e in self.entries.values()), default=None)

    def resolved(self, filters: Filters) -> Filters:
        """``filters`` with its period chosen: figures are always about one period."""
        if filters.period is not None:
            return filters
        return replace(filters, period=self.newest_period() or "")

    def holds(self, period: str) -> bool:
        """Whether a selection of ``period`` reads nothing: in memory, or without a submission."""
        if self.source is None or period in self.by_period:
            return True
        return all(e.period != period for e in self.entries.values())

    def period(self, period: str) -> list[Submission]:
        """The current submissions of ``period``, read first if they are not in memory."""
        with self._lock:
            held = self.by_period.pop(period, None)
            if held is not None or self.source is None:
                if held is not None:
                    self.by_period[period] = held  # the most recently used last
                return held or []
        if all(e.period != period for e in self.entries.values()):
            return []  # no submission to read
        # Read without the lock: a period in memory stays quick to use meanwhile.
        database, library = self.source
        read = _read_periods(database, library, self.questionnaire, self.entries, [period])
        with self._lock:
            held = self.by_period.setdefault(period, read.get(period, []))
            while len(self.by_period) > KEPT_PERIODS:
                del self.by_period[next(p for p in self.by_period if p != period)]
            return held

    def selected(self, filters: Filters) -> list[Submission]:
        """One submission per council in the selection (see ``aggregation.select``)."""
        resolved = self.resolved(filters)
        return select_submissions(self.period(resolved.period or ""), resolved)

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
    database: Database,
    library: QuestionnaireLibrary,
    questionnaire_id: str | None = None,
    *,
    every_period: bool = True,
) -> NetworkData:
    """The current assessments of the newest questionnaire and their councils.

    ``every_period``: every period's answers are read now; otherwise each period's are read
    when a selection first asks for them (what the window and the reports do).
    """
    questionnaire = library.latest(questionnaire_id)
    with database.read_session() as session:
        entries = current_assessments(session, questionnaire.id)
        existing = [
            CouncilPlace(o.nation, o.region, o.type_name)
            for o in list_organisations(session, current_only=True)
            if o.gss_code
        ]
    data = NetworkData(questionnaire, {e.assessment_id: e for e in entries}, existing)
    if every_period:
        data.by_period = _read_periods(database, library, questionnaire, data.entries, None)
    else:
        data.source = (database, library)
    return data


def _read_periods(
    database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
    entries: dict[int, CouncilEntry],
    periods: Collection[str] | None,
) -> dict[str, list[Submission]]:
    """The submissions of ``periods`` (None: all) by period, in the entries' order.

    Each assessment's counted answers are read as kept (one row each) where they are still
    valid; the others are counted from their answers and kept for the next read.
    """
    with database.read_session() as session:
        kept = counted_rows(session, questionnaire.id, questionnaire.version, periods)
        missing = [row.assessment_id for row in kept.values() if row.counted_json is None]
        rows = current_answers(session, questionnaire.id, periods, missing) if missing else []
    keys: dict[tuple[str, str], AnswerKey] = {}
    counted = {
        row.assessment_id: counted_from_kept(row.counted_json, keys)
        for row in kept.values()
        if row.counted_json is not None
    }
    if missing:
        counted.update(_count(library, questionnaire, entries, missing, rows))
        _keep(database, questionnaire, [(i, kept[i].updated_at, counted[i]) for i in missing])
    by_period: dict[str, list[Submission]] = {}
    for entry in entries.values():
        if periods is not None and entry.period not in periods:
            continue
        answers = counted.get(entry.assessment_id)
        if answers is None:
            continue  # gone (withdrawn, superseded, in the bin) since the entries were read
        by_period.setdefault(entry.period, []).append(
            Submission(
                assessment_id=entry.assessment_id,
                gss_code=entry.gss_code,
                council=entry.council,
                nation=entry.nation,
                region=entry.region,
                authority_type=entry.authority_type,
                period=entry.period,
                status=entry.status,
                answers=answers,
                tally=tally_of(entry.council, answers),
            )
        )
    return by_period


def _count(
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
    entries: dict[int, CouncilEntry],
    ids: list[int],
    rows: Sequence[tuple[int, str, str, str]],
) -> dict[int, Answers]:
    """The counted answers of the assessments ``ids`` from their stored answer ``rows``."""
    stored: dict[int, list[tuple[str, str, str]]] = {i: [] for i in ids}
    for assessment_id, question_id, item_key, text in rows:
        stored[assessment_id].append((question_id, item_key, text))
    # Answers repeat across councils: each distinct one is parsed and checked once per read.
    checked: CheckedValues = {}
    renames = library.renames(questionnaire.id)  # answers to older versions follow renamed ids
    # What an import keeps but does not count (hidden, invalid in a draft) stays out.
    return {
        i: counted_from_json(
            questionnaire,
            answers,
            checked,
            renames.between(entries[i].questionnaire_version, questionnaire.version)
            if i in entries
            else None,
        )
        for i, answers in stored.items()
    }


def _keep(
    database: Database,
    questionnaire: Questionnaire,
    counted: list[tuple[int, datetime, Answers]],
) -> None:
    """Keep counted answers for the next read; a database that refuses (read-only, busy) is
    read the slower way next time, and the figures are the same."""
    rows = [(i, stamp, counted_to_json(answers)) for i, stamp, answers in counted]
    try:
        with database.session() as session:
            keep_counted(session, questionnaire.id, questionnaire.version, rows)
            session.commit()
    except StorageError:
        pass
