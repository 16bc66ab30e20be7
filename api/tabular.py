"""Listings as files analysts open: CSV (UTF-8 with a BOM, so Excel reads Chinese) and XLSX, no cell a formula.

A listing route takes :data:`ExportDep` and ends with ``export.answer(paging, rows, name)``:
the JSON envelope ``{total, limit, offset, items}`` by default, a file with ``?format=csv``,
``?format=xlsx`` or ``Accept: text/csv``. A file holds every row the filters select unless
``limit`` or ``offset`` is given; ``X-Total-Count`` says how many rows matched. Every cell stays one a
spreadsheet opens: a list cell holds a bounded number of items and a note counting the rest and saying where they are
whole (:class:`Cut`), no cell more than Excel's :data:`CELL_CHARS` characters (:func:`fitted`), CSV and XLSX alike.
"""
from __future__ import annotations

import io
import json
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import Depends, HTTPException, Query, Request
from fastapi.responses import Response

from api.deps import Paging
from graph import Store
from graph.spreadsheet import csv_text, person, spelt

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
#: OpenAPI: the other answers of every listing.
FILES: dict[int | str, dict[str, Any]] = {200: {"content": {"text/csv": {}, XLSX: {}},
                                                "description": "The listing; CSV or XLSX by format or Accept"}}
TableFormat = Literal["json", "csv", "xlsx"]
TABLE_FORMATS: tuple[TableFormat, ...] = ("json", "csv", "xlsx")
SEPARATOR = "; "


#: Excel's most characters in a cell (Microsoft, "Excel specifications and limits": 32,767); a longer text was cut there
#: without a word (a first-time analyst, round 40: /laws' mentions cell held 1,059,630 characters in CSV, and XLSX cut it
#: mid-URL). Every cell of a file, CSV as XLSX, keeps within it, saying what it left out.
CELL_CHARS = 32_767
#: The items of a list cell a file holds unless its route bounds it otherwise (:class:`Cut`), as JSON pages bound rows.
CELL_ITEMS = 100
#: Where a file's cut cell is whole, unless its route names a better place (:class:`Cut`).
WHOLE = "the JSON answer (format=json) holds them all"
_NOTE_ROOM = 400  # characters kept free for the note saying what a list cell leaves out


@dataclass(frozen=True)
class Cut:
    """How a file's list cell of a column is bounded: at most ``items`` of its items (and :data:`CELL_CHARS`
    characters), then a note counting the rest and saying where ``whole`` they are (``GET /laws/{id} lists every
    one``)."""

    items: int = CELL_ITEMS
    whole: str = WHOLE


def fitted(text: str, whole: str = WHOLE) -> str:
    """``text`` as a cell holds it: itself within :data:`CELL_CHARS`, else its start and a note of its length and
    where it is ``whole`` (never a silent cut)."""
    if len(text) <= CELL_CHARS:
        return text
    note = f" … [cut: {len(text):,} characters; {whole}]"
    return text[:CELL_CHARS - len(note)] + note


def joined(pieces: list[str], cut: Cut = Cut()) -> str:
    """``pieces`` joined by ``; ``, bounded by ``cut``: the first of them that fit in ``cut.items`` and
    :data:`CELL_CHARS`, then ``… 38,990 more (39,010 in all): <where they are whole>`` when any are left out."""
    kept: list[str] = []
    size = 0
    for piece in pieces[:cut.items]:
        grown = size + (len(SEPARATOR) if kept else 0) + len(piece)
        if grown > CELL_CHARS - _NOTE_ROOM:
            if not kept:  # one piece longer than a cell: its start, counted as shown
                kept.append(piece[:CELL_CHARS - _NOTE_ROOM - 1] + "…")
            break
        kept.append(piece)
        size = grown
    if len(kept) == len(pieces):
        return SEPARATOR.join(kept)
    return SEPARATOR.join([*kept, f"… {len(pieces) - len(kept):,} more ({len(pieces):,} in all): {cut.whole}"])[:CELL_CHARS]


def cell(value: Any, cut: Cut = Cut()) -> str | bool | int | float | None:
    """One value as a spreadsheet cell: a boolean, number or text as itself (a file writes each as its own type:
    :func:`to_xlsx`, :func:`graph.spreadsheet.csv_text`), lists joined by ``; `` (at most ``cut.items`` items and
    :data:`CELL_CHARS` characters, a note counting the rest: :func:`joined`), evidence by its sentence, the date its
    sentence gives the work and the source to open (``开展执法检查 (2023-04-16, 2023/d01.txt)``: the evidence column of
    ``/laws`` names when and where each sentence is, as JSON does; a new user's round 38, finding 6: the dates were lost),
    a person by name and title (``王晓科（省人大常委会秘书长）``: :func:`graph.spreadsheet.person`), another object as JSON;
    a text longer than a cell holds is cut with a note (:func:`fitted`)."""
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, str):
        return fitted(value, cut.whole)
    if isinstance(value, dict):
        if not value.get("text"):  # a person (led_by) as written, another structure as JSON
            return fitted(person(value) or json.dumps(value, ensure_ascii=False), cut.whole)
        about = ", ".join(str(value[key]) for key in ("date", "source") if value.get(key))
        return fitted(f"{value['text']} ({about})" if about else str(value["text"]), cut.whole)
    if isinstance(value, (list, tuple)):
        return joined([spelt(cell(item)) for item in value if item is not None], cut)
    return fitted(str(value), cut.whole)


def table(rows: list[dict[str, Any]], fields: tuple[str, ...] = (),
          cuts: Mapping[str, Cut] | None = None) -> tuple[list[str], list[list[Any]]]:
    """The columns (the row model's ``fields`` in its order, the order of the JSON rows, then any other key in
    first-seen order) and the rows as lists of cells (each column's list cells bounded by its :class:`Cut` in
    ``cuts``, else the default one): a listing's file has its model's columns whatever rows it holds, none too (a
    first-time analyst, round 33: an empty CSV answer was a BOM and a line break, which broke a script reading its
    columns), in the order its JSON gives them (round 44, finding 12: a key some rows lack, /laws'
    ``followed_up_only``, moved to the end)."""
    names = columns(rows, fields)
    bounds = [(name, (cuts or {}).get(name, Cut())) for name in names]
    return names, [[cell(row.get(name), cut) for name, cut in bounds] for row in rows]


def columns(rows: list[dict[str, Any]], fields: tuple[str, ...] = ()) -> list[str]:
    """The columns of ``rows``: ``fields`` in their order, then every other key in first-seen order."""
    found: dict[str, None] = dict.fromkeys(fields)
    for row in rows:
        found.update(dict.fromkeys(row))
    return list(found)


def to_csv(rows: list[dict[str, Any]], fields: tuple[str, ...] = (), cuts: Mapping[str, Cut] | None = None) -> bytes:
    """CSV in UTF-8 with a byte-order mark and CRLF line ends, a header row first (:func:`table`, its cells bounded
    as XLSX's are), no cell a formula (:func:`graph.spreadsheet.csv_text`)."""
    return csv_text(*table(rows, fields, cuts)).encode("utf-8")


def to_xlsx(rows: list[dict[str, Any]], sheet: str, fields: tuple[str, ...] = (),
            cuts: Mapping[str, Cut] | None = None) -> bytes:
    """One worksheet named ``sheet``: a bold, frozen header row and a filter on every column. Text is written as
    string cells, as it reads (``=1+1``, ``--始终坚持…``): a string cell is never a formula, and a ``'`` before it would
    show in the cell and alter the data (OWASP's prefix guards CSV alone: :func:`graph.spreadsheet.csv_text`). A
    boolean is a boolean cell (TRUE/FALSE, which a filter and =COUNTIF(…,TRUE) read; the text "true" was a first-time
    analyst's finding 9, round 35) and a number a number cell.

    Raises HTTPException 501 naming the package to install when xlsxwriter (a dependency in pyproject.toml) cannot
    be imported: an environment installed before it was added, or with ``--no-deps``, answered an unhelpful 500 (a
    first-time analyst, round 39); openpyxl is not needed to write XLSX, only pandas' ``read_excel`` reads with it."""
    try:
        import xlsxwriter
    except ImportError as exc:
        raise HTTPException(501, f"format=xlsx needs the Python package xlsxwriter, a dependency of oversight-kg this "
                                 f"environment lacks ({exc}); install it (pip install -e . in the checkout, or pip "
                                 f"install 'xlsxwriter>=3.2') and restart okg serve; format=csv gives the same rows now") from exc

    columns, cells = table(rows, fields, cuts)
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True, "strings_to_urls": False, "strings_to_formulas": False})
    page = book.add_worksheet(sheet[:31])
    page.write_row(0, 0, columns, book.add_format({"bold": True}))
    for number, row in enumerate(cells, start=1):
        for column, value in enumerate(row):
            if isinstance(value, str):
                page.write_string(number, column, value)  # never read as a formula, a number or a URL
            elif isinstance(value, bool):
                page.write_boolean(number, column, value)
            elif value is not None:
                page.write_number(number, column, value)
    page.freeze_panes(1, 0)
    if columns:
        page.autofilter(0, 0, len(cells), len(columns) - 1)
    book.close()
    return out.getvalue()


def by_name(store: Store, rows: list[dict[str, Any]], keys: tuple[str, ...]) -> list[dict[str, Any]]:
    """``rows`` with the resources their ``keys`` link to (an IRI or a list of them) named by label: a file is
    read by people, who look for 全国人民代表大会常务委员会, not its IRI; a resource without a label keeps its IRI."""
    def iris(value: Any) -> list[str]:
        return [value] if isinstance(value, str) else list(value or ())

    found = store.nodes({iri for row in rows for key in keys for iri in iris(row.get(key))})

    def name(value: Any) -> Any:
        if value is None:
            return None
        named = [found[iri]["label"] or iri for iri in iris(value)]
        return named[0] if isinstance(value, str) else named

    return [{**row, **{key: name(row.get(key)) for key in keys if key in row}} for row in rows]


def row_fields(route: Any) -> tuple[str, ...]:
    """The fields of the rows ``route`` (a FastAPI route) lists: those of its response model's ``items``, in the
    model's order (``Page[Law]`` → ``Law``'s); none for a route answering no page."""
    model = getattr(route, "response_model", None)
    items = getattr(model, "model_fields", {}).get("items")
    found = typing.get_args(items.annotation) if items else ()
    return tuple(getattr(found[0], "model_fields", ())) if found else ()


@dataclass(frozen=True)
class Export:
    """How a listing answers: ``format``, whether the client chose a page, and the columns of its rows
    (:func:`row_fields`)."""

    format: TableFormat
    paged: bool
    fields: tuple[str, ...] = ()

    def answer(self, paging: Paging, rows: list[dict[str, Any]], name: str, cuts: Mapping[str, Cut] | None = None,
               **extra: Any) -> dict[str, Any] | Response:
        """The JSON envelope (with ``extra`` fields), or ``rows`` as a file named after ``name``, its list cells
        bounded by ``cuts`` (:func:`table`)."""
        if self.format == "json":
            return {**paging.page(rows), **extra}
        chosen = rows[paging.offset:paging.offset + paging.limit] if self.paged else rows
        body, media, ext = ((to_csv(chosen, self.fields, cuts), "text/csv; charset=utf-8", "csv") if self.format == "csv"
                            else (to_xlsx(chosen, name, self.fields, cuts), XLSX, "xlsx"))
        return Response(body, media_type=media, headers={
            "Content-Disposition": f'attachment; filename="oversight-kg-{name}.{ext}"',
            "X-Total-Count": str(len(rows)), "Vary": "Accept"})


def table_format(value: str | None, offered: tuple[str, ...] = TABLE_FORMATS) -> str | None:
    """The format ``value`` names among ``offered``, in any case and spacing (``CSV``, `` xlsx``), as the other
    filters read their words (:mod:`api.vocabulary`); None for None. Raises 422 listing ``offered`` otherwise."""
    if value is None:
        return None
    if (wanted := value.strip().lower()) in offered:
        return wanted
    raise HTTPException(422, f"format: unknown value {value!r}; valid values: {', '.join(offered)}")


def _export(
    request: Request,
    format: Annotated[str | None, Query(  # noqa: A002 - the public name of the parameter
        max_length=20, description="json (default), csv (UTF-8 with BOM) or xlsx, any case; Accept: text/csv works "
                                   "too. A file holds every matching row unless limit or offset is given.")] = None,
) -> Export:
    accept = request.headers.get("accept", "")
    chosen: TableFormat = table_format(format) or (  # type: ignore[assignment]
        "csv" if "text/csv" in accept else "xlsx" if XLSX in accept else "json")
    paged = "limit" in request.query_params or "offset" in request.query_params
    return Export(chosen, paged, row_fields(request.scope.get("route")))


ExportDep = Annotated[Export, Depends(_export)]
