"""``/laws?q=`` and ``/coverage?q=``: the laws whose title holds the words asked, compared as /search compares names
(newuser36 B3, round 51: /laws refused q, so one law was found through /search or /laws/{title} alone). Traditional
or simplified, full or half width, with or without 《》, several words each in the title; with the other filters and
the CSV and XLSX files. The filter is the route's on rows the store gives (the same code for both stores): embedded
store only."""
from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import pytest

from api_helpers import Api, catalog_api

ORGAN = "山东省人民代表大会常务委员会"
REPORTS = {
    "safety-2023.txt": ("2023年，省人大常委会对《中华人民共和国安全生产法》《山东省安全生产条例》开展执法检查。",
                        {"organ": ORGAN, "year": "2023"}),
    "farm-2024.txt": ("2024年，省人大常委会对《中华人民共和国农业法》开展执法检查。", {"organ": ORGAN, "year": "2024"}),
    "passing.txt": ("省人大常委会认真学习《中华人民共和国安全生产法》，审议通过《山东省森林条例》。",
                    {"organ": ORGAN, "year": "2024"}),
}
SAFETY_LAW, SAFETY_RULES = "中华人民共和国安全生产法", "山东省安全生产条例"


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    with catalog_api(tmp_path_factory.mktemp("store"), REPORTS) as api:
        yield api


def _titles(web: Api, path: str = "/laws", **params: str) -> set[str]:
    return {row["title"] for row in web.get(path, limit=1000, **params)["items"]}


@pytest.mark.parametrize("q", ["安全生产", "安全生產", "《安全生产》", "安全　生产", "安全生产", " 安全生产 "])
def test_a_title_s_words_in_either_script_width_or_brackets_find_the_laws(web: Api, q: str) -> None:
    assert _titles(web, q=q) == {SAFETY_LAW, SAFETY_RULES}


def test_several_words_must_all_be_in_the_title(web: Api) -> None:
    assert _titles(web, q="山东 安全生产") == {SAFETY_RULES}
    assert _titles(web, q="山東，條例") == {SAFETY_RULES, "山东省森林条例"}
    assert _titles(web, q="农业法") == {"中华人民共和国农业法"}
    assert _titles(web, q="没有这部法") == set()


def test_q_goes_with_the_other_filters(web: Api) -> None:
    assert _titles(web, q="安全生产", inspected="true") == {SAFETY_LAW, SAFETY_RULES}
    assert _titles(web, q="法", year="2024") == {"中华人民共和国农业法"}
    assert _titles(web, q="森林", inspected="false") == {"山东省森林条例"}
    assert _titles(web, q="安全生产", law_level="法律") == {SAFETY_LAW}
    covered = _titles(web, "/coverage", q="安全生产法", law_level="法律")
    assert SAFETY_LAW in covered and all("安全生产法" in title for title in covered)
    assert _titles(web, "/coverage", q="農業法", inspected="true") == {"中华人民共和国农业法"}


@pytest.mark.parametrize("q", ["《》", " ", "、"])
def test_a_query_holding_no_word_is_refused_or_ignored_never_a_silent_match_of_all(web: Api, q: str) -> None:
    answer = web.client.get("/laws", params={"q": q})
    if q.strip():
        assert answer.status_code == 422 and "q:" in answer.json()["detail"]
    else:  # a blank q is no filter, as a blank year= is none
        assert answer.status_code == 200 and answer.json()["total"] == web.get("/laws")["total"]


def test_the_csv_and_xlsx_hold_the_rows_q_keeps(web: Api) -> None:
    from openpyxl import load_workbook

    answer = web.client.get("/laws", params={"q": "安全生產", "format": "csv"})
    assert answer.status_code == 200
    assert {row["title"] for row in csv.DictReader(io.StringIO(answer.content.decode("utf-8-sig")))} == {SAFETY_LAW, SAFETY_RULES}
    answer = web.client.get("/laws", params={"q": "农业", "format": "xlsx"})
    sheet = load_workbook(io.BytesIO(answer.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 2 and "中华人民共和国农业法" in rows[1]

