"""A statistic found by name says what and where (round 36, newuser19 §10): a search for 满意率 listed a dozen
``满意率 NN% · year`` entries with no place or organ, and the explorer's English mode showed statistics and their measure
class in Chinese. Search hits of statistics carry ``label_en`` and ``place`` on both stores; the explorer, in the real
headless Chromium, lists them in the UI's language with their place and names the measure class in it. An activity's
hit says whose work it is the same way (a fresh user's round 37: ``执法检查 · 2018`` twice, nothing telling them apart)."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from api_helpers import BOTH_STORES, Api, api_of, open_explorer, serving, upsert_text
from graph import Store
from shared_stores import SharedStore

#: Satisfaction rates of one year in reports of three places, told in three phrasings (one traditional).
REPORTS = {
    "rate-wuhan.txt": ("武汉市人民代表大会常务委员会", "2023", "代表对建议办理工作的满意率为98.5%。"),
    "rate-guangdong.txt": ("廣東省人民代表大會常務委員會", "2023", "代表對建議辦理工作的滿意率達97.6%。"),
    "rate-nanchang.txt": ("南昌市人民代表大会常务委员会", "2023",
                          "常委会对市公安局开展工作评议，评议结果满意率为92.5%。"),
}
PLACES = {98.5: "武汉市", 97.6: "广东省", 92.5: "南昌市"}
#: One kind of work in one year by three organs, told three ways (conducted, jointly, naming no conductor).
WORK = {
    "inspect-xiangyang.txt": ("襄阳市人民代表大会常务委员会", "1999", "市人大常委会开展执法检查。"),
    "inspect-yichang.txt": ("宜昌市人民代表大会常务委员会", "1999", "市人大常委会与襄阳市人大常委会联合开展执法检查。"),
    "inspect-jingzhou.txt": ("荆州市人民政府", "1999", "开展執法檢查。"),
}


@pytest.fixture(scope="module", params=BOTH_STORES)
def store(request: pytest.FixtureRequest, shared_samples: SharedStore) -> Iterator[Store]:
    with shared_samples.writable(request.param) as db:
        for name, (organ, year, text) in {**REPORTS, **WORK}.items():
            upsert_text(db, name, text, organ=organ, year=year)
        yield db


@pytest.fixture(scope="module")
def web(store: Store) -> Iterator[Api]:
    with api_of(store) as api:
        yield api


@pytest.mark.parametrize("q", ["满意率", "滿意率"])
def test_a_statistic_hit_says_what_and_where_in_both_languages(web: Api, store: Store, q: str) -> None:
    hits = [h for h in web.items("/search", q=q, type="Statistic") if "2023" in h["label"]]
    rows = {r["iri"]: r for measure in ("satisfaction_rate", "rating_satisfaction_rate")  # suggestions', a rating's
            for r in web.items("/statistics", measure_class=measure)}
    assert len(hits) == 3, hits
    for hit in hits:
        value = rows[hit["iri"]]["value"]
        assert hit["place"] == PLACES[value], hit
        assert hit["label_en"] == rows[hit["iri"]]["label_en"] and hit["label_en"].startswith("satisfaction"), hit
    assert len({(h["label"], h["place"]) for h in hits}) == 3


def test_an_activity_hit_says_whose_work_it_is(web: Api) -> None:
    """Three inspections of 1999 read ``执法检查 · 1999`` alike: each hit names the organ that conducted it (the first
    by name, 等 for more), else its report's area, and its English label."""
    hits = [h for h in web.items("/search", q="执法检查", type="LawEnforcementInspection") if "1999" in h["label"]]
    assert sorted(h["place"] for h in hits) == ["宜昌市人民代表大会常务委员会 等", "荆州市", "襄阳市人民代表大会常务委员会"], [(h["label"], h["place"]) for h in hits]
    assert all(h["label_en"].startswith("Law-enforcement inspection") for h in hits), hits


def test_other_hits_carry_no_statistic_fields(web: Api) -> None:
    law = web.items("/search", q="湿地保护法")[0]
    assert law["label_en"] is None and law["place"] is None


@pytest.mark.browser
def test_the_explorer_shows_statistics_in_english_with_their_place(chromium: Any, store: Store) -> None:
    from api.app import create_app

    with serving(create_app(store)) as url:
        for page in open_explorer(chromium, url):
            page.click("#lang-toggle")
            page.fill("#search", "满意率")
            page.wait_for_selector("#suggestions li[data-i]")
            entries = page.locator("#suggestions li[data-i] span:first-child").all_inner_texts()
            ours = [e for e in entries if "2023" in e]
            assert len(ours) == 3 and all(e.startswith("satisfaction") for e in ours), entries
            assert {e.rsplit(" · ", 1)[1] for e in ours} == set(PLACES.values()), entries
            page.click("#suggestions li[data-i] >> text=广东省")
            page.wait_for_selector("#details .relations li")
            assert page.inner_text("#details h2").startswith("satisfaction with the handling of suggestions 97.6%")
            relations = page.locator("#details .relations li").all_inner_texts()
            assert any("measure class: satisfaction with the handling of suggestions" in r for r in relations), relations
