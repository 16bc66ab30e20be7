"""What an activity is about: a short subject phrase from its laws or its evidence.

The subject is display text for analysts (湿地保护, 社会救助); it is derived,
never invented: from the laws' titles, else from the object of the verb.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.extract import object_kinds
from loaders.lexicon import areas

_LAW_FRAME = re.compile(r"^(?:中华人民共和国|全国人民代表大会常务委员会关于|[^关]{2,12}?人民代表大会常务委员会关于)")
_LAW_END = re.compile(r"(?:的决定|实施细则|实施办法|条例|规定|办法|细则|法)$")
# The verb (or the 关于 a listed title opens with: 、关于全县…情况的报告), the area words of a topic (全县道路运输, not the
# 全国 of 全国人民代表大会常务委员会工作报告), and the maker before 关于 (最高人民检察院关于…, 县人大常委会关于…).
_OBJECT = re.compile(
    r"(?:听取和审议|听取审议|听取、审议了?|听取了?|审议了?|专题调研|调研视察|视察调研|调研|视察|聚焦|围绕|开展|进行|组织|^关于"
    # a later item of a list of reports heard, its maker before its 关于 (…的报告、县人民检察院关于…的报告)
    r"|^[^，,。；、《》]{2,24}?关于)"
    r"(?:了|(?:全区|全市|全省|全县|全镇|全国|我省|我市)(?!人民代表大会|人大))?"
    r"(?:[^，,。；]{0,24}?关于)?"
    r"(?P<object>[^，,。；]{2,60}?)"
    r"(?:等?工作情况|等?重点工作|等[^，,。；]{0,6}事项|的?实施情况|等?情况|的?专项报告|的?报告|工作(?![、和及与])|$)"  # 工作、, 工作和: a list goes on (newuser21 §8)
)
# What the work was done on, before its verb (对中央政府公共投资计划实施情况开展跟踪调研, 对…工作进行视察,
# 就营商环境开展专题询问, 围绕乡村振兴开展专题询问): read first, since the words after a verb may run on into what
# followed the work (调研后要求国务院把…).
# Not a verb of a relative clause inside the object (就省人大常委会开展的三项联动监督工作和…“一法一条例”…开展监督检查: the
# object is the work and the laws, not the body whose work it names first; round 42, newuser27 §3), nor where the work is
# done (在我市的贯彻实施情况); the verb of the work itself, told after 的 (对“一府两院”工作开展的专题询问, dev ae41), is the verb.
_DONE_ON = re.compile(r"(?:对|就|围绕|针对|聚焦)(?!该|上述|这|此|相关|有关|其)(?P<object>[^，,。；]{2,40}?)(?:在(?:我|本|全)[省市县区]的?(?:贯彻)?(?:实施|执行|落实)情况|的?实施情况|的?贯彻落实情况|等?工作情况|等?情况|工作)?"
                      r"(?:赴[^，,。；]{1,12}?)?(?:开展|进行)了?(?!的(?!(?:专题|专项|集中)?(?:询问|视察|调研|检查|执法检查|评议|测评|督查)))")  # not where it went (…情况赴锡林郭勒盟进行了集体视察)
_NOISE = re.compile(r"^(?:了|对|关于|开展|(?:[并和](?:审议|测评))?(?:通过)?了?)|^[省市县区乡镇]级(?=[^，,。；]{2})|(?:等|的)$")
# Who made the report heard, before what it is on (县人大常委会主任冯文元作的人大常委会工作报告, 镇长所做的政府工作报告): the
# speaker, not the subject; and the marks of a title (《城厢镇人民政府工作报告》), no words of it.
_MADE_BY = re.compile(r"^[^，,。；《》]{0,40}?(?:所[作做]|(?<![工合协运创制操动写])[作做])的")  # not 工作的, 合作的
_TITLE_MARKS = re.compile(r"[《》〈〉]")
# The organs that made a report together, before its 关于 (A、B、C联合作的关于…, …共同提交的关于…: round 39, newuser23 §1):
# its makers, not its subject (联合作的 is no speaker's 作的 to :data:`_MADE_BY`, which leaves 合作的 alone).
_JOINT_MAKERS = re.compile(r"^[^，,。；《》]{2,80}?(?:联合|共同|联名)[^，,。；《》关]{0,8}?关于")
# The words before the first of several subjects a title shares (听取审议了关于A、B…): the verb and 关于.
# (院长张三、检察长李四分别作了A、B工作报告: the speakers' verb)
_HEARD_LEAD = re.compile(r"^(?:[^、]*?(?:听取(?:和|并|、)?(?:审议|测评)|听取|审议(?!意见|结果)|分别(?:作|做))了?)?(?:[^、]*?关于)?")
# What a shared title's last part ends with after its subject (…工作情况的报告, …管理运行情况的调研报告).
# Organs that each report, then their verb (县政府、县法院、县检察院分别通报了上半年工作情况): the last part ends at its organ.
_PART_VERB = re.compile(r"(?:分别)?(?:书面)?(?:通报|汇报|报告)了.*$|(?:分别)?书面(?:通报|汇报|报告).*$")
_PART_TAIL = re.compile(r"(?:等|的|工作|实施|专项|专题|情况|调研|视察|考察|执法检查|报告|汇报|决议)+$")
# Words that name the activity itself or its form, not what it is about (情况, 专班, 方案).
_GENERIC = re.compile(r"(?:相关|有关|专项|专题|工作|专题调研|专题询问|满意度测评|执法检查|检查|督查|视察|调研|报告|情况|审查|审议|专班|方案|整改|跟踪|监督|主动)+")
# Who does the work and the work itself, after the verb that organises it (组织代表开展视察; two kinds at once,
# 组织人大代表进行视察评议: round 47, newuser33 A7): no topic.
_WHO_DOES = re.compile(r"[^，,。；]{0,8}?(?:开展|进行)了?(?:专项|专题|集中)?(?:视察|调研|检查|执法检查|询问|专题询问|测评|评议){1,2}")
# What points back at reports named before (以上报告, 上述情况, 结合审议该报告开展专题询问, 对此报告进行满意度测评), a
# count's unit left without its number (听取次专项报告), or reports named only as a set or by their time (审议通过各项报告,
# 听取年度工作专题报告: newuser21 §7): no topic of its own.
_NO_TOPIC = re.compile(r"以上|上述|前述|(?:该|此|这[个一]?)(?:项|份)?报告|^[次项个件批]"
                       r"|^(?:其他)?(?:各项|各类|全部|所有|这些|有关|年度|全年|本年度|半年|上半年|下半年)$")


@lru_cache(maxsize=4096)
def law_topic(title: str) -> str:
    """湿地保护法 → 湿地保护; 武汉市蔬菜农药残留监督管理条例 → 蔬菜农药残留监督管理."""
    title = _LAW_FRAME.sub("", title)
    for _, _, name in areas.names_in(title[:10]):
        if title.startswith(name):
            title = title[len(name) :]
            break
    return _LAW_END.sub("", title)


def subject_of(kind: str, evidence: str, laws: list[str]) -> str:
    """A short subject for an activity of ``kind`` stated by ``evidence`` (simplified text)."""
    if laws:
        return "、".join(dict.fromkeys(law_topic(t) for t in laws))
    return _topic(_DONE_ON.search(evidence) or _OBJECT.search(evidence)) or _focus_opening(evidence)


def _focus_opening(evidence: str) -> str:
    """The topics the clause opening ``evidence`` makes the focus of the work after it (把农村人居环境整治作为视察重点，
    组织代表开展视察 → 农村人居环境整治: :data:`_MADE_FOCUS`), "" for none."""
    opening = re.split(r"[，,；;]", evidence, maxsplit=1)[0]
    return focus(opening) if _MADE_FOCUS.match(opening) and opening != evidence else ""


def done_on(evidence: str) -> str:
    """What ``evidence`` names its work done on before the verb (聚焦物业服务管理、民生实事项目推进开展专题询问2次 →
    物业服务管理、民生实事项目推进; 对…开展, 就…进行, 围绕…开展), "" for none: a counted activity naming it is an
    activity on those topics as well as a total (``loaders.build.activities``; a first-time analyst, round 30)."""
    return _topic(_DONE_ON.search(evidence))


def _topic(match: re.Match[str] | None) -> str:
    """The subject the object a subject pattern matched names, "" for none or one naming nothing specific."""
    if not match:
        return ""
    subject = _NOISE.sub("", _MADE_BY.sub("", _JOINT_MAKERS.sub("", _TITLE_MARKS.sub("", match.group("object").strip()))))
    if (re.search(r"\d", subject) or len(subject) < 2 or _GENERIC.fullmatch(subject) or _NO_TOPIC.search(subject)
            or _WHO_DOES.fullmatch(subject)):
        return ""
    return subject


def shared_subjects(words: str) -> list[str]:
    """The subject of each report a title shares, from the words that hear it (听取审议了关于国土空间总体规划、营商环境
    工作审议意见整改落实情况 → 国土空间总体规划, 营商环境工作审议意见整改落实; 听取和审议了区科学技术局、区统计局工作情况的
    报告 → 区科学技术局, 区统计局): the title past its verb and 关于, split by :func:`object_kinds.subjects`, each
    part without the head of the title after it; one item for a title of one report."""
    parts = object_kinds.subjects(_HEARD_LEAD.sub("", _TITLE_MARKS.sub("", words)))
    return [_PART_TAIL.sub("", _PART_VERB.sub("", _HEARD_LEAD.sub("", _MADE_BY.sub("", part)))).strip() for part in parts]


#: The kinds of a report heard, which a list of reports gives (not a filing review nor work told with its verb), and the
#: words naming the reports (a list's 等工作报告, …情况的汇报): a list of subjects only where both are told.
_REVIEWS = frozenset({"report_review", "budget_review", "audit_oversight"})
_REPORTED = re.compile("报告|汇报")
#: A later part holding 关于 (市人社局、市卫计委关于…的报告; 听取区财政局、区审计局关于…的汇报): the list names the reports' makers,
#: not their subjects.
_ABOUT = "关于"


def listed_subjects(words: str, kinds: list[str]) -> list[str]:
    """The subject of each of ``kinds`` (the types of the reviews one list of reports heard gives, on one evidence, in
    order) from the words that hear it (招商服务、庭院经济发展情况、预算、决算、审计和环境目标完成情况等工作报告 with
    report_review, report_review, budget_review, audit_oversight, report_review → 招商服务, 庭院经济发展, 预算、决算, 审计,
    环境目标完成): each part of the shared title (:func:`shared_subjects`) goes to the reviews of its own kind
    (:func:`object_kinds.kinds_of`), in order; a kind's one review takes all its parts (the budget's 预算、决算 are one
    review of it), several take one each; "" where a kind's parts and reviews do not pair, and for all where ``kinds``
    are not all of reports heard (:data:`_REVIEWS`), ``words`` name no report (:data:`_REPORTED`: 对前一阶段的计划、预算执行
    情况开展初步审查) or a later part names its makers (:data:`_ABOUT`). Source: round 47, newuser33
    A3 (a county's list of reports heard gave six reviews, four with no subject and one evidence)."""
    raw = object_kinds.subjects(_HEARD_LEAD.sub("", _TITLE_MARKS.sub("", words)))
    parts = shared_subjects(words)
    if (len(raw) != len(parts) or len(parts) < 2 or not set(kinds) <= _REVIEWS or not _REPORTED.search(words)
            or any(_ABOUT in part for part in raw[1:])):
        return [""] * len(kinds)
    by_kind: dict[str, list[str]] = {}
    for part, subject in zip(raw, parts):
        if subject:
            by_kind.setdefault((object_kinds.kinds_of(part) or ("report_review",))[0], []).append(subject)
    copies = {kind: kinds.count(kind) for kind in kinds}
    taken: dict[str, int] = {}
    found = []
    for kind in kinds:
        own = by_kind.get(kind, [])
        if copies[kind] == 1 and own:
            found.append("、".join(own))
        elif copies[kind] == len(own):
            found.append(own[taken.get(kind, 0)])
            taken[kind] = taken.get(kind, 0) + 1
        else:
            found.append("")
    return found


# A clause naming what the work after it in its sentence focuses on (聚焦安全生产责任落实、基层基础建设等关键环节，听取审议
# 工作报告、开展专题询问; 围绕优化营商环境，开展专题调研): its object, up to the 等 closing a list of topics.
# Not a slogan's focus (围绕中心、服务大局, 紧扣中心, 围绕群众关心关注的热点难点问题, 聚焦破解难题服务发展, 围绕党的二十大精神).
_FOCUS = re.compile(r"^(?:[^，,。；]{0,6}?)(?:聚焦|围绕|针对|紧扣|紧盯|着眼)"
                    r"(?!中心|大局|全局|群众|人民群众|破解|服务|党的|习近平|中央(?:和|的|决策|部署|精神)|[省市县区]委|党委)(?P<object>[^，,。；]{2,60})$")
# What closes the topics: 等 and the words after it, their kind (关键环节, 问题, 领域) or their count (三个议题, 议题首次破题).
_FOCUS_TAIL = re.compile(r"等[^、]*$|(?:[一二三四五六七八九十\d]+个)?(?:议题|主题)[^、]*$"
                         r"|(?:的|等)?(?:关键环节|短板弱项|重点领域|突出问题|问题|领域|方面|工作|重点)+$")


# A clause making topics the focus of the work told after it (堅持把政府确定的重点工程、重要工作以及所办实事列为视察重点内容，
# 组织人大代表进行视察评议; 把乡村振兴作为调研重点): its object, past the body that set them (政府确定的), its joining
# words as the list's marks (round 47, newuser33 A7).
_MADE_FOCUS = re.compile(r"^[^，,。；]{0,8}?把(?:[^，,。；、]{0,12}?(?:确定|提出|部署|安排|关注)的)?(?P<object>[^，,。；]{2,60}?)"
                         r"(?:列为|列入|作为|确定为)[^，,。；]{0,8}?(?:重点|内容|议题|课题)[^，,。；]{0,4}$")
_JOINING = re.compile("以及|及")


def focus(clause: str) -> str:
    """The topics a clause of focus names for the work told after it in its sentence (聚焦A、B等关键环节和短板弱项 → A、B;
    围绕优化营商环境 → 优化营商环境; 把A、B以及C列为视察重点内容 → A、B、C); "" for any other clause or one naming nothing specific. Source: a first-time
    analyst (round 30: the shared corpus seed's 聚焦…，听取审议工作报告、开展专题询问 gave an inquiry with no subject)."""
    made = _MADE_FOCUS.match(clause.strip())
    found = made or _FOCUS.match(clause.strip())
    if found is None:
        return ""
    subject = _FOCUS_TAIL.sub("", _TITLE_MARKS.sub("", found.group("object")))
    subject = _JOINING.sub("、", subject) if made else subject
    return "" if len(subject) < 2 or _GENERIC.fullmatch(subject) or _NO_TOPIC.search(subject) else subject
