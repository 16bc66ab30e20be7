"""A report's Facts and the graph's tables read one rule of which laws were inspected (a fresh user's round 24,
finding 4): an inspection or a stated follow-up of one (跟踪检查, 回头看, 《X法》执法检查审议意见落实情况) inspects its
laws; how the opinions on a *report* about a law were handled (办理落实《关于贯彻实施〈X法〉审议意见》情况的报告) is that
report's review, its laws not inspected (the lead's round-24 ruling, benchmarks/genre/README.md)."""
from __future__ import annotations

from graph import Store, analytics, inspections, tables
from graph.backends import Description
from loaders.build import build
from loaders.document import Document
from loaders.extract import extract

WATER, AIR, SOIL, FOREST, GRASSLAND = (f"中华人民共和国{name}法" for name in ("水污染防治", "大气污染防治", "土壤污染防治",
                                                                                  "森林", "草原"))
TEXT = (f"2023年，常委会听取和审议省人民政府关于办理落实《关于贯彻实施〈{WATER}〉情况报告的审议意见》情况的报告。\n"
        f"常委会对《{AIR}》执法检查审议意见落实情况开展跟踪检查。\n"
        f"常委会组织开展《{SOIL}》执法检查“回头看”。\n"
        f"常委会听取和审议省人民政府关于《{FOREST}》执法检查审议意见落实情况的报告。\n"
        f"常委会审议省人民政府关于落实《{GRASSLAND}》执法检查报告和审议意见的报告。\n")


def test_the_facts_and_laws_agree_on_follow_ups(store: Store) -> None:
    doc = Document(text=TEXT, source="/reports/follow-ups.txt",
                   metadata={"organ": "湖北省人民代表大会常务委员会", "year": "2023"})
    facts = extract(doc)
    stated = {law.canonical: law.inspected for law in facts.laws}
    assert stated == {WATER: False, AIR: True, SOIL: True, FOREST: True, GRASSLAND: True}
    # every one is a follow-up; the water law's concerns a report, not an inspection
    assert {title for act in facts.activities if act.follow_up for title in act.laws} == set(stated)
    report = build(doc, facts)
    store.upsert_report(report.iri, report.graph, report.content_hash)
    counted = {law["title"]: tables.was_inspected(law) for law in store.laws(inspected=None)}
    assert counted == stated
    # none of the inspections they follow up is stored: each is counted apart, not as an inspection of 2023
    assert {law["title"]: law["followed_up_only"] for law in store.laws(inspected="followed_up_only")} == dict.fromkeys(
        (AIR, SOIL, FOREST, GRASSLAND), 1)
    assert store.laws(inspected=True) == []


def test_a_follow_up_of_a_report_pairs_no_laws(store: Store) -> None:
    """Co-inspection pairs the laws /laws counts inspected together: a follow-up of a report on two laws pairs none."""
    text = (f"常委会听取和审议县人民政府办理落实《关于全县贯彻实施〈{WATER}〉〈{AIR}〉审议意见》情况的报告。\n"
            f"常委会对《{FOREST}》《{GRASSLAND}》执法检查审议意见落实情况开展跟踪检查。\n")
    doc = Document(text=text, source="/reports/pairs.txt", metadata={"organ": "湖北省人民代表大会常务委员会", "year": "2023"})
    report = build(doc, extract(doc))
    store.upsert_report(report.iri, report.graph, report.content_hash)
    pairs = {(p["source"]["label"], p["target"]["label"]) for p in analytics.co_inspection(store)}
    assert pairs == {(FOREST, GRASSLAND)}


def test_a_follow_up_inspects_when_its_words_state_an_inspection() -> None:
    """Typed a review alone (the hearing of its report), a follow-up still inspects when it follows up an inspection."""
    def follow_up(words: str) -> Description:
        return Description("activity", {"WorkReportReview", inspections.FOLLOW_UP}, {"evidenceText": [words]})

    assert inspections.inspects(follow_up(f"跟踪监督《{FOREST}》执法检查审议意见落实情况"))
    assert inspections.inspects(follow_up(f"《{SOIL}》執法檢查“回頭看”"))  # read as the extractor reads it
    assert not inspections.inspects(follow_up(f"办理落实《关于贯彻实施〈{WATER}〉审议意见》情况的报告"))
    assert not inspections.inspects(Description("review", {"WorkReportReview"}, {"evidenceText": [f"{FOREST}执法检查报告"]}))


def test_a_follow_up_s_sentence_is_evidence_or_a_mention_never_both(store: Store) -> None:
    """A follow-up typed no inspection (other work, 跟踪监督…执法检查审议意见落实情况) states the law's inspection: its
    sentence is the law's ``evidence``, not again one of its ``mentions``; a follow-up of a report about a law is a
    mention only."""
    from loaders.facts import Activity, Facts, LawMention

    followed = f"跟踪监督《{FOREST}》执法检查审议意见落实情况。"
    handled = f"听取办理落实《关于贯彻实施〈{WATER}〉审议意见》情况的报告。"
    text, found, laws = "前言。", [], []
    for sentence, law in ((followed, FOREST), (handled, WATER)):
        start = len(text) + sentence.index(law)
        found.append(Activity(type="other", evidence=sentence, start=len(text), end=len(text) + len(sentence),
                              laws=[law], follow_up=True))
        laws.append(LawMention(mention=law, canonical=law, inspected=law == FOREST, start=start, end=start + len(law),
                               level="法律"))
        text += sentence
    doc = Document(text=text, source="/reports/other-follow-ups.txt",
                   metadata={"organ": "湖北省人民代表大会常务委员会", "year": "2023"})
    report = build(doc, Facts(laws=laws, activities=found))
    store.upsert_report(report.iri, report.graph, report.content_hash)
    rows = {law["title"]: law for law in store.laws(inspected=None)}
    assert [e["text"] for e in rows[FOREST]["evidence"]] == [followed] and rows[FOREST]["mentions"] == []
    assert rows[WATER]["evidence"] == [] and [m["text"] for m in rows[WATER]["mentions"]] == [handled.rstrip("。")]
