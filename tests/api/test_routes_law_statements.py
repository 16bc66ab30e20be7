"""How many of a law's statements ``/laws`` lists, on both stores (round 27, first-time reviewers: one huge report
naming a law thousands of times made ``/laws?limit=3`` answer 3.6 MB): each law lists the first ``evidence_limit``
statements of its inspections and ``mentions_limit`` of its other mentions, with how many there are of each, and
``/laws/{id}`` lists every one."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from api.routes.laws import MENTIONS_LIMIT
from api_helpers import BOTH_STORES, Api, api_of, path_id, upsert_text
from shared_stores import SharedStore

LAW = "中华人民共和国土壤污染防治法"
NAMED = MENTIONS_LIMIT + 7  # sentences naming the law in passing, more than a listing shows
INSPECTED = 5  # sentences stating its inspection


@pytest.fixture(scope="module", params=BOTH_STORES)
def web(request: pytest.FixtureRequest, shared_samples: SharedStore) -> Iterator[Api]:
    text = "".join(f"第{i + 1}项，各乡镇学习贯彻《{LAW}》情况良好。" for i in range(NAMED))
    text += "".join(f"{2019 + i}年，常委会组织开展《{LAW}》执法检查。" for i in range(INSPECTED))
    with shared_samples.writable(request.param) as db, api_of(db) as api:
        upsert_text(db, "soil.txt", text, organ="武汉市人民代表大会常务委员会", year="2023")
        yield api


def law_of(rows: list[dict], title: str = LAW) -> dict:
    return next(row for row in rows if row["title"] == title)


def test_a_listing_holds_the_first_statements_and_counts_them_all(web: Api) -> None:
    law = law_of(web.items("/laws"))
    assert law["mentions_total"] >= NAMED and len(law["mentions"]) == MENTIONS_LIMIT
    assert law["evidence_total"] == len(law["evidence"]) >= INSPECTED  # under the default's 100
    whole = web.get(f"/laws/{path_id(law['iri'])}")
    assert len(whole["mentions"]) == whole["mentions_total"] == law["mentions_total"]
    assert whole["mentions"][:MENTIONS_LIMIT] == law["mentions"]  # the first, in the same order
    assert {s["report"] for s in whole["evidence"] + whole["mentions"]} == set(whole["reports"])


def test_the_limits_are_asked_for(web: Api) -> None:
    law = law_of(web.items("/laws", evidence_limit=2, mentions_limit=0))
    assert len(law["evidence"]) == 2 and law["evidence_total"] >= INSPECTED
    assert law["mentions"] == [] and law["mentions_total"] >= NAMED
    every = law_of(web.items("/laws", mentions_limit=1000))
    assert len(every["mentions"]) == every["mentions_total"]
    assert law_of(web.items("/laws", evidence_limit=2)) == {**every, "evidence": every["evidence"][:2],
                                                             "mentions": every["mentions"][:MENTIONS_LIMIT]}
    assert "evidence_limit" in web.get("/laws", 422, evidence_limit=-1)["detail"]
