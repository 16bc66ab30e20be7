"""A user query (/sparql, /cypher) in a child process that can be stopped: a time limit, a
memory ceiling and a lowered priority, so one query can neither freeze nor bloat the server.

Oxigraph cannot interrupt a running query, and the Neo4j driver holds a whole record in
memory however large the server makes it (``RETURN [x IN range(1, 10^8) | 'x']``): in a
child, the first is killed at the time limit and the second fails at the memory ceiling,
and the server only ever receives the capped answer.
"""
from __future__ import annotations

import ast
import multiprocessing
import os
import signal
import sys
import threading
from multiprocessing import forkserver
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from graph.query_limits import cap_memory
from graph.backends import QueryError, QueryTimeout, StoreError

#: Forking the server would copy its page tables while holding the GIL (tens of ms of stalled
#: event loop per query); a small fork server with the query modules loaded forks the children: the module of each
#: query language the store answers, by that language (``Store.query_languages``). Only the store's: the Cypher
#: worker imports the Neo4j driver, 0.5 CPU-s of every embedded store's fork server before round 51.
QUERY_MODULES = {"sparql": "graph.sparql_worker", "cypher": "graph.cypher_worker"}


def main_script_imports() -> list[str]:
    """The modules the parent's main script imports in its top-level statements (``from api.cli import app`` in the
    ``okg`` script), those this process has imported: multiprocessing runs the script again in every process it
    starts (its docs, "Safe importing of main module"; a module run with ``-m`` too, a package's ``__main__``
    spared), so what it imports was imported afresh by every query process, 0.3 s of ``okg``'s CLI on an idle
    machine and 2 s under load before a query began (a new user's round 39, finding 15: a syntax error answered
    after 2 s). Preloaded in the fork server, the children inherit them and the script's run is a few look-ups.
    Empty without a script file (a notebook, ``python -c``) or one that cannot be read."""
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if not path:
        return []
    try:
        tree = ast.parse(Path(path).read_bytes())
    except (OSError, SyntaxError, ValueError):
        return []
    names = [alias.name for node in tree.body if isinstance(node, ast.Import) for alias in node.names]
    names += [node.module for node in tree.body if isinstance(node, ast.ImportFrom) and node.module and not node.level]
    return sorted({name for name in names if name in sys.modules})


def run(target: Callable[..., Any], args: tuple[Any, ...], *, what: str, timeout: float, memory: int,
        hint: str) -> Any:
    """``target(*args)`` in a child process under ``memory`` more bytes, stopped at ``timeout`` s.

    ``target`` must be a module-level function of a module the fork server preloads, returning
    something picklable. Raises :class:`QueryTimeout` at the time limit (one line, with ``hint``, the setting that
    raises it), :class:`QueryError` with one line for what the query asks: ``target``'s own QueryError, the
    memory ceiling; :class:`StoreError` for ``target``'s own StoreError or any other failure.
    """
    context = _fork_server([target.__module__])
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(target, args, what, memory, sender), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise QueryTimeout(timed_out(what, timeout, hint))
        outcome, payload = receiver.recv()
    except EOFError as exc:
        child.join(1)  # its end of the pipe closed: it is ending, and its exit code says how
        if child.exitcode in CEILING_SIGNALS:
            raise QueryError(at_ceiling(what, memory, child.exitcode)) from exc
        raise StoreError(f"the {what} process ended without an answer{_why_ended(child.exitcode)}") from exc
    finally:
        child.kill()
        child.join()
        receiver.close()
    if outcome == "timeout":
        raise QueryTimeout(payload)
    if outcome == "refused":
        raise QueryError(payload)
    if outcome == "error":
        raise StoreError(payload)
    return payload


def _fork_server(modules: list[str]) -> Any:
    """The forkserver context, its preloads set to ``modules`` and the main script's imports: read when the fork
    server starts (at the first query, which preloads its target's module, or :func:`warm`); a fork server running
    already keeps what it loaded, and imports another query module in the child that needs it."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([*modules, *main_script_imports()])
    return context


def warm(languages: Iterable[str]) -> None:
    """Start the fork server now, in a thread of its own, so the first query does not wait for it: it imports the
    query modules of ``languages`` (:data:`QUERY_MODULES`' keys, the store's ``query_languages``; ``KeyError`` for
    another), 1.5 to 3 s of a first query's answer on a busy machine (``okg serve`` calls it as it starts)."""
    _fork_server([QUERY_MODULES[language] for language in sorted(languages)])
    threading.Thread(target=forkserver.ensure_running, name="okg-fork-server", daemon=True).start()


#: The exit codes (minus the signal) of a query process ended by an allocation its memory ceiling refused where no
#: MemoryError could be raised: SIGABRT (Oxigraph's Rust and RocksDB's C++ abort when an allocation or a thread's
#: stack fails) and SIGKILL (the system's out-of-memory killer). newuser37 B2 (round 51): a cross-product COUNT
#: answered "ended without an answer (killed by signal 6)", naming neither the limit nor what to do.
CEILING_SIGNALS = frozenset({-signal.SIGABRT, -signal.SIGKILL})


def at_ceiling(what: str, memory: int, exitcode: int | None = None) -> str:
    """The one line of a query stopped at its memory ceiling of ``memory`` bytes, raised as a MemoryError or met as
    the signal of ``exitcode`` (:data:`CEILING_SIGNALS`): the limit, its setting and what to do."""
    how = f" (its process ended by {signal.Signals(-exitcode).name})" if exitcode else ""
    return (f"{what} stopped at the memory ceiling of {memory // 2**20} MiB{how}; narrow it (LIMIT, more specific "
            "patterns, no cross product of unrelated patterns) or raise OKG_QUERY_MEMORY_BYTES")


def _why_ended(exitcode: int | None) -> str:
    """Why a query process ended without an answer, from its exit code: a signal other than the memory ceiling's
    (:data:`CEILING_SIGNALS`), or an error before the query ran, which is the script
    that started it being imported again: multiprocessing runs a script's top level in each child it
    starts (Python's docs, "Safe importing of main module")."""
    if exitcode is not None and exitcode < 0:
        return f" (killed by signal {-exitcode})"
    if exitcode:
        return (" (it failed before the query ran: a script that queries the store must open it under "
                "`if __name__ == \"__main__\":`, since the query process imports the script again)")
    return ""


def timed_out(what: str, timeout: float, hint: str) -> str:
    """The sentence of a query stopped at its time limit (``hint``: the setting that raises it)."""
    return f"{what} stopped at the time limit of {timeout:g} s; narrow it (LIMIT, more specific patterns) or raise {hint}"


def _child(target: Callable[..., Any], args: tuple[Any, ...], what: str, memory: int, sender: Any) -> None:
    """Run ``target`` under the memory ceiling; send ("ok", its answer), ("timeout", the time limit ``target`` met
    itself: Neo4j's), ("refused", why the query is at fault) or ("error", message)."""
    try:
        os.nice(10)  # the server's own threads (and /health) come first on a busy machine
        cap_memory(memory)
        sender.send(("ok", target(*args)))
    except MemoryError:
        sender.send(("refused", at_ceiling(what, memory)))
    except QueryTimeout as exc:
        sender.send(("timeout", str(exc)))
    except QueryError as exc:
        sender.send(("refused", str(exc)))
    except StoreError as exc:
        sender.send(("error", str(exc)))
    except Exception as exc:  # noqa: BLE001 - the parent turns it into a StoreError
        sender.send(("error", f"{what} failed: {' '.join(str(exc).split())}"))
    finally:
        sender.close()
