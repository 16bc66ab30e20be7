"""The level and year words of the listings' filters, on both stores (a fresh user's study 7, F6 and F8): the genre's
level words (区县, 市辖区, 地区, 盟, 副省级, prefecture …) as the words of their level, an empty filter as none, a backward
range or a two-digit last year refused saying what to write, ISO 8601's 2019/2020 as a range, and ``year=`` on
``/coverage`` counting the inspections ``/laws?year=`` keeps."""
from __future__ import annotations

import pytest

from api_helpers import Api

LEVEL_ROUTES = {"/laws": "report_level", "/coverage": "report_level", "/reports": "report_level",
                "/activities": "report_level", "/statistics": "report_level"}
#: The filter ``level`` is the older name of, by route: the law's level on /laws and /coverage, the report's elsewhere.
LEVEL_ALIAS = {"/laws": ("report_level", "province"), "/coverage": ("report_level", "省级"), "/reports": ("report_level", "county"),
               "/activities": ("report_level", "县级"), "/statistics": ("report_level", "county")}
YEAR_ROUTES = ["/laws", "/activities", "/statistics", "/reports", "/coverage"]


def _keys(api: Api, route: str, **params: str) -> list[tuple[str, int]]:
    """A listing's rows as (iri, its count of inspections on /coverage, else 0), in order."""
    return [(row["iri"], row.get("times_inspected", 0) if route == "/coverage" else 0)
            for row in api.items(route, **params)]


@pytest.mark.parametrize(("word", "level"), [
    ("区县", "county"), ("區縣", "county"), ("市辖区", "county"), ("county-level", "county"), ("District", "county"),
    ("地区", "city"), ("盟", "city"), ("副省級", "city"), ("计划单列市", "city"), ("prefecture", "city"),
])
def test_the_genre_s_level_words_filter_as_their_level(api: Api, word: str, level: str) -> None:
    for route, parameter in LEVEL_ROUTES.items():
        wanted = _keys(api, route, **{parameter: level})
        assert _keys(api, route, **{parameter: word}) == wanted, (route, word)
    assert _keys(api, "/reports", level=level), "the samples hold reports of this level: the test can fail"


@pytest.mark.parametrize("word", ["村级", "省市", "countryside"])
def test_a_word_of_no_level_is_refused_naming_the_parameter(api: Api, word: str) -> None:
    for route, parameter in LEVEL_ROUTES.items():
        detail = api.get(route, 422, **{parameter: word})["detail"]
        assert detail.startswith(f"{parameter}: {word!r} is not a level") and "区县" in detail, (route, detail)


@pytest.mark.parametrize("route", list(LEVEL_ALIAS))
def test_level_is_the_alias_of_the_filter_its_route_named(api: Api, route: str) -> None:
    """``law_level`` is a law's level, ``report_level`` the reports', everywhere; ``level`` is ``report_level``'s older
    name on every route (round 46, newuser31 B7: on /laws and /coverage it was the law's), and cannot say two things at
    once."""
    name, value = LEVEL_ALIAS[route]
    kept = _keys(api, route, **{name: value})
    assert kept and kept != _keys(api, route), "the filter keeps some rows and not all: the test can fail"
    assert _keys(api, route, level=value) == kept == _keys(api, route, level=value, **{name: value})
    other = "township" if name == "report_level" else "地方性法规"
    detail = api.get(route, 422, level=other, **{name: value})["detail"]
    assert detail.startswith(f"{name}={value!r} and level={other!r}") and "one filter" in detail
    refused = api.get(route, 422, **{name: "nonsense"})["detail"]
    assert refused.startswith(f"{name}: "), refused  # the name given is the one the refusal names
    assert api.get(route, 422, level="nonsense")["detail"].startswith("level: ")


@pytest.mark.parametrize("blank", ["", " "])
def test_an_empty_level_or_year_is_no_filter(api: Api, blank: str) -> None:
    """A form's empty field sends ``report_level=``: no filter, as leaving it out is."""
    for route, parameter in LEVEL_ROUTES.items():
        assert _keys(api, route, **{parameter: blank}) == _keys(api, route), route
    for route in YEAR_ROUTES:
        assert _keys(api, route, year=blank) == _keys(api, route), route


@pytest.mark.parametrize(("typed", "right"), [("2020-2017", "2017-2020"), ("2024—2018", "2018-2024"),
                                              ("2021年至2019年", "2019-2021"), ("２０２０-２０１８", "2018-2020")])
def test_a_backward_range_says_it_runs_backwards_and_gives_it_the_right_way_round(api: Api, typed: str, right: str) -> None:
    for route in YEAR_ROUTES:
        detail = api.get(route, 422, year=typed)["detail"]
        assert detail == f"year: {typed!r} runs backwards; write the first year first: {right}", (route, detail)


@pytest.mark.parametrize(("typed", "full"), [("2019-20", "2019-2020"), ("2017–21", "2017-2021"), ("2011-12", "2011-2012")])
def test_a_two_digit_last_year_is_asked_in_full(api: Api, typed: str, full: str) -> None:
    """2011-12 is December 2011 in ISO 8601: a range written so is asked in full rather than guessed."""
    for route in YEAR_ROUTES:
        detail = api.get(route, 422, year=typed)["detail"]
        assert detail.startswith(f"year: {typed!r} gives its last year in two digits") and detail.endswith(full), detail


def test_an_iso_interval_is_a_range(api: Api) -> None:
    for route in YEAR_ROUTES:
        assert _keys(api, route, year="2017/2020") == _keys(api, route, year="2017-2020"), route


@pytest.mark.parametrize("year", ["2018", "2020", "2017-2018", "2019/2021", "2024"])
def test_coverage_of_a_year_counts_the_inspections_laws_of_that_year_keeps(api: Api, year: str) -> None:
    laws = {row["iri"]: row["times_inspected"] for inspected in ("true", "followed_up_only")  # apart since round 36
            for row in api.items("/laws", inspected=inspected, year=year)}
    assert laws or year == "2019/2021", "the samples state inspections in this year: the test can fail"
    covered = {row["iri"]: row["times_inspected"] for row in api.items("/coverage", year=year)
               if row["times_inspected"] or row["followed_up_only"]}  # a follow-up alone is inspected (round 30)
    assert covered == laws
    every = {row["iri"]: row["times_inspected"] for row in api.items("/coverage")}
    assert all(times <= every[iri] for iri, times in covered.items())


def test_coverage_by_year_and_report_level_combine(api: Api) -> None:
    both = {row["iri"] for row in api.items("/coverage", year="2018-2024", report_level="区县")
            if row["times_inspected"] or row["followed_up_only"]}
    assert both == {row["iri"] for row in api.items("/laws", year="2018-2024", report_level="county")}
    never = api.get("/coverage", year="1990", inspected="false")["summary"]
    assert never and all(cell["inspected"] == 0 for cell in never)
