"""Builds resources/councils/uk_local_authorities.csv from mySociety's list of local authorities."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

# Dissolved on 7 May 2024 when the North East Mayoral Combined Authority was set up, but still
# marked current in the 2025-07-10 snapshot.
DISSOLVED = {"E47000011"}
COLUMNS = (
    "gss_code",
    "name",
    "official_name",
    "type_code",
    "type_name",
    "nation",
    "region",
    "name_cy",
    "official_name_cy",
)
# The Welsh names of the 22 Welsh councils (name, official name). The names are the Welsh
# alt-names of the source, repaired where it mis-encodes them ("Sir Ynys M?n"); the source has no
# Welsh official names, so they are the names the councils give themselves in Welsh.
WELSH = {
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


def main(source: Path, target: Path) -> None:
    with source.open(encoding="utf-8", newline="") as stream:
        rows = [
            r
            for r in csv.DictReader(stream)
            if r["current-authority"] == "True" and r["gss-code"] not in DISSOLVED
        ]
    rows.sort(key=lambda r: r["nice-name"].casefold())
    with target.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(COLUMNS)
        for r in rows:
            writer.writerow(
                (
                    r["gss-code"],
                    r["nice-name"],
                    r["official-name"],
                    r["local-authority-type"],
                    r["local-authority-type-name"],
                    r["nation"],
                    r["region"] or r["nation"],
                    *WELSH.get(r["gss-code"], ("", "")),
                )
            )
    print(f"{len(rows)} councils written to {target}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
