"""Named values the app keeps about a database (app_state rows); never commits."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from csn_desktop.storage.models import AppState


def get_value(session: Session, key: str) -> str | None:
    return session.scalar(select(AppState.value).where(AppState.key == key))


def set_value(session: Session, key: str, value: str) -> None:
    state = session.get(AppState, key)
    if state is None:
        session.add(AppState(key=key, value=value))
    else:
        state.value = value
    session.flush()
