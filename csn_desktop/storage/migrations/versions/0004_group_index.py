"""Imports: one index over a version group (organisation, period, questionnaire)."""

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    # Every import reads and updates the versions of its file's group; on the organisation
    # alone SQLite read every version of the council (one per period and re-send) to find them.
    # The new index starts with organisation_id, so it also serves what the old one did.
    op.create_index(
        "ix_assessment_group", "assessment", ["organisation_id", "period", "questionnaire_id"]
    )
    op.drop_index("ix_assessment_organisation_id", table_name="assessment")


def downgrade() -> None:
    op.create_index("ix_assessment_organisation_id", "assessment", ["organisation_id"])
    op.drop_index("ix_assessment_group", table_name="assessment")
