"""Facts: what the extractor finds in one document, each with its evidence span.

The JSON form (:meth:`Facts.to_json`) is the evaluation contract of DESIGN.md.
Offsets are character offsets into ``Document.text``; ``text[start:end]`` is
the ``mention`` (laws, organs, deputies) or the ``evidence`` (activities,
statistics).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

ACTIVITY_TYPES = (
    "law_enforcement_inspection",
    "special_inquiry",
    "report_review",
    "investigation",
    "site_visit",
    "satisfaction_evaluation",
    "filing_review",
    "budget_review",
    "audit_oversight",
    "other",
)


@dataclass
class LawMention:
    mention: str
    canonical: str
    inspected: bool
    start: int
    end: int
    level: str | None = None  # 法律, 行政法规, 地方性法规 …, when known
    evidence: str | None = None  # the sentence that ties the law to an inspection
    candidates: list[str] = field(default_factory=list)  # the titles an ambiguous mention may mean
    # the words name a draft of the law (审议《X条例（草案）》, X条例修订草案): a bill, not the law in force;
    # the gold counts it as a law all the same; in the JSON only when true
    draft: bool = False
    # the words write the title one character off a catalog law's, which ``canonical`` names (《…水污染防治发》): the
    # spelling the text gives is ``mention``; in the JSON only when true
    corrected: bool = False
    # the area whose congress most plausibly made a local regulation the text names without its place (河道保护管理条例
    # in a Wuhan district's report: 武汉市), or made the local reading of an ambiguous title; a reading, not a resolution:
    # ``canonical`` keeps the text's words. In the JSON only when known
    probable_area: str | None = None
    # the canonical is the text's words with the report's own area put before them (居家养老服务条例 in Beijing's report →
    # 北京市居家养老服务条例, as the golds give such titles), which the catalog does not hold and the text nowhere writes in
    # full: a reading, unresolved, perhaps a short name of a title worded otherwise (自贸试验区条例 for
    # 中国（上海）自由贸易试验区条例: newuser30 E1). In the JSON only when true
    area_added: bool = False


@dataclass
class Activity:
    type: str
    evidence: str
    start: int
    end: int
    laws: list[str] = field(default_factory=list)  # canonical titles
    subject: str = ""
    count: int | None = None
    overseen: list[str] = field(default_factory=list)  # canonical organ names
    #: Organs that conducted it together with its conductor (联合, 会同, 与…: ``loaders.extract.partners``), canonical names
    jointly_with: list[str] = field(default_factory=list)
    issues: list[str] = field(default_factory=list)  # notations (local names) of the issue concepts it is about
    status: str = "reported"  # "planned" for the work a plan or an announcement says will be done
    follow_up: bool = False  # follows up earlier work (跟踪检查, 回头看, 审议意见落实情况): its laws count as inspected
    year: int | None = None  # the year its sentence opens with (2025年，常委会拟…); None: the report's year(s)
    #: The years its sentence looks back over, ending with the report's one year (五年来… in a 2022 report: "2018-2022"),
    #: when no year of its own dates it; None: ``year`` or the report's year(s).
    years: str | None = None
    # another congress body whose work the report's organ assisted (配合全国人大常委会执法检查组…, 全国人大
    # 常委会执法检查组来我省检查…): it conducted the activity; None: the report's organ did; in the JSON only when set
    conducted_by: str | None = None
    #: The areas where the work was done, as the area lexicon names them, with the words naming each and their offsets
    #: (its provenance): ``{"name": "荆州市", "code": "421000", "mention": "荆州市", "start": 25, "end": 28}``
    #: (:mod:`loaders.extract.places`: 赴荆州市、洪湖市检查…, 来我市调研); in the JSON only when some are named.
    places: list[dict[str, str | int]] = field(default_factory=list)
    #: The person the sentence says led the work (率, 带领, 带队, 率领), as written, with the words naming them and their
    #: offsets: ``{"name": "周先旺", "title": "省人大常委会副主任", "mention": "省人大常委会副主任周先旺", "start": 6,
    #: "end": 18}``; in the JSON only when named.
    led_by: dict[str, str | int] | None = None
    #: Organs that assisted or accompanied the conductor's work without conducting it (配合, 协助, 陪同: the report's organ
    #: helping another congress body, hosting a visiting group: ``loaders.extract.partners``), canonical names; in the
    #: JSON only when some did.
    assisted_by: list[str] = field(default_factory=list)
    #: For a follow-up, the year of the earlier inspection it names as its object (对2021年开展的《X法》执法检查开展
    #: “回头看”: 2021; 跟踪监督去年…执法检查审议意见落实情况: the report's year before): :mod:`loaders.extract.followed_years`;
    #: in the JSON only when named. The shared scorer reads no such key.
    follows_year: int | None = None
    #: The date its sentence gives the work, ISO 8601 to the precision the words give: ``"2023-05-12"`` (5月12日),
    #: ``"2023-05"`` (5月, 5月中旬, 8月至9月: the first), ``"2023"`` (a year of its own the sentence names, 2021年，…曾对…;
    #: 上半年 is no month); its year the one the words name, else the activity's, else the report's single year
    #: (:mod:`loaders.extract.activity_dates`); in the JSON only when given. The shared scorer reads no such key.
    date: str | None = None
    #: The years the store dates it by and where they come from, ``{"years": "2023", "from": "header"}``: ``from`` is
    #: ``sentence`` (``year`` or ``years``), ``header`` (the report's ``year:``) or ``report text`` (the report's year
    #: read from its text) (:func:`loaders.years.activity_years`, the graph's rule too; a new user's round 47, B2: a
    #: ``year`` null read as a missing date); None when neither it nor its report names a year. The scorer reads no such key.
    dated: dict[str, str] | None = None


#: Keys of an activity the Facts JSON gives only when set.
_LAW_OPTIONAL = ("draft", "corrected", "probable_area", "area_added")
_ACTIVITY_OPTIONAL = ("conducted_by", "places", "led_by", "assisted_by", "follows_year", "date")


#: What separates the canonical names of a report's several publishers in its metadata's ``publishers``.
PUBLISHER_SEPARATOR = "、"


def publishers(report: dict[str, str]) -> list[str]:
    """The canonical names of the organs that publish a report (``report``: its metadata): the several its
    ``publishers`` lists (:mod:`loaders.extract.publishers`: 遂溪县洋青镇、北坡镇人民代表大会), else its ``organ``; [] for none."""
    if several := report.get("publishers"):
        return several.split(PUBLISHER_SEPARATOR)
    return [report["organ"]] if report.get("organ") else []


@dataclass
class OrganMention:
    mention: str
    canonical: str | None
    start: int
    end: int
    kind: str | None = None  # congress, assembly, government, department, court, procuratorate, party, police, collective …
    # the text leaves the organ's place unnamed (县人大常委会 in a township report): canonical is the
    # bare full name (县人民代表大会常务委员会), a kind of organ, not one organ; in the JSON only when true
    unnamed_place: bool = False

    @property
    def is_organ(self) -> bool:
        """One organ with a known name: what the graph holds as a node."""
        return bool(self.canonical) and self.kind != "collective" and not self.unnamed_place


@dataclass
class DeputyMention:
    mention: str
    start: int
    end: int
    name: str | None = None
    count: int | None = None


@dataclass
class Statistic:
    evidence: str
    what: str
    value: float | int
    unit: str
    start: int
    end: int
    qualifier: str | None = None  # 余, 多, 近, 以上 …
    kind: str | None = None  # the activity kind a summary count counts (开展执法检查11项 → law_enforcement_inspection)
    #: The years its sentence looks back over (五年来…检查30件法律 in a 2022 report: "2018-2022"); None: the report's.
    years: str | None = None
    #: "reported" (done) or "planned": a figure of a plan or an intention (全年拟安排…开展执法检查2项) is work to come.
    status: str = "reported"
    #: The class of the measure-class vocabulary it counts in (代表建议 件 → ``suggestions_received``, a summary count's
    #: activity kind: ``law_enforcement_inspection``), None when none fits; the measure keeps the report's words
    #: (:mod:`loaders.extract.measure_classes`).
    measure_class: str | None = None
    #: The body or topic the figure is of, as written, where the report names one for it alone: a 分别 list's percentage
    #: is the item named in its place before 分别 (对县公安局、县市场监督管理局开展工作评议，满意率分别为92.5%和88.1%:
    #: 县公安局, then 县市场监督管理局); a rating's rate, what the rating rated (对审计查出问题整改情况报告开展满意度测评，满意率为
    #: 96.8%: 审计查出问题整改情况报告); None otherwise (the report's work as a whole).
    subject: str | None = None
    #: The index in :attr:`Facts.statistics` of the total this figure is a part of, told after 其中, 包括, 含 or 分别
    #: (…执法检查84项，其中单一…62项: 62's is 84's index); None for a figure of its own. A part is of no measure class and
    #: no kind, its total being of them (:mod:`loaders.extract.stat_parts`).
    part_of: int | None = None


LOOP_TYPES = ("finding", "review_opinion", "handling_report", "recommendation")


@dataclass
class LoopStep:
    """A step of the accountability loop a report states, tied to the activity it belongs to.

    ``activities`` index :attr:`Facts.activities`: the activity that found the problem
    (finding), whose deliberation gave the opinion (review_opinion), that heard and
    evaluated the handling report (handling_report), or whose group or report made the suggestions
    (recommendation: 检查组提出建议6条, an inspection's, investigation's or visit's own); ``responds_to`` indexes
    :attr:`Facts.loop`: the opinion a handling report answers, when the same report states it.
    """

    type: str  # one of LOOP_TYPES
    evidence: str
    start: int
    end: int
    laws: list[str] = field(default_factory=list)  # canonical titles
    activities: list[int] = field(default_factory=list)
    responds_to: int | None = None


@dataclass
class Facts:
    laws: list[LawMention] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    organs: list[OrganMention] = field(default_factory=list)
    deputies: list[DeputyMention] = field(default_factory=list)
    statistics: list[Statistic] = field(default_factory=list)
    loop: list[LoopStep] = field(default_factory=list)
    #: The report's metadata (organ, jurisdiction, level, year or year range, issued, title, url …).
    report: dict[str, str] = field(default_factory=dict)
    #: What the report's header leaves in doubt, one line each (:attr:`Context.warnings`), then the titles the text names
    #: that the extractor could not resolve (:func:`loaders.extract.laws.unread_titles`).
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The Facts JSON of DESIGN.md (extra keys are allowed by the contract); the report's ``level`` as every answer
        of okg spells it (:func:`loaders.read.text.spelt_level`: province, not the extractor's provincial)."""
        return {
            "laws": [{k: v for k, v in asdict(x).items() if k not in _LAW_OPTIONAL or v} for x in self.laws],
            "activities": [{k: v for k, v in asdict(x).items() if k not in _ACTIVITY_OPTIONAL or v} for x in self.activities],
            "organs": [{k: v for k, v in asdict(x).items() if k != "unnamed_place" or v} for x in self.organs],
            "deputies": [asdict(x) for x in self.deputies],
            "statistics": [{k: v for k, v in asdict(x).items() if (k != "subject" or v) and (k != "part_of" or v is not None)}
                           for x in self.statistics],
            "loop": [asdict(x) for x in self.loop],
            "report": _spelt(self.report),
            "warnings": list(self.warnings),  # always present, [] when the header leaves nothing in doubt
        }


def _spelt(report: dict[str, str]) -> dict[str, str]:
    """``report`` (a Facts' metadata) with its ``level`` spelt as okg's answers spell levels (newuser30 T6)."""
    from loaders.read.text import spelt_level

    return {**report, "level": spelt_level(report["level"])} if report.get("level") else dict(report)
