"""Synthetic work reports of standing committees, deterministic by seed.

Benchmarks and fault tests need a corpus far larger than the real excerpts we
may ship, and one that exercises the extractor the way real reports do: the
genre's sentence patterns (开展执法检查, 听取和审议…专项工作报告, 专题询问, 视察,
满意度测评, 备案审查, 预算审查, 审计查出问题整改), real titles from the law
catalog, local regulations named after real areas, organs of every level
across many provinces and years, and the numbers reports state. The same
``(index, seed)`` always gives the same text, so a benchmark or a test can
regenerate one report without writing the corpus.

Usage::

    python -m benchmarks.generate_corpus --out /tmp/corpus --triples 1000000
    python -m benchmarks.generate_corpus --out /tmp/corpus --reports 500 --seed 7
"""
from __future__ import annotations

import argparse
import csv
import math
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from loaders.lexicon import areas, law_catalog
from loaders.document import Document
from loaders.extract import extract
from loaders.extract.metadata import infer_metadata
from loaders.read.text import split_header
from loaders.build import ReportGraph, build

YEARS = range(2010, 2025)
# Reports by the level of the organ: counties publish most, provinces fewest.
LEVEL_MIX, LEVEL_WEIGHTS = ("provincial", "city", "county"), (1, 3, 6)
TOPICS = (
    "大气污染防治", "水污染防治", "土壤污染防治", "固体废物污染环境防治", "食品安全", "药品管理",
    "义务教育", "职业教育", "学前教育", "养老服务", "医疗保障", "就业促进", "乡村振兴", "农村集体经济",
    "耕地保护", "河湖长制", "湿地保护", "野生动物保护", "文物保护", "旅游发展", "优化营商环境", "科技创新",
    "知识产权保护", "安全生产", "消防", "道路交通安全", "物业管理", "城市管理", "公共文化服务",
    "全民健身", "未成年人保护", "妇女权益保障", "残疾人保障", "信访", "诉源治理", "法律援助",
    "国有资产管理", "政府债务管理", "民族团结进步",
)
REGULATION_FORMS = ("条例", "管理条例", "保护条例", "促进条例", "实施办法")
DEPARTMENTS = ("生态环境局", "教育局", "民政局", "卫生健康委员会", "农业农村局", "市场监督管理局", "公安局",
               "自然资源和规划局", "住房和城乡建设局", "文化和旅游局", "人力资源和社会保障局", "财政局")
OPENINGS = (
    "{year}年,在{party}的坚强领导下,{short}人大常委会紧紧围绕中心工作,依法履行宪法和法律赋予的职责,为经济社会高质量发展贡献了人大力量。",
    "一年来,{short}人大常委会坚持党的领导、人民当家作主、依法治国有机统一,全面贯彻落实{party}人大工作会议精神,各项工作取得新进展。",
)
SUMMARY = ("一年来,共听取和审议{gov}专项工作报告{reports}项,开展执法检查{inspections}次,组织专题询问{inquiries}次,"
           "开展专题调研{investigations}项,组织视察{visits}次。")
INSPECTION = (
    "常委会对《{law}》实施情况开展执法检查,重点检查法律制度落实情况和法律责任落实情况,推动解决{topic}领域突出问题。",
    "开展《{law}》和《{local}》执法检查,深入{places}等地实地察看,提出意见建议{n}条。",
    "检查{law_bare}、{law_bare2}实施情况,督促{gov}依法履行{topic}工作职责。",
    "跟踪监督《{law}》执法检查审议意见落实情况,推动{topic}工作落地见效。",
)
REVIEW = (
    "听取和审议{gov}关于{topic}工作情况的报告,并开展专题询问,{n}名常委会组成人员现场提问。",
    "听取和审议{court}关于{topic}审判工作情况的报告,推动公正司法。",
    "听取和审议{procuratorate}关于{topic}检察工作情况的报告。",
    "听取和审议{gov}关于{topic}工作情况的报告,并对{dept}开展满意度测评。",
)
OTHER = (
    "组织部分{short}人大代表视察{topic}工作,形成视察报告{n}篇。",
    "开展{topic}专题调研,形成高质量调研报告,提出意见建议{n}条。",
    "依法开展规范性文件备案审查,全年共审查规范性文件{n}件,纠正{m}件。",
    "审查批准{year}年本级决算,听取和审议{gov}关于{prev}年度本级预算执行和其他财政收支的审计工作报告,跟踪监督审计查出问题整改情况。",
    "审查{gov}{year}年上半年预算执行情况,推动财政资金提质增效。",
    "督办代表建议{n}件,办结率100%,代表满意率{pct}%。",
    "联合{dept}开展{topic}专项监督,推动问题整改{n}个。",
)
# Sentences of the genre that state no fact: they give generated text the density of real reports.
FILLER = (
    "坚持把人民满意作为工作的出发点和落脚点,不断增强工作的针对性和实效性。",
    "加强思想政治建设,深入开展主题教育,切实提高政治判断力、政治领悟力、政治执行力。",
    "完善工作制度,规范工作程序,提升履职效能。",
    "密切同人民群众的联系,认真倾听群众呼声,积极回应社会关切。",
    "加强机关自身建设,深化模范机关创建,锻造忠诚干净担当的干部队伍。",
    "强化宣传报道,讲好人大故事,营造良好舆论氛围。",
    "坚持守正创新,与时俱进完善工作机制,推动各项工作提质增效。",
    "注重把握工作节奏,统筹安排全年任务,确保各项部署落地落实。",
    "进一步拓宽社情民意反映渠道,让群众的意见建议得到及时回应。",
    "坚持问题导向和目标导向相统一,聚焦重点难点精准发力。",
)
CLOSING = "在新的一年里,{short}人大常委会将以更加饱满的精神状态,依法履职尽责,为{topic}和经济社会发展作出新的更大贡献。"


@dataclass(frozen=True)
class Place:
    """An organ's seat: the full area name used in organ names, its level, and a short form."""

    full: str
    level: str  # provincial | city | county
    short: str
    province: str


@dataclass(frozen=True)
class SyntheticReport:
    """One generated report: a corpus-style file name and its text with a ``key: value`` header."""

    name: str
    text: str
    year: int
    organ: str

    def document(self) -> Document:
        """The Document :func:`loaders.read.read` gives for this file, without touching disk."""
        metadata, body = split_header(self.text)
        return Document(text=body, source=self.name, metadata=infer_metadata(body, metadata))

    def graph(self) -> ReportGraph:
        """The report graph ``okg ingest`` stores for this file."""
        doc = self.document()
        return build(doc, extract(doc))


@lru_cache(maxsize=1)
def catalog_laws() -> tuple[str, ...]:
    """National laws and administrative regulations in force, by catalog order (stable)."""
    titles = []
    with law_catalog.CATALOG.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["level"] in ("法律", "行政法规") and row["repealed"].strip() != "1":
                entry = law_catalog.lookup(row["short_title"].strip())
                if entry is not None and "（" not in entry.canonical and len(entry.short_title) >= 4:
                    titles.append(entry.canonical)
    return tuple(dict.fromkeys(titles))


@cache
def places_at(level: str) -> tuple[Place, ...]:
    """The places of one level (provincial, city, county)."""
    return tuple(p for p in places() if p.level == level)


@lru_cache(maxsize=1)
def places() -> tuple[Place, ...]:
    """Provinces, cities and counties of the division-code gazetteer, in code order."""
    found: list[Place] = []
    for area in sorted({a.code: a for group in areas.gazetteer().values() for a in group}.values(), key=lambda a: a.code):
        province = areas.by_code(area.code[:2] + "0" * 10)
        if province is None or area.name.endswith(("直辖县级行政区划", "市辖区")):
            continue
        if area.level == "provincial":
            found.append(Place(area.name, "provincial", area.name, area.name))
        elif area.level == "city":
            found.append(Place(area.name, "city", area.name, province.name))
        else:
            city = areas.by_code(area.code[:4] + "0" * 8)
            prefix = city.name if city and area.name.endswith("区") else ""
            found.append(Place(prefix + area.name, "county", area.name, province.name))
    return tuple(found)


def _short_level(place: Place) -> str:
    return {"provincial": "省" if place.full.endswith("省") else "市", "city": "市"}.get(
        place.level, "区" if place.short.endswith("区") else "县")


def report(index: int, seed: int = 0, length: int | None = None, fact_share: float = 1.0) -> SyntheticReport:
    """The ``index``-th report of the corpus of ``seed``; independent of every other index.

    Without ``length``, a short report of a few fact sentences of each kind; with it, sentences
    until the body holds about ``length`` characters, a ``fact_share`` of them (by characters)
    stating facts and the rest from :data:`FILLER` (:mod:`benchmarks.calibrate` sets both)."""
    rng = random.Random(f"{seed}:{index}")
    level = rng.choices(LEVEL_MIX, weights=LEVEL_WEIGHTS)[0]
    place = rng.choice(places_at(level))
    year = rng.choice(YEARS)
    rel = _short_level(place)
    organ = f"{place.full}人民代表大会常务委员会"
    fill = {
        "year": year, "prev": year - 1, "short": rel, "party": f"{rel}委",
        "gov": f"{rel}人民政府", "court": f"{rel}人民法院", "procuratorate": f"{rel}人民检察院",
    }
    laws = catalog_laws()  # national laws first in catalog order: favour them as reports do
    laws = laws[: len(laws) // 2] if rng.random() < 0.7 else laws

    def topic() -> str:
        return rng.choice(TOPICS)

    def local() -> str:
        return f"{place.province}{topic()}{rng.choice(REGULATION_FORMS)}"

    def sentence(pattern: str) -> str:
        law = rng.choice(laws)
        return pattern.format(
            **fill, law=law, law_bare=rng.choice(laws).removeprefix(law_catalog.PRC),
            law_bare2=rng.choice(laws).removeprefix(law_catalog.PRC), local=local(), topic=topic(),
            dept=f"{rel}{rng.choice(DEPARTMENTS)}", n=rng.randint(2, 90), m=rng.randint(1, 9),
            pct=rng.randint(90, 100), places="、".join(rng.sample(["城区", "开发区", "重点企业", "乡镇", "社区"], 2)),
        )

    counts = {k: rng.randint(1, 12) for k in ("reports", "inspections", "inquiries", "investigations", "visits")}
    paragraphs = [rng.choice(OPENINGS).format(**fill), SUMMARY.format(**fill, **counts)]
    if length is None:
        for kinds, low, high in ((INSPECTION, 3, 6), (REVIEW, 2, 5), (OTHER, 3, 6)):
            paragraphs.append("".join(sentence(rng.choice(kinds)) for _ in range(rng.randint(low, high))))
    else:
        size, facts, paragraph = sum(map(len, paragraphs)), 0, ""
        while size < length:
            text = sentence(rng.choice(rng.choice((INSPECTION, REVIEW, OTHER)))) if facts < fact_share * size \
                else rng.choice(FILLER)
            facts += len(text) if text not in FILLER else 0
            size, paragraph = size + len(text), paragraph + text
            if len(paragraph) > 400 or size >= length:
                paragraphs.append(paragraph)
                paragraph = ""
    paragraphs.append(CLOSING.format(**fill, topic=topic()))
    title = f"{place.full}人民代表大会常务委员会工作报告({year}年)"
    level = "provincial" if place.level == "provincial" else place.level
    header = f"organ: {organ}\nlevel: {level}\nyear: {year}\ntitle: {title}\n\n"
    return SyntheticReport(f"syn-{seed}-{index:07d}.txt", header + title + "\n" + "\n".join(paragraphs) + "\n",
                           year, organ)


def reports(count: int, seed: int = 0, start: int = 0) -> Iterator[SyntheticReport]:
    """``count`` consecutive reports of the corpus of ``seed``."""
    for index in range(start, start + count):
        yield report(index, seed)


def write_corpus(out: Path, items: Iterable[SyntheticReport]) -> list[Path]:
    """Write reports as UTF-8 ``.txt`` files under ``out``; returns their paths."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for item in items:
        path = out / item.name
        path.write_text(item.text, encoding="utf-8")
        paths.append(path)
    return paths


def reports_for(triples: int, seed: int = 0, sample: int = 40) -> int:
    """How many reports reach about ``triples`` triples, from the mean of a built sample."""
    mean = sum(len(item.graph().graph) for item in reports(sample, seed)) / sample
    return max(1, math.ceil(triples / mean))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="directory to write the .txt reports into")
    parser.add_argument("--reports", type=int, help="number of reports")
    parser.add_argument("--triples", type=int, default=10_000, help="aim at this many triples (when --reports is not given)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    count = args.reports or reports_for(args.triples, args.seed)
    paths = write_corpus(args.out, reports(count, args.seed))
    print(f"wrote {len(paths)} reports to {args.out}")


if __name__ == "__main__":
    main()
