"""Versions of answers and of staff decisions, and who saved an answer: no silent overwrites."""

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
# 0008 (Welsh) is made on another branch: when both are merged this follows it.
down_revision: str | None = "0008"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    # Batch mode: SQLite cannot add a NOT NULL column in place on every version it runs.
    with op.batch_alter_table("answer") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(sa.Column("updated_by", sa.String(length=200), nullable=True))
    with op.batch_alter_table("assessment") as batch:
        batch.add_column(
            sa.Column("decision_version", sa.Integer(), nullable=False, server_default="1")
        )


def downgrade() -> None:
    with op.batch_alter_table("assessment") as batch:
        batch.drop_column("decision_version")
    with op.batch_alter_table("answer") as batch:
        batch.drop_column("updated_by")
        batch.drop_column("version")
