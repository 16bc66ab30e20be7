"""Reports written in the genre's manner whose inspections carry dates (okg:date): a district's
inspections of one law on two days of one year, each a news item of its own, beside its work report's undated account
and a later follow-up (a new user's round 36, finding 3b); and a month and a day in it of another law (one
inspection)."""
from __future__ import annotations

from graph import Store
from loaders.build import build
from loaders.document import Document
from loaders.extract import extract

ORGAN = "武汉市新洲区人民代表大会常务委员会"
LAW = "https://w3id.org/oversight-kg/id/law/"
WATER = LAW + "中华人民共和国水污染防治法"
SAFETY = LAW + "中华人民共和国安全生产法"
REPORTS: dict[str, str] = {
    "work-report.txt": "一年来，区人大常委会组成执法检查组，对《中华人民共和国水污染防治法》贯彻实施情况开展执法检查。",
    "water-april.txt": "4月12日，区人大常委会副主任王建国率执法检查组，对《中华人民共和国水污染防治法》实施情况进行执法检查。",
    "water-may.txt": "5月8日，区人大常委会组织部分常委会组成人员，对《中华人民共和国水污染防治法》贯彻实施情况开展执法检查。",
    "water-june.txt": "6月20日，区人大常委会对《中华人民共和国水污染防治法》开展跟踪检查。",
    "safety-month.txt": "5月中旬，区人大常委会对《中华人民共和国安全生产法》贯彻实施情况开展执法检查。",
    "safety-day.txt": "本报讯（记者 李明）5月16日上午，区人大常委会主任张伟带队对《中华人民共和国安全生产法》贯彻实施情况开展执法检查。",
}


def with_dated_reports(db: Store) -> Store:
    """Extract, build and store every report of :data:`REPORTS` (the file name is its source), all of 2023."""
    for name, text in REPORTS.items():
        doc = Document(text=text, source=name, metadata={"organ": ORGAN, "year": "2023"})
        built = build(doc, extract(doc))
        db.upsert_report(built.iri, built.graph, built.content_hash)
    return db
