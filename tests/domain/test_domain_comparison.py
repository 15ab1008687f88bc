"""The council beside its peers: shares pooled from published figures, withheld ones as words."""

from __future__ import annotations

from datetime import UTC, datetime

from csn_desktop.domain.answers import Answers
from csn_desktop.domain.benchmark_figures import (
    Benchmark,
    BenchmarkGroup,
    Coarse,
    Demand,
    Distribution,
    StandardPeers,
    ThemePeers,
)
from csn_desktop.domain.comparison import (
    compare,
    matrix_group,
    pooled_share,
    share_text,
    standard_shares,
)
from csn_desktop.domain.disclosure import WITHHELD
from csn_desktop.domain.known_ids import (
    CERTIFIED,
    ESSENTIAL,
    FULLY_USED,
    IN_USE,
    NEEDED,
    NOT_AWARE,
    PARTLY_USED,
    PLANNING,
    USE_STATUS,
)
from csn_desktop.domain.questionnaire import Questionnaire


def _group(kind: str, name: str, themes: dict[str, ThemePeers]) -> BenchmarkGroup:
    return BenchmarkGroup(kind, name, 40, 60, 0.66, {}, themes, ())


def _benchmark(groups: tuple[BenchmarkGroup, ...]) -> Benchmark:
    return Benchmark(
        format_version=1,
        app_version="1.0",
        questionnaire_id="q",
        questionnaire_version=1,
        answered_versions=(1,),
        period="2026/27",
        produced_at=datetime(2026, 12, 1, 9, 30, tzinfo=UTC),
        minimum_group=5,
        include_drafts=False,
        use_statuses=(),
        need_levels=(),
        themes={},
        groups=groups,
        checksum="0" * 64,
    )


def test_in_use_is_pooled_from_published_shares_only() -> None:
    shares = {NOT_AWARE: 0.4, PLANNING: 0.25, PARTLY_USED: 0.2, FULLY_USED: 0.1, CERTIFIED: 0.05}
    pooled = pooled_share(shares, IN_USE)
    assert isinstance(pooled, float) and abs(pooled - 0.35) < 1e-9
    assert pooled_share({**shares, CERTIFIED: WITHHELD}, IN_USE) is WITHHELD
    # A withheld status outside those pooled does not withhold the pool.
    assert pooled_share({**shares, NOT_AWARE: WITHHELD}, IN_USE) != WITHHELD


def test_withheld_and_unanswered_are_words_never_numbers() -> None:
    assert share_text(WITHHELD, 5) == "withheld (fewer than 5 councils)"
    assert share_text(WITHHELD, 10) == "withheld (fewer than 10 councils)"
    assert share_text(None, 5) == "not answered"
    assert share_text(0.62, 5) == "62%"


def test_the_council_beside_the_uk_nation_and_authority_type(
    questionnaire: Questionnaire,
) -> None:
    theme, standards = questionnaire.standards_by_theme()[0]
    used = {PARTLY_USED: 0.3, FULLY_USED: 0.2, CERTIFIED: 0.0}
    uk = _group("uk", "United Kingdom", {theme.id: ThemePeers(used, {})})
    wales = _group("nation", "Wales", {theme.id: ThemePeers({**used, CERTIFIED: WITHHELD}, {})})
    region = _group("region", "Wales", {theme.id: ThemePeers(used, {})})
    kind = _group("authority_type", "Welsh unitary authority", {})
    answers = Answers()
    answers.set(USE_STATUS, standards[0].code, FULLY_USED)
    answers.set(USE_STATUS, standards[1].code, NOT_AWARE)
    groups = (uk, wales, region, kind)
    comparison = compare(questionnaire, answers, _benchmark(groups), groups, "described")
    assert [g.kind for g in comparison.groups] == ["uk", "nation", "authority_type"]
    first = comparison.themes[0]
    assert (first.in_use, first.answered, first.yours) == (1, 2, 0.5)
    assert first.peers == (0.5, WITHHELD, WITHHELD)  # withheld, or not published at all
    assert comparison.themes[1].yours is None
    assert comparison.period == "2026/27" and comparison.minimum == 5
    assert matrix_group(groups) is kind
    assert matrix_group((uk, wales)) is wales


def test_the_coarse_share_stands_in_where_the_distribution_is_withheld(
    questionnaire: Questionnaire,
) -> None:
    detailed = {NOT_AWARE: 0.5, PLANNING: WITHHELD, PARTLY_USED: WITHHELD, FULLY_USED: 0.3}
    counts = dict.fromkeys(detailed, WITHHELD)
    published = StandardPeers(
        answering=WITHHELD,
        use=Distribution(counts, detailed),
        need=Distribution({}, {NEEDED: WITHHELD, ESSENTIAL: 0.2}),
        demand=Demand(WITHHELD, WITHHELD, WITHHELD),
        in_use=Coarse(17, 0.425),
        needed=Coarse(WITHHELD, WITHHELD),
    )
    assert standard_shares(published) == (0.425, WITHHELD)
    # A benchmark of format version 1 has no coarse figures: withheld, as before.
    old = StandardPeers(published.answering, published.use, published.need, published.demand)
    assert standard_shares(old) == (WITHHELD, WITHHELD)
    theme, _ = questionnaire.standards_by_theme()[0]
    withheld_detail = {PARTLY_USED: WITHHELD, FULLY_USED: 0.2, CERTIFIED: 0.0}
    uk = _group("uk", "United Kingdom", {theme.id: ThemePeers(withheld_detail, {}, in_use=0.31)})
    wales = _group("nation", "Wales", {theme.id: ThemePeers(withheld_detail, {})})
    groups = (uk, wales)
    comparison = compare(questionnaire, Answers(), _benchmark(groups), groups, "described")
    assert comparison.themes[0].peers == (0.31, WITHHELD)
