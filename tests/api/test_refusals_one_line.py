"""A number out of its range or a list in a parameter that reads one value is refused in one line naming the
parameter, the value and what it takes, as every other refusal (round 47, issue 13: the validator's raw text named half
the range and no value, and ``level=county,city`` was an unknown value like any typo); since round 48 the closed-set
filters read a list or a repeat as several values."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from api.vocabulary import refuse_number
from graph import Store


@pytest.mark.parametrize("url, name, value, allowed", [
    ("/laws?limit=999999999", "limit", "999999999", "1–1000"),  # a page's size: OKG_MAX_LIMIT's (round 48, B8)
    ("/laws?limit=0", "limit", "0", "1–1000"),
    ("/activities?offset=-1", "offset", "-1", "0–10000000"),
    ("/entities/law%2Fx/neighbors?depth=9", "depth", "9", "1–3"),
    ("/entities/law%2Fx/neighbors?limit=2001", "limit", "2001", "1–2000"),
    ("/paths?from=a&to=b&max_hops=99", "max_hops", "99", "1–6"),
])
def test_a_number_out_of_range_names_its_value_and_whole_range(client: TestClient, url: str, name: str, value: str,
                                                               allowed: str) -> None:
    detail = client.get(url).json()["detail"]
    assert detail == f"{name}: value {value!r} out of range; allowed range: {allowed}"


@pytest.mark.parametrize("max_limit", [1000, 50])
@pytest.mark.parametrize("path", ["/laws", "/activities", "/search", "/reports/{report}"])
def test_a_page_size_refused_names_one_range_below_and_above(sample_store: Store, max_limit: int, path: str) -> None:
    """A new user's round 48, B8: ``limit=0`` named 1–100000 (the bound declared), then ``limit=100000`` "at most 1000
    items per page": below and above, a page's ``limit`` names the same range, that of ``OKG_MAX_LIMIT``."""
    report = sample_store.reports()[0]["iri"].rsplit("/id/", 1)[1]
    url, asked_for = path.format(report=report), {"q": "法"} if path == "/search" else {}
    with TestClient(create_app(sample_store, Settings(max_limit=max_limit)), base_url="http://127.0.0.1") as client:
        for value in (0, max_limit + 1, 100_000, 999_999_999):
            asked = client.get(url, params={**asked_for, "limit": value})
            assert asked.status_code == 422, (value, asked.text)
            said = asked.json()["detail"]
            assert said.startswith(f"limit: value '{value}' out of range; allowed range: 1–{max_limit}"), said
            assert ("page through with offset" in said) == (max_limit < value <= 100_000), said  # the next pages, where
            # a page of that size could be asked
        assert client.get(url, params={**asked_for, "limit": max_limit}).status_code == 200


@pytest.mark.parametrize("url, name, value", [
    ("/laws?limit=abc", "limit", "abc"),
    ("/laws?evidence_limit=1.5", "evidence_limit", "1.5"),
    ("/entities/law%2Fx/neighbors?depth=two", "depth", "two"),
])
def test_no_whole_number_is_refused_with_the_range(client: TestClient, url: str, name: str, value: str) -> None:
    detail = client.get(url).json()["detail"]
    assert detail.startswith(f"{name}: value {value!r} not a whole number; allowed range: ")
    assert "Input should" not in detail


@pytest.mark.parametrize("url, name, values", [
    ("/laws?repealed=true,false", "repealed", ["true", "false"]),
    ("/coverage?repealed=true、any", "repealed", ["true", "any"]),
    ("/activities?follow_up=true;false", "follow_up", ["true", "false"]),
    ("/export?format=ttl,nt", "format", ["ttl", "nt"]),
    # the same parameters repeated
    ("/laws?repealed=true&repealed=false", "repealed", ["true", "false"]),
    ("/activities?follow_up=true&follow_up=false", "follow_up", ["true", "false"]),
])
def test_several_values_of_a_parameter_reading_one_say_how_to_ask_for_each(client: TestClient, url: str, name: str,
                                                                            values: list[str]) -> None:
    """The parameters left one value since round 48 (whose "any" is a value or their absence, a file's format): the
    closed-set filters take several (tests/api/test_filters_several_values.py)."""
    response = client.get(url)
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert "\n" not in detail and detail.startswith(f"{name}: ")
    assert f"{name} reads one value: ask once per value ({name}={values[0]}, then {name}={values[1]})" in detail


@pytest.mark.parametrize("url, name", [("/areas?level=county", "level"), ("/activities?status=reported", "status"),
                                       ("/activities?kind=视察", "kind")])
def test_one_value_is_still_read(client: TestClient, url: str, name: str) -> None:
    assert client.get(url).status_code == 200, name


@pytest.mark.parametrize("low, high, allowed", [(1, 20, "1–20"), (0, None, "at least 0"), (None, 9, "at most 9"),
                                                (None, None, "any whole number")])
def test_a_number_refused_names_the_bounds_its_route_declares(low: int | None, high: int | None, allowed: str) -> None:
    assert refuse_number("n", "abc", low, high, False).detail == f"n: value 'abc' not a whole number; allowed range: {allowed}"
