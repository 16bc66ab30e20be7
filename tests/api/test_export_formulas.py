"""Files people open in a spreadsheet carry no live formula: a report whose title or sentence starts with = + - @
(OWASP's CSV injection) comes out of every CSV and XLSX as text, and every CSV (listings and the node and edge exports,
API and CLI) starts with a BOM so Excel reads UTF-8. A cell is made inert where the file is written
(``graph.spreadsheet``), from the rows and the projection either store gives alike: these tests write into the embedded
samples (round 50); the listings' CSV and XLSX of a Neo4j store are read in ``test_routes_places`` (every format),
its node and edge files in ``test_routes_meta`` and ``tests/graph/test_export_exact``."""
from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.app import create_app
from api.cli import app as cli
from api.ingest import ingest
from graph.spreadsheet import csv_text, inert
from shared_stores import SharedStore

BOM = b"\xef\xbb\xbf"
TITLES = ['=HYPERLINK("http://evil.example","click")', "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0",
          "-2+3+cmd|' /C calc'!A0"]


def report(title: str) -> str:
    return (f"title: {title}\norgan: 成都市人大常委会\nyear: 2022\n\n"
            f"{title}，2022年，市人大常委会对《中华人民共和国消防法》实施情况开展执法检查。\n")


@pytest.fixture(scope="module")
def client(shared_samples: SharedStore, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """The samples and one report per title of :data:`TITLES`, in a copy of the embedded samples."""
    folder = tmp_path_factory.mktemp("formulas")
    paths = []
    for number, title in enumerate(TITLES):
        (path := folder / f"f{number}.txt").write_text(report(title), encoding="utf-8")
        paths.append(path)
    with shared_samples.writable("embedded") as db:
        assert all(r.outcome == "inserted" for r in ingest(paths, db))
        with TestClient(create_app(db), base_url="http://127.0.0.1", raise_server_exceptions=False) as test_client:
            yield test_client


def _cells(rows: list[list[object]]) -> list[str]:
    return [value for row in rows for value in row if isinstance(value, str)]


@pytest.mark.parametrize("path", ["/reports", "/activities"])
def test_no_csv_or_xlsx_cell_is_a_formula(client: TestClient, path: str) -> None:
    from openpyxl import load_workbook

    answer = client.get(path, params={"format": "csv"})
    assert answer.status_code == 200 and answer.content.startswith(BOM)
    rows = list(csv.reader(io.StringIO(answer.content.decode("utf-8-sig"))))
    sheet = load_workbook(io.BytesIO(client.get(path, params={"format": "xlsx"}).content)).active
    book = [[c.value for c in row] for row in sheet.iter_rows()]
    assert not [c for row in sheet.iter_rows() for c in row if c.data_type == "f"]
    assert not [c for c in _cells(rows) if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
    # a string cell of XLSX is never a formula: it holds the text as written, no ' before it (a fresh user's round 22
    # saw the apostrophe of '--始终坚持… in Excel)
    assert not [c for c in _cells(book) if c.startswith("'")]
    if path == "/reports":  # each title is there, as text a spreadsheet shows as written
        assert {f"'{t}" for t in TITLES} <= set(_cells(rows))
        assert set(TITLES) <= set(_cells(book))
        assert {c.data_type for row in sheet.iter_rows() for c in row if c.value in TITLES} == {"s"}


def test_node_and_edge_csv_start_with_a_bom_and_hold_no_formula(client: TestClient) -> None:
    for fmt in ("csv-nodes", "csv-edges"):
        answer = client.get("/export", params={"format": fmt})
        assert answer.status_code == 200 and answer.content.startswith(BOM), answer.content[:40]
        rows = list(csv.reader(io.StringIO(answer.content.decode("utf-8-sig"))))
        assert rows[0][0] in ("iri", "source") and len(rows) > 100
        assert not [c for c in _cells(rows) if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
    nodes = client.get("/export", params={"format": "csv-nodes"}).content.decode("utf-8-sig")
    assert {f"'{t}" for t in TITLES} <= {row["label"] for row in csv.DictReader(io.StringIO(nodes))}


def test_the_cli_writes_node_and_edge_csv_with_a_bom(tmp_path: Path) -> None:
    store, runner = str(tmp_path / "store"), CliRunner()
    (report_file := tmp_path / "r.txt").write_text(report(TITLES[0]), encoding="utf-8")
    assert runner.invoke(cli, ["ingest", str(report_file), "--store", store]).exit_code == 0
    for fmt in ("csv-nodes", "csv-edges"):
        out = tmp_path / f"{fmt}.csv"
        done = runner.invoke(cli, ["export", "--format", fmt, "--out", str(out), "--store", store])
        assert done.exit_code == 0, done.output
        assert out.read_bytes().startswith(BOM), out.read_bytes()[:40]
    labels = {row["label"] for row in csv.DictReader(io.StringIO((tmp_path / "csv-nodes.csv").read_text("utf-8-sig")))}
    assert f"'{TITLES[0]}" in labels


@pytest.mark.parametrize(("value", "kept"), [("-3", "-3"), ("-3.5", "-3.5"), ("+1.5e3", "+1.5e3"), ("2017-2021", "2017-2021"),
                                             ("-2+3", "'-2+3"), ("=1+1", "'=1+1"), ("@A1", "'@A1"), ("\r=1", "'\r=1"),
                                             ("湿地保护法", "湿地保护法")])
def test_a_cell_is_text_unless_a_spreadsheet_would_run_it_and_numbers_stay_numbers(value: str, kept: str) -> None:
    assert inert(value) == kept
    rows = list(csv.reader(io.StringIO(csv_text(["n", "text"], [[-7, value]]).removeprefix("\ufeff"), newline="")))
    assert rows == [["n", "text"], ["-7", kept]]
