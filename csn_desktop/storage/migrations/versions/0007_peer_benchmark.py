"""Peer benchmarks loaded from the network's benchmark files, one per period."""

import sqlalchemy as sa
from alembic import op

from csn_desktop.storage.timestamps import UtcDateTime

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "peer_benchmark",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("checksum", sa.String(length=64), nullable=False),
        sa.Column("period", sa.String(length=20), nullable=False),
        sa.Column("produced_at", UtcDateTime(), nullable=False),
        sa.Column("loaded_at", UtcDateTime(), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_peer_benchmark")),
        sa.UniqueConstraint("checksum", name=op.f("uq_peer_benchmark_checksum")),
        sa.UniqueConstraint("period", name=op.f("uq_peer_benchmark_period")),
    )


def downgrade() -> None:
    op.drop_table("peer_benchmark")
