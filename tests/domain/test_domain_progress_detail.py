"""Progress never falls when detail is added: gaps, barriers, notes, links, optional answers."""

from __future__ import annotations

import random

import pytest

from csn_desktop.domain.answers import NO_ITEM, Answers
from csn_desktop.domain.progress import overall_progress, required_rows
from csn_desktop.domain.questionnaire import Questionnaire

BARRIERS = ["cost_of_access", "skills_capacity", "procurement_rules", "too_complex"]


def _started(q: Questionnaire) -> Answers:
    answers = Answers()
    answers.set("departments", NO_ITEM, ["digital_it"])
    answers.set("priority_themes", NO_ITEM, ["energy-utilities", "mobility-transport"])
    answers.set("has_gaps", NO_ITEM, True)
    codes = required_rows(q, q.question("standards"), answers)
    for code in codes[: len(codes) // 2]:
        answers.set("standards.use_status", code, "partly_used")
        answers.set("standards.need", code, "essential")
    return answers


def _detail_saves(q: Questionnaire, rng: random.Random) -> list[tuple[str, str, object]]:
    """A random sequence of detail an officer may add: gap items field by field, barriers,
    notes and links on any row, optional questions."""
    codes = [s.code for s in q.standards]
    theme_ids = [t.id for t in q.themes]
    saves: list[tuple[str, str, object]] = []
    for item in range(1, rng.randint(2, 6)):
        key = str(item)
        fields = [
            ("gaps.theme", key, rng.choice(theme_ids)),
            ("gaps.description", key, "Ni allwn rannu data bysiau ŵ ŷ"),
            ("gaps.impact", key, rng.choice(["minor", "major", "blocking"])),
            ("gaps.should_cover", key, "Open data formats"),
        ]
        saves += rng.sample(fields, rng.randint(1, len(fields)))
    for code in rng.sample(codes, 12):
        saves.append(("standards.barriers", code, rng.sample(BARRIERS, rng.randint(1, 3))))
        saves.append(("standards.note", code, "Used by Ynys Môn for parking"))
        saves.append(("standards.evidence_url", code, "https://www.anglesey.gov.uk/en/x"))
    saves += [
        ("respondent_role", NO_ITEM, "Swyddog data"),
        ("standards_sources", NO_ITEM, ["bsi", "peer_councils"]),
        ("network_other", NO_ITEM, "Dim"),
    ]
    rng.shuffle(saves)
    return saves


@pytest.mark.parametrize("seed", range(40))
def test_adding_detail_never_lowers_progress(real_questionnaire: Questionnaire, seed: int) -> None:
    q = real_questionnaire
    rng = random.Random(seed)
    answers = _started(q)
    before = overall_progress(q, answers)
    for question_id, item_key, value in _detail_saves(q, rng):
        answers.set(question_id, item_key, value)  # type: ignore[arg-type]
        after = overall_progress(q, answers)
        assert after.answered >= before.answered, (question_id, item_key)
        assert after.required == before.required, (question_id, item_key)
        assert after.percent >= before.percent
        before = after


def test_adding_a_gap_never_lowers_progress(real_questionnaire: Questionnaire) -> None:
    q = real_questionnaire
    answers = _started(q)
    for field, value in [("theme", "energy-utilities"), ("description", "A"), ("impact", "major")]:
        answers.set(f"gaps.{field}", "1", value)
    with_one = overall_progress(q, answers)
    answers.set("gaps.description", "2", "Second gap, only begun")
    assert overall_progress(q, answers) == with_one
