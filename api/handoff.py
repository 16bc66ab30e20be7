"""``okg ingest`` beside ``okg serve``: the reports handed to the server, which writes them itself.

RocksDB lets one process hold an embedded store to write, and ``okg serve`` holds its store while it runs, so before
round 47 an ingest beside it was refused, "stop it, run this again, then start it again" (a new user's round 47,
B3: an analyst's loop — find a page, add it, look at it — restarted the server each time). The choices weighed:

- a second process writing beside the server: pyoxigraph 0.5 opens a store to write or ``read_only``, no secondary
  instance that follows a writer (round 41 measured it), and a read-only opening while another process writes is
  undefined in Oxigraph's documentation: ruled out;
- a POST route any client may call with report files: the server would read paths of its own machine for whoever
  asks, or take uploaded bytes whose stored source is no longer the analyst's file (``okg ingest`` later finds the
  same file new, not unchanged): ruled out;
- what is built: the server, which already holds the store to write, takes the paths ``okg ingest`` found and writes
  them with :func:`api.ingest.ingest`, the same code and guarantees as an ingest of its own (one writer: the server;
  each report whole or not at all; the same outcomes, notes and tombstones). The route (``POST /ingest``) answers only
  a caller holding the token the server wrote into the store's marks (:func:`publish`): whoever can read the
  store's directory, i.e. who could have written it with the server stopped; an API key, when set, is asked as on every
  route. While it writes, the server's holder mark says ``writes``, so ``okg ask`` waits or is refused as beside any
  writer, and once it is flushed, ``reads`` again; the API's views are keyed on the store's version, which each
  write moves, so the next request reads the new reports.

A hand-off meeting the server writing an earlier one is handed over too and waits its turn in the server (its route
takes one at a time), the ``okg ingest`` saying so (a new user's round 48, B4: the second of two ingests started
together was refused, the message blaming ``okg serve``, which writes nothing the analyst did not hand it).
"""
from __future__ import annotations

import json
import os
import secrets
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from graph import holder, marks

#: The mark naming the server that takes ingests of the store: ``{"pid", "url", "token"}``.
KEY = "ingest-at"
#: The header carrying the token.
HEADER = "X-OKG-Ingest-Token"
#: Seconds ``okg ingest`` waits for the server's answer (the server reads and extracts every report first).
TIMEOUT = 3600.0


class HandoffError(RuntimeError):
    """The server did not take or did not answer the handoff; the message says what happened."""


@dataclass(frozen=True)
class Handoff:
    """A running server taking ingests of a store: its address (``http://127.0.0.1:8001``), its token, its process,
    and since when it writes an earlier hand-off (ISO 8601, UTC; None: it only reads)."""

    url: str
    token: str
    pid: int
    writing_since: str | None = None


def publish(directory: Path, url: str) -> str:
    """Mark ``directory`` as served by this process at ``url``, taking ingests; the new token."""
    token = secrets.token_urlsafe(24)
    marks.write(directory, KEY, json.dumps({"pid": os.getpid(), "url": url, "token": token}))
    return token


def withdraw(directory: Path) -> None:
    """Drop the mark of ``directory`` if this process wrote it."""
    found = find(directory, running=False)
    if found is not None and found.pid == os.getpid():
        marks.write(directory, KEY, None)


def find(directory: Path, running: bool = True) -> Handoff | None:
    """The server taking ingests of the store at ``directory``: the one holding it now (``running``), reading or
    writing an earlier hand-off, else None."""
    try:
        raw = json.loads(marks.read(directory).get(KEY, ""))
        found = Handoff(str(raw["url"]), str(raw["token"]), int(raw["pid"]))
    except (ValueError, KeyError, TypeError):
        return None
    if not running:
        return found
    serving = holder.holder(directory)
    if serving is None or serving.pid != found.pid or serving.role == "prepares":
        return None
    return found if serving.role == "reads" else Handoff(found.url, found.token, found.pid, serving.since)


def local_url(host: str, port: int) -> str:
    """The address ``okg ingest`` on this machine reaches a server listening on ``host``:``port`` by (a wildcard is
    reached on loopback)."""
    name = "127.0.0.1" if host in ("0.0.0.0", "", "localhost") else "::1" if host == "::" else host
    return f"http://[{name}]:{port}" if ":" in name else f"http://{name}:{port}"


def send(handoff: Handoff, sources: list[tuple[str, str]], force: bool, validate: bool,
         api_key: str | None) -> list[dict[str, object]]:
    """Hand ``sources`` (absolute path or URL, name) to the server; its results (:class:`api.ingest.IngestResult` as
    dicts) in order. HandoffError when it refuses or cannot be reached."""
    body = json.dumps({"sources": [list(pair) for pair in sources], "force": force, "validate": validate}).encode()
    headers = {"Content-Type": "application/json", HEADER: handoff.token}
    if api_key:
        headers["X-API-Key"] = api_key
    request = urllib.request.Request(f"{handoff.url}/ingest", data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as answer:
            return list(json.loads(answer.read().decode("utf-8"))["results"])
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace")
        try:
            detail = str(json.loads(detail)["detail"])
        except (ValueError, KeyError, TypeError):
            pass
        raise HandoffError(f"the server at {handoff.url} (process {handoff.pid}) refused the reports: "
                           f"{exc.code} {detail}") from exc
    except (OSError, ValueError, KeyError) as exc:
        raise HandoffError(f"the server at {handoff.url} (process {handoff.pid}) did not answer the reports handed "
                           f"to it ({exc}); each report it finished is stored whole; run okg ingest again once it answers (what is stored is found unchanged)") from exc
