"""`okg neo4j start|stop|status`: a local Neo4j server for the Neo4j store.

stdout carries only what a shell can use (`eval "$(okg neo4j start)"`, or
JSON with --json); progress and errors go to stderr.
"""
from __future__ import annotations

import json
import logging
import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

if TYPE_CHECKING:  # each command imports the launcher (and with it the Neo4j driver) when it runs
    from api import neo4j_runtime as runtime

neo4j_app = typer.Typer(
    help="Run a local Neo4j Community 5.26 server (from Maven Central jars, Java 17) for the Neo4j store.",
    no_args_is_help=True,
    rich_markup_mode=None,
)

#: No typer envvar: $OKG_NEO4J_HOME is read by :func:`api.neo4j_runtime.chosen_home`, which names it as the reason (read by
#: typer, it arrived as --home, and `okg neo4j start` said "(--home)" for it).
HomeOpt = Annotated[Optional[Path], typer.Option(
    "--home",
    help="Server home: data, logs, conf and the state file okg-neo4j.json [default: $OKG_NEO4J_HOME, else beside "
         "the embedded store $OKG_STORE names, STORE-neo4j; without either ~/.local/share/oversight-kg/neo4j].")]


def _home(home: Path | None) -> tuple[Path, str]:
    """The home given, or the one chosen for the store (:func:`api.neo4j_runtime.chosen_home`), and why."""
    from api import neo4j_runtime as runtime

    return (home.expanduser(), "--home") if home else runtime.chosen_home()


def _holding(server: runtime.Neo4jConnection) -> str:
    """``holds N report(s)``, what the server's database holds already, or why that is not known."""
    from api import neo4j_runtime as runtime

    try:
        n = runtime.report_count(server)
    except runtime.Neo4jRuntimeError as exc:
        return f"(its reports could not be counted: {exc})"
    return f"holds {n} report{'' if n == 1 else 's'}" + (
        "" if not n else " already: `okg copy --to-neo4j` adds the store's to them (--prune deletes the others)")


@neo4j_app.callback()
def _log_to_stderr() -> None:
    """Route the runtime's progress messages to stderr, keeping stdout for eval."""
    logging.basicConfig(stream=sys.stderr, level=logging.INFO, format="okg neo4j: %(message)s")


def _exports(server: runtime.Neo4jConnection) -> str:
    return "\n".join(f"export {name}={shlex.quote(value)}" for name, value in (
        ("NEO4J_URI", server.uri), ("NEO4J_USER", server.user), ("NEO4J_PASSWORD", server.password)))


def _fail(exc: Exception, where: str = "") -> typer.Exit:
    """Exit 1 after one line on stderr: the error, and ``where`` it happened when given (the home and why)."""
    print(f"okg neo4j: error: {exc}" + (f"; {where}" if where else ""), file=sys.stderr)
    return typer.Exit(1)


@neo4j_app.command("start")
def start_command(
    home: HomeOpt = None,
    port: Annotated[Optional[int], typer.Option(
        "--port", min=1, max=65535, help="Bolt port on 127.0.0.1 [default: a free port].")] = None,
    timeout: Annotated[float, typer.Option(
        "--timeout", min=1, help="Seconds to wait for the server to answer a query.")] = 180.0,
) -> None:
    """Start the server in the background and print shell exports for it.

    Use as: eval "$(okg neo4j start)". The server outlives this command,
    listens on 127.0.0.1 only (Bolt; HTTP off) and requires a password that is
    generated on first start and kept in the home's state file. The first start
    downloads the jars with Maven (mvn and Java 17 must be installed). If a
    server already runs in this home, its exports are printed again. The home is --home, else
    $OKG_NEO4J_HOME, else beside the embedded store $OKG_STORE names (STORE-neo4j), else
    ~/.local/share/oversight-kg/neo4j: one server per store. stderr says which home it is,
    and why, and how many reports its database holds already.
    """
    from api import neo4j_runtime as runtime

    home, why = _home(home)
    try:
        server = runtime.status(home)
        if server is not None:
            print(f"okg neo4j: already running (pid {server.pid}) in {server.home}", file=sys.stderr)
        else:
            server = runtime.start(home, port=port, timeout=timeout)
    except runtime.Neo4jRuntimeError as exc:
        raise _fail(exc) from exc
    print(f"okg neo4j: home {server.home} ({why}) {_holding(server)}", file=sys.stderr)
    print(_exports(server))


@neo4j_app.command("stop")
def stop_command(
    home: HomeOpt = None,
    timeout: Annotated[float, typer.Option(
        "--timeout", min=0, help="Seconds to wait after SIGTERM before SIGKILL.")] = 60.0,
) -> None:
    """Stop the server cleanly (SIGTERM, then SIGKILL after --timeout). Data stay in the home."""
    from api import neo4j_runtime as runtime

    home, why = _home(home)
    server = runtime.status(home)
    if server is None:
        print(f"okg neo4j: not running in {home} ({why}; a server started with another --home, OKG_NEO4J_HOME or "
              "OKG_STORE: give it, or set OKG_NEO4J_HOME)", file=sys.stderr)
        return
    try:
        runtime.stop(server, timeout=timeout)
    except runtime.Neo4jRuntimeError as exc:
        raise _fail(exc) from exc
    print(f"okg neo4j: stopped (pid {server.pid})", file=sys.stderr)


@neo4j_app.command("status")
def status_command(
    home: HomeOpt = None,
    as_json: Annotated[bool, typer.Option(
        "--json", help="Print a JSON object: running, uri, user, pid, home (never the password).")] = False,
) -> None:
    """Tell whether the server runs, with its URI, pid and home. Exits 3 when it is not running."""
    from api import neo4j_runtime as runtime

    home = _home(home)[0]
    server = runtime.status(home)
    if as_json:
        print(json.dumps({
            "running": server is not None,
            "uri": server.uri if server else None,
            "user": server.user if server else None,
            "pid": server.pid if server else None,
            "home": str(server.home if server else home),
        }))
    elif server is None:
        print(f"not running (home {home})")
    else:
        print(f"running  uri {server.uri}  pid {server.pid}  home {server.home}")
    if server is None:
        raise typer.Exit(3)


@neo4j_app.command("import")
def import_command(
    paths: Annotated[list[Path], typer.Argument(
        help="Report files or directories of them (read as okg ingest reads them), or one export that keeps "
             "its named graphs (.nq, .trig, .jsonld: read as okg import reads it).", metavar="PATH",
        show_default=False)],
    home: HomeOpt = None,
) -> None:
    """Fill the EMPTY database of the server in --home in bulk: a first load of a large corpus.

    The home is chosen as `okg neo4j start` chooses it (--home, else $OKG_NEO4J_HOME, else beside
    the embedded store $OKG_STORE names, STORE-neo4j, else ~/.local/share/oversight-kg/neo4j), and
    the line it ends with on stderr (its refusal's too) says which and why.

    Writes what okg ingest --neo4j (or okg import --neo4j, for an export) would write into an
    empty database, much faster: the graphs go into import files first, then the server is
    stopped, `neo4j-admin database import full` fills its database, and the server starts
    again on its port (it is started first if it does not run) with its constraints and
    indexes. A database holding anything is refused (add to it with okg ingest --neo4j).
    Prints the server's shell exports as `okg neo4j start` does; exits 1 when a report
    failed (the others are loaded).
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from api import bulk_load
    from api import neo4j_runtime as runtime
    from api.ingest import IngestResult, scan
    from graph import StoreError
    from graph.neo4j_bulk import BulkError
    from graph.transfer import SUFFIXES

    home, why = _home(home)  # as start, stop and status choose it (a --home or OKG_NEO4J_HOME of ~/… expanded)
    where = f"home {home} ({why})"  # said on the one line it ends with, a refusal's too
    failed: list[IngestResult] = []
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        try:
            bulk_load.empty_server(home)  # refused before anything is built
            if len(paths) == 1 and paths[0].is_file() and paths[0].suffix.lower() in SUFFIXES:
                task = progress.add_task(f"reading {paths[0]}", total=None)
                items = bulk_load.export_items(paths[0])
            else:
                sources, skipped = scan(paths)
                for line in skipped:
                    progress.console.print(line, markup=False, highlight=False)
                if not sources:
                    raise _fail(ValueError("nothing to import: give report files or directories holding them, "
                                           "or one export (.nq, .trig, .jsonld)"), where)
                task = progress.add_task("building reports", total=len(sources))

                def built(result: IngestResult | None) -> None:
                    if result is not None:
                        progress.console.print(f"failed: {result.error}", markup=False, highlight=False)
                    progress.advance(task)

                items, failed = bulk_load.corpus_items(sources, on_report=built)
            progress.update(task, total=None, completed=0)

            def said(line: str) -> None:  # the import tool's progress, one line at a time
                if line.strip():
                    progress.update(task, description=f"importing: {line.strip()[:100]}")

            server = bulk_load.load(home, items, on_stage=lambda stage: progress.update(task, description=stage),
                                    on_line=said)
        except (bulk_load.NotEmpty, BulkError, StoreError, runtime.Neo4jRuntimeError, OSError) as exc:
            raise _fail(exc, where) from exc
    print(f"okg neo4j: loaded {len(items):,} graphs in bulk into {server.home} ({why}; pid {server.pid})"
          + (f"; {len(failed)} report(s) failed (listed above)" if failed else ""), file=sys.stderr)
    print(_exports(server))
    if failed:
        raise typer.Exit(1)
