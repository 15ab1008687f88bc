"""The peer benchmark end to end: demo network → file → a council's database → peer_shares."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from csn_desktop.actions.demo import CURRENT_PERIOD, fill_demo
from csn_desktop.actions.network import load_network
from csn_desktop.actions.peer_benchmark import (
    Loaded,
    load_benchmark,
    loaded_benchmarks,
    peer_shares,
    write_benchmark_file,
)
from csn_desktop.actions.setup import open_app_database, questionnaire_library
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.aggregation import Filters
from csn_desktop.domain.disclosure import WITHHELD, Withheld
from csn_desktop.domain.known_ids import IN_USE
from csn_desktop.imports.benchmark_file import BenchmarkRefused
from csn_desktop.storage.benchmarks import BENCHMARK_LOADED
from csn_desktop.storage.database import Database
from csn_desktop.storage.models import AuditEvent, Organisation, PeerBenchmark

PRODUCED = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def network(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A demo network database and the benchmark file written from it (made once)."""
    library = questionnaire_library()
    newest = library.latest()
    folder = tmp_path_factory.mktemp("network")
    database = open_app_database(folder / "network.sqlite3")
    try:
        fill_demo(database, newest, councils=160, seed=7, earlier=library.previous(newest))
        written = write_benchmark_file(
            database, library, folder / "benchmark.json", produced_at=PRODUCED
        )
    finally:
        database.close()
    assert written.period == CURRENT_PERIOD and written.groups > 1
    return folder / "network.sqlite3", written.path


def content(path: Path) -> dict[str, object]:
    loaded = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def rewrite(path: Path, target: Path, change: object) -> Path:
    """A copy of the file with ``change`` applied to its content, checksum recomputed."""
    from csn_desktop.exports.benchmark_file import with_checksum

    document = content(path)
    document.pop("checksum")
    change(document)  # type: ignore[operator]
    target.write_text(json.dumps(with_checksum(document), indent=1), encoding="utf-8")
    return target


def test_the_file_describes_itself_and_names_no_council(network: tuple[Path, Path]) -> None:
    database_path, path = network
    document = content(path)
    assert document["format"] == "csn-peer-benchmark"
    assert document["format_version"] == 2
    assert document["period"] == CURRENT_PERIOD
    assert document["produced_at"] == "2026-12-01T09:30:00+00:00"
    assert document["minimum_group"] == 5
    groups = document["groups"]
    assert isinstance(groups, list)
    assert {g["kind"] for g in groups} == {"uk", "nation", "region", "authority_type"}
    assert all(g["councils"] == "withheld" or g["councils"] >= 5 for g in groups)
    text = path.read_text(encoding="utf-8")
    database = open_app_database(database_path)
    try:
        with database.read_session() as session:
            organisations = list(session.scalars(select(Organisation)))
    finally:
        database.close()
    group_names = {g["name"] for g in groups}  # a combined authority may share its region's name
    for organisation in organisations:
        assert organisation.gss_code is None or organisation.gss_code not in text
        if organisation.name not in group_names:
            assert organisation.name not in text


def test_every_figure_is_the_publishable_one(
    network: tuple[Path, Path], library: QuestionnaireLibrary
) -> None:
    database_path, path = network
    database = open_app_database(database_path)
    try:
        data = load_network(database, library)
    finally:
        database.close()
    from csn_desktop.imports.benchmark_file import read_benchmark_file

    benchmark, _ = read_benchmark_file(path)
    complements = 0
    for group in benchmark.groups:
        if group.name.startswith("Other "):
            continue  # small groups merged: no single filter selects them
        field = {"uk": None, "nation": "nations", "region": "regions"}.get(
            group.kind, "authority_types"
        )
        filters = Filters(period=CURRENT_PERIOD)
        if field is not None:
            filters = Filters(period=CURRENT_PERIOD, **{field: frozenset({group.name})})
        figures = data.figures(filters)
        assert not figures.all_withheld
        assert group.councils in (figures.councils, WITHHELD)
        # Every figure the file publishes is the true one, and everything a network output
        # withholds stays withheld; the file may withhold more (complements across groups).
        for code, peers in group.standards.items():
            for status, count in peers.use.counts.items():
                true = figures.use.table.count(code, status)
                assert count in (true, WITHHELD), (group.name, code, status)
                if 0 < true < 5:
                    assert isinstance(count, Withheld)
                complements += isinstance(count, Withheld) and true >= 5
            for level, count in peers.need.counts.items():
                true = figures.need.table.count(code, level)
                assert count in (true, WITHHELD)
                if 0 < true < 5:
                    assert isinstance(count, Withheld)
            in_use = peers.in_use.councils
            assert in_use in (sum(figures.use.table.count(code, s) for s in IN_USE), WITHHELD)
    assert complements > 0
    # Groups below the minimum are not in the file at all.
    names = {(g.kind, g.name) for g in benchmark.groups}
    for nation in data.choices()["nation"]:
        small = data.figures(Filters(period=CURRENT_PERIOD, nations=frozenset({nation})))
        # A nation is published alone, or merged with others too small (or too few together).
        published = ("nation", nation) in names or ("nation", "Other nations") in names
        assert published == (not small.all_withheld) or ("nation", "Other nations") in names
        if small.all_withheld:
            assert ("nation", nation) not in names


def test_a_council_loads_it_and_gets_its_peer_shares(
    network: tuple[Path, Path], app_database: Database
) -> None:
    _, path = network
    outcome = load_benchmark(app_database, path)
    assert outcome.outcome is Loaded.NEW and outcome.current
    assert CURRENT_PERIOD in outcome.message()
    shares = peer_shares(app_database, "E09000033")  # Westminster: London, England
    assert shares is not None
    kinds = [g.kind for g in shares.groups]
    assert kinds[0] == "uk" and "nation" in kinds
    uk = shares.groups[0]
    assert isinstance(uk.councils, int) and uk.councils >= 5
    assert uk.councils and f"{uk.councils} councils" in shares.description
    assert CURRENT_PERIOD in shares.description
    published = [
        (code, status, share)
        for code, peers in uk.standards.items()
        for status, share in peers.use.shares.items()
        if not isinstance(share, Withheld)
    ]
    assert published
    code, status, share = published[0]
    count = uk.standards[code].use.counts[status]
    assert isinstance(count, int) and share == round(count / uk.standards[code].answering, 4)
    for theme in shares.benchmark.themes:  # a theme's shares are all published or all withheld
        values = list(uk.themes[theme].use.values())
        if not any(isinstance(v, Withheld) for v in values):
            assert abs(sum(v for v in values if not isinstance(v, Withheld)) - 1) < 0.01
    assert peer_shares(app_database, "E09000033", period="2019/20") is None
    scottish = peer_shares(app_database, "S12000036")  # Edinburgh: the region is the nation
    assert scottish is not None
    # Scotland as a nation is merged with the smaller nations (alone, it would be the UK less
    # England and those); as a region it is published, beside the other regions.
    assert [(g.kind, g.name) for g in scottish.groups] == [
        ("uk", "United Kingdom"),
        ("region", "Scotland"),
        ("authority_type", "Scottish unitary authority"),
    ]
    assert "Scotland (5 councils)" in scottish.description
    with app_database.read_session() as session:
        kinds_logged = session.scalars(select(AuditEvent.kind)).all()
    assert BENCHMARK_LOADED in kinds_logged


def test_loading_twice_is_harmless_and_newer_replaces(
    network: tuple[Path, Path], app_database: Database, tmp_path: Path
) -> None:
    _, path = network
    assert load_benchmark(app_database, path).outcome is Loaded.NEW
    again = load_benchmark(app_database, path)
    assert again.outcome is Loaded.ALREADY and "already loaded" in again.message()
    newer = rewrite(
        path, tmp_path / "newer.json", lambda d: d.update(produced_at="2026-12-05T10:00:00+00:00")
    )
    assert load_benchmark(app_database, newer).outcome is Loaded.REPLACED
    assert load_benchmark(app_database, path).outcome is Loaded.OLDER
    earlier_period = rewrite(path, tmp_path / "earlier.json", lambda d: d.update(period="2025/26"))
    loaded = load_benchmark(app_database, earlier_period)
    assert loaded.outcome is Loaded.NEW and not loaded.current
    with app_database.read_session() as session:
        rows = session.scalar(select(func.count()).select_from(PeerBenchmark))
    assert rows == 2
    shown = loaded_benchmarks(app_database)
    assert [b.period for b in shown] == [CURRENT_PERIOD, "2025/26"]
    assert shown[0].produced_at == datetime(2026, 12, 5, 10, tzinfo=UTC)


def _set_count(document: dict[str, object]) -> None:
    groups = document["groups"]
    assert isinstance(groups, list)
    standard = next(iter(groups[0]["standards"].values()))
    standard["answering"] = "twelve"


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda b: b.replace(b'"minimum_group": 5', b'"minimum_group": 4'), "checksum"),
        (lambda b: b[: len(b) // 2], "cut short"),
        (lambda b: b'{"name": "something else", "rows": [1, 2, 3]}', "not a csn-desktop"),
        (lambda b: b"[" * 200_000, "nested"),
        (lambda b: b"\xff\xfe" + b, "UTF-8"),
        (lambda b: b"{}", "not a csn-desktop"),
    ],
)
def test_a_damaged_or_foreign_file_is_refused(
    network: tuple[Path, Path], app_database: Database, tmp_path: Path, damage: object, message: str
) -> None:
    _, path = network
    target = tmp_path / "damaged.json"
    target.write_bytes(damage(path.read_bytes()))  # type: ignore[operator]
    with pytest.raises(BenchmarkRefused, match=message) as refused:
        load_benchmark(app_database, target)
    assert "damaged.json" in str(refused.value)
    with app_database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(PeerBenchmark)) == 0


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format_version=3), "newer csn-desktop"),
        (_set_count, "answering” should be a whole number"),
        (lambda d: d.update(groups="all"), "“groups” should be a list"),
        (lambda d: d.pop("period"), "“period” is missing"),
        (lambda d: d.update(produced_at="yesterday"), "date and time"),
    ],
)
def test_a_future_or_malformed_file_is_refused(
    network: tuple[Path, Path], app_database: Database, tmp_path: Path, change: object, message: str
) -> None:
    _, path = network
    target = rewrite(path, tmp_path / "odd.json", change)
    with pytest.raises(BenchmarkRefused, match=message):
        load_benchmark(app_database, target)


def test_a_huge_file_is_refused_before_it_is_parsed(
    network: tuple[Path, Path], app_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from csn_desktop.imports import benchmark_file

    _, path = network
    monkeypatch.setattr(benchmark_file, "MAX_BYTES", 1000)
    with pytest.raises(BenchmarkRefused, match="larger than"):
        load_benchmark(app_database, path)


def test_too_few_councils_writes_nothing(
    app_database: Database, library: QuestionnaireLibrary, tmp_path: Path
) -> None:
    from csn_desktop.errors import UserError

    with pytest.raises(UserError, match="at least 5"):
        write_benchmark_file(app_database, library, tmp_path / "b.json")
    assert not (tmp_path / "b.json").exists()


def _as_version_1(document: dict[str, object]) -> None:
    document["format_version"] = 1
    groups = document["groups"]
    assert isinstance(groups, list)
    for group in groups:
        for standard in group["standards"].values():
            del standard["in_use"], standard["needed"]
        for theme in group["themes"].values():
            del theme["in_use"], theme["needed"]


def test_a_version_1_file_is_still_read_without_coarse_figures(
    network: tuple[Path, Path], tmp_path: Path
) -> None:
    from csn_desktop.imports.benchmark_file import read_benchmark_file

    _, path = network
    current, _text = read_benchmark_file(path)
    uk = current.group("uk", "United Kingdom")
    assert uk is not None
    assert any(not isinstance(s.in_use.share, Withheld) for s in uk.standards.values())
    old, _text = read_benchmark_file(rewrite(path, tmp_path / "v1.json", _as_version_1))
    assert old.format_version == 1
    old_uk = old.group("uk", "United Kingdom")
    assert old_uk is not None
    assert all(isinstance(s.in_use.share, Withheld) for s in old_uk.standards.values())
    assert all(isinstance(t.in_use, Withheld) for t in old_uk.themes.values())
