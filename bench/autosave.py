"""Autosave benchmark: 1,000 answers saved one at a time, each in its own session and commit."""

from __future__ import annotations

import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from csn_desktop.domain.values import JsonValue
from csn_desktop.storage.answers import save_answer
from csn_desktop.storage.assessments import create_assessment
from csn_desktop.storage.database import open_database
from csn_desktop.storage.organisations import load_organisations

SAVES = 1000
TARGET_P99_MS = 5.0
CHOICES = ["not_aware", "aware", "planning", "partly_used", "fully_used", "certified"]
BARRIERS = ["cost_access", "skills", "suppliers", "procurement", "complexity"]


def random_value(rng: random.Random) -> JsonValue:
    kind = rng.randrange(5)
    if kind == 0:
        return rng.choice(CHOICES)
    if kind == 1:
        return rng.sample(BARRIERS, rng.randrange(1, 4))
    if kind == 2:
        return rng.randrange(10_000)
    if kind == 3:
        return rng.random() < 0.5
    return "Mae'r cyngor yn defnyddio ŵ a ŷ. " * rng.randrange(1, 20)


def run(folder: Path) -> list[float]:
    rng = random.Random(2026)
    database = open_database(folder / "bench.sqlite3")
    try:
        with database.session() as session:
            load_organisations(
                session,
                [
                    {
                        "gss_code": "W06000015",
                        "name": "Cardiff",
                        "official_name": "Cardiff Council",
                        "type_code": "UA",
                        "type_name": "Unitary authority",
                        "nation": "Wales",
                        "region": "Wales",
                    }
                ],
            )
            assessment = create_assessment(
                session,
                organisation_id=1,
                questionnaire_id="csn-self-assessment",
                questionnaire_version=1,
                period="2026/27",
            )
            session.commit()
            assessment_id = assessment.id
        saved: list[tuple[str, str]] = []
        timings: list[float] = []
        for n in range(SAVES):
            # About one save in three edits an answer already saved; the rest are new.
            if saved and rng.random() < 0.35:
                question_id, item_key = rng.choice(saved)
            else:
                question_id, item_key = f"standards.use{n % 7}", f"STD-{n}"
                saved.append((question_id, item_key))
            value = random_value(rng)
            start = time.perf_counter()
            with database.session() as session:
                save_answer(session, assessment_id, question_id, item_key, value)
                session.commit()
            timings.append((time.perf_counter() - start) * 1000)
        return timings
    finally:
        database.close()


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="csn-bench-") as folder:
        timings = run(Path(folder))
    median = statistics.median(timings)
    p99 = statistics.quantiles(timings, n=100)[98]
    print(f"autosave: {len(timings)} saves, median {median:.3f} ms, p99 {p99:.3f} ms")
    print(f"          min {min(timings):.3f} ms, max {max(timings):.3f} ms")
    result = {
        "benchmark": "autosave",
        "saves": len(timings),
        "median_ms": round(median, 3),
        "p99_ms": round(p99, 3),
        "target_p99_ms": TARGET_P99_MS,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
