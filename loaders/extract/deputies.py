"""Deputies: named deputies (王瑛等12名代表) and counted or qualified groups of deputies.

Counted groups carry their count (区人大代表67名, 66名代表); qualified groups
(全区各级人大代表, 四级代表, 部分代表, 市人大代表, 与会代表) have none, and a report's
several words for one group are one entry; a name is a suggestion, taken only where the genre
writes one (X等N名代表, 、X代表、, 全国人大代表X, a list under a heading of deputies).
"""
from __future__ import annotations

import re

from typing import TYPE_CHECKING

from loaders.extract.spans import Claimed
from loaders.facts import DeputyMention
from loaders.lexicon.first_chars import finditer, quick
from loaders.lexicon.normalise import simplify
from loaders.lexicon.numerals import to_number
from loaders.lexicon.patterns import ABOUT_AFTER, HAN_CHARS, NUMERAL_CHARS, ORDINAL
from loaders.lexicon.tables import column

if TYPE_CHECKING:
    from loaders.extract.context import Context

_NUM = rf"(?P<n>\d+|[{NUMERAL_CHARS}]+)(?P<q>{ABOUT_AFTER})?"
_NOT_BODY = r"(?!建议|议案|团|大会|联络|工作|履职|之家|小组|性|倡议|票决|主体|作用)"
# 、 between two level words (区、乡人大代表) joins them into one group's description
_LEVELS_AND = r"(?<=[省市州区县乡镇])、(?=[省市州区县乡镇])"
# The common surnames a deputy's name may start with: data/surnames.csv.
_SURNAMES = "".join(column("surnames", "surname"))
# Representatives who are no deputies of a congress: of voters, residents, villagers, staff, parties.
_NOT_DEPUTY = r"(?<!选民)(?<!居民)(?<!村民)(?<!职工)(?<!员工)(?<!学生)(?<!家长)(?<!企业)(?<!商户)(?<!议事)(?<!党)(?<!政协)"
_COUNTED_BEFORE = quick(
    rf"(?:(?P<name>[{_SURNAMES}][{HAN_CHARS}]{{1,2}})等)?{_NUM}(?:名|位|人次)(?P<desc>(?:[^，,。；;、\d]|{_LEVELS_AND}){{0,10}}?)"
    rf"{_NOT_DEPUTY}(?:人大)?代表{_NOT_BODY}"
)
_COUNTED_AFTER = quick(rf"(?P<desc>[区县市省镇乡]?(?:{ORDINAL}届?)?)(?:人大)?代表(?:近|约)?{_NUM}(?:名|位|人次|人)")
# (部分省十四届人大代表履职情况报告: after 部分, 个别 or 全体, 代表履职 is those deputies' own work;
# 各级媒体宣传报道代表履职 is not a group of deputies)
_GROUP = quick(
    rf"(?:(?:全区|全市|全省|全县|全镇|全乡)?各级|全[区市省县镇乡]|[省市区县乡镇]{{2,4}}[一二三四五两]级|[一二三四五两]级)"
    rf"[^，,。；;\d]{{0,10}}?(?:人大)?代表{_NOT_BODY}"
    rf"|(?:部分|全体|个别)[^，,。；;\d]{{0,10}}?(?:人大)?代表{_NOT_BODY.replace('|履职', '')}"
)
# Deputies as a group taking part (与会代表, 组成人员和驻区市人大代表对…视察, 收集了省人大代表对…的意见):
# after a conjunction, a clause break or a verb that gathers them, and not as a modifier (人大代表建议).
# Counted once, where a report names its deputies no other way (a repeat is the same group).
_TAKING_PART = quick(
    r"(?:(?<=[，,。；;：:\n、和与及或])|(?<=组织|邀请|召集|收集|听取)|(?<=收集了|听取了))"
    rf"(?:驻[区地镇乡县市])?(?:全国|[省市州区县乡镇](?:、?[省市州区县乡镇])?)?人大代表{_NOT_BODY}(?![的们])"
    rf"|(?:与会|参会|出席)(?:人大)?代表{_NOT_BODY}(?![的们])"
)
_NAMED = quick(rf"(?<![^，,、。；：:（(“\n就对由请])(?P<name>[{_SURNAMES}][{HAN_CHARS}]{{1,2}})(?<!等)代表"
               r"(?=[，,、。；;等提领联在就对也还作说]|先后|发言|参加|出席|表示|介绍|认为|积极|主动|多次|走访|深入|带)")
_NAME = rf"(?<!关)[{_SURNAMES}][{HAN_CHARS}]{{1,2}}?"  # 关于王勇: 于 is no surname there
# Where a name ends: punctuation, or a verb or particle that follows a name (王明提出, 李红表示).
_NAME_END = (r"(?=[，,、。；;：:（(”\s和及等]|提出|提交|表示|认为|建议|说|介绍|发言|领衔|在|的|同志|先后|分别|参加|出席|列席"
             r"|组成|也|还|就|对|来到|到|走访|深入|带头|主动|积极|多次|经常|一直|始终|认真|专门"
             # what a deputy quoted in the news does next (在全国人大代表党永富看来, 代表李华坦言, 王明传达…)
             r"|看来|切实|感受|传达|告诉|坦言|指出|谈到|呼吁|强调|感慨|希望|觉得|带来|建言|讲述|回忆|$)")
# A deputy named by role: 全国人大代表王明, 省人大代表李红, 群众代表张强.
_BY_ROLE = quick(rf"(?:(?:全国|省|市|州|县|区|乡|镇)?人大代表|群众代表)(?P<name>{_NAME}){_NAME_END}")
# Deputies listed after 代表: 代表王明、李红、张强 (each is a named deputy).
_LISTED = quick(rf"(?<=代表)(?P<names>{_NAME}(?:、{_NAME})+){_NAME_END}")
# A personnel item: 王明辞去省人大代表职务, 接受李红辞去…代表职务的请求, 张伟当选为市人大代表;
# 罢免孙伟的市人大代表职务, 终止李红的代表资格, 补选王明为省人大代表.
_RESIGNED = quick(rf"(?P<name>{_NAME})(?:同志)?(?:辞去[^，,。；;]{{0,20}}?代表职务|当选为?[^，,。；;]{{0,20}}?代表)"
                  rf"|(?:罢免|终止|撤销|补选|选举|确认)(?P<other>{_NAME})(?:同志)?(?:的|为)[^，,。；;]{{0,20}}?代表(?:职务|资格)?")
# A deputy named by role and job (市人大代表、市中心医院院长李华): the name after the job title.
_JOB = r"(?:长|主任|书记|支书|经理|董事长|主席|委员|医生|教师|老师|站长|队长|厂长|所长|馆长|会长|员|师)"  # 材料员, 技术员, 工程师
_BY_ROLE_AND_JOB = quick(rf"(?:全国|省|市|州|县|区|乡|镇)?人大代表[、，,](?:[^，,。；;、\d]{{2,18}}?{_JOB})(?P<name>{_NAME}){_NAME_END}")
# Names listed before 等 and deputies: 王明、李红、张强等(3名)代表.
_LISTED_BEFORE = quick(rf"(?P<names>{_NAME}(?:、{_NAME})+)(?=等[^，,。；;]{{0,14}}?代表)")
# Names listed on the line under a heading of deputies (1.各级代表(18名) / 参加视察的人大代表：), a name
# to each item, 、-, ，- or space-separated: each is a named deputy.
# (The list's shape says they are names, so any surname: 琚新莲.)
_HEADED_LIST = re.compile(rf"^[^\n。；;]{{0,16}}代表(?:[（(]\d+[名人位][)）])?[:：]?\n(?P<names>[{HAN_CHARS}]{{2,4}}(?:[、，, ][{HAN_CHARS}]{{2,4}})+)[。；;]?$", re.M)
_FULL_NAME = re.compile(rf"[{HAN_CHARS}]{{2,4}}")
# A group of deputies qualified by level (市人大代表, 全国、省、市人大代表, 驻镇市县人大代表), by taking
# part (与会的市人大代表, 列席代表) or as grassroots deputies (基层县人大代表); never a modifier
# (市人大代表建议), 代表们, a deputy named next (市人大代表崔世刚: :data:`_BY_ROLE`) or a level word inside
# a longer word (城市人大代表).
_ROLE = r"(?:(?P<taking>与会|参会|出席)的?|列席|基层)"
_LEVEL = r"(?:全国|自治[区州县]|[省市州区县乡镇])"
_QUALIFIED = quick(
    rf"(?P<role>{_ROLE})?(?:驻[省市州区县乡镇地]{{1,3}})?(?<![社园城片辖景小都超郊新老本我各]){_LEVEL}(?:、?{_LEVEL})*人大代表"
    rf"|(?P<role2>{_ROLE.replace('<taking>', '<taking2>')})(?:人大)?代表"
)
_QUALIFIED_END = re.compile(rf"{_NOT_BODY}(?![们{_SURNAMES}])")
# 王勇等县十六届人大代表: a named deputy and the others, uncounted.
_NAMED_OTHERS = quick(rf"(?P<name>{_NAME})等(?P<desc>[^，,。；;、\d]{{0,12}}?)(?:人大)?代表{_NOT_BODY}")
_NOT_LEVEL = re.compile(r"[^国省市州区县乡镇]")


def _levels(mention: str) -> str:
    """The level words of a group's mention (88名省人大代表 → 省, 399名全国人大代表 → 国; 实到代表45人 → nothing)."""
    return _NOT_LEVEL.sub("", simplify(mention))


def find(ctx: Context) -> list[DeputyMention]:
    """Deputy mentions in the report, in text order."""
    text = ctx.text
    found: list[DeputyMention] = []
    taken = Claimed()

    def add(match: re.Match[str], count: int | None, name: str | None) -> None:
        start, end = match.span()
        if not taken.take(start, end):
            return
        first, last, mention = ctx.span(start, end)
        found.append(DeputyMention(mention, first, last, name, count))

    lines = ctx.lines_with("代表")  # every pattern names 代表
    for pattern in (_COUNTED_BEFORE, _COUNTED_AFTER):
        for start, end in lines:
            for match in finditer(pattern, text, start, end):
                value = to_number(match.group("n"))
                add(match, int(value) if value is not None else None, match.groupdict().get("name"))
    for start, end in lines:
        for match in finditer(_GROUP, text, start, end):
            add(match, None, None)
    for pattern in (_NAMED, _BY_ROLE, _BY_ROLE_AND_JOB, _RESIGNED, _NAMED_OTHERS):
        for start, end in lines:
            for match in finditer(pattern, text, start, end):
                add(match, None, match.group("name") or match.groupdict().get("other"))
    for start, end in lines:
        for match in (*finditer(_LISTED, text, start, end), *finditer(_LISTED_BEFORE, text, start, end)):
            offset = match.start("names")
            for name in match.group("names").split("、"):
                first, last, mention = ctx.span(offset, offset + len(name))
                if taken.take(offset, offset + len(name)):
                    found.append(DeputyMention(mention, first, last, name, None))
                offset += len(name) + 1
    for match in _HEADED_LIST.finditer(text):
        for name in _FULL_NAME.finditer(text, match.start("names"), match.end("names")):
            if taken.take(*name.span()):
                first, last, mention = ctx.span(*name.span())
                found.append(DeputyMention(mention, first, last, name.group(), None))
    for match in _qualified_groups(text, lines, [simplify(d.mention) for d in found if d.name is None],
                                   {_levels(d.mention) for d in found if d.count is not None}):
        add(match, None, None)
    if not found:  # deputies named only as a group taking part: the report's one group of deputies
        first = next((m for start, end in lines for m in finditer(_TAKING_PART, text, start, end)), None)
        if first:
            add(first, None, None)
    return sorted(found, key=lambda d: d.start)


def _qualified_groups(text: str, lines: list[tuple[int, int]], groups: list[str], counted: set[str]) -> list[re.Match[str]]:
    """The groups of :data:`_QUALIFIED` in ``lines`` that are none of the groups already found
    (``groups``, their simplified mentions; ``counted``, the :func:`_levels` of the counted ones),
    one match for each.

    One entry for each group, however often the report names it: 区人大代表 after 全区各级人大代表 is
    some of that group; the group taking part (与会代表) is any group the report names (部分市人大代表).
    Where the report counts its deputies (应到代表80人, 88名省人大代表), so are the deputies of a level it
    counts (省人大代表), or of any level when it counts them bare (实到代表45人), and those of a role (列席代表).
    """
    seen = list(groups)
    found = []
    for start, end in lines:
        for match in finditer(_QUALIFIED, text, start, end):
            words, levels = match.group(), _levels(match.group())
            role, taking = match.group("role") or match.group("role2"), match.group("taking") or match.group("taking2")
            if (not _QUALIFIED_END.match(text, match.end()) or any(g.endswith(words) for g in seen)
                    or any("各级" in g and levels in _levels(g) for g in seen)
                    or (taking and groups)
                    or (counted and (role or ("" in counted) or levels in counted))):
                continue
            seen.append(words)
            found.append(match)
    return found
