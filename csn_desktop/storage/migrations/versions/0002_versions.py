"""Versions: submission id, modified time, withdrawal, pending decision; one current per group."""

from __future__ import annotations

import getpass
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from csn_desktop.storage.timestamps import UtcDateTime

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None

_EVENTS = sa.table(
    "audit_event",
    sa.column("assessment_id", sa.Integer()),
    sa.column("at", UtcDateTime()),
    sa.column("kind", sa.String()),
    sa.column("detail", sa.Text()),
    sa.column("actor", sa.String()),
)


def upgrade() -> None:
    with op.batch_alter_table("assessment") as batch:
        batch.add_column(sa.Column("submission_uuid", sa.String(length=36), nullable=True))
        batch.add_column(sa.Column("file_modified_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(
            sa.Column("decision_pending", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.create_index(op.f("ix_assessment_submission_uuid"), ["submission_uuid"], unique=False)
    connection = op.get_bind()
    _backfill_submission_ids(connection)
    _one_current_per_group(connection)


def _backfill_submission_ids(connection: sa.Connection) -> None:
    """The id the file carried, from the import that stored the row; else the row's own uuid.

    A version 0.2 superseded was given a fresh uuid, but its import record kept the file's.
    """
    connection.execute(
        sa.text(
            "UPDATE assessment SET submission_uuid = COALESCE("
            " (SELECT r.submission_uuid FROM import_record r"
            "  WHERE r.assessment_id = assessment.id AND r.submission_uuid IS NOT NULL"
            "  ORDER BY r.id LIMIT 1),"
            " uuid) WHERE origin = 'imported'"
        )
    )


def _one_current_per_group(connection: sa.Connection) -> None:
    """A group with several current versions keeps the newest (export time, then id) current."""
    rows = connection.execute(
        sa.text(
            "SELECT id, organisation_id, period, questionnaire_id, exported_at "
            "FROM assessment WHERE superseded_by_id IS NULL"
        )
    ).all()
    groups: dict[tuple[int, str, str], list[tuple[str, int]]] = {}
    for id_, organisation_id, period, questionnaire_id, exported_at in rows:
        key = (organisation_id, period, questionnaire_id)
        groups.setdefault(key, []).append((str(exported_at or ""), int(id_)))
    now = datetime.now(UTC)
    actor = _actor()
    for key, members in groups.items():
        if len(members) < 2:
            continue
        newest = max(members)[1]
        others = [i for _stamp, i in members if i != newest]
        connection.execute(
            sa.text(
                "UPDATE assessment SET superseded_by_id = :newest "
                "WHERE organisation_id = :organisation AND period = :period "
                "AND questionnaire_id = :questionnaire AND id != :newest"
            ),
            {"newest": newest, "organisation": key[0], "period": key[1], "questionnaire": key[2]},
        )
        detail = "database upgrade 0002: one current version per council and period; " + (
            "superseded " + ", ".join(str(i) for i in sorted(others))
        )  # not translated: an audit detail
        connection.execute(
            sa.insert(_EVENTS).values(
                assessment_id=newest,
                at=now,
                kind="versions_normalised",  # not translated: an audit kind
                detail=detail,
                actor=actor,
            )
        )


def _actor() -> str:
    try:
        return getpass.getuser() or "unknown"
    except (OSError, KeyError, ImportError):
        return "unknown"


def downgrade() -> None:
    with op.batch_alter_table("assessment") as batch:
        batch.drop_index(op.f("ix_assessment_submission_uuid"))
        batch.drop_column("decision_pending")
        batch.drop_column("withdrawn_at")
        batch.drop_column("file_modified_at")
        batch.drop_column("submission_uuid")
