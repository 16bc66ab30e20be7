"""The `okg` command line."""
from __future__ import annotations

import ipaddress
import json
import shutil
import socket
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, Optional

import typer

from api.neo4j_cli import neo4j_app
from graph.formats import EXPORT_FORMATS, EXPORT_PARTS

# Each command imports what it uses when it runs, so `okg --help` and `okg extract` start fast.
if TYPE_CHECKING:
    from rich.console import Console

    from api.handoff import Handoff
    from api.ingest import IngestResult
    from api.report_worker import ReportLimits
    from api.settings import Settings
    from graph import Store
    from loaders.facts import Facts

app = typer.Typer(
    help="oversight-kg: people's congress oversight reports → a knowledge graph of laws, "
    "inspections, organs, deputies and issues.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(neo4j_app, name="neo4j")


class _Stderr:
    """rich's console on stderr, made at its first use: importing rich is a tenth of ``okg --help`` and some 0.02
    CPU-s of ``okg extract``, neither of which writes to it unless it fails."""

    @cached_property
    def console(self) -> Console:
        from rich.console import Console

        return Console(stderr=True, soft_wrap=True)

    def print(self, *objects: object, **options: Any) -> None:
        """``Console.print`` on stderr."""
        self.console.print(*objects, **options)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.console, name)


err = _Stderr()
# Wide enough for any table's natural width: piped or redirected, rich would assume 80 columns and cut
# every cell that does not fit (labels, report paths) with "…".
_UNBOUNDED = 1_000_000


def _print_table(table: object) -> None:
    """Print a rich table on stdout, where what a program reads goes (progress, notes and warnings go to stderr):
    fitted to a terminal, whole (no cell cut) when piped or redirected."""
    from rich.console import Console

    Console(width=None if sys.stdout.isatty() else _UNBOUNDED).print(table)
SAMPLES = Path(__file__).parent / "samples"

StoreOpt = Annotated[Optional[Path], typer.Option(
    "--store", envvar="OKG_STORE", help="Embedded store directory [default: ~/.local/share/oversight-kg/store].")]
Neo4jOpt = Annotated[bool, typer.Option(
    "--neo4j", help="Use the Neo4j store at NEO4J_URI (also chosen when NEO4J_URI is set and --store is not).")]


#: How often (seconds) ``okg ingest --wait`` tries a store another process writes, and says it still waits.
_WAIT_POLL, _WAIT_SAYS = 0.25, 10.0


def _open(store: Path | None, neo4j: bool, create: bool = False, access: str = "write", wait: float = 0.0) -> Store:
    """The store asked for; an explicit ``--store`` that holds no store is refused unless ``create``
    (commands that write reports make one), so a mistyped path makes no new store. ``access`` (``write``,
    ``serve``, ``read``: :mod:`graph.holder`) lets the commands that only read open the store beside ``okg serve``,
    from its first moment (``serve``);
    a store that does not exist yet is made by opening it to write, whatever asks. ``wait``: seconds to try again
    while another process writes the store (:class:`graph.backends.StoreBusy`), a line on stderr when the wait starts
    and every :data:`_WAIT_SAYS` s (a new user's round 47, B4: a batch script had to retry by itself); refused (exit
    2) once they pass, or at once for any other refusal (a server holds the store: it does not end by itself)."""
    from graph import StoreError, default_store_path, open_store
    from graph.backends.embedded import is_store

    if store is not None and not neo4j and not create and not is_store(store):
        err.print(f"[red]error:[/red] no store at {store} (mistyped --store?); "
                  f"`okg ingest --store {store} REPORTS` or `okg import --store {store} FILE` makes one there",
                  highlight=False)
        raise typer.Exit(2)
    from graph.backends import StoreBusy

    started = time.monotonic()
    said = 0.0
    while True:
        try:
            if access == "read" and not neo4j and not is_store(store if store is not None else default_store_path()):
                access = "write"  # a read-only opening needs a store there; an empty one is made as before
            return open_store(None if neo4j else store, neo4j=neo4j, access=access)
        except StoreBusy as exc:
            waited = time.monotonic() - started
            if waited >= wait:
                err.print(f"[red]error:[/red] {exc}" + (f" (waited {waited:.0f} s)" if wait else ""), highlight=False)
                raise typer.Exit(2) from exc
            if waited >= said:  # a line when the wait starts, then every _WAIT_SAYS seconds
                err.print(f"waiting for the store ({waited:.0f} of {wait:g} s): {exc}", highlight=False)
                said = waited + _WAIT_SAYS
            time.sleep(_WAIT_POLL)
        except StoreError as exc:
            err.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(2) from exc


@app.command("ingest")
def ingest_command(
    paths: Annotated[list[str], typer.Argument(help="Report files, directories of reports, or URLs.")],
    store: StoreOpt = None,
    neo4j: Neo4jOpt = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON result per report instead of a table.")] = False,
    validate: Annotated[bool, typer.Option(
        "--validate", help="Check each report graph against the SHACL shapes; a report that fails is not stored.")] = False,
    force: Annotated[bool, typer.Option(
        "--force", help="Store again the reports okg delete took out of this store, and read again the copies it "
                        "dropped from a report; without it each is skipped (outcome 'deleted before', or 'dropped "
                        "before' for a copy), a line saying so.")] = False,
    wait: Annotated[float, typer.Option(
        "--wait", metavar="SECONDS", min=0,
        help="When another okg ingest, delete or import writes the store, wait up to SECONDS for it to finish "
             "(a line every 10 s says so) instead of refusing at once.")] = 0.0,
) -> None:
    """Read, extract and store reports; each report is written whole or not at all.

    An unchanged report (the same text, header and name, read by the same okg version) is found unchanged
    before extraction; a changed one replaces its own facts. Two different texts under one url: in one run:
    the later is refused, naming both. A report okg delete took out, or a copy it dropped from a report, is not
    stored again unless --force (its line says when and from which report). Exits 1 when any report failed; the others are still stored.
    Beside okg serve (or okg demo) on the same store, the server ingests them itself and serves them at once.
    """
    from api.ingest import SUFFIXES, scan

    sources, skipped = scan(paths)
    for line in skipped:
        err.print(line, markup=False, highlight=False)
    if not sources:
        err.print("[red]error:[/red] nothing to ingest (see above); give report files "
                  f"({', '.join(sorted(SUFFIXES))}) or directories holding them", highlight=False)
        raise typer.Exit(1)
    limits = _settings().report_limits()
    served = _served(store, neo4j)
    if served is not None:
        results = _hand_over(served, sources, force, validate)
    else:
        with _open(store, neo4j, create=True, wait=wait) as db, db.keeping_views():
            results = _run_with_progress(sources, db, validate, limits, force)
    if as_json:
        for result in results:
            print(json.dumps(result.__dict__, ensure_ascii=False))
    else:
        _print_summary(results)
    if skipped:
        err.print(f"{len(skipped)} files skipped (listed above)")
    if any(r.outcome in ("failed", "unconfirmed") for r in results):
        raise typer.Exit(1)


def _served(store: Path | None, neo4j: bool) -> Handoff | None:
    """The ``okg serve`` (or ``okg demo``) serving the embedded store ``okg ingest`` writes, which takes its reports
    (:mod:`api.handoff`); None when no server holds it, or the store is Neo4j's (any number of clients write it)."""
    from api import handoff
    from graph import default_store_path
    from graph.settings import GraphSettings

    if neo4j or (store is None and GraphSettings.from_env().neo4j_uri):  # as open_store chooses
        return None
    return handoff.find(store if store is not None else default_store_path())


def _hand_over(served: Handoff, sources: list[str], force: bool, validate: bool) -> list[IngestResult]:
    """Ingest ``sources`` through the server holding the store (:mod:`api.handoff`): their results, each ``source``
    as given; exit 2 when the server refuses or does not answer."""
    from api import handoff
    from api.ingest import IngestResult

    given = {location: source for source in sources
             if (location := source if source.startswith(("http://", "https://")) else str(Path(source).resolve()))}
    reports = "the report" if len(sources) == 1 else f"the {len(sources)} reports"
    err.print(f"the store is served at {served.url} (process {served.pid}): it ingests {reports} itself, and serves "
              f"{'it' if len(sources) == 1 else 'them'} once written", highlight=False)
    if served.writing_since is not None:
        err.print(f"it is writing reports handed to it earlier (since {served.writing_since}): "
                  f"{'the report waits its' if len(sources) == 1 else 'these wait their'} turn", highlight=False)
    try:
        answers = handoff.send(served, [(location, getattr(source, "name", Path(source).name))
                                        for location, source in given.items()], force, validate, _settings().key())
    except handoff.HandoffError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from exc
    fields = {name for name in IngestResult.__dataclass_fields__}
    return [IngestResult(**{**{k: tuple(v) if isinstance(v, list) else v for k, v in answer.items() if k in fields},
                            "source": given.get(str(answer["source"]), str(answer["source"]))}) for answer in answers]


#: Lines of progress an ingest prints when its error stream is no terminal (one per tenth of the reports).
_PROGRESS_LINES = 10


def _run_with_progress(sources: list[str], db: Store, validate: bool = False,
                       limits: ReportLimits | None = None, force: bool = False) -> list[IngestResult]:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from api.ingest import ingest

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    total, started = len(sources), time.monotonic()
    finished = 0
    with Progress(*columns, console=err.console, transient=True) as progress:
        task = progress.add_task("ingesting", total=total)

        def done(result: IngestResult) -> None:
            if result.error:
                progress.console.print(f"[red]failed:[/red] {result.error}")

        def read(_: str) -> None:  # each report counts once read and extracted; its write follows within seconds
            nonlocal finished
            progress.advance(task)
            finished += 1
            if not err.is_terminal and finished * _PROGRESS_LINES // total > (finished - 1) * _PROGRESS_LINES // total:
                # no bar off a terminal (a log, nohup): a plain line at each tenth instead
                err.print(f"ingesting: {finished}/{total} reports read, {time.monotonic() - started:.0f} s")

        return ingest(sources, db, validate, on_done=done, limits=limits, on_read=read, force=force)


def _print_summary(results: list[IngestResult]) -> None:
    from rich.markup import escape
    from rich.table import Table

    table = Table(title="ingest")
    for column in ("report", "outcome", "triples"):
        table.add_column(column)
    for r in results:
        table.add_row(escape(r.source), escape(_outcome_cell(r)), str(r.triples) if r.triples else "")
    _print_table(table)  # the answer, on stdout as every command's table (round 27: on stderr); notes and the tally on stderr
    for r in results:
        if r.note:
            err.print(r.note, markup=False, highlight=False, soft_wrap=True)
        for warning in r.warnings:
            err.print(f"warning: {warning}", markup=False, highlight=False, soft_wrap=True)
    _print_failures(results)
    tally = {o: sum(r.outcome == o for r in results)
             for o in ("inserted", "replaced", "unchanged", "duplicate", "failed", "unconfirmed")}
    if skipped := sum(r.outcome == "unchanged" and not r.note for r in results):
        one = skipped == 1
        err.print(f"{skipped} unchanged report{' was' if one else 's were'} not extracted again; {'its' if one else 'their'} "
                  f"warnings were given when {'it was' if one else 'they were'} stored (`okg extract FILE` repeats them)",
                  highlight=False)
    for kept_out in ("deleted before", "dropped before"):  # said only when any was (api.tombstones)
        if buried := sum(r.outcome == kept_out for r in results):
            tally[kept_out] = buried
    err.print(", ".join(f"{n} {o}" for o, n in tally.items()))


def _outcome_cell(result: IngestResult) -> str:
    """A report's outcome as its row says it: a report replaced whose earlier reading this run stored says so, with
    the files (a first-time analyst's round 44, finding 9: "replaced" on an empty store read as an overwrite, the
    note saying why far below the table)."""
    if result.replaces_in_run:
        return f"{result.outcome} (same report read earlier in this run: {', '.join(result.replaces_in_run)})"
    return result.outcome


def _print_failures(results: list[IngestResult]) -> None:
    """The reports not stored, each with its reason, after the table and the warnings, where the tally reads them: the
    lines printed as each failed scroll away above the table (a first-time analyst, round 30, finding 9)."""
    failed = [r for r in results if r.outcome in ("failed", "unconfirmed")]
    if failed:
        err.print(f"{len(failed)} report{'s' * (len(failed) > 1)} not stored:", highlight=False)
    for r in failed:
        err.print(f"{r.outcome}: {r.error or r.source}", markup=False, highlight=False, soft_wrap=True)


#: A dry run's outcomes, as ``okg delete --dry-run`` words them (a new user's round 37: "deleted" under a title saying
#: nothing was written read as a contradiction).
_DRY_RUN_OUTCOMES = {"deleted": "would be deleted", "source dropped": "source would be dropped",
                     "already deleted": "would already be deleted"}


@app.command("delete")
def delete_command(
    reports: Annotated[Optional[list[str]], typer.Argument(
        help="Report ids (full IRI, short form report/…, or the URL a report is named by, as /reports/{id} takes "
             "them): the report goes, whatever its sources. Or a file (or URL) reports were read from: it is "
             "dropped from their sources, and a report it was the only source of goes; a file may be given as "
             "GET /reports lists it in sources (its path relative to the folder ingested).")] = None,
    missing: Annotated[bool, typer.Option(
        "--missing", help="Also drop every source that is a local file no longer there: a report all of whose "
                          "sources are such files goes (prune after renaming or removing files).")] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Say what would be deleted; write nothing.")] = False,
    store: StoreOpt = None,
    neo4j: Neo4jOpt = False,
) -> None:
    """Delete reports and everything they state that no other report states; a table of what was deleted.

    Each argument is deleted whole or not at all; one that names no stored report gets a line saying why,
    the others are still deleted, and the command exits 1.

    What is deleted stays out of later ingests: a report deleted is not stored again (outcome 'deleted before'), and
    a file named here that is dropped from a report that stays is not read again (outcome 'dropped before'), until
    okg ingest --force FILE. A copy --missing drops from a report that stays is not kept out: gone from disk, it
    may come back.
    """
    from rich.markup import escape
    from rich.table import Table

    from api import tombstones
    from api.delete import delete_reports

    if not reports and not missing:
        err.print("[red]error:[/red] name reports or files to delete, or give --missing")
        raise typer.Exit(2)
    named = set(reports or [])  # the arguments, not the sources --missing adds
    # a dry run only reads: it opens the store as okg ask does, beside okg serve (a new user's round 38, finding 8)
    with _open(store, neo4j, access="read" if dry_run else "write") as db:
        results = delete_reports(db, reports or [], missing, dry_run)
        # a copy dropped from a report that stays is kept out too (newuser31 B4): its year or URL fix holds
        # (a copy named on the command line: one --missing dropped is gone from disk, and may come back)
        copies_kept_out = [r for r in results
                           if r.outcome == "source dropped" and r.dropped and r.report and r.given in named]
        if not dry_run:  # an analyst's deletion: ingesting the files again does not undo it unless forced
            tombstones.bury(db, (r.report for r in results if r.outcome == "deleted" and r.report))
            tombstones.drop(db, ((r.dropped, r.report) for r in copies_kept_out))
    said = _DRY_RUN_OUTCOMES if dry_run else {}  # a dry run says what would be done, never that it was
    table = Table(title="delete (dry run: nothing written)" if dry_run else "delete")
    for column in ("given", "report", "outcome", "sources left"):
        table.add_column(column)
    for r in results:
        if r.outcome != "failed":
            outcome = said.get(r.outcome, r.outcome) + (f" (by argument {r.by})" if r.by else "")
            table.add_row(escape(r.given), escape(r.report or ""), outcome, escape("\n".join(r.sources)))
    _print_table(table)  # the answer, on stdout as every command's table; notes and the tally on stderr
    for r in results:
        if r.note:
            err.print(f"{r.report}: {r.note}", markup=False, highlight=False, soft_wrap=True)
        if r.error:
            err.print(f"failed: {r.error}", markup=False, highlight=False, soft_wrap=True)
    tally = {o: sum(r.outcome == o for r in results) for o in ("deleted", "source dropped", "failed")}
    err.print(", ".join(f"{n} {said.get(o, o)}" for o, n in tally.items()) + ("; dry run: nothing was written" if dry_run else ""))
    if tally["deleted"]:  # api.tombstones: a folder ingested again would otherwise bring them back, silently
        err.print(f"okg ingest of {'its file' if tally['deleted'] == 1 else 'their files'} will not store "
                  f"{'it' if tally['deleted'] == 1 else 'them'} again{' (if it is done)' if dry_run else ''}; "
                  "okg ingest --force does", highlight=False)
    if copies := len({r.dropped for r in copies_kept_out}):
        err.print(f"okg ingest of the {'copy' if copies == 1 else 'copies'} dropped will not read "
                  f"{'it' if copies == 1 else 'them'} again{' (if it is done)' if dry_run else ''}, so the report keeps "
                  "the reading its other copies give; okg ingest --force FILE does", highlight=False)
    if tally["failed"]:
        raise typer.Exit(1)


def _with_stated_totals(facts: Facts) -> dict[str, Any]:
    """The Facts JSON, each activity the store keeps only as a statistic (a summary count, 开展执法检查6项: the contract
    lists it as an activity with its ``count``, the graph as the statistic of its kind) with ``"stated_total": true``
    (a new user's round 40, §8: the Facts JSON and the store seemed to disagree)."""
    from loaders.extract.stated_totals import stated_totals

    found = facts.to_json()
    for act, total in zip(found["activities"], stated_totals(facts)):
        if total:
            act["stated_total"] = True
    return found


@app.command("extract")
def extract_command(
    file: Annotated[str, typer.Argument(help="A report file or URL.")],
    fmt: Annotated[str, typer.Option("--format", help="facts: the Facts JSON; ttl: the report's RDF graph.")] = "facts",
) -> None:
    """Print what the extractor finds in one report, without storing anything."""
    from loaders import ReadError, extracted, read

    try:
        doc = read(file)
    except ReadError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from exc
    facts = extracted(doc)
    if fmt == "facts":
        print(json.dumps(_with_stated_totals(facts), ensure_ascii=False, indent=1))
    elif fmt == "ttl":  # written as `okg export` writes Turtle: rdflib's own writer turned "179"^^xsd:decimal into 179.0
        from graph.export import serialize
        from loaders.build import build
        from ontology import bind_prefixes

        print(serialize(bind_prefixes(build(doc, facts).graph), "ttl"))
    else:
        err.print(f"[red]error:[/red] --format must be facts or ttl, not {fmt!r}")
        raise typer.Exit(2)


@app.command("serve")
def serve_command(
    store: StoreOpt = None,
    neo4j: Neo4jOpt = False,
    host: Annotated[str, typer.Option(help="Address to listen on; loopback unless you mean to expose it.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the explorer and the JSON API (OpenAPI docs at /docs).

    A non-loopback --host needs OKG_API_KEY (16 characters or more) in the environment.
    """
    _check_exposure(host)
    _serve(_open(store, neo4j, access="serve"), host, port)


def _check_exposure(host: str) -> None:
    """Refuse to listen beyond this machine unless an API key guards the write routes."""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    key = _settings().key()
    if not loopback and key is None:
        err.print(f"[red]error:[/red] --host {host} exposes the API beyond this machine; "
                  "set OKG_API_KEY (16+ characters) first, or keep the default 127.0.0.1")
        raise typer.Exit(2)


def _settings() -> Settings:
    """The API settings from the environment, or exit 2 naming the bad variable."""
    from api.settings import Settings

    try:
        return Settings.from_env()
    except ValueError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc


def _serve(db: Store, host: str, port: int, close: Callable[[], None] | None = None) -> None:
    """Serve ``db`` until SIGTERM or SIGINT, then close it (``close``, default ``db.close``): within seconds whatever
    is in flight (:class:`api.server.Server`)."""
    import uvicorn

    from api.app import create_app
    from api.http_hint import HintingH11
    from api.server import Server
    from graph import gc_pause

    settings = _settings()
    try:  # bound here, before the first line says where it serves, and handed to uvicorn
        listening = socket.create_server((host, port))
        # Nagle off on every connection accepted from it (Linux copies the option from the listener):
        # asyncio turns it off only on sockets made with IPPROTO_TCP, and create_server's has protocol 0, so
        # a kept-alive request waited for the client's delayed ACK, ~40 ms (/health p50 ~50 ms under load).
        listening.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    except OSError as exc:
        db.close()
        err.print(f"[red]error:[/red] cannot listen on {host}:{port} ({exc.strerror or exc}); "
                  "pick another port with --port, or stop what holds it")
        raise typer.Exit(3) from exc
    if host not in ("0.0.0.0", "::"):  # a wildcard is no name a client can use: OKG_ALLOWED_HOSTS says which
        hosts = list(dict.fromkeys([*settings.allowed_hosts, host]))  # each name once
        settings = settings.model_copy(update={"allowed_hosts": hosts})
    hosts = f"Host names answered: {', '.join(settings.allowed_hosts)}"
    if db.counts().get("reports", 0) == 0:
        err.print(f"[yellow]the {db.name} store is empty[/yellow]: nothing to explore until `okg ingest DIR/` "
                  f"(or `okg demo`) fills it; serving it anyway at http://{host}:{port}; {hosts}")
    else:
        err.print(f"serving the {db.name} store at http://{host}:{port}  (try /laws?inspected=true, /docs); {hosts}")
    db.serving()  # the server only reads: okg ask, stats and export read the store beside it (graph.holder); okg
    # serve opened it so (access="serve"), okg demo once its samples are in
    token, path = None, getattr(db, "path", None)
    if isinstance(path, Path):  # the embedded store: okg ingest hands its reports to this server (api.handoff)
        from api import handoff

        token = handoff.publish(path, handoff.local_url(host, port))

    def closing() -> None:
        if isinstance(path, Path):
            handoff.withdraw(path)
        try:  # the next start reads them back (round 48); not waiting for a request that still builds them
            db.keep_views(wait=False)
        finally:
            (close or db.close)()
    if db.query_languages:  # /sparql or /cypher: the first query need not wait for its process's fork server
        from graph import query_process

        query_process.warm(db.query_languages)
    server: Server | None = None
    try:
        served = create_app(db, settings)
        served.state.ingest_token = token
        server = Server(uvicorn.Config(served, host=host, port=port, log_level="warning", http=HintingH11), closing)
        with gc_pause.settled():  # views kept for many requests: out of the collector's sight once built
            gc_pause.kept()  # and what start-up loaded (the app, the lexicon)
            server.run(sockets=[listening])
    finally:
        (closing if server is None else server.close)()  # the server's closes once: its stop's watchdog may have
    err.print(f"okg serve: stopped; the {db.name} store is closed")


@app.command("ask")
def ask_command(
    path: Annotated[str, typer.Argument(help="An API path: laws, coverage, activities, organs, statistics, reports, "
                                            "search, … (as /docs lists them; a pasted /laws?inspected=true too).")],
    filters: Annotated[Optional[list[str]], typer.Argument(
        help="Filters as KEY=VALUE, as the API takes them: inspected=true jurisdiction=湖北省 year=2023.")] = None,
    store: StoreOpt = None,
    neo4j: Neo4jOpt = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the API's JSON body.")] = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print the listing as CSV (UTF-8 with BOM, for Excel).")] = False,
    columns: Annotated[Optional[str], typer.Option(
        "--columns", help="The table's columns, comma-separated [default: those holding words, numbers or flags].")] = None,
) -> None:
    """Answer one API request from the store, without a server: `okg ask laws inspected=true jurisdiction=湖北`
    prints the table of laws inspected by organs in Hubei; --json and --csv print what the API would send."""
    from api.ask import AskError, columns_of, links, notes, parse_request, table

    try:
        path, params = parse_request(path, filters or [])
    except ValueError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from exc
    if as_csv:
        params["format"] = ["csv"]
    settings = _settings()
    with _open(store, neo4j, access="read") as db:
        from api.ask import ask

        try:
            # --csv asks for the file as a browser or curl would (Accept */*): /sparql then answers the listings'
            # spreadsheet CSV that format=csv chooses, where Accept: application/json chose its JSON results
            body = ask(db, settings, path, params, accept="*/*" if as_csv else "application/json")
        except AskError as exc:
            err.print(f"[red]error:[/red] /{path} answered {exc.status}: {exc.detail}", highlight=False)
            raise typer.Exit(1) from exc
        if as_csv or as_json:  # ended by a newline, so that what follows (a prompt, an error) starts a line
            sys.stdout.buffer.write(body if body.endswith(b"\n") else body + b"\n")
            sys.stdout.flush()
            return
        picked = [column.strip() for column in columns.split(",") if column.strip()] if columns else None
        try:
            answer = json.loads(body)
            shown = columns_of(answer, path, picked)
            grid = table(answer, path, shown, links(db, answer, shown))
        except ValueError as exc:
            err.print(f"[red]error:[/red] {exc}", highlight=False)
            raise typer.Exit(2) from exc
    _print_table(grid)
    for line in notes(answer):
        err.print(line, highlight=False)


@app.command("stats")
def stats_command(
    store: StoreOpt = None,
    neo4j: Neo4jOpt = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Counts of reports, triples and entities by type (a class counts its nodes: LawEnforcementInspection the
    statements of inspections), and inspections counted once however many reports state each, as /laws counts them."""
    from rich.table import Table

    with _open(store, neo4j, access="read") as db:
        counts = db.summary()
    if as_json:
        print(json.dumps(counts, ensure_ascii=False, indent=1))
        return
    table = Table("what", "count", title=f"{db.name} store")
    for key, value in counts.items():
        table.add_row(key, str(value))
    _print_table(table)


@app.command("reindex")
def reindex_command(store: StoreOpt = None, neo4j: Neo4jOpt = False) -> None:
    """Build the search index anew from every stored graph (it is kept by every write; this repairs it)."""
    with _open(store, neo4j) as db:
        graphs = db.reindex()
    print(f"search index of the {db.name} store rebuilt from {graphs} graphs")


@app.command("export")
def export_command(
    fmt: Annotated[str, typer.Option("--format", help=f"One of {', '.join(EXPORT_FORMATS)}; trig, nq and jsonld keep "
                                     "the named graphs (one per report), graphml opens in Gephi.")] = "ttl",
    out: Annotated[Optional[Path], typer.Option("--out", help="Write here instead of standard output.")] = None,
    part: Annotated[Optional[str], typer.Option("--part", help="all (RDF's default); data (the reports and the law "
                                                "catalog, without the ontology and the issue scheme); reports (their "
                                                "graphs alone; graphml's and csv-*'s default: the resources the reports "
                                                "name, no catalog law or concept no report names); ontology (alone, RDF "
                                                "formats only). graphml and csv-* with all or data add the whole law "
                                                "catalog, issue scheme and measure classes; the ontology's classes are "
                                                "never rows.", show_default=False)] = None,
    store: StoreOpt = None,
    neo4j: Neo4jOpt = False,
) -> None:
    """Export the whole graph, its data, or its ontology."""
    from graph import StoreError

    if fmt not in EXPORT_FORMATS:
        tables = " (CSV and XLSX of a table: the API's listings, e.g. GET /laws?format=xlsx)" if fmt in ("csv", "xlsx") else ""
        err.print(f"[red]error:[/red] --format {fmt!r} is not one of {', '.join(EXPORT_FORMATS)}{tables}")
        raise typer.Exit(2)
    if part is not None and part not in EXPORT_PARTS:
        err.print(f"[red]error:[/red] --part {part!r} is not one of {', '.join(EXPORT_PARTS)}")
        raise typer.Exit(2)
    with _open(store, neo4j, access="read") as db:
        try:
            text = db.export(fmt, part)  # type: ignore[arg-type]
        except StoreError as exc:
            err.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(2) from exc
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")
        err.print(f"wrote {out}")


@app.command("import")
def import_command(
    file: Annotated[Path, typer.Argument(help="An export: .trig, .nq or .jsonld keep their named graphs; .ttl or .nt need --graph.")],
    graph_iri: Annotated[Optional[str], typer.Option("--graph", help="The report IRI that a Turtle or N-Triples file belongs to.")] = None,
    store: StoreOpt = None,
    neo4j: Neo4jOpt = False,
) -> None:
    """Import an RDF export into the store, report graph by report graph."""
    from rich.markup import escape

    from graph import StoreError
    from graph.transfer import PartialImportError, read_export_file, write_export

    def fail(exc: Exception, suffix: str) -> NoReturn:
        err.print(f"[red]error:[/red] {escape(f'{file}: {exc}')}{suffix}", highlight=False)
        raise typer.Exit(1) from exc

    from api.ingest import REFERENCE_GRAPHS, as_reference

    try:  # read and check it all before the store is opened (or created)
        items = as_reference(read_export_file(file, graph_iri))
    except (StoreError, ValueError, OSError) as exc:
        fail(exc, "; nothing was imported")
    with _open(store, neo4j, create=True) as db:
        try:
            tally = write_export(db, items)
        except PartialImportError as exc:  # the message says how much was written
            fail(exc, "")
        except (StoreError, ValueError, OSError) as exc:
            fail(exc, "; nothing was imported")
    reference_iris = {name for name, *_ in REFERENCE_GRAPHS}
    reference = sum(iri in reference_iris for iri, *_ in items)
    err.print(f"{len(items) - reference} report graph(s), {reference} reference graph(s) (ontology, law catalog): "
              + ", ".join(f"{n} {outcome}" for outcome, n in sorted(tally.items())))


@app.command("copy")
def copy_command(
    to_neo4j: Annotated[bool, typer.Option("--to-neo4j/--from-neo4j", help="Direction: embedded → Neo4j, or back.")] = True,
    prune: Annotated[bool, typer.Option(
        "--prune/--no-prune",
        help="Also delete the target's report graphs the source does not hold (reports deleted from the source since "
             "an earlier copy), so the target is the same store. Default --no-prune: they are kept, counted and "
             "named in a warning, since a target can hold reports another writer stored (okg ingest --neo4j).")] = False,
    store: StoreOpt = None,
) -> None:
    """Copy every report graph between the embedded store and Neo4j (NEO4J_URI).

    ``--to-neo4j`` only reads the embedded store, so it opens it to read and runs beside ``okg serve``, as ``okg
    export`` does (a new user's round 39, finding 13: it was refused, told to stop the server); ``--from-neo4j``
    writes it. Report graphs the target holds and the source lacks are deleted with ``--prune``, else kept and
    warned about with their count (round 41, newuser26 §1: a deleted report stayed in Neo4j, silently)."""
    from graph import StoreError
    from graph.transfer import copy, renamed, surplus

    with _open(store, False, create=not to_neo4j, access="read" if to_neo4j else "write") as embedded, \
            _open(None, True) as server:
        source, target = (embedded, server) if to_neo4j else (server, embedded)
        reports: Counter[str] = Counter()
        try:
            # Said first, before anything is written (round 45, newuser30 T1: a Neo4j home shared on the account held
            # 10 reports of someone else's, named in a warning after the summary, which the analyst read past).
            found = surplus(set(source.graph_hashes()), target)
            moved = {str(iri) for iri in renamed(source, target, found)}
            extra = [str(iri) for iri in found if str(iri) not in moved]
            if moved:
                err.print(f"note: {len(moved)} report{'' if len(moved) == 1 else 's'} {target.name} holds "
                          f"{'is an earlier id' if len(moved) == 1 else 'are earlier ids'} of reports {source.name} "
                          "holds under another, read from the same files (a header change renames a report): the "
                          "copy replaces them", highlight=False, markup=False)
            if extra:
                err.print(surplus_line(source.name, target.name, extra, prune,
                                       f"okg copy {'--to-neo4j' if to_neo4j else '--from-neo4j'} --prune"),
                          highlight=False)
            tally = copy(source, target, prune=prune, reports=reports)
        except StoreError as exc:
            err.print(f"[red]error:[/red] {source.name} → {target.name}: {exc}")
            raise typer.Exit(1) from exc
    err.print(copy_summary(source.name, target.name, reports, Counter(tally) - reports), highlight=False)


def surplus_line(source: str, target: str, extra: list[str], prune: bool, command: str) -> str:
    """``okg copy``'s first line when ``target`` holds report graphs ``source`` does not (``extra``, their IRIs): their
    count, the first five, and what the copy does with them (``--prune``: deletes them; else keeps them, so the two
    stores answer differently, and names the command that deletes them)."""
    from rich.markup import escape

    shown = escape(", ".join(extra[:5])) + (f" and {len(extra) - 5} more" if len(extra) > 5 else "")
    held = f"{target} holds {len(extra)} report{'' if len(extra) == 1 else 's'} {source} does not ({shown})"
    if prune:
        return f"[yellow]note:[/yellow] {held}; --prune deletes them after the copy"
    return (f"[yellow]warning:[/yellow] {held}; they are kept, so the two stores will answer differently "
            f"(counts, /laws totals): {command} deletes them, unless another writer stored them there on purpose")


def copy_summary(source: str, target: str, reports: Counter[str], others: Counter[str]) -> str:
    """``okg copy``'s line: the reports by outcome, as ``okg stats`` counts reports (the report graphs), then the other
    graphs (the law catalog, the ontology) apart, labelled, so the numbers add up to what each store holds (a first-time
    analyst's round 43, finding 5: 23 graphs against 21 reports)."""
    def outcomes(tally: Counter[str]) -> str:
        return ", ".join(f"{n} {o}" for o, n in sorted(tally.items()))

    surplus = Counter({o: n for o, n in reports.items() if o in ("kept", "removed", "renamed")})
    copied = reports - surplus
    said = f"{source} → {target}: {copied.total()} report{'' if copied.total() == 1 else 's'} ({outcomes(copied) or 'none'})"
    said += "".join(f", {n} {o} (not in {source})" if o != "renamed" else
                    f", {n} old id{'' if n == 1 else 's'} of renamed reports removed" for o, n in sorted(surplus.items()))
    return said + (f"; other graphs (the law catalog, the ontology): {outcomes(others)}" if others else "")


@app.command("analytics")
def analytics_command(
    what: Annotated[str, typer.Argument(help="centrality, communities, co-inspection or joint-activities.")],
    store: StoreOpt = None,
    neo4j: Neo4jOpt = False,
    limit: Annotated[int, typer.Option(help="Rows to show.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Network analytics on a networkx projection of the graph."""
    from rich.table import Table

    from graph.analytics import MEASURES

    if what not in MEASURES:
        err.print(f"[red]error:[/red] choose one of {', '.join(MEASURES)}, not {what!r}")
        raise typer.Exit(2)
    with _open(store, neo4j, access="read") as db:
        rows = MEASURES[what](db)[:limit]
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    columns = [k for k in (rows[0] if rows else {}) if k not in ("iri", "types")] or ["(no rows)"]
    table = Table(*columns, title=what)
    for row in rows:
        table.add_row(*(_cell(row[k]) for k in columns))
    _print_table(table)


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.4f}"
    if isinstance(value, dict):
        return str(value.get("label") or value.get("iri"))
    if isinstance(value, list):
        return "、".join(map(_cell, value))
    return str(value)


@app.command("ontology-docs")
def ontology_docs_command(
    out: Annotated[Path, typer.Option("--out", help="Directory to write the HTML documentation into.")] = Path("ontology-docs"),
) -> None:
    """Build HTML documentation of the ontology and the issue scheme (pyLODE)."""
    from ontology.docs import build_docs

    index = build_docs(out)
    err.print(f"wrote {index}")


@app.command("demo")
def demo_command(
    store: StoreOpt = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    fresh: Annotated[bool, typer.Option(
        "--fresh", help="Use a temporary store, deleted when the demo stops, instead of the default one.")] = False,
) -> None:
    """Ingest the bundled sample reports into the embedded store (the default one, so that
    `open_store()` finds them afterwards) and serve the API; an unchanged sample is skipped."""
    from api.ingest import expand

    _check_exposure(host)
    directory = Path(tempfile.mkdtemp(prefix="okg-demo-")) if fresh else None
    try:
        db = _open(directory or store, False, create=True)
        samples = expand([SAMPLES])
        held = directory is None and _holds_texts(db, samples)
        if held:  # said before the check's progress (newuser36 B3: 4 s of "ingesting 2/11 … 11/11" came first)
            _print_samples_held(db, len(samples))
        results = _run_with_progress(samples, db)
        if not (held and all(r.outcome in ("unchanged", "duplicate") for r in results)):
            _print_summary(results)
        _serve(db, host, port, (lambda: _close_and_remove(db, directory)) if directory is not None else None)
    finally:
        if directory is not None:
            shutil.rmtree(directory, ignore_errors=True)


def _holds_texts(db: Store, sources: list[str]) -> bool:
    """Whether ``db`` holds a report of each text of ``sources`` (their text hashes, :attr:`loaders.document.Document.
    text_hash`, among the stored reports': :class:`graph.identity.Index`), as read without extracting: what ``okg demo``
    says before checking them (an unreadable file: False)."""
    from graph.identity import Index
    from loaders import read
    from loaders.read.errors import ReadError

    try:
        texts = {read(source).text_hash for source in sources}
    except ReadError:
        return False
    return texts <= Index(db).by_text.keys()


def _print_samples_held(db: Store, count: int) -> None:
    """The one line ``okg demo`` prints, before checking them against this okg's reading, when its store holds every
    sample already, stored by an earlier demo from this folder or another copy of okg (a new user's round 48, B2: eleven
    "not stored again" lines naming another user's folder, where the table's notes say what a copy of a stored text
    is; newuser36 B3, round 51: the line came after the check's progress)."""
    path = getattr(db, "path", None)
    where = f" at {path}" if isinstance(path, Path) else ""
    err.print(f"the store{where} holds the {count} sample reports already (an earlier okg demo stored them): checking "
              "them, then serving it; okg demo --fresh serves them from a store of their own, deleted when it stops",
              markup=False, highlight=False, soft_wrap=True)


def _close_and_remove(db: Store, directory: Path) -> None:
    """Close the demo's temporary store and delete it: what stopping the server does (api.server.Server.close, by the
    stop's watchdog too, which ends the process without returning here)."""
    try:
        db.close()
    finally:
        shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":  # `python -m api.cli`, as `python -m api` and `okg`
    app()
