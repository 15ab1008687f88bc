"""Key findings in words: drawn from published figures only, ties kept or left out whole."""

from __future__ import annotations

from csn_desktop.domain.known_ids import BARRIERS, IN_DEMAND, NEED, USE_STATUS
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.exports.network_pdf_findings import key_findings
from tests.exports.network_councils import council, figures_of


def test_a_selection_below_the_minimum_has_one_finding_saying_so(
    questionnaire: Questionnaire,
) -> None:
    figures = figures_of(questionnaire, [council(n, questionnaire) for n in range(1, 5)])

    assert key_findings(figures) == [
        "This selection has fewer than 5 councils, so no findings can be published about it."
    ]


def test_a_large_selection_has_five_to_eight_findings_with_their_figures(
    questionnaire: Questionnaire,
) -> None:
    councils = [council(n, questionnaire) for n in range(1, 31)]
    figures = figures_of(questionnaire, councils, existing=40)

    findings = key_findings(figures)
    assert 5 <= len(findings) <= 8
    assert findings[0] == (
        "30 councils answered, 75% of the 40 councils that exist in the places selected."
    )
    # Every standard and theme is answered alike here: long ties, summed up.
    standards = len(questionnaire.standards)
    assert (
        f"{standards} standards are equally in demand: each is needed but not used by 10 councils."
    ) in findings
    themes = f"Standards on {len(questionnaire.themes)} themes are equally"
    assert any(f.startswith(f"{themes} widely used") for f in findings)
    assert any(f.startswith(f"{themes} needed") for f in findings)
    assert any(f.startswith("The barriers councils cite most are") for f in findings)
    assert not any("withheld" in f for f in findings)


def test_a_standard_whose_figures_are_withheld_is_never_named(
    questionnaire: Questionnaire,
) -> None:
    councils = [council(n, questionnaire) for n in range(1, 13)]
    codes = [s.code for s in questionnaire.standards]
    hidden, shown = codes[0], codes[1]
    for n, submission in enumerate(councils):
        for code in codes:
            submission.answers.set(USE_STATUS, code, "fully_used")
            submission.answers.set(NEED, code, "not_relevant")
        # Three councils answer for the first standard, and all three need it: the most in
        # demand, but about too few councils. Seven need the second one.
        if n >= 3:
            submission.answers.set(USE_STATUS, hidden, None)
            submission.answers.set(NEED, hidden, None)
        else:
            submission.answers.set(USE_STATUS, hidden, "not_aware")
            submission.answers.set(NEED, hidden, sorted(IN_DEMAND)[0])
        if n < 7:
            submission.answers.set(USE_STATUS, shown, "not_aware")
            submission.answers.set(NEED, shown, sorted(IN_DEMAND)[0])
    findings = " ".join(key_findings(figures_of(questionnaire, councils)))

    assert f"most in demand, needed or essential but not in use, are {shown} " in findings
    assert hidden not in findings


def test_a_long_tie_at_the_top_is_summed_up_not_listed(questionnaire: Questionnaire) -> None:
    everything = [c.id for c in questionnaire.question(BARRIERS).choices]
    councils = [council(n, questionnaire) for n in range(1, 13)]
    for submission in councils:
        submission.answers.set(BARRIERS, questionnaire.standards[0].code, everything)

    findings = key_findings(figures_of(questionnaire, councils))

    assert (
        f"{len(everything)} barriers are cited equally often, each by 12 councils (100%)."
        in findings
    )
