"""Summaries: progress counts per assessment, what they rest on, and an index for the home list."""

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    # The counts start empty: the questionnaires they are computed against are not the
    # migration's to load, so opening the database fills them (actions/summaries), with progress.
    with op.batch_alter_table("assessment") as batch:
        batch.add_column(sa.Column("answered_count", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("required_count", sa.Integer(), nullable=True))
        batch.create_index("ix_assessment_origin_updated_at", ["origin", "updated_at"])
    op.create_table(
        "app_state",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_state")),
    )


def downgrade() -> None:
    op.drop_table("app_state")
    with op.batch_alter_table("assessment") as batch:
        batch.drop_index("ix_assessment_origin_updated_at")
        batch.drop_column("required_count")
        batch.drop_column("answered_count")
