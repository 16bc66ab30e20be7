"""Reports written in the genre's manner of one entrusted inspection (委托): the entrusting city committee's launch
news naming the district that does the work, its results news naming none, and the entrusted district's own report
(a new user's round 36, finding 3a: the launch credited the district, the results the city, so the regulation
counted 2 for 1)."""
from __future__ import annotations

from graph import Store
from loaders.build import build
from loaders.document import Document
from loaders.extract import extract

CITY = "重庆市人民代表大会常务委员会"
DISTRICT = "重庆市九龙坡区人民代表大会常务委员会"
LAW = "https://w3id.org/oversight-kg/id/law/重庆市物业管理条例"
REPORTS: dict[str, tuple[str, str]] = {
    "city-launch.txt": (CITY, "4月16日，重庆市人大常委会启动委托区县人大常委会执法检查工作，委托九龙坡区人大常委会对《重庆市物业"
                              "管理条例》开展执法检查。\n此次执法检查以市人大常委会名义开展，具体工作由接受委托的区人大常委会承担。"
                              "其中，九龙坡区负责《重庆市物业管理条例》。"),
    "city-results.txt": (CITY, "今年，市人大常委会委托九龙坡区人大常委会，开展了对《重庆市物业管理条例》的执法检查工作。"),
    "district.txt": (DISTRICT, "受市人大常委会委托，区人大常委会对《重庆市物业管理条例》贯彻实施情况开展执法检查。"),
}


def with_entrusted_reports(db: Store, names: tuple[str, ...] = tuple(REPORTS)) -> Store:
    """Extract, build and store the reports of :data:`REPORTS` named (the file name is its source), all of 2018."""
    for name in names:
        organ, text = REPORTS[name]
        doc = Document(text=text, source=name, metadata={"organ": organ, "year": "2018"})
        built = build(doc, extract(doc))
        db.upsert_report(built.iri, built.graph, built.content_hash)
    return db
