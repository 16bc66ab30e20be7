"""Two reports of a provincial standing committee that name laws as drafts (a bill, 草案) beside laws
they inspect or cite: the draft-only laws, a law inspected in one report and a draft in the other, and a
law cited in one and a draft in the other (shared by the graph and the API tests of drafts)."""
from __future__ import annotations

from graph import Store
from loaders import ReportGraph
from loaders.build import build
from loaders.document import Document
from loaders.extract import extract

ORGAN = "湖北省人民代表大会常务委员会"
LAW = "https://w3id.org/oversight-kg/id/law/"
INSPECTED = LAW + "湖北省水资源保护条例"  # inspected in 2023, a draft in 2024: stays a law
CITED = LAW + "湖北省湖泊保护条例"  # cited in 2023, a draft in 2024: a law never inspected
DRAFTS = {LAW + title for title in ("湖北省物业服务和管理条例", "中华人民共和国森林法", "湖北省标准化条例",
                                   "湖北省森林管理条例")}  # named only as drafts
REPORTS = {
    "drafts-2023.txt": ("2023", "2023年，省人大常委会对《湖北省水资源保护条例》开展执法检查。常委会审议《湖北省物业服务和管理"
                                "条例（草案）》，审议《中华人民共和国森林法（修订草案）》。常委会审议了湖北省标准化条例、湖北省"
                                "森林管理条例修订草案。会议强调，要认真贯彻《湖北省湖泊保护条例》。"),
    "drafts-2024.txt": ("2024", "2024年，省人大常委会审议《湖北省水资源保护条例（修订草案）》和《湖北省湖泊保护条例（修订草案）》。"),
}


def report(name: str) -> ReportGraph:
    """The graph of one of :data:`REPORTS` (the file name is its source)."""
    year, text = REPORTS[name]
    doc = Document(text=text, source=name, metadata={"organ": ORGAN, "year": year})
    return build(doc, extract(doc))


def with_draft_reports(db: Store) -> Store:
    for name in REPORTS:
        built = report(name)
        db.upsert_report(built.iri, built.graph, built.content_hash)
    return db
