"""One word, one meaning for levels across the API (newuser30 T6: ``level`` named the law's level on /laws and the
report's on /activities, and a province was ``province`` in answers but ``provincial`` in headers): ``level`` in every
row is a report's or an area's, in the five words ``/areas`` uses; a law's level is ``law_level``; the filters and a
header's ``level:`` read the older words and answer in those five."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app

from api_helpers import Api
from loaders import ReadError
from loaders.read.text import header_level

LEVELS = {"national", "province", "city", "county", "township"}
#: Every listing whose rows carry a level, and the column of each that is a law's.
ROUTES = ["/laws", "/coverage", "/activities", "/statistics", "/reports", "/areas", "/organs"]


@pytest.mark.parametrize("route", ROUTES)
def test_every_level_column_of_every_listing_speaks_one_vocabulary(api: Api, route: str) -> None:
    rows = api.items(route)
    assert rows, route
    for row in rows:
        assert {row.get(key) for key in ("level", "area_level") if key in row} <= LEVELS | {None}, (route, row)
        assert row.get("law_level") not in LEVELS, (route, row)
    if route in ("/laws", "/coverage"):  # the law's level, named as its filter is
        assert all("level" not in row and "law_level" in row for row in rows), route
        assert {row["law_level"] for row in rows} >= {"法律"}
    file = api.csv_rows(route)
    assert {row.get("level") or None for row in file} <= LEVELS | {None}, route


def test_the_coverage_summary_names_the_laws_level_as_its_rows_do(api: Api) -> None:
    summary = api.get("/coverage", limit=1)["summary"]
    assert summary and all(set(cell) >= {"law_level", "category"} and "level" not in cell for cell in summary)


@pytest.mark.parametrize(("route", "parameter"), [("/activities", "report_level"), ("/activities", "level"),
                                                   ("/reports", "report_level"), ("/statistics", "report_level"),
                                                   ("/areas", "level")])
def test_a_filter_reads_the_older_word_as_the_level_its_rows_name(api: Api, route: str, parameter: str) -> None:
    province = api.items(route, **{parameter: "province"})
    assert province and province == api.items(route, **{parameter: "provincial"}) == api.items(route, **{parameter: "省级"})
    assert {row.get("level") or row.get("area_level") for row in province} <= {"province"}


@pytest.mark.parametrize("route", ["/laws", "/coverage"])
@pytest.mark.parametrize("parameter", ["report_level", "level"])
def test_level_on_laws_and_coverage_is_the_reports_as_on_every_listing(api: Api, route: str, parameter: str) -> None:
    """newuser31 B7: ``level`` was the law's level on /laws and /coverage alone, while the README's header table and
    design T6 make it the report's on every listing; it is now ``report_level``'s older name there as elsewhere."""
    for level in ("province", "city", "county"):
        asked = api.get(route, limit=1000, **{parameter: level})
        assert asked == api.get(route, limit=1000, report_level=level)
        assert asked == api.get(route, limit=1000, **{parameter: {"province": "省级", "city": "地级", "county": "县"}[level]})
    assert api.get(route, limit=1000, level="city") != api.get(route, limit=1000)  # it filters
    assert "give one of them" in api.get(route, 422, level="city", report_level="county")["detail"]


@pytest.mark.parametrize("route", ["/laws", "/coverage"])
def test_a_laws_level_given_as_level_is_refused_naming_law_level(api: Api, route: str) -> None:
    """A law's level as ``level`` (its meaning on /laws before round 46) is answered by the filter that reads it."""
    for asked, law in (("地方性法规", "地方性法规"), ("NationalLaw", "法律")):
        detail = api.get(route, 422, level=asked)["detail"]
        assert f"is a law's level: law_level={law}" in detail and "\n" not in detail, detail
        assert api.get(route, limit=5, law_level=asked)["total"] > 0
    assert "report_level=city" in api.get(route, 422, law_level="city")["detail"]  # and the other way round


def test_a_headers_refusal_names_the_levels_as_answers_spell_them() -> None:
    assert header_level("provincial", "level") == header_level("province", "level") == header_level("省", "level")
    with pytest.raises(ReadError) as refused:
        header_level("村级", "level")
    listed = str(refused.value).split("or a level word")[0]
    assert "national, province, city, county, township" in listed and "provincial" not in listed
    assert "provincial" in str(refused.value)  # still a word it reads, listed under province


def test_the_facts_of_a_provincial_report_spell_its_level_as_the_api_does(tmp_path: Path) -> None:
    """``okg extract``'s Facts JSON names the report's level in the same five words (it said provincial)."""
    report = tmp_path / "province.txt"
    report.write_text("organ: 湖北省人大常委会\nlevel: 省级\nyear: 2023\n\n2023年，省人大常委会开展执法检查。\n", encoding="utf-8")
    facts = json.loads(CliRunner().invoke(app, ["extract", str(report), "--format", "facts"]).stdout)
    assert facts["report"]["level"] == "province"
