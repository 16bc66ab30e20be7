"""An inspection and its follow-up told apart, on both stores (round 30, a first-time analyst's): a handling report of an
inspection's review opinions (研究处理…执法检查报告及审议意见情况的报告) whose inspection no stored report states (it was
reported in an earlier year's report) is a follow-up, not one more inspection: ``/organs`` and ``/areas`` count it in
``follow_ups``, not ``inspections``; ``/activities`` lists it with ``follow_up`` true, ``follow_up=false`` leaving it out
of ``kind=执法检查``; ``/laws`` and ``/coverage`` count its law in ``followed_up_only``, neither inspected that year nor
never inspected. Once the earlier report is stored, the follow-up joins its inspection."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from api_helpers import BOTH_STORES, Api, api_of, upsert_text
from graph import Store
from shared_stores import SharedStore

ORGAN = "十堰市人民代表大会常务委员会"
ORGAN_IRI = "https://w3id.org/oversight-kg/id/organ/" + ORGAN
LAW = "https://w3id.org/oversight-kg/id/law/中华人民共和国"
AIR, WATER = LAW + "大气污染防治法", LAW + "水法"
#: The year's report: the air law's inspection was reported the year before; the water law's is this year's.
FOLLOWING = ("2023年，市人大常委会听取和审议了市人民政府关于研究处理《中华人民共和国大气污染防治法》执法检查报告及审议意见"
             "情况的报告。5月，市人大常委会组织开展《中华人民共和国水法》执法检查。")
EARLIER = "2022年，市人大常委会对《中华人民共和国大气污染防治法》开展执法检查。"


@pytest.fixture(scope="module", params=BOTH_STORES)
def store(request: pytest.FixtureRequest, shared_samples: SharedStore) -> Iterator[Store]:
    with shared_samples.writable(request.param) as db:
        upsert_text(db, "shiyan-2023.txt", FOLLOWING, organ=ORGAN, year="2023",
                    url="http://example.org/follow-ups/shiyan-2023")
        yield db


@pytest.fixture(scope="module")
def web(store: Store) -> Iterator[Api]:
    with api_of(store) as api:
        yield api


def _organ(web: Api) -> dict:
    (row,) = [row for row in web.items("/organs", q=ORGAN) if row["iri"] == ORGAN_IRI]
    return row


def test_the_follow_up_is_no_second_inspection_of_its_organ(web: Api) -> None:
    assert (_organ(web)["inspections"], _organ(web)["follow_ups"]) == (1, 1)
    (file_row,) = [row for row in web.csv_rows("/organs", q=ORGAN) if row["iri"] == ORGAN_IRI]
    assert (file_row["inspections"], file_row["follow_ups"]) == ("1", "1")


def test_an_inspection_listing_tells_the_follow_up_apart(web: Api) -> None:
    listed = web.items("/activities", kind="执法检查", organ=ORGAN)
    assert sorted((row["laws"], row["follow_up"]) for row in listed) == [([AIR], True), ([WATER], False)]
    assert [row["laws"] for row in web.items("/activities", kind="执法检查", organ=ORGAN, follow_up="false")] == [[WATER]]
    assert {row["laws"][0] for row in web.items("/activities", organ=ORGAN, follow_up="true")} == {AIR}
    assert sorted(row["follow_up"] for row in web.csv_rows("/activities", kind="执法检查", organ=ORGAN)) == ["false", "true"]


def test_the_law_followed_up_is_neither_inspected_that_year_nor_never_inspected(web: Api) -> None:
    laws = {row["iri"]: row for row in web.items("/laws", organ=ORGAN)}
    assert (laws[AIR]["times_inspected"], laws[AIR]["followed_up_only"]) == (0, 1)
    assert (laws[AIR]["years"], laws[AIR]["follow_up_years"]) == ([], [2023])
    assert (laws[WATER]["times_inspected"], laws[WATER]["followed_up_only"], laws[WATER]["years"]) == (1, 0, [2023])
    coverage = web.get("/coverage", organ=ORGAN, limit=5)
    assert {row["iri"]: (row["times_inspected"], row["followed_up_only"]) for row in coverage["items"]
            if row["iri"] in (AIR, WATER)} == {AIR: (0, 1), WATER: (1, 0)}
    national = {(cell["law_level"], cell["category"]): cell for cell in coverage["summary"]}
    assert sum(cell["followed_up_only"] for cell in national.values()) == 1
    assert all(cell["laws"] == cell["inspected"] + cell["followed_up_only"] + cell["never_inspected"]
               for cell in national.values())
    never = {row["iri"] for row in web.csv_rows("/coverage", organ=ORGAN, inspected="false", repealed="any")}
    assert AIR not in never and WATER not in never
    # each value of inspected= lists one of the summary's three counts (a new user's round 36, finding 11)
    assert {row["iri"] for row in web.csv_rows("/coverage", organ=ORGAN, inspected="true")} >= {WATER}
    assert AIR not in {row["iri"] for row in web.csv_rows("/coverage", organ=ORGAN, inspected="true")}
    for spelled in ("followed_up_only", "followed-up-only"):
        assert [row["iri"] for row in web.csv_rows("/coverage", organ=ORGAN, inspected=spelled)] == [AIR]
        assert [row["iri"] for row in web.items("/laws", organ=ORGAN, inspected=spelled)] == [AIR]
    assert [row["iri"] for row in web.items("/laws", organ=ORGAN, inspected="true")] == [WATER]


def test_the_area_counts_the_follow_up_apart(web: Api) -> None:
    (row,) = [row for row in web.items("/areas") if row["label"] == "十堰市"]
    assert (row["inspections"], row["follow_ups"]) == (1, 1)
    # its law is no law inspected: laws_inspected as /laws?inspected=true lists them, the follow-up's apart as
    # inspected=followed_up_only does (round 34, a first-time analyst's class 8: 宜昌's laws_inspected 2 beside
    # inspections 1; a new user's round 36, finding 11: laws_inspected held the laws only followed up)
    laws = web.items("/laws", inspected="true", jurisdiction=row["code"])
    followed = web.items("/laws", inspected="followed_up_only", jurisdiction=row["code"])
    assert (row["laws_inspected"], row["laws_followed_up_only"]) == (len(laws), len(followed)) == (1, 1)
    assert [law["iri"] for law in followed] == [AIR]
    (organ,) = [o for o in web.items(f"/areas/{row['code']}/organs") if o["iri"] == ORGAN_IRI]
    assert (organ["laws_inspected"], organ["laws_followed_up_only"]) == (1, 1)
    (file_row,) = [r for r in web.csv_rows("/areas", q="十堰") if r["code"] == row["code"]]
    assert (file_row["laws_inspected"], file_row["laws_followed_up_only"]) == ("1", "1")


def test_once_the_inspection_is_stored_the_follow_up_joins_it(store: Store, web: Api) -> None:
    upsert_text(store, "shiyan-2022.txt", EARLIER, organ=ORGAN, year="2022", url="http://example.org/follow-ups/shiyan-2022")
    laws = {row["iri"]: row for row in web.items("/laws", organ=ORGAN)}
    assert (laws[AIR]["times_inspected"], laws[AIR]["followed_up_only"]) == (1, 0)
    assert (laws[AIR]["years"], laws[AIR]["follow_up_years"]) == ([2022], [2023])
    assert (_organ(web)["inspections"], _organ(web)["follow_ups"]) == (2, 1)
    (row,) = [row for row in web.items("/areas") if row["label"] == "十堰市"]
    assert (row["laws_inspected"], row["laws_followed_up_only"]) == (2, 0)
