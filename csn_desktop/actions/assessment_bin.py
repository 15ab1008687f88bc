"""The council's way out: the bin (delete, restore, delete permanently), the archive, rename."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from csn_desktop.actions.assessments import check_not_duplicate, check_period
from csn_desktop.domain.organisation_names import local_name
from csn_desktop.errors import UserError
from csn_desktop.i18n import _, language
from csn_desktop.storage import assessments as stored
from csn_desktop.storage.database import Database
from csn_desktop.storage.models import Assessment
from csn_desktop.storage.organisations import find_organisation


@dataclass(frozen=True, slots=True)
class AsideRow:
    """An assessment in the bin or the archive, and since when."""

    id: int
    council: str
    gss_code: str | None
    period: str
    status: str
    since: datetime

    @property
    def title(self) -> str:
        return _("{council} {period}").format(council=self.council, period=self.period)


def delete_assessment(database: Database, assessment_id: int) -> str:
    """Move an assessment to the bin (recoverable); returns its title for the message."""
    with database.session() as session:
        assessment = stored.put_in_bin(session, assessment_id)
        title = _title(assessment)
        session.commit()
    return title


def restore_assessment(database: Database, assessment_id: int) -> str:
    """Take an assessment out of the bin, back where it was (home list or archive)."""
    with database.session() as session:
        assessment = stored.restore_from_bin(session, assessment_id)
        title = _title(assessment)
        session.commit()
    return title


def delete_permanently(database: Database, assessment_id: int) -> str:
    """Delete an assessment in the bin and its answers for good; its audit trail stays."""
    with database.session() as session:
        title = _title(stored.get_assessment(session, assessment_id))
        stored.delete_permanently(session, assessment_id)
        session.commit()
    return title


def archive_assessment(database: Database, assessment_id: int, *, archived: bool = True) -> str:
    """Archive (put aside, kept and listed apart) or unarchive an assessment."""
    with database.session() as session:
        assessment = stored.set_archived(session, assessment_id, archived)
        title = _title(assessment)
        session.commit()
    return title


def rename_assessment(
    database: Database,
    assessment_id: int,
    *,
    period: str,
    gss_code: str | None = None,
    allow_duplicate: bool = False,
) -> str:
    """Correct the period (and the council, by GSS code) of a draft; refuses to make a
    duplicate unless ``allow_duplicate``. Returns the new title."""
    period = check_period(period)
    with database.session() as session:
        assessment = stored.get_assessment(session, assessment_id)
        organisation_id = assessment.organisation_id
        if gss_code:
            organisation = find_organisation(session, gss_code)
            if organisation is None:
                raise UserError(
                    _("There is no council with the GSS code {code}.").format(code=gss_code)
                )
            organisation_id = organisation.id
        if not allow_duplicate:
            check_not_duplicate(session, organisation_id, period, but=assessment_id)
        assessment = stored.rename_assessment(
            session, assessment_id, organisation_id=organisation_id, period=period
        )
        title = _title(assessment)
        session.commit()
    return title


def set_aside(database: Database, *, binned: bool) -> list[AsideRow]:
    """The assessments in the bin (``binned``) or in the archive, most recently moved first."""
    with database.read_session() as session:
        return [
            AsideRow(
                a.id,
                _council_name(a),
                a.organisation.gss_code,
                a.period,
                a.status,
                (a.deleted_at if binned else a.archived_at) or a.updated_at,
            )
            for a in stored.set_aside(session, binned=binned)
        ]


def _title(assessment: Assessment) -> str:
    return _("{council} {period}").format(
        council=_council_name(assessment), period=assessment.period
    )


def _council_name(assessment: Assessment) -> str:
    """The council's name in the language of the messages (Welsh councils have a Welsh name)."""
    organisation = assessment.organisation
    return local_name(organisation.name, organisation.name_cy, language())
