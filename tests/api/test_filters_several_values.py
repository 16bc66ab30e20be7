"""Several values of one closed-set filter select their union, on both stores (round 48, issue 13 §4): OR within a
filter, AND across filters, written repeated (``kind=执法检查&kind=专题询问``) or listed in one value (``kind=执法检查,
专题询问``, 县级、市级), in either language; an unknown value among good ones is refused naming it. Round 47 refused every
list ("ask once per value"); the parameters still reading one value are tested in test_refusals_one_line.py."""
from __future__ import annotations

import io
from typing import Any

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from api_helpers import Api

#: (route, filter, two values each of which selects rows of the samples, and rows the other does not).
CASES = [
    ("/activities", "kind", "执法检查", "专题询问"),
    ("/activities", "kind", "LawEnforcementInspection", "视察"),
    ("/activities", "report_level", "county", "province"),
    ("/activities", "level", "县级", "national"),
    ("/activities", "status", "reported", "计划"),
    ("/activities", "issue", "agriculture-rural", "国有资产管理"),
    ("/statistics", "report_level", "county", "市级"),
    ("/statistics", "measure_class", "report_review", "special_inquiry"),
    ("/reports", "report_level", "county", "city"),
    ("/laws", "law_level", "法律", "地方性法规"),
    ("/laws", "report_level", "county", "province"),
    ("/laws", "inspected", "true", "followed_up_only"),
    ("/laws", "inspected", "false", "true"),
    ("/coverage", "law_level", "NationalLaw", "决定"),
    ("/coverage", "category", "行政法", "经济法"),
    ("/coverage", "inspected", "false", "followed_up_only"),
    ("/coverage", "report_level", "county", "省级"),
    ("/areas", "level", "county", "city"),
    ("/deputies", "kind", "LawEnforcementInspection", "SuggestionSupervision"),
]
IDS = [f"{path}?{name}={a},{b}" for path, name, a, b in CASES]
#: Filters whose two values select the same rows of the samples: their one named deputy took part in both kinds.
SAME_ROWS = {("/deputies", "kind")}


def _page(api: Api, path: str, params: Any) -> dict[str, Any]:
    """The JSON page of ``path`` with ``params`` (a list of pairs: a parameter may repeat), every row on it."""
    response = api.client.get(path, params=[*params, ("limit", "1000")])
    assert response.status_code == 200, (path, params, response.text[:400])
    page = response.json()
    assert page["total"] <= 1000 and len(page["items"]) == page["total"], (path, params, page["total"])
    return page


def _ids(api: Api, path: str, params: Any) -> list[str]:
    return [row["iri"] for row in _page(api, path, params)["items"]]


@pytest.mark.parametrize("path, name, a, b", CASES, ids=IDS)
def test_two_values_select_the_union_of_each_once(api: Api, path: str, name: str, a: str, b: str) -> None:
    one, other = set(_ids(api, path, [(name, a)])), set(_ids(api, path, [(name, b)]))
    assert one and other and ((path, name) in SAME_ROWS or (one - other and other - one)), (path, name, one, other)
    both = _ids(api, path, [(name, f"{a},{b}")])
    assert len(both) == len(set(both)), "a row matching two values is one row"
    assert set(both) == one | other


@pytest.mark.parametrize("path, name, a, b", CASES, ids=IDS)
def test_repeated_and_listed_forms_agree(api: Api, path: str, name: str, a: str, b: str) -> None:
    listed = _page(api, path, [(name, f"{a},{b}")])
    assert _page(api, path, [(name, a), (name, b)]) == listed
    for written in (f"{b}、{a}", f"{a}， {b}", f"{a};{b}", f"{a},{b},{a}"):
        assert _page(api, path, [(name, written)]) == listed, written


@pytest.mark.parametrize("path, name, a, b", CASES, ids=IDS)
def test_an_unknown_value_among_good_ones_is_refused_naming_it(api: Api, path: str, name: str, a: str, b: str) -> None:
    for asked in ([(name, f"{a},nonsense,{b}")], [(name, a), (name, "nonsense")]):
        response = api.client.get(path, params=asked)
        assert response.status_code == 422, (path, asked, response.text[:300])
        detail = response.json()["detail"]
        assert detail.startswith(f"{name}: ") and "'nonsense'" in detail and "\n" not in detail, detail
        assert f"'{a}'" not in detail and f"'{b}'" not in detail, detail


@pytest.mark.parametrize("path, name, a, b", [
    ("/activities", "kind", "执法检查", "专题询问"),
    ("/laws", "law_level", "法律", "地方性法规"),
    ("/coverage", "category", "行政法", "经济法"),
    ("/statistics", "report_level", "county", "city"),
])
def test_csv_and_xlsx_files_hold_the_union_as_the_page_does(api: Api, path: str, name: str, a: str, b: str) -> None:
    rows = api.csv_rows(path, **{name: f"{a},{b}"})
    assert len(rows) == _page(api, path, [(name, f"{a},{b}")])["total"] > len(api.csv_rows(path, **{name: a}))
    answer = api.client.get(path, params=[(name, a), (name, b), ("format", "xlsx")])
    assert answer.status_code == 200, answer.text[:300]
    header, *cells = load_workbook(io.BytesIO(answer.content), read_only=True).active.iter_rows(values_only=True)
    assert [dict(zip(header, row))["iri"] for row in cells] == [row["iri"] for row in rows]  # repeated, as XLSX


def test_coverage_counts_the_levels_asked(api: Api) -> None:
    page = _page(api, "/coverage", [("law_level", "法律,决定")])
    assert {cell["law_level"] for cell in page["summary"]} == {"法律", "决定"}
    alone = [_page(api, "/coverage", [("law_level", level)])["summary"] for level in ("法律", "决定")]
    assert sorted(page["summary"], key=repr) == sorted(alone[0] + alone[1], key=repr)


def test_filters_combine_as_and_across_or_within(api: Api) -> None:
    both = set(_ids(api, "/activities", [("kind", "执法检查,专题询问"), ("report_level", "county,province")]))
    pairs = [set(_ids(api, "/activities", [("kind", kind), ("report_level", level)]))
             for kind in ("执法检查", "专题询问") for level in ("county", "province")]
    assert both and both == set().union(*pairs)


def test_a_name_holding_a_separator_is_one_value(api: Api) -> None:
    """An issue's English label with a comma is that issue, not a list (``api.vocabulary.issue_named``)."""
    label = "Market regulation, food and drug safety"
    named = _ids(api, "/activities", [("issue", label)])
    assert named and named == _ids(api, "/activities", [("issue", "market-regulation")]), named


def test_report_level_and_its_older_name_agree_as_sets(client: TestClient) -> None:
    answer = client.get("/activities", params={"report_level": "county,city", "level": "city、county"})
    assert answer.status_code == 200, answer.text[:300]
    refused = client.get("/activities", params={"report_level": "county,city", "level": "county"})
    assert refused.status_code == 422 and "one filter" in refused.json()["detail"]


def test_the_blanks_a_list_leaves_are_dropped_and_a_blank_value_read_as_before(api: Api) -> None:
    assert _ids(api, "/activities", [("kind", "执法检查,")]) == _ids(api, "/activities", [("kind", "执法检查")])
    assert _ids(api, "/activities", [("report_level", "、county")]) == _ids(api, "/activities", [("report_level", "county")])
    assert _ids(api, "/activities", [("report_level", "")]) == _ids(api, "/activities", [])  # a form's empty field
    assert api.client.get("/activities", params={"kind": ""}).status_code == 422  # as round 47 refused it
