"""A year filter keeps the year's own rows; a multi-year total only when its whole range is asked or include_ranges=true,
and the answer says how many it left out (round 33). A fresh user's round 32: `/statistics?measure=
law_enforcement_inspection&year=2020` gave 广安's 2017-2021 total of 28 and 宜昌's 2019-2023 total of 23 beside 2020's own
rows, so the column summed for 2020 gave 51 from two five-year totals."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app
from api.ingest import expand, ingest
from api_helpers import Api, api_of
from graph.backends.embedded import EmbeddedStore

#: (file, year header, sentence): two term reports' totals and one year's own, in the words term reports use.
REPORTS = [
    ("guangan", "2017-2021", "广安市", "五年来，常委会共开展执法检查28项。常委会对《中华人民共和国水法》实施情况开展执法检查。"),
    ("yichang", "2019-2023", "宜昌市", "本届以来，常委会累计开展执法检查23次，听取专项工作报告40个。"
                                       "常委会对《中华人民共和国森林法》开展了执法检查。"),
    ("deyang", "2020", "德阳市", "今年，常委会开展执法检查3项。常委会对《中华人民共和国草原法》开展执法检查。"),
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("year-ranges")
    for name, year, city, sentence in REPORTS:
        (folder / f"{name}.txt").write_text(f"title: {city}人大常委会工作报告\norgan: {city}人民代表大会常务委员会\n"
                                            f"year: {year}\n\n{sentence}\n", encoding="utf-8")
    path = folder / "store"
    with EmbeddedStore(path) as store:
        ingest(expand([folder]), store)
    return path


@pytest.fixture(scope="module")
def web(store_path: Path) -> Iterator[Api]:
    with EmbeddedStore(store_path, access="read") as store, api_of(store) as api:
        yield api


def values(page: dict) -> list[tuple[int | None, int | None, int | None, float]]:
    return sorted(((row["year"], row["year_from"], row["year_to"], float(row["value"])) for row in page["items"]),
                  key=lambda v: (v[1], v[2], v[3]))


@pytest.mark.parametrize("route", ["/statistics", "/activities"])
def test_a_year_keeps_its_own_rows_and_says_how_many_ranges_it_left_out(web: Api, route: str) -> None:
    params = {"measure": "执法检查"} if route == "/statistics" else {"kind": "执法检查"}
    own, every = web.get(route, year=2020, **params), web.get(route, year=2020, include_ranges="true", **params)
    assert own["items"] and all(row["year"] == 2020 for row in own["items"])
    ranged = [row for row in every["items"] if row["year"] is None]
    assert {(row["year_from"], row["year_to"]) for row in ranged} == {(2017, 2021), (2019, 2023)}
    assert own["ranges_left_out"] == len(ranged) == len(every["items"]) - len(own["items"])
    assert every["ranges_left_out"] == 0 and web.get(route, **params)["ranges_left_out"] == 0


def test_the_sum_for_a_year_adds_no_multi_year_total(web: Api) -> None:
    assert values(web.get("/statistics", measure="执法检查", year=2020)) == [(2020, 2020, 2020, 3.0)]
    assert sum(v for *_, v in values(web.get("/statistics", measure="执法检查", year=2020, include_ranges="true"))) == 54


@pytest.mark.parametrize(("year", "kept"), [
    ("2017-2021", [(None, 2017, 2021, 28.0), (2020, 2020, 2020, 3.0)]),  # the whole range asked
    ("2017-2023", [(None, 2017, 2021, 28.0), (None, 2019, 2023, 23.0), (2020, 2020, 2020, 3.0)]),
    ("2021-2023", []),  # 2019-2023 reaches beyond it, 2017-2021 too
    ("2016", []),
])
def test_a_range_is_kept_when_it_lies_in_the_years_asked(web: Api, year: str, kept: list) -> None:
    assert values(web.get("/statistics", measure="执法检查", year=year)) == kept


def test_files_and_okg_ask_say_what_was_left_out(web: Api, store_path: Path) -> None:
    answer = web.client.get("/statistics", params={"measure": "执法检查", "year": "2020", "format": "csv"})
    assert answer.headers["X-Ranges-Left-Out"] == "2"
    assert [row["value"] for row in csv.DictReader(io.StringIO(answer.text.lstrip("\ufeff")))] == ["3"]
    done = CliRunner().invoke(app, ["ask", "statistics", "measure=执法检查", "year=2020", "--store", str(store_path)])
    assert done.exit_code == 0 and "2 rows dated by a range" in done.stderr and "include_ranges=true" in done.stderr
    asked = CliRunner().invoke(app, ["ask", "statistics", "measure=执法检查", "year=2020", "include_ranges=true", "--json",
                                     "--store", str(store_path)])
    assert json.loads(asked.stdout)["total"] == 3
