"""Builds resources/councils/uk_local_authorities.csv from mySociety's list of local authorities."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

# Dissolved on 7 May 2024 when the North East Mayoral Combined Authority was set up, but still
# marked current in the 2025-07-10 snapshot.
DISSOLVED = {"E47000011"}
COLUMNS = ("gss_code", "name", "official_name", "type_code", "type_name", "nation", "region")


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
                )
            )
    print(f"{len(rows)} councils written to {target}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
