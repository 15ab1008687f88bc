"""Each assessment's answers as the network's figures count them, filled when first needed."""

import sqlalchemy as sa
from alembic import op

from csn_desktop.storage.timestamps import UtcDateTime

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    # Empty here: the rows need the questionnaire definitions, so the network view fills them
    # for the periods it reads (actions/network), as it would compute them anyway.
    op.create_table(
        "counted_answers",
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("questionnaire_id", sa.String(length=100), nullable=False),
        sa.Column("questionnaire_version", sa.Integer(), nullable=False),
        sa.Column("answers_updated_at", UtcDateTime(), nullable=False),
        sa.Column("counted_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_counted_answers_assessment_id_assessment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("assessment_id", name=op.f("pk_counted_answers")),
    )


def downgrade() -> None:
    op.drop_table("counted_answers")
