"""An ambiguous inspected title is a row analysts see, on both stores (a first-time analyst's class 8, round 30).

The Xinzhou seed inspects 城市绿化条例 bare: a Wuhan district's report may mean 武汉市城市绿化条例 or the State Council's
城市绿化条例, and the extractor marks it ambiguous with both candidates. The inspection concerned no law node, so it left
/laws and /coverage. Now the title is an ``okg:AmbiguousLawTitle`` row stating its readings, none chosen: the State
Council's regulation is not said to be inspected, nor is the Wuhan one.
"""
from __future__ import annotations

from typing import Any

from api_helpers import Api, path_id

TITLE = "城市绿化条例"
READINGS = {"城市绿化条例": "行政法规", "武汉市城市绿化条例": "地方性法规"}
XINZHOU = "武汉市新洲区人民代表大会常务委员会"


def _ambiguous(rows: list[dict[str, Any]]) -> dict[str, Any]:
    (row,) = [row for row in rows if row["title"] == TITLE and row["ambiguous"]]
    return row


def test_the_laws_table_lists_the_ambiguous_title_with_its_readings(api: Api) -> None:
    laws = api.get("/laws", inspected="true", limit=1000)["items"]
    row = _ambiguous(laws)
    assert row["law_level"] is None and row["times_inspected"] == 1 and row["organs"] == [XINZHOU]
    assert {c["title"]: c["law_level"] for c in row["candidates"]} == READINGS
    assert any(TITLE in e["text"] for e in row["evidence"])
    assert all(not law["ambiguous"] and law["candidates"] == [] for law in laws if law is not row)
    assert {c["iri"] for c in row["candidates"]}.isdisjoint(law["iri"] for law in laws)  # no reading chosen
    assert api.get(f"/laws/{path_id(row['iri'])}") == row


def test_coverage_lists_the_ambiguous_title_and_credits_no_reading(api: Api) -> None:
    row = _ambiguous(api.items("/coverage", inspected="true"))
    assert row["times_inspected"] == 1 and row["in_catalog"] is False and row["law_level"] is None
    assert {c["title"] for c in row["candidates"]} == set(READINGS)
    (national,) = [r for r in api.csv_rows("/coverage", inspected="false") if r["title"] == TITLE]  # every row
    assert (national["in_catalog"], national["times_inspected"], national["ambiguous"]) == ("true", "0", "false")


def test_the_csv_of_the_laws_table_states_the_ambiguity(api: Api) -> None:
    iri = _ambiguous(api.items("/laws", inspected="true"))["iri"]
    (row,) = [row for row in api.csv_rows("/laws", inspected="true") if row["iri"] == iri]
    assert row["ambiguous"] == "true" and "武汉市城市绿化条例" in row["candidates"] and row["law_level"] == ""
