"""How many current councils (not other organisations) the database holds."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from csn_desktop.storage.models import OTHER_TYPE_CODE, Organisation


def count_current_councils(session: Session) -> int:
    """Current councils, to compare with the bundled list (organisations users added excluded)."""
    count = session.scalar(
        select(func.count())
        .select_from(Organisation)
        .where(Organisation.type_code != OTHER_TYPE_CODE, Organisation.current.is_(True))
    )
    return int(count or 0)
