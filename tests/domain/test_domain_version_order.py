"""Order signals: export time for unedited app files, else the workbook's saved time; no future."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from csn_desktop.domain.version_order import Order, compare, version_moment

NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)
EXPORTED = datetime(2026, 11, 20, 9, tzinfo=UTC)
SAVED = datetime(2026, 11, 25, 16, tzinfo=UTC)


def test_an_unedited_submission_is_ordered_by_its_export() -> None:
    moment = version_moment(
        unedited_export=True, exported_at=EXPORTED, file_modified_at=SAVED, now=NOW
    )
    assert moment == EXPORTED


def test_an_edited_file_is_ordered_by_its_saved_time() -> None:
    moment = version_moment(
        unedited_export=False, exported_at=EXPORTED, file_modified_at=SAVED, now=NOW
    )
    assert moment == SAVED


@pytest.mark.parametrize(
    "saved",
    [None, EXPORTED - timedelta(minutes=1)],
    ids=["no saved time", "saved before its export"],
)
def test_an_edited_file_without_a_trustworthy_saved_time_has_no_order(
    saved: datetime | None,
) -> None:
    assert (
        version_moment(unedited_export=False, exported_at=EXPORTED, file_modified_at=saved, now=NOW)
        is None
    )


def test_a_time_in_the_future_is_never_trusted() -> None:
    future = datetime(2099, 1, 1, tzinfo=UTC)
    assert (
        version_moment(unedited_export=True, exported_at=future, file_modified_at=None, now=NOW)
        is None
    )
    assert (
        version_moment(
            unedited_export=False, exported_at=EXPORTED, file_modified_at=future, now=NOW
        )
        is None
    )


def test_a_few_hours_ahead_is_clock_skew_not_the_future() -> None:
    ahead = NOW + timedelta(hours=5)
    moment = version_moment(
        unedited_export=False, exported_at=EXPORTED, file_modified_at=ahead, now=NOW
    )
    assert moment == ahead


@pytest.mark.parametrize(
    ("new", "current", "order"),
    [
        (SAVED, EXPORTED, Order.NEWER),
        (EXPORTED, SAVED, Order.OLDER),
        (SAVED, SAVED, Order.UNKNOWN),
        (None, SAVED, Order.UNKNOWN),
        (SAVED, None, Order.UNKNOWN),
    ],
)
def test_compare(new: datetime | None, current: datetime | None, order: Order) -> None:
    assert compare(new, current) is order
