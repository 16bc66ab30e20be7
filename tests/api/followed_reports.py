"""Reports written in the genre's manner for follow-ups naming the year of the inspection they follow up
(okg:followsUpYear): a law inspected in 2021 and again in 2022 whose 2021 inspection a 2023 回头看 names, an inspection
group's suggestions (检查组提出建议6条), and a law whose 2020 inspection only two years' follow-ups state."""
from __future__ import annotations

from graph import Store
from loaders.build import build
from loaders.document import Document
from loaders.extract import extract

ORGAN = "江苏省南通市人民代表大会常务委员会"
LAW = "https://w3id.org/oversight-kg/id/law/"
WASTE = LAW + "中华人民共和国固体废物污染环境防治法"
SOIL = LAW + "中华人民共和国土壤污染防治法"
REPORTS: dict[str, tuple[str, str]] = {
    "waste-2021.txt": ("2021", "2021年，市人大常委会对《中华人民共和国固体废物污染环境防治法》开展执法检查，"
                               "检查组提出建议6条。"),
    "waste-2022.txt": ("2022", "2022年，市人大常委会再次对《中华人民共和国固体废物污染环境防治法》开展执法检查。"),
    "waste-2023.txt": ("2023", "市人大常委会对2021年开展的《中华人民共和国固体废物污染环境防治法》执法检查开展“回头看”，"
                               "督促审议意见落实。"),
    "soil-2023.txt": ("2023", "市人大常委会对2020年开展的《中华人民共和国土壤污染防治法》执法检查审议意见落实情况进行跟踪监督。"),
    "soil-2024.txt": ("2024", "市人大常委会继续对2020年开展的《中华人民共和国土壤污染防治法》执法检查开展“回头看”。"),
}


def with_followed_reports(db: Store) -> Store:
    """Extract, build and store every report of :data:`REPORTS` (the file name is its source)."""
    for name, (year, text) in REPORTS.items():
        doc = Document(text=text, source=name, metadata={"organ": ORGAN, "year": year})
        built = build(doc, extract(doc))
        db.upsert_report(built.iri, built.graph, built.content_hash)
    return db
