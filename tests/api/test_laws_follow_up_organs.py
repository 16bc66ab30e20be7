"""/laws' ``organs`` are the organs of the inspections it counts (newuser31 A5: 安康市, whose only statement of
食品安全法 was a follow-up of an inspection reported before, 审议意见落实情况的报告, was listed among the law's organs in
``/laws?report_level=city`` though no inspection of it was counted there); a follow-up's organs are
``follow_up_organs``. Both stores, reports written for the test in the genre's manner."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from api_helpers import BOTH_STORES, Api, api_of, empty_store, path_id
from loaders.build import build
from loaders.document import Document
from loaders.extract import extract

FOOD = "https://w3id.org/oversight-kg/id/law/中华人民共和国食品安全法"
PROVINCE, CITY = "陕西省人民代表大会常务委员会", "安康市人民代表大会常务委员会"
REPORTS = {  # file: (organ, level, year, text)
    "province.txt": (PROVINCE, "province", "2017", "2017年，省人大常委会对《中华人民共和国食品安全法》实施情况开展执法检查。"),
    "city.txt": (CITY, "city", "2018", "2018年，市人大常委会听取和审议了关于对检查《中华人民共和国食品安全法》实施情况"
                                       "报告的审议意见落实情况的报告。"),
}


@pytest.fixture(scope="module", params=BOTH_STORES)
def web(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    with empty_store(request, tmp_path_factory) as db:
        for name, (organ, level, year, text) in REPORTS.items():
            doc = Document(text=text, source=name, metadata={"organ": organ, "level": level, "year": year})
            built = build(doc, extract(doc))
            db.upsert_report(built.iri, built.graph, built.content_hash)
        with api_of(db) as api:
            yield api


def test_organs_are_those_of_the_counted_inspections_and_follow_ups_apart(web: Api) -> None:
    law = web.get(f"/laws/{path_id(FOOD)}")
    assert (law["times_inspected"], law["followed_up_only"]) == (1, 1), law
    assert [e["follow_up"] for e in sorted(law["evidence"], key=lambda e: e["year"])] == [False, True]
    assert (law["organs"], law["follow_up_organs"]) == ([PROVINCE], [CITY])


@pytest.mark.parametrize(("level", "inspected", "organs", "follow_ups"), [
    ("city", 0, set(), {CITY}), ("province", 1, {PROVINCE}, set())])
def test_a_report_levels_row_lists_only_the_organs_it_counts(web: Api, level: str, inspected: int, organs: set[str],
                                                            follow_ups: set[str]) -> None:
    [law] = [row for row in web.get("/laws", report_level=level, limit=1000)["items"] if row["iri"] == FOOD]
    assert law["times_inspected"] == inspected
    assert (set(law["organs"]), set(law["follow_up_organs"])) == (organs, follow_ups)
    [line] = [row for row in web.csv_rows("/laws", report_level=level) if row["iri"] == FOOD]
    assert ({*filter(None, line["organs"].split("; "))}, {*filter(None, line["follow_up_organs"].split("; "))}) == \
        (organs, follow_ups)
