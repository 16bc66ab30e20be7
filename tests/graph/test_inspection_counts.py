"""Every count of inspections uses one identity and one unit (graph.inspections): one law's inspection by the same
conducting organs in the same year. /laws' times_inspected counts it per law, /areas, /organs and /stats add the laws
up. A work report and a news item stating one inspection are one; a follow-up joins the inspection it follows up; an
inspection of two laws is one of each, however the text groups them; an inspection that names no law tells the named
laws' inspections of its organs and year, else is one per organs and year; planned ones are none."""
from __future__ import annotations

from typing import Any

import pytest

from graph import Store
from loaders import ReportGraph
from world import HUBEI, WETLAND, XINZHOU

FOREST, GRASSLAND = "中华人民共和国森林法", "中华人民共和国草原法"
XINZHOU_CODE, HUBEI_CODE = "420117", "420000"


def _report(name: str, organ: str, year: str, *activities: tuple[str, dict[str, Any]]) -> ReportGraph:
    """A report of ``organ`` on ``year`` whose text is the activities' sentences, each with its facts."""
    from loaders.build import build
    from loaders.document import Document
    from loaders.facts import Activity, Facts, LawMention

    text, found, laws = "前言。", [], []
    for sentence, facts in activities:
        start, end = len(text), len(text) + len(sentence)
        text += sentence
        kind = facts.pop("type", "law_enforcement_inspection")
        found.append(Activity(type=kind, evidence=sentence, start=start, end=end, **facts))
        laws += [LawMention(mention=t, canonical=t, inspected=True, start=start, end=end, level="法律")
                 for t in facts.get("laws", [])]
    doc = Document(text=text + "结语。", source=f"/reports/{name}.txt", metadata={"organ": organ, "year": year})
    return build(doc, Facts(laws=laws, activities=found))


def reports() -> list[ReportGraph]:
    return [
        _report("work-2023", XINZHOU, "2023",
                ("对湿地保护法开展执法检查。", {"laws": [WETLAND]}),
                ("对森林法、草原法开展执法检查。", {"laws": [FOREST, GRASSLAND]}),  # two inspections, one sentence
                ("检查6部法律实施情况。", {}),  # names no law: the year's inspections told again
                ("听取和审议区人民政府关于优化营商环境工作情况的报告。", {"type": "report_review"})),
        _report("news-2023", XINZHOU, "2023", ("区人大常委会湿地保护法执法检查组深入镇街检查。", {"laws": [WETLAND]})),
        _report("work-2024", XINZHOU, "2024",
                ("跟踪监督湿地保护法执法检查审议意见落实情况。",
                 {"type": "report_review", "follow_up": True, "laws": [WETLAND]}),  # joins the 2023 one
                ("拟对草原法开展执法检查。", {"laws": [GRASSLAND], "status": "planned"})),
        _report("work-2025", XINZHOU, "2025",
                ("对湿地保护法再次开展执法检查。", {"laws": [WETLAND]}),
                ("跟踪监督湿地保护法执法检查审议意见落实情况。",
                 {"type": "report_review", "follow_up": True, "laws": [WETLAND]})),  # joins the 2025 one
        _report("hubei-2023", HUBEI, "2023", ("对湿地保护法开展执法检查。", {"laws": [WETLAND]})),
    ]


def _filled(store: Store) -> Store:
    for rg in reports():
        store.upsert_report(rg.iri, rg.graph, rg.content_hash)
    return store


def test_every_count_of_inspections_counts_inspections_not_statements(store: Store) -> None:
    db = _filled(store)
    times = {row["title"]: row["times_inspected"] for row in db.laws(inspected=True)}
    assert times == {WETLAND: 3, FOREST: 1, GRASSLAND: 1}  # wetland: 新洲 2023 (three statements), 2025 (two), 湖北 2023
    areas = db.areas()["areas"]
    xinzhou = areas[XINZHOU_CODE]
    # wetland 2023 (work report, news item, follow-up), forest, grassland (one sentence; the one naming no law tells
    # them again), wetland 2025 (inspection and follow-up); the review of the business climate is the other activity
    assert (xinzhou["activities"], xinzhou["inspections"], xinzhou["other_activities"]) == (8, 4, 1)
    assert (areas[HUBEI_CODE]["inspections"], areas["000000"]["inspections"]) == (5, 5)
    organs = {row["label"]: row for row in db.organs()}
    assert (organs[XINZHOU]["conducted"], organs[XINZHOU]["inspections"]) == (8, 4)
    assert organs[HUBEI]["inspections"] == 1
    [here] = [o for o in db.areas()["organs"][XINZHOU_CODE]["here"] if o["label"] == XINZHOU]
    assert (here["inspections"], here["other_activities"]) == (4, 1)
    summary = db.summary()
    assert (summary["inspections"], summary["LawEnforcementInspection"]) == (5, 7)  # the class counts statements


def test_a_filter_chooses_statements_but_not_which_inspection_they_are(store: Store) -> None:
    """/laws?organ= and ?year= count the inspections of the statements they keep, each identified
    among all of the law's statements: the 2024 follow-up is still the 2023 inspection."""
    db = _filled(store)
    by_organ = {row["title"]: row["times_inspected"] for row in db.laws(True, organ=XINZHOU)}
    assert by_organ == {WETLAND: 2, FOREST: 1, GRASSLAND: 1}
    [wetland] = db.laws(True, year=2024)
    assert wetland["times_inspected"] == 1 and [e["follow_up"] for e in wetland["evidence"]] == [True]
    [wetland] = db.laws(True, year=2025)
    assert wetland["times_inspected"] == 1 and len(wetland["evidence"]) == 2  # the inspection and its follow-up
    assert [row["times_inspected"] for row in db.laws(True, year=2023) if row["title"] == WETLAND] == [2]


#: One year's work of one committee, two laws inspected, as texts tell it: each a report's sentences with their laws.
TELLINGS = {
    "both laws in one sentence": [("区人大常委会先后开展了森林法、草原法执法检查。", [FOREST, GRASSLAND])],
    "one sentence a law": [("对森林法开展执法检查。", [FOREST]), ("对草原法贯彻实施情况进行执法检查。", [GRASSLAND])],
    "the campaign told whole, then each law": [("对2部法律开展了执法检查。", []), ("其中检查森林法。", [FOREST]),
                                               ("检查草原法实施情况。", [GRASSLAND])],
    "a summary naming no law, then the laws together": [("检查2部法律实施情况。", []),
                                                      ("听取森林法、草原法执法检查报告。", [FOREST, GRASSLAND])],
}


def _told(name: str, sentences: list[tuple[str, list[str]]]) -> ReportGraph:
    return _report(name, XINZHOU, "2023", *((text, {"laws": laws}) for text, laws in sentences))


def _inspections(db: Store) -> dict[str, int]:
    """The committee's count of inspections on every route that gives one."""
    [organ] = [row for row in db.organs() if row["label"] == XINZHOU]
    [here] = [o for o in db.areas()["organs"][XINZHOU_CODE]["here"] if o["label"] == XINZHOU]
    return {"/laws": sum(row["times_inspected"] for row in db.laws(inspected=True)), "/organs": organ["inspections"],
            "/areas": db.areas()["areas"][XINZHOU_CODE]["inspections"], "/areas organs": here["inspections"],
            "/stats": db.summary()["inspections"]}


@pytest.mark.parametrize("again", sorted(TELLINGS), ids=lambda name: f"retold as {name}")
@pytest.mark.parametrize("first", sorted(TELLINGS))
def test_a_year_of_inspections_counts_the_same_on_every_route_however_it_is_told(store: Store, first: str,
                                                                                  again: str) -> None:
    """Two inspections (two laws) stay two on every route whether a work report tells them in one sentence or two,
    as a campaign told whole or by a summary naming no law, and when a news item tells them again in other words
    (round 38, a new user's finding 1: 修水's one sentence of two inspections counted 1, 重庆's five laws 2)."""
    rg = _told("work", TELLINGS[first])
    store.upsert_report(rg.iri, rg.graph, rg.content_hash)
    assert _inspections(store) == dict.fromkeys(["/laws", "/organs", "/areas", "/areas organs", "/stats"], 2)
    news = _told("news", TELLINGS[again])
    store.upsert_report(news.iri, news.graph, news.content_hash)
    assert _inspections(store) == dict.fromkeys(["/laws", "/organs", "/areas", "/areas organs", "/stats"], 2)


@pytest.mark.parametrize("sentences", [["开展执法检查2次。", "区人大常委会组织开展执法检查。"],
                                       ["对全区安全生产工作开展执法检查。", "安全生产执法检查组深入企业检查。"]])
def test_an_inspection_naming_no_law_is_one_per_organs_and_year(store: Store, sentences: list[str]) -> None:
    """Told twice (a work report and a news item), an inspection whose law no sentence names is one, on every route
    that counts inspections; the laws table has none."""
    for n, text in enumerate(sentences):
        rg = _report(f"r{n}", XINZHOU, "2023", (text, {}))
        store.upsert_report(rg.iri, rg.graph, rg.content_hash)
    assert _inspections(store) == {"/laws": 0, "/organs": 1, "/areas": 1, "/areas organs": 1, "/stats": 1}
