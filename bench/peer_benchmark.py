"""Times writing the peer benchmark file of a 300-council demo network, against its floor."""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from csn_desktop.actions.demo import fill_demo
from csn_desktop.actions.peer_benchmark import write_benchmark_file
from csn_desktop.actions.setup import open_app_database, questionnaire_library

COUNCILS = 300


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        database = open_app_database(Path(folder) / "bench.sqlite3")
        library = questionnaire_library()
        questionnaire = library.latest()
        fill_demo(
            database,
            questionnaire,
            councils=COUNCILS,
            seed=1,
            earlier=library.previous(questionnaire),
        )
        # The floor: the same file with primary suppression only (no complements searched).
        with mock.patch(
            "csn_desktop.domain.benchmark_cells.protect",
            lambda relations, primary, preference: dict(primary),
        ):
            start = time.perf_counter()
            write_benchmark_file(database, library, Path(folder) / "floor.json")
            floor = time.perf_counter() - start
        start = time.perf_counter()
        write_benchmark_file(database, library, Path(folder) / "benchmark.json")
        full = time.perf_counter() - start
        database.close()
    print(f"benchmark file: {full:.2f} s (floor without complements {floor:.2f} s)")
    print(json.dumps({"councils": COUNCILS, "seconds": round(full, 2), "floor": round(floor, 2)}))


if __name__ == "__main__":
    main()
