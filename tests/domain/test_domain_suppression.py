"""The one suppression rule: the screen marks, and every export withholds, the same figures."""

from __future__ import annotations

import pytest

from csn_desktop.domain.suppression import DEFAULT_MINIMUM_GROUP, Suppression

RULE = Suppression(5)


def test_the_default_minimum_is_five() -> None:
    assert Suppression().minimum == DEFAULT_MINIMUM_GROUP == 5


@pytest.mark.parametrize(("count", "small"), [(0, False), (1, True), (4, True), (5, False)])
def test_a_count_is_small_between_one_and_the_minimum_less_one(count: int, small: bool) -> None:
    assert RULE.is_small(count) is small


@pytest.mark.parametrize(("councils", "withheld"), [(0, True), (1, True), (4, True), (5, False)])
def test_a_selection_below_the_minimum_withholds_everything(councils: int, withheld: bool) -> None:
    assert RULE.selection_withheld(councils) is withheld


@pytest.mark.parametrize(
    ("count", "group", "selection", "withheld"),
    [
        (12, 30, 40, False),  # everything large
        (0, 30, 40, False),  # none of a large group identifies nobody
        (30, 30, 40, False),  # all of a large group is shown too
        (3, 30, 40, True),  # the count itself is small
        (1, 30, 40, True),
        (3, 3, 40, True),  # the group is small
        (0, 0, 40, True),  # an empty group has nothing to show
        (0, 4, 40, True),  # none of a small group still says something about it
        (12, 30, 4, True),  # the selection is small
        (0, 30, 3, True),
    ],
)
def test_a_figure_is_withheld_when_selection_group_or_count_is_small(
    count: int, group: int, selection: int, withheld: bool
) -> None:
    assert RULE.withholds(count, group, selection) is withheld


def test_the_minimum_changes_the_threshold() -> None:
    assert not Suppression(1).withholds(1, 1, 1)
    assert Suppression(10).withholds(9, 40, 40)
    assert not Suppression(10).withholds(10, 40, 40)


def test_a_minimum_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        Suppression(0)
