"""Law titles in a report: 《》 titles, bare titles, enumerations and back-references.

Finds where the text names a law, regulation, rule or legal decision and gives
each mention its canonical title: catalog titles for national laws and
administrative regulations (looked up by the normalised title), the title the
text gives for the rest, never an area the text does not name. A bare title the
catalog holds and the text also names as a local regulation (城市绿化条例 beside
《武汉市城市绿化条例》) is ambiguous: its hit lists both readings as candidates.
Names inside longer words (大气污染防治法规) and 《》 around things that are not
laws (《政府工作报告》, plans, opinions, standards) are not mentions.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from loaders.extract import drafts, law_levels, laws_bare, topic_laws
from loaders.extract.spans import Stretches, start_after
from loaders.facts import Activity, LawMention
from loaders.lexicon import areas, law_catalog
from loaders.lexicon.areas import Jurisdiction
from loaders.lexicon.first_chars import finditer
from loaders.lexicon.normalise import normalised, title_form, title_key
from loaders.lexicon.patterns import COUNT_NUMERAL_CHARS, HAN_CHARS, MAKING, NUMERAL_CHARS, OWN_AREA, SMALL_NUMERAL_CHARS
from loaders.lexicon.tables import column

if TYPE_CHECKING:
    from loaders.extract.context import Context

SUFFIXES = ("实施细则", "实施办法", "条例", "规定", "办法", "细则", "规则", "决定", "法典", "法")
# 《…》 may nest 〈…〉 (《湖南省实施〈中华人民共和国农村土地承包法〉办法》); a lone 〈…〉 is a title too.
# Some pages nest 《》 in 《》 (《关于修改《X条例》的决定》) or write <> for 〈〉, and a decision amending an
# implementing measure nests three deep, either way round (《关于修改〈某市实施《X法》办法〉的决定》).
_TITLE = re.compile(r"《((?:[^《》〈〉\n]|〈(?:[^〈〉《》\n]|《[^〈〉《》\n]*》)*〉|《(?:[^〈〉《》\n]|〈[^〈〉《》\n]*〉)*》){1,150})》"
                    r"|〈([^《》〈〉\n]{1,150})〉")
_NESTED = re.compile(r"〈([^〈〉]{2,60})〉|<([^<>]{2,60})>|《([^《》]{2,60})》")
# What a title quoted in another stands as when the words after it, past the titles listed with it, call it a
# normative document (关于废止〈关于加强司法监督的若干规定〉等七件规范性文件的决定: a standing committee's own documents,
# no laws, as the decision repealing them is none: the lead's round 28 ruling on ae27).
_NORMATIVE_AFTER = re.compile(rf"(?:[、和及]?[〈<《][^〈〉<>《》]{{2,60}}[〉>》])*(?:等[\d{COUNT_NUMERAL_CHARS}]+[件项部个])?规范性文件")
_INNER_BRACKETS = str.maketrans("〈〉<>", "《》《》")
# 某省实施《X法》办法 (若干规定, 规定, 细则): a measure implementing a national law, which the province's congress makes
_IMPLEMENTING = re.compile(r"实施《[^《》]+》(?:办法|若干规定|规定|细则)$")
# A trailing note of a draft or a revision (（草案）, （修订草案）, （2018年修正）) is not part of the
# title; an amendment's number (刑法修正案（七）, 宪法修正案（1988年）) is. A draft's words are the table's
# (lexicon/data/draft-notes.csv, as :mod:`loaders.extract.drafts` reads them).
_DRAFT = re.compile(rf"[（(][^（()）]*(?:{drafts.words()}|修订|修正)[^（()）]*[)）]$")
_PARTY = ("中共", "中国共产党", "党中央")
_TRIAL = re.compile(r"[（(](?:试行|暂行)[)）]$")
_NPCSC = re.compile(r"^(全国人大常委会|全国人民代表大会常务委员会|全国人民代表大会)关于")  # the national legislature's
# A bare local title after its area's name: a standing committee's decision, a regulation or measure, or a legislating
# congress's rules of procedure (深圳市人民代表大会议事规则修订草案, dev j19: a law, round 9; a county's are none).
_LOCAL_BODY = re.compile(
    r"(?:(?:人大常委会|人民代表大会常务委员会)关于[^，,。；;、\n《》“”]{2,80}?的决定"
    rf"|[{HAN_CHARS}]{{2,30}}?(?:实施细则|实施办法|条例|细则|规定|办法|议事规则))"
)
# A list item ends where the list or its clause goes on: 、水法在我省的实施情况, 水法实施情况. A PDF's text layer may break
# the line right after the list mark (制定科技创新条例、⏎知识产权保护条例: af15, round 48).
# Words of a title's version before it (修订后的自治区征兵工作条例, 新修订的…条例, 现行…条例) are no part of it.
_VERSION_WORDS = "(?:修订后的|修改后的|修正后的|新修订的|新修改的|新修正的|现行的?)"
_LIST_ITEM = re.compile(rf"(?:、|和|及|与|以及)\n?{_VERSION_WORDS}?([{HAN_CHARS}]{{1,25}}?(?:条例|规定|办法|细则|法))(?=[、和及与等,，。；;\s”》]|在|的|实施|执行|贯彻|落实|开展|进行|执法|$)")
# Words no title holds: a list item holding one has run on past its title (刑诉法有关规定), or is the
# law's own regulation (及其实施条例), which :func:`laws_bare.implementing_rules` reads.
_NOT_ITEM = re.compile(r"有关|相关|等|^其")
# A congress's own law-making: 制定人大街道工委工作条例, 启动…条例的制定 (a local report's legislature),
# the regulations it reviews, adopts or argues for in running text (审议精神卫生条例, 审议通过了…条例, 论证…条例: round 48,
# the bare titles of a provincial work report),
# and the drafts it reviews, alone or listed (审议秦岭生态环境保护条例修订草案、测绘条例修订草案), the draft's
# note in brackets or not (贾湖遗址保护条例（草案）, 港口条例修正案（草案）), after a verb of law-making or of
# hearing, a preposition (关于, 对, 就), a list mark or a colon: a clause's start is no title's start
# (会议研究了X条例草案 is no title 会议研究了X条例).
# A draft decision may be listed without its 关于 (…条例（草案）、提高公众应急处置能力的决定（草案）); regulations
# listed before one draft note are drafts too (审议…草案和标准化条例、森林管理条例修订草案二次审议稿).
# A count or a quantifier of regulations (制定多个条例, 出台一批条例, 修改3部条例; 审议…和有关法规修改的决定草案, dev
# ae03), or a second verb of law-making, opens no title.
_NO_TITLE_START = rf"(?![\d{COUNT_NUMERAL_CHARS}几多]+[个部件项批]|若干|一系列|系列|相关|有关|一些|各项|这些|出台|制定|修订|修正|修改|通过)"
_ENACTED_TITLE = rf"{_NO_TITLE_START}(?:(?!审议|关于|草案)[{HAN_CHARS}]){{2,25}}?(?:条例|实施办法|实施细则|若干规定)"
_DRAFT_TITLE = rf"{_ENACTED_TITLE}|{_NO_TITLE_START}(?:(?!审议|关于|草案|的决定)[{HAN_CHARS}]){{4,40}}的决定"
_ENACTED = re.compile(rf"(?:制定|修改|修订|修正|出台|废止|启动|审议通过|审议|通过|论证)了?(?P<made>{_ENACTED_TITLE})"
                      r"(?=[,，。；;、]|的(?:制定|修改|修订|起草)|$)"
                      # the last character of every lookbehind first: one test rejects most positions, which
                      # would otherwise try every lookbehind (the draft's branch has no leading literal to skip by)
                      rf"|(?<=[议改订取于对就、和及：:“])(?:(?<=审议)|(?<=修改)|(?<=修订)|(?<=听取)|(?<=关于)|(?<=[对就、和及：:“]))"
                      rf"了?(?P<draft>{_DRAFT_TITLE})"
                      # titles listed before one draft note share it (标准化条例、森林管理条例修订草案)
                      rf"(?=(?:[、和](?:{_ENACTED_TITLE}))*(?:修正案)?[（(]?(?:修订|修正)?草案)")
# Regulations listed by their topics before one shared form, after a verb of law-making (制定了会展业促进、城市地下管线
# 管理、清水海保护条例等; 修订了旅游业监察、道路交通安全、城市市容和环境卫生管理等条例; 通过制定社会救助、开发区高质量
# 发展促进等条例: ay07, ac19, round 49): each topic is a regulation of the report's area. Two topics at least, the form
# 条例 closing the list with 等 before or after it; a topic holds no form, ends in no document word (规划, 方案, 意见 …: a plan
# listed with a regulation is no topic of it: not-topics.csv) and no 的, and a list whose items are documents is left alone.
_TOPIC_ITEM = (rf"{_NO_TITLE_START}(?:(?!审议|关于|草案|条例|法规|规章|等|的)[{HAN_CHARS}]){{2,16}}?"
               + "".join(f"(?<!{word})" for word in column("not-topics", "word")))
_SHARED_FORM = re.compile(rf"(?:制定|修改|修订|修正|出台|废止|审议通过|通过)了?(?P<items>(?:{_TOPIC_ITEM}、)+{_TOPIC_ITEM})"
                          r"(?=条例等|等条例)")
# The national standing committee's interpretation of articles of a law (全国人大常委会关于香港特别行政区基本法第一百零四条的
# 解释, its draft too, or the title in 《》 with the law in 〈〉: p01, ay01, round 49): a legal act of its own, which no
# form word of :data:`SUFFIXES` ends; the Supreme Court's and Procuratorate's interpretations are no law (not-laws.csv).
_ARTICLE = rf"第[\d{NUMERAL_CHARS}]+条(?:第[\d{NUMERAL_CHARS}]+款)?"
_INTERPRETATION = re.compile(rf"(?:全国人大常委会|全国人民代表大会常务委员会)(?P<about>关于)[〈《]?(?P<law>[{HAN_CHARS}]{{2,30}}?)[》〉]?"
                             rf"(?P<articles>{_ARTICLE}(?:(?:和|、|及|至){_ARTICLE})*)的解释")
# A group shorthand: kinds of law counted in quotes (“一法一条例”, ‘一法一条例’ inside a quotation, “一法、一条例”, “一决定一法”,
# “一决定一法一办法”, “三法一条例两办法”); each counted kind is a part (:data:`_GROUP_PART`). Quotes of every kind the
# genre's pages use: curly, corner brackets (「」『』), and the straight ASCII and full-width ones that open and close
# alike (固體廢物污染環境防治"一法一條例": round 42, newuser27 §3).
_GROUP_KINDS = "法|条例|决定|办法|规定|细则"
_GROUP = re.compile(rf"[“‘「『\"'＂＇]((?:[{SMALL_NUMERAL_CHARS}](?:{_GROUP_KINDS})、?){{1,4}})[”’」』\"'＂＇]")
_GROUP_PART = re.compile(rf"([{SMALL_NUMERAL_CHARS}])({_GROUP_KINDS})")
# The law as amended (修订后的条例, 新修订的法: round 27, as 该条例 after a date) refers back too, never to a word a 法
# starts (修订后的法官法, 法典).
_BACK_REF = re.compile(r"《(条例|决定|办法|规定|细则|本法|法)》|(?:该|本)(法|条例|决定|办法|规定)(?![规律律治院])"
                       r"|新?修[订改正]后?的(法|条例|办法|规定)(?![规律治院官学庭典务])")
_OWN_AREA = re.compile("|".join(OWN_AREA))
_HAN = re.compile(f"[{HAN_CHARS}]")
# The topic written before a group shorthand (固体废物污染环境防治“一法一条例”): up to the longest a catalog law's topic
# runs (固体废物污染环境防治, 10 characters; 8 had cut it to 污染环境防治, which names no law).
_TOPIC_CHARS = 16
_TOPIC = re.compile(f"[{HAN_CHARS}]{{2,{_TOPIC_CHARS}}}$")
# An amendment's number after a bare 修正案, in either bracket (刑法修正案(十一)草案).
_AMENDMENT_NUMBER = re.compile(rf"[（(][{SMALL_NUMERAL_CHARS}]{{1,4}}[)）]")
# A group shorthand (“一法一条例”) means titles named within this many characters of it.
_GROUP_WINDOW = 3000
# The words that spell out a group shorthand's titles right after it (“一法两条例”即《…》, “三法”是指…: spelling-out.csv),
# and the list marks only between those titles.
_SPELT_OUT = re.compile(rf"\s*(?:{'|'.join(column('spelling-out', 'word'))})[:：]?\s*")
_LISTED_ON = re.compile(r"[《》〈〉、，,和及与以\s]*")
_CN_COUNT = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# A bare catalog title is a word of its own only when it does not run on into a longer word.
_NEXT_STOP = set("规律学院庭官治务制理人典定则令网")
# Words that open with such a character and stand after a title as words of their own (审计法规定, 代表法学习).
_NEXT_WORDS = ("规定", "学习")
# Short bare titles must follow a list separator, a verb or a particle, not any character.
_LEFT_OK = set("、和及与对展查施行订改善了的是于在把将按据照即等传彻实执修定习反布台议过及用,，:：“( （"
               "结括以守循新")  # 总结, 包括, 以, 遵守, 遵循, 新 (新审计法)


@dataclass(frozen=True)
class LawHit:
    """One mention of a law: ``text[start:end]`` names it; ``canonical`` is its title; an ambiguous
    mention keeps the title as written and lists the canonical titles it may mean; ``corrected``: the words write
    ``canonical`` one character off (:func:`misspelt`)."""

    start: int
    end: int
    canonical: str
    level: str | None
    candidates: tuple[str, ...] = ()
    corrected: bool = False


def _clean(title: str) -> str:
    """A title without its draft or revision note, and an amendment of a local title as that title
    (广东省港口管理条例修正案（草案） → 广东省港口管理条例; 刑法修正案（七） stays)."""
    title = _DRAFT.sub("", title.strip()).strip()
    # …and a bill's note written into the title without brackets (《武汉市物业管理条例修订草案》, 《X办法征求意见稿》)
    if (bare := drafts.title_note().sub("", title)) != title and bare.endswith(SUFFIXES):
        title = bare
    base = title.removesuffix("修正案")
    return base if base != title and base.endswith(SUFFIXES) and not law_catalog.lookup(title) else title


def _padding(title: str) -> int:
    """How many blanks a title as written opens with (《 中华人民共和国大气污染防治法 》): its mention starts after them."""
    return len(title) - len(title.lstrip())


def is_law_title(title: str) -> bool:
    """Whether a 《》 title names a law, regulation, rule or legal decision; a congress's own
    procedural rules, standards, plans and judicial interpretations (``lexicon/data/not-laws.csv``)
    are not laws."""
    title = title_form(_clean(title))
    if law_catalog.lookup(title):
        return True  # 刑法修正案（七）
    # a trial note stays in the title but does not end it: 海南省综合行政执法条例（试行）
    plain = _TRIAL.sub("", title)
    return (plain.endswith(SUFFIXES) and not title.startswith(_PARTY) and len(title) > 2
            and not law_catalog.not_law().search(plain))


_local_prefix = laws_bare.area_prefix
#: The shortest title key (:func:`title_key`) read as misspelling a catalog title one character off it: a shorter one
#: (消防发) is as near to too many titles to say which, unless written as a national law's (中华人民共和国消防发).
_MISSPELT_KEY, _MISSPELT_NATIONAL_KEY = 4, 3


def misspelt(title: str) -> law_catalog.CatalogEntry | None:
    """The catalog law a 《》 title writes with a single character wrong (:func:`_one_off`: 中华人民共和国水污染防治发 or
    水污染防治发, of 中华人民共和国水污染防治法; 湿地保户法, of 中华人民共和国湿地保护法), unless not-laws.csv holds the title:
    the mention is of that law, its words kept as the text spells them (``LawHit.corrected``). None for any other title,
    which stays unresolved: a title ending with 法 the catalog does not hold has no level, never a national law of its
    own. Source: fresh analysts' (round 26: an inspection of 《中华人民共和国水污染防治发》 was stored with no law and no
    warning; round 30: it was then stored as a 法律 of its own, an inspected national law in /laws)."""
    return None if law_catalog.not_law().search(title_form(title)) else _one_off(title)


def _misspelt_law(title: str, level: str | None) -> law_catalog.CatalogEntry | None:
    """The national law a 《》 title ending with 法 (not 办法) and read as no law of known ``level`` misspells
    (:func:`misspelt`); a 条例 or 办法 one character off a catalog title may be a local one of its own (供水条例, 节水条例)."""
    if level is not None or not title.endswith("法") or title.endswith("办法"):
        return None
    entry = misspelt(title)
    return entry if entry is not None and entry.level == "法律" else None


def _one_off(title: str) -> law_catalog.CatalogEntry | None:
    """The one catalog law whose title ``title`` writes with a single character wrong, its first kept; None for a short
    title (:data:`_MISSPELT_KEY`), one the catalog holds, or one as near to several titles or to none: the text's words
    stay its own. :func:`law_catalog.respelt` reads a national law's title with characters left out or added."""
    written, key = title_form(title), title_key(title)
    shortest = _MISSPELT_NATIONAL_KEY if written.startswith(law_catalog.PRC) else _MISSPELT_KEY
    if len(key) < shortest or law_catalog.lookup(written):
        return None
    near = [entry for short, entry in law_catalog.by_shape().get((len(key), key[0]), ())
            if sum(map(str.__ne__, short, key)) == 1]
    return near[0] if len(near) == 1 else None


def unread_titles(ctx: Context, laws: list[LawMention], activities: list[Activity]) -> list[str]:
    """Warnings, one line each, on the titles of ``laws`` one character off a catalog law's (read as that law, the
    mention keeping the text's spelling: :func:`misspelt`), and on the 《》 titles an inspection (``activities``) names that look like laws but are none (a
    county-level area's own 办法: only provinces, districted cities and autonomous areas make laws and regulations,
    :func:`laws_bare.by_no_legislature`): what the Facts would not say of them otherwise, an inspection whose title is
    dropped looking like one of no law."""
    found = []
    for law in {law.mention: law for law in laws if law.corrected}.values():
        found.append(f"law: 《{law.mention}》 is no title the catalog holds, one character off 《{law.canonical}》: "
                     "read as that law, the mention keeping the text's spelling; check it")
    for law in {law.canonical: law for law in laws if law.area_added}.values():
        found.append(f"law: “{law.mention}” is read as {law.canonical}, the report's area before the words as written: no "
                     "catalog holds that title and the text never writes it in full, so it may be a short name of a "
                     "title worded otherwise (area_added); check it")
    for act in activities:
        if act.type != "law_enforcement_inspection":
            continue
        for match in _TITLE.finditer(ctx.text, ctx.view.index(act.start), ctx.view.index(act.end)):
            inner = match.group(1) or match.group(2)
            if is_law_title(inner) and _no_law_made(name := canonical(inner, ctx.jurisdiction)[0]):
                why = ("a county-level area makes no laws or regulations (立法法), so it is that area's own measure"
                       if laws_bare.by_no_legislature(name) else "not-laws.csv holds it")
                found.append(f"law: 《{inner}》, which an inspection names, is not read as a law: {why}")
    return list(dict.fromkeys(found + _unread_groups(ctx)))


def _unread_groups(ctx: Context) -> list[str]:
    """Warnings on the group shorthands (“一法一条例”) that name no law: no title written for them and no topic before
    them the catalog holds a national law of (:func:`_group_references`), so an inspection of one concerns no law; and on
    those read only in part (大气污染防治“一法一条例一规定” read as its topic's national law, no 条例 or 规定 written near it):
    which titles it counts are left unresolved, one line per shorthand and topic (:func:`_unresolved`). Source: round 47,
    newuser33 A5 (湖南's bundle gave the national law only and said nothing of the province's 条例 and 规定)."""
    read: dict[int, set[str]] = {}
    for hit in ctx.law_hits:
        read.setdefault(hit.start, set()).add(hit.canonical)
    found = []
    partial: dict[tuple[str, frozenset[str]], str] = {}  # one line per shorthand read so, at its first telling
    for match in _GROUP.finditer(ctx.text):
        titles = read.get(match.start(1))
        if not titles:
            before = ctx.text[max(0, match.start() - _TOPIC_CHARS) : match.start()].splitlines()[-1:] or [""]
            found.append(f"law: “{match.group(1)}” (after 「{before[0]}」) names no law: not all its titles are written near "
                         "it, and no topic before it is one the law catalog holds a national law of; name its titles")
        elif (key := (match.group(1), frozenset(titles))) not in partial and (left := _unresolved(match.group(1), titles)):
            topic = _topic_law(ctx.text, match.start())
            after = f" after 「{topic[0]}」" if topic else ""
            partial[key] = (f"law: “{match.group(1)}”{after} is read as {'、'.join(sorted(titles))} only; "
                            f"{sum(left.values())} of its {_counted(match.group(1))} titles unresolved "
                            f"({'、'.join(f'{n} {k}' for k, n in left.items())}): written nowhere near it, and none is "
                            "taken from the report's place; name them")
    return found + list(partial.values())


def _counted(name: str) -> int:
    """How many titles a group shorthand counts (“一法一条例一规定”: 3, “三法一条例两办法”: 6)."""
    return sum(_CN_COUNT[count] for count, _ in _GROUP_PART.findall(name))


def _unresolved(name: str, titles: set[str]) -> dict[str, int]:
    """Of each kind a group shorthand counts, how many of its titles ``titles`` (the canonical titles read for it) leave
    unnamed, kinds with none left out: {"条例": 1, "规定": 1} for “一法一条例一规定” read as its national law alone.

    >>> _unresolved("一法两条例", {"中华人民共和国大气污染防治法", "河北省大气污染防治条例"})
    {'条例': 1}
    >>> _unresolved("一法一办法", {"中华人民共和国母婴保健法", "某省母婴保健办法"})
    {}
    """
    left = {kind: _CN_COUNT[count] - sum(_of_kind(title, kind) for title in titles)
            for count, kind in _GROUP_PART.findall(name.replace("、", ""))}
    return {kind: count for kind, count in left.items() if count > 0}


def canonical(title: str, jur: Jurisdiction) -> tuple[str, str | None]:
    """Canonical title and level of a title as written: the catalog's, else the title in its own
    words (normalised), an area prefix only where the title carries one. A congress's or its standing
    committee's decision (…关于…的决定) has the level of a legal decision (:func:`law_catalog.level_of`)."""
    name, level = _canonical(title, jur)
    return name, law_catalog.level_of(name, level)


def _canonical(title: str, jur: Jurisdiction) -> tuple[str, str | None]:
    title = _full_autonomous(title_form(_clean(title)), jur)
    entry = law_catalog.lookup(title) or law_catalog.respelt(title)
    if entry:
        return entry.canonical, entry.level
    if title.endswith("决定") and "关于" in title:
        title = _with_titles_acted_on(title, jur)
    if not _local_prefix(title):
        title = laws_bare.with_own_area(laws_bare.with_own_words(title, jur), jur)
    if not _local_prefix(title):
        title = laws_bare.with_province_of_municipality(title, jur)
    if _local_prefix(title):
        title = laws_bare.with_full_topic(title)
    expanded = laws_bare.implementing(_BODY_SHORT.sub("人民代表大会", title.replace("人大常委会", "人民代表大会常务委员会")))
    if _NPCSC.match(title):
        return expanded, "法律"
    if _local_prefix(title):
        return expanded, local_level(expanded)
    if title.startswith("关于") and title.endswith("决定"):  # a decision named without its body
        return _gain_body(expanded, jur), "法律" if jur.level == "national" else "地方性法规"
    if title.startswith("关于") and jur.level == "county" and title.endswith(_OWN_RULES):
        # a county's rules named without their maker (专门制订《关于加强执法检查工作的若干规定》) are its own
        # standing committee's, as its decisions are: no law (:func:`_no_law_made`)
        return _gain_body(expanded, jur), None
    return expanded, local_level(expanded)


# 人大 for the body in a title, which official titles write in full (乡镇人大工作条例 → 乡镇人民代表大会工作条例,
# 全国人大议事规则, 全国人大代表名额; 湖南省乡镇人民代表大会主席团工作若干规定); the short forms titles use for a local
# deputy (民生实事项目人大代表票决制) and for congresses' work as a field (关于加强区人大工作的决定) stay.
_BODY_SHORT = re.compile(r"(?<=全国)人大|人大(?!代表|工作的)")


# A standing committee named right before a decision's title, as its maker (全国人大常委会《关于…的决定》,
# 四川省人大常委会颁布的《…》, 省人大常委会《…》): the words before the title that end at 《.
_MAKER = re.compile(rf"(全国|[省市县区州旗]?)(人大常委会|人民代表大会常务委员会)(?:{MAKING})?的?$")


# The forms of a standing committee's own rules on its work, named with 关于 and without their maker.
_OWN_RULES = ("规定", "办法", "细则", "规则")


def _maker_before(text: str, start: int) -> str:
    """The standing committee named right before the title at ``start`` when that title is a decision
    named without its maker (关于…的决定), so that the decision is the maker's, not the report's own
    committee's: "全国人大常委会", "四川省人大常委会", "省人大常委会" (the report's province, as the
    title's own level word would be), else ""."""
    if not text.startswith("关于", start + 1):
        return ""
    window = text[max(0, start - 24) : start]
    maker = _MAKER.search(window)
    if not maker:
        return ""
    named = [name for _, end, name in areas.names_in(window) if end == maker.start(2)]
    if named:
        return named[-1] + maker.group(2)
    return maker.group(1) + maker.group(2) if maker.group(1) else ""


_CUSTOMARY_SIZES = (5, 4, 3)  # an autonomous area's customary name: a short name of 2–4 characters and 州, 县 or 旗


def _full_autonomous(title: str, jur: Jurisdiction) -> str:
    """A title that starts with the short form of the report's own autonomous area (秀山自治县人大常委会
    关于…的决定) under that area's full name (秀山土家族苗族自治县…): the short form leaves out only
    its peoples, so it names no other area. So does a title that starts with any autonomous area's
    customary name (恩施州山体保护条例 → 恩施土家族苗族自治州山体保护条例, 长阳县…), which the
    gazetteer holds only where no area bears it (:func:`areas.gazetteer`)."""
    for short, level in areas.short_names(jur).items():
        if short.endswith(("自治县", "自治州")) and title.startswith(short) and (full := jur.name(level)):
            return full + title[len(short) :]
    for size in _CUSTOMARY_SIZES:
        named = [a for a in areas.gazetteer().get(title[:size], []) if title[:size] in a.customary_names]
        if len(named) == 1:
            return named[0].name + title[size:]
    return title



def _gain_body(title: str, jur: Jurisdiction) -> str:
    """关于…的决定 without its maker is the decision of the report's standing committee (a county's too:
    county standing committees make decisions, though no 条例); a township has none, and its report's
    decision is read as the city's, as before."""
    if jur.level == "national":
        return "全国人民代表大会常务委员会" + title
    area = jur.name(jur.level) if jur.level != "township" else jur.name("city")
    return f"{area or jur.name('provincial') or ''}人民代表大会常务委员会{title}"


def _acted_title(title: str, verb: str, jur: Jurisdiction) -> str:
    """A title a decision amends or repeals, written bare: a provincial or city congress amends and
    repeals its own regulations (关于废止河道管理条例的决定 in a Hubei report → 湖北省河道管理条例), never a
    national law (…法); what a decision approves (批准) is another area's, named as written."""
    local = jur.level in ("provincial", "city") and verb != "批准" and not title.endswith("法")
    return laws_bare.own_title(title, jur, jur.name(jur.level) if local else None)


_NEST = str.maketrans("《》", "〈〉")


def _with_titles_acted_on(title: str, jur: Jurisdiction) -> str:
    """A decision's title with the titles it amends, repeals or approves by their canonical titles in
    《》 (nested 《》 as 〈〉): 关于修改自治区实施就业促进法办法的决定 → 关于修改《新疆维吾尔自治区实施〈中华人民
    共和国就业促进法〉办法》的决定, as the decisions the genre writes in full name them."""
    parts, last = [], 0
    for start, end, inner, verb in laws_bare.acted_on(title):
        name, _ = canonical(_acted_title(inner, verb, jur), jur)
        parts += [title[last:start], "《", name.translate(_NEST), "》"]
        last = end
    return "".join(parts) + title[last:]


def local_level(title: str) -> str | None:
    """The level a local title's form implies: congresses pass 条例, 决定 and 实施细则/实施办法 (also
    written 实施《X法》办法, 若干规定 or 规定: 湖南省实施《中华人民共和国未成年人保护法》若干规定);
    governments issue other 办法 and 规定 as 规章; anything else stays unknown."""
    if title.endswith(("条例", "决定", "细则", "实施办法")) or "人民代表大会" in title or _IMPLEMENTING.search(title):
        return "地方性法规"
    if title.endswith(("办法", "规定")):
        return "规章"
    return None


# A title of a document about others (a report, an explanation, an opinion) names laws bare as running text does
# (《关于检查恩施州山体保护条例实施情况的报告》, 《吕梁市电动自行车管理条例(草案)的说明》); other titles are closed to the
# bare finders.
_ABOUT_DOCUMENT = re.compile(r"(?:报告|说明|意见|汇报)\s*$")


def hits(ctx: Context) -> list[LawHit]:
    """Every law mention in the context's text, in text order."""
    text, jur = ctx.text, ctx.jurisdiction
    found: list[LawHit] = []
    titles: list[tuple[int, int]] = []
    for match in _TITLE.finditer(text):
        group = 1 if match.group(1) else 2
        inner = match.group(group)
        if not _ABOUT_DOCUMENT.search(inner) or _NESTED.search(inner):
            titles.append(match.span())
        start = match.start(group) + _padding(inner)
        if is_law_title(inner) and _clean(inner) not in SUFFIXES and not _NORMATIVE_AFTER.match(text, match.end()):
            name, level = canonical(_maker_before(text, match.start()) + inner.translate(_INNER_BRACKETS), jur)
            if meant := _misspelt_law(title_form(_clean(inner)), level):  # 湿地保户法 (:func:`unread_titles` warns)
                found.append(LawHit(start, start + len(_clean(inner)), meant.canonical, meant.level, corrected=True))
            else:
                found.append(LawHit(start, start + len(_clean(inner)), name, level))
        elif meant := misspelt(_clean(inner)):  # 水污染防治发 (:func:`unread_titles` warns)
            found.append(LawHit(start, start + len(_clean(inner)), meant.canonical, meant.level, corrected=True))
        found += _quoted_titles(inner, match.start(group), jur)
    found += _local_titles(text, jur, ctx.area_hits, Stretches(titles))
    found += [LawHit(start, end, *canonical(title, jur)) for start, end, title
              in laws_bare.level_word_titles(text, jur, Stretches(titles + [(h.start, h.end) for h in found]))]
    found += [LawHit(start, end, *canonical(title, jur)) for start, end, title
              in laws_bare.inspected_titles(text, Stretches(titles + [(h.start, h.end) for h in found]))]
    found += [LawHit(start, end, *canonical(title, jur))
              for start, end, title in laws_bare.decisions(text, Stretches(titles + [(h.start, h.end) for h in found]))
              if is_law_title(title)]
    # a decision may name measures (关于修改省实施《X法》办法的决定): they are found inside it
    found += [LawHit(start, end, *canonical(title, jur)) for start, end, title
              in laws_bare.implementing_titles(text, jur, Stretches(titles + [(h.start, h.end) for h in found
                                                                               if not h.canonical.endswith("决定")]))]
    measures = [h for h in found if _IMPLEMENTING.search(h.canonical)]
    # ... and the laws those measures implement, inside a decision's name too (关于修改自治区实施X法办法等七件…的决定)
    found += [LawHit(start, end, *canonical(title, jur)) for start, end, title
              in laws_bare.implemented_laws(text, [(h.start, h.end) for h in measures],
                                            Stretches([(h.start, h.end) for h in found
                                                       if h not in measures and not h.canonical.endswith("决定")]))]
    found += _enacted_titles(text, jur, Stretches(titles + [(h.start, h.end) for h in found]))
    found += _shared_form_titles(text, jur, Stretches(titles + [(h.start, h.end) for h in found]))
    found += _interpretations(text, jur)
    found += _catalog_titles(text, Stretches(titles + [(h.start, h.end) for h in found]))
    found += _short_titles(text, Stretches(titles + [(h.start, h.end) for h in found]))
    in_titles = Stretches(titles)
    found += _quoted_in_names(text, [(s + 1, e - 1) for s, e in titles]
                              + [(h.start, h.end) for h in found if h.canonical.endswith(_ACTS_NAMING_LAWS) and not in_titles.overlaps(h.start, h.end)], found)
    found += _acted_on_titles(text, jur, found)
    found += _list_items(text, jur, found)
    found += _list_heads(text, jur, found)
    found += [LawHit(start, end, *canonical(title, jur)) for start, end, title
              in laws_bare.implementing_rules(text, jur, [(h.start, h.end, h.canonical) for h in found])]
    found = _listed_with_own(text, jur, sorted(
        _readings(text, _plenary_decisions(ctx, [h for h in found if not _no_law_made(h.canonical)])), key=lambda h: h.start))
    return _short_forms_named(_defined_names(
        text, sorted(found + _back_references(text, found) + _named_above(text, found), key=lambda h: h.start)))


#: The generic words a short name of a local title leaves out (省乡镇人大条例 for 安徽省乡镇人民代表大会工作条例), and
#: the congress a title of its own rules names (我省立法条例 for 湖北省人民代表大会及其常务委员会立法条例: av27, round 48).
_LEFT_OUT = re.compile("工作|管理|若干|(?:各级)?人民代表大会(?:及其)?常务委员会")


def _short_forms_named(hits: list[LawHit]) -> list[LawHit]:
    """``hits`` (in text order) with a title no catalog holds read as the one title named before it that it writes
    with a generic word left out (:data:`_LEFT_OUT`): 开展地方组织法和省乡镇人大条例执法检查 after 省乡镇人大工作条例 restates
    that regulation, not a second one (newuser21 §1: the restatement became a second inspection of a second law). Two
    titles named before that it may shorten leave it as written. The titles named so far are kept by each of their
    forms with one generic word left out, and the first hit of each title (a scan of every hit before each was
    quadratic: 3 % of a 200k report's extraction)."""
    first_of: dict[str, LawHit] = {}  # a title named so far → its first hit
    shortened: dict[str, set[str]] = {}  # a title with one generic word left out → the titles named so far so written
    for index, hit in enumerate(hits):
        if not (hit.candidates or law_catalog.lookup(hit.canonical) is not None):
            longer = shortened.get(hit.canonical, set())
            if len(longer) == 1:
                named = first_of[next(iter(longer))]
                hit = hits[index] = replace(hit, canonical=named.canonical, level=named.level)
        if hit.canonical not in first_of:
            first_of[hit.canonical] = hit
            for m in _LEFT_OUT.finditer(hit.canonical):
                shortened.setdefault(hit.canonical[: m.start()] + hit.canonical[m.end() :], set()).add(hit.canonical)
    return hits


def _no_law_made(canonical_title: str) -> bool:
    """Whether a title read as a law is none once its maker is known: the canonical title, with the maker or
    area the text gave it (关于…的决定 in a district's report is the district's standing committee's), names a
    county's, a district's or a banner's own measure (:func:`laws_bare.by_no_legislature`) or a row of
    ``not-laws.csv`` (…区人民代表大会常务委员会关于…的决定, kind ``no legislature``); catalog titles stay."""
    if law_catalog.lookup(canonical_title):
        return False
    return laws_bare.by_no_legislature(canonical_title) or law_catalog.not_law().search(canonical_title) is not None


def _acted_on_titles(text: str, jur: Jurisdiction, found: list[LawHit]) -> list[LawHit]:
    """The titles the decisions found name bare as what they amend, repeal or approve (关于修改立法法的
    决定 names 立法法; 关于废止省河道管理条例的决定 the province's 河道管理条例): mentions of their own, as
    the titles a decision quotes in 《》 are. Titles another finder read are not read again."""
    taken = Stretches([(h.start, h.end) for h in found if not h.canonical.endswith("决定")])
    acted = []
    for hit in found:
        if not hit.canonical.endswith("决定"):
            continue
        for start, end, title, verb in laws_bare.acted_on(text[hit.start : hit.end]):
            start, end = hit.start + start, hit.start + end
            if not taken.overlaps(start, end) and is_law_title(title):
                acted.append(LawHit(start, end, *canonical(_acted_title(title, verb, jur), jur)))
    return acted


_STANDING = "人民代表大会常务委员会关于"
# A congress session named as the one adopting (市十七届人大三次会议, 第十二届全国人民代表大会第三次会议, 大会表决通过).
_SESSION = re.compile(r"(?:人大|人民代表大会)第?[一二三四五六七八九十\d]+次会议|大会(?:表决|审议|批准)?通过")
_STANDING_NAMED = re.compile(r"常委会|常务委员会")


def _plenary_decisions(ctx: Context, found: list[LawHit]) -> list[LawHit]:
    """A decision named without its maker (关于修改立法法的决定) is the congress's own, not its standing
    committee's, in a report the congress itself publishes (a session's news, its presidium's) and where
    its clause names the session that adopted it and no standing committee (省十三届人大二次会议通过了
    关于…的决定)."""
    jur = ctx.jurisdiction
    congress = "全国人民代表大会" if jur.level == "national" else f"{jur.name(jur.level) or ''}人民代表大会"
    published = _publisher_is_congress(ctx.metadata.get("organ", ""))
    plenary = []
    for hit in found:
        if _STANDING in hit.canonical and ctx.text.startswith("关于", hit.start):
            clause = ctx.clause_at(hit.start)
            words = ctx.text[clause.start : hit.start] if clause else ""
            if published or (_SESSION.search(words) and not _STANDING_NAMED.search(words)):
                hit = replace(hit, canonical=congress + "关于" + hit.canonical.split(_STANDING, 1)[1])
        plenary.append(hit)
    return plenary


def _publisher_is_congress(organ: str) -> bool:
    """Whether a report's publisher is a people's congress itself or its session's presidium, not its
    standing committee (全国人民代表大会, 某镇人民代表大会主席团)."""
    return "人民代表大会" in organ and not _STANDING_NAMED.search(organ)


def _quoted_titles(inner: str, offset: int, jur: Jurisdiction) -> list[LawHit]:
    """The laws a title quotes, whether the title is a law (《某省实施〈X法〉办法》, 《关于修改〈X条例〉的决定》)
    or not (《关于贯彻实施〈X法〉的审议意见》), and the laws those quote in turn (《关于修改〈某市实施《X法》
    办法〉的决定》 names the measure and X); ``offset`` is where ``inner`` starts in the text."""
    found = []
    for nested in _NESTED.finditer(inner):
        written = nested.group(1) or nested.group(2) or nested.group(3)
        title, start = written.strip(), offset + nested.start() + 1 + _padding(written)
        if is_law_title(title) and not _NORMATIVE_AFTER.match(inner, nested.end()):
            found.append(LawHit(start, start + len(title), *canonical(title, jur)))
        found += _quoted_titles(title, start, jur)
    return found


def _readings(text: str, hits: list[LawHit]) -> list[LawHit]:
    """Bare titles read against the local titles the same text names: one local reading makes a
    title that is not in the catalog that local regulation (河道保护管理条例 after
    《武汉市河道保护管理条例》); a national and a local reading, or several local ones, make it
    ambiguous. A title written with 中华人民共和国 or an area is what it says."""
    local: dict[str, set[str]] = {}
    for hit in hits:
        if (area := _local_prefix(hit.canonical)) is not None:
            local.setdefault(title_key(hit.canonical[len(area):]), set()).add(hit.canonical)
    if not local:
        return hits
    resolved = []
    for hit in hits:
        key = title_key(hit.canonical)
        readings = sorted(local.get(key, ()))
        written = text[hit.start : hit.end]
        if not readings or _local_prefix(hit.canonical) or written.startswith(law_catalog.PRC):
            resolved.append(hit)
            continue
        entry = law_catalog.lookup(hit.canonical)
        national = [entry.canonical] if entry and entry.canonical == hit.canonical else []
        if not national and len(readings) == 1:
            resolved.append(replace(hit, canonical=readings[0], level=local_level(readings[0])))
        else:
            resolved.append(replace(hit, canonical=title_form(written) or hit.canonical, level=None,
                                    candidates=tuple(national + readings)))
    return resolved


# What stands between two titles of one list: a list mark, the titles' brackets around it, the State Council as the
# next title's maker (、国务院《…条例》).
_LIST_GAP = re.compile(r"[》〉]?(?:、|和|及|与|以及)(?:国务院)?[《〈]?")


def _listed_with_own(text: str, jur: Jurisdiction, hits: list[LawHit]) -> list[LawHit]:
    """``hits`` (in text order) with a bare catalog administrative regulation read as the report's own area's
    regulation of that name where the list it stands in names the area's own regulations bare, and nothing else
    (新修订刑事诉讼法、大气污染防治条例、院前医疗急救服务条例、全民健身条例等法律法规 in a Beijing report: 北京市全民健身条例,
    not the State Council's): the list's other bare 条例 are the area's (:func:`laws_bare.with_province_of_municipality`),
    and nothing in it reads as the State Council's. Alone, or beside State Council titles only, it stays the catalog's.
    Source: a new user's i08 (round 20: 全民健身条例 typed 行政法规 in a list of Beijing's regulations)."""
    runs: list[list[int]] = []
    for i, hit in enumerate(hits):
        joined = runs and _LIST_GAP.fullmatch(text, hits[runs[-1][-1]].end, hit.start)
        if joined:
            runs[-1].append(i)
        else:
            runs.append([i])
    read = list(hits)
    for run in runs:
        kinds = [_bare_reading(text, jur, hits[i]) for i in run]
        if "own" not in kinds or "national" in kinds:
            continue
        for i, kind in zip(run, kinds):
            if kind == "regulation":
                name = laws_bare.with_province_of_municipality(title_form(text[hits[i].start : hits[i].end]), jur)
                read[i] = replace(hits[i], canonical=name, level=local_level(name), candidates=())
    return read


def _bare_reading(text: str, jur: Jurisdiction, hit: LawHit) -> str | None:
    """How a list item was read: "own" for a bare title read as the report's area's regulation (城市更新条例 →
    北京市城市更新条例), "regulation" for a bare catalog administrative regulation the area's reading would fit
    (全民健身条例), "national" for one it would not (国务院《…条例》, a title the area's reading leaves as written), else
    None (a law, a title with its area)."""
    written = title_form(text[hit.start : hit.end])
    own = laws_bare.with_province_of_municipality(written, jur)
    entry = law_catalog.lookup(hit.canonical)
    national = entry is not None and entry.level == "行政法规" and hit.canonical == entry.canonical
    if own == written or text.endswith("国务院", 0, hit.start) or text.endswith("国务院《", 0, hit.start):
        return "national" if national else None
    if hit.canonical == own:
        return "own"
    return "regulation" if national and law_catalog.lookup(written) == entry and not hit.candidates else None


def find(ctx: Context) -> list[LawMention]:
    """The law mentions of the report; every mention of a law is inspected when one of them is; a mention
    naming a draft (:func:`drafts.marks`) says so. A local 办法 or 规定 has the level the text's words give it, wherever
    they stand (:func:`law_levels.evidence`: 省政府出台《…办法》, 国务院《优化营商环境条例》 beside 《湖北省优化营商环境办法》);
    where they give none, one whose form reads as a government's rule (…若干规定, :func:`local_level`) is a local
    regulation when a congress inspects it: 执法检查 checks laws and regulations (监督法, chapter 4), so the standing
    committee's 《湖南省居民自建房安全管理若干规定》 is no 规章.

    Which mentions an inspection concerns, planned inspections included (what a plan will
    inspect is what analysts ask first): :func:`laws_inspected.evidence`.
    """
    mentions = []
    regulations = law_levels.regulations_named(hit.canonical for hit in ctx.law_hits)
    said: dict[str, str] = {}  # canonical title → the level the text's words give it (law_levels.evidence)
    for hit, tie, draft in zip(ctx.law_hits, ctx.law_ties, drafts.marks(ctx.text, ctx.law_hits)):
        start, end, mention = ctx.span(hit.start, hit.end)
        evidence = ctx.span(tie.start, tie.end)[2] if tie else None
        mentions.append(LawMention(mention, hit.canonical, tie is not None, start, end, hit.level, evidence,
                                   list(hit.candidates), draft, hit.corrected))
        if level := law_levels.evidence(ctx.text, hit.start, hit.end, hit.canonical, _local_prefix(hit.canonical),
                                        regulations):
            said.setdefault(hit.canonical, level)
    inspected = {law.canonical for law in mentions if law.inspected}
    for law in mentions:
        law.inspected = law.canonical in inspected
        if law.canonical in said:
            law.level = said[law.canonical]
        elif law.inspected and law.level == "规章":  # a congress inspects 法律、法规 (监督法, chapter 4), not rules
            law.level = "地方性法规"
    maker = laws_bare.legislature_of(ctx.jurisdiction)
    for law in mentions:
        if (law.level in ("地方性法规", "规章") and not law.candidates and _local_prefix(law.canonical) is None
                and not law.canonical.startswith("国务院") and not law.canonical.endswith("决定")):  # a decision: its
            # maker is the standing committee that made it, the report's own or the one it names
            law.probable_area = maker  # 河道保护管理条例 in a Wuhan district's report: 武汉市's, most plausibly
    for law in mentions:
        law.area_added = _area_added(ctx, law)
    return mentions


#: What may open a title as written that names its area itself: a bare level word (省, 自治区) or the report's words for
#: its own area (我省, 本市), which :func:`canonical` reads as the area.
_NAMES_ITS_AREA = re.compile(rf"{laws_bare.LEVEL_WORD}|{'|'.join(OWN_AREA)}")


def _area_added(ctx: Context, law: LawMention) -> bool:
    """Whether ``law``'s canonical title puts an area before words that name none (:func:`laws_bare.with_province_of_
    municipality`: 自贸试验区条例 in Shanghai's report → 上海市自贸试验区条例), no catalog title, and the text nowhere writes
    it in full: a title read, not written (newuser30 E1: the regulation is 中国（上海）自由贸易试验区条例, so the reading
    joined no other report's mention). The readable golds give such titles with the area (f08 h11 i08 j09 l12 w09 …),
    so the canonical keeps it and :attr:`LawMention.area_added` says it was added."""
    if law.candidates or law.corrected or _local_prefix(law.canonical) is None or law.canonical in ctx.text:
        return False
    written = title_form(normalised(law.mention))
    at = ctx.view.index(law.start)
    return (written in law.canonical  # the words kept, an area before them (not a group's name read: 两法两决定)
            and _local_prefix(written) is None and not _NAMES_ITS_AREA.match(written)
            and not ctx.text.endswith(tuple(OWN_AREA), max(0, at - 2), at)  # 本市居家养老服务条例: the text names it
            and law_catalog.lookup(law.canonical) is None)


def read_bare_regulations(ctx: Context, laws: list[LawMention]) -> None:
    """Mark ambiguous a catalog administrative regulation a local congress's report names bare and inspects: every
    mention of it in the report written as its bare title (城市绿化条例: not in 《》, not after 国务院, never with 中华人民共和国),
    in a report of a congress below the nation, becomes ``candidates`` [the report's legislating area's title, the
    catalog's title] (武汉市城市绿化条例, 城市绿化条例 in a Wuhan district's report: :func:`laws_bare.legislature_of`), its
    level unknown and ``probable_area`` that area; ``canonical`` keeps the catalog's title, which the activities carry.
    ``laws`` are :func:`find`'s, one per ``ctx.law_hits``, their ``inspected`` final (an inspection carries them).
    Why: a local standing committee inspects its own area's regulations far more often than the State Council's: on
    readable dev, golds read such a title in a provincial report inspecting it as the province's 3 times in 3 (af15, z17,
    i08), the national reading only where the title is quoted in 《》 (w29) or pairs a national law it implements (j07,
    not inspected); and a local regulation bears most such titles too (武汉市城市绿化条例), which the catalog cannot
    tell. Source: a first-time analyst's class 8 (round 30: the seed's 城市绿化条例 linked silently to the State
    Council's regulation)."""
    maker = laws_bare.legislature_of(ctx.jurisdiction)
    if maker is None:
        return
    bare: dict[str, bool] = {}
    for hit, law in zip(ctx.law_hits, laws, strict=True):
        entry = law_catalog.lookup(law.canonical)
        if entry is None or entry.level != "行政法规" or entry.canonical != law.canonical or law.candidates:
            continue
        written = title_form(ctx.text[hit.start : hit.end])
        if title_key(written) == title_key(law.canonical):  # a back reference (该条例) says nothing of its form
            bare[law.canonical] = bare.get(law.canonical, True) and _written_bare(ctx.text, hit.start, written)
    for law in laws:
        if law.inspected and bare.get(law.canonical):
            law.candidates, law.level, law.probable_area = [maker + law.canonical, law.canonical], None, maker


# The State Council named as a title's maker right before it (国务院, 国务院颁布的, 国务院《).
_STATE_COUNCIL_BEFORE = re.compile(rf"国务院(?:{MAKING})?的?《?$")


def _written_bare(text: str, start: int, written: str) -> bool:
    """Whether a title written ``written`` at ``start`` names no maker: outside 《》 and 〈〉, not after the State Council
    (:data:`_STATE_COUNCIL_BEFORE`), not opening with 中华人民共和国 or 国务院."""
    return (not text.endswith(("《", "〈"), 0, start) and not _STATE_COUNCIL_BEFORE.search(text, max(0, start - 12), start)
            and not written.startswith((law_catalog.PRC, "国务院")))


def _local_titles(text: str, jur: Jurisdiction, area_hits: list[tuple[int, int, str]], blocked: Stretches) -> list[LawHit]:
    """Bare local titles: an area name or 我省/本市 … followed by a title. An area name inside a title found from
    an area before it (城区 in 宜昌市城区重点绿地保护条例: a district's name in Shanxi) starts none of its own."""
    starts = sorted(list(area_hits) + [(m.start(), m.end(), m.group()) for m in _OWN_AREA.finditer(text)])
    hits: list[LawHit] = []
    for start, body_start, prefix in starts:
        match = _LOCAL_BODY.match(text, body_start)
        if (not match or blocked.overlaps(start, match.end()) or (hits and start < hits[-1].end)
                or match.group().startswith(("人民政府", "政府"))
                or laws_bare.bare_measure(match.group()) or not is_law_title(match.group())):
            continue  # 我省实施办法 alone names the measure of a law named before it (laws_bare.implementing_rules);
            # a local title is held to what a title in 《》 is: a plan's voting rules (…票决办法) are no law
        if prefix in OWN_AREA:
            name, level = canonical(prefix + match.group(), jur)
            hits.append(LawHit(body_start, match.end(), name, level))
        else:
            name, level = canonical(text[start : match.end()], jur)
            hits.append(LawHit(start, match.end(), name, level))
    return hits


def _enacted_titles(text: str, jur: Jurisdiction, blocked: Stretches) -> list[LawHit]:
    """Bare titles a report says its congress made or amended, or whose drafts it reviews. A provincial
    or city report's jurisdiction names them as its own regulations (修改乡镇人大工作条例 →
    广东省乡镇人大工作条例, 测绘条例修订草案 in a Shaanxi report → 陕西省测绘条例); a title that opens with
    a level word (自治区中医药条例草案) takes the area once, for that word (新疆维吾尔自治区中医药条例). Below
    the city no congress makes 条例, so a title it says it made is no reading; a draft it discusses stays
    as written, since whose it is (the city's or the province's) the text does not say. A draft decision
    without its 关于 is a decision named without its maker (:func:`_gain_body`). A title that names its
    area, or a catalog title the congress did not review as a draft, is left to the other finders."""
    area = jur.name(jur.level) if jur.level in ("provincial", "city") else None
    hits = []
    for match in finditer(_ENACTED, text):
        title, (start, end) = match.group(match.lastgroup), match.span(match.lastgroup)
        made = match.lastgroup == "made"
        if title.endswith("的决定"):
            title = "关于" + title
        # a draft a local congress reviews is its own even where a national regulation has its name
        national = law_catalog.lookup(title) and (made or not area)
        if (blocked.overlaps(start, end) or (made and not area) or national or _local_prefix(title)
                or not is_law_title(title) or laws_bare.is_reference(title)):
            continue
        decision = title.startswith("关于")
        name, level = canonical(laws_bare.own_title(title, jur, None if decision else area), jur)
        hits.append(LawHit(start, end, name, level))
    return hits


def _shared_form_titles(text: str, jur: Jurisdiction, blocked: Stretches) -> list[LawHit]:
    """Regulations a provincial or city report says its congress made or amended, listed by topic before one
    shared 条例 (:data:`_SHARED_FORM`): one hit per topic, spanning the topic as written, named as the area's
    regulation (会展业促进 in a Kunming report → 昆明市会展业促进条例). Below the city no congress makes 条例, so a
    county's list is no reading; a list overlapping a title found already is left to that finder."""
    area = jur.name(jur.level) if jur.level in ("provincial", "city") else None
    if area is None:
        return []
    hits = []
    for match in _SHARED_FORM.finditer(text):
        start, end = match.span("items")
        if blocked.overlaps(start, end):
            continue
        at = start
        for topic in match.group("items").split("、"):
            title = laws_bare.own_title(topic + "条例", jur, area)
            if is_law_title(title) and not laws_bare.is_reference(title):
                hits.append(LawHit(at, at + len(topic), *canonical(title, jur)))
            at += len(topic) + 1
    return hits


def _interpretations(text: str, jur: Jurisdiction) -> list[LawHit]:
    """The national standing committee's interpretations of a law's articles (:data:`_INTERPRETATION`), named as the
    committee's act on the catalog's title of the law (…关于香港特别行政区基本法第一百零四条的解释 → 全国人民代表大会常务委员会
    关于中华人民共和国香港特别行政区基本法第一百零四条的解释); a law the catalog does not hold keeps its words. Each hit
    spans the words from 关于 on: the committee before it stays an organ mention, and the law it interprets is found
    inside it (:func:`_quoted_in_names`), as a decision's are."""
    hits = []
    for match in _INTERPRETATION.finditer(text):
        entry = law_catalog.lookup(match.group("law"))
        law = entry.canonical if entry else match.group("law")
        name, level = canonical(f"全国人民代表大会常务委员会关于{law}{match.group('articles')}的解释", jur)
        hits.append(LawHit(match.start("about"), match.end(), name, level))
    return hits


#: The legal acts whose names name the laws they act on, each such law a mention of its own: a decision
#: (关于修改…法的决定) and the standing committee's interpretation (…关于…法第N条的解释, round 49).
_ACTS_NAMING_LAWS = ("决定", "解释")


def _quoted_in_names(text: str, names: list[tuple[int, int]], found: list[LawHit]) -> list[LawHit]:
    """Catalog laws that a title which is no law, or a decision, names bare (《贯彻实施监督法若干意见》,
    关于暂时调整适用计量法有关规定的决定): mentions of their own, as the laws it quotes in 〈〉 are.
    ``names`` are the spans of the titles' words and of the decisions and interpretations found outside 《》
    (:data:`_ACTS_NAMING_LAWS`)."""
    quoted = []
    by_start = sorted(found, key=lambda h: h.start)
    starts = [h.start for h in by_start]
    for start, end in names:  # the hits inside a name, found by bisection (a scan of every hit was quadratic)
        inside = [h for h in by_start[bisect_left(starts, start) : bisect_right(starts, end)] if h.end <= end]
        whole = [h for h in inside if h.start == start and h.end >= end - 4]  # the name's own law (a draft's note aside)
        if any(not h.canonical.endswith(_ACTS_NAMING_LAWS) for h in whole):
            continue  # a law's own title (《中华人民共和国环境保护法》)
        taken = Stretches([(h.start - start, h.end - start) for h in inside if h not in whole])
        own = {h.canonical for h in whole}  # a decision's own catalog title is no second mention
        quoted += [LawHit(h.start + start, h.end + start, h.canonical, h.level)
                   for h in _catalog_titles(text[start:end], taken) if h.canonical not in own]
    return quoted


def _catalog_titles(text: str, blocked: Stretches) -> list[LawHit]:
    """Bare catalog titles that stand as words of their own."""
    hits = []
    for start, end, title in law_catalog.bare_titles().longest_in(text):
        if blocked.overlaps(start, end) or (text[end:end + 1] in _NEXT_STOP and not text.startswith(_NEXT_WORDS, end)):
            continue
        if (len(title) <= 4 and start > 0 and text[start - 1] not in _LEFT_OK and _HAN.match(text, start - 1)
                and not (title.endswith("法") and _SHOWN_AS_LAW.match(text, end))
                and not text.endswith(_STATE_NAME, 0, start)):
            continue  # a short law's title where the words after it speak of its inspection stands on its own
        if (number := _AMENDMENT_NUMBER.match(text, end)) and (numbered := law_catalog.lookup(title + number.group())):
            hits.append(LawHit(start, number.end(), numbered.canonical, numbered.level))
        elif entry := law_catalog.lookup(title):
            hits.append(LawHit(start, end, entry.canonical, entry.level))
    return hits


# The state's name before a short catalog title opens the title (学习中华人民共和国水法, 关于中华人民共和国民法总则草案的说明:
# s01, round 48), whatever stands before the name.
_STATE_NAME = "中华人民共和国"
# The words after a law's title that speak of its implementation or inspection (水法实施情况, 种子法执法检查组,
# 森林法检查组): they show a short title to be the law whatever stands before it (全国人大常委会种子法执法检查组,
# 启动畜牧法执法检查: a congress's name or a verb that _LEFT_OK does not list). Sources: dev v01; npc.gov.cn and
# xinhua reprints (ygsite.cn, 2021: 全国人大常委会畜牧法执法检查组; rmrb.online, 1999: 全国人大常委会森林法检查组).
_SHOWN_AS_LAW = re.compile(r"实施情况|执法检查|检查组|的实施|的贯彻|的各项规定")
# A catalog title too short to be read bare anywhere (水法, 刑法; law_catalog.MIN_BARE_LENGTH) is a mention where
# the words after it speak of a law's implementation or inspection (:data:`_SHOWN_AS_LAW`), or after a verb
# of inspecting, implementing or amending where a clause or a particle follows (贯彻实施水法，), or after the words of
# its amendment (修订后的水法，); the constitution is named in general so (宪法实施和监督, 宪法宣誓) and no gold counts it
# bare, but as amended it is one text (学习宣传贯彻新修改的宪法，: round 28, readable dev ab09), and so it is studied,
# publicised or amended as a text (组织学习宪法，, 深入宣传宪法。, 修改宪法，: round 49 ruling 13, which keeps the formulas of
# powers and duties none: 根据宪法, 保证宪法实施, 维护宪法法律权威, 宪法和法律赋予的职权); after the state's name
# any other is a title (中华人民共和国水法: round 48), the constitution still named in general (是中华人民共和国宪法与法律
# 赋予的重要职权: aa51, no gold).
_SHORT_TITLE = re.compile(r"(?<=学习|宣传|宣讲|普及|贯彻|修改|修正)(?P<studied>)(?=宪法[，,。；;、])"  # before the verbs' branch, which takes 彻 and 改
                          rf"|(?=[\u4e00-\u9fff]{{2}}(?:{_SHOWN_AS_LAW.pattern}))"
                          r"|(?<=[检查施行订改彻执])(?=[\u4e00-\u9fff]{2}(?:实施|执法检查|的|[，,。；;、和及与等]))"
                          r"|(?:(?<=修改的|修订的|修正的)|(?<=修改后的|修订后的|修正后的))(?P<amended>)(?=[\u4e00-\u9fff]{2}[，,。；;、和及与等])"
                          rf"|(?<={_STATE_NAME})(?=[\u4e00-\u9fff]{{2}})")
_GENERAL_TITLES = ("宪法",)


def _short_titles(text: str, blocked: Stretches) -> list[LawHit]:
    """Two-character catalog titles where their words show them to be laws (:data:`_SHORT_TITLE`): after a verb
    of inspecting, implementing or amending (检查水法实施情况, 贯彻实施水法，) or after its amendment (新修改的宪法，; the
    constitution also after a verb of study, publicity or amendment: 学习宪法，, round 49 ruling 13), or
    anywhere before the words of their implementation or inspection (全国人大常委会水法执法检查组, 水法实施情况)."""
    hits = []
    for match in _SHORT_TITLE.finditer(text):
        start = match.start()
        title = text[start : start + 2]
        acted_on = match.group("amended") is not None or match.group("studied") is not None
        entry = law_catalog.lookup(title) if title not in _GENERAL_TITLES or acted_on else None
        if entry is not None and len(title) < law_catalog.MIN_BARE_LENGTH and not blocked.overlaps(start, start + 2):
            hits.append(LawHit(start, start + 2, entry.canonical, entry.level))
    return hits


def _list_items(text: str, jur: Jurisdiction, known: list[LawHit]) -> list[LawHit]:
    """Titles that follow a known title in an enumeration (渔业法、河道保护管理条例)."""
    taken = Stretches([(h.start, h.end) for h in known])
    found: list[LawHit] = []
    found_spans: set[tuple[int, int]] = set()
    for hit in sorted(known, key=lambda h: h.start):
        end, previous = hit.end, hit.canonical
        while (match := _LIST_ITEM.match(text, end)) is not None:
            span = match.span(1)
            item = match.group(1)
            if (len(item) <= 2 and not law_catalog.lookup(item) or _NOT_ITEM.search(item)
                    or laws_bare.bare_measure(item)):
                break  # 水法 is a law; 立法, 司法 are not; nor is 有关规定, nor 陕西省实施办法 (implementing_rules)
            if not taken.holds(span[0]) and span not in found_spans:
                name, level = canonical(_complete(match.group(1), previous), jur)
                found.append(LawHit(span[0], span[1], name, level))
                found_spans.add(span)
                previous = name
            end = span[1]
    return found


# The longest bare catalog title read before a list separator (a title and its 中华人民共和国).
_HEAD_REACH = 24


def _list_heads(text: str, jur: Jurisdiction, known: list[LawHit]) -> list[LawHit]:
    """Titles that head an enumeration of known titles (包括监察法、英雄烈士保护法; 修改了刑法、刑诉法; 绿色金融条例、
    城市更新条例、优化营商环境条例等一系列特区法规): the list shows they are titles, so a catalog title after any
    word, a two-character one (刑法) after a verb or a particle, and a bare …条例 item (:func:`_bare_item_ending_at`)
    is a mention. Walks back from each title over 、 or 和."""
    taken = Stretches([(h.start, h.end) for h in known])
    found: list[LawHit] = []
    for hit in sorted(known, key=lambda h: h.start):
        end = hit.start - 1
        while end > 0 and text[end] in "、和" and not taken.holds(end - 1):
            entry, start = _title_ending_at(text, end)
            if entry is not None:
                found.append(LawHit(start, end, entry.canonical, entry.level))
            elif (start := _bare_item_ending_at(text, end)) is not None:
                found.append(LawHit(start, end, *canonical(_complete(text[start:end], hit.canonical), jur)))
            else:
                break
            end = start - 1
    return found


# A list item before a known title: a run of Han characters ending in 条例, after the clause's last verb of law-making
# or hearing if any (今年将审议绿色金融条例、…); a bare 办法 or 规定 is too often a rule of no law to be read so.
_BARE_ITEM = re.compile(rf"(?:^|(?<=[^{HAN_CHARS}、])|(?<=、))(?:[{HAN_CHARS}]*(?:审议|通过|制定|修改|修订|听取|包括)了?)?"
                        rf"(?P<title>[{HAN_CHARS}]{{2,20}}?条例)$")


def _bare_item_ending_at(text: str, end: int) -> int | None:
    """Where a bare …条例 list item ending at ``end`` starts (:data:`_BARE_ITEM`), None when the words there are no
    such item or refer to titles named elsewhere (两部条例, 该条例, 有关条例)."""
    window = max(0, end - 30)
    match = _BARE_ITEM.search(text, window, end)
    if match is None or match.start() == window and window > 0:
        return None
    title = match.group("title")
    if len(title) < 4 or _NOT_ITEM.search(title) or laws_bare.is_reference(title) or not is_law_title(title):
        return None
    return match.start("title")


def _title_ending_at(text: str, end: int) -> tuple[law_catalog.CatalogEntry | None, int]:
    """The longest catalog title that ends at ``end`` and starts a word (its entry and start)."""
    for start in range(max(0, end - _HEAD_REACH), end - 1):
        entry = law_catalog.lookup(text[start:end])
        short = end - start <= 2 and start > 0 and text[start - 1] not in _LEFT_OK
        if entry is not None and not short:
            return entry, start
    return None, end


def _topic(title: str) -> tuple[str, str]:
    """A title's topic and form: 中华人民共和国非物质文化遗产法 → (非物质文化遗产, 法)."""
    title = title.removeprefix(law_catalog.PRC)
    prefix = _local_prefix(title)
    title = title[len(prefix) :] if prefix else title
    suffix = next((x for x in SUFFIXES if title.endswith(x)), "")
    return title[: len(title) - len(suffix)], suffix


def _complete(item: str, previous: str) -> str:
    """A list item that shortens the topic of the title before it keeps that topic:
    非物质文化遗产法和遗产条例 → 遗产条例 is the 非物质文化遗产条例."""
    topic, suffix = _topic(item)
    before, _ = _topic(previous)
    if len(topic) >= 2 and before != topic and before.endswith(topic) and not law_catalog.lookup(item):
        return before + suffix
    return item


#: Short names a text defines for the titles just before them: 《X法》《Y条例》（以下简称《促进法》《条例》）,
#: 《X法》（简称“野保法”）; each name, in order, names one title.
_DEFINED = re.compile(r"[（(]\s*(?:以下|下文)?[简簡][称稱][为為:：]?\s*(?P<names>(?:[《“][^《》“”（）()]{1,20}[》”][、和及与,，]?)+)\s*[）)]")
_DEFINED_NAME = re.compile(r"[《“]([^《》“”]{1,20})[》”]")
_BETWEEN_TITLES = re.compile(r"[》《〉〈、和及与\s]*")


def _defined_names(text: str, hits: list[LawHit]) -> list[LawHit]:
    """``hits`` (in text order) with each mention of a short name the text defines (:data:`_DEFINED`) read as
    the title it was defined for, from the definition on: 《促进法》 after （以下简称《促进法》《条例》） is the
    乡村振兴促进法 named first, not a law called 促进法. A definition whose names are not as many as the
    titles right before it (简称“一法一条例” after two titles) defines none."""
    aliases: dict[str, tuple[int, LawHit]] = {}
    for match in _DEFINED.finditer(text):
        names = _DEFINED_NAME.findall(match.group("names"))
        run: list[LawHit] = []  # the titles right before the definition, nothing but 》《、和 between them
        for hit in reversed([h for h in hits if h.end <= match.start()]):
            if not _BETWEEN_TITLES.fullmatch(text[hit.end:run[0].start if run else match.start()]):
                break
            run.insert(0, hit)
        if len(run) == len(names):
            for name, hit in zip(names, run):
                aliases.setdefault(name.strip(), (match.start(), hit))
    if not aliases:
        return hits
    read: list[LawHit] = []
    for hit in hits:
        since, title = aliases.get(text[hit.start:hit.end].strip(), (len(text), hit))
        read.append(replace(hit, canonical=title.canonical, level=title.level, candidates=title.candidates)
                    if hit.start > since else hit)
    return read


def _back_references(text: str, hits: list[LawHit]) -> list[LawHit]:
    """《条例》, 该法, “一法一条例”: later short references resolved to titles named nearby.

    ``hits`` are in text order; every look-up is a bisection or a bounded window.
    """
    refs: list[LawHit] = []
    by_suffix: dict[str, list[LawHit]] = {}
    for match in _BACK_REF.finditer(text):
        suffix = (match.group(1) or match.group(2) or match.group(3)).removeprefix("本")
        if suffix not in by_suffix:
            by_suffix[suffix] = [h for h in hits if h.canonical.endswith(suffix)]
        candidates = by_suffix[suffix]
        index = bisect_left(candidates, match.start(), key=lambda h: h.start)
        while index > 0 and candidates[index - 1].end > match.start():
            index -= 1
        if index > 0:
            start, end = match.span(1) if match.group(1) else match.span()
            refs.append(replace(candidates[index - 1], start=start, end=end))
    return refs + _group_references(text, hits) + _topic_references(text)


# An inspection's words right after a topic's laws (:func:`topic_laws.words`): 大气污染防治法律法规执法检查, 对全省食品安全
# 法律法规实施情况开展检查, 动物防疫、野生动物保护相关法律法规和决定贯彻实施情况检查 (round 46, newuser32 §1).
_CHECKED_AFTER = r"(?=的?(?:贯彻)?(?:实施|执行|落实)?(?:情况)?(?:开展|进行)?(?:了)?(?:执法)?检查)"
# What ends the words of a clause's topics before 法律法规: a clause's mark, a title's bracket, a figure.
_TOPIC_CLAUSE = re.compile(r"[^，,。；;：:！？!?（()）《》〈〉“”\n\d\s]{1,40}$")
_TOPIC_LIST = re.compile("[、和及与]")


@lru_cache(maxsize=1)
def _topic_laws_checked() -> re.Pattern[str]:
    """A topic's laws' words (:func:`topic_laws.words`: 法律法规, 及相关法律法规) followed by an inspection's
    (:data:`_CHECKED_AFTER`)."""
    return re.compile(topic_laws.words().pattern + _CHECKED_AFTER)


def _topic_references(text: str) -> list[LawHit]:
    """The catalog's national law of each topic written before 法律法规 where an inspection of them is told
    (:func:`_topic_laws_checked`; 大气污染防治法律法规执法检查 → 中华人民共和国大气污染防治法), a mention each at the 法律法规: the
    topic of each item listed (、, 和, 及) read as a bundle's (:func:`_topic_law`: the longest ending that, with 法 or
    促进法, is a national law of the catalog), the last first; a topic the catalog holds no national law of gives none (物业管理法律法规执法检查),
    and no law's title is invented from the report's place. Each mention's words run from the first topic read to the
    laws' words (大气污染防治法律法规, 动物防疫、野生动物保护相关法律法规: round 47, newuser33 A6, where a bare 法律法规 read
    oddly as a law's words). Source: round 46, newuser32 §1 (安徽's 大气污染防治法律法规 执法检查 stored with no law)."""
    refs: list[LawHit] = []
    for match in _topic_laws_checked().finditer(text):
        clause = _TOPIC_CLAUSE.search(text, max(0, match.start() - 40), match.start())
        if not clause:
            continue
        *earlier, last = _TOPIC_LIST.split(clause.group())
        topic = _topic_law(last, len(last))
        if topic is None:
            continue
        read = [found for item in earlier if (found := _topic_law(item, len(item))) is not None]
        first = clause.group().find((read[0] if read else topic)[0])
        laws = [topic[1]] + [law for _, law in read]
        refs += [LawHit(clause.start() + first, match.end(), law.canonical, law.level) for law in dict.fromkeys(laws)]
    return refs


def _group_references(text: str, hits: list[LawHit]) -> list[LawHit]:
    """The laws each group shorthand (:data:`_GROUP`) names, a mention each at the shorthand's words.

    After a law's topic (大气污染防治“一法两条例”, 乡村振兴“一法一条例”: :func:`_topic_law`), one of its 法 is the catalog's
    national law of that topic (安全生产“三法一条例两办法” gives 安全生产法: round 45 ruling 13's own example), and its other
    laws and kinds the titles about the topic written near it, as many as it counts of each and no more: never a title invented from the report's place (the lead's ruling of round 29, replacing
    round 23's, which read no law where the text wrote no title). Without such a topic, the titles about the words
    before it (未成年人“两法两条例”), else the nearest titles of each kind, name it only when they are all there; else it
    keeps what the first one of its words meant (“两法两决定” after 当前, which a decision's title holds). ``hits`` are in
    text order.
    """
    refs: list[LawHit] = []
    resolved: dict[str, list[LawHit]] = {}
    defined = _defined_groups(text, hits)
    for match in _GROUP.finditer(text):
        name = match.group(1).replace("、", "")
        if name in defined:  # told by the text's own words (…即《A》《B》)
            refs += [replace(h, start=match.start(1), end=match.end(1)) for h in defined[name]]
            continue
        wanted = [(kind, _CN_COUNT[count]) for count, kind in _GROUP_PART.findall(name)]
        nearby = hits[bisect_left(hits, match.start() - _GROUP_WINDOW, key=lambda h: h.start) :
                      bisect_left(hits, match.start() + _GROUP_WINDOW, key=lambda h: h.start)]
        by_distance = sorted(nearby, key=lambda h: abs(h.start - match.start()))
        topic = _topic_law(text, match.start())
        on_topic = [] if topic else _on_topic(text, match.start(), by_distance)
        if topic:
            word, law = topic
            chosen = [LawHit(match.start(1), match.end(1), law.canonical, law.level)] if dict(wanted).get("法") else []
            chosen += _nearest_of_kinds([(kind, count - 1 if kind == "法" else count) for kind, count in wanted],
                                        [h for h in by_distance if word in h.canonical and h.canonical != law.canonical])
        elif not on_topic and name in resolved:
            chosen = resolved[name]
        else:
            chosen = _nearest_of_kinds(wanted, on_topic or by_distance)
            chosen = chosen if len(chosen) == sum(count for _, count in wanted) else resolved.get(name, [])
        if chosen:
            resolved.setdefault(name, chosen)
            refs += [replace(h, start=match.start(1), end=match.end(1)) for h in chosen]
    return refs


def _defined_groups(text: str, hits: list[LawHit]) -> dict[str, list[LawHit]]:
    """The titles each group shorthand is said to be where the text spells it out (“一法两条例”即《A法》和《B条例》《C条例》,
    “三法”是指…: :data:`_SPELT_OUT`): the titles right after those words, joined by list marks only, when they are as many as
    the shorthand counts of each kind; the text's own words, before any topic or nearness (ao25: the topic's guess left
    out 《陕西省渭河流域管理条例》, not about 水污染防治). ``hits`` are in text order."""
    defined: dict[str, list[LawHit]] = {}
    for match in _GROUP.finditer(text):
        told = _SPELT_OUT.match(text, match.end())
        if not told:
            continue
        name = match.group(1).replace("、", "")
        wanted = [(kind, _CN_COUNT[count]) for count, kind in _GROUP_PART.findall(name)]
        listed: list[LawHit] = []
        for hit in hits[bisect_left(hits, told.end(), key=lambda h: h.start) :]:
            if not _LISTED_ON.fullmatch(text, listed[-1].end if listed else told.end(), hit.start):
                break
            listed.append(hit)
        if (listed and len(listed) == sum(count for _, count in wanted)
                and all(sum(_of_kind(h.canonical, kind) for h in listed) == count for kind, count in wanted)):
            defined.setdefault(name, listed)
    return defined


def _nearest_of_kinds(wanted: list[tuple[str, int]], by_distance: list[LawHit]) -> list[LawHit]:
    """For each (kind, count) a group shorthand counts, the nearest titles of that kind (``by_distance`` is nearest
    first), as many as it counts; fewer where fewer are there."""
    chosen: list[LawHit] = []
    for kind, count in wanted:
        names = list(dict.fromkeys(h.canonical for h in by_distance if _of_kind(h.canonical, kind)))
        chosen += [next(h for h in by_distance if h.canonical == n) for n in names[:count]]
    return chosen


def _of_kind(title: str, kind: str) -> bool:
    """Whether a title is of a kind a group shorthand counts: its title's ending, a 办法 never a 法."""
    return title.endswith(kind) and not (kind == "法" and title.endswith("办法"))


# 上述法律, 前述两部条例, 该法律: the laws named just before, of the kind the word names (a law, a regulation, either).
_ABOVE = re.compile(rf"(?:上述|前述)(?P<count>[{SMALL_NUMERAL_CHARS}]?)[部件项个]?(?P<kind>法律法规|法律|法规|条例)(?![规律治院])"
                    r"|该(?P<one>法律|法规)(?![规律治院])")
_OF_KIND = {"法律": ("法",), "条例": ("条例",), "法规": ("条例", "办法", "规定", "细则"), "法律法规": ("法", "条例", "办法", "规定", "细则")}
_SENTENCE_END = "。！？!?\n"


def _named_above(text: str, hits: list[LawHit]) -> list[LawHit]:
    """The laws a reference names by their kind (上述法律, 前述两部条例, 该法律) after naming them in its sentence, else in the
    sentence before in its paragraph: each of those of that kind, the last as many as it counts (one for 该), a
    mention each at the reference. Source: a first-time analyst's round 27 (会议决定于7月对上述条例开展执法检查: an
    inspection of no law); ``hits`` are in text order."""
    refs: list[LawHit] = []
    for match in _ABOVE.finditer(text):
        here = start_after(text, match.start(), _SENTENCE_END)
        before = here if here == 0 or text[here - 1] == "\n" else start_after(text, here - 1, _SENTENCE_END)
        forms = _OF_KIND[match.group("kind") or match.group("one")]
        window = hits[bisect_left(hits, before, key=lambda h: h.start) : bisect_left(hits, match.start(), key=lambda h: h.start)]
        if any(h.end > match.start() for h in window):
            continue  # words of a title (《关于上述法律…的决定》)
        named = [h for h in window if h.canonical.endswith(forms)]
        latest = {h.canonical: h for h in ([h for h in named if h.start >= here] or named)}  # each law once
        count = 1 if match.group("one") else _CN_COUNT.get(match.group("count") or "", len(latest))
        if latest and count <= len(latest):
            refs += [replace(h, start=match.start(), end=match.end()) for h in list(latest.values())[-count:]]
    return refs


def _topic_law(text: str, start: int) -> tuple[str, law_catalog.CatalogEntry] | None:
    """The topic written before a group shorthand at ``start`` and the catalog's national law of it: the longest ending
    of the words before it that, with 法 or 促进法, is a law (大气污染防治“一法两条例” → 中华人民共和国大气污染防治法,
    乡村振兴“一法一条例” → 中华人民共和国乡村振兴促进法); None where no ending is (开展“一法一条例”, 物业管理“一法一条例”)."""
    topic = _TOPIC.search(text[max(0, start - _TOPIC_CHARS) : start])
    word = topic.group() if topic else ""
    for size in range(len(word), 1, -1):
        for law in ("法", "促进法"):
            if (entry := law_catalog.lookup(word[-size:] + law)) and entry.level == "法律":
                return word[-size:], entry
    return None


def _on_topic(text: str, start: int, hits: list[LawHit]) -> list[LawHit]:
    """Titles about the topic written before a group shorthand (未成年人保护“一法一条例”);
    later mentions without a topic keep what the first one meant."""
    topic = _TOPIC.search(text[max(0, start - _TOPIC_CHARS) : start])
    if not topic:
        return []
    word = topic.group()
    for size in range(len(word), 1, -1):
        chosen = [h for h in hits if word[-size:] in h.canonical]
        if chosen:
            return chosen
    return []
