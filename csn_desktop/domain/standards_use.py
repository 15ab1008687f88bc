"""What the standards matrix answers mean: in use, in demand, and a council's priority gaps."""

from __future__ import annotations

from dataclasses import dataclass

from csn_desktop.domain.answers import Answers
from csn_desktop.domain.known_ids import (
    BARRIERS,
    ESSENTIAL,
    IN_DEMAND,
    NEED,
    NOT_IN_USE,
    USE_STATUS,
)
from csn_desktop.domain.questionnaire import Questionnaire, Standard


@dataclass(frozen=True, slots=True)
class PriorityGap:
    """A standard the council needs (or finds essential) but does not use, with its barriers."""

    standard: Standard
    use_status: str | None
    need: str
    barriers: tuple[str, ...]


def is_in_demand_but_unused(use_status: object, need: object) -> bool:
    """Needed or essential, and answered as not in use (not aware, aware but unused, planning)."""
    return need in IN_DEMAND and use_status in NOT_IN_USE


def priority_gaps(questionnaire: Questionnaire, answers: Answers) -> list[PriorityGap]:
    """The council's priority gaps, essential ones first, then in catalogue order."""
    gaps: list[PriorityGap] = []
    for standard in questionnaire.standards:
        use = answers.get(USE_STATUS, standard.code)
        need = answers.get(NEED, standard.code)
        if isinstance(need, str) and is_in_demand_but_unused(use, need):
            barriers = answers.get(BARRIERS, standard.code)
            gaps.append(
                PriorityGap(
                    standard,
                    use if isinstance(use, str) else None,
                    need,
                    tuple(barriers) if isinstance(barriers, list) else (),
                )
            )
    return sorted(gaps, key=lambda g: g.need != ESSENTIAL)
