"""Organisations' names in Welsh: name_cy and official_name_cy, seeded for the Welsh councils."""

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | None = None
depends_on: str | None = None

# The Welsh names of resources/councils/uk_local_authorities.csv when this revision was written
# (a test keeps them equal): a migration must give the same result whatever the list becomes.
WELSH_NAMES = {
    "W06000001": ("Ynys Môn", "Cyngor Sir Ynys Môn"),
    "W06000002": ("Gwynedd", "Cyngor Gwynedd"),
    "W06000003": ("Conwy", "Cyngor Bwrdeistref Sirol Conwy"),
    "W06000004": ("Sir Ddinbych", "Cyngor Sir Ddinbych"),
    "W06000005": ("Sir y Fflint", "Cyngor Sir y Fflint"),
    "W06000006": ("Wrecsam", "Cyngor Bwrdeistref Sirol Wrecsam"),
    "W06000008": ("Ceredigion", "Cyngor Sir Ceredigion"),
    "W06000009": ("Sir Benfro", "Cyngor Sir Penfro"),
    "W06000010": ("Sir Gaerfyrddin", "Cyngor Sir Caerfyrddin"),
    "W06000011": ("Abertawe", "Cyngor Dinas a Sir Abertawe"),
    "W06000012": ("Castell-nedd Port Talbot", "Cyngor Bwrdeistref Sirol Castell-nedd Port Talbot"),
    "W06000013": ("Pen-y-bont ar Ogwr", "Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr"),
    "W06000014": ("Bro Morgannwg", "Cyngor Bro Morgannwg"),
    "W06000015": ("Caerdydd", "Cyngor Caerdydd"),
    "W06000016": ("Rhondda Cynon Taf", "Cyngor Bwrdeistref Sirol Rhondda Cynon Taf"),
    "W06000018": ("Caerffili", "Cyngor Bwrdeistref Sirol Caerffili"),
    "W06000019": ("Blaenau Gwent", "Cyngor Bwrdeistref Sirol Blaenau Gwent"),
    "W06000020": ("Tor-faen", "Cyngor Bwrdeistref Sirol Torfaen"),
    "W06000021": ("Sir Fynwy", "Cyngor Sir Fynwy"),
    "W06000022": ("Casnewydd", "Cyngor Dinas Casnewydd"),
    "W06000023": ("Powys", "Cyngor Sir Powys"),
    "W06000024": ("Merthyr Tudful", "Cyngor Bwrdeistref Sirol Merthyr Tudful"),
}


def upgrade() -> None:
    with op.batch_alter_table("organisation") as batch:
        batch.add_column(sa.Column("name_cy", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("official_name_cy", sa.String(length=300), nullable=True))
    organisation = sa.table(
        "organisation",
        sa.column("gss_code", sa.String),
        sa.column("name_cy", sa.String),
        sa.column("official_name_cy", sa.String),
    )
    for code, (name, official_name) in WELSH_NAMES.items():
        op.execute(
            organisation.update()
            .where(organisation.c.gss_code == code)
            .values(name_cy=name, official_name_cy=official_name)
        )


def downgrade() -> None:
    with op.batch_alter_table("organisation") as batch:
        batch.drop_column("official_name_cy")
        batch.drop_column("name_cy")
