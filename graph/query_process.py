"""A user query (/sparql, /cypher) in a child process that can be stopped: a time limit, a
memory ceiling and a lowered priority, so one query can neither freeze nor bloat the server.

Oxigraph cannot interrupt a running query, and the Neo4j driver holds a whole record in
memory however large the server makes it (``RETURN [x IN range(1, 10^8) | 'x']``): in a
child, the first is killed at the time limit and the second fails at the memory ceiling,
and the server only ever receives the capped answer.
"""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from typing import Any

from graph.query_limits import cap_memory
from graph.backends import QueryError, StoreError

#: Forking the server would copy its page tables while holding the GIL (tens of ms of stalled
#: event loop per query); a small fork server with the query modules loaded forks the children.
multiprocessing.get_context("forkserver").set_forkserver_preload(["graph.sparql_worker", "graph.cypher_worker"])


def run(target: Callable[..., Any], args: tuple[Any, ...], *, what: str, timeout: float, memory: int,
        hint: str) -> Any:
    """``target(*args)`` in a child process under ``memory`` more bytes, stopped at ``timeout`` s.

    ``target`` must be a module-level function of a module the fork server preloads, returning
    something picklable. Raises :class:`QueryError` with one line for what the query asks:
    ``target``'s own QueryError, the time limit (with ``hint``, the setting that raises it), the
    memory ceiling; :class:`StoreError` for ``target``'s own StoreError or any other failure.
    """
    context = multiprocessing.get_context("forkserver")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(target, args, what, memory, sender), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise QueryError(timed_out(what, timeout, hint))
        outcome, payload = receiver.recv()
    except EOFError as exc:
        child.join(1)  # its end of the pipe closed: it is ending, and its exit code says how
        raise StoreError(f"the {what} process ended without an answer{_why_ended(child.exitcode)}") from exc
    finally:
        child.kill()
        child.join()
        receiver.close()
    if outcome == "refused":
        raise QueryError(payload)
    if outcome == "error":
        raise StoreError(payload)
    return payload


def _why_ended(exitcode: int | None) -> str:
    """Why a query process ended without an answer, from its exit code: a signal (the memory ceiling
    met in C, the system's out-of-memory killer), or an error before the query ran, which is the script
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
    """Run ``target`` under the memory ceiling; send ("ok", its answer), ("refused", why the query is
    at fault) or ("error", message)."""
    try:
        os.nice(10)  # the server's own threads (and /health) come first on a busy machine
        cap_memory(memory)
        sender.send(("ok", target(*args)))
    except MemoryError:
        sender.send(("refused", f"{what} stopped at the memory ceiling of {memory // 2**20} MiB "
                                "(OKG_QUERY_MEMORY_BYTES); narrow it"))
    except QueryError as exc:
        sender.send(("refused", str(exc)))
    except StoreError as exc:
        sender.send(("error", str(exc)))
    except Exception as exc:  # noqa: BLE001 - the parent turns it into a StoreError
        sender.send(("error", f"{what} failed: {' '.join(str(exc).split())}"))
    finally:
        sender.close()
