"""Loaded peer benchmarks: found by checksum or period, the current one, replaced per period."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from csn_desktop.storage.models import PeerBenchmark

# The audit trail's kind for a load (an event of the database, not of one assessment).
BENCHMARK_LOADED = "benchmark_loaded"  # not translated: stored event kind


def benchmark_with_checksum(session: Session, checksum: str) -> PeerBenchmark | None:
    return session.scalar(select(PeerBenchmark).where(PeerBenchmark.checksum == checksum))


def benchmark_for_period(session: Session, period: str) -> PeerBenchmark | None:
    return session.scalar(select(PeerBenchmark).where(PeerBenchmark.period == period))


def current_benchmark(session: Session) -> PeerBenchmark | None:
    """The benchmark of the latest period loaded: the one comparisons use unless told otherwise."""
    query = select(PeerBenchmark).order_by(PeerBenchmark.period.desc()).limit(1)
    return session.scalar(query)


def list_benchmarks(session: Session) -> list[PeerBenchmark]:
    """Every loaded benchmark, the latest period first."""
    return list(session.scalars(select(PeerBenchmark).order_by(PeerBenchmark.period.desc())))


def store_benchmark(
    session: Session,
    *,
    checksum: str,
    period: str,
    produced_at: datetime,
    file_name: str,
    content: str,
) -> PeerBenchmark:
    """Add a benchmark, removing the period's older one (flushed, not committed)."""
    session.execute(delete(PeerBenchmark).where(PeerBenchmark.period == period))
    session.flush()
    stored = PeerBenchmark(
        checksum=checksum,
        period=period,
        produced_at=produced_at,
        file_name=file_name,
        content=content,
    )
    session.add(stored)
    session.flush()
    return stored
