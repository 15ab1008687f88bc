"""The aggregated figures as tables for sharing outside the network, small groups withheld."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from csn_desktop.domain.aggregation import NetworkPicture, is_suppressed
from csn_desktop.domain.known_ids import NEED, USE_STATUS
from csn_desktop.domain.questionnaire import Questionnaire

Figure = int | float | str


def suppressed_text(minimum: int) -> str:
    return f"suppressed (fewer than {minimum} councils)"


@dataclass(frozen=True)
class SharedFigures:
    """Tables of figures with every figure about fewer than ``minimum`` councils withheld."""

    questionnaire: Questionnaire
    picture: NetworkPicture
    minimum: int
    filters_text: str

    @property
    def all_suppressed(self) -> bool:
        """The whole selection is smaller than the minimum group: every figure is withheld."""
        return is_suppressed(self.picture.councils, self.minimum) or self.picture.councils == 0

    @property
    def withheld(self) -> str:
        return suppressed_text(self.minimum)

    def notice(self) -> str:
        base = (
            f"Figures about fewer than {self.minimum} councils are withheld and shown as "
            f"“{self.withheld}”, so that no small group of councils can be singled out."
        )
        if self.all_suppressed:
            return (
                f"{base} This selection has {self.picture.councils} councils, so every figure "
                "and every council-level row is withheld."
            )
        return base + " Personal data (names, e-mail addresses) is never included."

    def count(self, value: int, group: int | None = None) -> Figure:
        """A count, or the withheld text when its group (default: the selection) is too small."""
        size = self.picture.councils if group is None else group
        if self.all_suppressed or is_suppressed(size, self.minimum) or size == 0:
            return self.withheld
        return value

    def share(self, value: int, group: int) -> Figure:
        if self.all_suppressed or group < self.minimum:
            return self.withheld
        return round(value / group, 4)

    def use_labels(self) -> list[tuple[str, str]]:
        question = self.questionnaire.question(USE_STATUS)
        return [(c.id, c.label) for c in question.choices]

    def need_labels(self) -> list[tuple[str, str]]:
        question = self.questionnaire.question(NEED)
        return [(c.id, c.label) for c in question.choices]

    def standards_rows(self) -> tuple[list[str], list[list[Figure]]]:
        """One row per standard: answering councils, share per use status, need, demand."""
        uses, needs = self.use_labels(), self.need_labels()
        header = ["Code", "Title", "Theme", "Councils answering"]
        header += [f"Share: {label}" for _, label in uses]
        header += [f"Need: {label}" for _, label in needs]
        header += ["In use", "Needed but not in use"]
        rows: list[list[Figure]] = []
        for standard in self.questionnaire.standards:
            f = self.picture.standards[standard.code]
            row: list[Figure] = [
                standard.code,
                standard.title,
                self.questionnaire.theme_label(standard.theme),
                self.count(f.answered),
            ]
            row += [self.share(f.use_counts.get(u, 0), f.answered) for u, _ in uses]
            row += [self.count(f.need_counts.get(n, 0), f.answered) for n, _ in needs]
            row += [self.count(f.in_use, f.answered), self.count(f.demand, f.answered)]
            rows.append(row)
        return header, rows

    def demand_rows(self, limit: int | None = None) -> list[list[Figure]]:
        if self.all_suppressed:
            return []
        ranked = [f for f in self.picture.ranked_demand() if f.answered >= self.minimum]
        return [[f.code, self._title(f.code), f.demand, f.answered] for f in ranked[:limit]]

    def barrier_rows(self) -> list[list[Figure]]:
        question = self.questionnaire.question("standards.barriers")
        return [
            [question.choice_label(b), self.count(councils), self.count(mentions)]
            for b, mentions, councils in self.picture.ranked_barriers()
        ]

    def priority_rows(self) -> list[list[Figure]]:
        rows: list[list[Figure]] = []
        for question_id, counts in self.picture.priorities.items():
            if not self.questionnaire.has_question(question_id):
                continue
            question = self.questionnaire.question(question_id)
            for choice_id, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
                rows.append([question.label, question.choice_label(choice_id), self.count(n)])
        return rows

    def _title(self, code: str) -> str:
        standard = self.questionnaire.standard(code)
        return standard.title if standard else code


def describe_filters(chosen: dict[str, Sequence[str]]) -> str:
    parts = [f"{name}: {', '.join(values)}" for name, values in chosen.items() if values]
    return "; ".join(parts) or "all councils"
