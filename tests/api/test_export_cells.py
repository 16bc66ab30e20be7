"""Every cell of a listing's file is one a spreadsheet opens (a first-time analyst, round 40, finding 1: /laws' mentions
cell held 1,059,630 characters in CSV, and the XLSX cut it at Excel's 32,767 mid-URL without a word): a list cell holds
a bounded number of items and a note counting the rest and naming where they are whole, in CSV and XLSX alike; the
/laws file fills evidence_total and mentions_total. The route on both stores."""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.ingest import write_reports
from api.tabular import CELL_CHARS, Cut, cell, table
from graph import Store
from loaders import load
from loaders.build.mentions import MENTIONS_KEPT

LAW = "中华人民共和国大气污染防治法"
HEADER = "organ: 长子县人民代表大会常务委员会\nlevel: county\nyear: 2024\n\n"
OPENING = f"2024年11月，长子县人大常委会执法检查组对《{LAW}》贯彻实施情况开展执法检查。\n"
#: Distinct sentences naming the law without inspecting it, each about 120 characters: 400 of them pass 32,767.
MENTION = ("第{n}项，县环保局在会上介绍了落实《" + LAW + "》的有关做法和下一步打算，会议要求各乡镇对照法律规定抓好整改，"
           "把扬尘治理、机动车尾气治理和工业企业排放监管的责任落到具体单位和具体人员。\n")
MENTIONS = 400


@pytest.fixture()
def store(emptied_store: Store) -> Store:
    """An empty store of each kind, one per module emptied for each test (the reference graphs kept)."""
    return emptied_store


@pytest.fixture()
def client(store: Store, tmp_path: Path) -> TestClient:
    """A client of a store whose reports name the law in :data:`MENTIONS` sentences beside inspecting it: each report
    names it at most ``MENTIONS_KEPT`` times (the mentions a report keeps of one law, round 51), so the sentences are
    shared out over as many reports as that takes."""
    numbers = list(range(1, MENTIONS + 1))
    reports = []
    for part, start in enumerate(range(0, MENTIONS, MENTIONS_KEPT - 1)):
        path = tmp_path / f"many-{part}.txt"
        told = "".join(MENTION.format(n=n) for n in numbers[start:start + MENTIONS_KEPT - 1])
        path.write_text(HEADER + OPENING + told, encoding="utf-8")
        reports.append((str(path), load(str(path))))
    write_reports(store, reports)
    return TestClient(create_app(store), base_url="http://127.0.0.1")


def _csv_law(client: TestClient, **params: str) -> dict[str, str]:
    answer = client.get("/laws", params={"inspected": "true", "format": "csv", **params})
    assert answer.status_code == 200, answer.text
    rows = [row for row in csv.DictReader(io.StringIO(answer.content.decode("utf-8-sig"))) if row["title"] == LAW]
    assert len(rows) == 1
    return rows[0]


def _xlsx_law(client: TestClient, **params: str) -> dict[str, object]:
    from openpyxl import load_workbook

    answer = client.get("/laws", params={"inspected": "true", "format": "xlsx", **params})
    sheet = load_workbook(io.BytesIO(answer.content), read_only=True).active
    header, *rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    found = [dict(zip(header, row)) for row in rows if row[header.index("title")] == LAW]
    assert len(found) == 1
    return found[0]


def test_the_laws_file_bounds_mentions_as_the_json_does_and_counts_them(client: TestClient) -> None:
    answer = client.get("/laws", params={"inspected": "true"})
    assert answer.status_code == 200, answer.text
    whole = answer.json()["items"]
    law = next(item for item in whole if item["title"] == LAW)
    total = law["mentions_total"]
    assert total >= MENTIONS and len(law["mentions"]) == 20  # the JSON's default mentions_limit
    row = _csv_law(client)
    assert row["mentions_total"] == str(total) and row["evidence_total"] == str(law["evidence_total"])
    shown = row["mentions"].split("; ")
    assert len(shown) == 21 and shown[:20] == [cell([item]) for item in law["mentions"]]
    assert shown[-1].startswith(f"… {total - 20:,} more ({total:,} in all): GET /laws/")
    assert "mentions_limit=" in shown[-1]
    assert _xlsx_law(client)["mentions"] == row["mentions"]


def test_every_mention_asked_for_is_cut_at_a_cell_with_a_note(client: TestClient) -> None:
    row = _csv_law(client, mentions_limit="100000")
    assert len(row["mentions"]) <= CELL_CHARS
    note = re.search(r"… ([\d,]+) more \(([\d,]+) in all\): GET /laws/", row["mentions"])
    assert note, row["mentions"][-300:]
    left, total = (int(group.replace(",", "")) for group in note.groups())
    assert total == int(row["mentions_total"]) and 0 < left < total
    assert len(row["mentions"].split("; ")) == total - left + 1  # the shown ones and the note
    sheet = _xlsx_law(client, mentions_limit="100000")
    assert sheet["mentions"] == row["mentions"]


@pytest.mark.parametrize("pieces", [3, 100, 101, 5000])
def test_a_list_cell_holds_at_most_its_items_and_counts_the_rest(pieces: int) -> None:
    values = [f"第{n}句" for n in range(pieces)]
    spelt = cell(values)
    assert isinstance(spelt, str)
    parts = spelt.split("; ")
    if pieces <= 100:
        assert parts == values
    else:
        assert parts[:100] == values[:100]
        assert parts[100] == f"… {pieces - 100:,} more ({pieces:,} in all): the JSON answer (format=json) holds them all"
    assert cell(values, Cut(2, "see /x")).split("; ") == [*values[:2], f"… {pieces - 2:,} more ({pieces:,} in all): see /x"]


@pytest.mark.parametrize("size", [CELL_CHARS, CELL_CHARS + 1, 200_000])
def test_a_long_text_is_cut_at_a_cell_with_its_length(size: int) -> None:
    text = "执" * size
    spelt = cell(text)
    assert isinstance(spelt, str) and len(spelt) <= CELL_CHARS
    if size <= CELL_CHARS:
        assert spelt == text
    else:
        assert spelt.endswith(f" … [cut: {size:,} characters; the JSON answer (format=json) holds them all]")
    one_long = cell([{"text": text, "source": "a.txt"}, {"text": "短句"}])
    assert isinstance(one_long, str) and len(one_long) <= CELL_CHARS
    if size > CELL_CHARS:
        assert one_long.endswith("… 1 more (2 in all): the JSON answer (format=json) holds them all")


def test_each_column_keeps_its_own_bound() -> None:
    columns, rows = table([{"a": list(range(5)), "b": list(range(5))}], cuts={"a": Cut(1, "there")})
    assert columns == ["a", "b"]
    assert rows == [["0; … 4 more (5 in all): there", "0; 1; 2; 3; 4"]]
