"""Every count of inspections uses one identity (graph.inspections): /laws' times_inspected per law,
/areas, /organs and /stats across laws. A work report and a news item stating one inspection are one;
a follow-up joins the inspection it follows up; one inspection of two laws is one inspection (and
one in each law's row); an inspection that names no law is one of its own; planned ones are none."""
from __future__ import annotations

from typing import Any

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
                ("对森林法、草原法开展执法检查。", {"laws": [FOREST, GRASSLAND]}),  # one inspection, two laws
                ("检查6部法律实施情况。", {}),  # names no law: an inspection of its own
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
    # wetland 2023 (work report, news item, follow-up), forest and grassland, the one naming no law, wetland 2025
    # (inspection and follow-up); the review of the business climate is the other activity
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
