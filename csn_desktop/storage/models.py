"""SQLAlchemy 2 typed models: councils, assessments, answers and drafts, audit, state, imports."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from csn_desktop.domain.status import Status
from csn_desktop.storage.timestamps import UtcDateTime, utc_now

# Every constraint and index gets a predictable name, so Alembic batch migrations on SQLite
# can find and alter them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ORIGIN_LOCAL = "local"
ORIGIN_IMPORTED = "imported"
OTHER_TYPE_CODE = "OTHER"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Organisation(Base):
    """A council (identified by its GSS code) or another organisation typed in by the user."""

    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    gss_code: Mapped[str | None] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    official_name: Mapped[str] = mapped_column(String(300))
    type_code: Mapped[str] = mapped_column(String(16))
    type_name: Mapped[str] = mapped_column(String(100))
    nation: Mapped[str] = mapped_column(String(50))
    region: Mapped[str] = mapped_column(String(100))
    current: Mapped[bool] = mapped_column(Boolean, default=True)
    # A Welsh council's names in Welsh ("Caerdydd", "Cyngor Caerdydd"); None where it has none.
    name_cy: Mapped[str | None] = mapped_column(String(200))
    official_name_cy: Mapped[str | None] = mapped_column(String(300))

    assessments: Mapped[list[Assessment]] = relationship(back_populates="organisation")

    def __repr__(self) -> str:
        return f"Organisation(id={self.id!r}, gss_code={self.gss_code!r}, name={self.name!r})"


class Assessment(Base):
    """One self-assessment of one organisation for one period against one questionnaire version."""

    __tablename__ = "assessment"
    __table_args__ = (
        CheckConstraint("status IN ('draft', 'final')", name="status"),  # not translated: SQL
        CheckConstraint("origin IN ('local', 'imported')", name="origin"),  # not translated: SQL
        Index("ix_assessment_updated_at", "updated_at"),
        # The home list (the council's own, newest first) and the count of imported ones.
        Index("ix_assessment_origin_updated_at", "origin", "updated_at"),
        # An import's every read and update of the versions of one group (storage/imported,
        # storage/versions); led by the organisation, it serves lookups by organisation too.
        Index("ix_assessment_group", "organisation_id", "period", "questionnaire_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    questionnaire_id: Mapped[str] = mapped_column(String(100))
    questionnaire_version: Mapped[int] = mapped_column(Integer)
    period: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(10), default=Status.DRAFT.value)
    respondent: Mapped[str | None] = mapped_column(String(200))
    origin: Mapped[str] = mapped_column(String(10), default=ORIGIN_LOCAL)
    source_file_sha256: Mapped[str | None] = mapped_column(String(64))
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)
    superseded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("assessment.id", ondelete="SET NULL"), index=True
    )
    exported_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # The id the submission file carries: the same for every version of one submission, and
    # never under another organisation (``uuid`` is this row's own, unique id).
    submission_uuid: Mapped[str | None] = mapped_column(String(36), index=True)
    # The workbook's own last-saved time, an order signal for edited files and templates.
    file_modified_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # Set on every version of a group that staff left out of the figures.
    withdrawn_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # A version stored without a trustworthy order: staff choose whether it becomes current.
    decision_pending: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    finalised_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # Progress as domain/progress computes it, kept with every change of the answers so that
    # lists never read answers; None while not computed (see storage/summaries).
    answered_count: Mapped[int | None] = mapped_column(Integer)
    required_count: Mapped[int | None] = mapped_column(Integer)
    # Put in the bin by its council (recoverable until emptied): listed only in the bin.
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # Put aside by its council: kept and listed apart from the work in hand.
    archived_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    organisation: Mapped[Organisation] = relationship(back_populates="assessments")
    answers: Mapped[list[Answer]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan", passive_deletes=True
    )
    superseded_by: Mapped[Assessment | None] = relationship(remote_side="Assessment.id")

    @property
    def is_final(self) -> bool:
        return self.status == Status.FINAL

    def __repr__(self) -> str:
        return f"Assessment(id={self.id!r}, uuid={self.uuid!r}, status={self.status!r})"


class Answer(Base):
    """One stored answer: its value is JSON text, unique per assessment, question and item."""

    __tablename__ = "answer"
    __table_args__ = (UniqueConstraint("assessment_id", "question_id", "item_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(String(200))
    item_key: Mapped[str] = mapped_column(String(100), default="")
    value_json: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)

    assessment: Mapped[Assessment] = relationship(back_populates="answers")


class CountedAnswers(Base):
    """An assessment's answers as the network's figures count them, kept so that the network
    view reads one row per assessment instead of checking every answer again.

    Valid only for the questionnaire id and version it was counted against (a later version may
    rename questions or change their checks) and while the assessment's ``updated_at`` is the
    one recorded (every change of a draft's answers moves it).
    """

    __tablename__ = "counted_answers"

    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), primary_key=True
    )
    questionnaire_id: Mapped[str] = mapped_column(String(100))
    questionnaire_version: Mapped[int] = mapped_column(Integer)
    answers_updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # Compact JSON: [[question id, item key, value], ...], question ids as the version counted
    # against names them.
    counted_json: Mapped[str] = mapped_column(Text)


class AnswerDraft(Base):
    """Text typed for an answer that could not be stored as the answer (too long, invalid),
    kept so that nothing typed is lost; it goes when a valid answer is saved."""

    __tablename__ = "answer_draft"
    __table_args__ = (UniqueConstraint("assessment_id", "question_id", "item_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(String(200))
    item_key: Mapped[str] = mapped_column(String(100), default="")
    # As typed, whatever its length: never cut.
    text: Mapped[str] = mapped_column(Text)
    # Why it is not the answer, in the words the officer was shown.
    reason: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class PeerBenchmark(Base):
    """A peer benchmark loaded from the network's file: one per period, the newest produced."""

    __tablename__ = "peer_benchmark"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # The file's own checksum: the same file loaded again is recognised by it.
    checksum: Mapped[str] = mapped_column(String(64), unique=True)
    period: Mapped[str] = mapped_column(String(20), unique=True)
    produced_at: Mapped[datetime] = mapped_column(UtcDateTime)
    loaded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    file_name: Mapped[str] = mapped_column(String(300))
    # The file as loaded (checked JSON), read again whenever figures are asked for.
    content: Mapped[str] = mapped_column(Text)


class AuditEvent(Base):
    """Something that happened to an assessment, who did it and when."""

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int | None] = mapped_column(
        ForeignKey("assessment.id", ondelete="SET NULL"), index=True
    )
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    kind: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(200))


class AppState(Base):
    """A value the app keeps about the database itself, by key."""

    __tablename__ = "app_state"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ImportRecord(Base):
    """The outcome of importing one submission file."""

    __tablename__ = "import_record"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    outcome: Mapped[str] = mapped_column(String(40))
    message: Mapped[str] = mapped_column(Text, default="")
    submission_uuid: Mapped[str | None] = mapped_column(String(36), index=True)
    assessment_id: Mapped[int | None] = mapped_column(
        ForeignKey("assessment.id", ondelete="SET NULL"), index=True
    )
