"""A coverage year no stored report covers (round 36, newuser20 §13: ``coverage year=2030`` answered every law uninspected,
silently): it still answers, an empty year being a fact, and says which years asked rest on no report, as an empty
listing says it holds no row; on both stores."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from api.ask import notes
from api_helpers import BOTH_STORES, Api, api_of
from shared_stores import SharedStore


@pytest.fixture(scope="module", params=BOTH_STORES)
def web(request: pytest.FixtureRequest, shared_samples: SharedStore) -> Iterator[Api]:
    with api_of(shared_samples.read_only(request.param)) as api:
        yield api


def held_years(web: Api) -> set[int]:
    return {year for r in web.items("/reports") for year in range(r["year_from"] or r["year"], (r["year_to"] or r["year"]) + 1)}


@pytest.mark.parametrize("inspected", [None, False])
def test_a_year_after_every_report_answers_and_says_no_report_covers_it(web: Api, inspected: bool | None) -> None:
    late = max(held_years(web)) + 5
    body = web.get("/coverage", year=late, **({} if inspected is None else {"inspected": "false"}))
    assert body["total"] > 0 and body["years_without_reports"] == [late]
    assert any(f"no stored report covers {late}" in line for line in notes(body))


def test_a_range_names_only_its_years_without_reports(web: Api) -> None:
    held = held_years(web)
    last = max(held)
    body = web.get("/coverage", year=f"{last}-{last + 2}")
    assert body["years_without_reports"] == [last + 1, last + 2]


def test_a_year_held_says_nothing(web: Api) -> None:
    body = web.get("/coverage", year=min(held_years(web)))
    assert body["years_without_reports"] == []
    assert not any("no stored report covers" in line for line in notes(body))
