"""Assessments in the bin or archived, and drafts of answers that could not be saved yet."""

import sqlalchemy as sa
from alembic import op

from csn_desktop.storage.timestamps import UtcDateTime

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("assessment") as batch:
        batch.add_column(sa.Column("deleted_at", UtcDateTime(), nullable=True))
        batch.add_column(sa.Column("archived_at", UtcDateTime(), nullable=True))
    op.create_table(
        "answer_draft",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(length=200), nullable=False),
        sa.Column("item_key", sa.String(length=100), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_answer_draft_assessment_id_assessment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answer_draft")),
        sa.UniqueConstraint(
            "assessment_id",
            "question_id",
            "item_key",
            name=op.f("uq_answer_draft_assessment_id_question_id_item_key"),
        ),
    )


def downgrade() -> None:
    op.drop_table("answer_draft")
    with op.batch_alter_table("assessment") as batch:
        batch.drop_column("archived_at")
        batch.drop_column("deleted_at")
