"""The aggregated figures as tables for sharing outside the network, small groups withheld."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from csn_desktop.domain.aggregation import NetworkPicture, StandardFigures
from csn_desktop.domain.known_ids import BARRIERS, NEED, USE_STATUS
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.domain.suppression import Suppression
from csn_desktop.i18n import _, format_number, ngettext

Figure = int | float | str


def suppressed_text(minimum: int) -> str:
    """What a workbook or PDF shows in place of a withheld figure."""
    return ngettext(
        "suppressed (fewer than {minimum} council)",
        "suppressed (fewer than {minimum} councils)",
        minimum,
    ).format(minimum=format_number(minimum))


@dataclass(frozen=True)
class SharedFigures:
    """Tables of figures with every figure the suppression rule withholds replaced by a notice.

    Ranked lists put withheld rows after the shown ones, in label order, so that their place
    in the ranking does not give their size away.
    """

    questionnaire: Questionnaire
    picture: NetworkPicture
    minimum: int
    filters_text: str

    @property
    def rule(self) -> Suppression:
        return Suppression(self.minimum)

    @property
    def all_suppressed(self) -> bool:
        """The whole selection is smaller than the minimum group: every figure is withheld."""
        return self.rule.selection_withheld(self.picture.councils)

    @property
    def withheld(self) -> str:
        return suppressed_text(self.minimum)

    def notice(self) -> str:
        minimum = format_number(self.minimum)
        if self.all_suppressed:
            return ngettext(
                "Figures about fewer than {minimum} councils are withheld and shown as "
                "“{withheld}”, so that no small group of councils can be singled out. This "
                "selection has {count} council, so every figure and every council-level row "
                "is withheld.",
                "Figures about fewer than {minimum} councils are withheld and shown as "
                "“{withheld}”, so that no small group of councils can be singled out. This "
                "selection has {count} councils, so every figure and every council-level row "
                "is withheld.",
                self.picture.councils,
            ).format(
                minimum=minimum,
                withheld=self.withheld,
                count=format_number(self.picture.councils),
            )
        return _(
            "Figures about fewer than {minimum} councils are withheld and shown as "
            "“{withheld}”, so that no small group of councils can be singled out. Personal data "
            "(names, e-mail addresses) is never included."
        ).format(minimum=minimum, withheld=self.withheld)

    def withholds(self, count: int, group: int | None = None) -> bool:
        """Whether a count of councils out of ``group`` (default: the selection) is withheld."""
        selection = self.picture.councils
        return self.rule.withholds(count, selection if group is None else group, selection)

    def count(self, value: int, group: int | None = None) -> Figure:
        """A count of councils, or the withheld text (see ``withholds``)."""
        return self.withheld if self.withholds(value, group) else value

    def share(self, value: int, group: int) -> Figure:
        """``value`` councils as a share of ``group``, or the withheld text."""
        return self.withheld if self.withholds(value, group) else round(value / group, 4)

    def use_labels(self) -> list[tuple[str, str]]:
        question = self.questionnaire.question(USE_STATUS)
        return [(c.id, c.label) for c in question.choices]

    def need_labels(self) -> list[tuple[str, str]]:
        question = self.questionnaire.question(NEED)
        return [(c.id, c.label) for c in question.choices]

    def standards_rows(self) -> tuple[list[str], list[list[Figure]]]:
        """One row per standard: answering councils, share per use status, need, demand."""
        uses, needs = self.use_labels(), self.need_labels()
        header = [_("Code"), _("Title"), _("Theme"), _("Councils answering")]
        # TRANSLATORS: a column heading; {status} is a use status such as "Fully used".
        header += [_("Share: {status}").format(status=label) for _id, label in uses]
        # TRANSLATORS: a column heading; {need} is a level of need such as "Essential".
        header += [_("Need: {need}").format(need=label) for _id, label in needs]
        header += [_("In use"), _("Needed but not in use")]
        rows: list[list[Figure]] = []
        for standard in self.questionnaire.standards:
            f = self.picture.standards[standard.code]
            row: list[Figure] = [
                standard.code,
                standard.title,
                self.questionnaire.theme_label(standard.theme),
                self.count(f.answered),
            ]
            row += [self.share(f.use_counts.get(use, 0), f.answered) for use, _label in uses]
            row += [self.count(f.need_counts.get(need, 0), f.answered) for need, _label in needs]
            row += [self.count(f.in_use, f.answered), self.count(f.demand, f.answered)]
            rows.append(row)
        return header, rows

    def demand_rows(self, limit: int | None = None) -> list[list[Figure]]:
        """Code, title, councils in demand, councils answering: most wanted first."""
        if self.all_suppressed:
            return []
        ranked = self.picture.ranked_demand()
        shown = [f for f in ranked if not self.withholds(f.demand, f.answered)]
        hidden = sorted(
            (f for f in ranked if self.withholds(f.demand, f.answered)), key=lambda f: f.code
        )
        return [self._demand_row(f) for f in [*shown, *hidden][:limit]]

    def _demand_row(self, f: StandardFigures) -> list[Figure]:
        return [
            f.code,
            self._title(f.code),
            self.count(f.demand, f.answered),
            self.count(f.answered),
        ]

    def barrier_rows(self) -> list[list[Figure]]:
        """Barrier, councils citing it, mentions: the most cited first, withheld ones last."""
        question = self.questionnaire.question(BARRIERS)
        shown: list[list[Figure]] = []
        hidden: list[list[Figure]] = []
        for barrier, mentions, councils in self.picture.ranked_barriers():
            label = question.choice_label(barrier)
            if self.withholds(councils):
                # The mentions of a barrier few councils cite would say as much about them.
                hidden.append([label, self.withheld, self.withheld])
            else:
                shown.append([label, councils, mentions])
        return shown + sorted(hidden, key=lambda row: str(row[0]))

    def priority_rows(self) -> list[list[Figure]]:
        """Question, choice, councils choosing it: per question the most chosen first."""
        rows: list[list[Figure]] = []
        for question_id, counts in self.picture.priorities.items():
            if not self.questionnaire.has_question(question_id):
                continue
            question = self.questionnaire.question(question_id)
            ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
            shown = [(c, n) for c, n in ranked if not self.withholds(n)]
            hidden = sorted(
                (question.choice_label(c) for c, n in ranked if self.withholds(n)),
            )
            rows += [[question.label, question.choice_label(c), n] for c, n in shown]
            rows += [[question.label, label, self.withheld] for label in hidden]
        return rows

    def _title(self, code: str) -> str:
        standard = self.questionnaire.standard(code)
        return standard.title if standard else code


def describe_filters(chosen: Sequence[tuple[str, Sequence[str]]]) -> str:
    """The selection in words: "Nation: Wales; Period: 2026/27", or all councils."""
    parts = [
        # TRANSLATORS: one filter of the selection, e.g. "Nation: Wales, Scotland".
        _("{filter}: {values}").format(filter=name, values=", ".join(values))
        for name, values in chosen
        if values
    ]
    return "; ".join(parts) or _("all councils")
