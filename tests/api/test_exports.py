"""Every listing as CSV (UTF-8 with BOM) and XLSX, with the same filters as its JSON.

A file is written from the rows its route reads (``api.tabular``), above the store: the tests of a store's files run on
the embedded store alone (``EMBEDDED_ONLY``, round 51), where the same routes' files are read from Neo4j by
``test_routes_places::test_rows_carry_their_reports_area_and_province_in_every_format`` (/activities, /statistics,
/reports in CSV and XLSX), ``test_routes_report_level``'s level column and ``test_export_cells`` (/laws)."""
from __future__ import annotations

import csv
import io
import sys

import pytest
from fastapi.testclient import TestClient
from shared_stores import SharedStore

from api.app import create_app
from api.tabular import XLSX, cell, to_csv, to_xlsx
from api_helpers import EMBEDDED_ONLY

LISTINGS = [("/laws", {"inspected": "true"}, "title"), ("/coverage", {"inspected": "false"}, "title"),
            ("/activities", {"kind": "LawEnforcementInspection"}, "iri"), ("/organs", {}, "label"),
            ("/statistics", {}, "measure"), ("/reports", {}, "title"), ("/areas", {"level": "county"}, "label"),
            ("/areas/湖北省/organs", {}, "label")]


def csv_rows(body: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))


@EMBEDDED_ONLY
@pytest.mark.parametrize(("path", "filters", "column"), LISTINGS, ids=[p for p, _, _ in LISTINGS])
def test_csv_holds_every_row_the_json_filters_select(client: TestClient, path: str, filters: dict[str, str],
                                                     column: str) -> None:
    total = client.get(path, params={**filters, "limit": 1}).json()["total"]
    answer = client.get(path, params={**filters, "format": "csv"})
    assert answer.status_code == 200, answer.text
    assert answer.content.startswith(b"\xef\xbb\xbf") and answer.headers["content-type"].startswith("text/csv")
    assert answer.headers["x-total-count"] == str(total)
    rows = csv_rows(answer.content)
    assert len(rows) == total and total > 0 and all(row[column] for row in rows)
    by_accept = client.get(path, params=filters, headers={"accept": "text/csv"})
    assert by_accept.content == answer.content


EMPTIED = [("/laws", {"year": "1950"}), ("/coverage", {"inspected": "true", "year": "1950"}),
           ("/activities", {"year": "1950"}), ("/organs", {"q": "无此机关名称"}), ("/statistics", {"year": "1950"}),
           ("/reports", {"year": "1950"}), ("/areas", {"q": "无此地区名称"})]


@EMBEDDED_ONLY
@pytest.mark.parametrize(("path", "filters"), EMPTIED, ids=[p for p, _ in EMPTIED])
def test_a_file_with_no_rows_still_has_its_columns(client: TestClient, path: str, filters: dict[str, str]) -> None:
    """A first-time analyst, round 33: an empty CSV answer was a BOM and a line break, and a script reading its
    columns broke; its columns are those of the same listing with rows, in CSV and XLSX alike."""
    from openpyxl import load_workbook

    full = client.get(path, params={"format": "csv"}).content.decode("utf-8-sig").splitlines()[0].split(",")
    empty = client.get(path, params={**filters, "format": "csv"})
    assert empty.status_code == 200 and empty.headers["x-total-count"] == "0", empty.text
    lines = empty.content.decode("utf-8-sig").splitlines()
    assert len(lines) == 1 and set(lines[0].split(",")) == set(full) and "iri" in full
    sheet = load_workbook(io.BytesIO(client.get(path, params={**filters, "format": "xlsx"}).content),
                          read_only=True).active
    assert [list(row) for row in sheet.iter_rows(values_only=True)] == [lines[0].split(",")]


@EMBEDDED_ONLY
def test_laws_csv_lists_years_and_organs_as_cells(client: TestClient) -> None:
    rows = csv_rows(client.get("/laws", params={"inspected": "true", "format": "csv"}).content)
    wetland = next(row for row in rows if row["title"] == "中华人民共和国湿地保护法")
    assert int(wetland["times_inspected"]) >= 1 and wetland["years"] and "人民代表大会常务委员会" in wetland["organs"]
    assert "湿地保护法" in wetland["evidence"]  # the sentences, not JSON


@EMBEDDED_ONLY
def test_a_page_when_asked(client: TestClient) -> None:
    rows = csv_rows(client.get("/laws", params={"format": "csv", "limit": 2, "offset": 1}).content)
    page = client.get("/laws", params={"limit": 2, "offset": 1}).json()["items"]
    assert [row["iri"] for row in rows] == [law["iri"] for law in page]


@EMBEDDED_ONLY
def test_xlsx_opens_with_the_same_rows(client: TestClient) -> None:
    from openpyxl import load_workbook

    answer = client.get("/laws", params={"inspected": "true", "format": "xlsx"})
    assert answer.status_code == 200 and answer.headers["content-type"] == XLSX
    assert 'filename="oversight-kg-laws.xlsx"' in answer.headers["content-disposition"]
    sheet = load_workbook(io.BytesIO(answer.content), read_only=True).active
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    expected = csv_rows(client.get("/laws", params={"inspected": "true", "format": "csv"}).content)
    assert values[0] == list(expected[0].keys())
    assert [row[values[0].index("title")] for row in values[1:]] == [row["title"] for row in expected]


@EMBEDDED_ONLY
@pytest.mark.parametrize(("path", "params"), [("/laws", {"format": "xlsx"}),
                                             ("/activities", {"format": "xlsx", "limit": 3})])
def test_xlsx_without_its_writer_is_501_naming_the_package(client: TestClient, monkeypatch: pytest.MonkeyPatch,
                                                          path: str, params: dict[str, object]) -> None:
    """An environment without xlsxwriter (installed before it became a dependency, or with --no-deps) is told what
    to install, not answered 500 (a first-time analyst, round 39); the CSV still answers."""
    _answers_501_naming_xlsxwriter(client, monkeypatch, path, params)


def test_sparql_xlsx_without_its_writer_is_501_naming_the_package(shared_samples: SharedStore,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The same on ``/sparql``, the embedded store's (Neo4j answers ``/cypher``)."""
    app = create_app(shared_samples.read_only("embedded"))
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as embedded:
        _answers_501_naming_xlsxwriter(embedded, monkeypatch, "/sparql", {
            "query": "SELECT ?law WHERE { ?l a okg:Law ; rdfs:label ?law } LIMIT 2", "format": "xlsx"})


def _answers_501_naming_xlsxwriter(client: TestClient, monkeypatch: pytest.MonkeyPatch, path: str,
                                   params: dict[str, object]) -> None:
    monkeypatch.setitem(sys.modules, "xlsxwriter", None)  # import xlsxwriter raises ImportError
    answer = client.get(path, params=params)
    assert answer.status_code == 501, answer.text[:300]
    detail = answer.json()["detail"]
    assert "format=xlsx needs the Python package xlsxwriter" in detail and "pip install -e ." in detail
    assert "format=csv gives the same rows" in detail
    assert client.get(path, params={**params, "format": "csv"}).status_code == 200


def test_cells_of_lists_booleans_and_evidence() -> None:
    assert cell([2021, 2023]) == "2021; 2023" and cell([True, False]) == "true; false"
    assert cell(True) is True and cell(None) is None and cell(3) == 3 and cell(2.5) == 2.5
    assert cell([{"text": "开展执法检查", "start": 1}]) == "开展执法检查"
    assert cell([{"text": "开展执法检查", "source": "2023/d01.txt"}, {"text": "听取报告", "source": None}]) == (
        "开展执法检查 (2023/d01.txt); 听取报告")


@pytest.mark.parametrize(("item", "spelt"), [
    ({"text": "开展执法检查", "date": "2018-04-16", "source": "a.txt"}, "开展执法检查 (2018-04-16, a.txt)"),
    ({"text": "开展执法检查", "date": "2018-04", "source": None}, "开展执法检查 (2018-04)"),
    ({"text": "开展执法检查", "date": "2018", "source": "http://x.cn/a"}, "开展执法检查 (2018, http://x.cn/a)"),
    ({"text": "开展执法检查", "date": None, "source": "a.txt"}, "开展执法检查 (a.txt)"),
])
def test_an_evidence_cell_keeps_the_date_its_sentence_gives(item: dict, spelt: str) -> None:
    """The JSON's evidence items carry the date of the work; a spreadsheet's cell keeps it beside the source (a new
    user's round 38, finding 6: /laws' CSV and XLSX lost the campaign-stage dates the README says to check)."""
    assert cell([item]) == spelt


@EMBEDDED_ONLY
def test_the_laws_files_give_the_dates_the_json_gives(client: TestClient) -> None:
    laws = client.get("/laws", params={"inspected": "true", "limit": 1000}).json()["items"]
    rows = {row["iri"]: row for row in csv_rows(client.get("/laws", params={"inspected": "true", "format": "csv"}).content)}
    dated = [(law["iri"], e["date"]) for law in laws for e in law["evidence"] if e.get("date")]
    assert dated and all(date in rows[iri]["evidence"] for iri, date in dated)


@EMBEDDED_ONLY
@pytest.mark.parametrize(("spelt", "media"), [("CSV", "text/csv"), (" Csv", "text/csv"), ("XLSX", XLSX),
                                              ("Json", "application/json")])
def test_a_format_is_read_in_any_case(client: TestClient, spelt: str, media: str) -> None:
    """format=CSV was a 422 while level=Province was read (a fresh user's round 22, F10)."""
    answer = client.get("/laws", params={"format": spelt})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith(media), answer.text[:200]


@EMBEDDED_ONLY
@pytest.mark.parametrize("spelt", ["pdf", "csvx", "cs v"])
def test_an_unknown_format_is_422_listing_the_formats(client: TestClient, spelt: str) -> None:
    answer = client.get("/laws", params={"format": spelt})
    assert answer.status_code == 422 and "json, csv, xlsx" in answer.json()["detail"]


@EMBEDDED_ONLY
def test_statistic_files_name_the_organ_whose_report_states_them(client: TestClient) -> None:
    rows = csv_rows(client.get("/statistics", params={"format": "csv"}).content)
    items = client.get("/statistics", params={"limit": 1000}).json()["items"]
    assert len(rows) == len(items) and any(item["organ"] for item in items)
    named = {row["organ"] for row in rows if row["organ"]}
    assert "武汉市新洲区人民代表大会常务委员会" in named and not any(name.startswith("http") for name in named)


@EMBEDDED_ONLY
def test_activity_files_name_what_they_link_to(client: TestClient) -> None:
    """JSON links by IRI (a program follows them); a file by name (a person reads it)."""
    rows = csv_rows(client.get("/activities", params={"kind": "LawEnforcementInspection", "format": "csv"}).content)
    items = client.get("/activities", params={"kind": "LawEnforcementInspection", "limit": 1000}).json()["items"]
    assert {row["iri"] for row in rows} == {item["iri"] for item in items}
    assert all(o.startswith("https://") for item in items for o in item["organs"])
    organs = {o for row in rows for o in row["organs"].split("; ") if o}
    laws = {law for row in rows for law in row["laws"].split("; ") if law}
    assert "全国人民代表大会常务委员会" in organs and "中华人民共和国大气污染防治法" in laws
    assert not any(name.startswith("http") for name in organs | laws)


@pytest.mark.parametrize(("value", "kind", "csv_text"), [
    (True, "b", "true"), (False, "b", "false"),  # a boolean cell, which a filter and =COUNTIF(…,TRUE) read
    (3, "n", "3"), (2.5, "n", "2.5"), (0, "n", "0"),  # numbers as numbers
    ("true", "s", "true"), ("2023", "s", "2023"),  # text stays text, even when it reads as a boolean or a number
    ([2021, 2023], "s", "2021; 2023"), ([True], "s", "true"),  # a list is text
])
def test_a_file_writes_each_value_as_its_type(value: object, kind: str, csv_text: str) -> None:
    """A first-time analyst, round 35 (finding 9): /laws?format=xlsx held its booleans as the text "true"/"false".
    Read back with openpyxl, a boolean is a boolean cell and a number a number cell; CSV spells a boolean as JSON does."""
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(to_xlsx([{"v": value}], "t"))).active
    written = sheet.cell(row=2, column=1)
    assert written.data_type == kind and written.value == cell(value)
    assert csv_rows(to_csv([{"v": value}])) == [{"v": csv_text}]


@EMBEDDED_ONLY
def test_laws_xlsx_holds_booleans_and_counts_as_their_types(client: TestClient) -> None:
    from openpyxl import load_workbook

    book = client.get("/laws", params={"inspected": "true", "format": "xlsx"}).content
    header, *rows = list(load_workbook(io.BytesIO(book)).active.iter_rows())
    columns = {c.value: i for i, c in enumerate(header)}
    items = client.get("/laws", params={"inspected": "true", "limit": 1000}).json()["items"]
    assert rows and len(rows) == len(items)
    flags = [name for name, value in items[0].items() if isinstance(value, bool)]
    assert {"draft_only", "repealed", "ambiguous"} <= set(flags)
    for row, item in zip(rows, items):
        for name in flags:
            assert (row[columns[name]].data_type, row[columns[name]].value) == ("b", item[name])
        assert (row[columns["times_inspected"]].data_type, row[columns["times_inspected"]].value) == (
            "n", item["times_inspected"])
    spelt = csv_rows(client.get("/laws", params={"inspected": "true", "format": "csv"}).content)
    assert {row["repealed"] for row in spelt} <= {"true", "false"}
