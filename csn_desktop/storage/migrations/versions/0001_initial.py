"""Initial schema: organisation, assessment, answer, audit_event and import_record."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("gss_code", sa.String(length=16), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("official_name", sa.String(length=300), nullable=False),
        sa.Column("type_code", sa.String(length=16), nullable=False),
        sa.Column("type_name", sa.String(length=100), nullable=False),
        sa.Column("nation", sa.String(length=50), nullable=False),
        sa.Column("region", sa.String(length=100), nullable=False),
        sa.Column("current", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
        sa.UniqueConstraint("gss_code", name=op.f("uq_organisation_gss_code")),
    )
    op.create_table(
        "assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("questionnaire_id", sa.String(length=100), nullable=False),
        sa.Column("questionnaire_version", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("respondent", sa.String(length=200), nullable=True),
        sa.Column("origin", sa.String(length=10), nullable=False),
        sa.Column("source_file_sha256", sa.String(length=64), nullable=True),
        sa.Column("flagged", sa.Boolean(), nullable=False),
        sa.Column("superseded_by_id", sa.Integer(), nullable=True),
        sa.Column("exported_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finalised_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("origin IN ('local', 'imported')", name=op.f("ck_assessment_origin")),
        sa.CheckConstraint("status IN ('draft', 'final')", name=op.f("ck_assessment_status")),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_assessment_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["superseded_by_id"],
            ["assessment.id"],
            name=op.f("fk_assessment_superseded_by_id_assessment"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment")),
        sa.UniqueConstraint("uuid", name=op.f("uq_assessment_uuid")),
    )
    op.create_index(
        op.f("ix_assessment_organisation_id"), "assessment", ["organisation_id"], unique=False
    )
    op.create_index(
        op.f("ix_assessment_superseded_by_id"), "assessment", ["superseded_by_id"], unique=False
    )
    op.create_index("ix_assessment_updated_at", "assessment", ["updated_at"], unique=False)

    op.create_table(
        "answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(length=200), nullable=False),
        sa.Column("item_key", sa.String(length=100), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_answer_assessment_id_assessment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answer")),
        sa.UniqueConstraint(
            "assessment_id",
            "question_id",
            "item_key",
            name=op.f("uq_answer_assessment_id_question_id_item_key"),
        ),
    )
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_audit_event_assessment_id_assessment"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    op.create_index(
        op.f("ix_audit_event_assessment_id"), "audit_event", ["assessment_id"], unique=False
    )

    op.create_table(
        "import_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("outcome", sa.String(length=40), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("submission_uuid", sa.String(length=36), nullable=True),
        sa.Column("assessment_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_import_record_assessment_id_assessment"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_record")),
    )
    op.create_index(
        op.f("ix_import_record_assessment_id"), "import_record", ["assessment_id"], unique=False
    )
    op.create_index(op.f("ix_import_record_sha256"), "import_record", ["sha256"], unique=False)
    op.create_index(
        op.f("ix_import_record_submission_uuid"), "import_record", ["submission_uuid"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_import_record_submission_uuid"), table_name="import_record")
    op.drop_index(op.f("ix_import_record_sha256"), table_name="import_record")
    op.drop_index(op.f("ix_import_record_assessment_id"), table_name="import_record")

    op.drop_table("import_record")
    op.drop_index(op.f("ix_audit_event_assessment_id"), table_name="audit_event")

    op.drop_table("audit_event")
    op.drop_table("answer")
    op.drop_index("ix_assessment_updated_at", table_name="assessment")
    op.drop_index(op.f("ix_assessment_superseded_by_id"), table_name="assessment")
    op.drop_index(op.f("ix_assessment_organisation_id"), table_name="assessment")

    op.drop_table("assessment")
    op.drop_table("organisation")
