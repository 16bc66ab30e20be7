"""Reports written in the genre's manner for the accountability loop: an inspection with its findings
and opinion, the next year's handling report, evaluation and follow-up, and the year after's plan; and a report
with no year, whose inspection no year dates."""
from __future__ import annotations

from graph import Store
from loaders.build import build
from loaders.document import Document
from loaders.extract import extract

ORGAN = "武汉市新洲区人民代表大会常务委员会"
LAW = "https://w3id.org/oversight-kg/id/law/"
FOOD = LAW + "中华人民共和国食品安全法"
SAFETY = LAW + "中华人民共和国安全生产法"
WATER = LAW + "中华人民共和国水法"
REPORTS: dict[str, tuple[str | None, str]] = {
    "food-2021.txt": ("2021", "2021年，区人大常委会开展《中华人民共和国食品安全法》执法检查，检查发现问题15个，"
                              "形成审议意见交区人民政府研究处理。"),
    "food-2022.txt": ("2022", "听取和审议区人民政府关于《中华人民共和国食品安全法》执法检查报告审议意见研究处理情况的报告，"
                              "并进行满意度测评。跟踪监督《中华人民共和国食品安全法》执法检查审议意见落实情况。"),
    "plan-2023.txt": ("2023", "区人大常委会2023年监督工作计划\n一、执法检查\n拟对《中华人民共和国安全生产法》实施情况开展执法检查。\n"
                              "二、听取和审议专项工作报告\n听取和审议区人民政府关于优化营商环境工作情况的报告。\n"),
    "water-undated.txt": (None, "区人大常委会组织开展《中华人民共和国水法》执法检查，督促区人民政府落实河湖管理责任。"),
}


def upsert(db: Store, name: str) -> None:
    """Extract, build and store one of :data:`REPORTS` (the file name is its source)."""
    year, text = REPORTS[name]
    doc = Document(text=text, source=name, metadata={"organ": ORGAN, **({"year": year} if year else {})})
    built = build(doc, extract(doc))
    db.upsert_report(built.iri, built.graph, built.content_hash)


def with_loop_reports(db: Store) -> Store:
    for name in REPORTS:
        upsert(db, name)
    return db
