"""`okg ask`: one API request answered in this process, from the store directly, without a server.

The request goes through the same FastAPI app `okg serve` runs (Starlette's in-process test client, which drives the
ASGI app over httpx), so a path, its filters, their validation and the answer are the API's own; only the rendering
differs: a table of a listing's items for reading, the JSON body or the CSV export for programs.
"""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from rich.table import Table

from graph.spreadsheet import person

if TYPE_CHECKING:
    from api.settings import Settings
    from graph import Store

#: How many characters of one value a table cell shows before it is cut with …
CELL = 40
#: How many columns a table shows when the listing has no default below and none are asked for.
WIDEST = 6
#: The columns an analyst reads first in each listing (``--columns`` picks others, ``--json`` gives every field).
DEFAULT_COLUMNS = {
    "laws": ["title", "law_level", "times_inspected", "planned_inspections", "years", "repealed"],
    "coverage": ["title", "law_level", "category", "times_inspected", "repealed"],
    "activities": ["label", "status", "area", "evidence"],
    "organs": ["label", "conducted", "overseen", "inspections", "reports_naming"],
    "statistics": ["measure", "value", "unit", "year", "area", "status"],
    "reports": ["title", "year", "level", "area", "publisher_label"],
}


class AskError(Exception):
    """The API refused the request: ``status`` and its one-line ``detail``."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(f"{status}: {detail}")
        self.status = status
        self.detail = detail


def parse_request(path: str, pairs: list[str]) -> tuple[str, dict[str, list[str]]]:
    """An API path (``laws``, ``/laws``, or a URL's path and query pasted whole: ``/laws?inspected=true``) and
    ``KEY=VALUE`` words → the path and its query parameters, a key given twice keeping both values (``organ=A
    organ=B``); ``ValueError`` naming a word without ``=``."""
    from urllib.parse import parse_qsl, urlsplit

    parts = urlsplit(path)
    params: dict[str, list[str]] = {}
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        params.setdefault(key, []).append(value)
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise ValueError(f"{pair!r}: a filter is KEY=VALUE (e.g. inspected=true, jurisdiction=湖北省)")
        params.setdefault(key, []).append(value)
    return parts.path.strip("/"), params


def ask(store: Store, settings: Settings, path: str, params: dict[str, list[str]],
        accept: str = "application/json") -> bytes:
    """The body the API answers ``GET path?params`` with on ``store``; :class:`AskError` for a 4xx or 5xx."""
    import warnings

    with warnings.catch_warnings():  # Starlette's notice that it will prefer httpx2 one day: not the analyst's concern
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    from api.app import NO_ROUTE, create_app

    app = create_app(store, settings)
    with TestClient(app, base_url=f"http://{settings.allowed_hosts[0]}", raise_server_exceptions=False) as client:
        answer = client.get("/" + path.strip("/"), params=params, headers={"Accept": accept})
    if answer.status_code >= 400:
        try:
            detail = answer.json().get("detail", answer.text)
        except ValueError:
            detail = answer.text
        if answer.status_code == 404 and str(detail).startswith(NO_ROUTE):  # no route, not a missing record
            paths = sorted(route.strip("/") for route, methods in app.openapi()["paths"].items() if "get" in methods)
            detail = f"no such path; the API's: {', '.join(paths)}"
        raise AskError(answer.status_code, detail if isinstance(detail, str) else json.dumps(detail, ensure_ascii=False))
    return answer.content


def _rows(body: Any) -> list[Any]:
    """The rows a table shows of an answer: a listing's items (``{"items": [...], "total": n}``), a SPARQL SELECT's
    solutions (``{"head": {"vars"}, "results": {"bindings"}}``: each variable's value, empty when unbound; an ASK's
    ``boolean``), a bare list, or the one object (a new user's round 38, finding 7: ``okg ask sparql`` showed two cells
    of raw JSON, ``head`` and ``results``)."""
    if isinstance(body, dict) and isinstance(body.get("items"), list):
        return body["items"]
    if isinstance(body, dict) and isinstance(body.get("head"), dict):
        names = body["head"].get("vars") or []
        if "boolean" in body:
            return [{"boolean": body["boolean"]}]
        return [{name: solution.get(name, {}).get("value") for name in names}
                for solution in body.get("results", {}).get("bindings", [])]
    return body if isinstance(body, list) else [body]


def links(store: Store, body: Any, columns: list[str]) -> dict[str, str]:
    """``{IRI: label}`` of the resources the ``columns`` of ``body``'s rows link to (an IRI or a list of IRIs:
    an activity's ``organs``, ``overseen``, ``report``), so a table names them as the CSV and XLSX files do
    (:func:`api.tabular.by_name`): a cell of 40 characters cut an organ's IRI before its name (a fresh user's
    round 32, finding 8). A resource without a label is left out (its cell keeps the IRI)."""
    def iris(value: Any) -> list[str]:
        values = value if isinstance(value, list) else [value]
        return [v for v in values if isinstance(v, str) and v.startswith(("http://", "https://"))]

    wanted = {iri for row in _rows(body) if isinstance(row, dict) for column in columns for iri in iris(row.get(column))}
    return {iri: node["label"] for iri, node in store.nodes(wanted).items() if node.get("label")} if wanted else {}


def columns_of(body: Any, path: str, columns: list[str] | None = None) -> list[str]:
    """The columns a table of ``body`` shows: the ``columns`` asked for, else the listing's :data:`DEFAULT_COLUMNS`,
    else the first :data:`WIDEST` of :func:`readable_columns`. ``ValueError`` naming a column asked for that no
    row has, with those they have."""
    records = [row for row in _rows(body) if isinstance(row, dict)]
    held = list(dict.fromkeys(key for row in records[:50] for key in row))
    if isinstance(body, dict) and isinstance(body.get("head"), dict) and not columns:
        return list(body["head"].get("vars") or []) or held  # a query's own variables, in its order
    if columns and (unknown := [column for column in columns if column not in held]) and records:
        raise ValueError(f"no column {', '.join(unknown)} in /{path}; its rows have: {', '.join(held)}")
    listing = path.strip("/").split("/")[0]
    return columns or [c for c in DEFAULT_COLUMNS.get(listing, []) if c in held] or readable_columns(records)[:WIDEST]


def table(body: Any, path: str, columns: list[str], names: dict[str, str] | None = None) -> Table:
    """``body``'s rows (:func:`_rows`) as a table of ``columns`` (:func:`columns_of`); each cell a scalar, a list's
    labels joined by 、 or its length, an IRI named by ``names`` (:func:`links`), a range's year its span
    (:func:`_value`), cut at :data:`CELL` characters."""
    rows = _rows(body)
    shown = f"{len(rows)} of {body['total']}" if isinstance(body, dict) and "total" in body else f"{len(rows)}"
    grid = Table(*columns, title=f"/{path.strip('/')} ({shown})", title_justify="left")
    for row in rows:
        grid.add_row(*(_cell(_value(row, column) if isinstance(row, dict) else row, names or {}) for column in columns))
    return grid


def _value(row: dict[str, Any], column: str) -> Any:
    """``row``'s value in ``column``; a ``year`` left empty by a range (a multi-year total: ``year`` null,
    ``year_from`` and ``year_to`` its span) is that range, 2013–2016, as ``/activities`` labels write it (round 50,
    newuser35 B6: the CLI table showed the range-dated statistic with no year)."""
    value = row.get(column)
    if column == "year" and value is None and row.get("year_from") is not None:
        return f"{row['year_from']}–{row.get('year_to', '')}"
    return value


def notes(body: Any) -> list[str]:
    """What the table leaves unsaid of the answer, one line each: the repealed laws coverage left out
    (``repealed_left_out``, the period from ``period_from``), the rows dated by a range beyond the year asked
    (``ranges_left_out``), the years asked no stored report covers (``years_without_reports``), and how to have
    them; a listing with no row says so, where an empty table would print
    nothing (a first-time analyst, round 34: ``okg ask laws inspected=true year=2025`` printed nothing at all)."""
    if not isinstance(body, dict):
        return []
    said = []
    if body.get("items") == [] and not body.get("total"):
        said.append("no rows: nothing stored matches these filters (okg ask reports lists the reports held, with "
                    "their years and areas)")
    if missing := body.get("years_without_reports"):
        said.append(f"no stored report covers {', '.join(map(str, missing))}: nothing is stated inspected in those years "
                    "(okg ask reports lists the reports held, with their years and areas)")
    if left_out := body.get("repealed_left_out"):
        since = f" before the period ({body['period_from']}) or on no known date" if body.get("period_from") else ""
        said.append(f"{left_out} laws repealed{since} are left out (repealed=any lists them)")
    if ranges := body.get("ranges_left_out"):
        said.append(f"{ranges} rows dated by a range running beyond the year asked (a multi-year total) are left out "
                    "(include_ranges=true lists them, each with its span)")
    return said


def readable_columns(rows: list[dict[str, Any]]) -> list[str]:
    """The keys of ``rows`` whose values are words, numbers or flags, not addresses (an IRI beside its label) and not
    nested lists or objects (evidence, mentions: ``--json`` has them); every key when that leaves none."""
    keys = list(dict.fromkeys(key for row in rows[:50] for key in row))
    values = {key: [row.get(key) for row in rows[:50] if row.get(key) not in (None, "")] for key in keys}
    kept = [key for key in keys if values[key] and all(isinstance(v, (str, int, float, bool)) for v in values[key])
            and not any(isinstance(v, str) and v.startswith(("http://", "https://")) for v in values[key])]
    return kept or keys


def _cell(value: Any, names: dict[str, str]) -> str:
    if isinstance(value, str):
        value = names.get(value, value)
    if isinstance(value, list):
        labels = [names.get(item, item) if isinstance(item, str) else _label(item) for item in value]
        text = "、".join(labels) if all(labels) else f"[{len(value)}]"
    elif isinstance(value, dict):
        text = person(value) or _label(value) or json.dumps(value, ensure_ascii=False)
    else:
        text = "" if value is None else str(value)
    return text if len(text) <= CELL else text[: CELL - 1] + "…"


def _label(value: Any) -> str:
    """A list item's readable name: itself when scalar, a person by name and title (:func:`graph.spreadsheet.person`),
    its label, title or name when another object, else ""."""
    if isinstance(value, (str, int, float)):
        return str(value)
    if isinstance(value, dict):
        return person(value) or str(next((value[k] for k in ("label", "title", "name", "law", "organ") if value.get(k)), ""))
    return ""
