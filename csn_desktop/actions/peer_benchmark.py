"""The peer benchmark: written by the network, loaded by a council, asked for by comparisons."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from csn_desktop import __version__
from csn_desktop.actions.output_guard import OutputKind, check_output
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.aggregation import Filters
from csn_desktop.domain.benchmark_figures import Benchmark, BenchmarkGroup
from csn_desktop.domain.disclosure import DEFAULT_MINIMUM_GROUP, Withheld
from csn_desktop.errors import UserError
from csn_desktop.i18n import _, format_date, format_number, ngettext
from csn_desktop.storage.audit import add_audit_event
from csn_desktop.storage.benchmarks import (
    BENCHMARK_LOADED,
    benchmark_for_period,
    benchmark_with_checksum,
    current_benchmark,
    list_benchmarks,
    store_benchmark,
)
from csn_desktop.storage.database import Database
from csn_desktop.storage.organisations import find_organisation
from csn_desktop.storage.timestamps import utc_now

if TYPE_CHECKING:
    from csn_desktop.domain.peer_benchmark import BenchmarkSource


@dataclass(frozen=True, slots=True)
class BenchmarkWritten:
    """What ``write_benchmark_file`` wrote: where, for which period, how many groups."""

    path: Path
    period: str
    groups: int
    councils: int


def write_benchmark_file(
    database: Database,
    library: QuestionnaireLibrary,
    path: Path,
    *,
    period: str | None = None,
    include_drafts: bool = False,
    minimum: int = DEFAULT_MINIMUM_GROUP,
    produced_at: datetime | None = None,
) -> BenchmarkWritten:
    """Write the benchmark of ``period`` (default: the newest) atomically, publishable only."""
    from csn_desktop.domain.peer_benchmark import benchmark_content
    from csn_desktop.exports.atomic import write_atomically
    from csn_desktop.exports.benchmark_file import write_benchmark

    path = check_output(path, OutputKind.JSON, database=database)
    if minimum < 1:
        raise UserError(_("The minimum group size must be at least 1."))
    source = benchmark_source(
        database, library, period=period, include_drafts=include_drafts, minimum=minimum
    )
    content = benchmark_content(
        source,
        minimum=minimum,
        app_version=__version__,
        produced_at=(produced_at or utc_now()).replace(microsecond=0),
    )
    write_atomically(path, lambda stream: write_benchmark(stream, content))
    groups = content["groups"]
    assert isinstance(groups, list)
    return BenchmarkWritten(path, source.period, len(groups), len(source.submissions))


def benchmark_source(
    database: Database,
    library: QuestionnaireLibrary,
    *,
    period: str | None,
    include_drafts: bool,
    minimum: int,
) -> BenchmarkSource:
    """What a benchmark of ``period`` is built from; UserError when it has too few councils."""
    from csn_desktop.actions.network import load_network
    from csn_desktop.domain.aggregation import select as select_submissions
    from csn_desktop.domain.peer_benchmark import BenchmarkSource

    data = load_network(database, library, every_period=False)
    filters = data.resolved(Filters(period=period, include_drafts=include_drafts))
    chosen = filters.period or ""
    submissions = select_submissions(data.period(chosen), filters)
    councils = [s for s in submissions if s.is_council]
    if len(councils) < minimum:
        raise UserError(
            _(
                "The period {period} has {count} councils' assessments to count; a benchmark "
                "needs at least {minimum}. Nothing was written."
            ).format(
                period=chosen or "—",
                count=format_number(len(councils)),
                minimum=format_number(minimum),
            )
        )
    versions = sorted({data.entries[s.assessment_id].questionnaire_version for s in councils})
    return BenchmarkSource(
        questionnaire=data.questionnaire,
        period=chosen,
        submissions=councils,
        existing=data.existing,
        answered_versions=tuple(versions),
        include_drafts=include_drafts,
    )


class Loaded(enum.Enum):
    """What loading a benchmark file did."""

    NEW = "new"  # the first benchmark of its period
    REPLACED = "replaced"  # a newer benchmark of a period already loaded replaced it
    ALREADY = "already"  # the same file was loaded before: nothing changed
    OLDER = "older"  # a newer benchmark of the same period is loaded: nothing changed


@dataclass(frozen=True, slots=True)
class LoadOutcome:
    outcome: Loaded
    benchmark: Benchmark
    current: bool  # whether it is now the benchmark comparisons use

    def message(self) -> str:
        described = describe_benchmark(self.benchmark)
        match self.outcome:
            case Loaded.NEW | Loaded.REPLACED:
                text = _("Loaded the peer benchmark: {benchmark}.").format(benchmark=described)
                if not self.current:
                    text += " " + _(
                        "A benchmark of a later period is loaded too and stays the one "
                        "comparisons use."
                    )
                return text
            case Loaded.ALREADY:
                return _("This peer benchmark is already loaded: {benchmark}.").format(
                    benchmark=described
                )
            case Loaded.OLDER:
                return _(
                    "A newer peer benchmark of {period} is already loaded, so this older one was "
                    "not: {benchmark}."
                ).format(period=self.benchmark.period, benchmark=described)


def load_benchmark(database: Database, path: Path) -> LoadOutcome:
    """Check and store a benchmark file; the same file twice is harmless, a newer one replaces.

    One benchmark is kept per period (the newest produced: a later one corrects the earlier);
    benchmarks of other periods stay, so each period's assessments compare with their own
    period's peers. The latest period's is the current one.
    """
    from csn_desktop.imports.benchmark_file import read_benchmark_file

    path = Path(path).expanduser()
    # The text checked is the text stored: the file is read once.
    benchmark, text = read_benchmark_file(path)
    with database.session() as session:
        if benchmark_with_checksum(session, benchmark.checksum) is not None:
            return LoadOutcome(Loaded.ALREADY, benchmark, _is_current(session, benchmark))
        held = benchmark_for_period(session, benchmark.period)
        if held is not None and held.produced_at >= benchmark.produced_at:
            return LoadOutcome(Loaded.OLDER, benchmark, False)
        store_benchmark(
            session,
            checksum=benchmark.checksum,
            period=benchmark.period,
            produced_at=benchmark.produced_at,
            file_name=path.name[:300],
            content=text,
        )
        add_audit_event(
            session,
            None,
            BENCHMARK_LOADED,
            f"{path.name}: {benchmark.period}, {benchmark.produced_at.isoformat()}, "
            f"sha256 {benchmark.checksum}",
        )
        current = _is_current(session, benchmark)
        session.commit()
    return LoadOutcome(Loaded.NEW if held is None else Loaded.REPLACED, benchmark, current)


def _is_current(session: Session, benchmark: Benchmark) -> bool:
    held = current_benchmark(session)
    return held is not None and held.checksum == benchmark.checksum


def loaded_benchmarks(database: Database) -> list[Benchmark]:
    """Every loaded benchmark, the current (latest period) first."""
    from csn_desktop.imports.benchmark_file import parse_benchmark

    with database.read_session() as session:
        contents = [b.content for b in list_benchmarks(session)]
    return [parse_benchmark(text.encode("utf-8")) for text in contents]


@dataclass(frozen=True, slots=True)
class PeerShares:
    """A council's peer groups in one benchmark: the UK, its nation, region and authority type.

    ``groups`` holds those the benchmark publishes (a group below the minimum is not in it),
    in that order; ``description`` says which benchmark they come from.
    """

    benchmark: Benchmark
    groups: tuple[BenchmarkGroup, ...]

    @property
    def description(self) -> str:
        return describe_benchmark(self.benchmark, self.groups)


def peer_shares(database: Database, gss_code: str, period: str | None = None) -> PeerShares | None:
    """The published figures of the council's groups, from the benchmark of ``period``.

    ``period`` None: the current benchmark. None when no benchmark (of that period) is loaded
    or the council is unknown.
    """
    with database.read_session() as session:
        organisation = find_organisation(session, gss_code)
        stored = (
            current_benchmark(session) if period is None else benchmark_for_period(session, period)
        )
        if organisation is None or stored is None:
            return None
        wanted = [
            ("uk", "United Kingdom"),  # not translated: file-format values
            ("nation", organisation.nation),
            ("region", organisation.region),
            ("authority_type", organisation.type_name),
        ]
        checksum, content = stored.checksum, stored.content
    benchmark = _parsed(checksum, content)
    groups: list[BenchmarkGroup] = []
    for kind, name in wanted:
        group = benchmark.group(kind, name)
        # A region that is its whole nation (Wales, Scotland) is the same group twice.
        if group is not None and all(g.name != name for g in groups):
            groups.append(group)
    return PeerShares(benchmark, tuple(groups))


# Benchmarks already checked, by checksum: checking a file takes about a second, and the
# matrix, the comparison page and each report ask for the same one.
_PARSED: dict[str, Benchmark] = {}


def _parsed(checksum: str, content: str) -> Benchmark:
    from csn_desktop.imports.benchmark_file import parse_benchmark

    if checksum not in _PARSED:
        if len(_PARSED) >= 4:
            _PARSED.clear()
        _PARSED[checksum] = parse_benchmark(content.encode("utf-8"))
    return _PARSED[checksum]


def describe_benchmark(
    benchmark: Benchmark, groups: tuple[BenchmarkGroup, ...] | None = None
) -> str:
    """Which benchmark figures come from: period, date, councils and groups.

    Without ``groups``: "2026/27, produced 1 December 2026; 61 councils in the UK; 22 groups
    (…); figures about fewer than 5 councils withheld". With them, each group is named with its
    councils.
    """
    uk = benchmark.group("uk", "United Kingdom")  # not translated: file-format values
    head = _("{period}, produced {date}; {councils} in the UK").format(
        period=benchmark.period,
        date=format_date(benchmark.produced_at.date()),
        councils=_("no councils") if uk is None else _councils(uk),
    )
    if groups is None:
        count = len(benchmark.groups)
        shown = ngettext(
            "{count} group (the UK, nations, regions and authority types)",
            "{count} groups (the UK, nations, regions and authority types)",
            count,
        ).format(count=format_number(count))
    else:
        shown = ", ".join(
            _("{group} ({councils})").format(group=_group_name(g), councils=_councils(g))
            for g in groups
        )
    rule = _("figures about fewer than {minimum} councils withheld").format(
        minimum=format_number(benchmark.minimum_group)
    )
    return _("{benchmark}; {groups}; {rule}").format(benchmark=head, groups=shown, rule=rule)


def _group_name(group: BenchmarkGroup) -> str:
    return _("United Kingdom") if group.kind == "uk" else group.name


def _councils(group: BenchmarkGroup) -> str:
    if isinstance(group.councils, Withheld):
        return _("withheld")
    return ngettext("{count} council", "{count} councils", group.councils).format(
        count=format_number(group.councils)
    )
